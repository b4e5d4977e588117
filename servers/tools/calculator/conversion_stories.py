"""A unit conversion told inside a little story: 'Our baby was 3.4 kg at birth, my dad wants to know what that is in
pounds', 'Signed up for a half marathon, 13.1 miles. How many km is that?', 'Patient's temp is 38.7 °C, the doctor
wants it in Fahrenheit. What is it?'.

The story names one quantity in a unit and asks for it in another of the same kind ('in pounds', 'into km', 'to
Fahrenheit', 'how many km'); whatever else it says is about who asks and why. So it is read only when that is all
it can be: exactly one number in the whole request, exactly one other unit named and that after the asking words,
and none of the words that would do something to the quantity first ('half', 'more', 'each', 'lost', 'plus') — a
request that changes the quantity is another problem, left to its own reader or declined.
"""

from __future__ import annotations

from servers.tools.calculator.asked_units import unit_named
from servers.tools.calculator.givens import givens_or_none
from servers.tools.calculator.quantities import Measure, Quantity, convert, is_money, known, lookup, show, singular
from servers.tools.calculator.shown_figures import to_sensible_figures
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

CHANGING = frozenset(
    "more less fewer lose lost losing loses gain gained gaining gains add added adding plus minus times each per "
    "every twice double doubled triple tripled half halved quarter third total altogether combined difference extra "
    "another again left remaining remain remains rest now since increase increased decrease decreased longer shorter "
    "heavier lighter bigger smaller faster slower than both all average sum divided split share percent cost costs "
    "price worth buy pay dozen pair couple return back round laps lap trip trips weekly daily monthly but not no "
    "money set timer runs nearest rounded decimal places dp whole significant figures sf uk british imperial english "
    "us american usa australian canadian metric yesterday tomorrow tonight later earlier ago last next usually "
    "normally target goal ideal healthy limit maximum max minimum min should fan conventional gas fraction "
    "fractions square squared sq sqm sqft cubic cubed".split()
)
"""Words that do something to the quantity besides converting it ('half', 'lost', 'but it runs hot'), round it,
name a system of measures ('the UK recipe says 2 pints') or make a length an area ('m²' is 'm squared'): such a
request is not a conversion story."""
_NAMED_EVENTS = frozenset({"marathon", "marathons"})
"""'a half marathon': the 'half' names a race, not half of the quantity."""
_ASKING = frozenset({"in", "into", "to"})
_OF_IT = frozenset("that it this them those these".split())
_EXTENTS = frozenset("far long heavy tall big hot cold warm high wide deep much".split())
_CONVERTING = frozenset("convert converted converting turn change express".split())
_TEMPERATURE_LETTERS = {"c": "celsius", "f": "fahrenheit", "k": "kelvin"}


def solve_conversion_story(tokens: list[Token], start: int) -> Solution | None:
    """The one quantity of the story in the one unit it asks for; None when the request is not such a story."""
    givens = givens_or_none(tokens, start)
    if givens is None or not 1 <= len(givens) <= 2:
        return None
    given = givens[-1]
    said = (givens[0].start, givens[0].end)  # 'says 200 g ... How much is 200 g in ounces?': said again
    if len(givens) == 2 and givens[0].quantity != given.quantity:
        return None
    source = given.quantity.measure
    if source is None or is_money(source) or given.quantity.percent:
        return None
    if any(t.kind in ("number", "currency", "clock", "date", "ordinal") for t in tokens[:start]):
        return None  # a number set aside with the question words is still a number of the request
    span = (given.start, given.end)
    if _changed(tokens, start, span, said, systems=source.dimension in _SYSTEM_DIMENSIONS):
        return None
    targets = _units_named(tokens, start, span, said, source)
    if targets is None or len(targets) != 1:
        return None
    asked = targets[0]
    if asked.key != source.key or (asked.name, asked.per) == (source.name, source.per):
        return None
    if _other_goods_asked(tokens, start, span):
        return None  # '3.5 kilo baharat ... how many gram cinnamon': a part of the mix, not the whole converted
    value = convert(given.quantity.value, source, asked)
    before = Quantity(given.quantity.value, source)
    shown = Quantity(value, asked)
    expression = f"{show(before, exact=True)} in {asked.label()}"
    solution = answer_for(shown, "unit conversion", expression, [f"{expression} = {show(shown, exact=True)}"])
    return to_sensible_figures(solution, value, given.quantity.value)


