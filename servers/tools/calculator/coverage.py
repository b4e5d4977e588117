"""Paint (or seed, or varnish) for an area: an amount that covers so many square units, the area to cover, and
the coats it needs.

"One litre of paint covers 12 square metres. The walls add up to 54 square metres and it needs two coats. How
many litres should I buy?" → 54 × 2 ÷ 12 = 9 litres. The coverage is said as an amount 'covers' an area ('one
litre covers 12 square metres', '12 square metres per litre'); the area to cover is the other area; coats are a
count said as coats ('two coats', 'twice'). The question asks how many of the amount's unit. Any other number, a
third area, or a word that takes part of the area away ('excluding the door') declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Measure, Quantity, convert, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token
from servers.tools.calculator.walls import read_walls

_COVERS = frozenset("covers cover covering does do per".split())
_SPOILERS = frozenset(
    "both all except excluding exclude minus without not subtract less left already have has had spare extra waste "
    "door doors window windows each every half".split()
)


def solve_coverage(tokens: list[Token], start: int) -> Solution | None:
    """The amount needed to cover an area in so many coats; None when the request is not that."""
    asked = question_words(tokens, start)
    unit = next((lookup(asked[k + 2], short=False) for k in range(len(asked) - 2)
                 if asked[k : k + 2] == ["how", "many"] or asked[k : k + 2] == ["how", "much"]), None)  # fmt: skip
    container = _containers_asked(asked)
    if container is not None:
        unit = Measure(container, f"count {container}")  # 'how many tins': tins, each covering its area
    if unit is None and not _how_much_of(asked):
        return None  # 'how much paint' asks in the unit the paint is sold in
    if unit is not None and (unit.dimension not in _AMOUNTS and container is None or unit.per is not None):
        return None
    walls = read_walls(tokens, start)
    told = walls.read if walls is not None else set[int]()
    areas: list[tuple[Fraction, int]] = []  # square metres, index
    amounts: list[tuple[Quantity, int]] = []
    sides: list[tuple[Fraction, int]] = []  # metres, index
    coats = Fraction(1)
    coats_said = False
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind in ("currency", "date", "clock", "ordinal") or token.text == "%":
            return None
        if i in told:
            i += 1
            continue
        if token.kind != "number":
            if token.word == "twice" and not coats_said:
                coats, coats_said = Fraction(2), True
            one = _one_amount(tokens, i) or _one_container(tokens, i, container)
            if one is not None:  # 'a litre covers 12 square metres', 'one tin covers 30 square metres'
                amounts.append((one, i))
                i += 2
                continue
            i += 1
            continue
        one = _one_container(tokens, i, container) if token.value == 1 else None
        if one is not None:  # 'One tin covers 30 square metres'
            amounts.append((one, i))
            i += 2
            continue
        area = square_unit(tokens, i + 1)
        measure = lookup(tokens[i + 1].text, short=True) if tokens[i + 1].kind == "word" else None
        if area is not None:
            areas.append((Fraction(token.value) * area[0], i))
            i = area[1]
            per = lookup(tokens[i + 1].text, short=False) if tokens[i].word == "per" else None
            if per is not None and per.dimension == "volume" and per.per is None and tokens[i + 1].kind == "word":
                amounts.append((Quantity(Fraction(1), per), i))  # '12 square metres per litre'
                i += 2
        elif measure is not None and measure.dimension in _AMOUNTS and measure.per is None:
            amounts.append((Quantity(Fraction(token.value), measure), i))
            i += 2
            if tokens[i].word == "of" and tokens[i + 1].kind == "word" and tokens[i + 2].word == "per":
                i += 2  # '40 g of salt per square metre': what the amount is of, then what it is for
            if tokens[i].word == "per" and (spread := square_unit(tokens, i + 1)) is not None:
                areas.append((spread[0], i + 1))  # '35 g per square metre': the amount for one square unit
                i = spread[1]
        elif (side := _length(tokens[i + 1])) is not None:
            sides.append((Fraction(token.value) * side, i))  # 'a wall 4 m wide and 2.5 m high'
            i += 2
        elif tokens[i + 1].word in ("coats", "coat") and not coats_said:
            coats, coats_said = Fraction(token.value), True
            i += 2
        else:
            return None
    ones = {at for _, at in amounts}  # 'each tin covers 20 m²': the 'each' of one container, not of a count
    words = {t.word for k, t in enumerate(tokens[start:], start) if t.kind == "word" and k not in told | ones}
    if walls is not None:
        if sides:
            return None
        areas.append((walls.area, walls.at))
    elif len(sides) == 2 and len(areas) == 1 and ({"by", "x"} & words or len(words & _SIDES) >= 2):
        areas.append((sides[0][0] * sides[1][0], sides[0][1]))
    elif sides:
        return None
    if len(amounts) != 1 or len(areas) != 2 or words & _SPOILERS or coats <= 0:
        return None
    amount, at = amounts[0]
    unit = unit or amount.measure
    if unit is None:
        return None
    covered = [a for a in areas if _covers(tokens, at, a[1])]
    if len(covered) != 1 or covered[0][0] <= 0 or amount.value <= 0:
        return None
    per_amount = covered[0][0]
    wall = next(a for a in areas if a is not covered[0])[0]
    needed = numbers.checked(wall * coats / per_amount * Fraction(amount.value))
    if container is not None:
        if amount.measure is None or amount.measure.dimension != unit.dimension:
            return None  # 'how many boxes' of '35 g per square metre': how much a box holds is not said
        return _whole_containers(needed, unit, f"{_m2(wall)} × {numbers.format_number(coats)} ÷ {_m2(per_amount)}")
    result = Quantity(Fraction(convert(needed, amount.measure or unit, unit)), unit)
    working = f"{_m2(wall)} × {numbers.format_number(coats)} coat{'s' if coats != 1 else ''} ÷ {_m2(per_amount)}"
    steps = [f"{working} per {show(amount)} = {show(result)}"]
    if walls is not None:
        steps.insert(0, f"walls: {walls.working} = {_m2(walls.area)}")
    return answer_for(result, "paint needed", working, steps)


_PRICE_ASKS = frozenset("is are was were will would does did cost costs money price spend pay".split())


def _how_much_of(asked: list[str]) -> bool:
    """'how much paint', 'how much do I need': the amount itself; 'how much is the paint', 'how much will it cost'
    ask a price."""
    if set(asked) & {"cost", "costs", "price", "spend", "pay"}:
        return False
    for k in range(len(asked) - 2):
        if asked[k : k + 2] == ["how", "much"]:
            return asked[k + 2] not in _PRICE_ASKS or bool(set(asked) & {"need", "needed", "use", "buy"})
    return False


def square_unit(tokens: list[Token], i: int) -> tuple[Fraction, int] | None:
    """'square metres', 'sq m', 'm²', 'm2', 'ft squared' after a number: the area of one such unit in square metres,
    and the end."""
    if tokens[i].word in ("square", "sq"):
        measure = lookup(tokens[i + 1].text, short=True) if tokens[i + 1].kind == "word" else None
        if measure is not None and measure.dimension == "length" and measure.per is None:
            return _square(measure), i + 2
    if tokens[i].word in ("m²", "m2", "sqm"):
        return Fraction(1), i + 1
    measure = lookup(tokens[i].text, short=True) if tokens[i].kind == "word" else None
    if measure is not None and measure.dimension == "length" and measure.per is None:
        after = tokens[i + 1]
        if after.word == "squared" or after.kind == "number" and after.attached and after.text == "2":
            return _square(measure), i + 2  # 'm²' is read as 'm squared', 'm2' as 'm' and an attached 2
    return None


_AMOUNTS = frozenset({"volume", "mass"})
"""What covers an area: paint, varnish and sealant by volume, seed and fertiliser by weight."""
_CONTAINERS = frozenset("tin tins can cans pot pots tub tubs bag bags box boxes bottle bottles roll rolls".split())


def _containers_asked(asked: list[str]) -> str | None:
    """'how many tins', 'how many bags of seed': whole containers, each covering the area said of one."""
    for k in range(len(asked) - 2):
        if asked[k : k + 2] != ["how", "many"]:
            continue
        named = asked[k + 3] if asked[k + 2] in ("whole", "full") and k + 3 < len(asked) else asked[k + 2]
        if named in _CONTAINERS:  # 'how many whole bags': bought whole, as every container is here
            return named.removesuffix("es" if named.endswith("xes") else "s")
    return None


def _one_container(tokens: list[Token], i: int, container: str | None) -> Quantity | None:
    """'One tin covers 30 square metres', 'each bag (of plaster) covers 50 m²': one of the containers asked for."""
    if container is None or not (tokens[i].word in ("a", "an", "each", "every") or tokens[i].kind == "number"):
        return None
    if tokens[i + 1].word.removesuffix("s") != container:
        return None
    k = i + 2
    if tokens[k].word == "of":  # 'one bag of finishing plaster covers': what the container holds, then 'covers'
        k += 1
        while k < i + 6 and tokens[k].kind == "word" and tokens[k].word not in _COVERS:
            k += 1
    if tokens[k].word not in _COVERS:
        return None
    return Quantity(Fraction(1), Measure(container, f"count {container}"))


def _whole_containers(needed: numbers.Real, unit: Measure, working: str) -> Solution:
    """Containers are bought whole: the count needed, rounded up when the area asks for part of one more."""
    whole = int(-(-Fraction(needed) // 1))
    name = unit.name if whole == 1 else unit.name + ("es" if unit.name.endswith("x") else "s")
    steps = [f"{working} = {numbers.format_number(needed)}"]
    solution = Solution(f"{whole} {name}", whole, "paint needed", working, steps, name)
    if whole != needed:
        solution.notes.append(f"{numbers.format_number(needed)} rounded up to whole {unit.name}s")
    return solution


def _one_amount(tokens: list[Token], i: int) -> Quantity | None:
    """'a litre', 'one gallon', 'each tin' before a word of covering: one of the amount's unit."""
    if tokens[i].word not in ("a", "an", "each", "every") or tokens[i + 1].kind != "word":
        return None
    measure = lookup(tokens[i + 1].text, short=False)
    if measure is None or measure.dimension != "volume" or measure.per is not None:
        return None
    covers = i + 4 if tokens[i + 2].word == "of" and tokens[i + 3].kind == "word" else i + 2  # 'a litre of paint'
    if tokens[covers].word not in _COVERS:
        return None
    return Quantity(Fraction(1), measure)


_SIDES = frozenset("wide high long tall width height length".split())


def _length(token: Token) -> Fraction | None:
    """A unit of length after a number ('4 m', '12 ft'): metres in one of it."""
    measure = lookup(token.text) if token.kind == "word" else None
    if measure is None or measure.dimension != "length" or measure.per is not None:
        return None
    return Fraction(measure.factor)


def _square(measure: Measure) -> Fraction:
    meters = Fraction(measure.factor)
    return meters * meters


def _covers(tokens: list[Token], amount_at: int, area_at: int) -> bool:
    """Whether the amount and the area are said together as a coverage: 'one litre covers 12 square metres', '12
    square metres per litre' — within one sentence, a covering word between them."""
    if tokens[amount_at].word == "per":  # '12 square metres per litre': the area just before it
        between = tokens[area_at + 1 : amount_at]
        return area_at < amount_at and not any(t.kind == "number" and not t.attached for t in between)
    low, high = sorted((amount_at, area_at))
    between = tokens[low + 1 : high]
    if len(between) > 8 or any(t.text in (".", "?", "!", ";") for t in between):
        return False
    return any(t.word in _COVERS for t in between)


def _m2(value: Fraction) -> str:
    return f"{numbers.format_number(value)} m²"
