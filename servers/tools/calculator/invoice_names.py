"""An amount named as an invoice or an order's value: 'GST at 18% on an invoice value of ₹4,75,600', 'VAT at 20% on
an invoice of £2,400'. The name says what the amount is and changes nothing in it, so a rate *on* such an amount asks
for the part, as 'GST at 18% on ₹4,75,600' does.
"""

from __future__ import annotations

from servers.tools.calculator.frames import Reading
from servers.tools.calculator.tokens import Token

NAMED_AMOUNTS = ("invoice of", "invoice for", "invoice value of", "invoice amount of", "order value of")
BILL_SAID = ("on", "for", "of", "bill of", "total of", "check of", "costs", "cost", "priced at", *NAMED_AMOUNTS)
"""The words before a bill's amount: a preposition, the bill's own name, or the amount named as an invoice."""
_DETERMINERS = frozenset("a an the this that my our their his her your".split())


def on_named(reading: Reading, tokens: list[Token]) -> bool:
    """Whether the bill is said with 'on', 'for' or 'of' ('on $84'), or is an amount named as an invoice with one of
    them before the name ('on an invoice of $84')."""
    marker = reading.markers.get("bill")
    if marker in (("on",), ("for",), ("of",)):
        return True
    if marker is None or " ".join(marker) not in NAMED_AMOUNTS:
        return False
    k = reading.at["bill"] - 1
    while k >= 0 and tokens[k].word in _DETERMINERS:
        k -= 1
    return k >= 0 and tokens[k].word in ("on", "for", "of")
