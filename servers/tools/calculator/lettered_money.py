"""Money written with letters before its figure: 'NZ$1,150', 'Rs 40,000', 'KSh 80', 'S/ 1,200', 'R2,400', 'Q275',
'M22.50'. The letters come from ``currencies.BEFORE``; a single capital that is also a name's letter ('the M2', 'Q3',
'R2D2') is money only before a figure that reads as an amount."""

from __future__ import annotations

from servers.tools.calculator.currencies import BEFORE
from servers.tools.calculator.digits import digits_end, is_digit

_BEFORE: dict[str, list[tuple[str, str]]] = {}
for _written, _code in sorted(BEFORE.items(), key=lambda item: -len(item[0])):
    _BEFORE.setdefault(_written[0].lower(), []).append((_written, _code))
"""The letters written before a figure (``currencies.BEFORE``) by their first letter, the longest first."""


def prefixed_currency(text: str, i: int) -> tuple[str, int] | None:
    """A currency written with letters before its amount, at the start of a word: 'NZ$1,150' (a dollar sign led by
    its country), 'Rs 40,000', 'KSh 80', 'S/ 1,200'; the currency code and how many characters it takes."""
    if i > 0 and text[i - 1].isalnum():
        return None
    for written, code in _BEFORE.get(text[i].lower(), ()):
        end = i + len(written)
        said = text[i:end]
        if said != written and not (written.islower() and said.lower() == written):
            continue  # 'a$5 coffee' is a $5 coffee, 'rm 45' a room: only 'A$5', 'RM 45' are written as the money
        if written.endswith("/") and text[end : end + 1] != " ":
            continue  # 'S/5' may be S divided by 5; 'S/ 1,200' and 'S/.1,200' are soles
        if written == "M" and not _money_after_letter(text, end):
            continue  # 'M22.50', 'M1 950', 'M210' are maloti; 'the M2 for 40 km' is a road
        if is_digit(text[end : end + 2].strip()[:1] or "x"):
            return code, len(written)
    if text.startswith("R", i) and is_digit(text[i + 1 : i + 2] or "x") and not _digits_go_on(text, i + 1):
        return "ZAR", 1  # 'R2,400': rand, the capital R written against the amount as South Africans write it
    if text.startswith("Q", i) and is_digit(text[i + 1 : i + 2] or "x") and not _digits_go_on(text, i + 1):
        if (
            digits_end(text, i + 1) - (i + 1) > 1
            or text[i + 2 : i + 3] in (".", ",")
            and is_digit(text[i + 3 : i + 4] or "x")
        ):
            return "GTQ", 1  # 'Q275': quetzales as Guatemalans write them; 'Q3' is a quarter of the year
    return None


def _money_after_letter(text: str, i: int) -> bool:
    """Whether the figure at ``i`` reads as money: three digits or more, cents, or thousands set apart by a space."""
    end = digits_end(text, i)
    cents = text[end : end + 1] in (".", ",") and is_digit(text[end + 1 : end + 2] or "x")
    spaced = text[end : end + 1] == " " and digits_end(text, end + 1) - end == 4
    return end - i >= 3 or cents or spaced


def _digits_go_on(text: str, i: int) -> bool:
    """Whether the figure at ``i`` runs into letters ('R2D2', 'R5s'): a name or a code, not an amount of rand."""
    end = digits_end(text, i)
    while end < len(text) and (text[end] in ",." and is_digit(text[end + 1 : end + 2] or "x")):
        end = digits_end(text, end + 1)
    return end < len(text) and text[end].isalpha()
