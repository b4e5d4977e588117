"""Reading a writing request: what kind of text, in what tone, for whom, about what, and to what end.

Tools receive either a clean topic ("Friday's offsite") or a whole request ("Draft a friendly email inviting
the team to Friday's offsite."). ``read_brief`` takes either apart so the composer gets the same pieces: the
style (email), the tone (friendly), the audience (the team), the intent (invite) and the subject (Friday's
offsite)."""

from __future__ import annotations

import re
from dataclasses import dataclass

STYLES: tuple[str, ...] = ("email", "letter", "blog", "story", "slogan", "announcement", "post", "paragraph")

# Words in a request that name a style, including common synonyms the style enum does not list.
_STYLE_WORDS = {
    "email": "email",
    "e-mail": "email",
    "message": "email",
    "note": "email",
    "letter": "letter",
    "blog post": "blog",
    "blog": "blog",
    "article": "blog",
    "essay": "blog",
    "newsletter": "blog",
    "story": "story",
    "short story": "story",
    "tale": "story",
    "fable": "story",
    "slogan": "slogan",
    "slogans": "slogan",
    "tagline": "slogan",
    "taglines": "slogan",
    "motto": "slogan",
    "catchphrase": "slogan",
    "announcement": "announcement",
    "memo": "announcement",
    "press release": "announcement",
    "post": "post",
    "tweet": "post",
    "linkedin post": "post",
    "social media post": "post",
    "caption": "post",
    "paragraph": "paragraph",
    "description": "paragraph",
    "bio": "paragraph",
    "intro": "paragraph",
    "pitch": "paragraph",
}
_TONE_WORDS = {
    "professional": "professional",
    "business": "professional",
    "polite": "professional",
    "formal": "formal",
    "friendly": "friendly",
    "warm": "friendly",
    "cheerful": "friendly",
    "fun": "casual",
    "casual": "casual",
    "informal": "casual",
    "relaxed": "casual",
    "concise": "concise",
    "to the point": "concise",
    "succinct": "concise",
    "confident": "confident",
    "assertive": "confident",
}
INTENTS = {
    "invite": "Invitation",
    "announce": "Announcement",
    "thank": "Thank you",
    "remind": "Reminder",
    "request": "Request",
    "ask": "Request",
    "apologize": "Apology",
    "follow up": "Following up",
    "welcome": "Welcome",
    "congratulate": "Congratulations",
    "introduce": "Introduction",
    "update": "Update",
    "propose": "Proposal",
    "confirm": "Confirmation",
    "cancel": "Cancellation",
}
_INTENT_STEMS = {
    "invit": "invite",
    "announc": "announce",
    "thank": "thank",
    "remind": "remind",
    "request": "request",
    "ask": "ask",
    "apologi": "apologize",
    "apologis": "apologize",
    "follow": "follow up",
    "welcom": "welcome",
    "congratulat": "congratulate",
    "introduc": "introduce",
    "updat": "update",
    "propos": "propose",
    "confirm": "confirm",
    "cancel": "cancel",
}
_LEAD = re.compile(
    r"^\s*(?:please\s+|can you\s+|could you\s+|would you\s+|i need(?: you)? to\s+|help me\s+|"
    r"i want(?: you)? to\s+)?"
    r"(?:write|draft|compose|create|make|prepare|produce|generate|come up with|give me|put together|craft|"
    r"pen|suggest|brainstorm)\s+(?:me\s+|us\s+)?",
    re.I,
)
_DETERMINERS = r"(?:a|an|the|some|one|two|three|four|five|few|a few|\d+|couple of|a couple of)"
_STYLE_PATTERN = "|".join(sorted(map(re.escape, _STYLE_WORDS), key=len, reverse=True))
_TONE_PATTERN = "|".join(sorted(map(re.escape, _TONE_WORDS), key=len, reverse=True))
_FILLER_ADJECTIVES = r"(?:catchy|punchy|nice|good|great|simple|detailed|long|little|new|quick|short|brief)"


@dataclass(frozen=True, slots=True)
class Brief:
    """What to write. ``intent`` is a key of ``INTENTS`` or None; ``audience`` is who the text addresses."""

    subject: str
    style: str | None = None
    tone: str | None = None
    audience: str | None = None
    intent: str | None = None


def read_brief(topic: str) -> Brief:
    """Take a topic or a whole writing request apart; whatever is not named is None."""
    text = " ".join(topic.split()).rstrip(".!?")
    style = tone = None
    rest = text
    lead = _LEAD.match(rest)
    if lead:
        rest = rest[lead.end() :]
    words_before_style = re.match(
        rf"^(?:{_DETERMINERS}\s+)?((?:(?:{_TONE_PATTERN}|{_FILLER_ADJECTIVES}),?\s+(?:and\s+)?)*)"
        rf"({_STYLE_PATTERN})\b\s*",
        rest,
        re.I,
    )
    if words_before_style:
        style = _STYLE_WORDS[words_before_style.group(2).lower()]
        tone = _tone_in(words_before_style.group(1))
        rest = rest[words_before_style.end() :]
    elif lead:
        rest = re.sub(rf"^{_DETERMINERS}\s+", "", rest, flags=re.I)
    if style is None:
        found = re.search(rf"\b({_STYLE_PATTERN})\b", text, re.I)
        style = _STYLE_WORDS[found.group(1).lower()] if found else None
    tone = tone or _tone_in(text)
    audience, intent, subject = _purpose(rest)
    return Brief(subject=subject or text, style=style, tone=tone, audience=audience, intent=intent)


def _tone_in(text: str) -> str | None:
    found = re.search(rf"\b({_TONE_PATTERN})\b", text, re.I)
    return _TONE_WORDS[found.group(1).lower()] if found else None


def _purpose(rest: str) -> tuple[str | None, str | None, str]:
    """(audience, intent, subject) after the style word: "to the team about X", "inviting Y to Z"."""
    rest = rest.strip(" ,:;-")
    audience = None
    addressed = re.match(r"^(?:to|for)\s+(?P<aud>.+?)\s+(?=(?:about|regarding|on|re)\b|\w+ing\b)", rest, re.I)
    if addressed:
        audience = addressed.group("aud")
        rest = rest[addressed.end() :]
    rest = re.sub(r"^(?:about|regarding|on|re|that|which|for)\s*:?\s+", "", rest, flags=re.I)
    intent = None
    gerund = re.match(r"^(\w+?)(?:ing|e)?\s+(.*)$", rest)
    if gerund:
        stem = next((s for s in _INTENT_STEMS if gerund.group(1).lower().startswith(s)), None)
        if stem and re.match(r"^\w+ing\b|^(?:thank|ask|invite|remind|welcome)\b", rest, re.I):
            intent = _INTENT_STEMS[stem]
            rest = gerund.group(2)
            if intent == "follow up":
                rest = re.sub(r"^up\s+(?:on|about)?\s*", "", rest, flags=re.I)
            if intent in ("invite", "remind", "thank", "welcome", "ask", "congratulate") and audience is None:
                people = re.match(r"^(?P<aud>.+?)\s+(?:to|about|for|on|of)\s+(?P<rest>.+)$", rest, re.I)
                if people and len(people.group("aud").split()) <= 4:
                    audience, rest = people.group("aud"), people.group("rest")
    return audience, intent, rest.strip(" ,.")
