"""Unit conversions asked in words: "convert 72 degrees Fahrenheit to Celsius", "26.2 miles in km", "how many
seconds are in a day", "60 mph in km/h", "the parcel weighs 3.5 kg. what's that in pounds?" — units as in units.py,
exact where the factors are.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.expression import Evaluation
from servers.tools.calculator.grammar import NotUnderstood, Parser
from servers.tools.calculator.quantities import Measure, Quantity, add, convert, is_money, lookup, rate, show
from servers.tools.calculator.shown_figures import to_sensible_figures
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_CONVERT_VERBS = ("convert", "change", "turn", "express", "what's", "what", "is")
_INTO = ("to", "into", "in", "as")
_HOW_MANY_JOINERS = [tuple(p.split()) for p in (
    "are there in", "is there in", "there are in", "there is in", "are in", "is in", "in", "is", "are", "make",
    "makes", "make up", "equal",
    "equals", "=", "fit in", "go into")]  # fmt: skip


def solve_conversion(tokens: list[Token], start: int) -> Solution | None:
    """A quantity in one unit expressed in another."""
    parser = Parser(tokens, start, relations=False)
    if parser.take("how", "many") or parser.take("how", "much"):
        target = target_unit(parser)
        if target is None:
            return None
        if not parser.take_any(sorted(_HOW_MANY_JOINERS, key=len, reverse=True)):
            raise parser.fail("'in' and the quantity to convert")
        source = _source(parser, allow_one=True)
    else:
        verb = parser.take("convert") or parser.take("change") or parser.take("turn") or parser.take("express")
        total = not verb and parser.take_any(_TOTAL_OF) is not None
        if not verb and not total:  # 'total of 1 hour 40 minutes and 2 hours in minutes'
            parser.i = _after_subject(tokens, parser.i)
        if not (parser.peek().kind in ("number", "currency") or parser.peek().text == "-"):
            return None
        start_source = parser.i
        together = total or any(t.word in _TOGETHER for t in tokens[start:])
        source = _source(parser, allow_one=False, together=together)
        if source is None or _system_said(tokens, start, (start_source, parser.i), source):
            return None
        _take_extent(parser, source)
        _take_setting(parser)
        _take_pause(parser)  # 'the parcel weighs 3.5 kg. what's that in pounds': the question as a sentence of its own
        wanted = _wanted_clause(parser)
        if wanted is not None:  # '70 kg but the form wants pounds, what's that in lb': the clause names the unit
            parser.take(",")
            if parser.take_any(_WHAT_IN) and _named(target_unit(parser)) != _named(wanted):
                raise parser.fail(f"the unit the request already wants ({wanted.label()})")
            parser.take("please")
            if not parser.at_end():
                raise parser.fail("nothing more after the unit")
            return _converted(source, wanted)
        elif any(parser.take(first, "how", "many") for first in ("is", "equals", "=")):
            pass
        elif parser.take_any(_WHAT_IN):  # "180 celsius, what's that in fahrenheit"
            pass
        elif parser.take("how", "many") or parser.take("how", "much"):  # "26.2 miles, how many km is that"
            if parser.take_any(_THAT):  # 'how much is that in lb': the unit comes last
                parser.take("in")
            target = target_unit(parser)
            if target is None or not parser.take_any(_THAT) and not parser.at_end():
                raise parser.fail("the unit wanted")
            parser.take("please")
            if not parser.at_end():
                raise parser.fail("nothing more after the unit")
            return _converted(source, target)
        elif not parser.take_any([(w,) for w in _INTO]):
            if verb:
                raise parser.fail("'to' and the unit wanted")
            return None
        target = target_unit(parser)
        if target is None:
            if verb or tokens[start_source].kind != "currency":
                raise parser.fail("a unit to convert to")
            return None
    if source is None:
        raise parser.fail("a quantity with its unit")
    parser.take("please")
    if not parser.at_end():
        raise parser.fail("nothing more after the unit")
    return _converted(source, target)


_TOTAL_OF = [tuple(p.split()) for p in ("the total of", "total of", "the sum of", "sum of")]
_THAT = [tuple(p.split()) for p in (
    "is that", "is it", "is this", "are those", "are they", "would that be", "would it be", "is that in", "that is",
    "does that make", "does it make", "does that come to", "does that hold", "does it hold", "will that hold",
    "will it hold", "would that hold", "would it hold")]  # fmt: skip
_SUBJECT_VERBS = frozenset(
    {
        "is",
        "are",
        "am",
        "was",
        "were",
        "weighs",
        "weighed",
        "measures",
        "measured",
        "says",
        "reads",
        "shows",
        "at",
        "holds",
        "contains",
    }
)  # "the oven says 180 celsius", "bake at 350F"
_WHAT_IN = [tuple(p.split()) for p in (
    "what's that in", "whats that in", "what is that in", "what's it in", "what is it in", "what's this in",
    "what is this in", "what would that be in", "what does that make in")] + [
    ("how", extent, "is", it, "in")
    for extent in ("far", "long", "tall", "high", "heavy", "hot", "cold", "warm", "big", "wide", "deep")
    for it in ("that", "it", "this")
]  # fmt: skip


_CLAUSE_WORDS = 3
_WANTS = frozenset("wants want needs need uses use asks expects takes".split())


def _wanted_clause(parser: Parser) -> Measure | None:
    """'but the form wants pounds', 'and my oven uses fahrenheit': a clause after the quantity naming the unit it
    is wanted in — up to three words for who wants it, a verb of wanting, and the unit."""
    paused = parser.tokens[parser.i - 1].text == "," and parser.peek().word in ("my", "our")
    if not parser.at("but") and not parser.at("and") and not paused:
        return None  # ', my oven is in Celsius': a pause joins the clause as 'but' does
    j = parser.i + (not paused)
    while j < parser.i + 1 + _CLAUSE_WORDS and parser.tokens[j].kind == "word" and parser.tokens[j].word not in _WANTS:
        if parser.tokens[j].word in ("is", "are"):
            break
        j += 1
    if parser.tokens[j].word in ("is", "are") and parser.tokens[j + 1].word == "in" and j > parser.i + 1:
        pass  # 'but my oven is in Fahrenheit': what it is read in is what it wants
    elif parser.tokens[j].word not in _WANTS or j == parser.i + (not paused):
        return None
    back = parser.i
    parser.i = j + 1
    parser.take("it")
    parser.take("in")
    wanted = target_unit(parser)
    if wanted is not None:
        parser.take_any(_SET_TO)
    if wanted is None:
        parser.i = back
    return wanted


_SET_TO = [tuple(p.split()) for p in (
    ". what should i set it to", ". what should i set it at", ". what do i set it to", ". what do i set it at",
    ". what would that be", ". what is that", ". what's that", ". what is it", ". what's it")]  # fmt: skip
"""The question after a clause naming the unit wanted: the quantity told, set or read in that unit."""


def _named(measure: Measure | None) -> tuple[str, str] | None:
    return None if measure is None else (measure.name, measure.dimension)


_EXTENTS = {
    "length": frozenset("tall long high wide deep away across thick".split()),
    "mass": frozenset({"heavy"}),
}
"""The adjective a measure can be said with: '5 feet 10 inches tall', '3 miles away', '80 kg heavy'."""


def _take_extent(parser: Parser, source: Quantity) -> None:
    """Past an adjective that only says what the quantity measures ('tall' after a length): it changes nothing; and
    past what a weight or length is of ('25 lb of potatoes in kg'): one or two plain words, then the unit asked."""
    if source.measure is not None and source.measure.per is None:
        if parser.peek().word in _EXTENTS.get(source.measure.dimension, ()):
            parser.i += 1
        elif parser.peek().word == "of" and source.measure.dimension in ("mass", "length"):
            for width in (1, 2):
                said = parser.tokens[parser.i + 1 : parser.i + 1 + width]
                if all(t.kind == "word" and _stuff(t.word) for t in said) and _asked_next(parser, width + 1):
                    parser.i += width + 1
                    return


def _stuff(word: str) -> bool:
    return word.isalpha() and word not in CHANGES and lookup(word, short=False) is None


def _asked_next(parser: Parser, ahead: int) -> bool:
    """Whether the unit asked ('in', 'into', 'to') or a pause before the question comes ``ahead`` tokens on."""
    after = parser.tokens[parser.i + ahead]
    return after.word in ("in", "into", "to") or after.text in (",", "?", ".")


def _after_subject(tokens: list[Token], i: int) -> int:
    """Past what a quantity is said of, when up to three words and a verb come before it: 'a marathon is 26.2
    miles'. The words name the thing; they change nothing in the conversion."""
    if tokens[i].word in ("it's", "its", "that's", "i'm", "im", "he's", "she's", "we're", "they're") and (
        tokens[i + 1].kind == "number"
    ):
        return i + 1  # "it's 30 degrees celsius": the weather, not a thing named
    j = i
    while j < i + _SUBJECT_WORDS and tokens[j].kind == "word" and tokens[j].word.replace("'", "").isalpha():
        word = tokens[j].word
        if word in _SUBJECT_VERBS and (word in _COPULAS or tokens[j + 1].kind in ("number", "currency")):
            break  # 'the scale at the clinic says 84 kg', 'the label says the bag holds 2.5 kg': read on to the amount
        if word == "to" and tokens[i].word in _SETTING and j > i and tokens[j + 1].kind == "number":
            break  # 'preheat the oven to 425 F', 'set the thermostat to 20 C': what it is set to
        if j >= i + 3 and word in CHANGES:
            break
        j += 1
    if tokens[j].word in _COPULAS and tokens[j + 1].word in _SET and tokens[j + 2].word in ("to", "at"):
        if j > i and tokens[j + 3].kind == "number":
            return j + 3  # 'my oven is set to 180 C': what the dial is set to
    setting = tokens[j].word == "to" and tokens[i].word in _SETTING
    if j > i and (tokens[j].word in _SUBJECT_VERBS or setting) and tokens[j + 1].kind in ("number", "currency"):
        return j + 1
    if j > i and tokens[j - 1].word in ("a", "an") and tokens[j].kind == "number":
        if j - 1 == i or tokens[j - 2].word in _HAVING:
            return j  # "I've got a 5 gallon water butt": what is had, sized by the amount
    if j + 4 >= len(tokens):
        return i
    said = tokens[j + 1].word  # 'the recipe is British and says 180 C': what the thing is, then what it says
    if j > i and tokens[j].word in ("is", "are", "was", "were") and said.isalpha() and said not in CHANGES:
        if lookup(said, short=False) is None and tokens[j + 2].word == "and" and tokens[j + 3].word in _SUBJECT_VERBS:
            return j + 4 if tokens[j + 4].kind in ("number", "currency") else i
    return i


