"""More ways one given sentence holds two sentences' facts, for a text asked in more sentences than it was given
in (``forms.fit_sentences``): an earlier agent's one-sentence answer handed on with "write a two-sentence intro
using it".

- A second clause with a subject of its own after ", and": "Charlotte Brontë wrote Jane Eyre, and her sister Emily
  Brontë wrote Wuthering Heights" -> "... Jane Eyre. Her sister Emily Brontë wrote Wuthering Heights."
- A person's role set beside their name: "discovered by Alexander Fleming, a Scottish doctor, in 1928" -> "...
  discovered by Alexander Fleming in 1928. Alexander Fleming was a Scottish doctor."
- A contrast after "not": "The seasons are caused by the tilt of the axis, not by the distance to the Sun" -> "...
  caused by the tilt of the axis. The seasons are not caused by the distance to the Sun."

Each split says only what the sentence said, with its own words; the subject or name a second sentence needs is
repeated from the first, never a pronoun guessed (a person's "he" or "she" is not given). Each splitter takes a
sentence and the most parts wanted, and returns the sentence whole when it holds no such break.
"""

from __future__ import annotations

import re

_MAX_CHARS = 400
# Past-tense verbs a person's or a thing's second clause opens on ("and her sister wrote ...").
_PAST_VERB = (
    r"(?:wrote|won|built|made|found|founded|discovered|invented|painted|composed|became|led|ran|took|gave|sang|began|"
    r"designed|directed|published|starred|played|created|developed|produced|married|died|lived|flew|sank|fell|came|"
    r"went|saw|met|left|sold|bought|told|said|held|stood|grew|drew|rose|swam|drove|rode|fought|taught|brought|kept|"
    r"lost|beat|broke|chose|spoke|wore|sought|"
    r"was|were|is|are|has|had)"
)
# ", and her sister Emily Brontë wrote": a subject of up to four words naming someone, then its verb.
_AND_SUBJECT = re.compile(
    rf",\s+and\s+(?=(?:(?:her|his|their|its|the)\s+)?(?:[\w'-]+\s+){{0,1}}(?-i:[A-Z])[\w'-]+"
    rf"(?:\s+(?-i:[A-Z])[\w'-]+){{0,2}}\s+(?:{_PAST_VERB}|(?-i:[a-z]+ed))\b)",
    re.I,
)
_VERB_BEFORE = re.compile(rf"\b(?:{_PAST_VERB}|\w+ed)\s+\S", re.I)
# A role beside a name of two or more capitalised words: "Alexander Fleming, a Scottish doctor and scientist, in".
_ROLE = (
    r"(?:doctor|scientist|physician|chemist|biologist|physicist|writer|author|novelist|poet|painter|artist|composer|"
    r"engineer|inventor|teacher|nurse|explorer|pilot|queen|king|president|leader|singer|musician|architect|"
    r"mathematician|astronomer|philosopher|soldier|sailor|captain|campaigner|activist|politician|"
    r"businessman|businesswoman|entrepreneur|designer|actor|actress|athlete|footballer|player|surgeon|botanist)s?"
)
_APPOSED = re.compile(
    r"^(?P<head>[^,;]{3,200}?\b(?P<name>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+){1,3})),\s+"
    rf"(?P<role>(?:a|an|the)\s+(?:[\w'-]+\s+){{0,4}}?{_ROLE}(?:\s+and\s+(?:[\w'-]+\s+){{0,2}}?{_ROLE})?),\s+"
    r"(?P<rest>[^,;]{2,200}?)[.!]?$",
    re.I,
)
_PAST = re.compile(r"\b(?:was|were|had|\w+ed)\b", re.I)
# "The seasons are caused by A, not by B": a subject, its passive verb, and what it is not caused by.
_CONTRAST = re.compile(
    r"^(?P<subject>(?:(?:the|a|an|our|most|many)\s+)?[^,;:]{2,60}?)\s+(?P<aux>is|are|was|were)\s+(?P<verb>[a-z]+(?:ed|en))"
    r"\s+(?P<prep>by|in|on|at|from|with)\s+(?P<said>[^;]{2,200}?),\s+(?:and\s+)?not\s+(?P=prep)\s+(?P<denied>[^;,]"
    r"{2,200}?)[.!]?$",
    re.I,
)


def split_and_subject(text: str, most: int) -> list[str]:
    """Two sentences at ", and <someone> <verb>", when a clause of its own comes before."""
    text = text.strip()
    if most < 2 or len(text) > _MAX_CHARS:
        return [text]
    found = _AND_SUBJECT.search(text)
    if not found or not _VERB_BEFORE.search(text[: found.start()]):
        return [text]
    return [_sentence(text[: found.start()]), _sentence(text[found.end() :])]


def split_role(text: str, most: int) -> list[str]:
    """The sentence without the role set beside a name, and the role as a sentence of that name."""
    text = text.strip()
    found = _APPOSED.match(text) if most >= 2 and len(text) <= _MAX_CHARS else None
    if not found:
        return [text]
    main = f"{found.group('head')} {found.group('rest')}"
    verb = "was" if _PAST.search(main) else "is"
    return [_sentence(main), _sentence(f"{found.group('name')} {verb} {found.group('role')}")]


def split_contrast(text: str, most: int) -> list[str]:
    """What the subject is, and (with its own subject and verb again) what it is not."""
    text = text.strip()
    found = _CONTRAST.match(text) if most >= 2 and len(text) <= _MAX_CHARS else None
    if not found:
        return [text]
    subject, aux, verb, prep = (found.group(k) for k in ("subject", "aux", "verb", "prep"))
    said = f"{subject} {aux} {verb} {prep} {found.group('said')}"
    denied = f"{subject} {aux} not {verb} {prep} {found.group('denied')}"
    return [_sentence(said), _sentence(denied)]


def _sentence(text: str) -> str:
    text = text.strip(" ,;")
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
