"""A measure asked by its name and a unit: 'what delay in milliseconds do I dial in?', 'what's the drop in metres?',
'what is the run time in minutes?'.

The name ('delay', 'drop', 'run time') says what the answer is, and the unit says how it is counted, so the
question asks the same as 'how many milliseconds do I dial in?': the request is read again so, and answered only
when that reading accounts for every figure. A name that relates the figures rather than naming what is measured
('the difference', 'the increase', 'the average', 'the total') is kept as it was, as is any number after the unit.
"""

from __future__ import annotations

from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.quantities import is_money, lookup
from servers.tools.calculator.tokens import Token

_WHAT = (("what",), ("what's",), ("whats",), ("what", "is"), ("what", "was"), ("what", "will", "be"))
_OWNERS = frozenset("the my our a your".split())
_RELATIONS = frozenset(
    "increase decrease gain loss change saving savings gap shortfall excess margin mean median range spread ratio "
    "rate speed pace share cost price value amount number count".split()
)
_POINTING = frozenset("in that it this those these they them one each".split())
"""'what's that in lb': what 'that' stands for is the conversion's to find, not a name of the measure."""
_KINDS = {
    **dict.fromkeys(
        "perimeter circumference length width height depth distance diagonal radius diameter".split(), "length"
    ),
    **dict.fromkeys("area surface footprint".split(), "area"),
    **dict.fromkeys("volume capacity".split(), "volume"),
    **dict.fromkeys("weight mass".split(), "mass"),
    **dict.fromkeys("delay duration time".split(), "time"),
    "temperature": "temperature",
}
"""Names that say a measure's kind: the unit asked must be of it."""
_NAME_WORDS = 2  # 'the delay', 'the run time'


def as_how_many(text: str, tokens: list[Token]) -> str | None:
    """``text`` with its 'what [the] <name> in <unit>' said as 'how many <unit>', or None when it has none."""
    for i in range(len(tokens)):
        for phrase in _WHAT:
            width = len(phrase)
            if tuple(t.word for t in tokens[i : i + width]) != phrase:
                continue
            k = i + width + (tokens[i + width].word in _OWNERS)
            named = k
            while k < named + _NAME_WORDS and _plain_name(tokens[k]):
                k += 1
            if k == named or tokens[k].word != "in" or tokens[k + 1].kind != "word":
                continue
            unit = lookup(tokens[k + 1].word, short=False)
            if unit is None or is_money(unit) or unit.per is not None:
                continue
            kinds = {_KINDS[t.word] for t in tokens[named:k] if t.word in _KINDS}
            if kinds - {unit.dimension}:
                return None  # 'the perimeter in hectares': a length asked in a unit of area
            if any(t.kind in ("number", "currency", "clock") for t in tokens[k + 2 :]) or not _closes(tokens, k + 2):
                return None
            end = tokens[k + 1].start + len(tokens[k + 1].text)
            return f"{text[: tokens[i].start]}how many {tokens[k + 1].text}{text[end:]}"
    return None


def _plain_name(token: Token) -> bool:
    word = token.word
    if token.kind != "word" or not word.isalpha() or word in CHANGES or word in _RELATIONS or word in _POINTING:
        return False
    return lookup(word, short=False) is None


_CLOSING = frozenset("do does should will would i we you need set dial put enter use in please pls then".split())
_ENDS = frozenset({"?", ".", "!"})


def _closes(tokens: list[Token], k: int) -> bool:
    """Whether the question ends after its unit with nothing that could say more of the measure ('do I dial in')."""
    while tokens[k].kind != "end" and tokens[k].text not in _ENDS:
        if tokens[k].word not in _CLOSING:
            return False
        k += 1
    return True
