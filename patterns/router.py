"""Router: send a request to the one worker that fits it best, or say that none does.

The decider ranks the workers; the best is called when its confidence reaches ``threshold``. Below it the
router does not guess: a ``fallback`` worker answers when one is given, and otherwise the result is a failure
saying no suitable agent exists and which came closest.
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
        return await run.call(self.workers[best.worker], request, position="route")


def _choice_dict(choice: Choice) -> dict[str, object]:
    return {"worker": choice.worker, "confidence": round(choice.confidence, 4), "reason": choice.reason}
