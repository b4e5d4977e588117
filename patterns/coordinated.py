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
# "What's the capital of Australia and what's 48 times 12?": two direct questions, no asking verb before them.
# Each opens with a question word and at least two words more ("what salt and what pepper cost" is one question
# over two things and is left whole).
_DIRECT = re.compile(
    rf"^(?P<first>{_WH}(?:'?s\b|\s+[a-z]+\b)\s(?:[^,;.?!]|{_POINT}){{2,150}}?)"  # "whats" typed as "what's"
    rf"(?:\s*,)?\s+and\s+(?P<second>{_WH}(?:'?s\b|\s+[a-z]+\b)"
    rf"\s(?:[^;.?!]|{_POINT}){{2,150}})(?P<end>[.?!]?)\s*$",
    re.IGNORECASE,
)
# A first question that ends on a measure of figures given only after the second ("what's the mean and what's the
# median of 3, 5, 9"): the figures are both questions' material, so the pair is left whole.
_OPEN_MEASURE = re.compile(
    r"^what(?:'s|\s+is|\s+are|\s+was)\s+the\s+(?:mean|median|mode|average|range|sum|total|product|difference"
    r"|deviation|variance|maximum|minimum|max|min|biggest|largest|smallest|highest|lowest)\s*$",
    re.IGNORECASE,
)
# "how many apples and how many pears do I need": a first question of a count alone shares the second's verb.
_SHARED_TAIL = re.compile(r"^how\s+(?:many|much)\s+[a-z'-]+\s*$", re.IGNORECASE)
# Words by which the second question goes on about the first's subject ("and when he was born").
_BACK = frozenset("he she it they him her them his hers its their theirs this that these those there".split())
_WORD = re.compile(r"[a-z']+")
_FIGURE = re.compile(r"\d")
_SENTENCE_END = re.compile(r"(?<!\d)[.!]\s+")
_DUMMY_IT = re.compile(r"\bit(?:'s|\s+is)\s+(?:true|false|right)(?:\s+that)?\b")
_TELLING = re.compile(r"\b(?:tell\s+me|let\s+me\s+know|check)\s+$", re.IGNORECASE)


def coordinated_questions(clause: str) -> list[str] | None:
    """The two questions one asking verb asks ("Find out which is the largest ocean", "Find out what 3.5 kg is in
    pounds"), or ``None`` when ``clause`` is not such a pair or its second question goes on about the first."""
    text = clause.strip()
    if len(text) > SCAN:
        return None
    found = _COORDINATED.match(text)
    if found is None:
        return _direct_questions(text)
    # "whether it's true that bats are blind": that "it" stands for nothing said before
    second = _DUMMY_IT.sub(" ", found.group("second").lower())
    if _BACK & set(_WORD.findall(second)):
        return None
    lead = found.group("lead")
    # "Look up when the Wall fell and how many days are in 3 weeks": the second question is asked as itself, not
    # looked up or worked out because the first was
    again = lead if _TELLING.search(lead) else "Tell me "
    return [
        f"{lead}{found.group('first')}",
        f"{again[:1].upper()}{again[1:]}{found.group('second')}{found.group('end')}",
    ]


def _direct_questions(text: str) -> list[str] | None:
    """Two direct questions joined by "and" ("what's the capital of Canada and which ocean is the biggest"), each
    asked as itself; ``None`` when the second goes on about the first or the first waits for the second's figures."""
    context = ""
    found = _DIRECT.match(text)
    if found is None:  # "I'm filling in a form in US units. What's 64 kg in pounds, and what's 70 inches in cm?"
        ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        if not ends:
            return None
        context, text = text[: ends[-1]], text[ends[-1] :]
        found = _DIRECT.match(text)
        if found is None:
            return None
    first, second = found.group("first").rstrip(), found.group("second").rstrip()
    back = _BACK & set(_WORD.findall(_DUMMY_IT.sub(" ", second.lower())))
    if back or _OPEN_MEASURE.search(first) or _SHARED_TAIL.match(first):
        return None
    mark = found.group("end") or "?"
    # (the first keeps no mark of its own, as a pair cut at ", and what" does: "?" would read it as options the
    # second picks from, "which ocean is the biggest")
    # statements before the questions inform both when they give figures to work on; one that gives none ("I'm
    # filling in a form in US units.") says only why the user asks, which no worker has to read
    context = context if _FIGURE.search(context) else ""
    return [f"{context}{first[:1].upper()}{first[1:]}", f"{context}{second[:1].upper()}{second[1:]}{mark}"]


__all__ = ["coordinated_questions"]