_COPULAS = frozenset("is are am was were".split())
_HAVING = frozenset("got have has bought buy own owns need needs using use".split())
_SETTING = frozenset("preheat heat set turn warm".split())
_SET = frozenset("set preheated heated turned".split())
"""Verbs of setting a dial, opening what the quantity is said of: 'preheat the oven to 425 F'."""
_SUBJECT_WORDS = 5  # 'the forecast for Florida says 68 F': a thing named with where or whose it is


_SYSTEMS = frozenset("uk british english imperial us american australian canadian metric".split())
_BY_SYSTEM = frozenset("pint gallon quart fluid ounce cup ton tablespoon teaspoon".split())
"""Units whose size depends on the country's system: a 'UK recipe' says 2 UK pints, not 2 US pints."""


def _system_said(tokens: list[Token], start: int, span: tuple[int, int], source: Quantity) -> bool:
    measure = source.measure
    if measure is None or not set(measure.name.split()) & _BY_SYSTEM:
        return False
    outside = tokens[start : span[0]] + tokens[span[1] :]  # said of the thing, not of the unit ('2 UK pints')
    return any(t.word in _SYSTEMS for t in outside)


_PAUSES = frozenset({",", ".", ";", ":", "—", "–", "!"})


def _take_pause(parser: Parser) -> None:
    """Past the pause between the quantity and the question about it: a comma, a full stop or an ellipsis, a
    semicolon or colon, or a dash ('the limit is 70 mph — what is that in km/h'). A hyphen is a pause only before
    a word ('70 mph - what's that'): before a number it is a minus sign."""
    if parser.peek().text == "-" and parser.peek(1).kind == "word":
        parser.i += 1
        return
    if parser.peek().text in (".", "!"):
        while parser.peek().text in (".", "!"):  # 'is 25 km/h... what's that in mph', 'on the descent!!'
            parser.i += 1
        return
    if parser.peek().text in _PAUSES:
        parser.i += 1


