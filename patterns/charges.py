"""Charges: "What's the VAT on my invoice?" asks for a sum worked out on the user's own amount.

A charge (VAT, tax, a tip, a discount, interest, a deposit) asked of something the user has ("on my invoice",
"for our bill") is worked out from that amount: the calculator's job, which asks for the amount when the request
does not give it. Asked of the world ("What's the VAT rate in France?", "What's the tipping etiquette in Japan?")
it is a fact, and this reading does not apply. ``charge_head`` says such a question as the sum it asks for, so the
router reads its verb as well as its topic.
"""

from __future__ import annotations

import re

SCAN = 200
"""Only this much of a request's opening is read."""

_CHARGE = (
    r"(?:vat|tax|sales\s+tax|tip|gratuity|discount|interest|deposit|commission|service\s+charge|delivery\s+charge"
    r"|late\s+fee|fee)"
)
_ASKED = re.compile(
    r"^(?:so\s+|ok\s+|and\s+)?(?:what(?:'s|\s+is|\s+would\s+be|\s+will\s+be)|how\s+much(?:\s+is|\s+would\s+be"
    r"|\s+will\s+be)?)\s+(?:the\s+)?(?P<charge>" + _CHARGE + r")\s+(?:(?:is|be|come\s+to)\s+)?(?:on|for|off)\s+"
    r"(?P<owner>my|our|the\s+\w+\s+i|this)\b(?P<rest>[^?]{0,80})\?*\s*$",
    re.IGNORECASE,
)


def charge_head(instruction: str) -> str | None:
    """ "What's the VAT on my invoice?" said as the sum it asks for ("Calculate the VAT on my invoice"); ``None``
    for a question that does not ask a charge of the user's own amount."""
    found = _ASKED.match(instruction.strip()[:SCAN])
    if found is None:
        return None
    return f"Calculate the {found.group('charge')} on {found.group('owner')}{found.group('rest')}".rstrip(" .")


__all__ = ["charge_head"]
