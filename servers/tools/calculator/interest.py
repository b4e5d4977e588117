"""Interest and loans: simple and compound interest, and the monthly payment of a loan.

Conventions, stated in every answer's notes so nothing is silently assumed:

* Interest must be named: "simple", or "compound"/"compounded <how often>" (compound with no frequency compounds
  once a year). "$10,000 at 5% for 10 years" says neither, and the two differ by hundreds of dollars, so the
  calculator asks instead of choosing.
* A loan payment is the fixed monthly payment of a fully amortizing loan at the annual rate divided by 12.
"""

from __future__ import annotations

import math
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import Frame, Slot, has_word, names_unit_of
from servers.tools.calculator.grammar import NotUnderstood
from servers.tools.calculator.inert import inert
from servers.tools.calculator.money import as_money, cents, percent
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.preambles import scene_word
from servers.tools.calculator.quantities import Quantity, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_FREQUENCIES = {
    "annually": 1, "yearly": 1, "annual": 1, "once a year": 1, "every year": 1, "each year": 1,
    "semiannually": 2, "semi-annually": 2, "twice a year": 2, "half-yearly": 2, "biannually": 2,
    "quarterly": 4, "every quarter": 4, "each quarter": 4, "monthly": 12, "every month": 12, "each month": 12,
    "weekly": 52, "every week": 52, "daily": 365, "every day": 365, "each day": 365, "continuously": 0,
    "every 6 months": 2, "every six months": 2, "every half year": 2, "every 3 months": 4, "every three months": 4,
}  # fmt: skip
_RATE_WORDS = ("annual interest rate", "annual interest", "interest rate", "interest", "a year", "per year",
               "per annum", "p.a.", "annually", "yearly", "annual rate", "rate", "apr", "a yr")  # fmt: skip
_GROWTH_OPTIONS = (
    {"simple": "simple", "compound": "compound", "compounding": "compound"}
    | {
        form.format(phrase): f"every {n}"
        for phrase, n in _FREQUENCIES.items()
        for form in ("compounded {}", "compounding {}", "compound {}", "{} compounding", "{} compound")
    }
    | {
        f"interest {added} {phrase}": f"every {n}"
        for phrase, n in _FREQUENCIES.items()
        if n
        for added in ("added", "is added", "gets added")
    }  # '..., and the interest is added every 3 months'
    | {"compounded": "compound", "how much interest": "asks interest", "interest on": "asks interest"}
    | {"interest earned": "asks interest", "earn": "asks interest", "earned": "asks interest"}
    | {
        f"if {who} {verb} {what}": "left untouched"
        for who in ("i", "we")
        for verb in ("don't touch", "dont touch", "do not touch", "never touch")
        for what in ("it", "them", "the money")
    }  # '... after 4 years if I don't touch it': the money is left to grow, as the sum assumes anyway
    | {
        f"if {who} {verb} {what}": "left untouched"
        for who in ("i", "we")
        for verb in ("don't put", "dont put", "do not put", "don't add", "dont add", "do not add")
        for what in ("anything else in", "anything more in", "anything in", "anything", "more")
    }  # '... if I don't put anything else in': nothing paid in or out along the way, as the sum assumes
    | {f"if {who} withdraw nothing": "left untouched" for who in ("i", "we")}  # '..., if I withdraw nothing,'
    | {f"no {paid} in between": "left untouched" for paid in ("payment", "payments", "repayment", "repayments")}
    | {f"{no} {paid}": "left untouched" for no in ("no", "with no", "without") for paid in ("withdrawals", "payments")}
    | {
        f"{said} {joined} {what}interest": "asks total"
        for said in ("loan", "principal")
        for joined in ("plus", "and")
        for what in ("", "the ")
    }  # 'loan plus interest', 'loan and the interest': the total asked
    | {f"if nothing{is_} paid": "left untouched" for is_ in ("'s", " is", " gets", "")}
    | {"only the interest": "asks interest", "the interest only": "asks interest"}  # '... Only the interest ...'
    # '... paid back after 18 months. What is the total to pay back, loan plus interest?': the total is asked
)
_KIN = frozenset(
    "brother sister son daughter mum mom dad mother father friend cousin uncle aunt nephew niece neighbour neighbor "
    "grandson granddaughter partner he she me gran granny grandma grandmother grandad granddad grandpa grandfather "
    "nan nana grandparents parents".split()
)
"""Whom money is lent to ('I lent my brother 2000 at 4%') or came from ('my gran left me £10,000'): one person, who
changes nothing in the interest."""
_INTEREST = Frame(
    slots=(
        Slot("principal", "amount", ("invest", "invested", "investing", "deposit", "deposited", "depositing", "put",
             "putting", "on", "of", "principal of", "save", "saved", "saving", "lend", "lent", "lending", "borrow",
             "borrowed", "borrowing", "took out", "take out", "taking out", "took out a", "take out a"),
             ("principal", "deposit", "investment", "savings", "loan")),
        Slot("rate", "percent", ("at", "at a rate of", "rate of", "interest rate of", "interest of", "earning",
             "earns", "earn", "paying", "pays", "with", "yielding"), _RATE_WORDS),
        Slot("time", "duration", ("for", "after", "over", "in", "within", "at the end of")),
    ),
    fillers=frozenset(
        "if i you we invest put in into a an the account bank savings interest how much will would i have be it become "
        "grow to worth what is total balance amount after and of my money at rate annual with gets get leave "
        "left end final value future there pay back repay owe do in that leaving alone untouched wants him her "
        "them top cd cds certificate isa bond bonds fund index term high-yield savings pension building society "
        "credit union i've ive got we've away aside fixed fd grows grown included including fixed-rate maturity "
        "matures maturing held being legacy inheritance gift endowment sitting sits parked stashed tucked has had i'd "
        "we'd altogether overall repayable repaid paid owed owing reserve reserves fund kitty pot must what'll "
        "whatll".split()
    )
    | _KIN,  # where the money sits ('a CD', 'an ISA'), whence it came ('a legacy gift') or who it is lent to, and when
    # it is said to end ('at maturity'), change nothing once the rate and the term are given
    options=_GROWTH_OPTIONS,
    passes=inert,  # 'Cattle note for $60,000', 'Van loan 620 000 Kč': what the money is for changes nothing
    # 'my brother lent me £1,200', 'my parents put $10,000': who lends or saves changes nothing
    verbs=("lent", "lends", "loaned", "loans", "put", "puts", "invested", "invests", "deposited", "deposits"),
)  # fmt: skip


