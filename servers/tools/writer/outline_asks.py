"""What an outline request asks for: its subject and the sections it names, wherever the request names them.

People ask for an outline with the sections in it: "Outline a 45 minute lesson on the water cycle with a starter,
evaporation, condensation, precipitation and a plenary quiz"; after it: "Can you outline a first aid evening for our
scout leaders? Topics are CPR, burns, choking, and when to call 999."; or after a colon, with what it is for said
first: "I'm giving a 10 minute talk to new volunteers at the food bank. Give me an outline covering: welcome,
safety rules, ...". ``outline_ask`` returns the subject ("a 45 minute lesson on the water cycle") and the sections
as given, so the outline is made of them and no sentence of the request becomes its title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The sentence that asks for the outline, and the words that ask (taken off the subject).
_ASKS = re.compile(
    r"^\W*(?:(?:please|can you|could you|would you|i need you to|help me)\s+)*(?:(?:create|make|write|give me|draft|"
    r"put together|i need|i'd like)\s+(?:me\s+)?(?:an?|the)\s+(?:(?:short|quick|simple|rough|brief)\s+)?outline"
    r"(?:\s+(?:of|for))?|outline|plan(?: out)?(?: the structure of)?|structure)\b\s*",
    re.I,
)
# "covering ...", "with ...", "including ...", "with sections on ...": the sections, listed after the subject.
_LISTED_AFTER = re.compile(
    r"\s*,?\s+(?:covering|including|that covers|which covers|with sections (?:on|for)|with|on the following)\s*:?\s+"
    r"(?P<items>[^,;]+(?:,\s*[^,;]+)+|[^,;]+\s+and\s+[^,;]+)$",
    re.I,
)
# "Topics are CPR, burns, ...", "Sections: ...", "It should cover intro, ...": the sections, said in a sentence after.
_LISTED_SENTENCE = re.compile(
    r"^(?:the\s+)?(?:topics?|sections?|parts?|points?|areas?|headings?|items?|things to cover)\s*(?:are|:|include|"
    r"will be|should be)\s*:?\s*|^(?:it|this|that)\s+(?:should|must|needs to|will)\s+cover\s*:?\s*",
    re.I,
)
# "I'm giving a 10 minute talk to new volunteers": what the outline is for, said before the ask.
_FOR_WHAT = re.compile(
    r"^(?:i'?m|i am|we'?re|we are)\s+(?:giving|doing|running|teaching|leading|planning|writing|preparing|"
    r"putting on|hosting|delivering)\s+(?P<what>(?:an?|the|my|our)\s+[^.!?]{3,120})$",
    re.I,
)
# "with these sections", "covering the following topics", "in these parts": the sections named after a colon
_POINTING = re.compile(
    r"\s*,?\s*\b(?:with|covering|including|in|under|using)\s+(?:these|the following|the|those)\s+(?:\w+\s+)?"
    r"(?:sections?|headings?|parts?|points?|topics?|chapters?|areas?|steps?|stages?)\s*$",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# A piece named by its kind alone ("a blog post", "my short talk"), with no topic yet.
_KIND_ONLY = re.compile(
    r"^(?:(?:an?|the|my|our)\s+)?(?:[\w-]+\s+){0,2}?(?:talk|essay|article|blog\s+post|post|report|presentation|"
    r"speech|lecture|guide|paper|piece|chapter|book|course|workshop|newsletter|lesson|session|video|podcast|"
    r"episode|leaflet|webinar)$",
    re.I,
)
# "3 tips for saving money on groceries - meal planning, own-brand products and a list": a topic, a dash, its items
_HEADED_LINE = re.compile(
    r"^(?P<head>[^,;:]{3,120}?)(?:\s+[-–—]|:)\s+(?P<items>[^,;]+(?:,\s*[^,;]+)+|[^,;]+\s+and\s+[^,;]+)$"
)


@dataclass(frozen=True, slots=True)
class OutlineAsk:
    subject: str
    sections: list[str]


def outline_ask(instruction: str, material: str) -> OutlineAsk:
    """The subject and the named sections of an outline request (``sections`` empty when it names none)."""
    sentences = [s.strip().rstrip(".!?") for s in _SENTENCE.split(" ".join(instruction.split())) if s.strip()]
    at = next((i for i, s in enumerate(sentences) if _ASKS.match(s) or re.search(r"\ban outline\b", s, re.I)), 0)
    asking = sentences[at] if sentences else ""
    found = _ASKS.match(asking)
    subject = asking[found.end() :] if found else asking
    sections: list[str] = []
    listed = _LISTED_AFTER.search(subject)
    if listed:
        sections, subject = _items(listed.group("items")), subject[: listed.start()]
    subject = re.sub(r"^(?:covering|including|with)\b\s*", "", subject.strip(" ,:"), flags=re.I)
    for after in sentences[at + 1 :]:
        said = _LISTED_SENTENCE.match(after)
        if said and not sections:
            sections = _items(after[said.end() :])
    if material.strip() and not sections:
        # "..., with these sections: ...": the words pointing at the sections are no part of the subject
        subject = _POINTING.sub("", subject)
        lines = [re.sub(r"^\s*(?:[-*\u2022]|\d+[.)])\s+", "", line).strip() for line in material.splitlines()]
        lines = [line.rstrip(".") for line in lines if line]
        kind_only = _KIND_ONLY.match(subject.strip(" ,:")) is not None
        headed = _HEADED_LINE.match(lines[0]) if len(lines) == 1 and kind_only else None
        if headed:
            # "Outline a blog post: 3 tips for saving money - meal planning, own-brand, a list": the kind asked, then
            # what it is about before the dash and its sections after it
            subject, lines = headed.group("head"), [headed.group("items")]
        sections = _items(lines[0]) if len(lines) == 1 else lines
    before = next((m.group("what") for s in sentences[:at] if (m := _FOR_WHAT.match(s))), "")
    return OutlineAsk(subject.strip(" ,.") or before, sections)


def _items(listed: str) -> list[str]:
    """ "welcome, safety rules, and questions" as its items."""
    parts = [p.strip(" .") for p in re.split(r",\s*(?:and\s+|or\s+)?|;\s*", listed.strip()) if p.strip(" .")]
    if parts and len(re.findall(r"\s(?:and|or)\s", parts[-1])) == 1:
        parts[-1:] = [p.strip() for p in re.split(r"\s(?:and|or)\s", parts[-1])]
    return parts
