"""What the fuel for a trip costs, from its distance, the vehicle's consumption and the price of fuel: 'Road trip is 450
km each way; the ute uses 6.2 litres per 100 km and diesel is $1.89 a litre. What's the fuel cost for one way?' →
450 km × 6.2 L / 100 km = 27.9 L; 27.9 × $1.89 = $52.73.

The story gives exactly three numbers: the distance ('450 km', '215 miles'), the consumption ('6.2 litres per 100
km', '35 mpg', '14 miles to the gallon', '15 km per litre') and the price of one unit of fuel ('$1.89 a litre',
'£6.80 per gallon'); the question asks what it costs. The units must agree as said — litres with litres, miles with
miles — so no gallon (US or UK) is ever guessed. A distance said 'each way' is one way: the question must say one
way or there and back (twice the distance), and a distance not said 'each way' is read as the whole trip unless
the question asks there and back, which is then a guess and declined. Any other number, or a word that changes the
sum ('half', 'share', 'more', 'already', 'except'), declines the reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.padding import request_window
from servers.tools.calculator.quantities import Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_DISTANCES = {"km": "km", "kms": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
              "miles": "mile", "mile": "mile", "mi": "mile"}  # fmt: skip
_FUELS = {"litres": "litre", "liters": "litre", "litre": "litre", "liter": "litre", "l": "litre",
          "gallons": "gallon", "gallon": "gallon", "gal": "gallon"}  # fmt: skip
_PER = frozenset({"per", "a", "an", "/", "the"})
_BOTH = (("there", "and", "back"), ("round", "trip"), ("return", "trip"), ("return", "journey"), ("both", "ways"))
_BACK = (("and", "back"), ("coming", "back"), ("come", "back"), ("comes", "back"))
"""'to Lae and back, 290 km each way': there and back when a distance is said each way; 'Dublin to Belfast and back
is 340 km' is the whole trip, told as one distance."""
_COMING = frozenset({"coming", "come", "comes"})
"""'Kano to Kaduna is 230 km, ... and come back same day': someone coming back after the distance is told went it
one way, so the trip is twice it."""
_EVERY = frozenset({"per", "every", "/", "for"})
_READ = 8  # the words one piece of the story is read from: '18 l of petrol per 100 km' is the longest
_FUEL = frozenset("fuel diesel petrol gas gasoline".split())
_COST_WORDS = frozenset("cost costs spend spent pay price money".split())
_SPOILERS = frozenset(
    "half share shared split between among more less already except without extra plus minus save saved saving "
    "discount off tax tip than instead only not no if each per every left remaining rest twice double".split()
)
"""Words that change the sum; 'each' and 'per' are read where they belong ('each way', 'per 100 km')."""


@dataclass
class _Story:
    distance: tuple[Fraction, str] | None = None
    economy: tuple[Fraction, str, str, Fraction | None] | None = None  # value, distance, fuel, distance per (fuel/dist)
    price: tuple[Fraction, str, str] | None = None  # value, currency code, fuel unit
    each_way: bool = False
    one_way: bool = False
    both: bool = False
    cost: bool = False
    amount: bool = False  # 'how many gallons', 'how much fuel': the fuel itself asked, with no price told
    times: int = 1  # 'and back 5 times this week': the trip made so many times
    back: bool = False  # 'to Lae and back': there and back of a distance said each way, else the whole trip
    came_back: bool = False  # '230 km, ... and come back same day': the distance told was one way


def solve_fuel_cost(tokens: list[Token], start: int, *, amounts: bool = False) -> Solution | None:
    """The cost of the fuel for the trip told (or, with ``amounts``, the fuel itself when no price is told and the
    fuel is asked); None when the request is not exactly that story."""
    window = request_window(tokens, start, 70)  # padded: look ahead without running off the request
    if window is None:
        return None
    tokens, end = window
    story = _Story()
    i = start
    while i < end:
        width = _given(tokens, i, story)
        if width is None:
            return None
        i += width
    if story.distance is None or story.economy is None:
        return None
    if amounts and story.price is None and story.amount and not story.cost or story.price is not None and story.cost:
        return _answer(story)
    return None


