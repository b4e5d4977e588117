"""Money word problems: a bill with discount, tax, tip and a split; simple and compound interest; loan payments.

Conventions, stated in every answer's notes so nothing is silently assumed:

* A discount comes off the price, tax is charged on the discounted price, and a tip is figured on the amount
  before tax unless the request says "after tax". Amounts are exact; money is shown rounded to the cent.
* Interest must be named: "simple", or "compound"/"compounded <how often>" (compound with no frequency compounds
  once a year). "$10,000 at 5% for 10 years" says neither, and the two differ by hundreds of dollars, so the
  calculator asks instead of choosing.
* A loan payment is the fixed monthly payment of a fully amortizing loan at the annual rate divided by 12.
"""

from __future__ import annotations

import math
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.expression import render
from servers.tools.calculator.frames import Frame, Reading, Slot, has_word, names_unit_of
from servers.tools.calculator.givens import PEOPLE
from servers.tools.calculator.grammar import NotUnderstood
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.quantities import AMOUNT, Quantity, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import has_phrase, question_words
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_PEOPLE = (*sorted(PEOPLE - {"us", "of_us"}), "of us")  # who shares a bill: the nouns that count people anywhere
_DISCOUNTS = tuple(f"{kind} discount".strip() for kind in (
    "", "student", "employee", "staff", "senior", "military", "member", "members", "loyalty", "bulk", "cash",
    "early bird", "coupon", "promo", "sale",
))  # fmt: skip
_SHARED = ("each person", "per person", "per head", "each of us", "each of them", "we each", "they each",
           "how much each", "each pay", "each owe", "everyone pay", "everyone owe", "split", "divide", "divided",
           "shared")  # fmt: skip
"""Words asking for a share of the bill: with no count of people, the share cannot be worked out."""
_EACH_ASKED = ("each", "apiece", "a head", "everyone", "everybody", "share", "split", "per")
"""Words that ask for a share at all: a count of people with none of them is a given the answer would not use."""
_TOTAL_ASKED = ("total", "altogether", "in all", "all together", "whole bill", "overall")
_BILL = Frame(
    slots=(
        Slot("bill", "amount", ("on", "for", "of", "bill of", "total of", "check of", "costs", "cost", "priced at"),
             ("dinner bill", "restaurant bill", "bill", "check", "tab", "meal", "dinner", "lunch", "order", "total")),
        Slot("people", "count", ("split between", "split among", "split across", "split by", "divided between",
             "divided among", "shared between", "shared among", "between", "among", "amongst", "across", "by",
             "for", "group of", "party of", "table of", "family of", "team of"), _PEOPLE, needs_noun=True),
        Slot("discount", "percent", ("discount of", "discounted by", "markdown of", "after", "after a", "marked down",
             "marked down by", "reduced by", "knocked down by"),
             (*_DISCOUNTS, "off"),
             needs_noun=True),
        # a second discount taken off the already discounted price: "30% off, then another 10% off"
        Slot("extra discount", "percent", ("another", "an extra", "an additional", "a further", "extra",
             "additional", "further"), ("off", "discount"), bare=False, needs_noun=True),
        Slot("coupon", "money", ("coupon for", "coupon of"), ("coupon", "off"), needs_noun=True),
        Slot("tax", "percent", ("tax of", "tax at", "sales tax of", "vat of", "tax rate of"),
             ("sales tax", "tax", "vat", "gst"), needs_noun=True),
        Slot("tip", "percent", ("tip of", "tip at", "tipping", "tip", "gratuity of"), ("tip", "gratuity"),
             needs_noun=True),
    ),
    fillers=frozenset(
        "a an the and plus + with then after add adding including include leave leaving what is how much does do "
        "should each person pay owe we i they split splitting share divide evenly equally per that it our my "
        "comes come to total final price cost costs will be would if there on top of in get bill had have has want "
        "wants wanted ate got spent spend came sale new now discounted take knock there's was were are save "
        "saving it's whole thing lot everything".split()
    ),
    options={
        **dict.fromkeys(
            ("after tax", "on the total", "including tax", "of the total", "on top of the total", "on the new total",
             "on the full total", "on the whole total", "on the total amount", "on the new price", "on the new amount",
             "on the taxed amount", "on the amount after tax", "on the total after tax", "on the whole bill",
             "on the whole thing", "post-tax", "after-tax"),
            "tip after tax",
        ),
        **dict.fromkeys(
            ("before tax", "pre-tax", "pretax", "on the subtotal", "of the subtotal", "on the pre-tax amount",
             "on the pre-tax bill", "on the pre-tax total", "on the amount before tax", "on the bill before tax"),
            "tip before tax",
        ),
        **dict.fromkeys(
            ("on the original", "of the original", "on the original bill", "on the original price",
             "on the original amount", "of the original price", "of the original bill"),
            "tip on the original",
        ),
    },
    item_nouns=True,
    verbs=("is", "are", "was", "were", "comes to", "came to"),
)  # fmt: skip


