"""Quoted versions: a courteous version of someone's quoted words says them anew, never pastes them in.

"Polite reminder version please: 'need your RSVP by 1 June'", "Make a nicer email out of this: "send the file
now"": the quotes hold the words as they were said, and the ask is for a polite version of them. A text that
pastes the quote as it is into a frame ("Hello, 'need your RSVP by 1 June'. Best regards") keeps the terse
original it was asked to change: a confident wrong answer. The gate's rule here sends it back, so the writer
declines unless the words were really rewritten ("Could you please send your RSVP by 1 June?"), are asked
courteously in their sentence ("Could you please send me the report by Friday?"), or were courteous already
("please send ...").
"""

from __future__ import annotations

import re

from servers.tools.writer.politeness import rude_markers
from servers.tools.writer.requests import Job
from servers.tools.writer.tone import rewrite, tone_asked

_QUOTED = re.compile(r"""^\s*(['"‘“])(?P<said>.+?)['"’”]\s*[.!]?\s*$""", re.S)
# The ask is for the same words in another form, not for a new text that merely quotes them.
_VERSION = re.compile(
    r"\b(?:version|rewrit\w*|re-?word\w*|rephras\w*|redo|re-?do|turn\w*|convert\w*|make|into|out of|nicer|"
    r"politer|softer|kinder|friendlier)\b",
    re.I,
)
_COURTEOUS_TONES = ("polite", "professional", "formal", "friendly")
# Words that already make a request courteous: such a quote may stand as it is.
_COURTEOUS_WORDS = re.compile(r"\b(?:please|kindly|thank\w*|grateful|appreciat\w*|could you|would you|sorry)\b", re.I)
_MIN_PASTED_WORDS = 3


def pasted_quote(task: str, job: Job, instruction: str, material: str, text: str) -> str | None:
    """Why ``text`` fails a courteous version of quoted words: the terse quote is pasted in unchanged."""
    if job not in ("compose", "rewrite") or tone_asked(instruction) not in _COURTEOUS_TONES:
        return None
    quoted = _QUOTED.match(material)
    if not quoted or _COURTEOUS_WORDS.search(quoted.group("said")):
        return None
    if not _VERSION.search(instruction) and not _uncivil(quoted.group("said"), tone_asked(instruction)):
        return None  # "a polite email: 'the meeting moved to 3pm'": civil words to pass on, not a text to change
    said = _words(quoted.group("said"))
    if len(said) < _MIN_PASTED_WORDS:
        return None
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        # "Could you please send me the report by Friday?" keeps the words and asks them courteously: rewritten
        pasted = f" {' '.join(said)} " in f" {' '.join(_words(sentence))} "
        if pasted and not _COURTEOUS_WORDS.search(sentence):
            shown = quoted.group("said")[:40]
            return f"the quoted words '{shown}' are pasted in as they were, not made {tone_asked(instruction)}"
    return None


def courteous_quote(instruction: str, material: str) -> str | None:
    """The quoted words of a courteous version rewritten in the tone asked ("Could you please send your RSVP by
    1 June? Thank you."), when ``pasted_quote`` would refuse them pasted as they are; ``None`` otherwise."""
    tone = tone_asked(instruction)
    quoted = _QUOTED.match(material)
    if tone not in _COURTEOUS_TONES or not quoted or _COURTEOUS_WORDS.search(quoted.group("said")):
        return None
    said = quoted.group("said")
    if not _VERSION.search(instruction) and not _uncivil(said, tone):
        return None
    done = rewrite(said, tone).text.strip()
    return done if done and _COURTEOUS_WORDS.search(done) and not rude_markers(done) else None


def asks_a_version(text: str) -> bool:
    """Whether ``text`` holds a word that asks for a version ("version", "rewrite"): in a written text, a leak."""
    return bool(re.search(r"\b(?:version|rewrit\w*|re-?word\w*|rephras\w*)\b", text, re.I))


def _uncivil(said: str, tone: str) -> bool:
    """Whether the quote is rude, or is something the tone rewrite would change ("pay it" to "Could you please
    pay it?"): words that are not yet in the tone asked, whatever the instruction calls the text."""
    return bool(rude_markers(said)) or _words(rewrite(said, tone).text) != _words(said)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower())
