"""Escudos written with the cifrão: '500$00' is 500 escudos and 0 centavos, '1.250$50' is 1,250.50.

In Cape Verde (and in Portugal before the euro) the sign stands where the decimal point would, between the escudos
and exactly two figures of centavos, with dots or spaces grouping the thousands before it. Read as a dollar sign,
'25 litres at 500$00' became $500 plus $0. Only that shape is the cifrão: a figure, the sign and two figures, all
written together; a dollar sign anywhere else is a dollar.
"""

from __future__ import annotations

import re
from dataclasses import replace
from fractions import Fraction
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from servers.tools.calculator.tokens import Token

_ESCUDOS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
"""The escudos before the sign as the tokenizer reads them: '1,250' once the thousands are rewritten."""
_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:([. ])\d{3})(?:\1\d{3})*(?=\$\d\d(?![\w$]))")
"""Escudos with thousands grouped by dots or spaces, one way throughout, right before the cifrão ('1.250$50')."""


def cifrao_thousands(text: str) -> str:
    """``text`` with the thousands of each amount written with the cifrão grouped by thin spaces, character for
    character ('1.250$50' → '1 250$50'): before the sign they can only be thousands, as a thin space between groups
    always is, whatever convention the rest of the request writes."""
    return _GROUPED.sub(lambda match: re.sub(r"[. ]", "\u2009", match[0]), text)


def as_escudos(tokens: list[Token]) -> list[Token]:
    """``tokens`` with each amount written with the cifrão read as escudos: the currency, then the amount."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        if _cifrao_at(tokens, k):
            escudos, sign, centavos = tokens[k : k + 3]
            value = Fraction(re.sub(r"\D", "", escudos.text)) + Fraction(int(centavos.text), 100)
            text = f"{escudos.text}{sign.text}{centavos.text}"
            out += [replace(sign, text="CVE", start=escudos.start, value="CVE", attached=escudos.attached),
                    replace(escudos, text=text, value=value, attached=True)]  # fmt: skip
            k += 3
            continue
        out.append(tokens[k])
        k += 1
    return out


def _cifrao_at(tokens: list[Token], k: int) -> bool:
    if k + 2 >= len(tokens):
        return False
    escudos, sign, centavos = tokens[k : k + 3]
    after = tokens[k + 3] if k + 3 < len(tokens) else None
    return (
        escudos.kind == "number"
        and _ESCUDOS.fullmatch(escudos.text) is not None
        and (k == 0 or tokens[k - 1].kind != "currency")
        and sign.kind == "currency"
        and sign.text == "$"
        and sign.attached
        and centavos.kind == "number"
        and centavos.attached
        and re.fullmatch(r"\d\d", centavos.text) is not None
        and not (after is not None and after.attached and after.kind in ("number", "word"))
    )
