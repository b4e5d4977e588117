"""'How much is that before I take off petrol and the rest?': the amount asked before deductions the request names
but does not give, which is the amount as it stands.

Part of the asides (``asides``): at 'before' closing the question, a person and a verb of taking away ('I take
off', 'we pay', 'deducting') and a few plain words naming what would come off, up to the end of the request. No
figure may be among them, and only the question's close is read so: 'after I take off petrol' asks a sum the
request cannot do and is left to decline, as is any deduction with an amount.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_WHO = frozenset("i we you they he she").union({"i've", "we've"})
_TAKING = frozenset(
    "take takes taking knock knocks knocking deduct deducts deducting subtract subtracting pay pays paying minus "
    "remove removing".split()
)
_MOST = 8  # 'petrol and the rest', 'my van costs and insurance': a few words, not another sentence


def deductions_after(tokens: list[Token], words: list[str], i: int) -> int:
    """The width of 'before I take off petrol and the rest' at ``i`` to the end of the request, or 0."""
    if words[i] != "before" or i == 0 or tokens[i - 1].kind != "word":
        return 0
    j = i + 1 + (words[i + 1] in _WHO)
    if words[j] not in _TAKING:
        return 0
    j += 1 + (words[j + 1] in ("off", "out"))
    named = j
    while tokens[j].kind == "word" and j - named < _MOST:
        j += 1
    while tokens[j].text in ("?", ".", "!"):
        j += 1
    return j - i if j > named and tokens[j].kind == "end" else 0
