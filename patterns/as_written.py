"""A stretch of a request in its user's own words, and a question that adds to a sum without figures of its own.

The planner cuts a request into parts and, when two parts go to the same worker as one job, joins them back. A join
made of the cut parts can say something the user did not: "How many km is 26.2 miles, and how long will it take me
to run it?" joined as "How many km is 26.2 miles. How long will it take me to run it?" reads as a statement of a
conversion and a question beside it, where the user asked two things in one sentence. ``as_written`` gives the
user's own sentence back, so the worker reads exactly what was asked and accounts for all of it or declines.
"""

from __future__ import annotations

import re

from patterns.forms import has_number, question_form

# Where a sentence ends inside a stretch: the user wrote two sentences there, which a join may keep apart.
_SENTENCE_END = re.compile(r"[.?!](?:\s|$)|\n")
_TRAILING = " \t\n.,;:?!"

# "how many seconds are in a day", "how many ounces in one pound": a fixed ratio, which needs no figure to be given.
_FIXED_RATIO = re.compile(r"\b(?:in|per)\s+(?:a|an|one)\s+[a-z]+", re.IGNORECASE)


def as_written(request: str, first: str, last: str) -> str | None:
    """The request's own words from where ``first`` starts to where ``last`` ends, trailing mark included, when
    both are there in that order in one sentence; ``None`` otherwise (two sentences, or parts the planner changed).
    """
    lowered = request.lower()
    head, tail = first.strip().rstrip(_TRAILING).lower(), last.strip().rstrip(_TRAILING).lower()
    if not head or not tail:
        return None
    start = lowered.find(head)
    if start < 0:
        return None
    stop = lowered.find(tail, start + len(head))
    if stop < 0 or _SENTENCE_END.search(request, start + len(head), stop):
        return None
    end = stop + len(tail)
    while end < len(request) and request[end] in "?!.":
        end += 1
    return request[start:end].strip()


def own_words(text: str, before: str) -> str:
    """``text`` without the sentences it shares at its start with ``before`` (the statement both parts were given
    as their context: "The roofer charged £48 an hour for 6 hours. What did the scaffolder charge?")."""
    shared = 0
    for end in _SENTENCE_END.finditer(text):
        if not before.startswith(text[: end.end()]):
            break
        shared = end.end()
    return text[shared:].strip() or text


def adds_a_figureless_question(text: str) -> bool:
    """Whether ``text`` asks a question no figure of its own can answer ("what did the scaffolder charge?", "how
    much does the bag cost per kg?"), not a fixed ratio ("how many seconds are in a day?"). After a sum the same
    worker works out, it is more of that job: the worker reads both together, and declines what it cannot give,
    rather than answering the first as if it were all that was asked."""
    asked = text.rstrip().endswith("?") or question_form(text) is not None
    return asked and not has_number(text) and _FIXED_RATIO.search(text) is None
