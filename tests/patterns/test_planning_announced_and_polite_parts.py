"""Plans for parts a request announces or asks politely: a lead that announces the parts may end with a dash as
with a colon ("Three jobs for the care home please — a, b and c"); an announced item named by the kind of text it
is ("an email to Karen saying ...") is a text to write, not a thing to look up; and "..., and would you mind
checking ..." opens a part of its own, as "..., and can you check ..." does."""

import pytest

from patterns import RankingDecider
from patterns.lists import announced_items
from tests.patterns.test_planning_h14 import planned

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Three jobs for the care home please — how many staff hours is 14 carers on 7.5-hour shifts, write a note "
            "for the staff room saying the new rota starts Monday, and check whether it's true that the flu jab can "
            "give you flu.",
            ["calculator", "writer", "fact_checker"],
        ),
        (
            "Two things please - what's 15% of 80, and write a text to Jo saying dinner is at 8.",
            ["calculator", "writer"],
        ),
        (
            "Three quick ones – 45 times 12, who wrote Hamlet, and is it true that bats are blind?",
            ["calculator", "researcher", "fact_checker"],
        ),
        (
            "Three jobs: 25% of £640, an email to Karen saying the stock take is on Sunday, and who painted the Mona "
            "Lisa?",
            ["calculator", "writer", "researcher"],
        ),
        (
            "Two things: a note to the cleaners that the office is shut on Monday, and 12% of 3,400.",
            ["writer", "calculator"],
        ),
        (
            "Three things — a text to Mum saying I'll be late, 18 times 24, and a reminder for the team about Friday's "
            "meeting.",
            ["writer", "calculator", "writer"],
        ),
    ],
)
async def test_each_announced_item_goes_to_its_own_worker(
    decider: RankingDecider, request_text: str, expected: list[str]
) -> None:
    assert [worker for worker, _, _ in await planned(decider, request_text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Write a note - the car park shuts at 6, bring a coat, and the party is at 7.",
        "Quick one - what is 3/8 of an inch in millimetres?",
        "My 7.5-hour shifts - 14 carers, 3 nurses and 2 cooks.",
        "Three jobs - 25% of 640 and who wrote Hamlet.",  # two items where three were announced
    ],
)
def test_a_dash_after_words_that_announce_no_list_is_no_list(text: str) -> None:
    assert announced_items(text) is None


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Can you convert 5 miles into km, and would you mind checking if it's true that the Moon is bigger than "
            "the Earth?",
            ["calculator", "fact_checker"],
        ),
        (
            "Could you work out 15% of 80, and would you mind checking whether bats are blind?",
            ["calculator", "fact_checker"],
        ),
        (
            "Please summarise this for me, and would you mind checking it for mistakes? The shop opens at 9. It "
            "closes at 5.",
            ["summarizer"],
        ),
        ("Write a note to Sam about the party, and would you mind making it short?", ["writer"]),
    ],
)
async def test_would_you_mind_opens_a_part_only_when_it_asks_for_something_new(
    decider: RankingDecider, request_text: str, expected: list[str]
) -> None:
    assert [worker for worker, _, _ in await planned(decider, request_text)] == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        (
            "Find out which is the largest ocean and what 3.5 kg is in pounds.",
            [("researcher", "Find out which is the largest ocean"), ("calculator", "Tell me what 3.5 kg is in pounds")],
        ),
        (
            "Can you tell me who painted the Mona Lisa and what 15% of 240 is?",
            [
                ("researcher", "Can you tell me who painted the Mona Lisa"),
                ("calculator", "Can you tell me what 15% of 240 is?"),
            ],
        ),
        (
            "Look up when the Berlin Wall fell and how many days are in 3 weeks.",
            [
                ("researcher", "Look up when the Berlin Wall fell"),
                ("calculator", "Tell me how many days are in 3 weeks"),
            ],
        ),
        (
            "Please work out what 18 times 24 is and whether it's true that bats are blind.",
            [
                ("calculator", "Work out what 18 times 24 is"),
                ("fact_checker", "Tell me whether it's true that bats are blind"),
            ],
        ),
        (
            "find out who discovered penicillin and how many grams are in 2.5 kg",
            [
                ("researcher", "Find out who discovered penicillin"),
                ("calculator", "Tell me how many grams are in 2.5 kg"),
            ],
        ),
        (
            "Could you tell me what the capital of Peru is, and what 12% of 450 is?",
            [
                ("researcher", "Could you tell me what the capital of Peru is"),
                ("calculator", "Could you tell me what 12% of 450 is?"),
            ],
        ),
    ],
)
async def test_one_asking_verb_over_two_questions_asks_each_of_its_own_worker(
    decider: RankingDecider, request_text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(worker, text) for worker, text, _ in await planned(decider, request_text)] == expected


@pytest.mark.parametrize(
    "request_text",
    [
        "Find out who wrote Hamlet and when he was born.",
        "Find out how tall Everest is and how long it takes to climb it.",
        "Tell me what the capital of France is and what its population is.",
        "Tell me what salt and pepper cost.",
    ],
)
async def test_a_second_question_about_the_first_or_one_about_two_things_stays_whole(
    decider: RankingDecider, request_text: str
) -> None:
    assert len(await planned(decider, request_text)) == 1
