"""Whom a reply greets: the sender who signed the message it answers.

"Write a short reply thanking her: Dear staff, thank you for the wonderful stay. ... Best wishes, Mrs. Okafor." names
its reader only as "her"; the message says who she is in its sign-off. The reply greets her by that name ("Hello
Mrs. Okafor,"), and never by a pronoun or by how the request pointed at her ("Hello her,", "Hello this guest,").
A label before the message ("Message:", "Her email:") only marks where it starts, and is no point of it.

With no name signed and no name in the request, the reply greets no one by name rather than by a pronoun.
"""

from __future__ import annotations

import re
from dataclasses import replace

from servers.tools.writer.briefs import Brief
from servers.tools.writer.replies import MESSAGE_LABEL

# The sign-off that ends a message and names its sender: "Best wishes, Mrs. Okafor.", "Thanks,\nTom", "- Priya".
_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof)\.?\s+)"
_SIGNER = rf"{_TITLE}?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){{0,2}}"
# ("Thanks, Mario." may thank the one the message was sent to as well as sign it: no sign-off of a sender's)
_SIGN_OFF = re.compile(
    r"(?:^|[.!?\n]\s*)(?:(?:best|kind|warm|warmest|with)?\s*(?:wishes|regards|love|greetings)|best|cheers|"
    r"sincerely|yours(?:\s+(?:sincerely|faithfully|truly))?|regards|love)\s*[,\n]?\s*"
    rf"(?P<name>{_SIGNER})\s*[.!]?\s*$|(?:^|\n)\s*[-\u2013\u2014]\s*(?P<dashed>{_SIGNER})\s*$",
    re.I,
)
# How a request points at the one it answers without naming them.
_UNNAMED = re.compile(
    r"^(?:her|him|them|she|he|they|(?:this|that|the|our|my|a)\s+(?:[\w-]+\s+)?(?:guest|customer|client|sender|"
    r"person|lady|man|woman|reviewer|parent|resident|tenant|member|visitor|patient|user|buyer|message|email|"
    r"review|letter|note|complaint))$",
    re.I,
)


def signed_by(message: str) -> tuple[str | None, str]:
    """The name the message is signed with ("Mrs. Okafor" of "... Best wishes, Mrs. Okafor."), and the message
    without its sign-off; (None, message) when it is signed with no name."""
    text = message.strip()
    tail = max(0, len(text) - 200)
    found = _SIGN_OFF.search(text, tail)
    if found is None:
        return None, message
    cut = found.start() + (1 if text[found.start()] in ".!?" else 0)
    return found.group("name") or found.group("dashed"), text[:cut].rstrip()


def to_sender(brief: Brief, message: str) -> tuple[Brief, str]:
    """The reply's brief greeting the message's sender by the name they signed with, when the request named them
    only by a pronoun or a description (or not at all); and the message without a label before it or the sign-off
    after it."""
    message = MESSAGE_LABEL.sub("", message, count=1)
    name, unsigned = signed_by(message)
    reader = (brief.audience or "").strip()
    if reader and not _UNNAMED.match(reader):
        return brief, unsigned
    if name is not None:
        return replace(brief, audience=name), unsigned
    pronoun = reader.lower() in ("her", "him", "them", "she", "he", "they")
    return (replace(brief, audience=None) if pronoun else brief), unsigned  # "Hello her," never; "[Name]" may stay
