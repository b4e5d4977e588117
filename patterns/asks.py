"""Asks: a fan-out request that names one thing for each worker gives each worker its own.

"Here are my notes from parents' evening, I want a short summary and a tidied-up version I can send to my husband:
<notes>" sent to a summarizer and a writer asks each for two things, and each declines the one that is not its
job. The request names a list of things wanted ("a short summary and a tidied-up version ..."), as many as there
are workers: each worker gets the request with only the thing it ranks best for, and the same material.

A request that names no such list, or a list of another length, goes to every worker whole, as before; one that
opens by addressing the very workers it is sent to ("Have the calculator and the researcher both answer this: ...")
goes to each without the addressing (``patterns.addressed``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from patterns.addressed import addressed
from patterns.deciding import Decider
from patterns.material import split_material, with_material
from patterns.worker import Request, Worker

MAX_WORKERS = 4
"""Asks are matched to at most this many workers (every pairing is weighed)."""
SCAN = 400
"""Only this much of the instruction is read for its list of things wanted."""

# "I want a short summary and a tidied-up version ...", "give me a summary and a tweet": the things wanted, each
# named with its article.
_WANTED = re.compile(
    r"\b(?:i(?:\s+(?:want|need|would\s+like)|'d\s+like)|give\s+me|get\s+me|send\s+me|make\s+me|can\s+i\s+have"
    r"|could\s+i\s+have)\s+(?=(?:a|an)\s)",
    re.IGNORECASE,
)
_NEXT_ASK = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:a|an)\s)", re.IGNORECASE)


def wanted_asks(text: str) -> tuple[str, list[str], str] | None:
    """The request as (lead, the things it wants, material): "I want a summary and a tweet: <text>" ->
    ("I want ", ["a summary", "a tweet"], "<text>"); ``None`` when it names fewer than two or has no material."""
    instruction, material = split_material(text)
    found = _WANTED.search(instruction[:SCAN])
    if not material or found is None:
        return None
    asks = [a.strip() for a in _NEXT_ASK.split(instruction[found.end() :]) if a.strip()]
    return (instruction[: found.end()], asks, material) if len(asks) >= 2 else None


class OwnAsks:
    """A fan-out's sharder: each worker gets the request with the one thing wanted that it ranks best for."""

    def __init__(self, workers: Sequence[Worker], decider: Decider) -> None:
        self.workers = list(workers)
        self.decider = decider

    async def __call__(self, request: Request, count: int) -> Sequence[Request]:
        to = addressed(request.text, [w.name for w in self.workers])
        if to is not None and set(to.names) == {w.name for w in self.workers}:
            # "Have the calculator and the researcher both answer this: how many metres are in a mile?", sent with
            # those agents named: each is asked what follows the addressing, not to read its own name as the job
            request = request.replace(text=to.text)
        whole = [request] * count
        split = wanted_asks(request.text)
        if split is None or len(split[1]) != count or count != len(self.workers) or count > MAX_WORKERS:
            return whole
        lead, asks, material = split
        fit: list[dict[str, float]] = []
        for ask in asks:
            choices = await self.decider.rank(Request(f"{lead}{ask}"), self.workers)
            fit.append({c.worker: c.confidence for c in choices})
        pairings = itertools.permutations(range(count))
        best = max(
            pairings, key=lambda order: sum(fit[a].get(w.name, 0.0) for w, a in zip(self.workers, order, strict=True))
        )
        return [request.replace(text=with_material(f"{lead}{asks[a]}", material)) for a in best]


__all__ = ["OwnAsks", "wanted_asks"]
