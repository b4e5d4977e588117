"""A subject line given as a label in an email request: "Write an email to the team. Subject: parking. <facts>".

The request splits at the label's colon (or dash), so the instruction ends in "Subject" and the material starts
with the subject itself. Left there, "Subject" would be read as part of who the email is to ("Hello team.
Subject,") and the subject as the first fact. Here the label leaves the instruction, the subject becomes the
email's subject line, and what follows it is the body. A label with no facts after it names a topic only; that
request is left as it is, for the writer to decline as a topic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.inputs import ToolInputError
from servers.tools.writer.briefs import read_brief

# "Write an email to the team. Subject", "Email Sam, subject line", "... an email. The subject": the label the
# request was split after, at the end of the instruction.
_LABEL = re.compile(r"^(?P<ask>.+?)\s*[.,;!]\s*(?:(?:the|its)\s+)?(?:subject(?:\s+line)?|re)\s*$", re.I | re.S)
# "Email Sam with the subject Budget update", "... with subject line Lunch": a subject named without quotes at the
# end of the instruction (a quoted one is read with the other forms, ``forms``).
_NAMED = re.compile(
    r"^(?P<ask>.+?),?\s+(?:with|under|and)\s+(?:(?:the|a)\s+)?subject(?:\s+line)?\s+(?:of\s+|as\s+)?"
    r"(?P<line>[^.!?:;,\"'\u201c\u2018\s][^.!?:;,\"'\u201c\u2018]{0,80}?)[.!?]?\s*$",
    re.I | re.S,
)
# Texts that open with a greeting but carry no subject line: the label there would be junk in the greeting.
_GREETED = frozenset({"letter", "card"})
# The subject itself: the first sentence of the first line ("parking. The car park is closed ...").
_FIRST_SENTENCE = re.compile(r"^(?P<line>[^.!?]+)[.!?]+\s+(?P<rest>\S.*)$", re.S)
_MAX_INSTRUCTION = 400  # characters: past this, no email request with a subject label reads it
_MAX_SUBJECT_WORDS = 12  # longer than any subject line: a sentence of the email, not its subject


@dataclass(frozen=True, slots=True)
class LabelledSubject:
    """An email request with its subject label taken out: the instruction, the subject line, the facts."""

    instruction: str
    subject: str
    material: str


def labelled_subject(instruction: str, material: str) -> LabelledSubject | None:
    """The subject given after a "Subject:" (or "Re:") label in an email request with facts after it, or
    ``None`` where there is no such label, the text is neither an email nor a letter or card, or nothing follows
    the subject (a topic, declined later). ToolInputError when the label is there but the subject cannot be told
    from the facts after it, or the text is a letter or card, which has no subject line to put it in."""
    if len(instruction) > _MAX_INSTRUCTION:
        return None  # an ask that names a subject is a sentence; and the two patterns below are quadratic in it
    named = _NAMED.match(instruction.strip())
    if named and material.strip() and read_brief(named.group("ask")).style == "email":
        subject = named.group("line").strip()
        if len(subject.split()) <= _MAX_SUBJECT_WORDS:
            return LabelledSubject(named.group("ask").strip(), subject[:1].upper() + subject[1:], material.strip())
    found = _LABEL.match(instruction.strip())
    if not found or not material.strip():
        return None
    style = read_brief(found.group("ask")).style
    if style in _GREETED:
        raise ToolInputError(
            f"Offline I write a subject line only on an email, not on a {style}; ask for an email with that "
            "subject, or give the points after a colon without it."
        )
    if style != "email":
        return None
    line, _, after = material.strip().partition("\n")
    first = _FIRST_SENTENCE.match(line)
    subject, rest = (first.group("line"), f"{first.group('rest')}\n{after}") if first else (line, after)
    subject, rest = subject.strip().strip("\"'\u201c\u201d").strip(), rest.strip()
    if not rest:  # "Subject: parking" alone: a topic, not content
        return None
    if not subject or not rest or len(subject.split()) > _MAX_SUBJECT_WORDS:
        raise ToolInputError(
            "I can't tell the subject line from the email's content there offline; give the subject in quotes "
            "(e.g. 'with the subject \"Parking\"') and the points after a colon."
        )
    return LabelledSubject(found.group("ask").strip(), subject[:1].upper() + subject[1:], rest)
