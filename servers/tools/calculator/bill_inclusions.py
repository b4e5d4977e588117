"""A bill said to hold its charges already, then shared: 'bill HK$1,386 already include service charge, 6 of us
split even', 'bill ₡81 900 with service and IVA included. Split equal, how much each?'.

The charges are in the figure, so the share is the figure divided: saying so changes nothing in the sum. The words
are set aside only when the request asks a share ('each', 'split', 'per person') and gives no percentage, so a
charge that is worked out ('includes 10% service: how much was the service?') is never read here.
"""

from __future__ import annotations

import re

_CHARGE = r"(?:the\s+)?(?:service(?:\s+charges?)?|tips?|gratuity|tax(?:es)?|vat|iva|gst|igv|btw|tva|mwst)"
_CHARGES = rf"{_CHARGE}(?:\s*(?:,|and|&|\+)\s*{_CHARGE})*"
_INCLUDED = re.compile(
    rf",?\s*(?:which\s+|that\s+)?(?:already\s+)?(?:include[sd]?|including|incl\.?|inc\.?)\s+{_CHARGES}\b"
    rf"|,?\s*(?:with\s+)?{_CHARGES}\s+(?:(?:is|are)\s+)?(?:already\s+)?(?:included|inclusive|incl\.?|inc\.)(?!\w)",
    re.IGNORECASE,
)
_SHARED = re.compile(r"\b(?:each|split|share|shared|per\s+(?:person|head)|apiece|between|among)\b", re.IGNORECASE)
_PERCENT = re.compile(r"%|\bper\s*cent\b|\bpercent\b", re.IGNORECASE)
_LIMIT = 600  # a bill and its question, not a long text


def without_inclusion(text: str) -> str | None:
    """``text`` without the words saying its bill already holds its charges, when it asks a share of the bill and
    gives no percentage; None otherwise."""
    if len(text) > _LIMIT or _PERCENT.search(text) or not _SHARED.search(text):
        return None
    shorter = _INCLUDED.sub("", text, count=1)
    return shorter if shorter != text else None
