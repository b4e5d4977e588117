"""Plane and solid figures: area, perimeter, volume and the hypotenuse, from lengths the request names.

* "area of a circle with radius 6 cm" → 113.097335529 square centimeters
* "perimeter of a rectangle 14cm long and 9cm wide" → 46 centimeters
* "volume of a cylinder radius 3 cm height 10 cm" → 282.743338823 cubic centimeters
* "right triangle, legs 9 and 12. how long is the hypotenuse" → 15

A length is named by a word before it ("radius 6", "the base is 8") or after it ("14cm long", "7.5 ft sides"),
or left unnamed where the figure leaves no doubt ("12 m by 7.5 m" for a rectangle). Where a figure needs a
length the request does not name ("a circle 6 cm": radius or diameter?) or does not give, the calculator asks
for it rather than guess. Every word must be a figure, a length, a unit of length or a word of asking; anything
else leaves the request to the other kinds of problem.
"""

from __future__ import annotations

import math
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.figure_things import thing_after_lengths
from servers.tools.calculator.figure_units import figure_answer as _answer
from servers.tools.calculator.figure_units import in_capacity, in_land, in_square, land_asked, powered_asked
from servers.tools.calculator.figure_units import shown_number as _n
from servers.tools.calculator.frames import PUNCTUATION, QUESTION_WORDS
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.quantities import Measure, convert, lookup
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_ASKED = {
    "area": "area", "perimeter": "perimeter", "circumference": "perimeter", "fence": "perimeter",
    "fencing": "perimeter", "volume": "volume", "capacity": "volume", "hypotenuse": "hypotenuse",
}  # fmt: skip
_SHAPES = {
    "rectangle": "rectangle", "rectangular": "rectangle", "oblong": "rectangle", "room": "rectangle",
    "garden": "rectangle", "yard": "rectangle", "field": "rectangle", "lawn": "rectangle", "plot": "rectangle",
    "floor": "rectangle", "square": "square", "circle": "circle", "circular": "circle", "triangle": "triangle",
    "triangular": "triangle", "cylinder": "cylinder", "cylindrical": "cylinder", "box": "box", "cuboid": "box",
    "tank": "box", "cube": "cube", "sphere": "sphere", "ball": "sphere",
}  # fmt: skip
_LENGTHS = {
    "radius": "radius", "diameter": "diameter", "base": "base", "height": "height", "high": "height",
    "tall": "height", "deep": "height", "depth": "height", "long": "length", "length": "length", "wide": "width",
    "width": "width", "side": "side", "sides": "side", "leg": "leg", "legs": "leg", "across": "diameter",
    "edge": "side", "edges": "side",
}  # fmt: skip
_FILLERS = QUESTION_WORDS | frozenset(
    "of with whose when given has having by x * around right angled right-angled other shorter its measures measuring "
    "lengths in are = for need that's thats which hold holds full when fill take takes aquarium pool pond container "
    "patio deck driveway".split()
)
_MARKS = PUNCTUATION | {"*"}  # '140 m × 85 m' reaches here as '140 m * 85 m': the sides, said with a times sign
_SCALING = frozenset("half halves double twice triple quarter third thirds doubled tripled halved".split())
"""Words before a figure that change its size ('half the garden'): never read past as a mere description."""
_COUNTS = frozenset({"two", "three", "both", "all"})  # "the other two sides": how many, not how long
MAX_LENGTHS = 6


class _Missing(Exception):
    """The lengths given are not the ones the figure needs (said once, in ``_solve``, with what it needs)."""


class _Length:
    def __init__(self, value: Fraction, name: str | None) -> None:
        self.value = value
        self.name = name
        self.unit: Measure | None = None