def _check_included(tokens: list[Token], start: int) -> None:
    """'What's the total I repay, interest included?' asks for the total with the interest; said before an amount
    ('£5,000 including interest') the interest may already be in it, and that is not read here."""
    last = max((k for k in range(start, len(tokens)) if tokens[k].kind == "number"), default=start)
    if any(tokens[k].word in ("included", "including") for k in range(start, last)):
        raise NotUnderstood(start, "interest added to the principal, not interest already in it")


def solve_interest(tokens: list[Token], start: int) -> Solution | None:
    """Simple or compound interest on a principal at an annual rate for a time."""
    triggered = has_word(
        tokens, start, "interest", "invest", "invested", "compound", "compounded", "compounding", "deposit"
    )
    if not triggered and not names_unit_of(tokens, start, "time"):  # no time is given: not interest
        return None
    monthly = False
    if triggered:
        tokens = _year_ended(_without_kind(_without_place(_without_purpose(_pounds_as_money(tokens))), start))
        tokens, monthly = _monthly_rate(tokens)
    try:
        reading = _INTEREST.read(tokens, start)
    except NotUnderstood:
        if triggered:
            raise
        return None
    values = reading.values
    _check_included(tokens, start)
    if len(values) < 3:
        if triggered or len(values) == 2:
            missing = [n for n in ("principal", "rate", "time") if n not in values]
            raise NotUnderstood(start, f"an interest problem with its {' and '.join(missing)}")
        return None
    principal, rate, time = as_money(values["principal"]), values["rate"], values["time"]
    years = _years(time)
    kinds = {o for o in reading.options if o in ("simple", "compound") or o.startswith("every ")}
    if monthly:
        if kinds - {"simple"} and {o for o in kinds if o.startswith("every ")} != {"every 12"}:
            raise ToolInputError(
                "a rate for each month compounds once a month; say 'compounded monthly', or give the rate for a year"
            )
        rate = Quantity(rate.value * 12, rate.measure)  # the same simple interest, and the same monthly compounding
    one_year = not kinds and years == 1 and not monthly  # (a year of a rate per month compounds twelve times)
    if one_year:  # 'for one year': simple interest and interest compounded yearly are one and the same
        kinds = {"simple"}
    if not kinds:
        raise ToolInputError(
            "say whether the interest is simple or compound (and how often it compounds, e.g. 'compounded "
            "monthly'): the two give different answers"
        )
    if "simple" in kinds and len(kinds) > 1:
        raise ToolInputError("the request names both simple and compound interest; say which one")
    steps = [f"principal {show(principal)}, annual rate {percent(rate)}, time {show(time)}"]
    notes = ["over one year, simple interest and interest compounded once a year are the same"] if one_year else []
    if monthly:
        notes.append(f"{percent(Quantity(rate.value / 12, rate.measure))} a month is {percent(rate)} a year")
    if "simple" in kinds:
        interest = numbers.checked(principal.value * rate.value * years)
        total = principal.value + interest
        steps.append(f"simple interest = {cents(principal)} × {percent(rate)} × {numbers.format_number(years)} years = "
                     f"{cents(principal, interest)}")  # fmt: skip
        problem = "simple interest"
    else:
        periods = next((int(o.split()[1]) for o in kinds if o.startswith("every ")), 1)
        if not any(o.startswith("every ") for o in kinds):
            notes.append("compounded once a year, as no compounding frequency was given")
        if periods and Fraction(years * periods).denominator != 1:  # 18 months yearly: banks differ on the half
            raise ToolInputError(
                "the term is not a whole number of compounding periods; say how often it compounds (e.g. "
                "'compounded monthly') or give the term in whole periods"
            )
        total = _compound(principal.value, rate.value, years, periods, steps, principal)
        interest = total - principal.value
        problem = "compound interest"
    steps.append(f"interest earned = {cents(principal, interest)}; final balance = {cents(principal, total)}")
    asked = "asks total" not in reading.options and (
        "asks interest" in reading.options or _asks_interest(tokens, start)
    )
    question = question_words(tokens, start)
    said = [t.word for t in tokens if t.kind == "word"]  # 'how much interest ...? and the total': both asked
    named = any(has_phrase(said, p) for p in _INTEREST_ASKED)
    if asked and _asks_total(question) and named:
        raise ToolInputError("say whether you want the interest or the total with it: the request names both")
    if asked and not named and (_asks_total(question) or has_phrase(question, "in total")):
        asked = False  # '6% simple interest on £2,000 for 3 years, what's the total?': the interest is the story's
    shown = Quantity(interest if asked else total, principal.measure)
    solution = answer_for(shown, problem, steps[1].split(" = ")[0], steps, suffix=" in interest" if asked else "")
    solution.expression = _interest_expression(principal, rate, years, kinds)
    solution.notes = notes + solution.notes
    solution.values = {"principal": principal.value, "interest": interest, "total": total}
    return solution


