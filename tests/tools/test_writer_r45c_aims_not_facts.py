"""What a text should achieve with its readers ("an advert for my shop that will make more customers come", "a post
for the cafe that makes people want to visit", "a flyer to bring in more guests") is the asker's goal, never a fact
to state ("My shop will make more customers come."): with no facts given the writer asks for them; with facts given
it writes from those. Near-misses: a clause that states a fact in the same shape ("a shop that sells phone cases",
"a bakery that delivers bread to the village") is content and is written."""

from __future__ import annotations

import pytest

from agents.models import LocalModel
from agents.runtime import Agent
from agents.spec import builtin_spec
from servers.tools.writer import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


async def write(request: str):
    async with Agent(builtin_spec("writer"), LocalModel(), local_servers={"writer": create_server()}) as agent:
        return await agent.run(request)


@pytest.mark.parametrize(
    "request_text",
    [
        "write an ad for my barber shop that brings in more customers",
        "Can you write an advert for my salon that will get more people in?",
        "Write a facebook post for our taqueria that makes people want to visit",
        "Please compose an advertisement for our guesthouse which will attract more guests.",
        "need a flyer for the garage to pull in more business",
        "write a post for my stall that will make more buyers come",
    ],
)
async def test_a_goal_for_the_text_with_no_facts_is_declined_asking_for_them(request_text: str):
    result = await write(request_text)
    assert result.status != "completed", result.text
    assert "points" in result.text or "facts" in result.text


@pytest.mark.parametrize(
    ("request_text", "facts"),
    [
        (
            "write an ad for my barber shop that brings in more customers: fades from 80 cedis; open 9am to 9pm",
            ["80 cedis", "9am to 9pm"],
        ),
        (
            "Write a post for our taqueria that makes people want to visit. We open at noon and tacos are 3 for $10.",
            ["noon", "3 for $10"],
        ),
    ],
)
async def test_a_goal_for_the_text_with_facts_is_written_from_the_facts(request_text: str, facts: list[str]):
    result = await write(request_text)
    assert result.status == "completed", result.text
    for fact in facts:
        assert fact in result.text
    assert "customers" not in result.text.lower() and "visit" not in result.text.lower()


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        ("write an advert for my shop that sells phone cases and chargers", "phone cases and chargers"),
        ("write an advert for my repair shop that fixes cracked screens in 30 minutes", "30 minutes"),
    ],
)
async def test_a_clause_that_states_a_fact_is_content(request_text: str, said: str):
    result = await write(request_text)
    assert result.status == "completed", result.text
    assert said in result.text
