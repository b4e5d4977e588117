"""A mix told as so much of one for every so much of another: '1 basket of husk for every 4 baskets of earth. We need
90 baskets of mix in total. How many baskets of earth?' → 90 × 4 ÷ (1 + 4) = 72 baskets.

The two parts are said in one measure, a unit or the container they are carried in ('basket', 'bucket', 'kg'),
each with what it is of, joined by 'for every' or 'to every' ('for every bucket of cement': one). One more amount
in that measure is given: the whole ('90 baskets of mix', '90 baskets in total') or one of the two parts ('I have
12 buckets of sand'). The question names the part it asks for, or the whole when a part is given. Any other number,
a price or a percentage, or a word that changes the amounts ('more', 'left', 'extra') declines the reading; so does
a sum written as lots of the ratio itself.

A sum that adds the three amounts up (1 + 4 + 90 baskets) is never right for such a story: ``ratio_told`` lets the
readers that add givens by their units see it, and leave it to this one.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import lookup, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_EVERY = (("for", "every"), ("to", "every"), ("for", "each"), ("to", "each"), ("per",))
"""The joiners of the two parts; 'for every bucket' with no number reaches here as 'per bucket'."""
_NAME_WORDS = 3  # 'rice husk', 'red laterite earth'
_RATIO_REACH = 12  # how far before 'for every' the first part's number may be said
_NOT_NAMES = frozenset("and or but we i you they he she it the a an to for in on at with is are was need needs".split())
_WHOLE = frozenset("mix mixture total altogether all batch lot".split())
_SPOILERS = frozenset("more less extra left remaining spare already instead percent twice half".split())
_ASKS = (("how", "many"), ("how", "much"))


def ratio_told(tokens: list[Token], start: int) -> bool:
    """Whether a request says so much of one thing 'for every' so much of another in one measure (see above),
    however the parts are named: a number and its measure in the words before the joiner, and the same measure
    right after it ('1 basket of husk from the mill for every 4 baskets')."""
    for k in range(start + 2, len(tokens) - 2):
        joiner = _joiner_at(tokens, k)
        if joiner is None or joiner == ("per",):
            continue  # ('56 litres over 700 km ... litres per 100 km': a rate, not a mix)
        after = k + len(joiner) + (tokens[k + len(joiner)].kind == "number")
        measure = singular(tokens[after].word) if tokens[after].kind == "word" else ""
        before = range(max(start, k - _RATIO_REACH), k - 1)  # '1 basket of husk from the mill for every ...'
        if measure and any(tokens[i].kind == "number" and singular(tokens[i + 1].word) == measure for i in before):
            return True
    return False


def solve_every_parts(tokens: list[Token], start: int) -> Solution | None:
    """The part (or the whole) of a mix told 'for every'; None when the request is not that."""
    found = _parts(tokens, start)
    if found is None:
        return None
    (first, first_name), (second, second_name), unit, span = found
    if first_name == second_name:
        return None
    others = [k for k in range(start, len(tokens)) if tokens[k].kind in ("number", "clock") and k not in span]
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if len(others) != 1 or words & _SPOILERS or any(t.kind == "currency" or t.text == "%" for t in tokens[start:]):
        return None
    at = others[0]
    if tokens[at].kind != "number" or singular(tokens[at + 1].word) != unit:
        return None
    given = Fraction(tokens[at].value)
    of = _named_after(tokens, at + 2, (first_name, second_name))
    asked = _asked(tokens, start, (first_name, second_name))
    shares = {first_name: first, second_name: second}
    if of in shares and asked in shares and asked != of:
        value, working = given * shares[asked] / shares[of], f"{_n(given)} × {_n(shares[asked])} ÷ {_n(shares[of])}"
    elif of in shares and asked is None and _asks_whole(tokens, start):
        whole = first + second
        value, working = given * whole / shares[of], f"{_n(given)} × {_n(whole)} ÷ {_n(shares[of])}"
        asked = "mix"
    elif of is None and asked in shares and _whole_said(tokens, at + 2):
        whole = first + second
        value, working = given * shares[asked] / whole, f"{_n(given)} × {_n(shares[asked])} ÷ {_n(whole)}"
    else:
        return None
    numbers.checked(value)  # a Fraction stays one: only its size is checked
    label = _label(tokens[at + 1].text, unit, value)
    steps = [
        f"{_n(first)} {_label(tokens[at + 1].text, unit, first)} of {first_name} for every {_n(second)} "
        f"{_label(tokens[at + 1].text, unit, second)} of {second_name}",
        f"{working} = {_n(value)} {label} of {asked}",
    ]
    return Solution(f"{_n(value)} {label} of {asked}", value, "ratio mix", working, steps, label)


def _parts(tokens: list[Token], start: int) -> tuple[tuple[Fraction, str], tuple[Fraction, str], str, set[int]] | None:
    """'1 basket of husk for every 4 baskets of earth': the two parts with their names, their measure, and the
    indexes of their numbers; None when no such phrase is said."""
    for k in range(start, len(tokens) - 4):
        if tokens[k].kind != "number" or tokens[k + 1].kind != "word" or tokens[k + 2].word != "of":
            continue
        unit, named = singular(tokens[k + 1].word), k + 3
        while named < k + 3 + _NAME_WORDS and tokens[named].kind == "word" and not _joiner_at(tokens, named):
            named += 1  # '1 basket of rice husk': the name's last word is what the part is called
        joiner = _joiner_at(tokens, named)
        if joiner is None or named == k + 3:
            continue
        first_name = tokens[named - 1].word
        j = named + len(joiner)
        second = Fraction(1)
        span = {k}
        if tokens[j].kind == "number":
            second, span = Fraction(tokens[j].value), {k, j}
            j += 1
        if singular(tokens[j].word) != unit or tokens[j + 1].word != "of" or tokens[j + 2].kind != "word":
            return None
        last = j + 2
        while last + 1 < j + 2 + _NAME_WORDS and _name_word(tokens[last + 1]):
            last += 1  # '4 baskets of red earth'
        first = Fraction(tokens[k].value)
        if first <= 0 or second <= 0:
            return None
        return (first, first_name), (second, tokens[last].word), unit, span
    return None


def _named_after(tokens: list[Token], i: int, names: tuple[str, str]) -> str | None:
    """The part an amount is of ('90 baskets of earth', '20 baskets of rice husk'), or None for the whole or
    nothing named."""
    if tokens[i].word != "of":
        return None
    return next((t.word for t in tokens[i + 1 : i + 1 + _NAME_WORDS] if t.word in names), None)


def _name_word(token: Token) -> bool:
    return token.kind == "word" and token.word.isalpha() and token.word not in _NOT_NAMES


def _joiner_at(tokens: list[Token], k: int) -> tuple[str, ...] | None:
    return next((e for e in _EVERY if tuple(t.word for t in tokens[k : k + len(e)]) == e), None)


def _whole_said(tokens: list[Token], i: int) -> bool:
    """'90 baskets of mix', '90 baskets in total', '90 baskets altogether': the amount is the whole mix."""
    said = [t.word for t in tokens[i : i + 3]]
    return bool(_WHOLE & set(said)) and said[:1] != ["each"]


def _asked(tokens: list[Token], start: int, names: tuple[str, str]) -> str | None:
    """The part the question asks for, the first named after its 'how many' or 'how much': 'how many baskets of
    earth', 'how much husk', 'how many cups of water for 3 cups of rice'."""
    ask = question_start(tokens, start)
    words = [t.word for t in tokens[ask:] if t.kind == "word"]
    at = next((m + 2 for m in range(len(words) - 1) if tuple(words[m : m + 2]) in _ASKS), None)
    return None if at is None else next((w for w in words[at:] if w in names), None)


def _asks_whole(tokens: list[Token], start: int) -> bool:
    words = {t.word for t in tokens[question_start(tokens, start) :] if t.kind == "word"}
    return bool(words & _WHOLE) and any(w in words for w in ("many", "much"))


def _label(written: str, unit: str, value: Fraction) -> str:
    """The measure as the request writes it ('baskets', 'kg'), in the singular for exactly one of a counted one."""
    if lookup(written, short=True) is not None and value != 1:
        return written  # a unit symbol or name as written: '2.5 kg'
    return singular(written) if value == 1 else written


def _n(value: Fraction) -> str:
    return numbers.format_number(value)