_INTEREST_ASKED = (
    "the interest",
    "how much interest",
    "interest earned",
    "interest paid",
    "interest and",
    "and interest",
)
"""The question itself naming the interest: with the total named too, it asks both, and one is not chosen."""


def _asks_total(question: list[str]) -> bool:
    """'what's the total?', 'how much altogether', '..., total?': the balance with its interest ('the total interest'
    and 'the interest total' are the interest alone, and 'how much interest in total' too)."""
    if any(has_phrase(question, p) for p in ("total interest", "interest total", "interest in total")):
        return False  # ('the interest total': the interest, totalled)
    if (
        has_phrase(question, "how much interest")
        and "and" not in question
        and not any(has_phrase(question, p) for p in ("the total", "the balance", "total amount"))
    ):
        return False  # 'how much interest do I pay altogether?': all of the interest, not the balance
    ends = question[-1:] == ["total"] and question[-2:-1] != ["in"]  # '..., total?', not '... in total?'
    return ends or any(has_phrase(question, p) for p in ("the total", "the balance", "altogether", "worth"))


def _asks_interest(tokens: list[Token], start: int) -> bool:
    """'..., interest?', 'what's the interest': the question names the interest itself, not the balance."""
    last = next((t for t in reversed(tokens[start:]) if t.kind != "end" and t.text not in ("?", ".")), None)
    if last is not None and last.word == "interest":
        return True
    opened = [t.text.lower() for t in tokens[start + 1 : start + 4]]  # 'work out 8% interest on $5,000 for a year'
    if tokens[start].kind == "number" and opened[:2] == ["%", "interest"] and opened[2:] in (["on"], ["for"]):
        return not has_word(tokens, start, "total", "balance", "altogether", "worth", "end up", "have", "owe")
    # ('how much is the interest total?': the interest, totalled; never the balance with it; 'the interest is
    # added every 3 months' says how it compounds)
    told = has_word(tokens, start, "the interest is added")
    return not told and has_word(tokens, start, "the interest is") or has_word(tokens, start, *_INTEREST_NAMED)


