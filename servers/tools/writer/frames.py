"""The frame each style puts around a text's sentences, claiming nothing: an email's subject line, greeting and
sign-off, a letter's salutation, a card's "with best wishes from", a post's title, a story's "Once upon a time"
and "The end", a notice's heading. ``composition`` decides what the sentences say; a frame only arranges them
(in paragraphs, under a heading) and adds words that assert nothing the request did not give.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from servers.tools.writer.briefs import INTENT_LABELS, Brief
from servers.tools.writer.forms import lowered, title_case
from servers.tools.writer.greetings import greeting
from servers.tools.writer.occasions import names_occasion
from servers.tools.writer.styles import names_style
from servers.tools.writer.used_in import names_setting

_SIGN_OFFS = {
    "professional": "Best regards,",
    "formal": "Kind regards,",
    "friendly": "Best,",
    "casual": "Thanks!",
    "concise": "Best,",
    "confident": "Best regards,",
}

# What a full text ends on for an intent that asks something of its reader.
CLOSINGS = {
    "invite": "Please let me know whether you can make it.",
    "ask": "Thank you in advance.",
    "request": "Thank you in advance.",
    "complain": "Please let me know how this will be resolved.",
}

# A fact in a topic: a figure ("version 2.4.1", "Q3") or a name ("the Riverside branch").
GIVEN_IN_SUBJECT = re.compile(r"\d|(?<=\s)(?-i:[A-Z])")


@dataclass(frozen=True, slots=True)
class Composition:
    """A composed text, its title (a blog post's, an email's subject) and the given facts it contains."""

    text: str
    title: str | None
    facts: list[str]
    note: str | None = None


Frame = Callable[[Brief, list[str], bool, list[str]], Composition]


def frame_for(style: str) -> Frame:
    """The frame for ``style``: called with the brief, the body's sentences, whether the frame may add its closing
    courtesy and ending (``full``: false when a length or count asked for leaves no room), and the points given;
    a style with no frame of its own is set as paragraphs."""
    return _FRAMES.get(style, _paragraph)


_RECORDS = frozenset(
    "label labels instruction instructions entry log logbook diary journal records files ledger".split()
)


def _names_nothing(subject: str) -> bool:
    """Whether ``subject`` names no thing the text is about: the kind of text ("two sentences for a sign in my
    window": a sign), where it is used ("my Year 6 history lesson"), or only small words ("for a" left of "for a
    poster", "for me")."""
    kind = re.fullmatch(r"(?:(?:an?|the|my|our)\s+)?([\w-]+)", subject, re.I)  # ("a bio intro": "intro" alone)
    if names_setting(subject):
        return True
    # "a label instruction", "a line for my expenses log": a small text, or the record it goes in, is no topic
    record = re.fullmatch(r"(?:(?:an?|the|my|our)\s+)?(?:[\w-]+\s+)?([\w-]+)", subject, re.I)
    if record and record.group(1).lower() in _RECORDS:
        return True
    return bool(kind and names_style(kind.group(1))) or not re.sub(
        r"\b(?:for|to|of|about|on|in|an?|the|my|our|your|me|us)\b|\W", "", subject, flags=re.I
    )


# A text named with whom it is for or to ("a certificate for Josh", "the words for a plaque for Grandad"), and the
# person's name closing it
_FOR_SOMEONE = re.compile(r"\b(?:for|to)\s+\S", re.I)
_FOR_PERSON = re.compile(
    r"\b(?:for|to)\s+(?:(?:our|my|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?P<name>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+){0,2})$",
    re.I,
)


def subject_first(brief: Brief, body: list[str]) -> list[str]:
    """A description's sentences with its subject named first: "He is a carpenter" -> "Jonas Berg is a carpenter";
    a first sentence that does not mention the subject is led by it ("The Aria lamp: three brightness levels.")."""
    subject = brief.subject.strip()
    if not subject or brief.content or not body:
        return body
    if _names_nothing(subject):
        return body
    head = re.split(r"\s+(?:who|that|which|with)\s+", subject)[0]
    core = re.sub(r"^(?:a|an|the|our|my|your)\s+", "", head, flags=re.I).lower()
    first, named = body[0], subject[:1].upper() + subject[1:]
    person = re.match(r"^(?:he|she)\s", first, re.I) is not None
    if person and _FOR_SOMEONE.search(subject):
        # "a certificate for Josh: he completed ...": "he" is Josh, never "A certificate for Josh completed ..."; with
        # no name to say, the sentence keeps its "he"
        found = _FOR_PERSON.search(subject)
        return [found.group("name") + first[first.index(" ") :], *body[1:]] if found else body
    # (never a person's "he"/"she" for an occasion: "he married Ana" is no "My brother's wedding married Ana")
    # nor for someone's thing: "she ran the post office" is no "My mum's 70th ran the post office"
    owned = re.search(r"\w['’]s?\s+\w", head) is not None
    if re.match(r"^(?:it|they|he|she)\s", first, re.I) and not (person and (names_occasion(subject) or owned)):
        return [named + first[first.index(" ") :], *body[1:]]
    if core and core not in first.lower():
        return [f"{named}: {lowered(first)}", *body[1:]]
    return body


def _subject_line(brief: Brief, body: list[str]) -> str:
    if re.search(r"office|auto|away", brief.style_word):
        return "Out of office"
    label = INTENT_LABELS.get(brief.intent or "")
    if label and brief.intent not in ("announce", "share"):
        return label
    # the first sentence of the opening ("The new rota is attached. Please review ..."), not the whole opening
    # (a bulleted body's first point, without its mark, and never the whole list)
    lead = re.sub(r"^\s*(?:[-*\u2022]|\d{1,2}\.)\s+", "", body[0].splitlines()[0]) if body and body[0].strip() else ""
    first = re.split(r"(?<=[a-z0-9])[.!?]\s+(?=[A-Z])", lead)[0].rstrip(".!?")
    core = re.sub(r"^(?:an?|the|our|my|your|this|next|last)\s+", "", brief.subject.strip(), flags=re.I)
    if GIVEN_IN_SUBJECT.search(core) and not brief.content and core.lower() not in " ".join(body).lower():
        return title_case(brief.subject)  # "an email to the team about the Q3 offsite:" and its points
    if core and not brief.content and not _names_nothing(brief.subject) and not _mentioned(core, body):
        # "Let everyone know about the power cut: Tuesday 9am to 1pm": the topic the body never names heads it
        return title_case(re.sub(r"^(?:our|my|your)\s+", "the ", brief.subject.strip(), flags=re.I))
    if first and len(first.split()) <= 10:
        return first
    return title_case(brief.subject) if brief.subject else "Update"


def _mentioned(core: str, body: list[str]) -> bool:
    """Whether the body names the topic ``core``, or any word of it that is not a small word."""
    said = " ".join(body).lower()
    return core.lower() in said or any(w in said for w in re.findall(r"[a-z]{4,}", core.lower()))


def _paragraphs(body: list[str], per: int = 3) -> list[str]:
    """Sentences in paragraphs of ``per``; a block of bullet lines is a paragraph of its own."""
    paragraphs: list[str] = []
    run: list[str] = []
    for part in body:
        if re.match(r"(?:- |1\. )", part):  # a bulleted or numbered list
            paragraphs += [" ".join(run[i : i + per]) for i in range(0, len(run), per)] + [part]
            run = []
        else:
            run.append(part)
    return paragraphs + [" ".join(run[i : i + per]) for i in range(0, len(run), per)]


def _email(brief: Brief, body: list[str], full: bool, points: list[str]) -> Composition:
    if brief.subject and not brief.content and body and re.match(r"^(?:it|they)\s", body[0], re.I):
        body = subject_first(brief, body)  # "about the new rota: it starts Monday": "The new rota starts Monday."
    subject = _subject_line(brief, body)
    closing = CLOSINGS.get(brief.intent or "") if full else None
    parts = [f"Subject: {subject}", "", greeting(brief), "", *_joined(_paragraphs(body), closing)]
    parts += ["", _SIGN_OFFS.get(brief.tone, "Best regards,"), "[Your name]"]
    return Composition("\n".join(parts), subject, [])


def _chat(brief: Brief, body: list[str], full: bool, points: list[str]) -> Composition:
    """A message posted in a chat app: greeted like an email, with no subject line and no sign-off."""
    closing = CLOSINGS.get(brief.intent or "") if full else None
    # "a message to the group chat": the chat is where it is posted; its members are greeted
    posted = re.search(r"\b(?:chat|slack|whatsapp|teams|channel|group)$", brief.audience or "", re.I)
    brief = replace(brief, audience=None) if posted else brief
    return Composition("\n".join([greeting(brief), "", *_joined(_paragraphs(body), closing)]), None, [])


# "to my tenant at 14 Mill Lane": the reader named by the address they are at, which a letter heads as what it is
# about ("Re: 14 Mill Lane"); the greeting has no name to say.
_AT_ADDRESS = re.compile(
    r"\s(?:at|of)\s+(?P<address>\d{1,4}[a-zA-Z]?\s+(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3})$"
)


def _letter(brief: Brief, body: list[str], full: bool, points: list[str]) -> Composition:
    closing = CLOSINGS.get(brief.intent or "") if full else None
    sign_off = "Sincerely," if brief.tone in ("formal", "professional") else _SIGN_OFFS.get(brief.tone, "Best,")
    at, hello = _AT_ADDRESS.search(brief.audience or ""), greeting(brief)
    head = [f"Re: {at.group('address')}", ""] if at and at.group("address") not in " ".join([hello, *body]) else []
    parts = [*head, hello, "", *_joined(_paragraphs(body), closing), "", sign_off, "[Your name]"]
    return Composition("\n".join(parts), None, [])


def _card(brief: Brief, body: list[str], full: bool, points: list[str]) -> Composition:
    """A card: "Dear nurses," when it names its readers, the body, and who it is from as the request says it."""
    opening = [greeting(replace(brief, tone="formal")), ""] if brief.audience else []
    signed = f"With best wishes from {brief.sender}" if brief.sender else "Best wishes,\n[Your name]"
    return Composition("\n".join([*opening, *_joined(_paragraphs(body), None), "", signed]), None, [])


def _joined(paragraphs: list[str], closing: str | None) -> list[str]:
    lines: list[str] = []
    for paragraph in [*paragraphs, *([closing] if closing else [])]:
        lines += [paragraph, ""]
    return lines[:-1]


def _blog(brief: Brief, body: list[str], full: bool, points: list[str]) -> Composition:
    title = title_case(brief.subject) if brief.subject else None
    lines = ([f"# {title}", ""] if title else []) + "\n\n".join(_paragraphs(body)).splitlines()
    return Composition("\n".join(lines), title, [])


# Readers named by where they are: "tenants at 4 Albion Road", "residents of Elm House"
_PLACED = re.compile(r"\b(?:at|of|in)\s+(?:the\s+)?(?:(?:flat|no\.?)\s+)?(?:\d+[a-z]?\s+)?(?-i:[A-Z])[\w'-]+", re.I)


def _announcement(brief: Brief, body: list[str], full: bool, points: list[str]) -> Composition:
    title = title_case(brief.subject) if brief.subject else "Announcement"
    if not brief.subject and _PLACED.search(brief.audience or ""):
        # "Notice to tenants at 4 Albion Road: ...": whom it is for is where it goes up, and heads it (as "Tenants at
        # 4 Albion Road", never the request's own words back)
        readers = re.sub(r"^(?:the|all(?: the)?)\s+", "", brief.audience or "", flags=re.I)
        title = f"{readers[:1].upper()}{readers[1:]}"
    # a sign says its news, under no heading; so does a card put on show ("a menu card", "a place card")
    if not brief.subject and (brief.style_word in ("sign", "poster", "flyer") or brief.style_word.endswith(" card")):
        return Composition("\n\n".join(_paragraphs(body)), None, [])
    return Composition(f"{title}\n\n" + "\n\n".join(_paragraphs(body)), title, [])


def _story(brief: Brief, body: list[str], full: bool, points: list[str]) -> Composition:
    first = body[0]
    opening = f"Once upon a time, {first[:1].lower() + first[1:] if not _proper(first) else first}"
    text = " ".join([opening, *body[1:]]) + ("\n\nThe end." if full else "")
    return Composition(text, None, [])


def _proper(text: str) -> bool:
    word = text.split()[0] if text.split() else ""
    return word[:1].isupper() and word.lower() not in ("a", "an", "the", "it", "they", "one", "once", "there")


def _paragraph(brief: Brief, body: list[str], full: bool, points: list[str]) -> Composition:
    subject = brief.subject.strip()
    # "a one-line price tag for a sofa": a kind of text the writer has no frame for; the sofa is what it is about
    kind = re.match(r"^(?:an?\s+)?(?:[\w-]+\s+){1,3}?(?:for|of)\s+(?:an?\s+)?(?P<thing>\S.*)$", subject, re.I)
    if brief.style_word == "text" and kind:
        subject = kind.group("thing")
    if subject and body and not brief.content and not _names_nothing(subject):
        head = re.split(r"\s+(?:who|that|which|with)\s+", subject)[0]
        core = re.sub(r"^(?:a|an|the|our|my|your)\s+", "", head, flags=re.I).lower()
        first = body[0]
        if re.match(r"^(?:it|they|he|she)\s", first, re.I):
            body = subject_first(brief, body)
        elif core and core not in first.lower():
            # each point goes on after a semicolon, so none but a name keeps its sentence's capital
            joined = "; ".join(lowered(p.rstrip(".")) for p in (points if len(points) == len(body) else body))
            body = [f"{subject[:1].upper() + subject[1:]}: {joined}."]
    per = len(body) if brief.style_word == "paragraph" else 3  # "a paragraph" is one
    return Composition("\n\n".join(_paragraphs(body, max(per, 1))), None, [])


_FRAMES: dict[str, Frame] = {
    "email": _email,
    "chat": _chat,
    "letter": _letter,
    "blog": _blog,
    "story": _story,
    "announcement": _announcement,
    "card": _card,
}
