"""A whole amount split unevenly: by percentages that add up to 100%, or in proportion to nights (or days) stayed.

* 'Three of us share a flat and split the £1,350 rent by room size: 40%, 35% and 25%. How much does the person on
  35% pay?' → 35% × £1,350 = £472.50. The percentages must add up to 100% (else the split is not of the whole),
  the question names one of them, and a count of the sharers ('three of us') must match how many there are.
* 'Four friends rented a cabin for £1,120. Sam stayed 4 nights, Priya and Tom stayed 3 nights each and Jo stayed
  2 nights. If we split it by nights stayed, how much does Sam owe?' → 12 nights in all; £1,120 × 4 ÷ 12 = £373.33.
  Each count of nights is said of the names before it in its clause ('Priya and Tom ... each' is 3 nights for each
  of them); the request says the split goes by nights ('by nights', 'in proportion to'), the question names one of
  the people, and a count of everyone must match the names.

One amount of money, nothing else: a deposit, a second amount or a number said of nobody declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.money import percent
from servers.tools.calculator.quantities import Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start, question_words
from servers.tools.calculator.tokens import Token

_SPLIT = frozenset("split splits splitting share shares sharing divide divided dividing".split())
_SPOILERS = frozenset("deposit plus extra tax tip fee fees minus except discount off".split())


def solve_percent_split(tokens: list[Token], start: int) -> Solution | None:
    """One share of an amount split by percentages adding up to 100%, named in the question; None otherwise."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if not _SPLIT & set(words) or _SPOILERS & set(words):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    asking = question_start(tokens, start)
    wholes = [g for g in givens if is_money(g.quantity.measure) and g.quantity.measure.per is None]
    if any(_priced_per(g) for g in wholes):
        return None
    shares = [g for g in givens if g.quantity.percent and g.start < asking]
    asked = [g for g in givens if g.quantity.percent and g.start >= asking]
    people = [g for g in givens if g.noun == "people" and g.quantity.measure is None and g.start < asking]
    if len(wholes) != 1 or len(shares) < 2 or len(asked) != 1 or len(people) > 1:
        return None
    if len(wholes) + len(shares) + len(asked) + len(people) != len(givens):
        return None
    if sum(Fraction(g.quantity.value) for g in shares) != 1:
        return None  # the percentages do not split the whole
    if people and people[0].quantity.value != len(shares):
        return None  # 'three of us' and four shares
    share = Fraction(asked[0].quantity.value)
    if share not in {Fraction(g.quantity.value) for g in shares}:
        return None
    whole = wholes[0].quantity
    value = numbers.checked(Fraction(whole.value) * share)
    q = Quantity(value, whole.measure)
    listed = " + ".join(percent(g.quantity) for g in shares)
    steps = [f"{listed} = 100%", f"{percent(asked[0].quantity)} × {show(whole, exact=True)} = {show(q, exact=True)}"]
    return answer_for(q, "split by percentages", f"{percent(asked[0].quantity)} * {show(whole)}", steps)


_BY = ("by nights", "by the nights", "by nights stayed", "by number of nights", "by days", "by the days",
       "in proportion", "proportionally", "pro rata", "by how many nights", "by how many days",
       "by the number of nights", "by the number of days", "according to")  # fmt: skip
_STAYS = frozenset("night nights day days".split())
_NOT_NAMES = frozenset("if we i the a an and so then but four three two five six friends of us it for each".split())
_FIRST_PERSON = frozenset({"i", "me", "my", "i'm"})


def solve_split_by_nights(tokens: list[Token], start: int) -> Solution | None:
    """One person's share of an amount split in proportion to the nights each stayed; None unless exactly that."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    joined = " ".join(words)
    if not any(p in joined for p in _BY) or _SPOILERS & set(words):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    asking = question_start(tokens, start)
    wholes = [g for g in givens if is_money(g.quantity.measure) and g.quantity.measure.per is None]
    if any(_priced_per(g) for g in wholes):
        return None  # '£50 a night': a price per night, not the whole to share
    stays = [g for g in givens if _stay(g) and g.start < asking]
    people = [g for g in givens if g.noun == "people" and g.quantity.measure is None and g.start < asking]
    if len(wholes) != 1 or len(stays) < 2 or len(people) > 1 or len({_stay(g) for g in stays}) != 1:
        return None
    if len(wholes) + len(stays) + len(people) != len(givens):
        return None
    nights: dict[str, Fraction] = {}
    for g in stays:
        names = _names_before(tokens, g, start)
        if not names or len(names) > 1 and not _each_after(tokens, g):
            return None  # a count said of nobody, or of two without 'each'
        for name in names:
            if name in nights:
                return None
            nights[name] = Fraction(g.quantity.value)
    if people and people[0].quantity.value != len(nights):
        return None
    asked = _asked_name(question_words(tokens, start), nights)
    if asked is None:
        return None
    total_nights = sum(nights.values())
    whole = wholes[0].quantity
    if total_nights <= 0:
        return None
    value = numbers.checked(Fraction(whole.value) * nights[asked] / total_nights)
    q = Quantity(value, whole.measure)
    unit = _stay(stays[0]) + "s"
    listed = " + ".join(numbers.format_number(n) for n in nights.values())
    who = "you" if asked == "I" else asked
    steps = [
        f"{listed} = {numbers.format_number(total_nights)} {unit} in all",
        f"{show(whole, exact=True)} × {numbers.format_number(nights[asked])} ÷ {numbers.format_number(total_nights)} "
        f"= {show(q, exact=True)} for {who}",
    ]
    expression = f"{show(whole)} * {numbers.format_number(nights[asked])} / {numbers.format_number(total_nights)}"
    solution = answer_for(q, f"split by {unit}", expression, steps)
    solution.notes.append(f"each pays the same for every one of the {unit}: the cost is shared in proportion to them")
    return solution


def _stay(g: Given) -> str:
    """'4 nights' (a count of nights), '3 days' (a time in days): what a stay is counted in, or ''."""
    q = g.quantity
    if q.percent or q.value <= 0:
        return ""
    if q.measure is None:
        return g.noun if g.noun in ("night", "day") else ""
    return "day" if q.measure.name == "day" and q.measure.per is None else ""


def _names_before(tokens: list[Token], g: Given, start: int) -> list[str]:
    """'Sam stayed', 'Priya and Tom stayed', ', Ben 3 nights', 'I stayed': who a count of nights is said of — the
    names back to the start of its clause or the number before it."""
    names: list[str] = []
    j = g.start - 1
    while j >= start and tokens[j].kind == "word" and tokens[j].text not in (",", ".", ";"):
        text = tokens[j].text
        if text.lower() in _FIRST_PERSON:
            names.insert(0, "I")
        elif text[:1].isupper() and text.isalpha() and text.lower() not in _NOT_NAMES:
            names.insert(0, text)
        j -= 1
    return names


def _each_after(tokens: list[Token], g: Given) -> bool:
    return tokens[g.end].word in ("each", "apiece") or tokens[g.start - 1].word == "both"


def _asked_name(question: list[str], nights: dict[str, Fraction]) -> str | None:
    named = {name for name in nights if name != "I" and name.lower() in question}
    named |= {"I"} if "I" in nights and _FIRST_PERSON & set(question) else set()
    return next(iter(named)) if len(named) == 1 else None


def _priced_per(g: Given) -> bool:
    """'£50 a night', '$50 per sale', '$20 each': a price of one of something, never a whole amount."""
    return g.per_each or g.after[:1] in (("a",), ("an",), ("per",), ("each",), ("every",), ("/",))
