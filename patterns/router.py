"""Router: send a request to the one worker that fits it best, or say that none does.

The decider ranks the workers; the best is called when its confidence reaches ``threshold``. Below it the
router does not guess: a ``fallback`` worker answers when one is given, and otherwise the result is a failure
saying no suitable agent exists and which came closest.

A worker that declines the request as beyond it (``rejected``) is not the end when the ranking was close: the
next candidates whose confidence is within ``reroute_ratio`` of the best (and above ``threshold``) are asked in
turn, at most ``max_reroutes`` of them, and the first that completes the request answers it. A worker that asks
for more input (``input-required``) fits the request and only lacks material, so its answer stands. When no
candidate completes the request, the best one's answer is returned: it fits the request best, so it says most
about why (a closer candidate's "send me the text" would not). Each attempt is its own step in the run record.
"""

from __future__ import annotations

from collections.abc import Sequence

from patterns.base import Pattern, merged_skills, unique_names
from patterns.deciding import Choice, Decider, RankingDecider
from patterns.run import Run
from patterns.worker import Progress, Request, Result, Skill, Worker


class Router(Pattern):
    """Routes each request to the best-fitting worker.

    ``threshold`` is on the decider's confidence scale (for ``RankingDecider`` with embeddings: a cosine,
    where unrelated text scores about 0-0.1). The plan kept in the run record is the top choices with their
    confidences.
    """

    pattern = "router"

    def __init__(
        self,
        workers: Sequence[Worker],
        *,
        decider: Decider | None = None,
        fallback: Worker | None = None,
        threshold: float = 0.05,
        reroute_ratio: float = 0.7,
        max_reroutes: int = 1,
        name: str = "router",
        description: str | None = None,
        skills: Sequence[Skill] | None = None,
        **options,
    ) -> None:
        if not workers:
            raise ValueError("a router needs at least one worker")
        self.workers = unique_names(workers)
        super().__init__(
            name=name,
            description=description or f"Routes each request to the best of: {', '.join(self.workers)}.",
            skills=merged_skills(workers) if skills is None else skills,
            **options,
        )
        self.decider = decider or RankingDecider()
        self.fallback = fallback
        self.threshold = threshold
        self.reroute_ratio = reroute_ratio
        self.max_reroutes = max_reroutes

    async def run(self, run: Run, request: Request) -> Result:
        choices = [c for c in await self.decider.rank(request, list(self.workers.values())) if c.worker in self.workers]
        await run.set_plan({"choices": [_choice_dict(c) for c in choices[:3]], "threshold": self.threshold})
        best = choices[0] if choices else None
        if best is None or best.confidence < self.threshold:
            closest = f" (closest: {best.worker} at {best.confidence:.2f}, below {self.threshold:.2f})" if best else ""
            if self.fallback is not None:
                run.emit(Progress(f"no worker fits{closest}; asking {self.fallback.name}", self.name, run.run_id))
                return await run.call(self.fallback, request, position="fallback")
            return Result.failure(f"No suitable agent for this request{closest}.", worker=self.name)
        run.emit(Progress(f"routing to {best.worker} ({best.confidence:.2f})", self.name, run.run_id))
        first = await run.call(self.workers[best.worker], request, position="route")
        if first.status != "rejected":
            return first
        close = [c for c in choices[1:] if c.confidence >= max(self.threshold, self.reroute_ratio * best.confidence)]
        for attempt, choice in enumerate(close[: self.max_reroutes], start=1):
            run.emit(
                Progress(
                    f"{best.worker} declined; rerouting to {choice.worker} ({choice.confidence:.2f})",
                    self.name,
                    run.run_id,
                )
            )
            result = await run.call(self.workers[choice.worker], request, position=f"reroute-{attempt}")
            if result.ok:
                run.supersede("route")
                return result
        return first


def _choice_dict(choice: Choice) -> dict[str, object]:
    return {"worker": choice.worker, "confidence": round(choice.confidence, 4), "reason": choice.reason}
