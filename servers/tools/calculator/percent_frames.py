"""One amount and one percentage, in any story: the few things a request can ask of them, told by closed words.

'client wants to tip 20% on a $65 groom, how much is the tip', 'the locksmith's van service is normally £180 but
they knocked 10% off, what did it come to', 'Receipt says 1.250 kr. incl. 25% moms. How much of that is moms?'.
With one amount A (money or a measure, not a count of things nor a stretch of time) and one percentage p, and
nothing else to reckon with, the answer is one of five:

- the part, A × p ('the tip', 'the deposit', 'how much is that' after '2.5% of this month's takings of £18,240');
- A raised by it, A × (1 + p) ('the new rent' when it goes up 4%, 'the total with VAT at 20%', 'add 9% to £2,300');
- A lowered by it, A × (1 − p) ('what did it come to' after '10% off', 'take 17% off £3,200');
- the part already inside A, A × p / (1 + p) ('how much of that is moms' of a price 'incl. 25% moms');
- A without that part, A / (1 + p) ('the price before the tax' of one 'including 10% tax').

Which one is told by the question — the first word in it that names what it asks ('the *VAT* on the bill', 'the
*total* with VAT', 'the price *before* tax') — or, with no question, by an opening command ('add', 'take ...
off'); then by what raises ('up', 'on top', a tax or a tip added), what lowers ('off', 'discount', 'lose') and
what says the part is inside the amount ('£240 incl. VAT') (``percent_words``). Every other word must be a story's
(``inert``) or of a sentence's frame, and the story must leave nothing unsure (``percent_doubts``); words pointing
two ways or nowhere, or a yes-or-no question, decline too. A count of things is left alone: 'how many boys' of
'45% of them are girls' asks the rest, which only the words' meaning tells. The reader is tried after every
other, so it changes no answer another gives.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers, percent_doubts, rounding
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.percent_words import (
    ADDED,
    ASKING,
    BARE,
    BASE,
    CHANGED,
    COMMANDS,
    INSIDE,
    LEADS,
    LOWERS,
    ON_TOP,
    PARTS,
    PER,
    QUESTION,
    RAISES,
    STOPS,
    TAKEN,
    TAKES,
    TAXES,
    TOTALS,
    WITHOUT,
    YES_NO,
    question,
    question_words,
)
from servers.tools.calculator.quantities import Measure, Quantity, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token, tokenize

PROBLEM = "an amount and a percentage"

_NEAR = 4
"""How close after the amount 'incl.' must come to say the amount includes the part ('R8,625.00 which includes')."""
_HOW_MUCH = BARE | CHANGED | PARTS | WITHOUT | INSIDE | {"of"}
"""What may follow 'how much' ('how much is the tip', 'how much of that is VAT', 'how much tip')."""
_ASKED_WITH_COMMAND = BARE | CHANGED | frozenset("tell give show me the new figure".split())
"""A question beside an opening command may only ask for what the command makes ('... and tell me the new total')."""


def solve_unrounded(request: str, written: list[Token]) -> Solution | None:
    """``solve_percent_frame`` on the request without its closing rounding clause, which ``rounding.as_asked``
    honours."""
    clause = rounding.closing_rounding(written)
    if clause is not None:
        written = tokenize(request[: clause.before].rstrip() + " " + request[clause.after :])
    return solve_percent_frame(written)


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
    if measure.dimension == "time" or tokens[amount.end].word == "of":
        return None  # '12 months of rent': the amount measures something else, which is what the change is of
    rate, value = Fraction(percent.quantity.value), Fraction(amount.quantity.value)
    if not 0 < rate <= 10 or value <= 0 or not percent_doubts.accounted(tokens, givens, measure):
        return None
    command = _command(tokens, percent)
    if percent_doubts.unsure(tokens, percent, amount, commanded=command is not None):
        return None
    inside = _inside(tokens, amount, percent)
    how = _how(tokens, percent, inside, command)
    if how is None:
        return None
    said = {t.word for t in tokens if t.kind == "word"}
    asked = set(question_words(tokens))
    lowers = bool(said & LOWERS) or how == "lower"
    raises = bool(said & RAISES) or bool(said & ADDED and not inside) or how == "raise"
    if how in ("raise", "lower", "changed"):
        if inside or lowers == raises or (lowers and rate >= 1) or (raises and asked & TAKEN):
            return None  # the total of what includes it is itself; both ways or neither: which way is not said
        if _rate(tokens, amount) and asked & TOTALS:
            return None  # '£25 an hour ... what's the total?': a total over a stretch that is not said
        how = "lower" if lowers else "raise"
    elif how in ("without", "inside") and (not inside or lowers):
        return None  # 'before the discount' of a price with nothing said to be inside it: the amount as said
    elif how == "part" and said & TAXES and not (said & ON_TOP or any(t.text == "+" for t in tokens)):
        return None  # 'Takings were £1,440 and VAT is 20%. How much VAT is that?': in the takings or on top?
    return _solution(how, value, rate, measure)


def _how(tokens: list[Token], percent: Given, inside: bool, command: str | None) -> str | None:
    """What is asked: by the question, and by an opening command when the question asks nothing of its own."""
    start, end = question(tokens)
    if command is None:
        return _asked(tokens, percent, inside)
    if start == end or tokens[start].word not in QUESTION:
        return command  # 'Add 9% to £2,300 to get next year's price.', '... and give me the new total?'
    words = set(question_words(tokens))
    if not words <= _ASKED_WITH_COMMAND or (_asked(tokens, percent, inside) or "changed") != "changed":
        return None  # 'take 15% off $2,400, how much was taken off?': the question asks something else
    return command


def _asked(tokens: list[Token], percent: Given, inside: bool) -> str | None:
    """What the question asks, by the first word in it that names something ('the VAT on the bill' asks the VAT),
    or the part of '15% of £360' when it names nothing; None for a yes-or-no question or one naming nothing else.
    A part named must be one the story names too, or the percentage said 'of' the amount ('I add 60% on top. How
    much is the VAT?' never says the 60% is the VAT)."""
    words = question_words(tokens)
    if set(words) & BASE:
        return None  # 'What was the original price?': the amount before a change, which the amount may be
    if not words or (words[0] in YES_NO and words[1:2] != ["you"]) or (words[0] in ASKING and "you" not in words):
        return None  # 'Will the price go up 5% next year?': not a sum to do
    if words[:2] == ["how", "much"] and words[2:3] and words[2] not in _HOW_MUCH:
        return None  # 'How much service did we pay?': what 'how much' names is asked, and it is none of the five
    if any(word in WITHOUT for word in words):
        return "without"  # 'the price before the tax', 'ex VAT': the amount without its part, whatever it is called
    of = tokens[percent.end].word == "of"
    for word in words:
        if word in PARTS:
            if not (of or _told(tokens, word)):
                return None
            return "inside" if inside else "part"
        if word in CHANGED or word in INSIDE or word == "with":
            return "changed"
    if set(words) <= BARE and of:
        return "inside" if inside else "part"  # '... is 2.5% of the takings of £18,240. How much is that?'
    return None


def _rate(tokens: list[Token], amount: Given) -> bool:
    """Whether the amount is a price per something ('£25 an hour', '£145 a night', '$12 per head')."""
    measure = amount.quantity.measure
    return (measure is not None and measure.per is not None) or (
        tokens[amount.end].word in PER and tokens[amount.end + 1].kind == "word"
    )


def _told(tokens: list[Token], word: str) -> bool:
    """Whether the story names ``word`` outside the question, in any form ('a 12% commission ... What's the
    commission?')."""
    start, end = question(tokens)
    return any(t.word.startswith(word) for t in tokens[:start] + tokens[end:])  # 'tipping' names the tip


def _command(tokens: list[Token], percent: Given) -> str | None:
    """'Add 9% to £2,300', 'Please take 17% off £3,200': the way an opening command changes the amount."""
    for token in tokens:
        if token.kind != "word" or token.word not in LEADS:
            break
    else:
        return None
    how = COMMANDS.get(token.word)
    if how == "lower" and token.word in TAKES and tokens[percent.end].word not in ("off", "from", "away"):
        return None  # 'take 15% of £200': the part, asked by the question if at all
    return how


def _inside(tokens: list[Token], amount: Given, percent: Given) -> bool:
    """Whether the request says the amount has the part in it: 'incl.' soon after the amount, before any question
    ('R8,625.00 which includes VAT', '¥980 including 10% tax'), or 'inside'/'included' after the percentage."""
    words = 0
    for token in tokens[amount.end :]:
        if token.word in QUESTION or token.text in STOPS and token.text != ".":
            break
        if token.kind == "word":
            words += 1
            if token.word in INSIDE:
                return True
            if words >= _NEAR:
                break
    after = tokens[percent.end : percent.end + 3]
    return any(t.word in ("inside", "included", "inclusive") for t in after)


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
