"""A discount and a tax said in one breath after a count at a price each: '5 chairs at £40 each, 10% off then 20%
VAT on top', '3 jackets at $85 each with 15% off and 8% sales tax'.

The reader of percentages taken in turn knows them listed ('..., 10% off, plus 20% VAT'); 'then', 'and' or 'with'
between them say the same. A discount and a tax multiply the amount, so the order they are taken in does not change
the total. When the request cannot be read as written, it is read again with the two listed, and answered only when
that reading accounts for every number in it.
"""

from __future__ import annotations

import re

_PERCENT = r"\d{1,3}(?:\.\d{1,3})?\s*%"
_TAXES = r"(?:vat|sales\s+tax|tax|gst|hst)"
_CUT_AND_TAX = re.compile(
    rf"(\beach)(?:\s+with|\s*,)?(?:\s+an?)?\s+({_PERCENT}\s+(?:off|discount))\s*,?\s+(?:and\s+then|then|and|plus|with)\s+"
    rf"(?:a\s+|an\s+)?({_PERCENT}\s+{_TAXES})\b",
    re.IGNORECASE,
)


def listed(text: str) -> str | None:
    """``text`` with a discount and a tax after a price each listed in turn, or None when it has no such pair."""
    said = _CUT_AND_TAX.sub(lambda m: f"{m[1]}, {m[2]}, plus {m[3]}", text, count=1)
    return None if said == text else said
