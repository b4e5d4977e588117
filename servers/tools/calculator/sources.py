"""Sources: who or what a given is read from, set aside so the given reads as if the user said it.

People say where a number comes from: 'the tag says 35% off', 'Old recipe says bake at 350 degrees Fahrenheit',
'according to the label, 500 g', 'my scale says 70 kg'. The source changes nothing in the sum — the number is the
same whoever says it — so its words are removed when they are only that: an optional owner or article and up to
three plain words (no number, no unit, no word that could change the arithmetic), then a verb of saying, then the
given itself (a number or amount) or an instruction that holds one ('says bake at 350', 'says to roast at 200 C').

The equipment a user has, said to be in the unit the question already asks for ('my oven is in Celsius. What's
that in C?'), restates the target and is set aside too; in another unit, or with no target asked, it stays, and the
readers decline what they cannot place.
"""

from __future__ import annotations

from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_SAYING = frozenset(
    "says said reads read shows showed states stated lists listed claims calls asks quoted quotes".split()
)
_ASKING = frozenset({"calls", "asks"})
_OWNERS = frozenset("the a an my our your his her their this that it".split())
_SOURCE_WORDS = 3
_PLACED = frozenset({"on", "in", "at"})
"""'the price tag on the sofa says': where the source is, a preposition and up to two more plain words."""
_OPENS = frozenset({"", ",", ".", "!", ";", ":", "and", "but", "so"})
_INSTRUCTION_WORDS = 6  # 'says to bake it at 350': the verb of the instruction is that near its number
_HAS = frozenset("is are uses use does do reads shows works".split())
_ONLY = frozenset("only just".split())


def without_sources(text: str, tokens: list[Token]) -> str | None:
    """``text`` with the sources of its givens and the restated units of the user's equipment cut out, or None when
    it has none. A reading of the whole request comes first: a source some reader uses ('the vet says 2.5 mg per
    kg' of a dose) is read there, and only a request no reader could place is read again without them."""
    pieces: list[str] = []
    kept = 0
    i = 0
    while i < len(tokens) - 1:
        width = _source(tokens, i) or _equipment(tokens, i)
        if width:
            pieces.append(text[kept : tokens[i].start])
            kept = tokens[i + width].start
        i += max(width, 1)
    if not pieces:
        return None
    return " ".join(piece.strip() for piece in (*pieces, text[kept:]) if piece.strip())


_SYSTEMS = frozenset("us uk british american imperial metric australian canadian english".split())
"""Whose measures a source uses ('The UK recipe says 2 pints'): which pint is meant, not who says so."""


def _plain(token: Token) -> bool:
    """A word that names a thing and nothing a sum could use: no number, unit, system of units, or CHANGES word."""
    word = token.word.removesuffix("'s")
    return (
        token.kind == "word"
        and word.replace("-", "").isalpha()
        and word not in CHANGES
        and word not in _SYSTEMS
        and lookup(word, short=False) is None
    )


def _source(tokens: list[Token], i: int) -> int:
    """'the tag says', 'Old recipe says', 'according to the label,' opening a clause, before what they say."""
    before = tokens[i - 1].word or tokens[i - 1].text if i > 0 else ""
    if before not in _OPENS:
        return 0
    if tokens[i].word == "according" and tokens[i + 1].word == "to":
        j = i + 2
        j += tokens[j].word in _OWNERS
        head = j
        while j < head + _SOURCE_WORDS and _plain(tokens[j]):
            j += 1
        if j == head or tokens[j].text != ",":
            return 0
        return j + 1 - i if _says_given(tokens, j + 1) else 0
    j = i + (tokens[i].word in _OWNERS)
    head = j
    while j < head + _SOURCE_WORDS and _plain(tokens[j]) and tokens[j].word not in _SAYING | _PLACED:
        j += 1
    if j > head and tokens[j].word in _PLACED and tokens[j + 1].word in _OWNERS:
        placed = j + 2
        j = placed
        while j < placed + 2 and _plain(tokens[j]) and tokens[j].word not in _SAYING:
            j += 1
        if j == placed:
            return 0
    if tokens[j].word not in _SAYING or j == head and tokens[i].word != "it":
        return 0
    if j == i:
        return 0
    if tokens[j].word in _ASKING:
        if tokens[j + 1].word != "for":
            return 0
        j += 1  # 'the recipe calls for 180 C'
    after = j + 1 + (tokens[j + 1].word == "to")  # 'says to roast at 200 C': the instruction, as said
    return after - i if _says_given(tokens, after) else 0


