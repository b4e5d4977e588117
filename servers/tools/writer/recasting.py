"""A pasted text recast for a place or an audience: "Turn this into something short for the staff newsletter: ...",
"Make this shorter and friendlier for the parents' WhatsApp group: ...", "Cut this down for the noticeboard: ...",
"Turn this into something I can read out at the meeting: ...".

The user hands over a finished text and names where it goes; what they want back is that text, fitted there. Offline
the writer can do three honest things to it, and only those:

- shorter, when asked ("short", "cut down", "punchier"): the text's key sentences in its own words (``condensing``),
  so every figure, date, name and place in a sentence kept is kept exactly; a text too short to leave anything out is
  declined, as ``condensing`` declines it;
- friendlier, when asked: the politeness rewrite of the tone rules (``tone``), applied to what is kept;
- framed for the place: a newsletter, bulletin or magazine piece not asked shorter gets a short heading taken from
  the text's own opening words; a message, a post, something read out or a shortened text needs none.

The instruction is never the text's topic, and nothing is added that the text does not say. An ask beyond that
(translate it, make it funny, add jokes, rhyme it) is left to the tone rules, which decline it as before.
"""

from __future__ import annotations

import re

from servers.tools.writer.condensing import asked as condensing_asked
from servers.tools.writer.condensing import condensed
from servers.tools.writer.requests import split_request
from servers.tools.writer.tone import Rewrite, rewrite

MAX_INSTRUCTION_CHARS = 300

# The ask to fit a given text somewhere: a verb on "this", then where it goes or what it should become.
_RECAST = re.compile(
    r"^\W*(?:(?:please|pls|can\s+you|could\s+you|would\s+you|now|then|just)\s+)*"
    r"(?:turn|make|rework|recast|adapt|rewrite|redo|cut|trim|tighten|shorten|tweak|change)\s+"
    r"(?:this|it|that|the\s+(?:text|notice|message|note|update|post|below))\b",
    re.I,
)
# Where it goes or who reads it: "for the parish newsletter", "for Instagram", "I can read out", "into a short text".
_PLACE = re.compile(
    r"\bfor\s+(?:the|our|my|a|an|this|instagram|facebook|whatsapp|twitter|x|linkedin|slack|teams|parents|residents|"
    r"members|staff|everyone|tenants|neighbours|neighbors|customers|volunteers)\b|"
    r"\bread\s+(?:it\s+|this\s+)?(?:out|aloud)\b|\binto\s+something\b|"
    r"\binto\s+an?\s+(?:short|shorter|quick|brief|snappy|punchy)\s+(?:text|message|post|update|version|piece|item)\b",
    re.I,
)
_SHORTER = re.compile(
    r"\b(?:short|shorter|shorten|brief|briefer|punchier|snappier|tighter|tighten|condensed?|trim|quick|"
    r"cut\s+(?:it\s+|this\s+|that\s+)?down|less\s+wordy|fewer\s+words)\b",
    re.I,
)
_FRIENDLIER = re.compile(r"\b(?:friendl(?:y|ier)|warm(?:er)?|less\s+formal|more\s+(?:casual|relaxed|chatty))\b", re.I)
# What offline rules cannot do to a text: another language, humour, verse, a new angle, a length it cannot measure.
_BEYOND = re.compile(
    r"\b(?:translat\w*|in\s+(?:french|spanish|german|italian|welsh|polish|urdu|arabic|chinese)|funn(?:y|ier)|jokes?|"
    r"humou?r\w*|witty|wittier|rhym\w*|poem|verse|song|emojis?|hashtags?|persuasive|sell\s+it|exciting|"
    r"(?<!less\s)formal|professional|tweet|thread|\d+\s+(?:words?|characters?|sentences?|lines?|bullets?))\b",
    re.I,
)
# A kind of text with its own shape (a subject line, a greeting, a sign-off, bullets): named, it is composed anew.
_COMPOSED_KIND = re.compile(
    r"\b(?:e-?mail|letter|reminder|announcement|invitation|invite|notice|memo|speech|poster|flyer|card|leaflet|"
    r"agenda|minutes|bullet\s+points|list|outline|headline|caption|slogan)s?\b",
    re.I,
)
# A piece in a printed or emailed round-up: a heading above it is what such a place expects.
_HEADED_PLACE = re.compile(r"\b(?:newsletter|bulletin|magazine|newspaper|parish\s+news|round-?up)\b", re.I)
# The opening sentence's subject, up to its verb: "The church roof repairs are finished" -> "Church roof repairs".
_SUBJECT = re.compile(
    r"^(?:the|our|this|this\s+year's)\s+(?P<subject>(?:[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)\s+"
    r"(?:is|are|was|were|will|has|have|had|opens?|closes?|reopens?|starts?|moves?|won|lost|raised|reached|needs?|"
    r"returns?|welcomes?|celebrates?)\b",
    re.I,
)
_WHOLLY_QUOTED = re.compile(r"^\s*([\"\u201c\u2018'])(.+)([\"\u201d\u2019'])\s*$", re.S)