def solve_geometry(tokens: list[Token], start: int) -> Solution | None:
    """Area, perimeter or volume of a named figure, or a right triangle's hypotenuse; None when not one."""
    land, tokens = land_asked(tokens, start)
    asked: set[str] = {_ASKED[t.word] for t in tokens[start:] if t.word in _ASKED} | ({"area"} if land else set[str]())
    reading = _read(tokens, start)
    if reading is None:
        return None
    shapes, lengths, wanted, capacity, around = reading
    asked |= around
    asked |= {"area" if power == 1 else "volume" for power, _ in wanted}  # 'how many square metres': an area
    if capacity is not None:
        asked.add("volume")  # 'how many litres does it hold': a volume, said in litres
    if len(asked) != 1 or len(shapes) > 1 or len(lengths) > MAX_LENGTHS:
        return None
    what = asked.pop()
    shape = shapes.pop() if shapes else _implied(what, lengths)
    if (what, shape) == ("volume", "rectangle") and len(lengths) == 3:
        shape = "box"  # 'a room 2.4 m x 2.1 m x 2.2 m high': a floor's plan with a height is a box
    unit = _common_unit(lengths)
    if wanted and (unit is None or any(w.name != wanted[0][1].name or p != wanted[0][0] for p, w in wanted)):
        return None  # 'in square feet' of lengths in no unit, or two units asked: nothing to convert to
    if any((what, power) not in (("area", 1), ("volume", 2)) for power, _ in wanted):
        return None  # square units of a volume: not a reading to guess at
    solution = _solve(what, shape, lengths, unit)
    if wanted and unit is not None and wanted[0][1].name != unit.name and solution.result is not None:
        return in_square(solution, unit, wanted[0][1], wanted[0][0])  # 'in square metres' of lengths in feet
    if land is not None:
        return in_land(solution, unit, land) if unit is not None and what == "area" else None
    if capacity is not None:
        return in_capacity(solution, unit, capacity) if unit is not None and what == "volume" else None
    return solution


_Reading = tuple[set[str], list[_Length], list[tuple[int, Measure]], Measure | None, set[str]]