def _says_given(tokens: list[Token], at: int) -> bool:
    """What follows a source is a given: a number or amount, or an instruction with one a few words on."""
    if tokens[at].kind in ("number", "currency"):
        return True
    if tokens[at].kind != "word" or tokens[at].word in CHANGES:
        return False
    k = at
    while k < at + _INSTRUCTION_WORDS and tokens[k].kind == "word" and tokens[k].word not in CHANGES:
        k += 1
    return tokens[k].kind == "number"


_SETTING = frozenset(
    "what what's whats temperature temp setting set i do should it to the oven dial thermostat at is that then "
    "put turn so which number".split()
)
"""The words of asking what to set the equipment to ('What temperature do I set?', 'what should I set it to')."""


def setting_asked(text: str, tokens: list[Token]) -> str | None:
    """'The recipe says bake at 350 F but my oven is in Celsius. What temperature do I set?': the question asks for
    the setting of the equipment just said to be in a unit, so it asks for that unit. ``text`` with the equipment
    cut and the question said as 'What's that in Celsius?', or None when the request is not so."""
    for i in range(len(tokens) - 1):
        width = _equipment(tokens, i, asked=False)
        if not width:
            continue
        unit = tokens[i + width - 1]
        ask = i + width + (tokens[i + width].text in (".", ","))
        k = ask
        while tokens[k].kind == "word" and tokens[k].word in _SETTING:
            k += 1
        if k == ask or tokens[k].kind != "end" and tokens[k].text not in ("?", "."):
            return None
        if tokens[k].kind != "end" and tokens[k + 1].kind != "end":
            return None  # the question must close the request
        before = text[: tokens[i].start].strip()
        return f"{before} What's that in {unit.text}?"
    return None


def _equipment(tokens: list[Token], i: int, *, asked: bool = True) -> int:
    """', my oven is in Celsius' / 'but my oven only does Fahrenheit' / 'My oven only shows celsius and ...' where
    the question then asks for that unit: the clause from its pause (or its sentence's start) to the unit, and the
    'and' joining the next clause, restates the target."""
    if tokens[i].text == "," or tokens[i].word == "but":
        j = i + 1
    elif i == 0 or tokens[i - 1].text in (".", "!", ";"):
        j = i  # the clause opens the request or its sentence
    else:
        return 0
    if tokens[j].word not in ("my", "our", "the"):
        return 0
    j += 1
    head = j
    while j < head + 2 and _plain(tokens[j]) and tokens[j].word not in _HAS | _ONLY:
        j += 1
    if j > head:
        j += tokens[j].word in _ONLY  # 'my oven only shows celsius'
    if j == head or tokens[j].word not in _HAS:
        return 0
    j += 1
    j += tokens[j].word in _ONLY
    j += tokens[j].word in ("in", "on")
    unit = lookup(tokens[j].word, short=False) if tokens[j].kind == "word" else None
    if (
        unit is None
        or unit.dimension != "temperature"
        and not asked
        or asked
        and not _asked_in(tokens, j + 1, unit.name)
    ):
        return 0
    if tokens[j + 1].word == "and" and j > i + 2:
        return j + 2 - i  # 'my oven only shows celsius and the recipe says 350 F': the next clause goes on
    return j + 1 - i if tokens[j + 1].text in (".", "?", "!", ",", ";") else 0


def _asked_in(tokens: list[Token], at: int, name: str) -> bool:
    """Whether the question after ``at`` asks for the unit named ``name`` ('in C', 'to Celsius')."""
    for k in range(at, len(tokens) - 1):
        if tokens[k].word in ("in", "to", "into") and tokens[k + 1].kind == "word":
            unit = lookup(tokens[k + 1].word, short=True)
            if unit is not None and unit.name == name:
                return True
    return False
