"""A conversion asked of the one measure a story tells: 'US supplier's spec says a pallet can be max 2,500 lb. What's
that in kg? Our racking is rated in kilos', 'Captain's just announced we're cruising at 37,000 feet and the little
boy in 3A wants to know what that is in metres', 'Moving the baby grand. It's 5 ft 3 in long and the alcove is
160 cm. What's 5 ft 3 in in centimetres?'.

The question is one of two shapes: about 'that' or 'it' with the unit wanted ('what's that in kg', 'how many cm is
that', 'what that is in metres'), or whole in itself ('what's 93 m in feet?'). Everything else is the story, and
the request is read again as the plain question 'What is <the measure> in <the unit>?' only when the story accounts
for itself in full:

- exactly one measure of the asked kind in another unit (the question's own, or the one 'that' stands for); a
  measure said again, or one already in the asked unit ('the alcove is 160 cm'), is what it is compared with;
- any other number names a thing: a seat or code written onto its letters ('3A', '14C'), a number after what it
  numbers ('car 22', 'gate 12'), or a size written onto its unit before what it sizes ('a run of 15mm copper');
- no word that could change the arithmetic (``CHANGES``: 'each', 'total', 'half', 'round', another 'how' or
  'what' question), no money, and no unit of a third kind.

Anything else keeps the request as it was, and it declines as before.
"""

from __future__ import annotations

from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.expression import Evaluation
from servers.tools.calculator.grammar import NotUnderstood, Parser
from servers.tools.calculator.quantities import Measure, Quantity, is_money, lookup
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_THAT = frozenset("that it this".split())
_ENDS = frozenset({".", "?", "!"})
_CLOSING = frozenset("please exactly then".split())
_NAMING = frozenset(
    "car van truck lorry cab taxi bus route seat row room bed flight gate platform bay table pitch lane unit no "
    "number ward cabin plot house door stand dock locker aisle".split()
)
"""'Driver on car 22', 'seat 14': a number after what it numbers names the thing, it measures nothing."""
_EXTENT = frozenset("tall long high wide deep away across thick heavy hot cold warm far big round".split())
_STORY_ASKS = frozenset("how what whats what's which".split())
_SYSTEMS = frozenset("uk british english imperial us american australian canadian metric states".split())
_BY_SYSTEM = frozenset("pint gallon quart fluid ounce cup ton tablespoon teaspoon".split())
"""Units whose size depends on the country's system, when the story names a system outside the measure."""
_MOVES = frozenset("lost lose loses gained gain gains dropped added adds removed spent used saved grew shrank".split())
"""'lost 5 kg, how many pounds is that?': a change told of the measure may be what is asked of, not the measure."""
_REPEATS = frozenset("lap laps lengths widths circuits reps some several few".split())
"""'jogged some laps', 'swam 30 lengths': the measure done over and over, so the sum is more than the measure."""
_TRIPS = frozenset("trip trips journey journeys walk walks run runs ride rides drive drives flight flights".split())
_POWERS = {"square": ("square", "area"), "sq": ("square", "area"), "cubic": ("cubic", "volume")}
_ROUNDING = frozenset("up down off to it that this".split())
_DEGREES = frozenset({"degrees", "degree", "deg", "degs"})
_OTHER_SCALE = {"fahrenheit": "celsius", "celsius": "fahrenheit"}
"""Bare degrees asked in one scale are of the other: nobody asks what 43 °F is in Fahrenheit."""
_TALK = frozenset("and with before after if then exactly wrong".split())
"""Words that may change a sum elsewhere, but not the one measure a conversion reads: 'get it wrong'."""


