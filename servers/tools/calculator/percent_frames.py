"""One amount and one percentage, in any story: the few things a request can ask of them, told by closed words.

'client wants to tip 20% on a $65 groom, how much is the tip', 'the locksmith's van service is normally £180 but
they knocked 10% off, what did it come to', 'Receipt says 1.250 kr. incl. 25% moms. How much of that is moms?'.
With one amount A (money or a measure, not a count of things) and one percentage p, and nothing else to reckon
with, the answer is one of five:

- the part, A × p ('the tip', 'the deposit', 'how much is that' after '2.5% of this month's takings of £18,240');
- A raised by it, A × (1 + p) ('the new rent' when it goes up 4%, 'the total with VAT at 20%', 'add 9% to £2,300');
- A lowered by it, A × (1 − p) ('what did it come to' after '10% off', 'take 17% off £3,200');
- the part already inside A, A × p / (1 + p) ('how much of that is moms' of a price 'incl. 25% moms');
- A without that part, A / (1 + p) ('the price before the tax' of one 'including 10% tax').

Which one is told by closed lists of words: an opening command ('add', 'take ... off'), or else the first word of
the question that names what it asks ('the *VAT* on the bill', 'the *total* with VAT', 'the price *before* tax'),
and then what raises ('up', 'on top', a tax or a tip added), what lowers ('off', 'discount', 'lose') and what says
the part is inside the amount ('£240 incl. VAT'). Every other word of the request must be a story's (``inert``) or
of a sentence's frame; a word that could change the arithmetic another way ('each', 'split', 'half', 'rest', a
second unit or period) leaves the request to the decline, and so do words pointing two ways, or nowhere, and a
yes-or-no question. A count of things is left alone: 'how many boys' of '45% of them are girls' asks the rest,
which only the words' meaning tells. The reader is tried after every other, so it changes no answer another gives.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import Measure, Quantity, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

PROBLEM = "an amount and a percentage"

_LOWERS = frozenset(
    "off discount discounted discounts reduction reduced reduce reduces knock knocked knocks knocking less minus "
    "down drop drops dropped fall falls fell decrease decreased decreases lose loses losing lost deduct deducted "
    "deducts deduction markdown cheaper".split()
)
"""Words that take the percentage off the amount."""
_RAISES = frozenset(
    "increase increased increases increasing up rise rises rising rose raise raised raises raising add added adds "
    "adding plus extra premium uplift markup grow grows grew top".split()
)
"""Words that put the percentage on the amount ('on top' by its last word)."""
_ADDED = frozenset(
    "tip tips tipping tipped gratuity vat tax taxes gst hst pst qst iva tva moms kdv mwst ppn sst surcharge".split()
)
"""What is charged on top of an amount, unless the amount is said to include it."""
_TAXES = _ADDED - {"tip", "tips", "tipping", "tipped", "gratuity"}
"""Charges an amount may or may not include: a tip is always on top, a tax only when the request says so."""
_ON_TOP = frozenset("before ex excluding excl exclusive net pre-tax pretax plus add added top extra".split())
"""Words saying the tax is not in the amount yet ('£340 before VAT', 'plus VAT')."""
_PARTS = _ADDED | frozenset(
    "deposit commission fee pension contribution donation pledge prize saving savings discount premium share "
    "royalty bonus levy extra part service".split()
)
"""What the percentage of the amount is called when the question asks for it."""
_INSIDE = frozenset("including incl inc included includes include inclusive inside ttc".split())
"""Words saying the amount has the part in it already ('£240 incl. VAT')."""
_WITHOUT = frozenset("before ex excluding excl exclusive without net ht pre-tax pretax".split())
"""Words asking for the amount without its part ('the price before tax', 'ex VAT')."""
_CHANGED = frozenset(
    "new total final altogether come comes cost costs price rent bill now then after left end gross pay pays "
    "paying".split()
)
"""Words asking for the amount once the percentage is put on or taken off."""
_HEADS = _WITHOUT | _PARTS | _CHANGED | _INSIDE | {"with"}
_BARE = frozenset(
    "how much what what's whats is was it that this so then please pls do does i we you he she they should will "
    "would need to invoice donate give save contribute pledge".split()
)
"""A question that names nothing ('how much is that?', 'how much do we donate?'): it asks the part only of '15% of
£360', and only with verbs of handing a part over ('how much do I get' may ask what is left)."""
_QUESTION = frozenset("how what what's whats how's hows calculate compute tell work figure find".split())
_BASE = frozenset("original previous old initial starting usual usually normal normally full regular".split())
"""Words naming the amount before a change: asked for, the amount said may be the changed one."""
_AFTER = frozenset("after now paid spent".split())
"""Words saying the amount told may already be the changed one, when they come before the question."""
_YES_NO = frozenset("will would is are was were does do did should shall has have".split())
_ASKING = frozenset("can could would will".split())  # 'can you ...': a request, not a yes-or-no question
_COMMANDS = {"add": "raise", "increase": "raise", "raise": "raise", "put": "raise", "apply": "raise",
             "take": "lower", "knock": "lower", "reduce": "lower", "decrease": "lower", "deduct": "lower",
             "subtract": "lower", "remove": "lower"}  # fmt: skip