_INCLUDING = frozenset("including incl inclusive includes included inc".split())
_QUESTION_WORDS = frozenset("what what's whats how".split())


def _tax_included(tokens: list[Token], start: int) -> bool:
    """Whether an 'including' says the tax is already in an amount given ('$54 including 8% tax'), rather than
    asking for the price with it ('what's the price including VAT?': it follows the question word)."""
    asked = False
    for token in tokens[start:]:
        if token.word in _QUESTION_WORDS:
            asked = True
        elif token.text in (".", ";", "!"):
            asked = False
        elif token.word in _INCLUDING and not asked:
            return True
    return False


def solve_bill(tokens: list[Token], start: int) -> Solution | None:
    """A bill with any of: a discount, a coupon, tax, a tip, and a split between people."""
    if not has_word(tokens, start, "tip", "gratuity", "tax", "vat", "gst", "discount", "coupon", "off", "split",
                    "marked down", "knocked down",
                    "share", "shared", "bill", "each", "per person"):  # fmt: skip
        return None
    reading = _BILL.read(tokens, start)
    values = reading.values
    if "tax" in values and _tax_included(tokens, start):
        raise NotUnderstood(start, "a bill before tax")  # "$54 including 8% tax": the tax is already in the $54
    for part in ("discount", "tax", "tip"):
        if part not in values and _asks_for(tokens, start, part):
            raise NotUnderstood(start, f"the {part}'s rate")  # "..., what was the tax" with no tax rate given
        if reading.markers.get(part) in (("after",), ("after", "a")) and _asks_for(tokens, start, part):
            # "it was $90 after a 25% discount, how much did I save": $90 may be the price after, not before
            raise NotUnderstood(start, f"the price before the {part}")
    _check_tip_base(reading)
    for part in ("tax", "tip"):
        if part not in values and _named_without_rate(tokens, start, part):
            raise NotUnderstood(start, f"the {part}'s rate")  # '$180 plus a tip': how much tip is not said
    if "people" not in values and has_word(tokens, start, *_SHARED):
        raise NotUnderstood(start, "how many people share the bill")  # 'split it evenly' among how many is not said
    if "people" in values and _price_each(tokens, start):
        return None  # "8 people at $27.50 each": a price each, for every one of them, not a bill to split
    if "people" in values and _asks_total(tokens, start) and not has_word(tokens, start, *_SHARED, *_EACH_ASKED):
        raise NotUnderstood(start, "a question about each one's share")  # '5 of us ... what was the total?'
    adjustments = [k for k in ("discount", "coupon", "tax", "tip", "people") if k in values]
    if "bill" not in values or not adjustments or ("extra discount" in values and "discount" not in values):
        raise NotUnderstood(start, "a bill amount with a tip, tax, discount or split")
    base = values["bill"] if adjustments in (["discount"], ["coupon"]) else _as_money(values["bill"])
    steps: list[str] = []
    notes: list[str] = []
    price = base
    parts: dict[str, Real] = {}
    for name in ("discount", "extra discount"):
        if name in values:
            cut = parts[name.replace(" ", "_")] = numbers.checked(price.value * values[name].value)
            steps.append(f"{name}: {_pct(values[name])} of {_m(price)} = {_m(price, cut)}")
            price = _minus(price, cut, steps, f"after the {name}")
    if "coupon" in values:
        price = _minus(price, values["coupon"].value, steps, "after the coupon")
    before_tax = price
    total = price
    if "tax" in values:
        tax = parts["tax"] = numbers.checked(price.value * values["tax"].value)
        steps.append(f"tax: {_pct(values['tax'])} of {_m(price)} = {_m(price, tax)}")
        total = _plus(total, tax, steps, "with tax")
    if "tip" in values:
        tip_base = total if "tip after tax" in reading.options else before_tax
        tip_value = parts["tip"] = numbers.checked(tip_base.value * values["tip"].value)
        steps.append(f"tip: {_pct(values['tip'])} of {_m(tip_base)} = {_m(tip_base, tip_value)}")
        if "tax" in values:
            notes.append("the tip is figured on the amount " + ("after" if tip_base is total else "before") + " tax")
        total = _plus(total, tip_value, steps, "with the tip")
    expression = _expression(reading)
    result_values: dict[str, Real] = {"bill": base.value, **parts, "total": total.value}
    if "people" in values:
        people = values["people"].value
        share = Quantity(numbers.checked(total.value / people), total.measure)
        steps.append(f"split {people} ways: {_m(total)} ÷ {people} = {_m(share)}")
        result_values["per_person"] = share.value
        solution = answer_for(share, "bill split", expression, steps, suffix=" per person")
    elif (part := _asked_part(reading, tokens, start)) is not None:
        name, amount = part
        solution = answer_for(Quantity(amount, base.measure), name, expression, steps, suffix=f" {name}")
        solution.notes.append(f"the total is {show(Quantity(total.value, base.measure))}")
    else:
        suffix = " in total" if "tax" in values or "tip" in values else ""
        solution = answer_for(total, "bill", expression, steps, suffix=suffix)
    solution.notes = notes + solution.notes
    solution.values = result_values
    return solution