def as_plain(text: str, tokens: list[Token]) -> str | None:
    """``text`` as 'What is <the one measure> in <the unit asked>?', or None when it is not one such request."""
    if len(tokens) > 160:
        return None
    asked = _asked(tokens)
    if asked is None:
        return None
    begin, end, target, unit_span, own = asked
    measures: list[tuple[Quantity, int, int]] = []
    named: list[Measure | None] = []  # the units the story names on their own: 'only thinks in feet'
    systems = False
    i = 0
    while i < len(tokens):
        token = tokens[i]
        asking = begin <= i < end
        if asking and i != own:
            i += 1
            continue
        if token.kind in ("currency", "clock", "date") or token.text in ("%", "£", "$", "€"):
            return None
        if token.kind == "word" and not _story_word(tokens, i, target):
            return None
        if token.kind == "word" and token.word in _SYSTEMS:
            systems = True
        elif token.kind == "word" and not token.attached and _named_unit(token) is not None:
            named.append(_named_unit(token))
        if token.kind != "number":
            i += 1
            continue
        if not asking and token.text.lower() == "one" and lookup(tokens[i + 1].word, short=False) is None:
            i += 1  # 'always one bloke who wants it in feet': one of anything multiplies nothing
            continue
        if not asking and _designator(tokens, i):
            i += 2 if tokens[i + 1].attached else 1
            continue
        read = _measure(tokens, i)
        if read is None:
            return None
        quantity, after = read
        assert quantity.measure is not None
        if quantity.measure.dimension == "angle" and target.name in _OTHER_SCALE and tokens[i + 1].word in _DEGREES:
            quantity = Quantity(quantity.value, lookup(_OTHER_SCALE[target.name]))  # 'hit 43 degrees ... in °F'
            assert quantity.measure is not None
        if quantity.measure.key != target.key or quantity.measure.per is not None:
            return None  # '7.5 hours', '5 ml per kg': a measure of another kind is no part of a conversion
        if asking or not _sizes_a_thing(tokens, i, after):
            measures.append((quantity, i, after))
        i = after
    sources = [m for m in measures if not _same_unit(m[0].measure, target)]
    if own is None and len(sources) != len(measures):
        return None  # 'the limit is 23 kilos. How many kg is that?': what 'that' is may be either
    if own is not None:
        if not any(m[1] == own for m in sources):
            return None
        kept = next(m for m in sources if m[1] == own)
        if any((m[0].value, m[0].measure) != (kept[0].value, kept[0].measure) for m in sources):
            return None  # another measure to convert: which one is asked is not said
    else:
        if len(sources) != 1:
            return None
        kept = sources[0]
    said = {_side(m) for m in (kept[0].measure, target) if m is not None}
    if any(_side(m) not in said for m in named if m is not None):
        return None  # 'Mum only understands Fahrenheit ... what is that in Kelvin': a third unit
    if systems and any(set(_side(m).split()) & _BY_SYSTEM for m in (kept[0].measure, target) if m is not None):
        return None  # 'my recipe says 2 pints but it's American': which pint is not the one said
    measure_text = text[tokens[kept[1]].start : _end_of(tokens, kept[2] - 1)]
    if kept[2] == kept[1] + 2 and tokens[kept[1] + 1].word in _DEGREES and target.name in _OTHER_SCALE:
        measure_text = f"{tokens[kept[1]].text} degrees {_OTHER_SCALE[target.name]}"
    unit_text = text[tokens[unit_span[0]].start : _end_of(tokens, unit_span[1] - 1)]
    return f"What is {measure_text} in {unit_text}?"


def _end_of(tokens: list[Token], k: int) -> int:
    return tokens[k].start + len(tokens[k].text)


def _asked(tokens: list[Token]) -> tuple[int, int, Measure, tuple[int, int], int | None] | None:
    """The question: its span, the unit it asks for (and where that is said), and where its own measure opens
    (None when it asks about 'that')."""
    for i, token in enumerate(tokens):
        if token.word in ("what's", "whats", "what"):
            j = i + 1 + (token.word == "what" and tokens[i + 1].word == "is")
            if tokens[i + 1].word in _THAT and tokens[i + 2].word in ("is", "was"):  # 'what that is in metres'
                found = _in_unit(tokens, i + 3)
                own = None
            elif tokens[j].word in _THAT:  # "what's that in kg", "what is it in feet"
                found = _in_unit(tokens, j + 1)
                own = None
            elif tokens[j].kind == "number":  # "what's 93 m in feet"
                read = _measure(tokens, j)
                found = None if read is None else _in_unit(tokens, read[1])
                own = j
            else:
                continue
        elif token.word == "how" and tokens[i + 1].word == "many":
            unit = _unit(tokens, i + 2)
            if unit is None:
                continue
            target, k = unit
            joined = tokens[k].word in ("is", "are", "would", "does") or tokens[k].word.endswith("'s")
            if not joined:
                continue
            helped = tokens[k].word in ("would", "does")  # 'how many cm would that be'
            k += 1
            if tokens[k].word in _THAT:
                k += 1 + (helped and tokens[k + 1].word in ("be", "make"))
                own = None
            elif tokens[k].kind == "number":  # 'how many litres is 120 UK gallons'
                read = _measure(tokens, k)
                if read is None:
                    continue
                own, k = k, read[1]
            else:
                continue
            found = (target, k, (i + 2, unit[1]))
        else:
            continue
        if found is None:
            continue
        target, k, span = found
        while tokens[k].word in _CLOSING:
            k += 1
        if tokens[k].kind != "end" and tokens[k].text not in _ENDS:
            continue
        if is_money(target) or target.per is not None:
            return None
        return i, k, target, span, own
    return None


def _in_unit(tokens: list[Token], k: int) -> tuple[Measure, int, tuple[int, int]] | None:
    if tokens[k].word not in ("in", "into"):
        return None
    unit = _unit(tokens, k + 1)
    return None if unit is None else (unit[0], unit[1], (k + 1, unit[1]))


