"""Whether a text covers a checklist: "Does this email cover everything on the checklist? Checklist - date, time,
place. Email - Hi all, the quiz night is on Friday in the Red Lion."

Each item on the list is one a rule can look for in the text: a date or day, a time, a place, a price, a way to
reply or get in touch, a deadline. The answer names what the text gives for each item it covers, word for word, and
each item it does not mention. An item no rule can look for ("tone", "a warm welcome") makes the whole check
declined, rather than a guess said as if it were checked.
"""

from __future__ import annotations

import re

from servers.tools.inputs import ToolInputError

MAX_TEXT_CHARS = 5_000
# "Does this email cover everything on the checklist?", "Check this invite has everything on my list", "Is anything
# from the checklist missing in this message?"
_ASKED = re.compile(
    r"\b(?:cover|covers|include|includes|has|have|contain|contains|mention|mentions|missing|miss|leave\s+out|"
    r"left\s+out|got)\b[^.?!]{0,60}?\b(?:check\s?list|list)\b|\b(?:check\s?list|list)\b[^.?!]{0,60}?\b(?:covered|"
    r"missing|included|in\s+(?:it|this|the))\b",
    re.I,
)
_LIST = re.compile(r"\b(?:my\s+|the\s+)?check\s?list\s*(?:[-:\u2013\u2014]|is|says)\s*(?P<items>[^.\n]{2,200})", re.I)
_TEXT = re.compile(
    r"\b(?:e-?mail|message|text|invite|invitation|notice|letter|post|draft|flyer|poster)\s*(?:[-:\u2013\u2014]|says|"
    r"reads)\s*(?P<text>.{3,5000})",
    re.I | re.S,
)
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|"
    r"jun|jul|aug|sep|sept|oct|nov|dec)"
)
# Capitalised words after "in" or "at" that name no place: a language ("in English"), a season or holiday ("at
# Christmas"), a manner ("in Person", "in Full"); one that starts a longer name ("at Christmas House") is a place
_NO_PLACE = (
    r"(?:english|french|spanish|german|italian|portuguese|dutch|welsh|irish|gaelic|scots|polish|russian|ukrainian|"
    r"greek|turkish|arabic|hebrew|hindi|urdu|bengali|punjabi|tamil|chinese|mandarin|cantonese|japanese|korean|"
    r"vietnamese|thai|swahili|latin|swedish|norwegian|danish|finnish|czech|hungarian|romanian|braille|"
    r"christmas|easter|spring|summer|autumn|fall|winter|person|full|total|advance|brief|capitals?|bold|italics)"
)
_FINDERS: dict[str, re.Pattern[str]] = {
    "date": re.compile(
        rf"\b(?:(?:{_DAY})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+{_MONTH})?)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
        rf"{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?|today|tomorrow|tonight)\b",
        re.I,
    ),
    "time": re.compile(
        r"\b(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}|noon|midday|midnight|"
        r"\d{1,2}\s+o'clock|half\s+past\s+\w+)(?!\w)",
        re.I,
    ),
    "place": re.compile(
        rf"\b(?:in|at)\s+(?:the\s+|our\s+)?(?!(?:{_MONTH}|{_DAY})\b)(?!{_NO_PLACE}\b(?!\s+(?-i:[A-Z])))"
        r"(?:(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*){0,3}|(?:[\w'-]+\s+){0,2}"
        r"(?:hall|pub|room|church|park|school|library|office|centre|center|cafe|café|field|club|house|garden|station|"
        r"gym|pool|theatre|cinema|restaurant|bar|canteen|kitchen|studio|hotel)\b)|\b\d+\s+[\w'-]+\s+(?:road|street|"
        r"lane|avenue|close|way|drive)\b",
        re.I,
    ),
    "price": re.compile(r"[£$€]\s?\d|\b\d+\s?(?:p|pence|pounds|dollars|euros)\b|\bfree\b", re.I),
    "reply": re.compile(r"\b(?:rsvp|reply|let\s+(?:me|us)\s+know|get\s+back\s+to|confirm)\b", re.I),
    "contact": re.compile(r"\b\d[\d ]{7,}\d\b|@\w|\b(?:call|ring|phone|contact|email)\s+\w", re.I),
    "deadline": re.compile(rf"\b(?:by|before|until|no\s+later\s+than)\s+(?:{_DAY}|\d|{_MONTH}|noon|midday)", re.I),
}
_ITEM_KINDS = {
    "date": "date", "day": "date", "when": "date", "time": "time", "start time": "time", "times": "time",
    "place": "place", "venue": "place", "location": "place", "where": "place", "address": "place",
    "price": "price", "cost": "price", "fee": "price", "ticket price": "price", "rsvp": "reply",
    "how to reply": "reply", "reply": "reply", "contact": "contact", "contact details": "contact",
    "phone number": "contact", "deadline": "deadline", "closing date": "deadline",
}  # fmt: skip


def asks_checklist(request: str) -> bool:
    """Whether ``request`` asks whether a text covers a checklist given with it."""
    head = request[:300]
    return bool(_ASKED.search(head) and _LIST.search(request[:MAX_TEXT_CHARS]) and _TEXT.search(request))


def checklist_answer(request: str) -> str | None:
    """What the text covers of the checklist and what it leaves out; None when no checklist check is asked.
    ToolInputError when an item is one no rule can look for."""
    if not asks_checklist(request):
        return None
    listed = _LIST.search(request[:MAX_TEXT_CHARS])
    text = _TEXT.search(request[listed.end() if listed else 0 :][:MAX_TEXT_CHARS])
    if listed is None or text is None:
        return None
    items = [i.strip(" .;") for i in re.split(r",|;|\band\b|/", listed.group("items")) if i.strip(" .;")]
    unknown = [i for i in items if i.lower() not in _ITEM_KINDS]
    if not items or unknown:
        raise ToolInputError(
            f"I can't check '{(unknown or ['the list'])[0][:40]}' offline: I can look for a date, a time, a place, a "
            "price, a deadline, and how to reply or get in touch. Ask about those, or set ANTHROPIC_API_KEY."
        )
    body = text.group("text").strip()
    found: list[str] = []
    missing: list[str] = []
    for item in items:
        hit = _FINDERS[_ITEM_KINDS[item.lower()]].search(body)
        (found if hit else missing).append(f"the {item} ({hit.group().strip()})" if hit else f"the {item}")
    if not missing:
        return f"Yes: the text covers everything on the checklist: {_listed(found)}."
    gives = f"it gives {_listed(found)}, but it" if found else "it"
    return f"No: {gives} does not mention {_listed(missing)}."


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
