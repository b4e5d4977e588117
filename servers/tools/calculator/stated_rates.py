"""A tax's rate said in a clause of its own beside an amount that includes it: 'new roller quote came in at £6,480
inc VAT. VAT's 20%, what is it before VAT?' is '£6,480 inc VAT at 20%'.

The request is read again with the rate joined to the tax the amount includes ('inc VAT at 20%') and the clause
that stated it set aside. Only one tax is named, only one percentage is said, and the clause says nothing but the
rate ('VAT is 20%', "GST's 15%", 'the VAT rate is 20%'); a rate said of something else, or a second percentage,
leaves the request as it was.
"""

from __future__ import annotations

import re

_TAXES = r"(?:VAT|GST|HST|sales tax|tax)"
_INCLUDED = re.compile(rf"\b(?:inc|incl|including|inclusive of)\.?\s+({_TAXES})\b", re.IGNORECASE)
_STATED = re.compile(
    rf"(?:^|(?<=[.,;!?]))\s*(?:the\s+)?({_TAXES})(?:\s+rate)?(?:'s|\s+is|\s+was|\s+at|\s*=|\s*:)\s*(\d+(?:\.\d+)?)\s*%"
    r"\s*(?:[.,;]|(?=\s*(?:what|how|so)\b))",
    re.IGNORECASE,
)


def joined(text: str) -> str | None:
    """``text`` with a tax rate said on its own joined to the amount that includes the tax, or None."""
    if text.count("%") != 1:
        return None
    included = list(_INCLUDED.finditer(text))
    stated = list(_STATED.finditer(text))
    if len(included) != 1 or len(stated) != 1:
        return None
    inc, rate = included[0], stated[0]
    if inc.group(1).lower() != rate.group(1).lower() or rate.start() < inc.end():
        return None  # another tax, or the rate said before the amount it is of
    before = text[: inc.end()] + f" at {rate.group(2)}%" + text[inc.end() : rate.start()]
    return (before.rstrip(" .,;") + ". " + text[rate.end() :].lstrip()).strip()