def _changed(tokens: list[Token], start: int, span: tuple[int, int], said: tuple[int, int], *, systems: bool) -> bool:
    """Whether a word outside the quantity does something to it ('half of 13.1 miles'), or the request has sums.
    A system of measures ('American') changes only a volume or a weight in tons; of a temperature or a length it
    says why the unit is wanted, and so may a 'but' clause that says nothing else ('but the recipe is American')."""
    for k in range(start, len(tokens)):
        token = tokens[k]
        if span[0] <= k < span[1] or said[0] <= k < said[1]:
            continue
        if token.kind == "symbol" and token.text in ("+", "*", "×", "=", "%", "^"):
            return True
        if token.word in _SYSTEMS and not systems:
            continue
        if token.word == "but" and not systems and _only_why(tokens, k + 1):
            continue
        if token.word == "now" and tokens[k - 1].word == "right":
            continue  # 'it says -4 °F right now': when it was read, not a change since
        if _when(tokens, k):
            continue  # 'did 1,284 miles last month': when the quantity was measured, not a change to it
        if token.word in CHANGING and not (token.word == "half" and tokens[k + 1].word in _NAMED_EVENTS):
            return True
    return False


_WHEN = frozenset("last this next past".split())
_PERIODS = frozenset("day week weekend fortnight month year night".split())


def _when(tokens: list[Token], k: int) -> bool:
    """'last month', 'this week': a when-word and a period with no number between them (the 'last 3 months' is a
    stretch of time a sum may use)."""
    return tokens[k].word in _WHEN and tokens[k + 1].word in _PERIODS


_SYSTEMS = frozenset("uk british imperial english us american usa australian canadian metric".split())
_SYSTEM_DIMENSIONS = frozenset({"volume", "mass"})
"""What a system of measures changes: a US pint or cup is not a UK one, nor a US ton a UK one."""


def _only_why(tokens: list[Token], k: int) -> bool:
    """'but my mum's recipe is American.': a clause to its sentence's end with no number and no word that changes
    a quantity besides a system's name."""
    while tokens[k].kind != "end" and tokens[k].text not in (".", "?", "!", ";", ",", "-", "—"):
        if tokens[k].kind != "word" or tokens[k].word in CHANGING and tokens[k].word not in _SYSTEMS:
            return False
        k += 1
    return True


def _units_named(
    tokens: list[Token], start: int, span: tuple[int, int], said: tuple[int, int], source: Measure
) -> list[Measure] | None:
    """The units named outside the quantity, each after asking words ('in pounds', 'how many km'); None when a unit
    is named anywhere else or of another kind (a story that measures something else too). A unit asked may be
    named before it is asked ('my scale only does ounces. How much is 200 g in ounces?')."""
    found: list[Measure] = []
    mentioned: list[Measure] = []
    k = start
    while tokens[k].kind != "end":
        if span[0] <= k < span[1] or said[0] <= k < said[1] or tokens[k].kind != "word":
            k += 1
            continue
        if k > 0 and _when(tokens, k - 1):
            k += 1  # 'last month' says when, it names no unit asked
            continue
        measure, width = _unit_at(tokens, k, source)
        if measure is None:
            k += 1
            continue
        if measure.key != source.key:
            return None
        asked = _asked_at(tokens, k, span) or _asked_after(tokens, k, span)
        listed = found if asked else mentioned
        if measure not in listed:
            listed.append(measure)
        k += width
    return found if all(m in found for m in mentioned) else None