_TAKES = frozenset("take knock remove".split())
_LEADS = frozenset("please pls kindly can could would you just so ok okay hi hello hey quick one".split())
_FRAME = frozenset(
    "the my our your his her their its this that these those some i we you he she it they me us them is are was "
    "were be been being am do does did done have has had will would can could should may might must to of in on "
    "at for from by with about into as than then so and or but if when where while because there here what which "
    "who how why also please pls plz thanks thank cheers what's whats how's hows it's i'm im we're i'd i've "
    "quick question much a an only just get gets got pay pays paid charge charges charged want wants give gives "
    "giving gave given need needs going goes normally usually currently full original current old previous "
    "initial starting rate amount bulk wholesale retail trade member members membership student students senior "
    "seniors pensioner pensioners concession loyalty sale offer offers deal deals kindly hi hello hey ok okay "
    "one value out whole taken take takes took taking".split()
)
"""The words that hold a sentence together, and words of paying, asking and describing the amount that change
nothing among the five answers."""
_WHEN = frozenset("this last next that".split())
_PER = frozenset("per a an every each".split())
_PERIODS = {"hourly": "hour", "daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month",
            "yearly": "year", "annual": "year", "annually": "year"}  # fmt: skip
_STOPS = frozenset(".?!;")
_NEAR = 4
"""How close after the amount 'incl.' must come to say the amount includes the part ('R8,625.00 which includes')."""


def solve_percent_frame(tokens: list[Token]) -> Solution | None:
    """The one value the request's words ask of its one amount and one percentage, or None when they do not
    say which, or say anything this frame cannot account for."""
    givens = givens_or_none(tokens, 0, 2)
    if givens is None:
        return None
    percent, amount = sorted(givens, key=lambda g: not g.quantity.percent)
    measure = amount.quantity.measure
    if not percent.quantity.percent or amount.quantity.percent or measure is None or amount.noun:
        return None
    rate, value = Fraction(percent.quantity.value), Fraction(amount.quantity.value)
    if not 0 < rate <= 10 or value <= 0 or not _accounted(tokens, givens, measure):
        return None
    said = {t.word for t in tokens if t.kind == "word"}
    inside = _inside(tokens, amount, percent)
    command = _command(tokens, percent)
    if command is None and _changed_already(tokens, amount):
        return None  # 'After a 20% discount the jacket cost £48': the amount may be the changed one
    how = command or _asked(tokens, percent, inside)
    if how is None:
        return None
    lowers = bool(said & _LOWERS) or how == "lower"
    raises = bool(said & _RAISES) or bool(said & _ADDED and not inside) or how == "raise"
    if how in ("raise", "lower", "changed"):
        if inside or lowers == raises or (lowers and rate >= 1):
            return None  # the total of what includes it is itself; both ways or neither: which way is not said
        how = "lower" if lowers else "raise"
    elif how in ("without", "inside") and (not inside or lowers):
        return None  # 'before the discount' of a price with nothing said to be inside it: the amount as said
    elif how == "part" and said & _TAXES and not (said & _ON_TOP or any(t.text == "+" for t in tokens)):
        return None  # 'Takings were £1,440 and VAT is 20%. How much VAT is that?': in the takings or on top?
    return _solution(how, value, rate, measure)


