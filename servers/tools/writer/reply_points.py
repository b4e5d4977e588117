"""What a reply should say, told as what the asker wants to do in it: "Write a reply to a customer who complained the
tour ran late yesterday. I want to apologise, explain the Castle Esplanade was closed for the Tattoo setup so we had
to detour, and offer her 50% off another tour. Her name's Linda."

The sentence after the ask lists the reply's moves, each a verb the writer can say honestly with the words given:

- apologise (for what, when said; else for what the instruction says they complained about): "I'm sorry ...";
- explain that X (X is a statement): "X.";
- offer her/him/them Y: "We'd like to offer you Y.";
- thank, tell, remind or ask her (``orders.said_to_reader``).

A sentence that names the reader ("Her name's Linda", "She's called Linda") puts the name in the ask, in place of
who they were described as ("a reply to Linda"). Any other move ("explain why", "sort it out", "decide"), or a
sentence that is neither the moves nor the name, leaves the request as it was: None.
"""

from __future__ import annotations

import re

from servers.tools.writer.forms import sentence
from servers.tools.writer.orders import said_to_reader

_WANTS = re.compile(
    r"^\W*(?:(?:i|we)['’]d\s+like|(?:(?:i|we)\s+)?(?:(?:just|really|also)\s+)?(?:want|wanna|would\s+like|need|have|"
    r"would\s+love))\s+to\s+(?P<moves>\S.*)$",
    re.I,
)
_NEXT_MOVE = re.compile(
    r"\s*(?:,|;)\s*(?:and\s+(?:then\s+)?|then\s+)?|\s+(?:and|then)\s+(?=(?:apologi[sz]e|say\s+sorry|explain|offer|"
    r"thank|tell|remind|ask|let)\b)",
    re.I,
)
_APOLOGISE = re.compile(r"^(?:apologi[sz]e|say\s+(?:we['’]re\s+|i['’]m\s+)?sorry)(?:\s+(?:to\s+(?:her|him|them)\s+)?"
                        r"for\s+(?P<for>\S.*))?$", re.I)  # fmt: skip
_EXPLAIN = re.compile(r"^explain\s+(?:to\s+(?:her|him|them)\s+)?(?:that\s+)?(?!why\b|how\b|what\b|the\s+reason\b)"
                      r"(?P<what>\S.*)$", re.I)  # fmt: skip
_OFFER = re.compile(r"^offer\s+(?:her|him|them)\s+(?P<what>\S.*)$", re.I)
_NAMED = re.compile(
    r"^\W*(?i:her|his|their)\s+(?i:name)(?:['’]s|\s+is)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\W*$|"
    r"^\W*(?i:she|he|they)(?:['’]s|\s+is|\s+are|['’]re)\s+called\s+(?P<called>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\W*$"
)
_COMPLAINED = re.compile(r"\bwho\s+complained\s+(?:that\s+|about\s+how\s+)?(?P<what>[^,.;]+)", re.I)
# Who the reply was described as going to, replaced by the reader's name: "to a customer who complained ..."
_DESCRIBED_READER = re.compile(
    r"\bto\s+(?:a|an|the|this|that|our|my)\s+(?:[\w'’-]+\s+){0,2}?(?:customer|client|guest|visitor|patient|parent|"
    r"member|tenant|lady|woman|man|gentleman|person|buyer|diner|reviewer)(?:\s+who\s+[^.;]+)?",
    re.I,
)
_HIM_HER = re.compile(r"\b(?:her|him|them)\b", re.I)


def reply_points(instruction: str, stated: list[str]) -> tuple[str, list[str]] | None:
    """The ask with the reader's name in it and the reply's own sentences, for moves told as "I want to apologise,
    explain ..., and offer ..."; None unless every stated sentence is the moves or the reader's name."""
    if not re.search(r"\b(?:reply|response|respond|answer)\b", instruction, re.I):
        return None
    name = ""
    lines: list[str] = []
    for told in stated:
        named = _NAMED.match(told.strip())
        if named:
            name = named.group("name") or named.group("called")
            continue
        wants = _WANTS.match(told.strip().rstrip(".!"))
        if wants is None:
            return None
        for move in _NEXT_MOVE.split(wants.group("moves")):
            said = _said(move.strip(" ,"), instruction)
            if said is None:
                return None
            lines.append(said)
    if not lines:
        return None
    if name:
        described = _DESCRIBED_READER.search(instruction)
        instruction = (
            f"{instruction[: described.start()]}to {name}{instruction[described.end() :]}" if described else
            f"{instruction.rstrip(' .')} to {name}"
        )  # fmt: skip
    return instruction, lines


def _said(move: str, instruction: str) -> str | None:
    if not move:
        return None
    if found := _APOLOGISE.match(move):
        if found.group("for"):
            return f"I'm sorry for {_to_you(found.group('for'))}."
        complained = _COMPLAINED.search(instruction)
        return sentence(f"I'm sorry {_to_you(complained.group('what').strip())}") if complained else "I'm sorry."
    if found := _EXPLAIN.match(move):
        return sentence(found.group("what"))
    if found := _OFFER.match(move):
        return f"We'd like to offer you {_to_you(found.group('what'))}."
    said = said_to_reader([move])
    return said[0] if said and len(said) == 1 else None


def _to_you(clause: str) -> str:
    return _HIM_HER.sub("you", clause).replace("you's", "your")
