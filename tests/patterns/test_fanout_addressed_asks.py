"""A fan-out sent to the agents a request names ("Have the calculator and the researcher both answer this: how many
metres are in a mile?", with those agents chosen) asks each of them what follows the addressing: no agent reads
its own name, or the other's, as part of its job. A request that names other agents, or none, goes whole."""

from __future__ import annotations

import pytest

from patterns import RankingDecider, Request
from patterns.asks import OwnAsks
from tests.patterns.test_routing_users import specialists

pytestmark = pytest.mark.anyio


def team(*names: str):
    return [w for w in specialists() if w.name in names]


@pytest.mark.parametrize(
    ("request_text", "names", "asked"),
    [
        ("Have the calculator and the researcher both answer this: how many metres are in a mile?",
         ("calculator", "researcher"), "how many metres are in a mile?"),
        ("Ask both the fact checker and the researcher: did the Berlin Wall fall in 1989?",
         ("fact_checker", "researcher"), "did the Berlin Wall fall in 1989?"),
        ("Get the summarizer and the writer to each give me a short version of this: The pool shuts on Monday.",
         ("summarizer", "writer"), "give me a short version of this: The pool shuts on Monday."),
        ("Let the researcher and the fact-checker both answer: is the Great Wall visible from space?",
         ("fact_checker", "researcher"), "is the Great Wall visible from space?"),
        ("Can you ask the calculator and the researcher: how many feet are in a mile?",
         ("calculator", "researcher"), "how many feet are in a mile?"),
        ("Send this to the researcher and the fact checker: the Eiffel Tower opened in 1889",
         ("fact_checker", "researcher"), "the Eiffel Tower opened in 1889"),
    ],
)  # fmt: skip
async def test_each_named_agent_gets_what_is_asked(
    decider: RankingDecider, request_text: str, names: tuple[str, ...], asked: str
) -> None:
    sent = await OwnAsks(team(*names), decider)(Request(request_text), len(names))
    for request in sent:
        assert request.text.lower().endswith(asked.lower())
        assert "researcher" not in request.text.lower() and "calculator" not in request.text.lower()


@pytest.mark.parametrize(
    ("request_text", "names"),
    [
        ("Have the writer and the summarizer both answer this: how many metres are in a mile?",
         ("calculator", "researcher")),  # other agents named than those sent to
        ("The Berlin Wall came down in 1989 - can you both confirm that?", ("fact_checker", "researcher")),
        ("how many metres are in a mile?", ("calculator", "researcher")),
    ],
)  # fmt: skip
async def test_other_requests_go_whole(decider: RankingDecider, request_text: str, names: tuple[str, ...]) -> None:
    sent = await OwnAsks(team(*names), decider)(Request(request_text), len(names))
    assert [r.text for r in sent] == [request_text] * len(names)