_INTEREST_NAMED = ("what's the interest", "whats the interest", "what is the interest", "the interest be",
                   "the interest earned", "interest total", "interest in total", "interest altogether",
                   "interest amount", "total interest", "amount of interest", "interest come to",
                   "interest comes to", "interest paid", "interest payable", "interest charged")  # fmt: skip


def _pounds_as_money(tokens: list[Token]) -> list[Token]:
    """'five thousand pounds at 4.2% interest': pounds of money, where interest is named (a weight earns none).
    A copy of ``tokens`` with each number followed by 'pound(s)' read as that many £."""
    out: list[Token] = []
    for k, token in enumerate(tokens):
        if token.kind == "word" and token.word in ("pound", "pounds") and k > 0 and tokens[k - 1].kind == "number":
            number = out.pop()
            out += [Token("currency", "£", number.start, value="GBP"), number]
            continue
        out.append(token)
    return out


_OWNERS = frozenset("a an the my our his her their".split())
_PURPOSE_ENDS = frozenset("at with , .".split())


def _without_purpose(tokens: list[Token]) -> list[Token]:
    """'a £9,000 loan for a new piano at 7.5%': what the money is for, set aside. Only plain words (no number, unit or
    word that could change a sum) between 'for' and the rate's 'at', a pause or the sentence's end: 'for a year' and
    'for the first 2 years' are the term."""
    for k, token in enumerate(tokens[:-2]):
        if token.word != "for" or tokens[k + 1].word not in _OWNERS:
            continue
        end = next((j for j in range(k + 2, min(k + 6, len(tokens))) if tokens[j].text.lower() in _PURPOSE_ENDS), None)
        words = tokens[k + 2 : end] if end is not None else []
        if words and all(t.kind == "word" and lookup(t.word, short=False) is None and scene_word(tokens, j)
                         for j, t in enumerate(tokens[k + 2 : end], start=k + 2)):  # fmt: skip
            return tokens[:k] + tokens[end:]
    return tokens


_KEPT = frozenset("kept sitting parked held sits".split())
_PLACED = frozenset("in on from".split())
_PLACE_WORDS = 2
_PLACE_ENDS = frozenset("at with earning earns , . interest to".split())


def _without_place(tokens: list[Token]) -> list[Token]:
    """'$48,000 in super earning 6.5%', '8000 € on Tagesgeld with 2,75 %', 'Rs 6,00,000 kept in FD at 7.25%',
    '80,000,000đ from bank, interest 9%': where the money sits or came from, said right after the amount, set aside.
    Only plain words (at most two, no number, unit or word that could change a sum) before the rate's cue or a
    pause: 'in 10 years' is the term, and is kept."""
    for k, token in enumerate(tokens[:-3]):
        if token.kind != "number":
            continue
        at = k + 1 + (tokens[k + 1].kind == "currency")  # '8000 € on ...': the sign after the figure
        kept = tokens[at].word in _KEPT
        if tokens[at + kept].word not in _PLACED:
            continue
        first = at + kept + 1 + (tokens[at + kept + 1].word in _OWNERS)
        end = next((j for j in range(first, min(first + _PLACE_WORDS + 1, len(tokens))) if tokens[j].text.lower()
                    in _PLACE_ENDS), None)  # fmt: skip
        if end is not None and end > first and all(_plain(tokens, j) for j in range(first, end)):
            return tokens[:at] + tokens[_past_purpose(tokens, end) :]
    return tokens


