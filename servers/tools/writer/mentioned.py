"""A message the request only mentions: "I forwarded you the email from the wool mill. Write a reply that accepts
them.", "Write a reply to the email below". The message is named as handed over, but what was sent holds only the
mention; a reply written from it would answer a message nobody has read, so the writer asks for the message.

A picture is never handed over at all: "I sent you the photo of our new design. Please write a description of it"
reaches the writer as those words only, so a text written from it would describe nothing; the writer asks for what
the picture shows, in words.
"""

from __future__ import annotations

import re

from servers.tools.inputs import ToolInputError

# "I forwarded you the email ...", "the message below", "their attached letter": a message named as handed over
_HANDED_OVER = re.compile(
    r"\b(?:(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+)?(?:forwarded|attached|sent\s+you|pasted|shared)\b[^.?!:]{0,60}?"
    r"|(?:the|this|that|their|his|her)\s+(?:(?:attached|forwarded)\s+)?)"
    r"(?:e-?mail|message|letter|mail|note|text)\b(?:\s+(?:below|above|attached))?",
    re.IGNORECASE,
)
_MENTION_WORDS = 25
# "I sent you the photo of ...", "the attached picture", "see the photo below": a picture named as handed over
_PICTURE = r"(?:photos?|photographs?|pictures?|pics?|images?|drawings?|sketch(?:es)?|screenshots?|videos?|scans?)"
_PICTURE_HANDED_OVER = re.compile(
    rf"\b(?:(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+|already\s+)?(?:sent|attached|uploaded|shared|forwarded|posted)\s+"
    rf"(?:(?:to\s+)?you\s+)?(?:the|a|my|our|this|that|some|two|three|\d{{1,2}})\s+(?:\w+\s+){{0,3}}?{_PICTURE}\b"
    rf"|\b(?:the|this|that|my|our)\s+(?:attached|uploaded|enclosed)\s+{_PICTURE}\b"
    rf"|\b{_PICTURE}\s+(?:is\s+|are\s+)?(?:attached|below|above|enclosed)\b"
    rf"|\b(?:in|from|on)\s+(?:the|this|that|my|our)\s+{_PICTURE}\s+(?:i|we)\s+(?:sent|attached|uploaded|shared)\b)",
    re.IGNORECASE,
)
_PICTURE_WORDS = 40


def only_mentioned(material: str) -> bool:
    """Whether ``material`` is only a sentence naming a message handed over, and not the message itself."""
    found = _HANDED_OVER.search(material[:2_000])
    if found is None or not re.search(r"forwarded|attached|below|above|pasted|shared|sent\s+you", found.group(), re.I):
        return False
    return len(material.split()) <= _MENTION_WORDS and not re.search(r"[\"“:]", material)


def refuse_mentioned(material: str) -> None:
    """A ToolInputError asking for the message when ``material`` only mentions it (see above)."""
    if only_mentioned(material):
        raise ToolInputError(
            "Reply to what? The message you mention is not in what you sent: paste it after a colon or in quotes "
            "(e.g. 'Reply accepting the new prices: <their email>')."
        )


def refuse_unseen_picture(request: str) -> None:
    """A ToolInputError asking what the picture shows when a short request names one as handed over and asks for a
    text about it ("a description of it", "a caption for them"; see above). A request with more words than that, or
    whose ask is about something else, tells what to write from and is written from that."""
    found = _PICTURE_HANDED_OVER.search(request[:2_000])
    if found is None or len(request.split()) > _PICTURE_WORDS:
        return
    rest = request[: found.start()] + request[found.end() :]
    if _ABOUT_PICTURE.search(rest):
        raise ToolInputError(
            "I can't see pictures: only your words reach me, not the photo. Tell me what it shows (what it is, its "
            "colours, size and pattern, what makes it special) and I'll write the text from that."
        )


# the ask is about the picture: "describe it", "a description of it", "a caption", "write about them"
_ABOUT_PICTURE = re.compile(
    r"\b(?:describ\w*|descriptions?|captions?|alt text)\b|\b(?:of|for|about|on)\s+(?:it|them|this|that)\b", re.I
)