def _asks_total(tokens: list[Token], start: int) -> bool:
    return has_word(tokens, start, *_TOTAL_ASKED)


def _named_without_rate(tokens: list[Token], start: int, part: str) -> bool:
    """'plus a tip', 'and tax', 'and the sales tax': a tip or tax added to the bill with no rate given ('before tip'
    leaves it out)."""
    words = (part, "gratuity") if part == "tip" else (part, "vat", "gst")
    adding = ("a", "plus", "add", "added", "and", "with", "some")
    for i in range(start + 1, len(tokens)):
        if tokens[i].word not in words:
            continue
        before = i - 1
        while before > start and tokens[before].word in ("the", "sales", "any"):
            before -= 1  # 'and the tax', 'plus sales tax': the same addition, its article or kind between
        if tokens[before].word in adding:
            return True
    return False


def _check_tip_base(reading: Reading) -> None:
    """The amount the tip is taken of, as the words say it: 'on the total' after tax, 'pre-tax' or 'on the original'
    before it. Words saying both, or 'the original' where a discount makes the original price another amount, are
    two readings: the bill is not guessed."""
    options, values = reading.options, reading.values
    if "tip after tax" in options and options & {"tip before tax", "tip on the original"}:
        raise NotUnderstood(0, "one amount the tip is figured on")
    if options & {"tip before tax", "tip on the original"} and "tip" not in values:
        raise NotUnderstood(0, "a tip for 'before tax' to say where it is figured")  # 'the total before tax'
    if "tip on the original" in options and values.keys() & {"discount", "coupon"}:
        raise NotUnderstood(0, "which amount 'the original' is")


def _as_money(q: Quantity) -> Quantity:
    """A bill or principal written without a currency is still money, shown to the cent."""
    return q if q.measure is not None else Quantity(q.value, AMOUNT)


