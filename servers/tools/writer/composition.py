"""Composing text offline: outlines and drafts assembled from a brief and the writer's notes.

Nothing here generates ideas: every fact in a draft comes from the topic or the notes. The templates supply
the shape a reader expects of each style: an email has a subject, a greeting, a body and a sign-off; a blog
post has a title, an introduction, sections and a conclusion; slogans are short lines built around the
subject's key words. The tone is applied last, by the same rule tables ``rewrite`` uses, so drafts and
rewrites agree."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from servers.tools.writer.briefs import INTENTS, Brief
from servers.tools.writer.tone import rewrite

# (heading, what the section covers, a neutral opening sentence for a draft without notes)
_GENERIC_SECTIONS = [
    (
        "Background",
        "where {s} comes from and why it matters now",
        "{S} did not appear out of nowhere: it grew out of real needs, and those needs still shape it today",
    ),
    (
        "Key ideas",
        "the main ideas behind {s}",
        "At its heart, {s} rests on a few simple ideas that are worth getting right",
    ),
    (
        "How it works in practice",
        "concrete examples of {s}",
        "The best way to understand {s} is to see it at work in everyday situations",
    ),
    (
        "Benefits",
        "what {s} makes better, and for whom",
        "Done well, {s} saves time, reduces friction and makes results easier to see",
    ),
    (
        "Challenges and trade-offs",
        "what is hard about {s} and the common pitfalls",
        "{S} has trade-offs, and knowing them early avoids surprises later",
    ),
    (
        "Getting started",
        "first steps and resources for {s}",
        "Getting started with {s} is easier than it looks: begin small and build from there",
    ),
    (
        "What comes next",
        "open questions and where {s} is heading",
        "{S} keeps evolving, and the open questions are as interesting as the answers",
    ),
]
_OPENINGS = {
    "invite": "I'd love for you to join us for {s}.",
    "announce": "I'm excited to share some news: {s}.",
    "thank": "Thank you so much for {s}.",
    "remind": "Just a quick reminder about {s}.",
    "request": "I'm writing to ask for {s}.",
    "ask": "Could you help with {s}?",
    "apologize": "I'm sorry about {s}.",
    "follow up": "I wanted to follow up on {s}.",
    "welcome": "Welcome! We're so glad to have you with us for {s}.",
    "congratulate": "Congratulations on {s}!",
    "introduce": "I'd like to introduce {s}.",
    "update": "Here's a quick update on {s}.",
    "propose": "I'd like to propose {s}.",
    "confirm": "I'm writing to confirm {s}.",
    "cancel": "Unfortunately, we need to cancel {s}.",
}
_CLOSINGS = {
    "invite": "Please let me know whether you can make it.",
    "request": "Thank you in advance for your help.",
    "ask": "Thank you in advance for your help.",
    "apologize": "Thank you for your patience and understanding.",
    "cancel": "I'm sorry for any inconvenience this causes.",
}
_SIGN_OFFS = {
    "professional": "Best regards,",
    "formal": "Kind regards,",
    "friendly": "Cheers,",
    "casual": "Thanks!",
    "concise": "Best,",
    "confident": "Best regards,",
}


@dataclass(frozen=True, slots=True)
class Composition:
    """A composed text and its title (for styles that have one: a blog post, an email subject)."""

    text: str
    title: str | None


def split_notes(notes: str) -> list[str]:
    """Notes as a list of points: one per line, bullet or semicolon; one paragraph splits into sentences."""
    items = [re.sub(r"^\s*(?:[-*•]|\d+[.)])\s*", "", part).strip() for part in re.split(r"[\n;]+", notes)]
    items = [i for i in items if i]
    if len(items) == 1 and len(re.findall(r"[.!?](?:\s|$)", items[0])) > 1:
        items = [s.strip() for s in re.split(r"(?<=[.!?])\s+", items[0]) if s.strip()]
    return items


def sentence(point: str) -> str:
    """A note as a sentence: capitalized, ending in punctuation."""
    point = point.strip()
    point = point[:1].upper() + point[1:]
    return point if point.endswith((".", "!", "?")) else point + "."


def title_case(text: str) -> str:
    small = {"a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "at", "by", "with", "from"}
    out = []
    for i, word in enumerate(text.split()):
        keep = word.lower() in small and i > 0 or any(c.isupper() for c in word[1:]) or "'" in word[1:]
        out.append(word if keep else word[:1].upper() + word[1:])
    return " ".join(out)


def outline(subject: str, points: int, notes: list[str]) -> tuple[str, list[tuple[str, str]]]:
    """A title and ``points`` sections (heading, what it covers), framed by an introduction and conclusion.

    Notes become sections in their given order; generic sections fill up to ``points`` when there are fewer.
    """
    body = [(title_case(n.rstrip(".")), f"cover: {n.rstrip('.')}") for n in notes[:points]]
    for heading, covers, _ in _GENERIC_SECTIONS:
        if len(body) >= points:
            break
        body.append((heading, covers.format(s=subject)))
    sections = [("Introduction", f"what {subject} is and why the reader should care")]
    sections += body
    sections.append(("Conclusion", f"the main takeaways about {subject} and a call to action"))
    return title_case(subject), sections


def draft(brief: Brief, notes: list[str], style: str, tone: str) -> Composition:
    """A complete text in ``style`` and ``tone`` from the brief and the notes."""
    compose = {
        "email": _email,
        "letter": _letter,
        "blog": _blog,
        "story": _story,
        "slogan": _slogans,
        "announcement": _announcement,
        "post": _post,
    }.get(style, _paragraph)
    if brief.audience and brief.intent:
        # "thanking Sarah for her help" is written to Sarah: "Thank you for your help".
        brief = replace(brief, subject=re.sub(r"^(?:her|his|their)\b", "your", brief.subject, flags=re.I))
    composed = compose(brief, notes, tone)
    return Composition(rewrite(composed.text, tone).text, composed.title)


def _greeting(brief: Brief, tone: str) -> str:
    audience = (brief.audience or "").strip()
    bare = re.sub(r"^(?:the|our|all)\s+", "", audience, flags=re.I)
    if not audience:
        name = "all" if tone in ("friendly", "casual") else ""
    elif re.match(r"^(?:my|your|his|her)\s", audience, re.I):
        name = "[Name]"
    elif bare.lower() in ("team", "everyone", "all", "folks", "colleagues"):
        name = bare.lower()
    else:
        name = bare
    word = {"formal": "Dear", "friendly": "Hi", "casual": "Hey"}.get(tone, "Hello")
    if word == "Dear" and not name:
        name = "Sir or Madam"
    return f"{word} {name},".replace(" ,", ",")


def _email_body(brief: Brief, notes: list[str]) -> list[str]:
    subject = brief.subject
    opening = _OPENINGS.get(brief.intent or "", "I'm writing about {s}.").format(s=subject)
    body = [sentence(n) for n in notes]
    if not body:
        body = {
            "invite": ["It will be a great chance to step back, share ideas and spend some time together."],
            "thank": ["It made a real difference, and I'm grateful."],
            "announce": ["More details will follow soon."],
        }.get(brief.intent or "", ["Here are the details I wanted to share."])
    closing = _CLOSINGS.get(brief.intent or "", "Let me know if you have any questions.")
    return [opening, " ".join(body), closing]


def _email(brief: Brief, notes: list[str], tone: str) -> Composition:
    label = INTENTS.get(brief.intent or "")
    subject_line = f"{label}: {brief.subject}" if label else title_case(brief.subject)
    parts = [f"Subject: {subject_line}", "", _greeting(brief, tone), ""]
    parts += [p + "\n" for p in _email_body(brief, notes)]
    parts += [_SIGN_OFFS.get(tone, "Best regards,"), "[Your name]"]
    return Composition("\n".join(parts), subject_line)


def _letter(brief: Brief, notes: list[str], tone: str) -> Composition:
    parts = [_greeting(brief, tone), ""] + [p + "\n" for p in _email_body(brief, notes)]
    parts += [
        "Sincerely," if tone in ("formal", "professional") else _SIGN_OFFS.get(tone, "Best,"),
        "[Your name]",
    ]
    return Composition("\n".join(parts), None)


def _blog(brief: Brief, notes: list[str], tone: str) -> Composition:
    title, sections = outline(brief.subject, max(3, min(len(notes), 6)), notes)
    lines = [
        f"# {title}",
        "",
        f"This post looks at {brief.subject}: what it is, why it matters and what to do next.",
    ]
    for i, (heading, _) in enumerate(sections[1:-1]):
        lines += ["", f"## {heading}", ""]
        if i < len(notes):
            lines.append(sentence(notes[i]))
        else:
            prose = next(p for h, _, p in _GENERIC_SECTIONS if h == heading)
            subject = brief.subject
            lines.append(sentence(prose.format(s=subject, S=subject[:1].upper() + subject[1:])))
    lines += ["", "## Conclusion", "", sentence(f"That is {brief.subject} in brief; the next step is yours")]
    return Composition("\n".join(lines), title)


def _story(brief: Brief, notes: list[str], tone: str) -> Composition:
    subject = brief.subject
    hero = re.split(r"\s+(?:who|that|which|with|and)\s+", subject, maxsplit=1)[0]
    hero_ref = re.sub(r"^(?:a|an)\s+", "the ", hero, flags=re.I)
    middle = " ".join(sentence(n) for n in notes) or (
        f"At first nothing went to plan, and {hero_ref} wondered whether to give up. "
        "But each small attempt taught something new, and slowly the impossible began to look possible."
    )
    text = (
        f"Once upon a time there was {subject}. Every day began in the same quiet way, until one morning "
        f"something changed.\n\n{middle}\n\nIn the end, {hero_ref} found that the journey had mattered as "
        "much as the destination, and the world looked a little brighter than before."
    )
    return Composition(text, title_case(hero_ref.removeprefix("the ")))


def _slogans(brief: Brief, notes: list[str], tone: str) -> Composition:
    core = re.split(r"\s+(?:that|which|who|where|with)\s+", brief.subject, maxsplit=1)[0]
    core = re.sub(r"^(?:a|an|the|our|my|your)\s+", "", core, flags=re.I).strip()
    key = title_case(core)
    lines = [
        f"{key}: made for the way you live.",
        f"Better {core}, every single day.",
        f"Your {core}. Your way.",
        f"Where great {core} begins.",
        f"{key} that simply works.",
    ]
    lines += [sentence(n) for n in notes]
    return Composition("\n".join(f"- {line}" for line in lines), None)


def _announcement(brief: Brief, notes: list[str], tone: str) -> Composition:
    title = f"Announcement: {title_case(brief.subject)}"
    details = " ".join(sentence(n) for n in notes) or "More details will follow soon."
    text = f"{title}\n\nWe're pleased to announce {brief.subject}. {details}\n\nQuestions are welcome."
    return Composition(text, title)


def _post(brief: Brief, notes: list[str], tone: str) -> Composition:
    opening = _OPENINGS.get(brief.intent or "", "Let's talk about {s}!").format(s=brief.subject)
    skip = {"about", "with", "that", "our", "the", "and", "for", "your", "new", "this"}
    words = [w for w in re.findall(r"[A-Za-z]{3,}", brief.subject) if w.lower() not in skip]
    tags = " ".join(f"#{w[:1].upper()}{w[1:]}" for w in dict.fromkeys(words[:3]))
    details = " ".join(sentence(n) for n in notes)
    return Composition(" ".join(p for p in (opening, details, tags) if p), None)


def _paragraph(brief: Brief, notes: list[str], tone: str) -> Composition:
    subject = brief.subject
    body = " ".join(sentence(n) for n in notes) or sentence(
        f"There is more to {subject} than first meets the eye, and it rewards a closer look"
    )
    text = f"{sentence(subject[:1].upper() + subject[1:] + ' deserves attention')} {body}"
    return Composition(text, None)
