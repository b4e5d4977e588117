"""Router: send a request to the one worker that fits it best, or say that none does.

The decider ranks the workers; the best is called when its confidence reaches ``threshold``. Below it the
router does not guess: a ``fallback`` worker answers when one is given, and otherwise it declines (``rejected``),
saying no suitable agent exists and which came closest. A best worker that is not ``sure`` (its confidence is
under that level) is close only by chance when the request opens with an action no worker declares ("Translate
this into German: ...", "Draw me a map": ``deciding.unclaimed_action``): the router declines (``rejected``, one
line naming the action and the closest worker), or asks its ``fallback``, rather than hand the request to
whoever ranked first on noise.

A worker that declines the request as beyond it (``rejected``) is not the end when the ranking was close and
the runner-up fits the request on its own: the next candidates whose confidence is within ``reroute_ratio`` of
the best (and above ``threshold``) *and* for whom the request's instruction names something they declare and
the declining worker does not (``deciding.evidence_for``: a summarizer is not asked to "complete" a question
the researcher could not answer, only because the two rank close), or that declare the verb the instruction
opens with when the declining worker does not (``deciding.declares_instruction``), are asked in turn, at most
``max_reroutes`` of them, and the first that completes the request answers it. A worker that asks for more
input (``input-required``) fits the request and only lacks material, so its answer stands. When no candidate
completes the request, the best one's answer is returned: it fits the request best, so it says most about why
(a closer candidate's "send me the text" would not). Each attempt is its own step in the run record, and the
record's ``answered_by`` names the one whose answer is returned.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from patterns.base import Pattern, PatternOptions, merged_skills, unique_names
from patterns.deciding import Choice, Decider, RankingDecider, declares_instruction, unclaimed_action
from patterns.declared import evidence_for
from patterns.run import Run
from patterns.worker import Progress, Request, Result, Skill, Worker


class Router(Pattern):
    """Routes each request to the best-fitting worker.

    ``threshold`` and ``sure`` are on the decider's confidence scale (for ``RankingDecider`` with embeddings: a
    blended cosine, where unrelated text scores about 0-0.2 and a clear match 0.3 or more). The plan kept in the
    run record is the top choices with their confidences.
    """

    pattern = "router"

    def __init__(
        self,
        workers: Sequence[Worker],
        *,
        decider: Decider | None = None,
        fallback: Worker | None = None,
        threshold: float = 0.05,
        sure: float = 0.35,
        reroute_ratio: float = 0.7,
        max_reroutes: int = 1,
        name: str = "router",
        description: str | None = None,
        skills: Sequence[Skill] | None = None,
        **options: Unpack[PatternOptions],
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
        self.sure = sure
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
            because = f"No suitable agent for this request{closest}."
            return Result(text=because, status="rejected", error=because, worker=self.name)  # an honest decline
        action = unclaimed_action(request.text, list(self.workers.values())) if best.confidence < self.sure else None
        if action is not None:  # the closest worker is close only by chance: none of them does this
            because = f"no agent here can {action} this (closest: {best.worker} at {best.confidence:.2f})"
            if self.fallback is not None:
                run.emit(Progress(f"{because}; asking {self.fallback.name}", self.name, run.run_id))
                return await run.call(self.fallback, request, position="fallback")
            run.emit(Progress(because, self.name, run.run_id))
            return Result(text=f"Declined: {because}.", status="rejected", error=because, worker=self.name)
        run.emit(Progress(f"routing to {best.worker} ({best.confidence:.2f})", self.name, run.run_id))
        declining = self.workers[best.worker]
        first = await run.call(declining, request, position="route")
        run.answered_by("route")
        if first.status != "rejected":
            return first
        least = max(self.threshold, self.reroute_ratio * best.confidence)
        close = [
            (choice, evidence)
            for choice in choices[1:]
            if choice.confidence >= least and (evidence := self._evidence(request.text, choice.worker, declining))
        ]
        for attempt, (choice, evidence) in enumerate(close[: self.max_reroutes], start=1):
            position = f"reroute-{attempt}"
            because = ", ".join(evidence[:3])
            run.emit(
                Progress(
                    f"{best.worker} declined; rerouting to {choice.worker} ({choice.confidence:.2f}; {because})",
                    self.name,
                    run.run_id,
                )
            )
            result = await run.call(self.workers[choice.worker], request, position=position)
            if result.ok:
                run.supersede("route")
                run.answered_by(position)
                return result
        return first

    def _evidence(self, text: str, candidate: str, declining: Worker) -> list[str]:
        """Why ``candidate`` may answer what ``declining`` declined: the words of the request it declares and the
        other does not, or the instruction's verb when only it declares that ("Draft ..." after a summarizer's
        no); empty when it has no better claim to the request."""
        worker = self.workers[candidate]
        evidence = evidence_for(text, worker, declining)
        if not evidence and declares_instruction(worker, declining, text):
            evidence = ["the instruction's verb"]
        return evidence


def _choice_dict(choice: Choice) -> dict[str, object]:
    return {"worker": choice.worker, "confidence": round(choice.confidence, 4), "reason": choice.reason}