def _asked_at(tokens: list[Token], k: int, span: tuple[int, int]) -> bool:
    """The unit at ``k`` is asked for the quantity: 'how many km is that', or after 'in', 'into' or 'to' said of it
    ('what's that in pounds', 'wants it in Fahrenheit', 'turn that into celsius'), not of something else ('my target
    is in stone')."""
    if k > 1 and tokens[k - 1].text == "°":
        k -= 1  # 'in °C': the degree sign opens the unit's name
    before = tokens[k - 1].word if k > 0 else ""
    if k > 1 and tokens[k - 2].word == "how" and before in ("many", "much"):
        return True
    if before not in _ASKING:
        return False
    if any(t.word in _OF_IT for t in tokens[max(0, k - 4) : k - 1]):
        return True
    named = k
    if tokens[k - 2].text in (")", ",") and span[1] == k - 2 and span[0] > 0 and tokens[span[0] - 1].text in "(,":
        named = span[0]  # 'how far is a marathon (26.2 miles) in km': the quantity set off beside the thing named
    for j in range(named - 3, max(-1, named - 8), -1):  # 'how far is a half marathon in km': the thing named again
        if tokens[j].text in (".", "?", "!", ","):
            break
        if tokens[j].word == "how" and tokens[j + 1].word in _EXTENTS and tokens[j + 2].word in ("is", "are"):
            return True
    j = k - 2
    while j >= 0 and tokens[j].text not in (".", "?", "!"):
        if tokens[j].word in _CONVERTING:
            return True  # 'Convert a marathon, 26.2 miles, into kilometres'
        j -= 1
    return False


def _asked_after(tokens: list[Token], k: int, span: tuple[int, int]) -> bool:
    """The unit at ``k`` asked right after the quantity in a question told indirectly: 'asking what 30 degrees
    Celsius is in Fahrenheit', 'wonders what 5 miles would be in km'."""
    said = tokens[span[1] : k - 1]
    if tokens[k - 1].word not in _ASKING or not 1 <= len(said) <= 2:
        return False
    return [t.word for t in said] in (["is"], ["are"], ["would", "be"], ["comes", "to"], ["works", "out"])


def _unit_at(tokens: list[Token], k: int, source: Measure) -> tuple[Measure | None, int]:
    """The unit named at ``tokens[k]`` and how many tokens name it: 'km/h', 'square feet', 'pounds', 'F'."""
    if tokens[k + 1].text == "/" and tokens[k + 2].kind == "word":
        measure = unit_named(f"{tokens[k].word}/{tokens[k + 2].word}", short=True)
        if measure is not None:
            return measure, 3
    if tokens[k + 1].kind == "word":
        measure = lookup(f"{tokens[k].word} {tokens[k + 1].word}", short=False)
        if measure is not None:
            return measure, 2
    if source.dimension == "temperature" and tokens[k].word in _TEMPERATURE_LETTERS:
        return known(_TEMPERATURE_LETTERS[tokens[k].word]), 1
    return lookup(tokens[k].word, short=False), 1


_AFTER_ASKED = frozenset(
    "is are was were would will do does did that it this these those in to into i we you he she they my our your "
    "his her their me us for per each please exactly roughly approximately about then there".split()
)

_SUBJECTS = frozenset("i we you he she they do does did should must will shall need go goes".split())
"""'how many gram cinnamon I put', 'how many grams cumin do we need': goods named, then who asks about them."""


def _other_goods_asked(tokens: list[Token], start: int, span: tuple[int, int]) -> bool:
    """'how many grams of cinnamon', 'how many gram cumin I put': the unit is asked of goods the request names
    nowhere else, so the quantity converted is not what is asked about."""
    for k in range(start, len(tokens) - 2):
        if tokens[k].word != "how" or tokens[k + 1].word not in ("many", "much"):
            continue
        if tokens[k + 2].kind != "word" or lookup(tokens[k + 2].word, short=False) is None:
            return False
        of = tokens[k + 3].word == "of"
        j = k + 3 + of
        goods = tokens[j]
        if goods.kind != "word" or goods.word in _AFTER_ASKED or lookup(goods.word, short=False) is not None:
            return False
        if not of and tokens[j + 1].word not in _SUBJECTS:
            return False  # 'how many weeks away is that': a word said of the quantity, not goods
        said = {t.word for i, t in enumerate(tokens) if i != j and t.kind == "word"}
        return goods.word not in said and singular(goods.word) not in {singular(w) for w in said}
    return False
