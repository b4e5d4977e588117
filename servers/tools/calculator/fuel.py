"""Fuel economy: distance, fuel used and miles per gallon (or kilometers per liter) — any two give the third.

* "drove 420 miles on 14 gallons, what's my mpg" → 30 miles per gallon
* "my car does 35 mpg, how many gallons for a 280 mile trip" → 8 gallons
* "used 45 liters for 600 km, what's that in liters per 100 km" → 7.5 liters per 100 km

Gallons are US gallons, as everywhere in the calculator; the answer says so when gallons are involved.
"""

from __future__ import annotations

from servers.tools.calculator import numbers
from servers.tools.calculator.conversions import wanted_unit
from servers.tools.calculator.frames import Frame, Slot, has_word
from servers.tools.calculator.fuel_costs import solve_fuel_cost
from servers.tools.calculator.grammar import NotUnderstood
from servers.tools.calculator.quantities import Measure, Quantity, convert, divide, known, lookup, multiply, rate, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_PER_100 = {
    " ".join(p): "per 100"
    for volume in ("l", "liters", "litres", "liter", "litre")
    for p in ((volume, "per", "100", "km"), (volume, "/", "100", "km"), (volume, "per", "100", "kilometers"),
              (volume, "per", "100", "kilometres"))
}  # fmt: skip
_ASKING = {f"how many {unit}": "how many" for unit in (
    "gallons", "liters", "litres", "miles", "km", "kilometers", "kilometres")} | {
    "mpg": "mpg", "miles per gallon": "mpg", "kpl": "kpl", "km per liter": "kpl", "km per litre": "kpl",
    "kilometers per liter": "kpl", "kilometres per litre": "kpl",
}  # fmt: skip
_BOTH_WAYS = ("there and back", "round trip", "return trip", "both ways", "each way and back")
"""A trip said to be driven out and home again: the distance given is one way, the fuel is for twice it."""
_ONE_WAY = ("one way", "the one way", "one way only", "just one way", "just the one way", "only one way",
            "only the one way", "only need the one way", "only need one way", "the way there", "just the way there",
            "only the way there")  # fmt: skip
"""The trip asked about as one way of a distance said 'each way': the fuel is for the distance as given."""
_ASIDES = (
    {"for now": "aside", "at the moment": "aside", "for the moment": "aside", "this time": "aside"}
    | {f"{when} {span}": "aside" for when in ("this", "last") for span in ("week", "month", "year", "trip", "run")}
    | {"today": "aside", "yesterday": "aside"}
)
"""When the distance and fuel were said of: both of the same stretch, which an economy does not depend on."""
_FUEL_NOUNS = tuple(f"of {f}" for f in ("gas", "fuel", "petrol", "diesel", "gasoline"))
_FRAME = Frame(
    slots=(
        Slot("distance", "length", ("drove", "drive", "driven", "went", "go", "traveled", "travelled", "covered",
             "cover", "a trip of", "for", "did", "driving", "going", "travelling", "traveling", "lives", "live", "is"),
             ("trip", "drive", "journey", "road trip")),
        Slot("fuel", "volume", ("on", "used", "using", "use", "uses", "with", "burned", "burnt", "took", "takes",
             "filled", "filled up with", "filled up on", "put in"), _FUEL_NOUNS),
        Slot("economy", "economy", ("does", "gets", "get", "averages", "averaged", "at", "of", "doing", "with",
             "is", "rated at")),
    ),
    fillers=frozenset(
        "i we my our the a an car truck van lorry artic hgv vehicle motorhome minibus coach what's whats what is was "
        "fuel economy consumption mileage gas petrol how many much far can could will would need do does it take get "
        "go on tank trip that in of if and then so used use average i'm we're altogether total about around roughly "
        "away burn burns will but to".split()
    ),
    options=_PER_100 | _ASKING | {p: "both ways" for p in _BOTH_WAYS} | {p: "one way" for p in _ONE_WAY}
    | {"each way": "each way"} | _ASIDES,
    verbs=("lives", "live", "is"),  # 'my sister lives 315 miles away': who or what is that far changes nothing
    named_later=True,
)  # fmt: skip
_ASKED = {"mpg": ("mile", "gallon"), "kpl": ("kilometer", "liter")}


