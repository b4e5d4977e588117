"""A part taken 'off' an amount, said after its name: 'they take 4% commission off', 'the agent keeps 10% fee off'.

'Off' there says only that the part comes out of the amount, which taking it already says; the request is read
again without it ('they take 4% commission') and answered only when that reading accounts for everything. Only a
percentage named as a part (commission, a fee, a cut) after a verb of taking, with 'off' closing the clause.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_TAKING = frozenset("take takes took taking keep keeps kept deduct deducts deducted".split())
_PARTS = frozenset("commission fee cut".split())
_PAUSES = frozenset({",", ".", ";", "!", "?", "end"})


def without_off(text: str, tokens: list[Token]) -> str | None:
    """``text`` without the 'off' closing 'take 4% commission off', or None."""
    for k in range(1, len(tokens) - 4):
        if tokens[k - 1].word not in _TAKING or tokens[k].kind != "number" or tokens[k + 1].text != "%":
            continue
        name, off, after = tokens[k + 2], tokens[k + 3], tokens[k + 4]
        if name.word in _PARTS and off.word == "off" and (after.text in _PAUSES or after.kind == "end"):
            return text[: name.start + len(name.text)] + text[off.start + len(off.text) :]
    return None
