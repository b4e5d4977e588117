"""Asks: a fan-out request that names one thing for each worker gives each worker its own.

"Here are my notes from parents' evening, I want a short summary and a tidied-up version I can send to my husband:
<notes>" sent to a summarizer and a writer asks each for two things, and each declines the one that is not its
job. The request names a list of things wanted ("a short summary and a tidied-up version ..."), as many as there
are workers: each worker gets the request with only the thing it ranks best for, and the same material.

The list may come with no lead ("a summary for my file and a friendly note to the couple: <text>", as what follows
the agents' names), or after the material, in its last sentence ("<facts>. I need the total and a short note to the
manager about it."): then a worker on numbers reads the facts and then its question, as the user put them, and any
other gets its ask with the facts as its material.

A request that names no such list, or a list of another length, goes to every worker whole, as before; one that
opens by addressing the very workers it is sent to ("Have the calculator and the researcher both answer this: ...")
goes to each without the addressing (``patterns.addressed``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from patterns.addressed import NAMED_PRODUCT, addressed, name_pattern
from patterns.deciding import Decider
from patterns.forms import works_on_numbers
from patterns.material import split_material, with_material
from patterns.turns import asks_by_name, asks_in_turn
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
# ("I want a summary and the claims checked: <text>": a thing wanted may be the text's own, with what to do to it)
_NEXT_ASK = re.compile(
    r"\s*(?:,\s*(?:and\s+|plus\s+)?|\s+(?:and|plus)\s+)(?=(?:a|an)\s|the\s+[a-z-]+\s+[a-z]+ed\b)", re.IGNORECASE
)
# The things wanted named with no lead, as what follows an agent's name is ("a summary for my file and a friendly
# note to the couple: <text>"; the first may be named by its kind alone: "summary for the staff and a post for our
# Instagram: <text>").
_BARE_LIST = re.compile(rf"^(?=(?:a|an)\s|{NAMED_PRODUCT})", re.IGNORECASE)
# The things wanted said after the material, in its last sentence: "<facts>. I need the total and a text to the
# customer listing the materials." (the first may be a value of the facts: "the total").
_LAST_WANTED = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?P<lead>i\s+(?:want|need|would\s+like)\s+|i'd\s+like\s+|can\s+i\s+have\s+)"
    r"(?P<asks>(?:the|a|an)\s[^.!?\n]{1,300}?)[.!?]?\s*$",
    re.IGNORECASE,
)


def wanted_asks(text: str) -> tuple[str, list[str], str] | None:
    """The request as (lead, the things it wants, material): "I want a summary and a tweet: <text>" ->
    ("I want ", ["a summary", "a tweet"], "<text>"); ``None`` when it names fewer than two or has no material."""
    instruction, material = split_material(text)
    found = _WANTED.search(instruction[:SCAN]) or _BARE_LIST.match(instruction[:SCAN])
    if not material or found is None:
        return None
    asks = [a.strip() for a in _NEXT_ASK.split(instruction[found.end() :]) if a.strip()]
    return (instruction[: found.end()], asks, material) if len(asks) >= 2 else None


def asks_after(text: str) -> tuple[str, list[str], str] | None:
    """The things wanted, when the material comes first and its last sentence names them: "<facts>. I need the
    total and a short note to the manager about it." -> ("I need ", ["the total", "a short note to the manager
    about it"], "<facts>"); ``None`` when it names fewer than two, or nothing comes before them."""
    tail = text[-SCAN:]
    found = _LAST_WANTED.search(tail)
    if found is None:
        return None
    before = text[: len(text) - len(tail) + found.start()].strip()
    asks = [a.strip() for a in _NEXT_ASK.split(found.group("asks")) if a.strip()]
    return (found.group("lead"), asks, before) if before and len(asks) >= 2 else None


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
        names = [w.name for w in self.workers]
        jobs, facts = asks_by_name(request.text, names, {n: re.compile(name_pattern(n), re.IGNORECASE) for n in names})
        if set(jobs) == set(names) and count == len(names):
            # "<facts>. Calculator, what the hire comes to; writer, a note to the customer.": each its named job
            return [request.replace(text=_after_facts(w, jobs[w.name], facts)) for w in self.workers]
        first = wanted_asks(request.text)
        # "<facts>. One of you tot up the total, the other do me a note ...": two jobs, each to the one it fits
        split = first or asks_after(request.text) or asks_in_turn(request.text)
        if split is None or len(split[1]) != count or count != len(self.workers) or count > MAX_WORKERS:
            return whole
        lead, asks, material = split
        if first is None:
            # the facts first and what is wanted of them after, as said: "<facts>. I need the total." is a sum the
            # calculator reads as it reads it alone; a text to write is asked first, with the facts as its points
            lead = lead[:1].upper() + lead[1:]
        fit: list[dict[str, float]] = []
        for ask in asks:
            choices = await self.decider.rank(Request(f"{lead}{ask}"), self.workers)
            fit.append({c.worker: c.confidence for c in choices})
        pairings = itertools.permutations(range(count))
        best = max(
            pairings, key=lambda order: sum(fit[a].get(w.name, 0.0) for w, a in zip(self.workers, order, strict=True))
        )
        if first is None:
            return [
                request.replace(text=_after_facts(worker, f"{lead}{asks[a]}", material))
                for worker, a in zip(self.workers, best, strict=True)
            ]
        said = [f"{lead}{ask}" for ask in asks]
        return [request.replace(text=with_material(said[a][:1].upper() + said[a][1:], material)) for a in best]


def _after_facts(worker: Worker, ask: str, facts: str) -> str:
    """The request for one thing wanted of ``facts`` that were said first: a worker on numbers reads the facts and
    then the question, as the user put them; any other gets the ask, with the facts as its material."""
    if works_on_numbers(worker):
        return f"{facts} {ask}."
    return with_material(ask, facts)


__all__ = ["OwnAsks", "asks_after", "wanted_asks"]
