"""What a numbered code means, read from a note that groups the codes by their first digit: "HTTP status 404 means
the server crashed" against "Status codes are grouped by their first digit: 2xx means success (200 OK), 3xx a
redirect, 4xx a client error (404 Not Found), and 5xx a server error (500 Internal Server Error)".

The code's own group ("a client error (404 Not Found)") supports a meaning that says it ("404 means the page was not
found", "404 is a client error"). A meaning that names only what another group is ("the server ...": 5xx) and
nothing of the code's own group is contradicted: the note puts the code elsewhere. Any other meaning ("the request
succeeded slowly") decides nothing, and a note that groups no codes is not read at all.

Every regex here is linear: bounded repetitions and classes, no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from servers.tools.summarizer.sentences import content_words, split_sentences

MAX_TEXT = 4_000
_CLAIM = re.compile(
    r"^\W*(?:(?:an?|the)\s+)?(?:(?P<field>[A-Za-z][\w-]{1,20})\s+)?(?:status\s+)?(?:code\s+)?(?P<code>[1-9]\d\d)"
    r"(?:\s+(?:status|error|http))?(?:\s+(?:error|code|response|page))?\s+(?:means|indicates|signals|tells\s+you)\s+(?:that\s+)?"
    r"(?P<meaning>[^.;?!]{3,160}?)\W*$",
    re.I,
)
# "4xx a client error (404 Not Found)", "2xx means success (200 OK)": a group, what it is, and the code it names.
_GROUP = re.compile(
    r"\b(?P<digit>[1-9])xx\s+(?:means\s+|is\s+|are\s+)?(?:an?\s+)?(?P<label>[A-Za-z][A-Za-z' -]{1,40}?)"
    r"(?:\s*\((?P<example>[^()]{1,60})\))?(?=\s*(?:[,;.]|\band\b|$))",
    re.I,
)
Stance = Literal["supports", "contradicts"]


@dataclass(frozen=True, slots=True)
class CodeMeaning:
    field: str  # "HTTP", or "" when the claim names none
    code: str  # "404"
    meaning: str  # "the server crashed"


def claimed_code(claim: str) -> CodeMeaning | None:
    """The code and the meaning a claim gives it ("HTTP status 404 means the server crashed"); None otherwise."""
    found = _CLAIM.match(" ".join(claim.split())[:MAX_TEXT])
    if found is None:
        return None
    field = found["field"] or ""
    if field.lower() in ("status", "code", "error"):
        field = ""
    return CodeMeaning(field, found["code"], found["meaning"])


def code_said(claim: CodeMeaning, title: str, text: str) -> tuple[str, Stance, str] | None:
    """(sentence, stance, why) for a note's sentence that groups codes and puts the claim's code in one; None when
    the note says nothing that decides the meaning."""
    if claim.field and claim.field.lower() not in f"{title} {text[:MAX_TEXT]}".lower():
        return None  # "SMTP 550 means ..." is not decided by notes on another field's codes
    meaning = claim.meaning.lower()
    meant = set(content_words(meaning))
    for sentence in split_sentences(text[:MAX_TEXT]):
        if "code" not in sentence.lower():
            continue
        groups = {g["digit"]: (g["label"].strip(), (g["example"] or "").strip()) for g in _GROUP.finditer(sentence)}
        own = groups.get(claim.code[0])
        if own is None or len(groups) < 2:
            continue
        label, example = own
        named = example.split(None, 1)[1] if example.startswith(claim.code) and " " in example else ""
        if label.lower() in meaning or (named and named.lower() in meaning):
            return sentence, "supports", f"the passage puts {claim.code} among the {claim.code[0]}xx: {label}"
        own_words = set(content_words(f"{label} {example}"))
        if meant & own_words:
            continue
        for digit, (other, named_there) in groups.items():
            if digit != claim.code[0] and meant & (set(content_words(f"{other} {named_there}")) - own_words):
                why = f"the passage puts {claim.code} among the {claim.code[0]}xx ({label}), and a {other} is {digit}xx"
                return sentence, "contradicts", why
    return None