def _given(tokens: list[Token], i: int, story: _Story) -> int | None:
    """How many tokens at ``i`` one piece of the story takes, filling it in; None for what it cannot be."""
    t, words = tokens[i], [tok.word or tok.text.lower() for tok in tokens[i : i + _READ]]
    words += [""] * (_READ - len(words))  # near the end of the request
    if t.kind == "number" and t.text.lower() == "one" and words[1] == "way":
        if i and tokens[i - 1].word in _DISTANCES:
            story.each_way = True  # '98 km one way': the distance is of one way, as 'each way' says
        else:
            story.one_way = True
        return 2
    if t.kind == "number":
        return _quantity(tokens, i, story, words)
    if t.kind == "currency":
        return _price(tokens, i, story, words)
    if t.kind != "word":
        return 1 if t.kind == "symbol" and t.text in ",.;:?!-—()" else None
    if words[:2] == ["each", "way"]:
        story.each_way = True
        return 2
    both = next((len(p) for p in _BOTH if tuple(words[: len(p)]) == p), 0)
    if both:
        story.both = True
        return both
    back = next((len(p) for p in _BACK if tuple(words[: len(p)]) == p), 0)
    if back:
        story.back = True
        story.came_back = story.came_back or t.word in _COMING and story.distance is not None
        return back
    if t.word in _SPOILERS:
        return None
    # 'how much for the diesel?': the fuel's price asked as plainly as 'what does it cost'
    priced = words[:3] == ["how", "much", "for"] and bool(_FUEL & set(words[3:5]))
    story.cost = story.cost or t.word in _COST_WORDS or priced
    asked = words[:2] == ["how", "many"] and words[2] in _FUELS or words[:2] == ["how", "much"] and words[2] in _FUEL
    story.amount = story.amount or asked
    return 1


def _quantity(tokens: list[Token], i: int, story: _Story, words: list[str]) -> int | None:
    value = Fraction(tokens[i].value)
    if value <= 0:
        return None
    if tokens[i + 1].kind == "currency" and words[2] in _PER and words[3] in _FUELS:
        return _priced(story, value, tokens[i + 1].value, words[3], 4)  # '1,64 €/l'
    unit = words[1]
    if words[1] == "times" and value == int(value) and story.times == 1:
        story.times = int(value)  # 'to the farm and back 5 times this week'
        return 2
    fuel = 2 + (words[2] == "of" and words[3] in _FUEL) * 2  # '18 l of petrol per 100 km'
    per = tokens[fuel + i + 1] if i + fuel + 1 < len(tokens) else None
    if unit in _FUELS and words[fuel] in _EVERY and per is not None and per.kind == "number" and per.value > 0:
        if story.economy is not None or words[fuel + 2] not in _DISTANCES:
            return None
        story.economy = (value, _DISTANCES[words[fuel + 2]], _FUELS[unit], Fraction(per.value))
        return fuel + 3  # '6.2 litres per 100 km', '9.5 l/100 km', '1 gallon every 95 km'
    fuel_at = 3 + (words[3] == "the")  # '14 miles to the gallon'
    if unit == "mpg" or unit in _DISTANCES and words[2] in ("per", "a", "to") and words[fuel_at] in _FUELS:
        if story.economy is not None:
            return None
        if unit == "mpg":
            story.economy = (value, "mile", "gallon", None)
            return 2
        story.economy = (value, _DISTANCES[unit], _FUELS[words[fuel_at]], None)
        return fuel_at + 1
    if unit in _DISTANCES and story.distance is None:
        story.distance = (value, _DISTANCES[unit])
        return 2
    return None


def _price(tokens: list[Token], i: int, story: _Story, words: list[str]) -> int | None:
    number = tokens[i + 1]
    if number.kind != "number" or not number.attached or story.price is not None:
        return None
    if words[2] in _PER and words[3] in _FUELS:
        return _priced(story, Fraction(number.value), tokens[i].value, words[3], 4)
    return None


def _priced(story: _Story, value: Fraction, code: str, fuel: str, width: int) -> int | None:
    """The price of one unit of fuel, told once."""
    if story.price is not None:
        return None
    story.price = (value, code, _FUELS[fuel])
    return width