def _asked_part(reading: Reading, tokens: list[Token], start: int) -> tuple[str, Real] | None:
    """'a 15% tip on $84', '8.5% tax on 1,200': one percentage *on* an amount asks for that part, not the total."""
    kinds = [k for k in ("discount", "tax", "tip") if k in reading.values]
    if len(kinds) != 1 or "coupon" in reading.values:
        return None
    if _asks_for(tokens, start, kinds[0]):  # "how much should I tip", "what's the tax"
        return kinds[0], reading.values[kinds[0]].value * reading.values["bill"].value
    if reading.markers.get("bill") not in (("on",), ("for",), ("of",)):
        return None
    if kinds == ["discount"] and not has_word(tokens, start, *_DISCOUNTS):
        return None  # "25% off of 64" takes the discount off: the price that is left, not the discount
    if has_word(tokens, start, "total", "altogether", "final", "pay", "price", "with", "plus", "including"):
        return None
    (kind,) = kinds
    return kind, reading.values[kind].value * reading.values["bill"].value


_PART_WORDS = {"tip": ("tip", "gratuity"), "tax": ("tax", "vat", "gst"), "discount": ("discount", "save", "saving")}
_ASKING = frozenset(
    "how much what what's whats is was are were the should would will do does did i we be in my our".split()
)


def _asks_for(tokens: list[Token], start: int, kind: str) -> bool:
    """Whether the question names the part itself: 'how much should I tip', 'what is the tax', 'how much do I save'.

    Only asking words may stand between the question word and the part, so "how much is the total with tip"
    still asks for the total.
    """
    for i in range(start, len(tokens)):
        if tokens[i].word in ("how", "what", "what's", "whats"):
            j = i + 1
            while tokens[j].word in _ASKING:
                j += 1
            if tokens[j].word in _PART_WORDS[kind] and not has_word(tokens, j + 1, "total", "altogether", "in all"):
                return True
    return False


def _pct(q: Quantity) -> str:
    return f"{numbers.format_number(q.value * 100)}%"


def _m(q: Quantity, value: Real | None = None) -> str:
    return show(Quantity(q.value if value is None else value, q.measure), exact=True)


def _plus(q: Quantity, amount: Real, steps: list[str], label: str) -> Quantity:
    result = Quantity(numbers.checked(q.value + amount), q.measure)
    steps.append(f"{label}: {_m(q)} + {_m(q, amount)} = {_m(result)}")
    return result


def _minus(q: Quantity, amount: Real, steps: list[str], label: str) -> Quantity:
    result = Quantity(numbers.checked(q.value - amount), q.measure)
    if result.value < 0:
        raise ToolInputError("the discounts come to more than the price")
    steps.append(f"{label}: {_m(q)} − {_m(q, amount)} = {_m(result)}")
    return result


def _expression(reading: Reading) -> str:
    parts = [render(reading.nodes["bill"])]
    signs = {"discount": "-", "extra discount": "-", "coupon": "-", "tax": "+", "tip": "+"}
    for name in reading.order:
        if name in signs:
            parts.append(f"{signs[name]} {render(reading.nodes[name])} {name}")
    text = " ".join(parts)
    if "people" in reading.values:
        text = f"({text}) / {render(reading.nodes['people'])}"
    return text


_FREQUENCIES = {
    "annually": 1, "yearly": 1, "annual": 1, "once a year": 1, "every year": 1, "each year": 1,
    "semiannually": 2, "semi-annually": 2, "twice a year": 2, "half-yearly": 2, "biannually": 2,
    "quarterly": 4, "every quarter": 4, "each quarter": 4, "monthly": 12, "every month": 12, "each month": 12,
    "weekly": 52, "every week": 52, "daily": 365, "every day": 365, "each day": 365, "continuously": 0,
}  # fmt: skip
_RATE_WORDS = ("annual interest rate", "annual interest", "interest rate", "interest", "a year", "per year",
               "per annum", "p.a.", "annually", "yearly", "annual rate", "rate", "apr", "a yr")  # fmt: skip
