"""Search: skill and tag filters, free text ranked like the router, status, limit and stable cursors."""

from __future__ import annotations

import httpx
import pytest

from agents.models.embeddings import default_ranker
from patterns.ranking import Ranker
from servers.registry.cards import parse_card
from servers.registry.search import SearchIndex
from tests.registry.conftest import AUTH, make_card

pytestmark = pytest.mark.anyio

AGENTS = {
    "calculator": (
        "Does exact arithmetic and percentages",
        [("arithmetic", "Arithmetic", "Adds, multiplies", ["math"])],
    ),
    "statistician": (
        "Means, medians and deviations",
        [("statistics", "Statistics", "Averages lists", ["math", "data"])],
    ),
    "writer": ("Drafts prose: essays, emails, stories", [("draft", "Drafting", "Writes text", ["writing"])]),
    "reviewer": (
        "Reviews code for bugs and style",
        [("review", "Code review", "Finds bugs in Python", ["code"])],
    ),
}


async def register_all(registry: httpx.AsyncClient) -> None:
    for name, (description, skills) in AGENTS.items():
        card = make_card(name, description=description, skills=skills)
        assert (await registry.post("/agents", json={"card": card}, headers=AUTH)).status_code == 201


def names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [a["name"] for a in response.json()["agents"]]


async def test_filters_by_skill_id_or_name_and_by_tag(registry) -> None:
    await register_all(registry)
    assert names(await registry.get("/agents", params={"skill": "statistics"})) == ["statistician"]
    assert names(await registry.get("/agents", params={"skill": "Code Review"})) == ["reviewer"]
    assert names(await registry.get("/agents", params={"tag": "math"})) == ["calculator", "statistician"]
    assert names(await registry.get("/agents", params={"tag": "MATH", "skill": "arithmetic"})) == ["calculator"]
    assert names(await registry.get("/agents", params={"tag": "cooking"})) == []


async def test_free_text_ranks_the_best_match_first(registry) -> None:
    await register_all(registry)
    assert names(await registry.get("/agents", params={"q": "find bugs in my python code"}))[0] == "reviewer"
    assert names(await registry.get("/agents", params={"q": "write an email to my boss"}))[0] == "writer"
    ranked = names(await registry.get("/agents", params={"q": "average of these numbers", "tag": "math"}))
    assert ranked[0] == "statistician" and set(ranked) == {"calculator", "statistician"}


async def test_cursors_page_through_everything_once(registry) -> None:
    await register_all(registry)
    for params in ({}, {"q": "numbers and text"}):
        seen, cursor = [], None
        while True:
            query = {**params, "limit": "1", **({"cursor": cursor} if cursor else {})}
            body = (await registry.get("/agents", params=query)).json()
            seen += [a["name"] for a in body["agents"]]
            cursor = body["next_cursor"]
            if cursor is None:
                break
        assert sorted(seen) == sorted(AGENTS) and len(seen) == len(AGENTS)
        if not params:
            assert seen == sorted(AGENTS)


async def test_a_list_cursor_is_refused_for_a_ranked_query(registry) -> None:
    await register_all(registry)
    cursor = (await registry.get("/agents", params={"limit": 1})).json()["next_cursor"]
    response = await registry.get("/agents", params={"q": "math", "cursor": cursor})
    assert response.status_code == 400


def test_the_index_orders_like_the_ranker() -> None:
    ranker = default_ranker()
    parsed = [parse_card(make_card(n, description=d, skills=s)) for n, (d, s) in AGENTS.items()]
    index = SearchIndex(ranker)
    for card in parsed:
        index.add(card.name, card.document, index.encode(card.document))
    for query in ("bugs in code", "percentages", "write a story", "median"):
        expected = [parsed[s.index].name for s in ranker.rank(query, [p.document for p in parsed])]
        got = [hit.name for hit in index.search(query, limit=10)]
        assert got == expected if ranker.semantic else got == expected[: len(got)]


def test_the_lexical_index_leaves_out_agents_sharing_no_word() -> None:
    index = SearchIndex(Ranker())
    index.add("a", "adds numbers", None)
    index.add("b", "writes poems", None)
    assert [h.name for h in index.search("numbers")] == ["a"]
    index.remove("a")
    assert index.search("numbers") == []
