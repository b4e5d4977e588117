"""One writing job and the sentences that give its facts, and one question and what is told of the person it is
about: a noun before a modal is the subject of a statement ("Email will be down on Sunday"), a text named with a
"please" is still named, a bare order of what to put in the text ("Mention there'll be tea and cake") is the text's
content, a few kinds are texts only after a verb that writes them ("a short reference for Tom"), and "She's got a
temperature" after a question about the user's child is what the answer is for."""

import pytest

from patterns import RankingDecider, split_tasks
from patterns.forms import only_figures
from patterns.material import opens_instruction
from patterns.remarks import tells_of_them
from tests.patterns.routed import routed


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a maintenance notice for staff. Email will be unavailable on Sunday from 02:00 to 04:00 UTC for a "
        "server upgrade, so save your work beforehand.",
        "Draft a message to the tenants. Post will be left in the office while the letterboxes are replaced.",
        "Write a reminder for the team. Order must be placed by Thursday noon for the Friday lunch.",
        "Write a notice for the canteen. Check won't be accepted after this month, only cards and cash.",
        "LinkedIn post please. I've just passed my CompTIA Security+ exam after 3 months of evening study, and I want "
        "to thank my mentor Dana.",
        "Instagram caption, thanks. We've reopened the café after the refit and the first coffee is on us.",
        "Write a short reference for Tom Reyes. He worked in our bakery from 2021 to 2024, was reliable, always on "
        "time, and trained two new starters.",
        "Could you write a eulogy for my grandad? He was a miner for 40 years and loved his pigeons.",
    ],
)
def test_the_facts_after_a_writing_job_are_its_material(decider: RankingDecider, request_text: str) -> None:
    (piece,) = split_tasks(request_text)
    assert "\n" in piece.text or piece.text.rstrip(".") == request_text.rstrip(".")
    assert routed(decider, request_text) == "writer"


@pytest.mark.parametrize(
    "request_text",
    [
        "Our allotment society AGM is on Wednesday 19 November at 7.30pm in the church hall. Can you write the "
        "invitation to members? Mention there'll be tea and cake.",
        "Write a note to the team about Friday drinks. Make sure you mention the bar tab is 200 pounds.",
        "Write an email to my landlord about the boiler. Say it has been broken since Monday.",
        "Draft a welcome message for new volunteers. Don't forget to include where to park.",
        "Write a poster for the school fair. Please also note that entry is free for under-fives.",
        "Can you outline a first aid refresher evening for our scout leaders? Topics are CPR, burns, choking, and when "
        "to call 999.",
    ],
)
def test_an_order_of_what_the_text_says_is_part_of_the_writing_job(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1


@pytest.mark.parametrize(
    ("request_text", "parts"),
    [
        ("Write a note to the team. What is 15% of 80?", 2),
        ("Write a note to the team, then add up 12 and 30.", 2),
        ("Write a short reference for Tom. Also, who wrote Hamlet?", 2),
    ],
)
def test_a_job_of_its_own_after_a_writing_job_is_a_part(request_text: str, parts: int) -> None:
    assert len(split_tasks(request_text)) == parts


@pytest.mark.parametrize(
    ("words", "opens"),
    [(["email", "will"], False), (["order", "must"], False), (["email", "the"], True), (["check", "this"], True)],
)
def test_a_verb_followed_by_a_modal_is_a_subject(words: list[str], opens: bool) -> None:
    assert opens_instruction(words) is opens


@pytest.mark.parametrize(
    "request_text",
    [
        "How much Calpol should I give my 4 year old? She's got a temperature.",
        "How much ibuprofen can my husband take? He weighs 80 kg.",
        "Can my dog eat grapes? He keeps begging at the table.",
        "What should I feed my puppy? He is 12 weeks old and 6 kg.",
        "how long should my teenager sleep? she's up till 1am every night",
        "What can I give our toddler for teething? They've been crying all night.",
    ],
)
def test_what_is_told_of_the_person_a_question_is_about_stays_with_it(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1


@pytest.mark.parametrize(
    ("sentence", "question", "told"),
    [
        ("She's got a temperature.", "How much Calpol should I give my 4 year old?", True),
        ("He was born in 1564.", "Who wrote Hamlet?", False),  # no one of the user's
        ("It flows through Egypt.", "Is the Nile the longest river?", False),
        ("Is she ok?", "How much Calpol should I give my daughter?", False),
    ],
)
def test_tells_of_them_needs_someone_of_the_users_asked_about(sentence: str, question: str, told: bool) -> None:
    assert tells_of_them(sentence, question) is told


@pytest.mark.parametrize(
    "request_text",
    [
        "Can you give me the mean of my students' test scores? 72, 85, 91, 64, 78, 88",
        "What is the average of these? 4, 8, 15, 16",
        "Work out the median. 3, 9, 4, 7, 1",
        "whats the range of my lap times? 61.2, 59.8, 60.5",
        "Add up what I spent this week. £12, £8.50 and £3.20",
        "What's the standard deviation of my weights? 71kg, 70.5kg, 72kg, 69kg",
    ],
)
def test_a_list_of_figures_after_a_question_is_its_data(decider: RankingDecider, request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1
    assert routed(decider, request_text) == "calculator"


@pytest.mark.parametrize(
    ("text", "figures"),
    [("72, 85, 91, 64", True), ("£12, £8.50 and £3", True), ("7 times 8?", False), ("42", False)],
)
def test_only_figures_reads_a_list_of_two_or_more(text: str, figures: bool) -> None:
    assert only_figures(text) is figures


@pytest.mark.parametrize(
    "request_text",
    [
        "Laptop is listed at $1,249. There's 15% off, then 8.25% sales tax is charged on the discounted price. What do "
        "I actually pay?",
        "Sofa is £900. There's 10% off, then delivery is £45 on top. What's my total?",
        "The jacket is €120, it's 25% off, then VAT at 20% is added. What do I pay?",
        "Rent is 1,150 a month. It goes up 3% in April, then another 2% is added in October. What will it be?",
    ],
)
def test_a_quantity_given_after_then_goes_on_with_the_story(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1


@pytest.mark.parametrize(
    ("request_text", "parts"),
    [
        ("There's 20% off, then check the VAT rule.", 2),
        (
            "Take these notes, summarize them, and then turn the summary into a short email to the team: The offsite "
            "is on 9 October. Coaches leave at 8.",
            2,
        ),
    ],
)
def test_an_order_after_then_is_a_step_of_its_own(request_text: str, parts: int) -> None:
    assert len(split_tasks(request_text)) == parts