def _take_setting(parser: Parser) -> None:
    """Past up to three words saying when or where the quantity was measured, before the question as a sentence
    of its own ('the baby weighed 3.5 lb at birth. what is that in kg'): no unit, number or word that could
    change the arithmetic, and a question about 'that' after them."""
    tokens = parser.tokens
    j = parser.i
    while j < parser.i + 3 and tokens[j].kind == "word" and tokens[j].word.isalpha():
        if tokens[j].word in CHANGES or lookup(tokens[j].word, short=False) is not None:
            return
        j += 1
    dash = tokens[j].text == "-" and tokens[j + 1].kind == "word"  # 'a 3 kg turkey - what's that in pounds'
    if j == parser.i or tokens[j].text not in _PAUSES and not dash:
        return
    back = parser.i
    parser.i = j + 1
    while tokens[parser.i].text in (".", "!") and tokens[j].text in (".", "!"):
        parser.i += 1  # 'on the descent!! what's that in km/h'
    if not (any(parser.at(*ask) for ask in _WHAT_IN) or parser.at("how", "many") or parser.at("how", "much")):
        parser.i = back
        return
    parser.i = j


def _source(parser: Parser, *, allow_one: bool, together: bool = False) -> Quantity | None:
    if allow_one and (parser.take("a") or parser.take("an") or parser.take("one")):
        measure = parser.unit(short=False)  # "how many seconds in a day"
        if measure is None:
            raise parser.fail("a unit")
        return Quantity(Fraction(1), measure)
    node = parser.unary()
    q = Evaluation().value(node)
    if q.measure is None or q.percent:
        return None
    if not allow_one and q.measure.per is None and _adds_on(parser, together):
        total = _sum_of_measures(parser, q, together)  # '2 hours 15 minutes plus 1 hour 50 minutes, in minutes'
        if total is not None:
            return total
    return q