def _read(tokens: list[Token], start: int) -> _Reading | None:
    """The figures named, the lengths given with their names, the units asked ('in square metres': power and unit)
    and a unit of capacity asked for ('how many litres'); None at a word no figure uses."""
    shapes: set[str] = set()
    asked: set[str] = set()
    lengths: list[_Length] = []
    wanted: list[tuple[int, Measure]] = []
    capacity: Measure | None = None
    pending: str | None = None  # a length's name said before its number ("radius 6")
    surface = False
    i = _after_subject(tokens, _after_talk(tokens, start))
    while tokens[i].kind != "end":
        token = tokens[i]
        word = token.word
        if token.kind == "number" and token.text.isalpha() and tokens[i + 1].word in (*_LENGTHS, "other", "shorter"):
            i += 1  # "two sides"
            continue
        if token.kind == "number":
            length = _Length(Fraction(token.value), pending)
            pending = None
            i += 1
            unit = lookup(tokens[i].text) if tokens[i].kind == "word" else None
            if unit is not None and tokens[i].word not in _SHAPES:
                if unit.dimension != "length" or unit.per is not None:
                    return None
                length.unit = unit
                i += 1
            if length.name is None and tokens[i].word in _LENGTHS:
                length.name = _LENGTHS[tokens[i].word]  # "14cm long", "7.5 ft sides"
                i += 1
            elif length.name is None and _each_side(tokens, i):
                length.name = "side"  # "20 m on each side", "5 cm a side"
                i += _each_side(tokens, i)
            lengths.append(length)
            continue
        if word == "how" and tokens[i + 1].word in ("long", "big", "large", "many", "much"):
            i += 2
            unit = lookup(tokens[i].text, short=False) if tokens[i].kind == "word" else None
            i += unit is not None and unit.dimension == "length"  # "how many metres of fencing"
            continue
        if (powered := powered_asked(tokens, i)) is not None:
            wanted.append(powered)  # 'volume in m3', 'in m²' (read as 'm cubed', 'm squared'): the unit asked in
            i += 2
            continue
        unit = lookup(tokens[i + 1].text, short=word == "sq") if tokens[i + 1].kind == "word" else None
        if word in ("square", "sq", "cubic") and tokens[i - 1].word in ("in", "many", "area") and unit is not None:
            if unit.dimension != "length" or unit.per is not None:
                return None
            wanted.append((1 if word != "cubic" else 2, unit))  # "in square metres", "area sq m": the unit asked in
            i += 2
            i += 2 if tokens[i].word == "of" and tokens[i + 1].kind == "word" else 0  # "cubic metres of concrete"
            i += tokens[i - 2].word == "of" and _names_stuff(tokens[i].word)  # "square metres of weed membrane"
            continue
        own = lookup(token.text, short=False) if token.kind == "word" else None
        if own is not None and own.dimension == "volume" and tokens[i - 1].word in ("in", "many"):
            if capacity is not None or own.per is not None or "cubic" in own.name:
                return None
            capacity = own  # "how many litres of water does it hold", "its volume in litres"
            i += 3 if tokens[i + 1].word == "of" and tokens[i + 2].kind == "word" else 1
            continue
        if word == "square" and unit is not None:
            return None  # "10 square metres" is an area given, not a square
        if word in _SHAPES and word in _GROUNDS and _shaped_before(tokens, i):
            pass  # 'a round garden pond': the garden says where, the adjective what shape
        elif word in _SHAPES:
            shapes.add(_SHAPES[word])
        elif word == "surface" and tokens[i + 1].word == "area":
            surface = True  # 'the surface area' of a flat figure is its area
        elif word == "round" and tokens[i - 1].word in _DETERMINERS and _plain(tokens[i + 1].word):
            shapes.add("circle")  # 'a round rug': round before the thing it shapes
        elif _throughout(tokens, i):
            i += 3  # '1.5 m deep all the way': the same depth throughout, as a box has
            continue
        elif _round_trip(tokens, i):
            asked.add("perimeter")
            i += _round_trip(tokens, i)
            continue
        elif _after_shape(tokens, i):
            pass  # 'a rectangular vegetable patch', 'a triangular sail': the thing the figure is
        elif thing_after_lengths(tokens, i, _names_thing):
            i += thing_after_lengths(tokens, i, _names_thing)  # 'a 4.5 m by 3.2 m bedroom': which thing is measured
            continue
        elif _setting(tokens, i):
            i = _setting(tokens, i)  # '... 14 cm on my model boat plans.': where the figure is, said after it
            continue
        elif word == "to" and tokens[i + 1].word == "fill":
            pass  # 'how many litres do I need to fill it'
        elif _phrase(tokens, i, _COVERED):
            i += _phrase(tokens, i, _COVERED)  # 'how many square metres of membrane do I need to cover the bottom'
            continue
        elif word in _LENGTHS or word in _ASKED:  # 'the diameter of a circle with a circumference of 2.2': not it
            pending = _LENGTHS.get(word)
        elif not (word in _ASKED or word in _FILLERS or token.text in _MARKS or _describes(tokens, i)):
            return None
        i += 1
    if surface and not shapes <= _FLAT:
        return None  # the surface of a solid is more than one face: not this reading's
    return shapes, lengths, wanted, capacity, asked


_COVERED = (("to", "cover", "it"), ("to", "cover", "the", "bottom"), ("to", "cover", "the", "base"))
_SPEAKERS = frozenset("i we i'm we're im i've we've i'd we'd got".split())  # 'got a round pond': I've got
_GROUNDS = frozenset("room garden yard field lawn plot floor".split())
"""Things a rectangle by default, which a shape said before them makes that shape ('a round garden pond')."""
_FLAT = frozenset({"circle", "rectangle", "square", "triangle"})


def _shaped_before(tokens: list[Token], i: int) -> bool:
    """A shape said as an adjective one or two words before ``tokens[i]`` ('round garden', 'circular back lawn')."""
    return any(i - back >= 0 and tokens[i - back].word in _SHAPE_ADJECTIVES for back in (1, 2))


_TALK = frozenset("to at for".split())
_NOT_TALK = frozenset("around round border edge edges path surround surrounding outside inside inner outer".split())


def _each_side(tokens: list[Token], i: int) -> int:
    return _phrase(tokens, i, (("on", "each", "side"), ("each", "side"), ("a", "side"), ("per", "side"),
                               ("on", "every", "side")))  # fmt: skip


