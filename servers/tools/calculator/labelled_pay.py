"""Pay asked in a labelled form: 'Hours: 42. Rate: £15.75. Job: care assistant. Gross pay?', 'Staff: 2 chefs.
Rate: £16.80/h. Hours: 45 each. Total pay?'.

Each label names its figure, so the form says what to do only when every label is one of a few: the hours worked
('Hours', 'Hours worked'), the hourly rate ('Rate', 'Hourly rate', 'Pay rate'), how many are paid ('Staff',
'Workers', 'Team': '2 chefs'), and labels that only describe ('Job', 'Role', 'Name'), with no figure in them. The
question is a word or two asking the pay ('Total?', 'Gross pay?', 'Wages?'). The form is read again as a sentence
('2 chefs working 45 hours each at £16.80/h. What's the total pay?'); hours 'each' without a count of workers, a
count of workers without 'each', any other label, or a second figure in one of them is left to decline.
"""

from __future__ import annotations

import re

_SEGMENT = re.compile(r"\s*([A-Za-z][A-Za-z ']{0,24}?)\s*:\s*([^.;\n]*(?:\.\d+[^.;\n]*)*)\s*[.;\n]?")
_HOURS_LABELS = frozenset({"hours", "hrs", "hours worked", "hrs worked", "hours this week", "time worked"})
_RATE_LABELS = frozenset({"rate", "hourly rate", "pay rate", "rate of pay", "hourly wage", "wage", "rate per hour"})
_STAFF_LABELS = frozenset({"staff", "workers", "team", "crew", "employees"})
_DESCRIBING = frozenset(
    {"job", "role", "name", "worker", "employee", "occupation", "position", "title", "trade", "employer", "site"}
)
_HOURS = re.compile(r"^(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)?\s*(each)?$", re.IGNORECASE)
_RATE = re.compile(r"^([£$€]\s?\d+(?:\.\d+)?)\s*(/\s*h|/\s*hr|/\s*hour|an hour|per hour|ph|p/h|hourly)?$", re.I)
_STAFF = re.compile(r"^(\d+)\s+([a-z][a-z ]{0,30}s)$", re.IGNORECASE)
_ASKED = re.compile(
    r"^(?:what(?:'s| is) the\s+)?(?:total|gross|pay|wages|wage bill|earnings|total pay|gross pay|total wages|"
    r"pay in total|weekly pay|amount due)\s*\?$",
    re.IGNORECASE,
)


def as_sentence(text: str) -> str | None:
    """The labelled form ``text`` said as one sentence and its question; None when it is not one this reads."""
    text = text.strip()
    ask_at = text.rfind(".", 0, len(text) - 1)
    question = text[ask_at + 1 :].strip()
    if ask_at < 0 or not _ASKED.match(question):
        return None
    form = text[: ask_at + 1]
    fields: dict[str, str] = {}
    at = 0
    while at < len(form):
        found = _SEGMENT.match(form, at)
        if found is None or found.end() == at:
            return None
        label, value = found.group(1).strip().lower(), found.group(2).strip()
        at = found.end()
        kind = next(
            (
                name
                for name, labels in (("hours", _HOURS_LABELS), ("rate", _RATE_LABELS), ("staff", _STAFF_LABELS))
                if label in labels
            ),
            None,
        )
        if kind is None:
            if label not in _DESCRIBING or re.search(r"\d", value):
                return None  # a label that may carry a figure of its own
            continue
        if kind in fields:
            return None
        fields[kind] = value
    hours, rate = _HOURS.match(fields.get("hours", "")), _RATE.match(fields.get("rate", ""))
    if hours is None or rate is None:
        return None
    paid = f"{rate.group(1)} an hour"
    if "staff" not in fields:
        return None if hours.group(2) else f"{hours.group(1)} hours at {paid}. What's the total pay?"
    staff = _STAFF.match(fields["staff"])
    if staff is None or not hours.group(2):
        return None  # '2 chefs', 'Hours: 45': each, or between them?
    return f"{staff.group(1)} {staff.group(2)} working {hours.group(1)} hours each at {paid}. What's the total pay?"
