"""Whom a text is about when its reader is named through them: "Text the owner of Biscuit: he's had his dental ...",
"a message to the family of Mr Hughes: he has been moved to ward 4".

The reader is known only by their tie to someone (a pet, a patient, a pupil), and that someone is the text's subject:
the owner reading "He's had his dental" must be told who "he" is, as a vet's or a ward's text always does. So:

- ``subject_named`` reads the name out of such a reader ("the owner of Biscuit" gives "Biscuit"); a reader named
  by what they are ("the owners", "my Year 5 class") names nobody;
- ``with_subject`` puts the name where the first point's opening "he", "she" or "they" (or "his", "her", "their")
  stands: "Biscuit's had his dental, ..." The rest of the points keep their pronouns, which now have a name to
  mean. A first point that opens otherwise is left as it is: the final gate then declines a text that never says
  the name, rather than guess where it goes. ``with_subject_said`` does so in the points, or else in what the
  text is to say ("Text the owner of Luna to say she's been spayed");
- ``excused_reader_words`` is the reader's words the gate need not find in the text: the role ("the owner"), never
  the name, which is a fact of the request like any other.
"""

from __future__ import annotations

import re
from dataclasses import replace

from servers.tools.writer.briefs import Brief

# "the owner of Biscuit", "the parents of Mia Lopez", "the family of Mr Hughes": a role, "of", then one to three
# capitalised words. Each part is a fixed run of one kind of character, so the match is linear.
_OF_NAMED = re.compile(
    r"^(?:the|all\s+the)\s+(?:[a-z]+\s+){1,2}?of\s+(?:the\s+)?(?P<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'-]*"
    r"(?:\s+[A-Z][\w'-]*){0,2})$"
)
_OPENING_PRONOUN = re.compile(
    r"^(?P<word>he|she|they)(?P<verb>['’](?:s|re|ve|ll|d)\b|\s+(?:is|was|has|had|will|can|needs|went|came|did|"
    r"are|were|have)\b)|^(?P<own>his|her|their)\s+(?=[a-z])",
    re.I,
)
_CONTRACTED = {"'re": " are", "’re": " are", "'ve": " have", "’ve": " have", "'ll": " will", "’ll": " will"}


def subject_named(audience: str | None) -> str | None:
    """The name a reader is known by ("Biscuit" from "the owner of Biscuit"), or None."""
    match = _OF_NAMED.match((audience or "").strip())
    return match.group("name") if match else None


def with_subject(points: list[str], audience: str | None) -> list[str]:
    """``points`` with the first one's opening pronoun said as the name the reader is known by, when there is one
    and the points do not name it already."""
    name = subject_named(audience)
    if not name or not points or name.lower() in " ".join(points).lower():
        return points
    first = points[0].lstrip()
    match = _OPENING_PRONOUN.match(first)
    if match is None:
        return points
    if match.group("own"):  # "her bloods came back normal" -> "Pickle's bloods came back normal"
        return [f"{name}'s {first[match.end() :]}", *points[1:]]
    verb = match.group("verb")
    if match.group("word").lower() == "they":  # "they're" of one named being: "Luna is", not "Luna are"
        verb = {
            "'re": "'s",
            "’re": "’s",
            "'ve": " has",
            "’ve": " has",
            " are": " is",
            " were": " was",
            " have": " has",
        }.get(verb, verb)
    else:
        verb = _CONTRACTED.get(verb, verb)
    return [f"{name}{verb}{first[match.end() :]}", *points[1:]]


def with_subject_said(brief: Brief, points: list[str]) -> tuple[Brief, list[str]]:
    """The brief and points with the name the reader is known by said in the first that opens with a pronoun:
    the points ("Text the owner of Biscuit: he's had ..."), else the content ("... to say she's been spayed")."""
    said = with_subject(points, brief.audience)
    if said != points or not brief.content:
        return brief, said
    return replace(brief, content=with_subject([brief.content], brief.audience)[0]), points


def excused_reader_words(audience: str) -> str:
    """The words of ``audience`` that only say who reads: all of it, less the name it is known by."""
    match = _OF_NAMED.match(audience.strip())
    return audience[: match.start("name")] if match else audience