def _after_talk(tokens: list[Token], start: int) -> int:
    """Past who speaks and what they are doing, before the figure ('We're looking at a round rug', 'I need to fence
    a rectangular patch'): a person and up to three plain words, then a figure named with its article. Words for
    a ring around the figure ('a path around', 'the border of') are never passed: they change what is measured."""
    if tokens[start].word not in _SPEAKERS:
        return start
    j = start + 1
    while j < start + 5 and tokens[j].word not in _DETERMINERS:
        word = tokens[j].word
        if word in _NOT_TALK or not (word in _TALK or word in _ASKED or _names_thing(word) or word in _FILLERS):
            return start
        j += 1
    if j + 1 >= len(tokens):  # 'I pick up used books': the talk runs to the end, no figure follows
        return start
    ahead = tokens[j + 1].word
    if tokens[j].word in _DETERMINERS and (ahead in _SHAPES or ahead in _SHAPE_ADJECTIVES):
        return j
    return start


_DETERMINERS = frozenset("a an the my our this that their your his her".split())
_AROUND = (("all", "the", "way", "round"), ("all", "the", "way", "around"), ("all", "round"), ("all", "around"))


def _throughout(tokens: list[Token], i: int) -> bool:
    """'1.5 m deep all the way': a length said to hold throughout; 'all the way round' asks for the perimeter."""
    if not (tokens[i - 1].word in _LENGTHS and all(tokens[i + k].word == w for k, w in enumerate(("all", "the")))):
        return False
    return tokens[i + 2].word == "way" and tokens[i + 3].word not in ("round", "around")


def _round_trip(tokens: list[Token], i: int) -> int:
    """'how many metres of fencing is that all the way round': the length around the figure, its perimeter."""
    return _phrase(tokens, i, _AROUND)


_SHAPE_ADJECTIVES = frozenset("rectangular oblong circular round triangular cylindrical square".split())


def _after_shape(tokens: list[Token], i: int) -> bool:
    """'a rectangular vegetable patch': up to two plain words after a shape adjective name the thing, not its size."""
    for back in (1, 2):
        before = tokens[i - back].word if i - back >= 0 else ""
        if before in _SHAPE_ADJECTIVES:
            return all(_names_thing(tokens[k].word) for k in range(i - back + 1, i + 1))
    return False


def _names_thing(word: str) -> bool:
    return (
        _plain(word)
        and word not in _SCALING
        and word not in _LENGTHS
        and word not in _ASKED
        and word not in _SHAPES
        and word not in _FILLERS
        and word not in CHANGES
        and lookup(word) is None
    )


_PLACES = frozenset("on in at for from".split())


def _setting(tokens: list[Token], i: int) -> int:
    """'on my model boat plans.' after a length, ending its sentence: where the figure is; the index after, or 0."""
    if tokens[i].word not in _PLACES or not any(t.kind == "number" for t in tokens[i - 3 : i]):
        return 0
    j = i + 1
    while j < i + 5 and (tokens[j].word in _DETERMINERS or _names_thing(tokens[j].word)):
        j += 1
    return j if j > i + 1 and tokens[j].text == "." else 0


_SUBJECT_VERBS = frozenset({"is", "measures", "measuring", "has", "that's", "thats"})  # "a bedroom that's 4 m by 3 m"


def _after_subject(tokens: list[Token], start: int) -> int:
    """Past the thing a request opens by naming ('a water trough is', 'the sandpit measures'): which, not how big."""
    j = start
    while j < start + 4 + (tokens[start].word in _DETERMINERS) and tokens[j].kind == "word" and _plain(tokens[j].word):
        word = tokens[j].word
        if word in _SUBJECT_VERBS:
            if word in ("that's", "thats") and any(t.word.endswith("ing") for t in tokens[start:j]):
                return start  # 'Extending a patio that's ...': what is done to it, which ``preambles`` weighs
            return j + 1 if j > start and tokens[j + 1].kind == "number" else start
        if word in _SHAPES or word in _LENGTHS or word in _ASKED or word in _SCALING or lookup(word) is not None:
            return start
        if word in _SHAPE_ADJECTIVES:
            return start
        j += 1
    if j > start + 1 and tokens[start].word in _DETERMINERS and _named_length(tokens, j):
        return j  # 'a raised veg bed 2.4 m long, ...': the thing, then its lengths with no verb between
    return start