_GROWTH_OPTIONS = (
    {"simple": "simple", "compound": "compound", "compounding": "compound"}
    | {
        form.format(phrase): f"every {n}"
        for phrase, n in _FREQUENCIES.items()
        for form in ("compounded {}", "compounding {}", "{} compounding", "{} compound")
    }
    | {"compounded": "compound", "how much interest": "asks interest", "interest on": "asks interest"}
    | {"interest earned": "asks interest", "earn": "asks interest", "earned": "asks interest"}
)
_INTEREST = Frame(
    slots=(
        Slot("principal", "amount", ("invest", "invested", "investing", "deposit", "deposited", "depositing", "put",
             "putting", "on", "of", "principal of", "save", "saved", "saving", "lend", "lent", "lending", "borrow",
             "borrowed", "borrowing"),
             ("principal", "deposit", "investment", "savings", "loan")),
        Slot("rate", "percent", ("at", "at a rate of", "rate of", "interest rate of", "interest of", "earning",
             "earns", "earn", "paying", "pays", "with", "yielding"), _RATE_WORDS),
        Slot("time", "duration", ("for", "after", "over", "in", "within", "at the end of")),
    ),
    fillers=frozenset(
        "if i you we invest put in into a an the account bank savings interest how much will would i have be it become "
        "grow to worth what is total balance amount after and of my money at rate annual with gets get leave "
        "left end final value future there pay back repay owe do in that leaving alone untouched wants him her "
        "them top".split()
    ),
    options=_GROWTH_OPTIONS,
    verbs=("lent", "lends", "loaned", "loans"),  # 'my brother lent me £1,200': who lends changes nothing
)  # fmt: skip


def solve_interest(tokens: list[Token], start: int) -> Solution | None:
    """Simple or compound interest on a principal at an annual rate for a time."""
    triggered = has_word(tokens, start, "interest", "invest", "invested", "compound", "compounded", "deposit")
    if not triggered and not names_unit_of(tokens, start, "time"):  # no time is given: not interest
        return None
    try:
        reading = _INTEREST.read(tokens, start)
    except NotUnderstood:
        if triggered:
            raise
        return None
    values = reading.values
    if len(values) < 3:
        if triggered or len(values) == 2:
            missing = [n for n in ("principal", "rate", "time") if n not in values]
            raise NotUnderstood(start, f"an interest problem with its {' and '.join(missing)}")
        return None
    principal, rate, time = _as_money(values["principal"]), values["rate"], values["time"]
    years = _years(time)
    kinds = {o for o in reading.options if o in ("simple", "compound") or o.startswith("every ")}
    if not kinds:
        raise ToolInputError(
            "say whether the interest is simple or compound (and how often it compounds, e.g. 'compounded "
            "monthly'): the two give different answers"
        )
    if "simple" in kinds and len(kinds) > 1:
        raise ToolInputError("the request names both simple and compound interest; say which one")
    steps = [f"principal {show(principal)}, annual rate {_pct(rate)}, time {show(time)}"]
    notes: list[str] = []
    if "simple" in kinds:
        interest = numbers.checked(principal.value * rate.value * years)
        total = principal.value + interest
        steps.append(f"simple interest = {_m(principal)} × {_pct(rate)} × {numbers.format_number(years)} years = "
                     f"{_m(principal, interest)}")  # fmt: skip
        problem = "simple interest"
    else:
        periods = next((int(o.split()[1]) for o in kinds if o.startswith("every ")), 1)
        if not any(o.startswith("every ") for o in kinds):
            notes.append("compounded once a year, as no compounding frequency was given")
        total = _compound(principal.value, rate.value, years, periods, steps, principal)
        interest = total - principal.value
        problem = "compound interest"
    steps.append(f"interest earned = {_m(principal, interest)}; final balance = {_m(principal, total)}")
    asked = "asks interest" in reading.options or _asks_interest(tokens, start)
    if asked and any(has_phrase(question_words(tokens, start), p) for p in ("the total", "the balance", "altogether")):
        raise ToolInputError("say whether you want the interest or the total with it: the request names both")
    shown = Quantity(interest if asked else total, principal.measure)
    solution = answer_for(shown, problem, steps[1].split(" = ")[0], steps, suffix=" in interest" if asked else "")
    solution.expression = _interest_expression(principal, rate, years, kinds)
    solution.notes = notes + solution.notes
    solution.values = {"principal": principal.value, "interest": interest, "total": total}
    return solution