def _solution(how: str, value: Fraction, rate: Fraction, measure: Measure) -> Solution:
    whole = show(Quantity(value, measure))
    pct = numbers.format_number(rate * 100)
    part = Quantity(value * rate, measure)
    if how == "part":
        steps = [f"{pct}% of {whole} = {show(part)}"]
        return answer_for(part, PROBLEM, f"{whole} * {pct}%", steps)
    if how in ("raise", "lower"):
        result = Quantity(value + part.value if how == "raise" else value - part.value, measure)
        sign = "+" if how == "raise" else "−"
        steps = [f"{pct}% of {whole} = {show(part)}", f"{whole} {sign} {show(part)} = {show(result)}"]
        return answer_for(result, PROBLEM, f"{whole} {'+' if how == 'raise' else '-'} {pct}%", steps)
    without = Quantity(value / (1 + rate), measure)
    inner = Quantity(value - without.value, measure)
    steps = [f"{whole} includes {pct}%: without it {whole} ÷ {numbers.format_number(1 + rate)} = {show(without)}"]
    if how == "without":
        return answer_for(without, PROBLEM, f"{whole} / (1 + {pct}%)", steps)
    steps.append(f"the {pct}% inside it: {whole} − {show(without)} = {show(inner)}")
    return answer_for(inner, PROBLEM, f"{whole} - {whole} / (1 + {pct}%)", steps)


def _accounted(tokens: list[Token], givens: list[Given], measure: Measure) -> bool:
    """Whether every token outside the two givens is a story's word, the sentence's frame, or a word this frame
    reads; a number, a unit or a period of another kind says there is more to reckon with."""
    taken = {i for g in givens for i in range(g.start, g.end)}
    known = _FRAME | _LOWERS | _RAISES | _PARTS | _INSIDE | _WITHOUT | _CHANGED | _QUESTION | set(_COMMANDS)
    period = measure.per.name if measure.per is not None else None
    for i, token in enumerate(tokens):
        if i in taken or token.kind in ("end", "symbol") or token.word in known:
            continue
        if token.kind == "currency" and measure.dimension == f"money {token.value}":
            continue  # 'total £?': the amount's own currency, said again
        if token.kind != "word":
            return False  # another number, a currency, a clock time: something more to reckon with
        word = token.word.removesuffix("'s").removesuffix("’s")
        if "-" in word and all(p in known or inert(Token("word", p, 0)) for p in word.split("-") if p):
            continue  # 'VAT-exclusive', 'pre-tax', 'end-of-season'
        if word in _PERIODS:
            if period != _PERIODS[word]:
                return False  # 'monthly' of an amount that is not a month's: another period asked
            continue
        if word in _WHEN and i + 1 < len(tokens) and _time(tokens[i + 1].word):
            continue  # 'next year's price': when
        unit = lookup(word, short=False)
        if unit is not None and unit.dimension == "time" and i > 0:
            before = tokens[i - 1].word
            if before in _WHEN or (before in _PER and unit.name == period):
                continue  # 'this month's takings', 'per month' of a month's rent: when, or the amount's own period
        if not inert(token):
            return False
    return True


