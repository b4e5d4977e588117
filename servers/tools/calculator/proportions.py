"""Proportions: an amount scaled with what it makes (an amount shared in a ratio is ``shares``).

* "if 3 cups of flour makes 24 cookies, how many cups for 60 cookies" → 3 × 60 ÷ 24 = 7.5 cups
* "a recipe needs 2 eggs for 4 servings, how many eggs for 10 servings" → 5 eggs

A proportion is read only in its direct form — so much of one thing makes, serves or is needed for so much of
another — and the answer says it assumes the two scale together. What scales inversely ("4 workers take 6
days") uses words outside this grammar and is declined, never scaled the wrong way.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.expression import Evaluation
from servers.tools.calculator.frames import has_word
from servers.tools.calculator.grammar import Parser
from servers.tools.calculator.quantities import Measure, Quantity, convert, lookup, plural, singular
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_LINKS = [tuple(p.split()) for p in (
    "makes", "make", "made", "will make", "can make", "for", "serves", "serve", "will serve", "feeds", "feed",
    "will feed", "yields", "yield", "gives", "give", "produces", "produce", "covers", "cover", "is enough for",
    "are enough for", "is needed for", "are needed for", "to make", "to serve", "to feed", "per", "to",
    "needs", "need", "uses", "use", "takes", "requires", "and needs", "and uses", "and takes", "and calls for",
    "and requires", "calls for")]  # fmt: skip
_SUBJECT_VERBS = [tuple(p.split()) for p in (
    "needs", "uses", "calls for", "takes", "requires", "need", "use", "is", "makes", "for")]  # fmt: skip
_CONDITIONS = [tuple(p.split()) for p in (
    "if i use", "if we use", "if i have", "if we have", "if i make", "if we make", "if i'm using", "if i want",
    "if i need", "for", "with", "using")]  # fmt: skip
"""'... if i use 1.2 kg of flour, how much water': the amount wanted said before the question."""
_ASK_WORDS = frozenset(
    "do does would will i we you need needed are is it take takes use used required there be should can could "
    "make get".split()
)
_WANT = [tuple(p.split()) for p in (
    "for", "to make", "to serve", "to feed", "to get", "to cover", "with", "from", "if i have", "if we have",
    "if i want", "if we want", "if i need", "if i make", "if i'm making")]  # fmt: skip
_GOODS_STOP = frozenset(
    "for makes make serves feeds yields gives produces covers is to needs need uses use takes requires and calls how "
    "what if".split()
)


@dataclass(frozen=True)
class _Amount:
    value: Fraction
    noun: str  # a counted thing's key ("cooky") or a unit's name ("cup")
    measure: Measure | None
    written: str = ""  # the counted thing as the request writes it ("cookies")
    goods: str = ""  # what a measured amount is of ("pasta" in "300 g of pasta")


def solve_proportion(tokens: list[Token], start: int) -> Solution | None:
    """Direct proportion: an amount of one thing for an amount of another, asked for another amount of either."""
    if not has_word(tokens, start, "how many", "how much") or tokens[start].kind not in ("number", "word"):
        return None
    reader = Parser(tokens, start, relations=False)
    reader.take_any((("if",), ("when",)))
    _subject(reader)
    first = _amount(reader, goods=True)
    if first is None or reader.take_any(_LINKS) is None:
        return None
    second = _amount(reader, goods=True)
    if second is None:
        raise reader.fail("an amount of what it makes")
    while reader.take(",") or reader.take(".") or reader.take("so") or reader.take("then") or reader.take("and"):
        pass
    wanted = _condition(reader)  # 'if i use 1.2 kg of flour, how much water'
    if not (reader.take("how", "many") or reader.take("how", "much")):
        raise reader.fail("'how many' and what is asked")
    asked = _noun(reader)
    if asked is None:
        raise reader.fail("what is asked for")
    _goods_named(reader)  # 'how many cups of sugar'
    while reader.peek().word in _ASK_WORDS:
        reader.i += 1
    if wanted is None:
        if reader.take_any(_WANT) is None:
            raise reader.fail("'for' and the amount wanted")
        wanted = _amount(reader, goods=True, bare=True)
        if wanted is None:
            raise reader.fail("the amount wanted")
    unit = _asked_in(reader)
    reader.take("?")
    if not reader.at_end():
        raise reader.fail("nothing more after the amount wanted")
    solution = _scaled(first, second, asked, wanted)
    return solution if unit is None else _in_unit(solution, unit)


def _condition(reader: Parser) -> _Amount | None:
    """'if i use 1.2 kg of flour,' before the question: the amount wanted, said first."""
    mark = reader.i
    if reader.take_any(_CONDITIONS) is None:
        return None
    wanted = _amount(reader, goods=True, bare=False)
    if wanted is None:
        reader.i = mark
        return None
    reader.take(",")
    return wanted


def _goods_named(reader: Parser) -> None:
    if reader.at("of") and _is_word(reader.peek(1)):
        reader.i += 2


def _asked_in(reader: Parser) -> Measure | None:
    """'... how much water in grams': the unit the answer is asked in."""
    if not reader.at("in") or reader.peek(1).kind != "word":
        return None
    unit = lookup(reader.peek(1).text, short=False)
    if unit is None:
        return None
    reader.i += 2
    return unit


def _in_unit(solution: Solution, unit: Measure) -> Solution:
    """The scaled amount said in the unit asked; across kinds (grams of cups) a ToolInputError."""
    measure = lookup(solution.unit or "", short=False) if solution.unit else None
    if measure is None or not isinstance(solution.result, Fraction | int):
        raise ToolInputError("the amount is not in a unit that converts to the one asked")
    value = numbers.checked(Fraction(convert(solution.result, measure, unit)))
    converted = answer_for(Quantity(value, unit), solution.problem, solution.expression, solution.steps)
    converted.steps = [*solution.steps, f"= {numbers.format_number(value)} {unit.label(value)}"]
    converted.notes = solution.notes
    return converted


def _counted(noun: str, count: numbers.Real) -> str:
    """``noun`` as said of ``count`` of it: '1 tray', '25 trays'."""
    return singular(noun) if count == 1 else plural(singular(noun))


def _scaled(first: _Amount, second: _Amount, asked: str, wanted: _Amount) -> Solution:
    if any(a.measure is not None and a.measure.dimension == "time" for a in (first, second, wanted)):
        # "4 workers for 6 days": work and time scale inversely, which this reading cannot tell apart
        raise ToolInputError("I can't tell whether those amounts scale together or inversely; say how they relate")
    if _same(asked, second) and not _same(asked, first):
        first, second = second, first  # "how many cookies from 9 cups"
    if not _same(asked, first) or wanted.noun and not _same(wanted.noun, second):
        raise ToolInputError("the amount wanted is not of the same things as the amounts given")
    if wanted.goods and second.goods and wanted.goods != second.goods:
        raise ToolInputError("the amount wanted is not of the same things as the amounts given")  # 1.2 kg of sugar
    if second.value <= 0 or first.value <= 0:
        raise ToolInputError("the amounts must be more than zero")
    wanted_value = wanted.value
    if wanted.measure is not None and second.measure is not None:
        wanted_value = Fraction(convert(wanted.value, wanted.measure, second.measure))
    result = numbers.checked(first.value * wanted_value / second.value)
    q = Quantity(result, first.measure)
    label = first.measure.label(result) if first.measure else _counted(asked, result)
    given = f"{numbers.format_number(first.value)} {_label(first)} for {numbers.format_number(second.value)} " \
            f"{_label(second)}"  # fmt: skip
    steps = [f"{given}: {numbers.format_number(first.value)} × {numbers.format_number(wanted_value)} ÷ "
             f"{numbers.format_number(second.value)} = {numbers.format_number(result)} {label}"]  # fmt: skip
    expression = f"{numbers.format_number(first.value)} * {numbers.format_number(wanted_value)} / " \
                 f"{numbers.format_number(second.value)}"  # fmt: skip
    solution = answer_for(q, "proportion", expression, steps)
    if first.measure is None:
        solution.answer = f"{numbers.format_number(result)} {label}"
        solution.unit = label
    solution.notes.insert(0, "assuming the two amounts scale in direct proportion")
    return solution


def _label(amount: _Amount) -> str:
    return amount.measure.label(amount.value) if amount.measure else amount.written


def _same(noun: str, amount: _Amount) -> bool:
    if amount.goods and _singular(noun) == amount.goods:  # "how much pasta" of "300 g of pasta"
        return True
    if amount.measure is not None:
        other = lookup(noun, short=False)
        return other is not None and other.key == amount.measure.key
    return _singular(noun) == amount.noun


def _subject(reader: Parser) -> None:
    """'a recipe needs', 'the paint uses': up to two words naming the thing, then its verb."""
    for width in (0, 1, 2, 3):
        if all(reader.peek(k).kind == "word" and reader.peek(k).word.isalpha() for k in range(width)):
            mark = reader.i
            reader.i += width
            if reader.take_any(_SUBJECT_VERBS) is not None and reader.peek().kind == "number":
                return
            reader.i = mark


def _amount(reader: Parser, *, goods: bool, bare: bool = False) -> _Amount | None:
    """A number and what it counts: '3 cups' (of flour), '24 cookies', '60' (when ``bare``)."""
    if reader.peek().kind != "number":
        return None
    node = reader.unary()
    q = Evaluation().value(node)
    if q.percent or q.value <= 0 or not isinstance(q.value, Fraction):
        raise reader.fail("a plain amount")
    q = _fraction_of_one(reader, q)  # '2/3 of a cup'
    if q is None or not isinstance(q.value, Fraction):
        raise reader.fail("a plain amount")
    if q.measure is not None:
        if q.measure.per is not None or q.measure.symbol:
            raise reader.fail("an amount, not a rate or a price")
        amount = _Amount(q.value, q.measure.name, q.measure)
    else:
        noun = _noun(reader)
        if noun is None:
            if not bare:
                raise reader.fail("what the number counts")
            return _Amount(q.value, "", None)
        amount = _Amount(q.value, _singular(noun), None, noun)
    if goods and q.measure is not None and _is_word(reader.peek()) and reader.peek().word not in _GOODS_STOP:
        if not any(reader.peek().word == link[0] for link in (*_LINKS, *_SUBJECT_VERBS)):
            if lookup(reader.peek().word, short=False) is None and reader.peek().word not in _ASK_WORDS:
                amount = replace(amount, goods=_singular(reader.peek().word))  # '500g flour to 350g water'
                reader.i += 1
                return amount
    if goods and reader.at("of"):  # "3 cups of flour"
        j = reader.i + 1
        while j < reader.i + 3 and _is_word(reader.tokens[j]) and reader.tokens[j].word not in _GOODS_STOP:
            j += 1
        if j > reader.i + 1:
            if j == reader.i + 2:
                amount = replace(amount, goods=_singular(reader.tokens[reader.i + 1].word))
            reader.i = j
    return amount


def _fraction_of_one(reader: Parser, q: Quantity) -> Quantity | None:
    """'2/3 of a cup', '3/4 cup': a fraction written with a slash, and of one unit; the quantity, else None when
    the slash leads anywhere else."""
    if q.measure is None and reader.at("/") and reader.peek(1).kind == "number" and reader.peek(1).value:
        q = Quantity(Fraction(q.value) / Fraction(reader.peek(1).value))
        reader.i += 2
        if reader.at("of") and reader.peek(1).word in ("a", "an"):
            reader.i += 2
        unit = reader.unit(short=False)
        return Quantity(q.value, unit) if unit is not None and unit.per is None else None
    return q


def _noun(reader: Parser) -> str | None:
    token = reader.peek()
    if not _is_word(token) or token.word in _ASK_WORDS or any(token.word == link[0] for link in _LINKS):
        return None
    measure = reader.unit(short=False)
    if measure is not None:
        return measure.name
    reader.i += 1
    return token.word


def _is_word(token: Token) -> bool:
    return token.kind == "word" and token.word.isalpha() and token.word not in ("of", "and", "the", "a", "an")


def _singular(noun: str) -> str:
    """A key under which a noun's singular and plural meet: cookie/cookies, berry/berries, box/boxes."""
    if noun.endswith(("sses", "shes", "ches", "xes")):
        noun = noun[:-2]
    elif noun.endswith("s") and not noun.endswith("ss"):
        noun = noun[:-1]
    if noun.endswith("ie"):
        noun = noun[:-2] + "y"
    return noun.removesuffix("e") if noun.endswith("oe") else noun
