"""A request for a message stays one writing job when it opens with a hedge ("Reckon you could write ...", "Any
chance you could draft ...") and its facts follow in the next sentence, or when a clause after a number still tells
of the person the message is to ("... Brian, the driver on the number 7, who handed in my purse"). A list of
things after a colon ends at its full stop when "And <question>?" follows: that question is a part of its own.
"""

import pytest

from patterns import RankingDecider, split_tasks
from tests.patterns.test_routing_users import specialists

HEDGED = [
    "Reckon you could write a quick text to the footy parents? Training's moved to Wednesday arvo, 4:30 at the oval, "
    "bring water bottles.",
    "Any chance you could write a note for the cleaners? The office is shut on Friday, keys are with reception.",
    "Reckon you could draft a message to the choir? Rehearsal moves to the church hall, 7pm as usual.",
    "Suppose you could write a quick email to the tenants? The lift is out of order until Monday.",
    "Do you think you could write a short notice for the gym? The sauna is closed this week for repairs.",
    "Any chance you could put together a post for the allotment group? Seed swap is Sunday 10am at the shed.",
]


@pytest.mark.parametrize("request_text", HEDGED)
def test_a_hedged_request_for_a_message_and_its_facts_is_one_job(decider: RankingDecider, request_text: str) -> None:
    (piece,) = split_tasks(request_text)
    assert request_text.split("? ", 1)[1].rstrip(".")[:20] in piece.text
    assert decider.rank_now(request_text, specialists())[0].worker == "writer"


TOLD_OF = [
    "Write a short thank-you note to Brian, the bus driver on the number 7, who handed in my purse with everything "
    "still in it.",
    "Write a card to Mrs Shah at number 14, who fed our cat while we were away.",
    "Draft an email to the plumber from flat 3, who fixed the leak on Sunday, to say thanks.",
    "Write a note to the driver of bus 42, who waited for my daughter in the rain.",
    "Write a thank-you message to the nurses on Ward 9, who looked after my dad.",
    "Compose a letter to my neighbour at number 12, who lent us a ladder, saying thanks.",
]


@pytest.mark.parametrize("request_text", TOLD_OF)
def test_a_clause_after_a_number_in_a_message_tells_of_its_person(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1


@pytest.mark.parametrize(
    "request_text",
    ["what is 15% of 80, who wrote Hamlet", "What's 20% of 150, who painted the Mona Lisa?"],
)
def test_a_question_after_a_sum_is_still_a_part_of_its_own(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 2


LISTS_THEN_QUESTIONS = [
    "Write a shopping list note: milk, bread, eggs, nappies. And what will the weather be like at the park tomorrow?",
    "Make a packing list: sun cream, hats, towels, a picnic blanket. And how far is Brighton from London?",
    "Write a note for the fridge: bins, recycling, cat food. And what's 15% of 240?",
    "Draft a to-do note: call the bank, book the MOT, pay the window cleaner. And who wrote Hamlet?",
    "Write a list for the party: balloons, candles, paper plates and napkins. And will it rain on Saturday?",
    "Write a baking list: flour, sugar, butter, eggs. And how many grams are in a pound?",
]


@pytest.mark.parametrize("request_text", LISTS_THEN_QUESTIONS)
def test_a_question_after_a_list_of_things_is_a_part_of_its_own(request_text: str) -> None:
    first, second = split_tasks(request_text)
    assert "?" not in first.text and second.text.endswith("?")


@pytest.mark.parametrize(
    "request_text",
    [
        "Make this polite: Where is my refund?? And why has nobody replied?",  # the text to rewrite asks it
        "Write an email to my landlord: the boiler is broken. And when will it be fixed?",  # the email asks it
        "Proofread this: We sold cakes, tea, coffee and scones. And what a day it was!",
    ],
)
def test_a_question_inside_a_text_stays_in_it(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1
