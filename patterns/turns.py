"""Turns: a fan-out request that hands each named worker its own job, in one sentence after the facts.

"<facts>. One of you tot up the total, the other do me a quick note to the client." gives two workers two jobs on
the same facts, as "Calculator, tell me what the hire comes to; writer, draft a confirmation for Mrs Hartley." does
by name. Each worker is asked its own job, not the whole request, in which the other's job is one it would decline.

``asks_in_turn`` reads "one of you ..., the other ...": which worker takes which job is left to the ranking, as for
any list of things wanted (``patterns.asks``). ``asks_by_name`` reads jobs each opened by a worker's name and parted
by semicolons: the name says whose job it is. Both return nothing unless the jobs come last, after facts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

# "One of you tot up the total, the other do me a quick note ...", "... and the other one can write ..."
_IN_TURN = re.compile(
    r"(?:^|(?<=[.!?])\s+)one\s+of\s+you(?:\s+(?:can|could|should|please))?\s+(?P<first>[^.!?;\n]{3,200}?)\s*[,;]\s*"
    r"(?:and\s+)?the\s+other(?:\s+one)?(?:\s+(?:can|could|should|please))?\s+(?P<second>[^.!?;\n]{3,200}?)"
    r"[.!?]?\s*$",
    re.IGNORECASE,
)
SCAN = 500
"""Only this much of the end of the request is read for the jobs."""


def asks_in_turn(text: str) -> tuple[str, list[str], str] | None:
    """("", [first job, second job], facts) for "<facts>. One of you <job>, the other <job>."; ``None`` when the
    request does not end so, or states no facts before it."""
    tail = text[-SCAN:]
    found = _IN_TURN.search(tail)
    if found is None:
        return None
    facts = text[: len(text) - len(tail) + found.start()].strip()
    asks = [_capital(found.group("first")), _capital(found.group("second"))]
    return ("", asks, facts) if facts else None


def asks_by_name(text: str, names: Sequence[str], spoken: Mapping[str, re.Pattern[str]]) -> tuple[dict[str, str], str]:
    """Each worker's job and the facts, for "<facts>. Calculator, <job>; writer, <job>.": every job opened by one
    worker's name (as ``spoken`` matches it) and a comma; empty jobs when the last sentence is not made only of
    them, or a worker is named twice."""
    last = re.search(r"(?:^|(?<=[.!?])\s+)(?=\S)[^.!?]*[.!?]?\s*$", text[-SCAN:])
    if last is None:
        return {}, text
    facts = text[: len(text) - len(text[-SCAN:]) + last.start()].strip()
    jobs: dict[str, str] = {}
    for segment in re.split(r"\s*;\s*(?:and\s+)?", last.group(0).strip().rstrip(".!?")):
        opened = [(n, m.end()) for n in names if (m := spoken[n].match(segment)) and segment[m.end() :][:1] == ","]
        if len(opened) != 1 or opened[0][0] in jobs or not segment[opened[0][1] + 1 :].strip():
            return {}, text
        owner, end = opened[0]
        jobs[owner] = _capital(segment[end + 1 :])
    return (jobs, facts) if facts and len(jobs) >= 2 else ({}, text)


def _capital(job: str) -> str:
    job = job.strip()
    return job[:1].upper() + job[1:]


__all__ = ["asks_by_name", "asks_in_turn"]