def _answer(story: _Story) -> Solution:
    assert story.distance is not None and story.economy is not None
    distance, dist_unit = story.distance
    rate, rate_dist, rate_fuel, per = story.economy
    price, code, price_fuel = story.price or (None, None, rate_fuel)
    if dist_unit != rate_dist or rate_fuel != price_fuel:
        raise ToolInputError("the distance, consumption and fuel price are in different units: give them in one")
    if story.came_back and not story.one_way:
        story.each_way = True
    if story.back and story.each_way and not story.one_way:
        story.both = True
    if story.one_way and story.both:
        raise ToolInputError("the request asks for the fuel one way and there and back: say which")
    if story.each_way and not (story.one_way or story.both):
        raise ToolInputError("the distance is each way: say whether the fuel is for one way or there and back")
    if story.both and not story.each_way:
        raise ToolInputError("say how far one way is: 'there and back' needs the distance of one way")
    steps: list[str] = []
    trip = distance
    unit = "km" if dist_unit == "km" else "miles"
    if story.both:
        trip = distance * 2
        steps.append(f"there and back: 2 × {numbers.format_number(distance)} {unit} = {numbers.format_number(trip)} "
                     f"{unit}")  # fmt: skip
    if story.times > 1:
        steps.append(f"{story.times} trips: {story.times} × {numbers.format_number(trip)} {unit} = "
                     f"{numbers.format_number(trip * story.times)} {unit}")  # fmt: skip
        trip *= story.times
    fuel = trip * rate / per if per is not None else trip / rate
    fuels = f"{rate_fuel}s"
    if per is not None:
        steps.append(f"fuel: {numbers.format_number(trip)} {unit} × {numbers.format_number(rate)} {fuels} per "
                     f"{numbers.format_number(per)} {unit} = {numbers.format_number(fuel)} {fuels}")  # fmt: skip
    else:
        steps.append(f"fuel: {numbers.format_number(trip)} {unit} ÷ {numbers.format_number(rate)} {unit} per "
                     f"{rate_fuel} = {numbers.format_number(fuel)} {fuels}")  # fmt: skip
    if price is None or code is None:
        return _fuel_only(story, fuel, trip, rate if per is None else rate / per, steps)
    money = currency(code)
    cost = numbers.checked(fuel * price)
    steps.append(f"cost: {numbers.format_number(fuel)} {fuels} × {show(Quantity(price, money), exact=True)} = "
                 f"{show(Quantity(cost, money), exact=True)}")  # fmt: skip
    consumption = f"/ {numbers.format_number(rate)}" if per is None else f"* {numbers.format_number(rate)}"
    consumption += "" if per is None else f" / {numbers.format_number(per)}"
    expression = f"{numbers.format_number(trip)} {consumption} * {show(Quantity(price, money))}"
    solution = answer_for(Quantity(cost, money), "fuel cost", expression, steps)
    _note_ways(story, solution)
    return solution


def _fuel_only(story: _Story, fuel: Fraction, trip: Fraction, rate: Fraction, steps: list[str]) -> Solution:
    assert story.economy is not None
    fuel_unit = story.economy[2]
    sign = "*" if story.economy[3] is not None else "/"
    shown = numbers.format_number(numbers.round_half_up(fuel, 2))
    solution = Solution(f"{shown} {fuel_unit}s", fuel, "fuel needed", f"{numbers.format_number(trip)} {sign} "
                        f"{numbers.format_number(rate)}", steps, f"{fuel_unit}s")  # fmt: skip
    if shown != numbers.format_number(fuel):
        solution.exact = numbers.format_number(fuel)
        solution.notes.append(f"rounded to 2 decimal places; the exact amount is {solution.exact} {fuel_unit}s")
    _note_ways(story, solution)
    return solution


def _note_ways(story: _Story, solution: Solution) -> None:
    """Say how the distance told was read: one way of a trip there and back, or of one way only."""
    if story.came_back:
        solution.notes.append("the distance told is one way; coming back drives it twice")
    elif story.each_way:
        solution.notes.append("the distance said 'each way' is one way" + (", driven twice" if story.both else ""))


def each_way(tokens: list[Token]) -> frozenset[str]:
    """{'way'} when a distance is said 'each way' (one way of a trip made twice, or once?), else nothing: the
    purchase reader takes it as a word it cannot place, so a fuel bill is never summed on a guessed trip."""
    said = any(t.word == "each" and tokens[k + 1].word == "way" for k, t in enumerate(tokens[:-1]))
    return frozenset({"way"}) if said else frozenset()