def _named_length(tokens: list[Token], j: int) -> bool:
    """A length at ``j`` named by what it measures after its unit ('2.4 m long', '30 cm deep')."""
    if tokens[j].kind != "number" or tokens[j + 1].kind != "word":
        return False
    unit = lookup(tokens[j + 1].text)
    named = tokens[j + 2] if unit is not None and unit.dimension == "length" else tokens[j + 1]
    return named.word in _LENGTHS


def _phrase(tokens: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length of the first of ``phrases`` said at ``i``, or 0."""
    last = len(tokens) - 1
    return next((len(p) for p in phrases if all(tokens[min(i + k, last)].word == w for k, w in enumerate(p))), 0)


def _names_stuff(word: str) -> bool:
    """A second word naming the material ('weed membrane'), which the reading has no use for."""
    return word.isalpha() and not (word in _FILLERS or word in _ASKED or word in _LENGTHS or lookup(word) is not None)


def _plain(word: str) -> bool:
    """A plain word, or one said as an owner ('my kid's bedroom', 'the kids' room'): it only names the thing."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    elif word.endswith(("s'", "s’")):
        word = word[:-1]
    return word.isalpha()


def _describes(tokens: list[Token], i: int) -> bool:
    """'the spare room', 'our back garden': up to two plain words right before a figure only say which one."""
    for ahead in (1, 2):
        word = tokens[i + ahead - 1].word
        if not _plain(word) or word in _SCALING or word in _LENGTHS or word in _ASKED or lookup(word) is not None:
            return False
        if tokens[i + ahead].word in _SHAPES:
            return True
    return False


def _implied(what: str, lengths: list[_Length]) -> str:
    """The figure a request without one means: the hypotenuse's triangle, or a rectangle or box given by sides."""
    names = {length.name for length in lengths}
    if what == "hypotenuse":
        return "right triangle"
    if names & {"radius", "diameter"}:
        raise ToolInputError("say which figure has that radius or diameter (a circle, a cylinder, a sphere)")
    if what == "volume" and len(lengths) == 3:
        return "box"
    if what in ("area", "perimeter") and len(lengths) == 2 and names <= {None, "length", "width"}:
        return "rectangle"
    raise ToolInputError("say which figure it is (a rectangle, a circle, a triangle, a box, a cylinder)")


def _common_unit(lengths: list[_Length]) -> Measure | None:
    """The first unit given; lengths in other units are converted to it, lengths without one take it."""
    unit = next((length.unit for length in lengths if length.unit is not None), None)
    if unit is not None:
        for length in lengths:
            if length.unit is not None and length.unit != unit:
                length.value = Fraction(convert(length.value, length.unit, unit))
    return unit


def _take(lengths: list[_Length], *names: str | None) -> dict[str | None, Fraction]:
    """The lengths by name; _Missing unless exactly these names (None: unnamed) are given."""
    got = sorted((length.name or "", length.value) for length in lengths)
    want = sorted(name or "" for name in names)
    if [name for name, _ in got] != want:
        raise _Missing
    if any(value <= 0 for _, value in got):
        raise ToolInputError("a length must be more than zero")
    values: dict[str | None, Fraction] = {}
    for length in lengths:
        values[length.name] = length.value
    return values


def _solve(what: str, shape: str, lengths: list[_Length], unit: Measure | None) -> Solution:
    try:
        return _formula(what, shape, lengths, unit)
    except _Missing:
        raise ToolInputError(f"the {what} of a {shape} needs {_NEEDS.get((what, shape), 'other lengths')}") from None


_NEEDS = {
    ("area", "circle"): "its radius or its diameter, said which",
    ("perimeter", "circle"): "its radius or its diameter, said which",
    ("area", "rectangle"): "its length and width",
    ("perimeter", "rectangle"): "its length and width",
    ("area", "square"): "the length of its side",
    ("perimeter", "square"): "the length of its side",
    ("area", "triangle"): "its base and height",
    ("perimeter", "triangle"): "its three sides",
    ("volume", "cylinder"): "its radius (or diameter) and height",
    ("volume", "box"): "its length, width and height",
    ("volume", "cube"): "the length of its side",
    ("volume", "sphere"): "its radius or its diameter, said which",
    ("hypotenuse", "right triangle"): "the two other sides",
}


def _radius(lengths: list[_Length], *others: str) -> tuple[Fraction, dict[str | None, Fraction]]:
    if any(length.name == "diameter" for length in lengths):
        values = _take(lengths, "diameter", *others)
        return values["diameter"] / 2, values
    values = _take(lengths, "radius", *others)
    return values["radius"], values


def _sides(lengths: list[_Length], count: int, allowed: set[str | None]) -> list[Fraction]:
    if len(lengths) != count or any(length.name not in allowed for length in lengths):
        raise _Missing
    if any(length.value <= 0 for length in lengths):
        raise ToolInputError("a length must be more than zero")
    return [length.value for length in lengths]


def _formula(what: str, shape: str, lengths: list[_Length], unit: Measure | None) -> Solution:
    if shape == "triangle" and what == "hypotenuse":
        shape = "right triangle"
    if (what, shape) == ("area", "circle"):
        r, _ = _radius(lengths)
        return _answer(what, shape, math.pi * numbers.to_float(r * r), f"π × {_n(r)}²", unit, 2)
    if (what, shape) == ("perimeter", "circle"):
        r, _ = _radius(lengths)
        return _answer("circumference", shape, 2 * math.pi * numbers.to_float(r), f"2 × π × {_n(r)}", unit, 1)
    if shape == "rectangle" and what in ("area", "perimeter"):
        a, b = _sides(lengths, 2, {None, "length", "width", "side"})
        if what == "area":
            return _answer(what, shape, a * b, f"{_n(a)} × {_n(b)}", unit, 2)
        return _answer(what, shape, 2 * (a + b), f"2 × ({_n(a)} + {_n(b)})", unit, 1)
    if shape == "square" and what in ("area", "perimeter"):
        (a,) = _sides(lengths, 1, {None, "side", "length"})
        if what == "area":
            return _answer(what, shape, a * a, f"{_n(a)}²", unit, 2)
        return _answer(what, shape, 4 * a, f"4 × {_n(a)}", unit, 1)
    if (what, shape) == ("area", "triangle"):
        values = _take(lengths, "base", "height")
        base, height = values["base"], values["height"]
        return _answer(what, shape, base * height / 2, f"{_n(base)} × {_n(height)} ÷ 2", unit, 2)
    if (what, shape) == ("perimeter", "triangle"):
        a, b, c = _sides(lengths, 3, {None, "side"})
        if a + b <= c or a + c <= b or b + c <= a:
            raise ToolInputError("those three sides cannot make a triangle")
        return _answer(what, shape, a + b + c, f"{_n(a)} + {_n(b)} + {_n(c)}", unit, 1)
    if (what, shape) == ("hypotenuse", "right triangle"):
        a, b = _sides(lengths, 2, {None, "side", "leg", "base", "height"})
        square = a * a + b * b
        root = numbers.exact_root(square, 2)
        value: Real = root if root is not None else math.sqrt(numbers.to_float(square))
        return _answer(what, "right triangle", value, f"√({_n(a)}² + {_n(b)}²)", unit, 1)
    if (what, shape) == ("volume", "cylinder"):
        r, values = _radius(lengths, "height")
        h = values["height"]
        return _answer(what, shape, math.pi * numbers.to_float(r * r * h), f"π × {_n(r)}² × {_n(h)}", unit, 3)
    if (what, shape) == ("volume", "box"):
        a, b, c = _sides(lengths, 3, {None, "length", "width", "height"})
        if len({length.name for length in lengths if length.name}) != sum(1 for x in lengths if x.name):
            raise _Missing
        return _answer(what, shape, a * b * c, f"{_n(a)} × {_n(b)} × {_n(c)}", unit, 3)
    if (what, shape) == ("volume", "cube"):
        (a,) = _sides(lengths, 1, {None, "side", "length"})
        return _answer(what, shape, a**3, f"{_n(a)}³", unit, 3)
    if (what, shape) == ("volume", "sphere"):
        r, _ = _radius(lengths)
        return _answer(what, shape, 4 / 3 * math.pi * numbers.to_float(r**3), f"4/3 × π × {_n(r)}³", unit, 3)
    raise ToolInputError(f"I can't work out the {what} of a {shape}")
