"""Coordinated questions: one asking verb over two questions ("Find out which is the largest ocean and what 3.5 kg
is in pounds").

The verb ("find out", "tell me", "look up", "work out") asks both questions joined by "and", and the two may be
different workers' jobs: the ocean is looked up, the pounds worked out. Each becomes a part of its own, the verb
said again before the second ("Find out what 3.5 kg is in pounds"), so each worker gets a whole question and not
the other's words to account for. A second question that goes on about the first ("... and when he was born",
"... and how tall it is") needs the first's answer and is left whole, as is a question about two things ("what
salt and pepper cost").

Bounded and linear: only the first ``SCAN`` characters are read, with one lazy scan to the first "and" that opens a
question.
"""

from __future__ import annotations

import re

SCAN = 300

_WH = r"(?:what|which|who|whom|how|where|when|why|whether)"
_POINT = r"(?<=\d)\.(?=\d)"  # the point of "3.5", which ends no question
_COORDINATED = re.compile(
    r"^(?P<lead>(?:(?:please|pls)\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?"
    r"(?:find\s+out|tell\s+me|look\s+up|work\s+out|figure\s+out|let\s+me\s+know|check)\s+)"
    rf"(?P<first>{_WH}\b(?:[^,;.?!]|{_POINT}){{3,150}}?)(?:\s*,)?\s+and\s+"
    rf"(?P<second>{_WH}\b(?:[^;.?!]|{_POINT}){{3,150}})(?P<end>[.?!]?)\s*$",
    re.IGNORECASE,
)
# Words by which the second question goes on about the first's subject ("and when he was born").
_BACK = frozenset("he she it they him her them his hers its their theirs this that these those there".split())
_WORD = re.compile(r"[a-z']+")
_DUMMY_IT = re.compile(r"\bit(?:'s|\s+is)\s+(?:true|false|right)(?:\s+that)?\b")
_TELLING = re.compile(r"\b(?:tell\s+me|let\s+me\s+know|check)\s+$", re.IGNORECASE)


def coordinated_questions(clause: str) -> list[str] | None:
    """The two questions one asking verb asks ("Find out which is the largest ocean", "Find out what 3.5 kg is in
    pounds"), or ``None`` when ``clause`` is not such a pair or its second question goes on about the first."""
    text = clause.strip()
    if len(text) > SCAN:
        return None
    found = _COORDINATED.match(text)
    # "whether it's true that bats are blind": that "it" stands for nothing said before
    second = _DUMMY_IT.sub(" ", found.group("second").lower()) if found is not None else ""
    if found is None or _BACK & set(_WORD.findall(second)):
        return None
    lead = found.group("lead")
    # "Look up when the Wall fell and how many days are in 3 weeks": the second question is asked as itself, not
    # looked up or worked out because the first was
    again = lead if _TELLING.search(lead) else "Tell me "
    return [
        f"{lead}{found.group('first')}",
        f"{again[:1].upper()}{again[1:]}{found.group('second')}{found.group('end')}",
    ]


__all__ = ["coordinated_questions"]