def recast_asked(text: str) -> bool:
    """Whether ``text`` hands over a text to fit a named place or audience, in a way offline rules can."""
    parts = split_request(text)
    instruction = " ".join(parts.instruction.split())
    if not parts.material.strip() or len(instruction) > MAX_INSTRUCTION_CHARS:
        return False
    if not _RECAST.search(instruction) or not _PLACE.search(instruction) or _BEYOND.search(instruction):
        return False
    if _COMPOSED_KIND.search(instruction):
        return False  # "Turn this into a friendly reminder email to members: ...": a new kind of text, composed
    return re.search(r"[.!?]", parts.material) is not None


def leaves_out(text: str) -> bool:
    """Whether the recast ``text`` asks for leaves sentences out (a shorter text asked), so not every fact is kept."""
    return _SHORTER.search(" ".join(split_request(text).instruction.split())) is not None


def recast(text: str) -> Rewrite | None:
    """The material fitted to the place the instruction names: shorter and friendlier only as asked, with a heading
    for a newsletter; None when it cannot be done honestly (too short to shorten)."""
    parts = split_request(text)
    instruction = " ".join(parts.instruction.split())
    material = parts.material.strip()
    quoted = _WHOLLY_QUOTED.match(material)
    if quoted:
        material = quoted.group(2).strip()  # the quotes mark the text handed over; they are not part of it
    changes: list[str] = []
    shorter = leaves_out(text)
    if shorter:
        # (an ask the condenser reads itself keeps its own reading: a sentence count, key points as a list)
        kept = condensed(text) if condensing_asked(text) else condensed(f"Make this shorter: {material}", instruction)
        if kept is None:
            return None
        body, changes = kept.text, list(kept.changes)
    else:
        body = " ".join(material.split())
    if _FRIENDLIER.search(instruction):
        friendly = rewrite(body, "friendly")
        if not _facts_kept(body, friendly.text):
            return None  # (a softer wording that lost a figure or a name is no fitted text of this one)
        if friendly.text.strip():
            body = friendly.text.strip()
            changes += list(friendly.changes)
    # (a shortened text is the material's own sentences, which is what a shorter newsletter piece is; a whole text
    # is fitted to a newsletter by the heading such a piece has)
    heading = _heading(material) if _HEADED_PLACE.search(instruction) and not shorter else None
    if heading:
        body = f"{heading}\n\n{body}"
        changes.append("headed with the text's own subject")
    if not changes:
        return None  # (nothing asked that the rules could do: the text as it came is no answer)
    return Rewrite(body, changes)


# A fact a rewording must keep: a figure (with its currency or unit letters), or a capitalised name after a word.
_FACT = re.compile(r"[£$€]?\d[\d,.:]*\w*|(?<=\w )(?-i:[A-Z][\w'\u2019-]+)")


def _facts_kept(before: str, after: str) -> bool:
    """Whether every figure and name of ``before`` is still in ``after``, word for word."""
    said = " ".join(after.split())
    return all(fact in said for fact in _FACT.findall(before[:20_000]))


def _heading(material: str) -> str | None:
    """A heading from the opening sentence's own subject ("Church roof repairs"), or None when it has none short."""
    found = _SUBJECT.match(material)
    if found is None:
        return None
    subject = found["subject"].strip()
    return subject[:1].upper() + subject[1:]
