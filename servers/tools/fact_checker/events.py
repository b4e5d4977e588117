"""Events said as nouns, put as the verbs notes tell them with.

Users name an event by its noun ("the sinking of the Titanic", "the Berlin Wall's fall") or say only that a thing
"was in 1969"; notes say when something happened with a verb ("The Titanic sank on 15 April 1912"). A claim is
put in the notes' form before it is read, so the date can be compared. Only an event noun from a fixed list,
followed by when it happened, is rewritten; anything else is left as it is. Every regex here is linear.
"""

from __future__ import annotations

import re

# An event named by its noun, and the verb notes tell it with.
_EVENTS = {
    "sinking": "sank", "fall": "fell", "collapse": "collapsed", "launch": "was launched", "founding": "was founded",
    "foundation": "was founded", "invention": "was invented", "discovery": "was discovered", "death": "died",
    "birth": "was born", "opening": "opened", "construction": "was built", "completion": "was completed",
    "signing": "was signed", "eruption": "erupted", "landing": "landed", "assassination": "was assassinated",
    "coronation": "was crowned", "release": "was released", "publication": "was published",
    "independence": "became independent", "unification": "was unified", "reunification": "was reunified",
}  # fmt: skip
_EVENT = "|".join(_EVENTS)
_HAPPENED = r"(?:was|were|happened|took\s+place|occurred|came)"
_WHEN = r"(?P<rest>(?:in|on|around|about|during|at)\s.{1,200})$"
_EVENT_OF = re.compile(rf"^(?:the\s+)?(?P<event>{_EVENT})\s+of\s+(?P<thing>\S.{{0,80}}?)\s+{_HAPPENED}\s+{_WHEN}", re.I)
_EVENT_OWNED = re.compile(rf"^(?P<thing>\S.{{0,80}}?)['’]s\s+(?P<event>{_EVENT})\s+{_HAPPENED}\s+{_WHEN}", re.I)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}"
_DATE = (
    rf"(?:in|on)\s+(?:(?:the\s+)?(?:early|late|mid)[- ])?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH}\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?\d{3,4}s?"
)
_ON_DATE = re.compile(rf"^(?P<subject>\S.{{0,80}}?)\s+(?:was|were)\s+(?P<rest>{_DATE})$", re.I)
_ASKED_DATE = re.compile(rf"^(?:was|were)\s+(?P<subject>\S.{{0,80}}?)\s+(?P<rest>{_DATE})$", re.I)


def as_event(claim: str) -> str:
    """An event said as a noun, put as its verb: "The sinking of the Titanic was in 1912" → "the Titanic sank in
    1912", "The Berlin Wall's fall happened in 1989" → "The Berlin Wall fell in 1989"; and "X was in 1969" (a
    date and nothing else) → "X happened in 1969", since notes say when a thing happened with a verb."""
    if asked := _ASKED_DATE.match(claim):  # "Was the sinking of the Titanic in 1915?"
        claim = f"{asked.group('subject')} was {asked.group('rest')}"
    found = _EVENT_OF.match(claim) or _EVENT_OWNED.match(claim)
    if found is not None:
        thing = found.group("thing")
        return f"{thing[:1].upper()}{thing[1:]} {_EVENTS[found.group('event').lower()]} {found.group('rest')}"
    return _ON_DATE.sub(r"\g<subject> happened \g<rest>", claim, count=1)


def dated_by_beginning(claim_head: str, clause_head: str) -> bool:
    """Does a note that tells when an event began ("The Great Fire of London began on 2 September 1666") speak to
    a claim that it happened then? It bears the claim out when the dates agree, but cannot refute another date:
    a long event (a war) goes on happening after it begins, so the caller keeps such a disagreement as related."""
    return claim_head == "happen" and clause_head == "begin"
