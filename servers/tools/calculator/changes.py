"""Percentages read from the givens: a change from one amount to another, and changes applied one after another.

* from-to: two amounts of one kind (``from $1,400 to $1,540 a month``) and a question for the percent change;
* a chain: one amount and percentages, each marked by a word that says which way it moves the amount (``25%
  off``, ``8% sales tax``, ``a 3% raise``), applied in the order written, each to the amount before it.

A percentage whose direction no word gives, two words that disagree, a chain asked about the original price
('of the original'), or an amount left over: the problem is left to other rules, and declined if none fits.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.changed_asked import asks_changed
from servers.tools.calculator.frames import has_word
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.percentages import signed_change
from servers.tools.calculator.quantities import Measure, Quantity, is_money, multiply, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import charge_asked, question_start, question_words
from servers.tools.calculator.tokens import Token

_DOWN = frozenset(
    "off discount discounted sale reduced reduction cut cuts decrease decreased drop dropped fell fall falls lower "
    "lowered markdown coupon depreciates depreciated down less cheaper falling dropping decreasing decreases drops "
    "reduces minus deduct deducted deducting".split()
)
_UP = frozenset(
    "tax vat tip gratuity service surcharge fee increase increased raise raised rise rose up more markup marked "
    "added grew growth inflation plus rising rises increasing increases top".split()
)
_FINAL = ("pay", "in the end", "final", "total", "end up", "new price", "new salary", "now", "altogether",
          "cost me", "come to", "all in")  # fmt: skip
_CHANGE = ("percent increase", "percent decrease", "percent change", "percentage increase", "percentage decrease",
           "percentage change", "% increase", "% decrease", "% change", "by what percent", "by how many percent",
           "what percent", "what percentage", "by what percentage", "how many percent",
           "percentage growth",
           "percent growth", "% growth", "growth rate", "percentage drop", "percent drop", "% drop",
           "percentage fall", "percent fall", "percentage rise", "percent rise", "percentage reduction",
           "percent reduction", "% reduction", "% rise", "% fall", "percentage loss", "percent loss", "% loss",
           "percentage gain", "percent gain", "% gain", "percentage improvement", "percent improvement",
           "% improvement", "percentage cut", "percent cut", "% cut", "discount in percent", "discount in %",
           "discount as a percentage", "discount as a percent", "percentage discount", "percent discount",
           "% discount", "percent off", "percentage off", "% off")  # fmt: skip
_SPOILERS = frozenset(
    "original before after without if not except instead compound interest per each save saved saving was were "
    "halved doubled tripled twice half pre-tax pretax post-tax after-tax included again every than net gross".split()
)
"""Words that make the percentages something other than changes applied in turn to the amount; 'included' says
the amount already holds the percentage ('$120 with 8% tax included'), so adding it again would count it twice;
'than' says the percentage is of something else ('600 is 20% more than last year'), not of the amount; 'net' and
'gross' name an amount before or after a tax ('the net figure' of an invoice is before its VAT, 'net pay' after the
income tax), which a tax added in turn would get the wrong way round."""
_CHANGE_SPOILERS = frozenset("then halved doubled tripled twice half again later plus minus".split())


def solve_change(tokens: list[Token], start: int) -> Solution | None:
    """The percent change between two amounts, or amounts after percentages applied in turn; None otherwise."""
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    amounts = [g for g in givens if not g.quantity.percent]
    percents = [g for g in givens if g.quantity.percent]
    spans = [g for g in amounts if _span_over(g)]
    if len(amounts) == 3 and len(spans) == 1 and not percents and not new_period_asked(tokens, start):
        amounts.remove(spans[0])  # 'from $32,000 to $24,800 in two years': when, not part of the change
    if len(amounts) == 2 and not percents and has_word(tokens, start, *_CHANGE):
        if any(t.word in _CHANGE_SPOILERS for t in tokens[start:]) or _share_asked(tokens, start):
            return None
        if amounts[0].after[:1] == ("of",) or amounts[0].after[:2] == ("out", "of"):
            return None  # '18 of the 24 players': a share of a whole, not a change from one to the other
        if _part_of(tokens, amounts[0], amounts[1]):
            return None  # 'raised £11,850 of our £15,000 target': a share of the whole, whatever verb came before
        if not _moves(tokens, start, amounts[0], amounts[1]):
            return None  # '56 of 160 members said yes, what percentage is that': a share, not a change
        return _from_to(tokens, start, amounts[0], amounts[1])
    if percents and any(g.after[:1] != () and g.after[0] in _INCLUSIVE for g in amounts):
        return None  # '£2,300 including VAT at 20%': the tax is in the amount already, never added again
    if len(percents) > 1 and _stacked_unclear(tokens, start):
        return None
    if len(amounts) == 1 and len(percents) == 1 and asks_changed(tokens, start, amounts[0], percents[0]):
        return _chain(amounts[0], percents, tokens, usual=percents[0].start < amounts[0].start)
    if percents and charge_asked(question_words(tokens, start)):
        return None  # 'How much was the service charge?': the charge itself is asked, not the amount after it
    if len(amounts) == 1 and percents and (has_word(tokens, start, *_FINAL) or _asks_new(tokens, start, amounts[0])):
        if any(t.word in _SPOILERS and not _if_changed(tokens, k) for k, t in enumerate(tokens[start:], start)):
            return None
        return _chain(amounts[0], percents, tokens)
    if len(amounts) == 2 and percents and has_word(tokens, start, *_FINAL, "cost", "price"):
        return _priced_chain(tokens, start, amounts[0], amounts[1], percents)
    if len(amounts) > 2 and percents and has_word(tokens, start, *_FINAL):
        if any(t.word in _SPOILERS for t in tokens[start:]):
            return None
        return _items_chain(tokens, amounts, percents)
    return None


_WHOSE = frozenset("the our my their his her your a an".split())


def _part_of(tokens: list[Token], first: Given, second: Given) -> bool:
    """Only 'of' (or 'out of') and an owner between the amounts: '£11,850 of our £15,000 target' is a part of it."""
    said = max(k for k in range(first.start, first.end) if tokens[k].kind == "number")  # its span may take 'of our'
    between = [t.word or t.text for t in tokens[said + 1 : second.start]]
    between = between[1:] if between[:1] == ["out"] else between
    return between[:1] == ["of"] and all(w in _WHOSE for w in between[1:])


def _if_changed(tokens: list[Token], k: int) -> bool:
    """'If I put the rent up 3.5%, what's the new rent': an 'if' whose clause is the change itself (one percentage
    and the word that moves the amount, nothing else counted), not a condition on something else."""
    if tokens[k].word != "if":
        return False
    j, percents, moved = k + 1, 0, False
    while tokens[j].kind != "end" and tokens[j].text not in (",", ".", "?", "!", ";", "-", "—"):
        if tokens[j].kind in ("number", "currency", "clock", "date"):
            if tokens[j + 1].text != "%" and tokens[j + 1].word != "percent":
                return False
            percents += 1
        if tokens[j].word in _PAST_OR_OTHER:
            return False  # 'if I had paid 5% more last year': what might have been, not the change asked about
        moved = moved or tokens[j].word in _ACTS
        j += 1
    return percents == 1 and moved


_ACTS = frozenset(
    "up down raise raises raised increase increases increased cut cuts reduce reduces reduced lower lowers lowered "
    "drop drops knock knocks".split()
)
"""What someone does to the amount in an 'if' clause: 'put it up', 'raise it', 'cut it' — not 'if inflation is 4%',
which says nothing of whether the amount follows it."""
_PAST_OR_OTHER = frozenset("had was were would could last ago than instead".split())


def _share_asked(tokens: list[Token], start: int) -> bool:
    """'What percentage of the target is that?': a share of one amount, not a change from it."""
    asked = question_words(tokens, start)
    if set(asked) & (_LOST_OR_GAINED | _DIRECTIONS):
        return False  # 'what percentage of his body weight has he lost': a change, asked of what it was
    return any(w in ("percent", "percentage", "%") and asked[k + 1 : k + 2] == ["of"] for k, w in enumerate(asked))


_DIRECTIONS = frozenset(
    "drop dropped fall fell fallen rise rose risen gain loss increase increased decrease decreased grew grown shrank "
    "shrunk changed".split()
)
"""Words by which a question 'what percentage of ...' asks a change; 'raised' is not one ('have we raised')."""


def _span_over(given: Given) -> bool:
    """'in two years', 'over 6 months': the time a change took, said after it."""
    measure = given.quantity.measure
    return measure is not None and measure.dimension == "time" and given.before[-1:] in (("in",), ("over",))


def _asks_new(tokens: list[Token], start: int, amount: Given) -> bool:
    """'my rent of $1,450 a month ... What will the new monthly rent be?': the question asks for the new value of
    the very thing the amount was named as, in the words before it."""
    asked = question_words(tokens, start)
    story = {t.word for t in tokens[start : question_start(tokens, start)]}
    if len(story & _NAMED_AMOUNTS) > 1 or new_period_asked(tokens, start) or _PERIODS & set(asked) - story:
        return False  # 'my mortgage is £1,150 and my rent is going up': which rose; 'the new rent for the year'
    for k, word in enumerate(asked):
        if word == "new" and set(asked[k + 1 : k + 3]) & (set(amount.before) - _NOT_NAMES | _ANY_AMOUNT):
            return True
        if word == "new" and set(asked[k + 1 : k + 3]) & _PAYMENTS and set(amount.before) & _PAID:
            return True  # 'my mortgage is £1,150 a month ... the new payment': what is paid for the mortgage
        if word == "new" and "rent" in asked[k + 1 : k + 3] and set(amount.before) & _LETTING:
            return True  # 'I let a flat for £950 a month ... the new monthly rent': what the flat is let for
    return False


_LETTING = frozenset("let lets letting rent rents renting lease leases leasing tenant tenants".split())
_PAYMENTS = frozenset("payment payments repayment repayments instalment installment premium".split())
_PAID = frozenset("mortgage rent loan premium subscription membership insurance".split())
"""Things paid in regular payments: their payment is the amount the story names them by."""
_NAMED_AMOUNTS = _PAID | frozenset("salary wage wages pay price bill bills fee fees budget allowance pension".split())
_PERIODS = frozenset("day days week weeks fortnight month months quarter year years annual annually yearly".split())


_NOT_NAMES = frozenset("a an the my our your his her their of is was at for and it it's".split())
_ANY_AMOUNT = frozenset("amount figure value sum".split())
"""'What will the new monthly amount be?': with one amount given, a word for any amount names that one."""


def _priced_chain(
    tokens: list[Token], start: int, count: Given, price: Given, percents: list[Given]
) -> Solution | None:
    """'3 shirts at $18.50 each plus 8% sales tax', '50 bags of ice at $1.80', '2 kg at $120 per kg': a count of
    things at a price each (said 'each', or 'at' right after them, as a till receipt lists a line) or an amount at
    a price per its unit, then the percentages applied to what they cost together. Any other spoiler leaves it."""
    measure = price.quantity.measure
    if measure is None or not is_money(measure) or count.end > price.start:
        return None
    said_at = tokens[price.start - 1].word == "at" or tokens[price.start - 1].text == "@"
    between = tokens[count.end : price.start]
    if any(t.text in _CLAUSE_BREAKS for t in between) or len(between) > (_AT_REACH if said_at else 2):
        return None  # '3 shirts at $18.50 each': the price said right after the things it prices
    if any(t.word in _SPOILERS for k, t in enumerate(tokens[start:], start) if not price.start <= k < price.end):
        return None
    amount = count.quantity
    if amount.measure is not None:  # '2 kg at 120,000 afghanis per kg': the amount at the price of its unit
        if measure.per is None or measure.per.dimension != amount.measure.dimension or not said_at:
            return None
        total = multiply(amount, price.quantity)
    else:
        if not count.noun or count.noun == "people" or not (price.per_each or said_at) or measure.per is not None:
            return None
        if not numbers.is_integer(amount.value) or amount.value <= 0:
            return None
        total = Quantity(numbers.checked(Fraction(amount.value) * Fraction(price.quantity.value)), measure)
    solution = _chain(Given(total, count.start, price.end), percents)
    if solution is not None:
        things = f"{show(amount) if amount.measure else numbers.format_number(amount.value)} × {show(price.quantity)}"
        solution.steps.insert(0, f"{things} = {show(total, exact=True)}")
        solution.expression = f"{things.replace(' × ', ' * ')}" + solution.expression.removeprefix(show(total))
    return solution


_AT_REACH = 4
"""At most this many words between the things and a price said 'at' ('50 bags of ice at $1.80')."""
_CLAUSE_BREAKS = frozenset({".", ",", ";", "?", "!"})
_LIST_JOINERS = frozenset({",", "and", "+", "plus"})


def _items_chain(tokens: list[Token], amounts: list[Given], percents: list[Given]) -> Solution | None:
    """'three things for $12.99, $8.50 and $4.75 and sales tax is 7%': prices listed one after another, added up,
    then the percentages applied to the sum. A count of the things, when said, must match the prices listed."""
    count = amounts[0] if amounts[0].quantity.measure is None and amounts[0].noun else None
    prices = amounts[1:] if count is not None else amounts
    measure = prices[0].quantity.measure
    if len(prices) < 2 or measure is None or not is_money(measure) or measure.per is not None:
        return None
    if any(p.quantity.measure != measure or p.per_each for p in prices):
        return None
    joined = all(
        t.text in _LIST_JOINERS or t.word in _LIST_JOINERS
        for a, b in zip(prices, prices[1:], strict=False)
        for t in tokens[a.end : b.start]
    )
    if not joined or count is not None and (count.quantity.value != len(prices) or count.end > prices[0].start):
        return None
    total = Quantity(numbers.checked(sum((Fraction(p.quantity.value) for p in prices), Fraction(0))), measure)
    base = Given(total, prices[0].start, prices[-1].end)
    solution = _chain(base, percents)
    if solution is not None:
        listed = " + ".join(show(p.quantity, exact=True) for p in prices)
        solution.steps.insert(0, f"{listed} = {show(total, exact=True)}")
        solution.expression = f"({' + '.join(show(p.quantity) for p in prices)})" + solution.expression.removeprefix(
            show(total)
        )
    return solution


_MOVES = frozenset(
    "increase increased increases decrease decreased decreases change changed changes rise rose risen rises grew "
    "grow grown grows growth fall fell fallen falls drop dropped drops jumped climbed declined raised reduced "
    "shrank shrunk markup improvement improved improves reduction reductions".split()
)
_MOVED = ("went up", "gone up", "go up", "goes up", "went down", "gone down", "go down", "goes down", "came down",
          "come down", "shot up")  # fmt: skip


def _moves(tokens: list[Token], start: int, first: Given, second: Given) -> bool:
    """Whether the request says one amount became the other ('from $40 to $50', 'went up', 'percent increase').

    'What percentage' alone asks as readily for a share ('56 of the 160 members') as for a change, so two amounts
    with no word of movement between them are not read as a change.
    """
    if first.before[-1:] == ("from",) and second.before[-1:] == ("to",):
        return True
    if second.before[-1:] == ("from",) and first.before[-1:] == ("to",):
        return True
    if _priced_then(first, second) and set(question_words(tokens, start)) & _CUTS:
        return True  # 'original price £85,000, sale price £72,250': the price before and the price it became
    if first.before[-1:] in (("was",), ("were",), ("cost",)) and set(second.before) & _NOW:
        if set(question_words(tokens, start)) & _CUTS:
            return True  # 'the TV was $1,299 last week and today it's $974.25. What percent discount is that?'
        # 'was $40 and now it's $50, what percent is that?' alone may ask 25% or 125%: left to the other rules
    if _now_said(second) and not _now_said(first) and set(question_words(tokens, start)) & _LOST_OR_GAINED:
        return not set(first.before[-1:] + second.before[-1:]) & _LOST_OR_GAINED
        # 'weighed 82.4 kg at admission and 79.1 kg today. What percentage has he lost?': the amount now is what
        # the first became; 'had 40 and lost 6' says the part lost, a share of the first
    if has_word(tokens, start, "percentage cut", "percent cut", "% cut"):
        return True  # 'was £3,200 last year and it's £2,720 this year. What's the percentage cut?': a fall asked
    return any(t.word in _MOVES for t in tokens[start:]) or has_word(tokens, start, *_MOVED)


_NOW = frozenset("now today currently nowadays".split())
_USUAL = frozenset("original usual normal regular old list full".split())
_MARKED_DOWN = frozenset("sale new discounted reduced offer".split()) | _NOW


def _priced_then(first: Given, second: Given) -> bool:
    """'original price £85,000, sale price £72,250', 'usual £40, now £34': the first named as the price it was and
    the second as the price it became, each by the words just before it."""
    return bool(set(first.before[-2:]) & _USUAL) and bool(set(second.before[-2:]) & _MARKED_DOWN)


def _earlier(given: Given) -> int:
    """How far back the amount is said to be: 2 for the time before another ('£3,500 the week before', 'the
    previous year it was'), 1 for a past time ('120 last year', 'last year it was 295', '60 a year ago'), else 0."""
    before = given.before[-4:]
    before = before[len(before) - before[::-1].index("and") :] if "and" in before else before  # its own clause's
    if set(given.after[:3]) & _BEFORE or set(before) & {"previous", "prior"}:
        return 2
    if _now_said(given):
        return -1  # 'now it's £30': the new one
    return int("last" in given.after[:2] or "ago" in given.after[:3] or "last" in before)


_BEFORE = frozenset("before previous prior".split())
_LOST_OR_GAINED = frozenset("lost lose losing gained gain gaining".split())


def _now_said(given: Given) -> bool:
    """The amount is said as the one now: 'now 79.1 kg', '79.1 kg today'."""
    return bool(set(given.before[-2:]) & _NOW) or given.after[:1] in (("today",), ("now",), ("currently",))


_CUTS = frozenset("discount markdown reduction cheaper off".split())


def _from_to(tokens: list[Token], start: int, first: Given, second: Given) -> Solution | None:
    if "and" in question_words(tokens, start):
        return None  # 'the percentage increase and the total': a second thing asked, which one percentage is not
    if first.before[-1:] == ("to",) and second.before[-1:] == ("from",) or _earlier(second) > _earlier(first):
        first, second = second, first  # 'sold 340 this year, last year it was 295': the earlier one is the old one
    old, new = _same_kind(_unit_shared(first, second), second.quantity)
    if old is None or new is None or old.value <= 0:
        return None
    change = numbers.checked((Fraction(new.value) - Fraction(old.value)) / Fraction(old.value))
    direction = "increase" if change > 0 else "decrease" if change < 0 else "change"
    if (
        change < 0
        and has_word(tokens, start, "increase", "rise", "growth", "more", "gained", "gain", "improvement")
        or change > 0
        and has_word(
            tokens, start, "decrease", "drop", "fall", "less", "discount", "cheaper", "lost", "lose", "loss", "cut"
        )
    ):
        return None  # the question names the other direction: a misread, not an answer
    percent = Quantity(abs(change), percent=True)
    difference = Quantity(numbers.checked(new.value - old.value), new.measure)
    steps = [
        f"{show(new, exact=True)} − {show(old, exact=True)} = {show(difference, exact=True)}",
        f"{show(difference, exact=True)} ÷ {show(old, exact=True)} = {show(percent)}",
    ]
    expression = f"({show(new)} - {show(old)}) / {show(old)}"
    solution = answer_for(percent, "percentage change", expression, steps, suffix=f" {direction}")
    solution.result = signed_change(tokens, start, change * 100)
    return solution


def _unit_shared(first: Given, second: Given) -> Quantity:
    """'from 950 to 1,020 euros a month': a plain number right before 'to' and an amount takes the amount's unit, as
    'from 5 to 7 km' says km once for both; otherwise the first as it was said."""
    q = first.quantity
    if q.measure is not None or q.percent or second.quantity.measure is None or second.start != first.end + 1:
        return q
    if first.before[-1:] != ("from",) or second.before[-1:] != ("to",):
        return q
    return Quantity(q.value, second.quantity.measure)


def _same_kind(a: Quantity, b: Quantity) -> tuple[Quantity | None, Quantity | None]:
    """Two amounts as one kind: a rate written on only one of them ('$1,400 to $1,540 a month') is on both."""
    ma, mb = a.measure, b.measure
    if ma is None and mb is None:
        return a, b
    if ma is None or mb is None:
        return None, None
    if ma.per is not None and mb.per is None:
        mb = Measure(mb.name, mb.dimension, mb.factor / ma.per.factor, mb.symbol, ma.per)
    elif mb.per is not None and ma.per is None:
        ma = Measure(ma.name, ma.dimension, ma.factor / mb.per.factor, ma.symbol, mb.per)
    if ma.key != mb.key or ma.dimension == "temperature":
        return None, None
    value_b = b.value * mb.factor / ma.factor
    return Quantity(a.value, ma), Quantity(value_b, ma)


def _chain(
    base: Given, percents: list[Given], tokens: list[Token] | None = None, *, usual: bool = False
) -> Solution | None:
    """The amount after each percentage in turn; ``usual`` when the amount is said after a percentage but as the
    one before it ('12.5% off at the gym, its £36 a month normally')."""
    if not usual and any(p.start < base.start and not _announced(tokens or [], p, base) for p in percents):
        return None  # 'after 20% off it costs $48' asks backwards: another rule's problem
    amount = base.quantity
    steps: list[str] = []
    expression = show(amount)
    for given in percents:
        sign = _direction(given)
        if sign > 0 and tokens and _fee_taken(given):
            sign = -1 if _received(question_words(tokens, 0)) else 0
        if sign == 0:
            return None
        share = Quantity(numbers.checked(amount.value * given.quantity.value), amount.measure)
        after = Quantity(numbers.checked(amount.value + sign * share.value), amount.measure)
        op = "+" if sign > 0 else "−"
        steps.append(
            f"{show(given.quantity)} of {show(amount, exact=True)} = {show(share, exact=True)}; "
            f"{show(amount, exact=True)} {op} {show(share, exact=True)} = {show(after, exact=True)}"
        )
        expression += f" {'+' if sign > 0 else '-'} {show(given.quantity)}"
        amount = after
    solution = answer_for(amount, "percentages in turn", expression, steps, suffix=" in total")
    solution.notes.insert(0, "each percentage is taken of the amount after the one before it")
    if len(percents) == 1 and (kind := _charge_named(percents[0])) is not None:
        share = numbers.checked(base.quantity.value * percents[0].quantity.value)
        solution.values = {"amount": base.quantity.value, kind: share, "total": amount.value}
    return solution


_CHARGES = {"tip": "tip", "gratuity": "tip", "tax": "tax", "vat": "tax", "gst": "tax", "discount": "discount"}


def _charge_named(given: Given) -> str | None:
    """'a 15% tip', '20% VAT': the one charge the percentage is, named beside it."""
    named = {_CHARGES[w] for w in (*given.before[-3:], *given.after[:2]) if w in _CHARGES}
    return named.pop() if len(named) == 1 else None


def _direction(given: Given) -> int:
    """+1 or -1 from the words beside the percentage in its clause ('25% off', 'a 3% raise'); 0 when unclear."""
    words = set(given.before[-3:]) | set(given.after[:3])
    if given.before[-1:] == ("by",) and not words & (_DOWN | _UP):
        words |= set(given.before[-4:])  # 'raise the rent by 2.5%': the verb, then what it acts on, then 'by'
    down, up = bool(words & _DOWN), bool(words & _UP)
    return 0 if down == up else -1 if down else 1


_FEES = frozenset("fee fees commission charge charges".split())
_TAKERS = frozenset("take takes took taken keep keeps kept deduct deducts deducted charge charges charged".split())
_RECEIVED = frozenset("receive received receives get gets got keep left net".split())
_ASKER = frozenset("i we me us my our".split())


def _received(asked: list[str]) -> bool:
    """'I receive how much?', 'what's left for me': what the asker is left with; 'how much does the bank get' asks
    the fee's taker, not the one it is taken from."""
    said = set(asked)
    return bool(said & _RECEIVED) and bool(said & _ASKER)


def _fee_taken(given: Given) -> bool:
    """'bank take 2.5% fee', 'the agent keeps 15% commission': a fee someone takes, which lowers what the one paid
    receives and raises what the one paying pays; the question says whose amount is asked."""
    words = (*given.before[-4:], *given.after[:2])
    return bool(_FEES & set(words)) and bool(_TAKERS & set(words))


_COMING = frozenset("will go goes going rise rises increase increases 'll".split())
_PAST = frozenset("rose increased raised went gone was were had after dropped fell cut reduced".split())
_STOPS = frozenset(".!?;")


def _announced(tokens: list[Token], percent: Given, base: Given) -> bool:
    """'My prices go up 8% in January. A full groom is $65 now': a change still to come, said in a sentence of its
    own before the amount it will apply to — not 'after 20% off it costs $48', whose amount is after the change."""
    between = tokens[percent.end : base.start]
    if not any(t.text in _STOPS for t in between):
        return False
    opening = percent.start
    while opening > 0 and tokens[opening - 1].text not in _STOPS:
        opening -= 1
    said = {t.word for t in tokens[opening : percent.end]}
    return bool(said & _COMING) and not said & _PAST


_INCLUSIVE = frozenset("including inc incl inclusive".split())
_TIPS = frozenset("tip tips gratuity".split())
_TAXES = frozenset("vat gst tax".split())


def _stacked_unclear(tokens: list[Token], start: int) -> bool:
    """Two percentages whose order is not said: a tip and a tax on one bill (is the tip on the tax?), or two
    discounts a buyer has 'both' of (one after the other, or added together?)."""
    words = {t.word for t in tokens[start:]}
    return bool(words & _TIPS and words & _TAXES) or "both" in words
