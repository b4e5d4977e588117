"""Checked sums: "Can you check a dose for me: patient is an 18 kg collie, drug is 2.5 mg per kg. Total mg?"

"Check" is a fact-checker's verb and a code reviewer's, but what is checked here is a quantity (a dose, a total,
the bill, the change), the request gives the figures it comes from and asks for the quantity ("Total mg?", "how
much in all?"): it asks the sum worked out, the calculator's job. ``checked_sum_head`` says such an ask as the sum
it means ("Work out a dose for me"), so the router reads the verb that acts.

A claim about a quantity ("Check the total cost of the tower was 7.8 million francs") asks whether it holds, and
asks for no quantity after it: it is not read so; nor is a check of anything else ("check this code", "check a
fact for me: ...").
"""

from __future__ import annotations

import re

from patterns.forms import has_number

SCAN = 400
"""Only this much of a request is read."""

_QUANTITIES = (
    r"(?:dose|dosage|doses|total|totals|sum|sums|maths|math|bill|change|amount|cost|costs|price|prices|calculation"
    r"|calculations|arithmetic|budget|tip|split|share|wages|pay|invoice|quote|measurements|quantities)"
)
# "can you check a dose for me", "please double-check the bill", "could u verify my maths"
_CHECKED = re.compile(
    r"^(?:(?:please|pls|kindly|just|quickly)\s+)*(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?)?"
    r"(?P<verb>check|double-check|double\s+check|verify|sanity-check|sanity\s+check)\s+"
    rf"(?P<object>(?:a|the|my|our|this|his|her|their)\s+(?:[a-z-]+\s+)?{_QUANTITIES})\b(?P<rest>[^:?.]{{0,30}})",
    re.IGNORECASE,
)
# the quantity asked for after the figures: "Total mg?", "how much in all?", "what do I owe?"
_ASKS_QUANTITY = re.compile(
    r"\b(?:total|altogether|in\s+all|how\s+(?:much|many)|what\s+(?:do|does|should|would)\s+\w+\s+(?:owe|pay|give)"
    r"|what(?:'s|\s+is)\s+the\s+(?:dose|total|amount|sum))\b[^.?!]{0,40}\?",
    re.IGNORECASE,
)


# "Invoice check: 37.5 hours at $62/hr ... What's the total I bill?": a check named as a label before the figures.
_CHECK_LABEL = re.compile(r"^(?P<label>(?:[a-z-]+[^\S\n]+){0,2}?)(?:double-|sanity\s+)?check[^\S\n]*:", re.IGNORECASE)
# Labels of checks that are no sums: "Fact check: ...", "Spelling check: ...".
_NOT_SUMS = frozenset("fact facts claim claims spell spelling grammar code reality".split())


def checked_sum_head(instruction: str, text: str) -> str | None:
    """The sum a request asks by checking a quantity ("Work out a dose for me"); ``None`` unless ``instruction``
    opens by checking a quantity, or with a label of a check ("Invoice check:", "Quick check:"), and ``text`` (the
    whole request) gives figures and asks for the quantity."""
    head = instruction.strip()[:SCAN]
    found = _CHECKED.match(head)
    label = _CHECK_LABEL.match(head) if found is None else None
    if label is not None and _NOT_SUMS & set(label.group("label").lower().split()):
        label = None
    if (found is None and label is None) or "```" in text[:SCAN]:  # "check the total in ```...```": code to review
        return None
    if not has_number(text[:SCAN]) or _ASKS_QUANTITY.search(text[:SCAN]) is None:
        return None
    if found is None:
        return "Work out the sum"  # "Quick check: 12 boxes at £4.50 each plus £6 delivery. What do I pay?"
    return f"Work out {found.group('object')}{found.group('rest')}".rstrip()


__all__ = ["checked_sum_head"]
