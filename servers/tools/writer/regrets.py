"""Sending regrets, asked without naming a text: "I need to politely decline my cousin Aisha's wedding on 21 June,
I'm working that weekend and can't swap. Say I'll send a gift and I'm gutted to miss it."

The ask names whose event it is ("Aisha's wedding"): she is the reader, the event is declined, and the sentences
after it are what the message says: statements as they are, and what the writer is told to say ("Say I'll send a
gift and I'm gutted to miss it") as the writer's own words. The request is read as the plain instruction it means
("Write a message to Aisha declining your wedding on 21 June: ..."). Only an event (a wedding, a party, a dinner)
is read this way; "I need to decline Tom's offer" names no event, and is left as it was.
"""

from __future__ import annotations

import re

from servers.tools.writer.occasions import names_occasion
from servers.tools.writer.persons import said_to_reader

_REGRETS = re.compile(
    r"^I(?:\s+(?:need|have|want|would like)|['\u2019]d like)\s+to\s+(?P<how>(?:politely|kindly|gently)\s+)?"
    r"(?:decline|turn down|say no to)\s+(?:(?:my|our)\s+(?:[a-z-]+\s+){0,2}?)?"
    r"(?P<name>(?-i:[A-Z])[\w-]+)['\u2019]s\s+(?P<event>[^,.;:!?]{2,80}?)\s*(?:[,.;]\s+|$)(?P<rest>.*)$",
    re.I | re.S,
)
# "Say I'll send a gift and I'm gutted to miss it": the writer's words, two statements joined by "and"
_SAY = re.compile(r"^(?:please\s+)?(?:say|tell (?:her|him|them))\s+(?:that\s+)?", re.I)
_AND_MINE = re.compile(r"\s+and\s+(?=(?:I|I'm|I'll|I've|I'd|we|we're|we'll)\b)")


def regrets_asked(request: str) -> str | None:
    """``request`` as the instruction to write the message declining the event it names, or None (see above)."""
    found = _REGRETS.match(request.strip())
    if found is None:
        return None
    event = found.group("event").strip()
    head = re.split(r"\s+(?:on|at|this|next|in)\s+", event, maxsplit=1)[0]
    if not names_occasion(f"the {head}"):
        return None
    points: list[str] = []
    for said in re.split(r"(?<=[.!?])\s+", found.group("rest").strip()):
        said = said.strip().rstrip(".!")
        if not said:
            continue
        told = _SAY.match(said)
        if told is not None:
            # said to the one declined: "Say I'll take him out for dinner" is "I'll take you out for dinner"
            points += [said_to_reader(p.strip()) for p in _AND_MINE.split(said[told.end() :]) if p.strip()]
        elif re.match(r"^(?:I|I'm|I'll|I've|I'd|we|we're|we'll|we've|we'd|it's|there's)\b", said):
            points.append(said)
        else:
            return None  # anything but the writer's own statements is left to be read as it was said
    how = (found.group("how") or "").strip().lower()
    asked = f"Write a message to {found.group('name')} {how + ' ' if how else ''}declining your {event}"
    return f"{asked}: {'; '.join(points)}." if points else f"{asked}."