def _plain(tokens: list[Token], j: int) -> bool:
    """A word that can change no sum: no number, unit or word the arithmetic reads."""
    t = tokens[j]
    return t.kind == "word" and t.text.isalpha() and lookup(t.word, short=False) is None and scene_word(tokens, j)


_PURPOSE_WORDS = 4


def _past_purpose(tokens: list[Token], k: int) -> int:
    """Past 'to open a second shop,' at ``k``, what borrowed money is for, up to the pause after it; else ``k``."""
    if tokens[k].word != "to":
        return k
    end = next((j for j in range(k + 2, min(k + _PURPOSE_WORDS + 2, len(tokens))) if tokens[j].text == ","), None)
    return end if end is not None and all(_plain(tokens, j) for j in range(k + 1, end)) else k


_HELD = frozenset("loan mortgage investment deposit savings finance".split())
_KIND_WORDS = 3


def _without_kind(tokens: list[Token], start: int) -> list[Token]:
    """'Clinic equipment loan of £4,000 at 6%', 'Car loan of $12,000', 'Shop renovation loan ¥3,000,000': the words
    opening the request that say what kind of loan or savings it is, set aside. Only plain words (no number, unit or
    word that could change a sum), at most three, before the loan and its amount (after 'of' or a comma, or
    straight after)."""
    for k in range(start + 1, min(start + _KIND_WORDS + 1, len(tokens) - 2)):
        # ('Shop renovation loan ¥3,000,000', 'van finance, £14,000': the amount right after the loan, or its pause)
        linked = tokens[k + 1].word == "of" or tokens[k + 1].text == ","
        amount = tokens[k + 1 + linked].kind in ("currency", "number")
        if tokens[k].word in _HELD and amount:
            if all(_plain(tokens, j) for j in range(start, k)):
                return tokens[:start] + tokens[k:]
            return tokens
    return tokens


_A_MONTH = (("per", "month"), ("a", "month"), ("each", "month"), ("every", "month"), ("monthly",))


def _monthly_rate(tokens: list[Token]) -> tuple[list[Token], bool]:
    """'at 1.5% per month simple interest': a rate for each month, as cooperatives and small lenders quote it. Said
    right after the rate, the month words are read here, and the rate is taken as twelve times that for a year: the
    same simple interest, and the same total compounded monthly. Anywhere else ('$500 per month at 5%') they are
    left to the frame, which refuses them."""
    for k in range(len(tokens) - 1):
        if tokens[k].text != "%":
            continue
        for words in _A_MONTH:
            end = k + 1 + len(words)
            if end < len(tokens) and tuple(t.word for t in tokens[k + 1 : end]) == words:
                return tokens[: k + 1] + tokens[end:], True
    return tokens, False


def _year_ended(tokens: list[Token]) -> list[Token]:
    """'at the end of year 3': the term is three years, the year named by its number the last of them."""
    for k in range(3, len(tokens) - 1):
        number = tokens[k]
        if tokens[k - 1].word == "year" and tokens[k - 2].word == "of" and tokens[k - 3].word == "end":
            if number.kind == "number" and number.text.isdigit():
                years = Token("word", "years", number.start + len(number.text))
                return [*tokens[: k - 1], number, years, *tokens[k + 1 :]]
    return tokens


def _years(time: Quantity) -> Real:
    """A duration in years: months are twelfths, days and weeks count 365 days to the year."""
    assert time.measure is not None
    per_year = {"year": 1, "leap year": 1, "month": 12, "week": Fraction(365, 7), "day": 365}
    if time.measure.name in per_year:
        return time.value / per_year[time.measure.name]
    return time.value * time.measure.factor / 31557600


def _compound(principal: Real, rate: Real, years: Real, periods: int, steps: list[str], unit: Quantity) -> Real:
    if periods == 0:
        total = principal * numbers.to_float(numbers.checked(Fraction(math.exp(numbers.to_float(rate * years)))))
        steps.append(f"continuous compounding: {cents(unit)} × e^({_pct_text(rate)} × {years}) = {cents(unit, total)}")
        return total
    count = years * periods
    per_period = rate / periods
    growth = _grow(1 + per_period, count)
    total = numbers.checked(principal * growth)
    steps.append(
        f"compounded {periods}× a year for {numbers.format_number(count)} periods: {cents(unit)} × "
        f"(1 + {_pct_text(rate)}/{periods})^{numbers.format_number(count)} = {cents(unit, total)}"
    )
    return total


