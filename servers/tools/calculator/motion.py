"""Rates in word problems: distance, time and speed (any two give the third), and unit prices.

Speeds are reported per hour (per second for distances in metres and smaller units), durations in hours and
minutes, and a unit price per the unit the request asks for ("per pound", "per egg", "each").
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import Frame, Slot, has_word
from servers.tools.calculator.grammar import NotUnderstood
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.quantities import (
    Measure,
    Quantity,
    convert,
    divide,
    is_money,
    known,
    lookup,
    multiply,
    rate,
    show,
)
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_MOVES = "drove drive drives ran run runs walked walk walks cycled cycle biked rode ride flew fly flies swam swim " \
    "travelled traveled travels travel covers covered cover went go goes hiked hike sailed sail"  # fmt: skip
_MOTION = Frame(
    slots=(
        Slot("distance", "length", (*_MOVES.split(), "a distance of", "distance of", "of")),
        Slot("time", "duration", ("in", "over", "taking", "took", "takes", "in a time of", "for")),
        Slot("speed", "speed", ("at", "averaging", "at an average of", "at a speed of", "at an average speed of",
                                "going", "doing")),
    ),
    fillers=frozenset(
        f"i we you he she it they a an the car train bus bike plane runner cyclist what was is my our their his her "
        f"average speed how fast far long does did do will would take to if and can could get there be travelling "
        f"traveling going driving running cycling walking flying find in velocity constant steady trip journey "
        f"at of {_MOVES}".split()
    ),
    options={"pace": "pace", "what pace": "pace", "my pace": "pace"},
)  # fmt: skip
_SHORT_DISTANCES = frozenset({"meter", "centimeter", "millimeter", "foot", "inch", "yard"})


def solve_motion(tokens: list[Token], start: int) -> Solution | None:
    """Speed from distance and time, time from distance and speed, or distance from speed and time."""
    triggered = has_word(tokens, start, "speed", "fast", "pace", "far", "velocity", "how long")
    try:
        reading = _MOTION.read(tokens, start)
    except NotUnderstood:
        if triggered:
            raise
        return None
    values = reading.values
    if len(values) < 2 or not (triggered or "speed" in values):
        if triggered:
            raise NotUnderstood(start, "two of a distance, a time and a speed")
        return None
    if len(values) == 3:
        raise ToolInputError("the distance, time and speed are all given, so there is nothing left to work out")
    if "speed" not in values:
        return _speed(values["distance"], values["time"], pace="pace" in reading.options)
    if "time" not in values:
        return _time(values["distance"], values["speed"])
    return _distance(values["speed"], values["time"])


def _speed(distance: Quantity, time: Quantity, *, pace: bool) -> Solution:
    assert distance.measure is not None and time.measure is not None
    if time.value <= 0:
        raise ToolInputError("the time must be more than zero")
    if pace:
        minutes = convert(time.value, time.measure, known("minute"))
        per = numbers.checked(minutes / distance.value)
        steps = [f"{show(Quantity(minutes, known('minute')), exact=True)} ÷ {show(distance, exact=True)}"
                 f" = {numbers.format_number(per)} minutes per {distance.measure.name}"]  # fmt: skip
        answer = f"{_clock_minutes(per)} per {distance.measure.name}"
        solution = Solution(answer, per, "pace", f"{show(time)} / {show(distance)}", steps,
                            f"minutes per {distance.measure.name}")  # fmt: skip
        return solution
    raw = divide(distance, time)
    per = known("second" if distance.measure.name in _SHORT_DISTANCES else "hour")
    target = rate(distance.measure, per)
    assert raw.measure is not None  # a distance over a time is a rate
    speed = Quantity(convert(raw.value, raw.measure, target), target)
    steps = [f"speed = distance ÷ time = {show(distance, exact=True)} ÷ {show(time, exact=True)}"]
    if time.measure != per:
        steps.append(f"{show(time, exact=True)} = {show(Quantity(convert(time.value, time.measure, per), per))}")
    steps.append(f"= {show(speed, exact=True)}")
    return answer_for(speed, "average speed", f"{show(distance)} / {show(time)}", steps)


def _time(distance: Quantity, speed: Quantity) -> Solution:
    assert distance.measure is not None and speed.measure is not None and speed.measure.per is not None
    if speed.value <= 0:
        raise ToolInputError("the speed must be more than zero")
    hours_per = speed.measure.per
    top = Measure(speed.measure.name, speed.measure.dimension, speed.measure.factor * hours_per.factor)
    amount = convert(distance.value, distance.measure, top)
    took = numbers.checked(amount / speed.value)
    duration = Quantity(took, hours_per)
    steps = [f"time = distance ÷ speed = {show(distance, exact=True)} ÷ {show(speed, exact=True)}"
             f" = {show(duration, exact=True)}"]  # fmt: skip
    return answer_for(duration, "travel time", f"{show(distance)} / {show(speed)}", steps)


def _distance(speed: Quantity, time: Quantity) -> Solution:
    assert speed.measure is not None and speed.measure.per is not None and time.measure is not None
    duration = convert(time.value, time.measure, speed.measure.per)
    top = lookup(speed.measure.name) or Measure(speed.measure.name, speed.measure.dimension)
    distance = Quantity(numbers.checked(speed.value * duration), top)
    steps = [f"distance = speed × time = {show(speed, exact=True)} × {show(time, exact=True)}"
             f" = {show(distance, exact=True)}"]  # fmt: skip
    return answer_for(distance, "distance", f"{show(speed)} * {show(time)}", steps)


def _clock_minutes(minutes: Real) -> str:
    seconds = int(numbers.round_half_up(Fraction(minutes) * 60, 0))
    return f"{seconds // 60}:{seconds % 60:02d} minutes"


_EACH = ("each", "apiece", "a piece", "per item", "per unit", "unit price", "per piece")


def solve_unit_price(tokens: list[Token], start: int) -> Solution | None:
    """The price per unit: '$4.50 for 3 pounds, price per pound?', '12 eggs cost $3, how much is one egg?'."""
    if not any(t.kind == "currency" for t in tokens[start:]) and not has_word(tokens, start, "dollars", "euros"):
        return None
    target, item, asked = _asked_unit(tokens, start)
    if asked is None:
        return _scaled_price(tokens, start)
    nouns = (item, item + "s", item + "es", item.removesuffix("s")) if item else ()
    frame = Frame(
        slots=(
            Slot("price", "money", ("for", "costs", "cost", "at", "is", "are", "priced at", "sells for", "sold for",
                                    "pay", "paid", "costing")),
            Slot("amount", "count" if item else "measure", ("for", "of", "buys", "gets", "get"), nouns),
        ),
        fillers=frozenset(
            "what is the price cost per how much does do each one a an of for if costs is are it unit that which "
            "would be i pay paid bag box pack carton bottle can jar".split() + [item or ""]
        ),
        options={asked: "per"} | {e: "each" for e in _EACH},
        verbs=("are", "is", "were", "was", "cost", "costs", "sell for", "sold for"),
    )  # fmt: skip
    reading = frame.read(tokens, start)
    if len(reading.values) < 2:
        raise NotUnderstood(start, "a price and the amount it buys")
    price, amount = reading.values["price"], reading.values["amount"]
    if amount.value <= 0:
        raise ToolInputError("the amount bought must be more than zero")
    if item:
        each = Quantity(numbers.checked(price.value / amount.value), price.measure)
        steps = [f"{show(price, exact=True)} ÷ {numbers.format_number(amount.value)} = {show(each, exact=True)}"]
        return answer_for(each, "unit price", f"{show(price)} / {show(amount)}", steps, suffix=f" per {item}")
    assert amount.measure is not None and target is not None
    in_target = convert(amount.value, amount.measure, target)
    each = Quantity(numbers.checked(price.value / in_target), price.measure)
    steps = (
        [f"{show(amount, exact=True)} = {show(Quantity(in_target, target), exact=True)}"]
        if amount.measure != target
        else []
    )
    steps.append(f"{show(price, exact=True)} ÷ {show(Quantity(in_target, target), exact=True)} = "
                 f"{show(each, exact=True)} per {target.name}")  # fmt: skip
    return answer_for(each, "unit price", f"{show(price)} / {show(amount)}", steps, suffix=f" per {target.name}")


def _asked_unit(tokens: list[Token], start: int) -> tuple[Measure | None, str | None, str | None]:
    """The unit a price is asked per — a known unit ('per pound') or an item counted in the request ('per egg',
    'one egg') — and the phrase that asks for it."""
    for i in range(start, len(tokens) - 1):
        token, after = tokens[i], tokens[i + 1]
        lead = token.word or (token.text if token.kind == "number" and token.value == 1 else "")
        if lead in ("per", "one", "1", "each", "a", "an") and after.kind == "word":
            phrase = f"{token.text.lower()} {after.word}"
            measure = lookup(after.word, short=False)
            if measure is not None and not is_money(measure) and measure.per is None:
                return measure, None, phrase
            if lead != "a" and lead != "an" and after.word.isalpha() and _counted(tokens, start, after.word):
                return None, after.word.removesuffix("s") if lead == "per" else after.word, phrase
    return None, None, None


def _counted(tokens: list[Token], start: int, item: str) -> bool:
    """Whether a count of ``item`` appears: '12 eggs' for 'per egg'."""
    forms = {item, item + "s", item + "es", item.removesuffix("s"), item.removesuffix("es")}
    return any(t.kind == "number" and tokens[i + 1].word in forms for i, t in enumerate(tokens[start:-1], start))


def _scaled_price(tokens: list[Token], start: int) -> Solution | None:
    """The price of another count of an item at the same rate: '3 notebooks cost $7.50, how much for 8?'."""
    item = next((_item_after(tokens, i) for i in range(start, len(tokens) - 1) if tokens[i].kind == "number"), None)
    if not item or not has_word(tokens, start, "how much", "what", "cost"):
        return None
    nouns = (item, item + "s", item + "es", item.removesuffix("s"))
    frame = Frame(
        slots=(
            Slot("price", "money", ("costs", "cost", "for", "at", "is", "are", "priced at", "sells for", "sold for")),
            Slot("amount", "count", (), nouns, needs_noun=True),
            Slot("wanted", "count", ("for", "buy", "buying", "get", "of"), (*nouns, "of them", "more"), bare=False),
        ),
        fillers=frozenset("what is the price cost costs how much does do would will be it they them i we pay if "
                          "a an of for and then".split()),
        verbs=("cost", "costs", "are", "is"),
    )  # fmt: skip
    reading = frame.read(tokens, start)
    if len(reading.values) < 3:
        raise NotUnderstood(start, "a price, the count it buys and the count wanted")
    price, amount, wanted = reading.values["price"], reading.values["amount"], reading.values["wanted"]
    each = numbers.checked(price.value / amount.value)
    total = Quantity(numbers.checked(each * wanted.value), price.measure)
    count = numbers.format_number(wanted.value)
    steps = [
        f"one {item.removesuffix('s')}: {show(price, exact=True)} ÷ {numbers.format_number(amount.value)} = "
        f"{show(Quantity(each, price.measure), exact=True)}",
        f"{count}: {show(Quantity(each, price.measure), exact=True)} × {count} = {show(total, exact=True)}",
    ]
    expression = f"{show(price)} / {numbers.format_number(amount.value)} * {count}"
    solution = answer_for(total, "unit price", expression, steps, suffix=f" for {count}")
    solution.notes.insert(0, "the same price for each one, whatever the count")
    return solution


def _item_after(tokens: list[Token], i: int) -> str | None:
    """The counted item a number names ('3 notebooks'), when the word after it is not a unit."""
    after = tokens[i + 1]
    if after.kind != "word" or not after.word.isalpha() or lookup(after.word, short=False) is not None:
        return None
    return after.word if after.word.endswith("s") else None


_RATE_TOTAL = Frame(
    slots=(
        Slot("rate", "rate", ("at", "is", "are", "costs", "cost", "earn", "earns", "make", "makes", "save", "saves",
             "pay", "pays", "charge", "charges", "get", "gets", "of", "paid")),
        Slot("extent", "extent", ("for", "over", "after", "in", "work", "works", "worked", "buy", "buying", "use",
             "uses", "of", "fill", "rent", "park")),
    ),
    fillers=frozenset(
        "i we you he she it they how much will would do does did be have had make earn save pay cost total in all "
        "altogether what is the a an and if then so my our that this up to end by get".split()
    ),
    verbs=("is", "are", "costs", "cost"),
)  # fmt: skip


def solve_rate_total(tokens: list[Token], start: int) -> Solution | None:
    """A rate applied over an extent: '$3.89 a gallon, how much for 12 gallons', 'save $250 a month for 3 years'."""
    if not any(t.kind == "currency" for t in tokens[start:]) and not has_word(tokens, start, "dollars", "euros"):
        return None
    try:
        reading = _RATE_TOTAL.read(tokens, start)
    except NotUnderstood:
        return None
    if len(reading.values) < 2:
        return None
    each, extent = reading.values["rate"], reading.values["extent"]
    assert each.measure is not None and each.measure.per is not None and extent.measure is not None
    if not is_money(each.measure) or each.measure.per.dimension != extent.measure.dimension:
        return None
    total = multiply(each, extent)
    steps = [f"{show(each, exact=True)} × {show(extent, exact=True)} = {show(total, exact=True)}"]
    solution = answer_for(total, "rate times amount", f"{show(each)} * {show(extent)}", steps)
    if each.measure.per.name == "month" or extent.measure.name == "month":
        solution.notes.insert(0, "a month is a twelfth of a year")
    return solution
