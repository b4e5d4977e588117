"""Round 36: how a question came up, said after it in other words (someone asking, talking or arguing of it, the
user's habit under a label), kept with the question; and near-misses that still ask for something of their own."""

import pytest

from patterns import split_tasks
from patterns.occasions import tells_how_it_came_up


@pytest.mark.parametrize(
    "request_text",
    [
        "What is the normal resting heart rate range for an adult? The nurses were on about it on the ward.",
        "Who proved Fermat's Last Theorem? One of my sixth formers asked and I'd like the details right.",
        "How tall is Mount Everest? A colleague brought it up at lunch and we couldn't agree.",
        "What is the boiling point of water at sea level? The kids were arguing about it in the car.",
        "Who painted the Mona Lisa? Somebody at the pub quiz got it wrong last night.",
        "How far is the Sun from the Earth? Our teacher mentioned it today.",
        "Why do leaves change colour in autumn? My niece asked me on our walk and I had no idea.",
        "When did the Berlin Wall fall? Two of my customers were debating it this morning.",
        "I've £18,000 in a fixed-rate bond at 4.35% compounded annually for 5 years. What will it be worth at "
        "maturity? Old habits - I like to check the bank's figures.",
        "What's 15% of £240? Force of habit - I always double-check the till.",
        "How many bones are in the human body? Everyone in the staff room was wondering.",
        "Who proved Fermat's Last Theorem? One of my sixth formers asked. I'd like the details right.",
        "When was the Magna Carta sealed? A pupil asked me. I want to get it right.",
    ],
)
def test_how_the_question_came_up_stays_with_it(request_text: str) -> None:
    assert [p.text for p in split_tasks(request_text)] == [request_text.removesuffix(".")]


@pytest.mark.parametrize(
    ("request_text", "parts"),
    [
        ("Who proved Fermat's Last Theorem? My students need a short summary of the proof.", 2),
        ("What is the boiling point of water? The kids want you to check 12 times 8 too.", 2),
        ("What is the speed of light? The students should write a poem about it.", 2),
        ("Who painted the Mona Lisa? Then tell my friend the answer in an email.", 2),
        ("What is 15% of £240? A colleague asked me to also convert 5 km to miles.", 2),
        ("What causes the blue colour of the sky? A workshop student asked me, and also write a tweet about it.", 2),
        ("How tall is the Eiffel Tower? My friends asked me. Also, what is 12 times 9?", 2),
        ("What is 12% of 850? Then write a note to the team about it.", 2),
    ],
)
def test_a_job_of_its_own_after_a_question_is_still_a_part(request_text: str, parts: int) -> None:
    assert len(split_tasks(request_text)) == parts


@pytest.mark.parametrize(
    "sentence",
    [
        "My colleague said it's 8,849 metres",  # a figure: a guess at the answer, read elsewhere
        "The Eiffel Tower opened in 1889",
        "The team finished the project last week",  # nothing of the question or the user
        "Please ask the nurses about it",
        "My class wants a poem about it",
        "Old habits - write me an email about it",
        "I'd like a summary of it",
        "I'd like the details of the 1215 charter",
    ],
)
def test_what_is_not_how_the_question_came_up(sentence: str) -> None:
    assert not tells_how_it_came_up(sentence)


@pytest.mark.parametrize(
    "request_text",
    [
        "A workshop student asked me something I couldn't answer. What causes the blue colour of the sky?",
        "The nurses were on about it on the ward today. What is the normal resting heart rate for an adult?",
        "My sixth formers were arguing in class. Who proved Fermat's Last Theorem?",
        "What's the boiling point of water at altitude? We're camping in the Alps and the kids keep asking.",
    ],
)
def test_how_the_question_came_up_said_before_it_or_by_the_user_stays_with_it(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1
