"""Prices and rates in word problems: the price per unit, the price of another amount at the same rate, and a
rate applied over an amount.

* "$4.50 for 3 pounds, price per pound?", "12 eggs cost $3, how much is one egg?"
* "3 notebooks cost $7.50, how much for 8?", "5 pounds of beef costs $32.50, how much for 8 pounds?"
* "$3.89 a gallon, how much for 12 gallons?", "save $250 a month for 3 years", "$40 a week for a year" (52 weeks)
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import Frame, Reading, Slot, has_word
from servers.tools.calculator.grammar import NotUnderstood
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.quantities import Measure, Quantity, convert, is_money, lookup, multiply, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_EACH = ("each", "apiece", "a piece", "per item", "per unit", "unit price", "per piece")


def solve_unit_price(tokens: list[Token], start: int) -> Solution | None:
    """The price per unit: '$4.50 for 3 pounds, price per pound?', '12 eggs cost $3, how much is one egg?'."""
    if not any(t.kind == "currency" for t in tokens[start:]) and not has_word(tokens, start, "dollars", "euros"):
        return None
    target, item, asked = _asked_unit(tokens, start)
    if asked is None or _priced_per(tokens, start, asked):
        return _scaled_price(tokens, start)  # "4 tickets at $12.50 per ticket": a price each, not a question
    nouns = (item, item + "s", item + "es", item.removesuffix("s")) if item else ()
    frame = Frame(
        slots=(
            Slot("price", "money", ("for", "costs", "cost", "at", "is", "are", "priced at", "sells for", "sold for",
                                    "pay", "paid", "costing")),
            Slot("amount", "count" if item else "measure", ("for", "of", "buys", "gets", "get"), nouns),
        ),
        fillers=frozenset(
            "what is the price cost per how much does do each one a an of for if costs is are it unit that which "
            "would be i pay paid bag box pack carton bottle can jar work works out come comes to bought buy we "
            "just".split() + [item or ""]
        ),
        options={asked: "per"} | {e: "each" for e in _EACH},
        goods=True,
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
    asking = question_start(tokens, start)
    for i in range(start, len(tokens) - 1):
        token, after = tokens[i], tokens[i + 1]
        if i < asking and not any(t.text == "?" for t in tokens[i:asking]):
            continue  # 'A kilo of rice costs £450. How much for 3 kilos?': the story prices one kilo, nothing asks it
        lead = token.word or (token.text if token.kind == "number" and token.value == 1 else "")
        if lead in ("per", "one", "1", "each", "a", "an") and after.kind == "word":
            phrase = f"{token.text.lower()} {after.word}"
            measure = lookup(after.word, short=False)
            if measure is not None and not is_money(measure) and measure.per is None:
                return measure, None, phrase
            if lead != "a" and lead != "an" and after.word.isalpha() and _counted(tokens, start, after.word):
                return None, after.word.removesuffix("s") if lead == "per" else after.word, phrase
    return None, None, None


def _priced_per(tokens: list[Token], start: int, asked: str) -> bool:
    """Whether the 'per ...' phrase follows a money amount directly ('$12.50 per ticket'): a price each."""
    words = tuple(asked.split())
    for i in range(start + 1, len(tokens) - len(words)):
        if all(tokens[i + k].text.lower() == w for k, w in enumerate(words)):
            before = tokens[i - 1]
            money = before.kind == "number" and tokens[i - 2].kind == "currency" if i >= 2 else False
            return money or lookup(before.text, short=False) is not None and is_money(lookup(before.text))
    return False


def _counted(tokens: list[Token], start: int, item: str) -> bool:
    """Whether a count of ``item`` appears: '12 eggs' for 'per egg'."""
    forms = {item, item + "s", item + "es", item.removesuffix("s"), item.removesuffix("es")}
    return any(t.kind == "number" and tokens[i + 1].word in forms for i, t in enumerate(tokens[start:-1], start))


def _scaled_price(tokens: list[Token], start: int) -> Solution | None:
    """The price of another count of an item at the same rate: '3 notebooks cost $7.50, how much for 8?'."""
    item = next((_item_after(tokens, i) for i in range(start, len(tokens) - 1) if tokens[i].kind == "number"), None)
    if not has_word(tokens, start, "how much", "what", "cost", "total"):
        return None
    if not item:
        return _scaled_measure(tokens, start)
    nouns = (item, item + "s", item + "es", item.removesuffix("s"))
    frame = Frame(
        slots=(
            Slot("price", "money", ("costs", "cost", "for", "at", "is", "are", "priced at", "sells for", "sold for")),
            Slot("amount", "count", (), nouns, needs_noun=True),
            Slot("wanted", "count", ("for", "buy", "buying", "get", "of"), (*nouns, *_again(nouns), "more"),
                 bare=False),
        ),
        fillers=frozenset("what is the price cost costs how much does do would will be it they them i we pay if "
                          "a an of for and then total".split()),
        options={e: "each" for e in ("each", "apiece", "a piece", f"per {item.removesuffix('s')}")},
        verbs=("cost", "costs", "are", "is"),
    )  # fmt: skip
    reading = frame.read(tokens, start)
    if "each" in reading.options:
        return _count_times_price(reading)
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


def _again(nouns: tuple[str, ...]) -> tuple[str, ...]:
    """'11 of them', '11 of the same pens': the count wanted of the item already priced, at its rate."""
    return ("of them", "of those", "of these", "of the same", *(f"of the same {n}" for n in nouns))


def _count_times_price(reading: Reading) -> Solution:
    """A count of items at a price each: '3 shirts at $24.99 each', 'how much for 8 if they are $2.50 apiece'."""
    counts = [reading.values[k] for k in ("amount", "wanted") if k in reading.values]
    if "price" not in reading.values or len(counts) != 1:
        raise NotUnderstood(0, "a count and the price of each")
    price, count = reading.values["price"], counts[0]
    total = Quantity(numbers.checked(price.value * count.value), price.measure)
    steps = [f"{numbers.format_number(count.value)} × {show(price, exact=True)} = {show(total, exact=True)}"]
    solution = answer_for(total, "price times count", f"{numbers.format_number(count.value)} * {show(price)}", steps)
    solution.answer += " in total"
    return solution


_SCALED_MEASURE = Frame(
    slots=(
        Slot("price", "money", ("costs", "cost", "for", "at", "is", "are", "priced at", "sells for", "sold for",
                                "pay", "paid")),
        Slot("amount", "measure"),
        Slot("wanted", "measure", ("for", "buy", "buying", "get", "of"), bare=False),
    ),
    fillers=frozenset("what is the price cost costs how much does do would will be it i we pay if a an of for and "
                      "then".split()),
    verbs=("cost", "costs", "are", "is"),
    goods=True,
)  # fmt: skip


def _scaled_measure(tokens: list[Token], start: int) -> Solution | None:
    """The price of another amount at the same rate: '5 pounds of beef costs $32.50, how much for 8 pounds?'."""
    try:
        reading = _SCALED_MEASURE.read(tokens, start)
    except NotUnderstood:
        return None
    if len(reading.values) < 3:
        return None
    asked = next((i for i in range(start, len(tokens)) if tokens[i].word in ("how", "what", "what's", "whats")), 0)
    first, second = sorted(("amount", "wanted"), key=lambda name: reading.at[name])
    if not reading.at[first] < asked < reading.at[second]:
        raise NotUnderstood(start, "the amount priced, then the question and the amount wanted")
    price, amount, wanted = reading.values["price"], reading.values[first], reading.values[second]
    if reading.goods.get(second, reading.goods.get(first)) != reading.goods.get(first):
        raise ToolInputError("the price given is for something else than the amount asked about")
    assert amount.measure is not None and wanted.measure is not None
    if amount.value <= 0:
        raise ToolInputError("the amount bought must be more than zero")
    same = convert(wanted.value, wanted.measure, amount.measure)
    total = Quantity(numbers.checked(price.value * same / amount.value), price.measure)
    steps = [f"{show(price, exact=True)} × {show(wanted, exact=True)} ÷ {show(amount, exact=True)} = "
             f"{show(total, exact=True)}"]  # fmt: skip
    expression = f"{show(price)} * {show(wanted)} / {show(amount)}"
    solution = answer_for(total, "unit price", expression, steps, suffix=f" for {show(wanted)}")
    solution.notes.insert(0, "the same price for each unit, whatever the amount")
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
             "pay", "pays", "charge", "charges", "get", "gets", "of", "paid", "saving", "earning", "making",
             "put away", "putting away", "set aside", "setting aside", "put aside", "putting aside", "deposit",
             "depositing", "spend", "spending", "spends")),
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
    count = calendar_count(extent, each.measure.per)
    if count is None:
        total = multiply(each, extent)
        note = "a month is a twelfth of a year" if "month" in (each.measure.per.name, extent.measure.name) else ""
    else:  # "$40 a week for a year" is 52 weeks' worth, as a payslip counts it, not 52.18
        count, note = count
        total = Quantity(numbers.checked(each.value * count), _money_of(each.measure))
    steps = [f"{show(each, exact=True)} × {show(extent, exact=True)} = {show(total, exact=True)}"]
    solution = answer_for(total, "rate times amount", f"{show(each)} * {show(extent)}", steps)
    if note:
        solution.notes.insert(0, note)
    return solution


_PER_YEAR = {"week": 52, "day": 365}
_CLOCK_SPANS = frozenset({"second", "minute", "hour"})
_DAY_SPANS = frozenset({"day", "week", "fortnight"})


def calendar_count(extent: Quantity, per: Measure) -> tuple[Real, str] | None:
    """How many ``per`` in ``extent`` by the calendar people count in: 52 weeks or 365 days to a year.

    None when the units convert exactly (hours in days, months in years); a ToolInputError for days or weeks
    against months, whose length varies.
    """
    assert extent.measure is not None
    long_names = {"month", "year"}
    if extent.measure.name in long_names and per.name in long_names or per.dimension != "time":
        return None
    for spans in (_CLOCK_SPANS, _DAY_SPANS):
        if extent.measure.name in spans and per.name in spans:
            return None
    if {extent.measure.name, per.name} & _CLOCK_SPANS and {extent.measure.name, per.name} & _DAY_SPANS:
        # "$15 an hour for 3 days": a working day is not 24 hours, and a parking day is
        raise ToolInputError(f"say how many {per.name}s that is: a day of work is not 24 hours")
    if {extent.measure.name, per.name} & {"month"} or extent.measure.name == "leap year":
        raise ToolInputError("months vary in length: give the time in days or weeks, or the rate per month")
    if extent.measure.name == "year" and per.name in _PER_YEAR:
        count = numbers.checked(extent.value * _PER_YEAR[per.name])
        return count, f"a year is counted as {_PER_YEAR[per.name]} {per.name}s"
    if per.name == "year" and extent.measure.name in _PER_YEAR:
        count = numbers.checked(extent.value / _PER_YEAR[extent.measure.name])
        return count, f"a year is counted as {_PER_YEAR[extent.measure.name]} {extent.measure.name}s"
    raise ToolInputError(f"say the time in {per.name}s, or the rate per {extent.measure.name}")


def _money_of(measure: Measure) -> Measure:
    return Measure(measure.name, measure.dimension, Fraction(1), measure.symbol)
