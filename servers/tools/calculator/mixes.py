"""A mix in a ratio of named parts: 'Mixing concrete at 1:2:3 cement to sand to gravel by weight. If I want 180 kg of
dry mix in total, how much sand is that?' → 180 kg × 2 ÷ (1 + 2 + 3) = 60 kg.

The ratio is said with colons ('1:2:3', '2:3') and its parts are named in order, after it ('cement to sand to gravel',
'cement, sand and gravel') or before it ('cement, sand and gravel in the ratio 1:2:4'). One amount of a measure is
given: the whole mix ('180 kg of dry mix', 'a 1.2 litre jug') or one named part ('I have 50 kg of cement'). The
question names the part it asks for ('how much sand'). Names that do not match the ratio's parts, a second amount,
or a word that changes the mix ('more', 'extra', 'left') decline the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Measure, Quantity, convert, is_money, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_JOINERS = frozenset({"to", ",", "and", "then"})
_RATIO_WORDS = frozenset({"ratio", "mix", "mixture", "proportion", "proportions"})
_NOT_NAMES = frozenset(
    "a an the of to and in by at is are was ratio mix mixture parts part weight volume it that this what how much "
    "many".split()
)
_SPOILERS = frozenset(
    "more less than difference extra left remaining already spare waste double half twice plus minus percent "
    "instead each per".split()
)
_BY_KIND = {"mass": frozenset({"volume"}), "volume": frozenset({"weight", "mass"})}
_ASKS = (("how", "much"), ("how", "many"), ("what", "amount"), ("what", "weight"), ("what", "volume"))


def solve_mix(tokens: list[Token], start: int) -> Solution | None:
    """One named part of a mix in a ratio, from the whole or another part; None when the request is not that."""
    said = _parts_said(tokens, start)
    if said is not None:  # '1 part cordial to 4 parts water'
        parts, names, at, end = said
    else:
        ratio = _find_ratio(tokens, start)
        if ratio is None:
            return None
        parts, at, end = ratio
        names = (
            _names_after(tokens, end, len(parts))
            or _names_before(tokens, start, at, len(parts))
            or _diluted_with(tokens, start, at, end, len(parts))
        )
    if names is None or len(set(names)) != len(names):
        return None
    amounts = [i for i in range(start, len(tokens)) if tokens[i].kind in ("number", "clock") and not at <= i < end]
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if len(amounts) != 1 or words & _SPOILERS or any(t.text == "%" or t.kind == "currency" for t in tokens[start:]):
        return None
    amount = _amount(tokens, amounts[0], names)
    if amount is None:
        return None
    quantity, of = amount
    assert quantity.measure is not None
    if words & _BY_KIND.get(quantity.measure.dimension, frozenset()):
        return None  # a ratio by volume says nothing of the parts' weights, nor one by weight of their volumes
    of = of if of in names else None  # '180 kg of dry mix' is the whole; '50 kg of cement' is one part
    asked = _asked(tokens, start, names, of)
    if asked is None:
        return None
    whole = sum(parts, Fraction(0))
    share = parts[names.index(asked)]
    if of is None:
        base, working = whole, f"{show(quantity)} × {numbers.format_number(share)} ÷ {numbers.format_number(whole)}"
    else:
        base = parts[names.index(of)]
        working = f"{show(quantity)} × {numbers.format_number(share)} ÷ {numbers.format_number(base)}"
    value = numbers.checked(Fraction(quantity.value) * share / base)
    result = Quantity(value, quantity.measure)
    unit = _unit_asked(tokens, start)
    if unit is not None and (unit.key != quantity.measure.key or unit.per is not None):
        return None  # 'how many grams' of a mix by volume: a unit the part is not measured in
    if unit is not None and unit != quantity.measure:  # 'how many ml of shampoo' of litres of water
        result = Quantity(Fraction(convert(value, quantity.measure, unit)), unit)
    ratio_text = ":".join(numbers.format_number(p) for p in parts)
    steps = [f"{ratio_text} {' to '.join(names)}: {asked} is {numbers.format_number(share)} part"
             f"{'s' if share != 1 else ''} of {numbers.format_number(base)}"
             f"{'' if of is None else f' parts of {of}'}",
             f"{working} = {show(result)}"]  # fmt: skip
    solution = answer_for(result, "ratio mix", working, steps, suffix=f" of {asked}")
    return solution


def _parts_said(tokens: list[Token], start: int) -> tuple[list[Fraction], list[str], int, int] | None:
    """'1 part cordial to 4 parts water', '3 parts sand and 1 part cement': each part's share said with its name;
    the shares, the names, where they start and the index after them. None when the request says no such list."""
    for i in range(start, len(tokens) - 2):
        if tokens[i].kind == "number" and tokens[i + 1].word in _PART_WORDS:
            parts: list[Fraction] = []
            names: list[str] = []
            j = i
            while tokens[j].kind == "number" and tokens[j + 1].word in _PART_WORDS:
                k = j + 2 + (tokens[j + 2].word == "of")
                subject = _subject(tokens, start, i) if j == i and tokens[k].text in _JOINERS else None
                if subject is None and not _name(tokens[k]):
                    return None
                parts.append(Fraction(tokens[j].value))
                names.append(subject or tokens[k].word)
                j = k if subject else k + 1
                if tokens[j].text in _JOINERS and tokens[j + 1].kind == "number":
                    j += 1
                elif tokens[j].text == "," and tokens[j + 1].word == "and" and tokens[j + 2].kind == "number":
                    j += 2
                else:
                    break
            if len(parts) < 2 or any(p <= 0 for p in parts):
                return None
            return parts, names, i, j
    return None


_PART_WORDS = frozenset({"part", "parts"})
_MIXED = frozenset("mixed diluted dilute dilutes mix mixes made".split())
_BE = frozenset("is are gets get should be".split())
_GOES = frozenset("goes go is are".split())


def _subject(tokens: list[Token], start: int, at: int) -> str | None:
    """'Shampoo concentrate is mixed 1 part to 16 parts water': the first part, unnamed after its number, is what the
    sentence says is mixed — the name just before 'is mixed', 'is diluted', 'should be mixed'."""
    k = at - 1
    if k <= start or tokens[k].word not in _MIXED | _GOES:
        return None  # 'Shampoo goes 1 part to 16 parts water', 'Shampoo is 1 part to ...': said of the shampoo
    k -= 1
    while k > start and tokens[k].word in _BE:
        k -= 1
    return tokens[k].word if k < at - 1 and _name(tokens[k]) else None


def _find_ratio(tokens: list[Token], start: int) -> tuple[list[Fraction], int, int] | None:
    """The one ratio said with colons: its parts, where it starts, and the index after it."""
    found: list[tuple[list[Fraction], int, int]] = []
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind == "clock" and _clock_ratio(token) is not None:
            parts = _clock_ratio(token)
            assert parts is not None
            found.append((parts, i, i + 1))
            i += 1
            continue
        if token.kind == "number" and tokens[i + 1].text == ":" and tokens[i + 2].kind == "number":
            parts = [Fraction(token.value)]
            j = i + 1
            while tokens[j].text == ":" and tokens[j + 1].kind == "number":
                parts.append(Fraction(tokens[j + 1].value))
                j += 2
            found.append((parts, i, j))
            i = j
            continue
        i += 1
    if len(found) != 1 or any(p <= 0 for p in found[0][0]):
        return None
    return found[0]


def _clock_ratio(token: Token) -> list[Fraction] | None:
    """'2:30' read as a clock time is a ratio when the words around say so; only plain digits either side."""
    left, _, right = token.text.partition(":")
    if not (left.isdigit() and right.isdigit()):
        return None
    return [Fraction(int(left)), Fraction(int(right))]


def _names_after(tokens: list[Token], i: int, count: int) -> list[str] | None:
    """'cement to sand to gravel', 'cement, sand and gravel', 'ratio of flour to water' after the ratio."""
    while tokens[i].word in ("ratio", "of", "mix", "mixture"):
        i += 1
    listed = _name_list(tokens, i, count)
    return None if listed is None else listed[0]


def _names_before(tokens: list[Token], start: int, at: int, count: int) -> list[str] | None:
    """'cement, sand and gravel in the ratio 1:2:4', 'flour to water at 3:2': the names just before the ratio."""
    j = at
    while j > start and (tokens[j - 1].word in _BEFORE_RATIO or tokens[j - 1].word in _RATIO_WORDS):
        j -= 1
    for begin in range(max(start, j - 2 * count), j):
        listed = _name_list(tokens, begin, count)
        if listed is not None and listed[1] == j:
            return listed[0]
    return None


_BEFORE_RATIO = frozenset("in the a of at is are mixed diluted made up".split())


def _diluted_with(tokens: list[Token], start: int, at: int, end: int, count: int) -> list[str] | None:
    """'Weedkiller is diluted 1:10 with water': the first part named before the ratio, the second after 'with'."""
    if count != 2 or tokens[end].word != "with" or not _name(tokens[end + 1]):
        return None
    j = at
    while j > start and tokens[j - 1].word in _BEFORE_RATIO:
        j -= 1
    if j == start or not _name(tokens[j - 1]):
        return None
    return [tokens[j - 1].word, tokens[end + 1].word]


def _name_list(tokens: list[Token], i: int, count: int) -> tuple[list[str], int] | None:
    """``count`` names joined by 'to', commas or 'and' from ``i``, and the index after them."""
    names: list[str] = []
    while len(names) < count:
        if not _name(tokens[i]):
            return None
        names.append(tokens[i].word)
        i += 1
        if len(names) < count:
            if tokens[i].text == "," and tokens[i + 1].word == "and":
                i += 1
            if tokens[i].text not in _JOINERS:
                return None
            i += 1
    return names, i


def _name(token: Token) -> bool:
    word = token.word
    return token.kind == "word" and word.isalpha() and word not in _NOT_NAMES and lookup(word, short=False) is None


def _amount(tokens: list[Token], i: int, names: list[str]) -> tuple[Quantity, str | None] | None:
    """The amount at ``i`` with its unit (mass or volume), and the part it is of, if one: '50 kg of cement', '450 g
    flour', '200 g of plain flour' name the part in the words after the unit, with or without 'of'. Words naming
    two parts ('500 g of flour and sugar') leave the amount's part open, and decline."""
    unit = lookup(tokens[i + 1].text) if tokens[i + 1].kind == "word" and tokens[i].kind == "number" else None
    if unit is None or unit.per is not None or unit.dimension not in ("mass", "volume"):
        return None
    said_of = tokens[i + 2].word == "of"
    named: set[str] = set()
    for token in tokens[i + 2 + said_of : i + 2 + said_of + _NAMED_WITHIN]:
        if token.kind != "word" or token.word in _PHRASE_ENDS:
            break  # the amount's words end at its clause or question: '5 kg of water how much sugar goes in'
        named |= {token.word} & set(names)
    if len(named) > 1:
        return None
    if named:
        return Quantity(Fraction(tokens[i].value), unit), named.pop()
    of = tokens[i + 3].word if said_of and tokens[i + 3].kind == "word" else None  # '180 kg of dry mix': the whole
    return Quantity(Fraction(tokens[i].value), unit), of


_NAMED_WITHIN = 4
"""How far after its unit an amount's part is named: '450 g of plain white flour'."""
_PHRASE_ENDS = frozenset("how what which is are was do does did can could will would should i we you".split())


def _unit_asked(tokens: list[Token], start: int) -> Measure | None:
    """The unit the question names for the part ('how many ml', 'in millilitres'), or None."""
    ask = question_start(tokens, start)
    for k in range(ask, len(tokens) - 1):
        if tokens[k].word in ("many", "in") and tokens[k + 1].kind == "word":
            unit = lookup(tokens[k + 1].text, short=True)
            if unit is not None and not is_money(unit):
                return unit
    return None


def _asked(tokens: list[Token], start: int, names: list[str], of: str | None) -> str | None:
    """The one part the question names, after 'how much' or the like; not the part the amount is of."""
    ask = question_start(tokens, start)
    words = [t.word for t in tokens[ask:] if t.kind == "word"]
    if not any(words[k : k + 2] == list(a) for a in _ASKS for k in range(len(words) - 1)):
        return None
    if words.count("how") > 1:
        return None  # 'how many ml of feed and how many cans': a second question
    named = {w for w in words if w in names}
    named.discard(of or "")
    return named.pop() if len(named) == 1 else None