def _inside(tokens: list[Token], amount: Given, percent: Given) -> bool:
    """Whether the request says the amount has the part in it: 'incl.' soon after the amount, before any question
    ('R8,625.00 which includes VAT', '¥980 including 10% tax'), or 'inside'/'included' after the percentage."""
    words = 0
    for token in tokens[amount.end :]:
        if token.word in _QUESTION or token.text in _STOPS and token.text != ".":
            break
        if token.kind == "word":
            words += 1
            if token.word in _INSIDE:
                return True
            if words >= _NEAR:
                break
    after = tokens[percent.end : percent.end + 3]
    return any(t.word in ("inside", "included", "inclusive") for t in after)


def _changed_already(tokens: list[Token], amount: Given) -> bool:
    """Whether the amount may be the one after the change: said 'to' it ('fell 12% to £4,400'), or the story says
    'after', 'now' or what was paid before the question ('I paid £48 after 20% off')."""
    if amount.start > 0 and tokens[amount.start - 1].word == "to":
        return True
    question, _ = _question(tokens)
    return any(t.word in _AFTER for t in tokens[:question])


def _command(tokens: list[Token], percent: Given) -> str | None:
    """'Add 9% to £2,300', 'Please take 17% off £3,200': the way an opening command changes the amount."""
    for token in tokens:
        if token.kind != "word" or token.word not in _LEADS:
            break
    else:
        return None
    how = _COMMANDS.get(token.word)
    if how == "lower" and token.word in _TAKES and tokens[percent.end].word not in ("off", "from", "away"):
        return None  # 'take 15% of £200': the part, asked by the question if at all
    return how


def _asked(tokens: list[Token], percent: Given, inside: bool) -> str | None:
    """What the question asks, by the first word in it that names something ('the VAT on the bill' asks the VAT),
    or the part of '15% of £360' when it names nothing; None for a yes-or-no question or one naming nothing else."""
    start, end = _question(tokens)
    words = [t.word for t in tokens[start:end] if t.kind == "word"]
    if set(words) & _BASE:
        return None  # 'What was the original price?': the amount before a change, which the amount may be
    if not words or (words[0] in _YES_NO and words[1:2] != ["you"]) or (words[0] in _ASKING and "you" not in words):
        return None  # 'Will the price go up 5% next year?': not a sum to do
    words = [part for w in words for part in w.split("-")]  # 'the VAT-exclusive amount'
    if any(word in _WITHOUT for word in words):
        return "without"  # 'the price before the tax', 'ex VAT': the amount without its part, whatever it is called
    for word in words:
        if word in _PARTS:
            return "inside" if inside else "part"
        if word in _CHANGED or word in _INSIDE or word == "with":
            return "changed"
    if set(words) <= _BARE and tokens[percent.end].word == "of":
        return "inside" if inside else "part"  # '... is 2.5% of the takings of £18,240. How much is that?'
    return None


def _question(tokens: list[Token]) -> tuple[int, int]:
    """Where the question is: the last sentence that ends in '?', else the last with a question word; from its
    question word, when it has one, to the sentence's end. Empty, at the end, when no sentence asks anything."""
    starts = [0] + [k + 1 for k, t in enumerate(tokens) if t.text in _STOPS]
    sentences = [(a, b) for a, b in zip(starts, [*starts[1:], len(tokens)], strict=False) if _worded(tokens[a:b])]
    if not sentences:
        return len(tokens), len(tokens)
    asked = [(a, b) for a, b in sentences if tokens[b - 1].text == "?"] or [
        (a, b) for a, b in sentences if any(t.word in _QUESTION for t in tokens[a:b])
    ]
    if not asked:
        return len(tokens), len(tokens)  # a story with no question in it: what it wants is not said
    a, b = asked[-1]
    return next((k for k in range(a, b) if tokens[k].word in _QUESTION), a), b


def _worded(tokens: list[Token]) -> bool:
    return any(t.kind == "word" for t in tokens)


def _time(word: str) -> bool:
    unit = lookup(word.removesuffix("'s").removesuffix("’s"), short=False)
    return unit is not None and unit.dimension == "time"
