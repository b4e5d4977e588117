"""'Per diem' as people use it: the name of a daily allowance ('per diems are €45 a day'), not 'per' and a thing
counted. Read as 'per' it makes 'total per diem spend' ask for a share of each one, which it never is."""

from __future__ import annotations

from servers.tools.calculator.tokens import Token


def name_per_diems(tokens: list[Token]) -> None:
    """Rewrite, in place, each 'per diem' (or 'per diems') as the noun 'allowance' ('allowances')."""
    i = 0
    while i < len(tokens) - 1:
        if tokens[i].word == "per" and tokens[i + 1].word in ("diem", "diems"):
            noun = "allowances" if tokens[i + 1].word == "diems" else "allowance"
            tokens[i : i + 2] = [Token("word", noun, tokens[i].start)]
        i += 1
