"""Money written with its currency after the figure, as much of the world writes it: '45 litres at 18.50 euros and
20 litres at 17.25 euros', '6 bidons at 90 DT the bidon', '14,90 €/kg'. Many readers of a story look for the money
where English puts its sign, before the figure; the request is read again with each such amount written so ('EUR
18.50', 'TND 90'), and answered only when that reads in full. Nothing else in it changes.
"""

from __future__ import annotations

from servers.tools.calculator.currency_codes import money_code
from servers.tools.calculator.tokens import Token


def as_signs_first(text: str, tokens: list[Token]) -> str | None:
    """``text`` with every amount written '<figure> <currency>' written '<CODE> <figure>', or None when it has
    none, or already writes a currency before a figure (the request's own convention is then left as it is)."""
    if any(t.kind == "currency" and after.kind == "number" for t, after in zip(tokens, tokens[1:], strict=False)):
        return None
    pieces: list[str] = []
    at = 0
    for k in range(len(tokens) - 1):
        figure, after = tokens[k], tokens[k + 1]
        code = _code(after) if figure.kind == "number" else None
        if code is None:
            continue
        end = after.start + len(after.text)
        pieces.append(text[at : figure.start])
        pieces.append(f"{code} {text[figure.start : figure.start + len(figure.text)]}")
        at = end
    if not pieces:
        return None
    return "".join(pieces) + text[at:]


def _code(token: Token) -> str | None:
    """The currency code ``token`` names ('DT' -> 'TND', 'euros' -> 'EUR'), or None when it names none."""
    if token.kind == "currency":
        return str(token.value)
    return money_code(token.word) if token.kind == "word" else None