def solve_fuel(tokens: list[Token], start: int) -> Solution | None:
    """Fuel economy from distance and fuel, fuel from distance and economy, or distance from economy and fuel."""
    if not has_word(tokens, start, "mpg", "kpl", "per gallon", "per liter", "per litre", "gallon", "gallons",
                    "liters", "litres", "liter", "litre", "fuel", "mileage", "gas", "petrol", "diesel",
                    "gasoline"):  # fmt: skip
        return None
    cost = solve_fuel_cost(tokens, start)  # with a price of fuel: what the trip's fuel costs
    if cost is not None:
        return cost
    tokens = _per_the_unit(tokens)
    wanted = wanted_unit(tokens, start)
    target: Measure | None = None
    try:
        if wanted is None:
            raise NotUnderstood(start, "")
        reading = _FRAME.read(wanted[0], start)
        target = wanted[1]
    except NotUnderstood:
        try:
            reading = _FRAME.read(tokens, start)
        except NotUnderstood:  # 'Our removals van ...', 'Leeds to Bristol is ...': a story told around the trip
            return solve_fuel_cost(tokens, start, amounts=True)
    asked = [o for o in reading.options if o in _ASKED]
    if len(asked) > 1 or asked and target is not None:
        raise ToolInputError("the request asks for the answer in two different units")
    if asked:
        target = rate(known(_ASKED[asked[0]][0]), known(_ASKED[asked[0]][1]))
    target = target or _how_many(tokens, start)
    values = reading.values
    if len(values) != 2:
        if len(values) == 3:
            raise ToolInputError("the distance, fuel and fuel economy are all given: there is nothing to work out")
        return None
    steps: list[str] = []
    if "economy" not in values:
        distance, fuel = values["distance"], values["fuel"]
        assert distance.measure is not None and fuel.measure is not None
        if fuel.value <= 0:
            raise ToolInputError("the fuel used must be more than zero")
        if "per 100" in reading.options:
            km = convert(distance.value, distance.measure, known("kilometer"))
            liters = convert(fuel.value, fuel.measure, known("liter"))
            per = numbers.checked(liters / km * 100)
            steps.append(
                f"{show(Quantity(liters, known('liter')), exact=True)} ÷ "
                f"{show(Quantity(km, known('kilometer')), exact=True)} × 100 = {numbers.format_number(per)}"
            )
            solution = Solution(f"{numbers.format_number(per)} liters per 100 km", per, "fuel consumption",
                                f"{show(fuel)} / {show(distance)} * 100", steps, "liters per 100 km")  # fmt: skip
            return _noted(solution, fuel.measure)
        result = _in(divide(distance, fuel), target, steps)
        steps.insert(0, f"{show(distance, exact=True)} ÷ {show(fuel, exact=True)}")
        return _noted(answer_for(result, "fuel economy", f"{show(distance)} / {show(fuel)}", steps), fuel.measure)
    economy = values["economy"]
    if "per 100" in reading.options:
        return None
    if "fuel" not in values:
        distance = values["distance"]
        if economy.value <= 0:
            raise ToolInputError("the fuel economy must be more than zero")
        _one_way_or_both(reading.options)
        if "one way" in reading.options:
            steps.append(f"one way: {show(distance, exact=True)}")
        if "both ways" in reading.options:
            one_way = show(distance, exact=True)
            distance = Quantity(distance.value * 2, distance.measure)
            steps.append(f"there and back: 2 × {one_way} = {show(distance, exact=True)}")
        result = _in(divide(distance, economy), target, steps)
        steps.insert(len(steps) - 1, f"{show(distance, exact=True)} ÷ {show(economy, exact=True)}")
        return _noted(answer_for(result, "fuel needed", f"{show(distance)} / {show(economy)}", steps), economy.measure)
    fuel = values["fuel"]
    if reading.options & {"each way", "one way"}:
        return None
    if "both ways" in reading.options:
        raise ToolInputError("say how far one way is, or the fuel for one way: 'there and back' halves the distance")
    result = _in(multiply(economy, fuel), target, steps)
    steps.insert(0, f"{show(economy, exact=True)} × {show(fuel, exact=True)}")
    return _noted(answer_for(result, "distance on the fuel", f"{show(economy)} * {show(fuel)}", steps), fuel.measure)


def _one_way_or_both(options: set[str]) -> None:
    """A distance said 'each way' is one way: the question must say whether the fuel is for one way or there and
    back ('how many gallons for the round trip', 'I only need the one way')."""
    if "one way" in options and "both ways" in options:
        raise ToolInputError("the request asks for the fuel one way and there and back: say which")
    if "each way" in options and not options & {"one way", "both ways"}:
        raise ToolInputError("the distance is each way: say whether the fuel is for one way or there and back")


def _per_the_unit(tokens: list[Token]) -> list[Token]:
    """'42 miles to the gallon' read as '42 miles per gallon': a distance to one unit of fuel."""
    out = list(tokens)
    for i in range(len(out) - 3, 0, -1):
        unit = lookup(out[i - 1].text, short=False) if out[i - 1].kind == "word" else None
        fuel = lookup(out[i + 2].text, short=False) if out[i + 2].kind == "word" else None
        if out[i].word == "to" and out[i + 1].word == "the" and unit is not None and fuel is not None:
            if unit.dimension == "length" and fuel.dimension == "volume":
                out[i : i + 2] = [Token("word", "per", out[i].start)]
    return out


def _how_many(tokens: list[Token], start: int) -> Measure | None:
    """The unit in 'how many liters', 'how far in km' — what the answer is wanted in."""
    for i in range(start, len(tokens) - 2):
        if tokens[i].word == "how" and tokens[i + 1].word in ("many", "much"):
            return lookup(tokens[i + 2].text, short=False)
    return None


def _in(q: Quantity, target: Measure | None, steps: list[str]) -> Quantity:
    if target is None or q.measure == target:
        steps.append(f"= {show(q, exact=True)}")
        return q
    assert q.measure is not None
    converted = Quantity(convert(q.value, q.measure, target), target)
    steps.append(f"= {show(q, exact=True)} = {show(converted, exact=True)}")
    return converted


def _noted(solution: Solution, measure: Measure | None) -> Solution:
    if measure is not None and "gallon" in (measure.name, measure.per.name if measure.per else ""):
        solution.notes.append("gallons are US gallons (3.785 liters)")
    return solution
