"""Totals of counted things at a price each, said as a list: '45 children x £8.50', 'Sold 48 jars at £7 and 20 at
£4.50, what's the total?', '4.5 hours at £45 plus £85 for parts', '40 hours at $55 an hour minus a 10% platform
fee', 'Guest is staying 12 nights at £68 a night. Work out his total'.

The request is read as a whole, left to right, and nothing in it is left over:

- an opening that names who sells or stays ('Sold', 'If I sell', 'Guest is staying') or the total asked ('the
  total for', 'my weekly pay for', 'the cost of');
- one or more lines, each a count with its noun and a price after 'at', '@' or 'x' ('12 nights at £68 a night');
  a price said per something must be per the thing counted ('£68 a night' for nights, '£8.50 per child' for
  children), else it is not one of these lines; a second line may leave its noun to the first ('and 20 at £4.50');
- amounts added on the lot ('plus £85 for parts', 'and a £5 booking fee'), or one percentage taken off it ('minus
  a 10% platform fee') — not both, since what the percentage is of would then be a guess;
- a question that asks for the whole ('what's the total', 'what do I take', 'what's my takings', 'work out his
  total') or none at all, the way a step of a longer task is handed over ('Work out 45 children x £8.50').

A price said after a count with 'at' and nothing after it is the price of one ('96 jars at £6.50' is £6.50 a jar):
that is what 'at' says of a count, and the answer's notes say so. One currency only; a percentage, a rate per
anything else, a share, a change or a comparison anywhere declines the reading.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.padding import padded
from servers.tools.calculator.quantities import Quantity, currency, show, singular
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token
from servers.tools.calculator.when_said import when_width

MAX_LINES = 8
_MARKERS = frozenset({"at", "x", "@", "*"})
_JOINS = frozenset({"and", "plus", "+", ",", "&"})
_PER = frozenset({"a", "an", "per", "/"})
_ONE_EACH = frozenset({"each", "apiece", "ea"})
_ONES = {"children": "child", "people": "person", "men": "man", "women": "woman", "hrs": "hour", "hr": "hour",
         "hours": "hour", "kids": "kid", "nights": "night", "pax": "person"}  # fmt: skip
_MEASURED = frozenset(
    "hour hours hr hrs day days week weeks month months kg kilo kilos kilogram kilograms metre metres meter meters "
    "litre litres liter liters mile miles km".split()
)
"""Nouns a count of which may be a fraction ('4.5 hours'); '2.5 children' is not a count."""
_NOT_NOUNS = frozenset(
    "at x for and plus or each per a an the of in on to by with minus less off from than every apiece is are was "
    "were".split()
)
_SPOILERS = frozenset(
    "not no never each every per split share shared sharing between among half discount off refund refunded "
    "saved save saving left more less extra than except only average tax vat gst tip deposit profit change budget "
    "instead without free minus plus after before cheaper dearer difference percent percentage owe owes owed "
    "remaining rest already back".split()
)
"""Words that make a line or an opening something other than a plain count at a price each."""
_TOTAL_NOUNS = frozenset("total cost bill pay wage wages takings charge invoice price amount quote earnings".split())
_TOTAL_OPENERS = frozenset("the my his her our their your weekly daily monthly total gross full whole".split())
_VERBS = frozenset(
    "sold sell sells selling stayed staying stays stay booked book worked work working did do doing bought buy "
    "buying ordered order charged charge charging billed bill hired hire need needs needed".split()
)
_AUX = frozenset({"is", "am", "are", "was", "were", "will", "'m", "i'm", "we're", "he's", "she's"})
_TAIL = frozenset(
    "what what's whats is the total my his her their our your takings take took did do does i we he she they "
    "in all altogether how much that this it comes come to bill cost costs work out figure calculate will be would "
    "overall please in grand earn earned get got make made pay charge owe sum add up should actually spend "
    "spent".split()
)
"""The words of a question asking for the whole; a word not here asks something else ('left', 'each', 'per')."""
_ASKING = frozenset("what what's whats how total takings take took bill cost costs earn earned make made sum".split())
_MAKING = frozenset({"make", "made"})
_EXTRA_WORDS = 3
_BARE_PEOPLE = frozenset({"people", "persons", "person", "us"})


@dataclass(frozen=True, slots=True)
class _Line:
    count: Fraction
    noun: str
    price: Fraction
    per: str | None  # the unit the price was said per ('night'), 'each', or None when only 'at' says it


@dataclass(frozen=True, slots=True)
class _Extra:
    amount: Fraction
    label: str


def solve_priced_total(tokens: list[Token], start: int) -> Solution | None:
    """The total of counted lines at a price each (with amounts added or a percentage taken off); None otherwise."""
    tokens = padded(tokens)  # look ahead of any token without running off the request
    end = _end(tokens)
    if end - start > 80:
        return None
    at = _opening(tokens, start)
    if at is None:
        return None
    codes: set[str] = set()
    lines: list[_Line] = []
    extras: list[_Extra] = []
    cut: Fraction | None = None
    while len(lines) < MAX_LINES:
        read = _line(tokens, at, lines[-1].noun if lines else None, codes)
        if read is None:
            break
        line, at = read
        lines.append(line)
        if tokens[at].text in _JOINS and tokens[at + 1].text in _JOINS:
            at += 1  # ', and', ', plus'
        if tokens[at].text not in _JOINS:
            break
        if _line(tokens, at + 1, line.noun, set()) is None:
            break
        at += 1
    if not lines:
        return None
    while tokens[at].text in _JOINS and len(extras) < MAX_LINES:
        extra = _extra(tokens, at + 1, codes)
        if extra is None:
            break
        if not extra[0].label and tokens[at].text not in ("plus", "+"):
            return None  # 'at £6.50 and £5': a second price, or an amount added? Only 'plus' says added
        extras.append(extra[0])
        at = extra[1]
    if tokens[at].word in ("minus", "less", "after") and not extras:
        taken = _cut(tokens, at + 1)
        if taken is None:
            return None
        cut, at = taken
    if len(codes) != 1 or not _tail(tokens, at, end):
        return None
    return _answer(lines, extras, cut, codes.pop(), made=_asked_made(tokens, at, end))


def _end(tokens: list[Token]) -> int:
    return next(k for k, t in enumerate(tokens) if t.kind == "end")


def _words(tokens: list[Token], at: int, stop: frozenset[str]) -> int:
    """The index after a run of plain words (none in ``stop``), hyphened words kept together ('call-out')."""
    while tokens[at].kind == "word" and tokens[at].word not in stop or _hyphen(tokens, at):
        at += 1
    return at


def _hyphen(tokens: list[Token], at: int) -> bool:
    here = tokens[at]
    return here.text == "-" and here.attached and tokens[at + 1].kind == "word" and tokens[at + 1].attached


def _opening(tokens: list[Token], start: int) -> int | None:
    """Where the first line starts after an opening that names the seller or the total asked; None for any other."""
    if tokens[start].kind == "number":
        return start
    at = start
    words: list[str] = []
    while tokens[at].kind == "word" and len(words) < 7:
        words.append(tokens[at].word)
        at += 1
        if tokens[at].text in (":", "—") and not set(words) & _SPOILERS:
            words, at = [], at + 1  # 'Busy Saturday at the grooming parlour:' names the day, not a number
    if at > start and tokens[at].kind == "number" and not words:
        return at
    if tokens[at].kind != "number" or not words or set(words) & _SPOILERS:
        return None
    if words[-1] in ("for", "of", "on") and len(words) >= 2 and words[-2] in _TOTAL_NOUNS:
        return at if set(words[:-2]) <= _TOTAL_OPENERS else None  # 'the total for', 'my weekly pay for'
    if words[-1] not in _VERBS:
        return None
    subject = words[1:-1] if words[0] == "if" else words[:-1]
    subject = [w for w in subject if w not in _AUX]
    return at if len(subject) <= 3 and all(w.isalpha() or w in ("i'm", "we're") for w in subject) else None


def _money(tokens: list[Token], at: int, codes: set[str]) -> tuple[Fraction, int] | None:
    """An amount with a currency sign before it ('£8.50'), its currency noted in ``codes``."""
    sign, number = tokens[at], tokens[at + 1]
    if sign.kind != "currency" or number.kind != "number" or not number.attached or tokens[at + 2].text == "%":
        return None
    if tokens[at + 2].attached and tokens[at + 2].kind == "word":
        return None  # '£2k', '$5m': a scale or unit the line does not read
    codes.add(sign.value)
    return Fraction(number.value), at + 2


def _line(tokens: list[Token], at: int, noun: str | None, codes: set[str]) -> tuple[_Line, int] | None:
    """'12 nights at £68 a night', '45 children x £8.50', '20 at £4.50' (the noun of the line before)."""
    count = tokens[at]
    if count.kind != "number" or tokens[at + 1].text == "%" or count.value <= 0:
        return None
    after = _words(tokens, at + 1, _NOT_NOUNS)
    named = [t.word for t in tokens[at + 1 : after] if t.kind == "word"]
    own = named[-1] if named else noun
    if len(named) == 1 and tokens[after].word == "of" and tokens[after + 1].kind == "word":
        after = _words(tokens, after + 1, _NOT_NOUNS)  # '14 bottles of perfume': the bottles, each of perfume
        named = [t.word for t in tokens[at + 1 : after] if t.kind == "word"]
    if len(named) > 3 + ("of" in named) or set(named) & _SPOILERS or not named and noun is None:
        return None
    if own is None or own in _BARE_PEOPLE or tokens[after].text.lower() not in _MARKERS:
        return None  # '8 people at $27.50 each' names nobody's purchase: each one's share, or their total?
    value = Fraction(count.value)
    if value.denominator != 1 and own not in _MEASURED:
        return None  # '2.5 children'
    priced = _money(tokens, after + 1, codes)
    if priced is None:
        return None
    price, at = priced
    per: str | None = None
    if tokens[at].word in _ONE_EACH:
        per, at = "each", at + 1
    elif tokens[at].text.lower() in _PER and tokens[at + 1].kind == "word":
        said = tokens[at + 1].word
        if _one(said) != _one(own):
            return None  # '3 kids at £4.50 a week': a rate per something else than the things counted
        per, at = _one(said), at + 2
    return _Line(value, " ".join(named) or own, price, per), at


def _one(noun: str) -> str:
    return _ONES.get(noun, singular(noun))


def _extra(tokens: list[Token], at: int, codes: set[str]) -> tuple[_Extra, int] | None:
    """'£85 for parts', 'a £5 booking fee', '£40 parts': an amount added once to the lot."""
    if tokens[at].word in ("a", "an", "the"):
        at += 1
    priced = _money(tokens, at, codes)
    if priced is None:
        return None
    amount, at = priced
    if tokens[at].word in ("for", "in", "on"):
        at += 1
    after = _words(tokens, at, _NOT_NOUNS | _PER)
    label = [t.text for t in tokens[at:after] if t.kind == "word"]
    if len(label) > _EXTRA_WORDS or {w.lower() for w in label} & _SPOILERS:
        return None
    if tokens[after].text.lower() in _PER or tokens[after].word in _ONE_EACH | {"every"}:
        return None  # '£6 booking fee per ticket', '£15 a night': not once on the lot
    return _Extra(amount, " ".join(label)), after


def _cut(tokens: list[Token], at: int) -> tuple[Fraction, int] | None:
    """'a 10% platform fee', '20% commission', '15%': a percentage of the whole taken off it."""
    if tokens[at].word in ("a", "an", "the"):
        at += 1
    number = tokens[at]
    if number.kind != "number" or not (tokens[at + 1].text == "%" or tokens[at + 1].word == "percent"):
        return None
    rate = Fraction(number.value) / 100
    if not 0 < rate < 1:
        return None
    after = _words(tokens, at + 2, _NOT_NOUNS | _PER)
    label = {t.word for t in tokens[at + 2 : after] if t.kind == "word"}
    if len(label) > 2 or label - _CUT_NAMES - {
        "fee", "commission", "cut", "charge", "deduction"
    }:  # fmt: skip
        return None
    if tokens[after].text.lower() in _PER or tokens[after].word in _ONE_EACH:
        return None
    return rate, after


_CUT_NAMES = frozenset(  # who or what takes the cut: 'a 10% agent fee', 'a 12% management fee'
    {"platform", "service", "agency", "booking", "card", "processing", "admin", "agent", "agent's", "agents",
     "management", "letting", "broker", "transaction"}
)  # fmt: skip


def _tail(tokens: list[Token], at: int, end: int) -> bool:
    """What follows the lines: nothing, or a question asking for the whole (after where or when it happened)."""
    words: list[str] = []
    k = at
    while k < end:
        t = tokens[k]
        if t.kind == "word" and t.word == "at" and tokens[k + 1].word == "the" and tokens[k + 2].kind == "word":
            if tokens[k + 2].word in _SPOILERS or tokens[k + 3].kind == "word" and tokens[k + 3].word not in _TAIL:
                return False
            k += 3  # 'at the market'
            continue
        if when_width(tokens, k):
            k += when_width(tokens, k)  # 'on Saturday', 'at the weekend': when it was sold
            continue
        if t.kind == "word":
            words.append(t.word)
        elif t.text not in (",", ".", "?", "!", ";", ":", "-", "—"):
            return False
        k += 1
    if not words:
        return True
    return set(words) <= _TAIL and bool(set(words) & _ASKING)


def _asked_made(tokens: list[Token], at: int, end: int) -> bool:
    return any(t.word in _MAKING for t in tokens[at:end])


def _answer(lines: list[_Line], extras: list[_Extra], cut: Fraction | None, code: str, *, made: bool) -> Solution:
    money = currency(code)
    steps: list[str] = []
    parts: list[str] = []
    total = Fraction(0)
    for line in lines:
        value = line.count * line.price
        total += value
        count = numbers.format_number(line.count)
        each = show(Quantity(line.price, money), exact=True)
        steps.append(f"{count} {line.noun} × {each} = {show(Quantity(value, money), exact=True)}")
        parts.append(f"{count} * {each}")
    for extra in extras:
        total += extra.amount
        shown = show(Quantity(extra.amount, money), exact=True)
        steps.append(f"+ {shown}" + (f" ({extra.label})" if extra.label else ""))
        parts.append(shown)
    expression = " + ".join(parts)
    if len(parts) > 1:
        steps.append(f"{expression.replace('*', '×')} = {show(Quantity(total, money), exact=True)}")
    if cut is not None:
        taken = total * cut
        steps.append(f"{show(Quantity(cut, percent=True))} of {show(Quantity(total, money), exact=True)} = "
                     f"{show(Quantity(taken, money), exact=True)}, taken off")  # fmt: skip
        steps.append(f"{show(Quantity(total, money), exact=True)} − {show(Quantity(taken, money), exact=True)} = "
                     f"{show(Quantity(total - taken, money), exact=True)}")  # fmt: skip
        expression = f"({expression}) * (1 - {show(Quantity(cut, percent=True))})"
        total -= taken
    solution = answer_for(Quantity(numbers.checked(total), money), "priced total", expression, steps)
    if any(line.per is None for line in lines):
        solution.notes.append("a price after 'at' or 'x' with a count is read as the price of one of what is counted")
    if made:
        solution.notes.append("no costs were given, so this is what was taken before any costs")
    return solution
