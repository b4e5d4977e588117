"""An amount for so many people (or bars, or servings), asked for another number of them, told as people tell it: 'my
wife's waakye for 10 people uses 1.5 kg rice. for the naming ceremony we expect 45 people. how many kg rice she
need?', 'my recipe is 70 g seaweed powder for 8 bars. for 30 bars how many gram powder?'.

The strict reader of proportions (``proportions``) reads one shape of sentence; this one reads the figures by what
they count, whatever the story says around them. It answers only when the request gives exactly three figures: one
weight or volume, and two counts of the same things (people, bars, workers). The first count is said in the amount's
sentence ('serves 6' counts people); the second comes after it, said as the number wanted ('for 30 bars', 'we expect
45 people', 'we need 30 portions', 'We are 22', 'For a feast of 45 people'), or alone in a sentence for a day
('Tomorrow 210 bowls.'). The question asks 'how many' or 'how much' in the amount's kind of unit (or none) and names
nothing else to count: its words are its own, the things, the amount's stuff ('coconut milk'), and before the count
wanted, the story's. The amount scales with the count: amount × second ÷ first, which the answer says. A word that
could change the sum (a time, 'each', 'per', 'left', 'extra', a percentage) leaves the request to be declined; a
time never scales this way ('4 workers take 6 days' goes the other way)."""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import Measure, Quantity, convert, is_money, lookup, singular
from servers.tools.calculator.question_frame import PARTICLES
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_SCALED = frozenset({"mass", "volume"})
_PEOPLE = frozenset(
    "people person persons pax guest guests worker workers head heads adult adults helpers helper men women "
    "volunteers volunteer shearers pickers visitors".split()
)
"""Nouns of people, who eat alike: 'for 6 people ... for the 15 helpers', '8 men ... 20 shearers'."""
_SPOILERS = frozenset(
    "each per every left over extra more less fewer minus plus except besides already instead twice double doubling "
    "doubled triple tripling tripled quadruple half halve halving halved quarter third percent day days week weeks "
    "hour hours minute minutes month months year years then after before but only spare waste wasted lose lost".split()
)
"""Words that say the amount does not simply scale with the count (a time, a share each, some left or added)."""
_ASKING = (
    frozenset(
        "how many much what quantity of is are do does will would need needs needed must should i we you she he they "
        "it in for the a an to make use used require required take get please pls total buy order".split()
    )
    | PARTICLES
)
"""The question's own words besides the unit, the amount's stuff and the things counted."""
_WANTED = frozenset(
    "for expect expecting expected feed feeding serve serving make making cook cooking need needs fry frying bake "
    "baking prepare preparing".split()
)
"""What says the second count is the one the amount is wanted for: 'for 30 bars', 'we expect 45 people'."""
_TOLD = frozenset("tomorrow today tonight".split())
"""A day the count is told for, alone in its sentence: 'Tomorrow 210 bowls.'"""
_SERVING = frozenset("serves serve feeds feed".split())
_CUE_GAP = 3
_CLAUSE_GAP = 5
_LINKING = frozenset("a an the of our my big whole".split())
_STUFF_WORDS = 3  # 'seaweed powder', 'basmati rice': what an amount is of is named in a few words
_STUFF_ENDS = frozenset("for to and with makes make serves feeds".split())
_ENDS = frozenset({".", "?", "!", ";"})
_FIGURES = frozenset({"number", "currency", "clock", "date", "ordinal"})


_WHEN = frozenset("next this last".split())
_PERIODS = frozenset("week month year day".split())


def _when_told(tokens: list[Token], k: int) -> bool:
    """Whether the word at ``k`` is the period of a 'next week', 'this month': when, not how long."""
    return tokens[k].word in _PERIODS and k > 0 and tokens[k - 1].word in _WHEN


def solve_scaled_amount(tokens: list[Token], start: int) -> Solution | None:
    """The amount for the second count of things, scaled from the amount for the first; None for any other request."""
    figures = [k for k in range(start, len(tokens)) if tokens[k].kind in _FIGURES or tokens[k].text == "%"]
    if len(figures) != 3 or any(tokens[k].kind != "number" for k in figures):
        return None
    said = tokens[start:]
    # ('Next week we are 20 shearers': when the count is told, no time the amount is spread over)
    words = {t.word for k, t in enumerate(said) if t.kind == "word" and not _when_told(said, k)}
    if words & _SPOILERS:
        return None
    read = [(k, *_unit_after(tokens, k)) for k in figures]
    amounts = [(k, measure) for k, measure, _ in read if measure is not None]
    counts = [(k, noun) for k, measure, noun in read if measure is None and noun]
    if len(amounts) != 1 or len(counts) != 2 or not _same_things(counts[0][1], counts[1][1]):
        return None
    [(at, measure)] = amounts
    (first, things), (second, _) = counts
    if _sentence(tokens, first) != _sentence(tokens, at) or second < max(first, at):
        return None  # the count the amount is for is told with it; the count wanted comes after
    if not _wanted(tokens, start, second):
        return None  # ('2 people are vegetarian': some of them, not a number to make it for)
    asked = _asked_unit(tokens, start, measure, {things, counts[1][1]}, stuff=_stuff(tokens, at), wanted=second)
    if asked is None:
        return None
    given, wanted = tokens[first].value, tokens[second].value
    if not given or not wanted or tokens[at].value is None:
        return None
    amount = Fraction(tokens[at].value)
    scaled = numbers.checked(amount * Fraction(wanted) / Fraction(given))
    value = numbers.checked(Fraction(convert(scaled, measure, asked)))
    n = numbers.format_number
    expression = f"{n(amount)} {measure.label(amount)} × {n(wanted)} ÷ {n(given)}"
    steps = [f"{n(amount)} {measure.label(amount)} for {n(given)} {things}: {expression} = "
             f"{n(scaled)} {measure.label(scaled)}"]  # fmt: skip
    if asked != measure:
        steps.append(f"= {n(value)} {asked.label(value)}")
    solution = answer_for(Quantity(value, asked), "proportion", expression, steps)
    solution.notes.append(f"the amount is taken to scale with the number of {things}")
    return solution


