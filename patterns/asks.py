"""Asks: a fan-out request that names one thing for each worker gives each worker its own.

"Here are my notes from parents' evening, I want a short summary and a tidied-up version I can send to my husband:
<notes>" sent to a summarizer and a writer asks each for two things, and each declines the one that is not its
job. The request names a list of things wanted ("a short summary and a tidied-up version ..."), as many as there
are workers: each worker gets the request with only the thing it ranks best for, and the same material.

The list may come with no lead ("a summary for my file and a friendly note to the couple: <text>", as what follows
the agents' names), or after the material, in its last sentence ("<facts>. I need the total and a short note to the
manager about it."): then a worker on numbers reads the facts and then its question, as the user put them, and any
other gets its ask with the facts as its material.

Otherwise the offline planner reads the request's parts ("make a summary for me and also write a short reminder for
the students, from this notice: <text>"): when it reads one part for each worker, each worker gets its own, with
the material. A request read as no such parts, or as parts of another number, goes to every worker whole; one that
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
from patterns.planning import ClausePlanner
from patterns.turns import asks_by_name, asks_in_turn
from patterns.worker import Request, Worker

MAX_WORKERS = 4
"""Asks are matched to at most this many workers (every pairing is weighed)."""
SCAN = 400
"""Only this much of the instruction is read for its list of things wanted."""

# "I want a short summary and a tidied-up version ...", "give me a summary and a tweet": the things wanted, each
# named with its article.
_WANTED = re.compile(
    r"\b(?:i(?:\s+(?:want|need|would\s+like)|'d\s+like)|(?:give|get|send|make)\s+(?:me|us|mi)|can\s+i\s+have"
    r"|could\s+i\s+have)\s+(?=(?:a|an)\s)",
    re.IGNORECASE,
)
# ("I want a summary and the claims checked: <text>": a thing wanted may be the text's own, with what to do to it)
# ("a short summary and also write a Facebook post for the village page": the second said with its own verb)
_NEXT_ASK = re.compile(
    r"\s*(?:,\s*(?:and\s+|plus\s+)?|\s+(?:and|plus)\s+)(?:also\s+)?(?:(?:write|make|draft|do)\s+)?"
    r"(?=(?:a|an)\s|the\s+[a-z-]+\s+[a-z]+ed\b)",
    re.IGNORECASE,
)
# "Can you do two things with this, ...", "Please do both at the same time, ...", "Same time, ...": a clause that
# only says several things are wanted at once, before the things themselves
_ANNOUNCING = re.compile(
    r"^[^,:]{0,60}?\b(?:(?:two|three|both|[23])\s+(?:\w+\s+)?(?:things|jobs|tasks|parts)|both|same\s+time|"
    r"side\s+by\s+side|in\s+parallel)\b[^,:]{0,30},\s*",
    re.IGNORECASE,
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
    announced = _ANNOUNCING.match(instruction[:SCAN])
    instruction = instruction[announced.end() :] if announced else instruction  # the things, not that they are two
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
        named = {n: re.compile(name_pattern(n), re.IGNORECASE) for n in names}
        jobs, facts = asks_by_name(request.text, names, named)
        if set(jobs) == set(names) and count == len(names):
            # "<facts>. Calculator, what the hire comes to; writer, a note to the customer.": each its named job
            return [request.replace(text=_after_facts(w, jobs[w.name], facts)) for w in self.workers]
        first = wanted_asks(request.text)
        # "<facts>. One of you tot up the total, the other do me a note ...": two jobs, each to the one it fits
        split = first or asks_after(request.text) or asks_in_turn(request.text)
        if split is None and count == len(self.workers) <= MAX_WORKERS:
            if any(pattern.search(request.text[:SCAN]) for pattern in named.values()):
                return whole  # jobs given by name that leave a worker none are the user's own split, not a plan's
            return await self._planned(request) or whole
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

    async def _planned(self, request: Request) -> list[Request] | None:
        """Each worker's own part as the offline planner reads the request ("make a summary and also write a
        reminder for the students, from this notice: <text>"), when it reads one part for each worker and no two
        for one; a part read without the request's material gets it too. ``None`` otherwise."""
        instruction, material = split_material(request.text)
        parts = await self._parts(request)
        if parts is None and material and _ANNOUNCED.search(instruction[:SCAN]):
            # "two separate things, run em side by side: what's a 15% tip on $86.40, and who wrote Jolene": the
            # things are the list after the colon, one for each worker
            parts, material = await self._parts(request.replace(text=material)), ""
        if parts is None:
            return None
        return [request.replace(text=_with_its_material(parts[w.name], material)) for w in self.workers]

    async def _parts(self, request: Request) -> dict[str, str] | None:
        """The planner's part for each worker (no part after another), when it reads exactly one for each."""
        plan = await ClausePlanner(self.decider).plan(request, self.workers)
        parts = {task.worker: task.text for task in plan.tasks if not task.depends_on}
        if len(plan.tasks) != len(self.workers) or set(parts) != {w.name for w in self.workers}:
            return None
        return {name: text for name, text in parts.items() if name is not None}


# "two separate things", "3 questions", "both jobs": the request announces a list of things after its colon
_ANNOUNCED = re.compile(
    r"\b(?:two|three|four|both|[234])\s+(?:\w+\s+)?(?:things|questions|jobs|tasks|parts|bits)\b", re.IGNORECASE
)


def _with_its_material(part: str, material: str) -> str:
    """A planned part with the request's material, unless it carries it already."""
    if not material or material[:80] in part:
        return part
    return with_material(part, material)


def _after_facts(worker: Worker, ask: str, facts: str) -> str:
    """The request for one thing wanted of ``facts`` that were said first: a worker on numbers reads the facts and
    then the question, as the user put them; any other gets the ask, with the facts as its material."""
    if works_on_numbers(worker):
        return f"{facts} {ask}."
    return with_material(ask, facts)


__all__ = ["OwnAsks", "asks_after", "wanted_asks"]