_ADDING = frozenset({"+", "plus"})
_TOGETHER = frozenset("total altogether together combined add added adding sum".split())
"""Words that make 'and' between amounts a sum ('the total of 2 kg and 300 g'); without them 'holds 2.5 kg and 3 kg'
may be two things, and is not added up."""


def _adds_on(parser: Parser, together: bool) -> bool:
    """A sum of amounts of one kind follows: '+ 2 h 45 min', 'plus 40 minutes' (a number right after the word)."""
    here = parser.peek()
    adding = here.text in _ADDING or here.word in _ADDING or together and here.word == "and"
    return adding and parser.peek(1).kind == "number"


def _sum_of_measures(parser: Parser, first: Quantity, together: bool) -> Quantity | None:
    """``first`` and the amounts added after it ('plus 40 minutes', '+ 2 h 45 min', 'and 2 hours 35 minutes'), when
    every one is an amount of the same kind with its own unit; otherwise the parser is left where it was and None
    returned ('2 hours plus 5': five of what is not said)."""
    back = parser.i
    total = first
    assert first.measure is not None
    try:
        while _adds_on(parser, together):
            parser.i += 1
            term = Evaluation().value(parser.unary())
            if term.measure is None or term.percent or term.measure.per is not None:
                raise ToolInputError("an amount with no unit of its own")
            if term.measure.dimension != first.measure.dimension or first.measure.dimension == "temperature":
                raise ToolInputError("amounts of different kinds")
            total = add(total, term)
    except (NotUnderstood, ToolInputError):
        parser.i = back
        return None
    return total


def wanted_unit(tokens: list[Token], start: int) -> tuple[list[Token], Measure] | None:
    """A request ending in the unit its answer is wanted in ('... how fast is that in km/h'): the request without
    that ending, and the unit; None when it does not end so."""
    for k in range(len(tokens) - 2, start, -1):
        if tokens[k].word in ("in", "into") and tokens[k - 1].kind != "number":
            parser = Parser(tokens, k + 1, relations=False)
            try:
                measure = target_unit(parser)
            except NotUnderstood:
                return None
            if measure is not None and parser.at_end():
                return [*tokens[:k], Token("end", "", tokens[k].start)], measure
            return None
    return None


def target_unit(parser: Parser) -> Measure | None:
    """The unit wanted, at the parser's cursor: 'km', 'miles per hour', 'km/h' (read past when found)."""
    measure = parser.unit(short=True)
    if measure is None:
        return None
    if measure.per is None and (parser.take("per") or parser.take("/") or parser.take("an") or parser.take("a")):
        per = parser.unit(short=True)
        if per is None:
            raise parser.fail("a unit after 'per'")
        measure = rate(measure, per)
    return measure


def _converted(source: Quantity, target: Measure) -> Solution:
    assert source.measure is not None
    if is_money(source.measure) or is_money(target):
        if source.measure != target:
            raise ToolInputError("I have no exchange rates offline, so I can't convert between currencies")
    if _top_of_rate(source.measure, target):  # '150 litres a day in US gallons': gallons a day
        assert source.measure.per is not None
        target = rate(target, source.measure.per)
    value = convert(source.value, source.measure, target)
    result = Quantity(value, target)
    if source.measure.dimension == "temperature":
        steps = [f"{show(source, exact=True)} in {target.label()} = {show(result, exact=True)}"]
    else:
        factor = source.measure.factor / target.factor if source.measure.per is None else None
        how = f" × {numbers.format_number(factor)}" if factor is not None else ""
        steps = [f"{show(source, exact=True)}{how} = {show(result, exact=True)}"]
    solution = Solution(show(result), value, "unit conversion", f"{show(source, exact=True)} in {target.label()}",
                        steps, target.label(value))  # fmt: skip
    if isinstance(value, Fraction) and not numbers.terminates(value) and len(str(value)) <= 40:
        solution.exact = str(value)
    if lookup("year") == source.measure or lookup("year") == target:
        solution.notes.append("a year is taken as 365.25 days (say 'leap year' for 366)")
    return to_sensible_figures(solution, value, source.value)


def _top_of_rate(source: Measure, target: Measure) -> bool:
    """A unit asked for what a rate is an amount of ('150 litres a day ... how many US gallons'): the rate is
    converted in its top and keeps its period, as the user said it."""
    return (
        source.per is not None
        and target.per is None
        and source.dimension == target.dimension
        and source.dimension != "temperature"
        and not is_money(target)
    )
