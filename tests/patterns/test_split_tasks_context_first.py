"""A statement before a compound request ("I'm off to Tanzania in June. Can you check whether ..., and summarise my
packing notes: ...") is the request's context: the request still opens after it, so ", and summarise" is a part of
its own (the whole request went to the fact-checker)."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks
from tests.patterns.test_routing_users import specialists

TWO_PARTS = [
    (
        "I'm off to Tanzania in June. Can you check whether it's true that Mount Kilimanjaro is in Tanzania, and "
        "summarise my packing notes for me: Pack light layers. The porters carry the main bags. Bring a head torch.",
        ["fact_checker", "summarizer"],
    ),
    (
        "We're in Rome next week. Could you check whether the Colosseum is in Rome, and summarise our itinerary: Day "
        "one is the Vatican. Day two is the Forum.",
        ["fact_checker", "summarizer"],
    ),
    (
        "My daughter has a quiz on Friday. Please verify that the Nile is the longest river, and summarize her notes: "
        "The Nile flows north. It ends in the Mediterranean.",
        ["fact_checker", "summarizer"],
    ),
    (
        "Busy week here. Can you work out 15% of 240, and summarise this memo: The office shuts at 3pm on Friday. "
        "Parking is free next week.",
        ["calculator", "summarizer"],
    ),
    (
        "I run a small bakery. Could you calculate 12 times 35, and write a short thank-you note to our supplier?",
        ["calculator", "writer"],
    ),
    (
        "Our club meets on Thursdays. Can you check if it's true that Everest is the tallest mountain, and draft an "
        "invite to the members for the quiz night?",
        ["fact_checker", "writer"],
    ),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("request_text", "workers"), TWO_PARTS)
async def test_the_request_after_a_statement_is_cut_at_its_new_instruction(
    decider: RankingDecider, request_text: str, workers: list[str]
) -> None:
    plan = await ClausePlanner(decider).plan(Request(request_text), specialists())
    assert [t.worker for t in plan.tasks] == workers, [(t.worker, t.text) for t in plan.tasks]


@pytest.mark.parametrize(
    "request_text",
    [
        # what comes before ", add" asks for nothing: it is what the instruction works on
        "We ate out last night. Total bill $84 for four of us, add 15% tip.",
        "Quick one. Rent is £900 a month, work out the yearly total.",
    ],
)
def test_a_statement_before_the_comma_stays_what_the_instruction_works_on(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1, [p.text for p in split_tasks(request_text)]
