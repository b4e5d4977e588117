"""Who asks, told before an ask that carries its own content: "I'm a wedding planner and the florist has cancelled
on a couple. Please draft an apology email to Hannah and Luis telling them the new florist is Petal & Stem and the
price stays the same."

The first sentence says who the user is and what happened to them; the ask says to whom the text goes and what it
tells them ("telling them ...", "saying ...", "that ..."). Read whole, the request is one long instruction that names
no content and is declined as a topic; the opening sentence is no part of the text (the reader would be told about
"a couple" that is themselves). So when, and only when, the ask that follows says what to tell, the opening
sentence is set aside and the ask read alone. An ask that says nothing of its own ("Please write them an email.")
keeps the opening, and is read as before.

A story may come before an ask to rework the user's own text, handed over after it: "So my flatmate keeps leaving
her shopping in the hallway ... it came out way too sharp. Can you make it sound nicer? Here it is: <the note>". The
story says why; the ask and the note are read alone.
"""

from __future__ import annotations

import re

# "I'm a wedding planner", "As a landlord", "We're a small bakery": who asks, then maybe what happened to them.
_WHO = re.compile(
    r"^\s*(?:i'?m|i\s+am|we'?re|we\s+are|as)\s+(?:a|an|the)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+"
    r"(?:\s*(?:,|and|but|so)\s+[^.!?]{3,200})?[.!]\s+",
    re.I,
)
# The ask: a writing verb first, then what the text tells, said in its own words.
_ASK = re.compile(
    r"^(?:(?:please|can\s+you|could\s+you|would\s+you|i\s+need\s+you\s+to)\s+)*(?:write|draft|compose|send|email|"
    r"text|prepare|put\s+together)\b",
    re.I,
)
_TELLS = re.compile(r"\b(?:telling|saying|letting\s+\w+\s+know|explaining\s+that|to\s+say|that)\s+\w", re.I)


# "Here it is:", "Here's the note:", "Here's what I wrote:": the user's own text handed over after the ask; or only
# the colon ("... Can you make it sound nicer:\n\n<the note>", as a step hands it on).
_HANDED = re.compile(
    r"(?:(?<=[.!?])\s+(?:here\s+it\s+is|here'?s\s+(?:it|the\s+\w+|my\s+\w+|what\s+i\s+(?:wrote|sent|have))|"
    r"this\s+is\s+(?:it|what\s+i\s+wrote)))?\s*:",
    re.I,
)
# An ask to rework a text the user wrote: "Can you make it sound nicer?", "Could you soften it?"
_REWORK = re.compile(
    r"^(?:(?:so|ok|okay|anyway|please|can\s+you|could\s+you|would\s+you|will\s+you)[\s,]+)*(?:make\s+(?:it|this|"
    r"that)\s+(?:sound\s+|read\s+|come\s+across\s+)?(?:\w+er|more\s+\w+|less\s+\w+)|rewrite|reword|rephrase|"
    r"soften|tone\s+(?:it\s+|this\s+)?down|polish|tidy\s+(?:it\s+)?up)\b[^.!?:]{0,80}[?.!]?$",
    re.I,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def _without_story(text: str) -> str:
    """ "So my flatmate keeps ... it came out way too sharp. Can you make it sound nicer? Here it is: <the note>":
    the story before the ask says why, and is no part of the text to rework; the ask and the text are read alone."""
    handed = _HANDED.search(text[:2_000])
    if handed is None:
        return text
    sentences = _SENTENCE.split(text[: handed.start()].strip())
    ask = sentences[-1] if len(sentences) > 1 else ""
    return f"{ask} {text[handed.start() :].strip()}" if _REWORK.match(ask) else text


def without_asker_context(text: str) -> str:
    """``text`` without its opening sentence of who asks, when the ask after it says what to tell; else ``text``."""
    text = _without_story(text)
    head = text[:2_000]
    found = _WHO.match(head)
    if not found:
        return text
    ask = text[found.end() :]
    if ":" in ask[:300] or not _ASK.match(ask) or not _TELLS.search(ask[:600]) or re.search(r"[.!?]\s+\S", ask[:600]):
        return text  # (a colon hands material over already; a second sentence after the ask is read as it was)
    return ask