def _unit_after(tokens: list[Token], k: int) -> tuple[Measure | None, str]:
    """What the figure at ``k`` measures: a weight or volume unit after it, or the things it counts (their noun)."""
    after = tokens[k + 1]
    if tokens[k - 1].word in _SERVING and (after.kind != "word" or after.word in _STUFF_ENDS):
        return None, "people"  # 'serves 6 with 900 g fish': a dish serves people
    if _we_are(tokens, k) and lookup(after.word) is None:
        return None, "people"  # 'We are 22 at lunch': the people eating
    if after.kind != "word":
        return None, ""
    measure = lookup(after.word)
    if measure is not None:  # a unit: an amount when it weighs or holds, else nothing this reading counts
        scaled = measure.dimension in _SCALED and measure.per is None and not is_money(measure)
        return (measure if scaled else None), ""
    return None, after.word if after.word.isalpha() else ""


def _we_are(tokens: list[Token], k: int) -> bool:
    """'We are 22', "we're 22": the figure at ``k`` counts the people who say it."""
    said = [t.word for t in tokens[max(0, k - 2) : k]]
    return said == ["we", "are"] or said[-1:] == ["we're"]


def _same_things(one: str, other: str) -> bool:
    return singular(one) == singular(other) or one in _PEOPLE and other in _PEOPLE


def _sentence(tokens: list[Token], k: int) -> int:
    """The index where the sentence holding ``tokens[k]`` starts."""
    while k > 0 and tokens[k - 1].text not in _ENDS:
        k -= 1
    return k


def _stuff(tokens: list[Token], at: int) -> set[str]:
    """What the amount is of, in its words: 'rice' in '1.5 kg rice', 'seaweed powder' in '70 g of seaweed powder'."""
    k = at + 2 + (tokens[at + 2].word == "of")
    words: set[str] = set()
    for token in tokens[k : k + _STUFF_WORDS]:
        if token.kind != "word" or not token.word.isalpha() or token.word in _STUFF_ENDS:
            break
        words |= {token.word, singular(token.word)}
    return words


def _wanted(tokens: list[Token], start: int, second: int) -> bool:
    """Whether the count at ``second`` is said as the number the amount is wanted for: after a word that says so
    ('for 30 bars', 'we expect 45 people', 'For a feast of 45 people'), or told alone in its sentence for a day, right
    after the day or 'have' ('Tomorrow 210 bowls.', 'Tomorrow we have 22 people.'), where nothing after the things
    counted says only some of them."""
    before = {t.word for t in tokens[max(start, second - _CUE_GAP) : second]}
    if before & _WANTED or _we_are(tokens, second):
        return True
    k = second - 1
    while (
        k > max(start, second - _CLAUSE_GAP)
        and tokens[k].kind == "word"
        and (inert(tokens[k]) or tokens[k].word in _LINKING)
    ):
        k -= 1
    if tokens[k].word in _WANTED:
        return True  # 'For a feast of 45 people': the count named as what the amount is for
    closes = tokens[second + 2].text in _ENDS or tokens[second + 2].kind == "end"
    return bool(before & _TOLD) and closes and tokens[second - 1].word in _TOLD | {"have"}


def _asked_unit(
    tokens: list[Token], start: int, measure: Measure, things: set[str], *, stuff: set[str], wanted: int
) -> Measure | None:
    """The unit the question asks the amount in (the amount's own when it names none), or None when the question
    asks anything else: another count, another kind of unit, or words this reading does not place. Before the count
    wanted (at ``wanted``), the words of the story that name what it is for pass ('For a feast of 45 people, ...')."""
    end = len(tokens) - 1
    while end > start and (tokens[end - 1].text in _ENDS or tokens[end - 1].kind == "end"):
        end -= 1
    begin = _sentence(tokens, end - 1) if end > start else start
    question = tokens[begin:end]
    said = [t.word for t in question if t.kind == "word"]
    if not ({"how", "what"} & set(said)) or not ({"many", "much", "quantity"} & set(said)):
        return None
    asked: Measure | None = None
    for k, token in enumerate(question, begin):
        if token.kind == "number" or token.text in (",", "?"):
            continue
        if token.kind != "word":
            return None
        word = token.word
        if k < wanted and (inert(token) or word in _LINKING):
            continue
        unit = lookup(word)
        if unit is not None and unit.dimension == measure.dimension and unit.per is None:
            asked = unit
        elif word in things or singular(word) in {singular(t) for t in things} or word in _PEOPLE and things & _PEOPLE:
            continue
        elif word not in _ASKING and word not in stuff and singular(word) not in stuff:
            return None
    return asked or measure