def _asks_interest(tokens: list[Token], start: int) -> bool:
    """'..., interest?', 'what's the interest': the question names the interest itself, not the balance."""
    last = next((t for t in reversed(tokens[start:]) if t.kind != "end" and t.text not in ("?", ".")), None)
    if last is not None and last.word == "interest":
        return True
    return has_word(tokens, start, "what's the interest", "whats the interest", "what is the interest",
                    "the interest is", "the interest be", "the interest earned")  # fmt: skip


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
        steps.append(f"continuous compounding: {_m(unit)} × e^({_pct_text(rate)} × {years}) = {_m(unit, total)}")
        return total
    count = years * periods
    per_period = rate / periods
    growth = _grow(1 + per_period, count)
    total = numbers.checked(principal * growth)
    steps.append(
        f"compounded {periods}× a year for {numbers.format_number(count)} periods: {_m(unit)} × "
        f"(1 + {_pct_text(rate)}/{periods})^{numbers.format_number(count)} = {_m(unit, total)}"
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
    p, r, t = _m(principal), numbers.format_number(rate.value), numbers.format_number(years)
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
        "much each month per if i we borrow pay back repay to and with term".split()
    ),
)  # fmt: skip


def solve_loan(tokens: list[Token], start: int) -> Solution | None:
    """The fixed monthly payment that repays a loan at an annual rate over a term."""
    if not (has_word(tokens, start, "payment", "payments", "repayment", "pay") and has_word(
            tokens, start, "loan", "mortgage", "borrow", "borrowed", "monthly", "month")):  # fmt: skip
        return None
    reading = _LOAN.read(tokens, start)
    values = reading.values
    if len(values) < 3:
        missing = [n for n in ("principal", "rate", "term") if n not in values]
        raise NotUnderstood(start, f"a loan with its {' and '.join(missing)}")
    principal, rate, term = _as_money(values["principal"]), values["rate"], values["term"]
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
        f"loan {_m(principal)}, monthly rate {_pct(rate)} ÷ 12 = {numbers.format_number(monthly)}, {n} payments",
        f"payment = P × r × (1 + r)^n ÷ ((1 + r)^n − 1) = {_m(principal, payment)}",
        f"total repaid = {_m(principal, payment * n)}; interest = {_m(principal, payment * n - principal.value)}",
    ]
    expression = f"{_m(principal)} * r * (1 + r)^{n} / ((1 + r)^{n} - 1), r = {numbers.format_number(monthly)}"
    solution = answer_for(Quantity(payment, principal.measure), "loan payment", expression, steps, suffix=" a month")
    solution.notes.insert(0, "a fixed-rate loan repaid in equal monthly payments, interest at the annual rate ÷ 12")
    solution.values = {"payment": payment, "total_paid": payment * n, "interest": payment * n - principal.value}
    return solution


_EACH_AFTER = (("each",), ("apiece",), ("a", "head"), ("per", "head"), ("per", "person"), ("a", "person"))


def _price_each(tokens: list[Token], start: int) -> bool:
    """Whether an amount of money is said to be each one's ('$27.50 each', '$12 a head'), not a bill's."""
    for i in range(start + 1, len(tokens)):
        if tokens[i].kind != "number" or tokens[i - 1].kind != "currency":
            continue
        after = [t.word for t in tokens[i + 1 : i + 3]]
        if any(tuple(after[: len(phrase)]) == phrase for phrase in _EACH_AFTER):
            return True
    return False
