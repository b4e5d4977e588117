"""The six specialists as the router sees them (their real cards), and the worker it picks for a request."""

from cards import load_card_json
from patterns import ClausePlanner, RankingDecider, Request, Skill
from patterns.handed_material import with_handed_material
from tests.patterns.scripted import Scripted

AGENTS = ("calculator", "researcher", "writer", "summarizer", "fact_checker", "code_reviewer")


def specialists() -> list[Scripted]:
    workers = []
    for name in AGENTS:
        card = load_card_json(name)
        skills = [Skill.from_card(s) for s in card["skills"]]
        workers.append(Scripted(name, description=card["description"], skills=skills))
    return workers


def routed(decider: RankingDecider, text: str) -> str:
    """The worker ranked first for ``text`` as it is written."""
    return decider.rank_now(text, specialists())[0].worker


def routed_handed(decider: RankingDecider, text: str) -> str:
    """The worker ranked first for ``text`` as the orchestrator hands it over (its material set apart)."""
    return decider.rank_now(with_handed_material(text), specialists())[0].worker


async def tasks(decider: RankingDecider, text: str) -> list[tuple[str | None, str, tuple[str, ...]]]:
    """The offline planner's tasks for ``text``: each task's worker, text and the tasks it depends on."""
    plan = await ClausePlanner(decider).plan(Request(text), specialists())
    return [(t.worker, t.text, t.depends_on) for t in plan.tasks]
