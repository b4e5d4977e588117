"""What is left of a count after some of it goes: 'Tom has 48 stickers and gives away a quarter. How many does he
have now?' → 48 − 48 × 1/4 = 36.

The first number is the count had, with what it counts ('has 48 stickers', 'baked 36 cookies'). Each later amount
goes: said after a verb of giving, eating, losing, selling or using ('gives away 12', 'ate 5', 'lost a third of
them'), as a number of the things or a fraction of what there is at that point ('half', 'a quarter', 'two thirds',
'1/4'); a fraction after an amount has gone must say it is of the rest ('half of the rest'). The question asks how
many are left ('how many does he have now', 'how many are left'). A count added ('buys 6 more', 'finds 3'), money,
a unit, a share ('each'), a fraction that does not leave a whole number, or more going than there is declines the
reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.amounts import FRACTION_WORDS
from servers.tools.calculator.quantities import lookup, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_HAVING = frozenset("has have had got owns own collected baked picked made bought grew".split())
_GOING = frozenset(
    "gives gave give eats ate eat loses lost lose sells sold sell uses used use breaks broke donates donated "
    "spends spent drops dropped throws threw".split()
)
_AWAY = frozenset("away out up".split())
_LEFT = (("left",), ("now",), ("remain",), ("remaining",), ("still", "have"))
_SPOILERS = frozenset(
    "more buys buy finds found gets got receives received back plus each per every twice double both then "
    "shares share split between among instead except some few several couple handful bunch lot lots most "
    "keep keeps kept save saves saved aside".split()
)
"""Words that add to the count, share it, or take it back: not a count going down; or that set some of it aside
by no number ('and keep some for my sister'), which the count left cannot account for."""
_JOINS = frozenset("and or but then so of to in on at for with from by as is are was were".split())
_OF_THEM = (("of", "them"), ("of", "those"), ("of", "these"), ("of", "it"))


def solve_kept(tokens: list[Token], start: int) -> Solution | None:
    """The count left after the amounts that go; None when the request is not that."""
    question = question_start(tokens, start)
    asked = [t.word for t in tokens[question:] if t.kind == "word"]
    if question <= start or "how" not in asked or "many" not in asked:
        return None
    if not any(asked[k : k + len(p)] == list(p) for k in range(len(asked)) for p in _LEFT):
        return None
    shared = {k for k in range(start, question) if _to_each_of(tokens, k)}  # 'to each of my 6 friends'
    words = {t.word for k, t in enumerate(tokens[start:], start) if t.kind == "word" and k - 1 not in shared}
    if words & _SPOILERS or any(t.kind in ("currency", "clock", "date") or t.text == "%" for t in tokens[start:]):
        return None
    if any(t.kind == "number" for t in tokens[question:]):
        return None
    first = next((k for k in range(start, question) if tokens[k].kind == "number"), None)
    if first is None or first == start or tokens[first - 1].word not in _HAVING:
        return None
    count = Fraction(tokens[first].value)
    steps: list[str] = []
    packed = _packs_of(tokens, first)  # '3 packs of 12 stickers': 36 stickers
    if packed:
        count *= Fraction(tokens[first + 3].value)
        steps.append(f"{tokens[first].text} × {tokens[first + 3].text} = {numbers.format_number(count)}")
        first += 3
    noun = tokens[first + 1]
    if noun.kind != "word" or not noun.word.isalpha() or noun.word in _JOINS or lookup(noun.word, short=False):
        return None  # '48 kg' is a measure, 'had 40 and gave 12' says not what is counted
    i = first + 2
    gone_any = False
    while i < question:
        if tokens[i].word not in _GOING:
            if tokens[i].kind == "number" or tokens[i].word in FRACTION_WORDS:
                return None  # an amount with no verb that takes it away
            i += 1
            continue
        i += 1 + (tokens[i + 1].word in _AWAY)
        read = _amount(tokens, i, count)
        if read is None:
            return None
        gone, said, after = read
        if gone_any and said.endswith(")") and not _of_the_rest(tokens, after):
            return None  # 'ate 4 and gave away half': half of the 36 or of the 32 left is two readings
        i = after
        if gone <= 0 or gone > count or gone.denominator != 1:
            return None
        steps.append(f"{numbers.format_number(count)} − {said} = {numbers.format_number(count - gone)}")
        count -= gone
        gone_any = True
    if not gone_any:
        return None
    label = singular(noun.word) if count == 1 else noun.word
    return Solution(f"{numbers.format_number(count)} {label}", count, "count left", steps[-1], steps, label)


def _amount(tokens: list[Token], i: int, count: Fraction) -> tuple[Fraction, str, int] | None:
    """The amount going at ``i``: a number of the things, or a fraction of ``count``; with its working."""
    token = tokens[i]
    part: Fraction | None = None
    end = i
    if token.word in ("a", "an", "one") and tokens[i + 1].word in FRACTION_WORDS:
        part, end = Fraction(1, FRACTION_WORDS[tokens[i + 1].word]), i + 2  # 'a quarter'
    elif token.word == "half":
        part, end = Fraction(1, 2), i + 1
    elif token.kind == "number" and tokens[i + 1].word in FRACTION_WORDS and tokens[i + 1].word.endswith("s"):
        part, end = Fraction(token.value) / FRACTION_WORDS[tokens[i + 1].word], i + 2  # 'two thirds'
    elif token.kind == "number" and tokens[i + 1].text == "/" and tokens[i + 2].kind == "number":
        if tokens[i + 2].value == 0:
            return None
        part, end = Fraction(token.value) / Fraction(tokens[i + 2].value), i + 3  # '1/4'
    elif token.kind == "number":
        value = Fraction(token.value)
        end = i + 1
        if tokens[end].kind == "word" and lookup(tokens[end].word, short=False) is not None:
            return None  # '5 kg': a measure
        if tokens[end].kind == "word" and tokens[end].word.isalpha() and tokens[end].word not in _JOINS:
            end += 1  # '5 stickers to each of ...': the thing given, named again
        width = _to_each_of(tokens, end)
        if width:
            people = Fraction(tokens[end + width - 2].value)
            return value * people, f"{numbers.format_number(value)} × {numbers.format_number(people)}", end + width
        return value, numbers.format_number(value), end
    if part is None or not 0 < part < 1:
        return None
    for phrase in _OF_THEM:
        if all(tokens[end + k].word == w for k, w in enumerate(phrase)):
            end += len(phrase)
            break
    gone = count * part
    said = f"{numbers.format_number(part)} × {numbers.format_number(count)} ({numbers.format_number(gone)})"
    return gone, said, end


_REST = (("of", "the", "rest"), ("of", "what", "was", "left"), ("of", "what's", "left"), ("of", "the", "remainder"))


def _of_the_rest(tokens: list[Token], i: int) -> bool:
    """'half of the rest': a fraction said to be of what is left after the amounts before it."""
    return any(all(tokens[i + k].word == w for k, w in enumerate(phrase)) for phrase in _REST)


_PACKS = frozenset("packs packets boxes bags sets sheets tubs tins jars bottles cartons books rolls trays".split())
_OWNERS = frozenset("my the his her our their".split())


def _packs_of(tokens: list[Token], k: int) -> bool:
    """'3 packs of 12 stickers' at ``k``: a whole number of packs, each of a whole number of the things."""
    return (
        tokens[k + 1].word in _PACKS
        and tokens[k + 2].word == "of"
        and tokens[k + 3].kind == "number"
        and Fraction(tokens[k + 3].value).denominator == 1
        and tokens[k + 4].kind == "word"
    )


def _to_each_of(tokens: list[Token], k: int) -> int:
    """'to each of my 6 friends' at ``k``: the same number given to every one of a counted group. The width of the
    words, or 0."""
    if tokens[k].word != "to" or tokens[k + 1].word != "each" or tokens[k + 2].word != "of":
        return 0
    j = k + 3 + (tokens[k + 3].word in _OWNERS)
    counted, named = tokens[j], tokens[j + 1]
    if counted.kind != "number" or Fraction(counted.value).denominator != 1:
        return 0
    plural = named.word.endswith("s") or named.word in ("children", "people", "men", "women")
    return j + 2 - k if named.kind == "word" and plural else 0
