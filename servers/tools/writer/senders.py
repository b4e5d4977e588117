"""Who a text is from, said at the end of the ask: "Write a short reply thanking her, from Haruka at the front desk",
"an email to the parents saying trips are back on. From Mr Osei in the office".

Set off after the ask, "from" and a name say who signs the text, as "sign it Haruka" does: the name is the
signature, with where they work after it ("Haruka, front desk"), and none of it is something the text says ("Thank
you, from Haruka at the front desk." would put the sender in the message). A "from" that says when or where a
thing starts ("from Monday", "from London to Leeds") or a "from" inside what the text says ("saying the parcel is
from Oslo") is no sender: only a capitalised name that is no weekday or month, at the very end of the ask.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from servers.tools.writer.forms import Forms

_NOT_NAME = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Today|Tomorrow|Tonight|Now|Next|Then|Here|There|Home|Work|Me|Us)\b"
)
_TITLE = r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Coach|Chef|Captain|Father|Sister|Pastor|Rev)\.?\s+)"
_NAME = rf"{_TITLE}?(?!{_NOT_NAME})(?-i:[A-Z])[\w'-]+(?:\s+(?!{_NOT_NAME})(?-i:[A-Z])[\w'-]+){{0,2}}"
_PLACE = r"(?:at|in|on|of)\s+(?:the\s+)?(?P<place>[\w'&-]+(?:\s+[\w'&-]+){0,3}?)"
_SENT_FROM = re.compile(
    # (after a comma, a dash or a full stop: "..., from Haruka at the front desk", "... Sign-off: from Tom.")
    rf"(?:,|\s[-\u2013\u2014]|[.!?])\s*(?:(?:and\s+)?(?:it(?:'s|\s+is)\s+|this\s+is\s+)?)from\s+(?P<name>{_NAME})"
    rf"(?:\s+{_PLACE})?\s*[.!]?\s*$",
    re.I,
)


def sent_from(instruction: str) -> tuple[str | None, str]:
    """The signature a "from <name>" at the end of ``instruction`` asks for ("Haruka, front desk"), and the
    instruction without it; (None, instruction) when it names no sender."""
    found = _SENT_FROM.search(instruction)
    if found is None:
        return None, instruction
    signature = found.group("name")
    if found.group("place"):
        signature = f"{signature}, {found.group('place')}"
    return signature, instruction[: found.start()].rstrip(" ,")


# "... is closed. Sign it from Gunnhildur.", "Sign off as Tom.": the signing asked in a sentence of its own after the
# points, which is said to the writer, never in the text.
_SIGN_SENTENCE = re.compile(
    rf"(?:^|(?<=[.!?])\s+)(?:please\s+)?(?:sign|signed)(?:\s+(?:it|this|off|the\s+\w+))?(?:\s+(?:from|as|by|with))?\s+"
    rf"(?:(?:me|my\s+name)\s*,?\s+)?(?P<name>{_NAME})\s*[.!]?\s*$",
    re.I,
)


def signed_after(forms: Forms, material: str) -> tuple[Forms, str]:
    """``forms`` with the signature a closing "Sign it from <name>." of ``material`` asks for, and the material
    without that sentence; unchanged when the material asks no signing or the request already did."""
    found = _SIGN_SENTENCE.search(material[-300:]) if forms.signature is None else None
    if found is None:
        return forms, material
    cut = len(material) - len(material[-300:]) + found.start()
    return replace(forms, signature=found.group("name")), material[:cut].rstrip()