def _unit(tokens: list[Token], k: int) -> tuple[Measure, int] | None:
    power = _POWERS.get(tokens[k].word)
    if power is not None:  # 'square feet': an area, in the square of a length (only its kind is used here)
        side = _unit(tokens, k + 1)
        if side is None or side[0].dimension != "length":
            return None
        name, dimension = power
        return Measure(f"{name} {side[0].name}", dimension, side[0].factor ** (2 if name == "square" else 3)), side[1]
    parser = Parser(tokens, k, relations=False)
    try:
        measure = parser.unit(short=True)
    except NotUnderstood:
        return None
    return None if measure is None else (measure, parser.i)


def _measure(tokens: list[Token], i: int) -> tuple[Quantity, int] | None:
    """The measure that opens at ``i`` ('2,500 lb', '5 ft 3 in', '250 square metres') and where it ends."""
    parser = Parser(tokens, i, relations=False)
    try:
        quantity = Evaluation().value(parser.unary())
    except (NotUnderstood, ToolInputError):
        return None
    if quantity.percent:
        return None
    if quantity.measure is None:
        unit = _unit(tokens, parser.i)
        if unit is None:
            return None
        quantity, parser.i = Quantity(quantity.value, unit[0]), unit[1]
    if quantity.measure is None or is_money(quantity.measure):
        return None
    if tokens[parser.i].word == "in" and tokens[parser.i - 1].kind == "number" and quantity.measure.name == "foot":
        parser.i += 1  # '5 ft 3 in': the inches are read with the feet, and their word is theirs
    return quantity, parser.i


def _named_unit(token: Token) -> Measure | None:
    measure = lookup(token.word, short=False)
    return None if measure is None or is_money(measure) else measure


def _side(measure: Measure) -> str:
    """The unit's name, or its side's for a square or cubic unit: 'foot' of 'square foot'."""
    return measure.name.removeprefix("square ").removeprefix("cubic ")


def _same_unit(measure: Measure | None, target: Measure) -> bool:
    return measure is not None and (measure.name, measure.factor) == (target.name, target.factor)


def _designator(tokens: list[Token], i: int) -> bool:
    """'3A', '14C' (capitals written onto a small number after 'in' or 'seat'), 'car 22': a name, not a measure."""
    after = tokens[i + 1]
    number = tokens[i].text.replace(",", "")
    if not number.isdigit() or len(number) > 4:
        return False
    before = tokens[i - 1].word if i else ""
    if after.attached and after.kind == "word" and after.text.isupper() and len(after.text) <= 2:
        return after.text not in ("C", "F", "K") or before in ("in", "seat", "row")  # '14C' may be a temperature
    return (before in _NAMING or _proper_name(tokens, i - 1)) and (after.kind != "word" or lookup(after.word) is None)


def _proper_name(tokens: list[Token], k: int) -> bool:
    """'Lift 6', 'Pump 3', 'Field 12': a capitalised word inside a sentence, before a number it names with."""
    if k < 1 or tokens[k].kind != "word" or not tokens[k].text[:1].isupper() or not tokens[k].text.isalpha():
        return False
    if tokens[k].text.isupper() or tokens[k - 1].text in _ENDS or lookup(tokens[k].word, short=False) is not None:
        return False  # 'ID', a sentence's first word, 'Feet 6': not a name
    return tokens[k - 1].kind == "word"


def _sizes_a_thing(tokens: list[Token], i: int, after: int) -> bool:
    """'a run of 15mm copper': a size written onto its unit after 'of', before the thing it names, is the thing's
    name (the bore of a pipe); 'a 3 kg turkey' is a measure of what was bought, and is one to convert."""
    if not i or tokens[i - 1].word != "of" or not tokens[i + 1].attached:
        return False
    word = tokens[after]
    return word.kind == "word" and word.word.isalpha() and word.word not in _EXTENT and word.word not in CHANGES


def _story_word(tokens: list[Token], i: int, target: Measure) -> bool:
    """Whether a word outside the question is only story: no change to a sum, no second question, no third unit."""
    word = tokens[i].word
    if word in _STORY_ASKS:
        return tokens[i + 1].word in _EXTENT  # 'asked how hot it is in Phoenix': what the measure is
    if word == "round":  # 'the picture round has', not 'round it up' or 'to round'
        return tokens[i + 1].word not in _ROUNDING and tokens[i - 1].word not in ("to", "and", "please")
    if word in CHANGES and word not in _TALK or word in _MOVES or word in _REPEATS:
        return False
    if word in ("squared", "cubed"):
        return False
    if word == "back" and tokens[i - 1].word == "and" or word == "return" and tokens[i + 1].word in _TRIPS:
        return False  # 'walked 3 miles there and back', 'a return trip': the measure twice, or once?
    if word in _POWERS:
        return lookup(tokens[i + 1].word, short=False) is not None
    measure = lookup(word, short=False)
    if measure is None or tokens[i].attached:
        return True
    if is_money(measure) or measure.per is not None:
        return False
    said_of = "length" if target.dimension in ("area", "volume") else target.dimension
    return measure.dimension in (target.dimension, said_of)  # 'only thinks in feet' of square feet