def _grow(factor: Real, count: Real) -> Real:
    """``factor ** count``: exact while the fraction stays small, else a float."""
    if isinstance(factor, Fraction) and isinstance(count, Fraction) and count.denominator == 1:
        if count * factor.denominator.bit_length() < 20_000:
            return factor**count.numerator
    return numbers.to_float(factor) ** numbers.to_float(count)


def _pct_text(rate: Real) -> str:
    return numbers.format_number(rate)


def _interest_expression(principal: Quantity, rate: Quantity, years: Real, kinds: set[str]) -> str:
    p, r, t = cents(principal), numbers.format_number(rate.value), numbers.format_number(years)
    if "simple" in kinds:
        return f"{p} * (1 + {r} * {t})"
    n = next((int(o.split()[1]) for o in kinds if o.startswith("every ")), 1)
    return f"{p} * e^({r} * {t})" if n == 0 else f"{p} * (1 + {r}/{n})^({n} * {t})"


_LOAN = Frame(
    slots=(
        Slot("principal", "amount", ("on", "for", "of", "borrow", "borrowed", "borrowing", "loan of", "mortgage of"),
             ("mortgage", "loan", "car loan", "home loan", "student loan")),
        Slot("rate", "percent", ("at", "at a rate of", "rate of", "interest rate of", "with"), _RATE_WORDS),
        Slot("term", "duration", ("over", "for", "in", "across", "paid over", "term of")),
    ),
    fillers=frozenset(
        "the a an monthly payment payments what is would be will my on for mortgage loan fixed rate interest how "
        "much each month per if i we borrow pay back repay to and with term paid repaid take taking took out get "
        "getting car new used apr repayment repayments instalment instalments installment installments van truck "
        "bike motorbike boat caravan personal business holiday wedding home house kitchen tractor equipment included "
        "including".split()
    ),
)  # fmt: skip


def solve_loan(tokens: list[Token], start: int) -> Solution | None:
    """The fixed monthly payment that repays a loan at an annual rate over a term."""
    if not (has_word(tokens, start, "payment", "payments", "repayment", "pay") and has_word(
            tokens, start, "loan", "mortgage", "borrow", "borrowed", "monthly", "month")):  # fmt: skip
        return None
    reading = _LOAN.read(tokens, start)
    values = reading.values
    _check_included(tokens, start)  # 'the monthly payment, interest included?': every payment has it
    if len(values) < 3:
        missing = [n for n in ("principal", "rate", "term") if n not in values]
        raise NotUnderstood(start, f"a loan with its {' and '.join(missing)}")
    principal, rate, term = as_money(values["principal"]), values["rate"], values["term"]
    assert term.measure is not None  # the "duration" slot takes only a quantity with a unit of time
    months = numbers.checked(term.value * term.measure.factor / Fraction(2629800))  # a month is 1/12 Julian year
    if term.measure.name in ("year", "month"):
        months = term.value * (12 if term.measure.name == "year" else 1)
    if not numbers.is_integer(months) or months < 1:
        raise ToolInputError("give the loan term as whole months or years")
    n = int(months)
    monthly = rate.value / 12
    if monthly == 0:
        payment = principal.value / n
    else:
        growth = _grow(1 + monthly, Fraction(n))
        payment = numbers.checked(principal.value * monthly * growth / (growth - 1))
    steps = [
        f"loan {cents(principal)}, monthly rate {percent(rate)} ÷ 12 = {numbers.format_number(monthly)}, {n} payments",
        f"payment = P × r × (1 + r)^n ÷ ((1 + r)^n − 1) = {cents(principal, payment)}",
        f"total repaid = {cents(principal, payment * n)}; interest = {cents(principal, payment * n - principal.value)}",
    ]
    expression = f"{cents(principal)} * r * (1 + r)^{n} / ((1 + r)^{n} - 1), r = {numbers.format_number(monthly)}"
    solution = answer_for(Quantity(payment, principal.measure), "loan payment", expression, steps, suffix=" a month")
    solution.notes.insert(0, "a fixed-rate loan repaid in equal monthly payments, interest at the annual rate ÷ 12")
    solution.values = {"payment": payment, "total_paid": payment * n, "interest": payment * n - principal.value}
    return solution
