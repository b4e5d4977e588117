"""Plans and routes for requests as users write them (issue 9, the tenth tuning set's families): the user saying who
they are ("Small landlord here.") is no pointer at a text; "Three quick ones." only announces the parts; a message
named by the verb that sends it ("Email my client Dana a friendly nudge.") takes the facts after it; a text named by
its kind is the writer's, whatever length it is held to; how a question wants its answer said ("in simple words")
names no one's job."""

import pytest

from patterns import RankingDecider, split_tasks
from patterns.handoff import step_text
from patterns.jobs import names_text_to_write
from patterns.lists import announces_list
from patterns.manner import without_manner
from tests.patterns.routed import routed
from tests.patterns.test_routing_users import specialists


@pytest.mark.parametrize(
    "request_text",
    [
        "Small landlord here. Rent on the flat is 1,150 a month and I'm putting it up by 3.5% at renewal. What's the "
        "new monthly rent?",
        "Night nurse here. The drip runs at 125 ml an hour for 8 hours. How many ml in total?",
        "Freelance designer here. I charge 45 an hour and the job took 12 hours. What should I invoice?",
        "Retired teacher here! My pension is 1,900 a month and goes up 2.5% in April. What will it be after the rise?",
    ],
)
def test_the_user_saying_who_they_are_is_no_pointer_at_a_text(decider: RankingDecider, request_text: str) -> None:
    (piece,) = split_tasks(request_text)
    assert piece.text == request_text
    assert routed(decider, request_text) == "calculator"


def test_a_text_said_to_be_here_still_points_at_what_follows() -> None:
    first, _ = split_tasks("Text here. The meeting is on Monday at 9 and everyone must attend. Summarize it.")
    assert first.text == "Text here:\n\nThe meeting is on Monday at 9 and everyone must attend."


@pytest.mark.parametrize(
    ("request_text", "asked"),
    [
        (
            "Three quick ones. What's 2 to the power of 10? What's the capital of Canada? And can you check whether "
            "spiders have eight legs?",
            [
                "What's 2 to the power of 10?",
                "What's the capital of Canada?",
                "Can you check whether spiders have eight legs?",
            ],
        ),
        (
            "Three quick ones. What's 7 times 8? Who wrote Hamlet? And check whether bats are blind.",
            ["What's 7 times 8?", "Who wrote Hamlet?", "Check whether bats are blind"],
        ),
        (
            "Two quick ones. What is 12% of 250? Who painted the Mona Lisa?",
            ["What is 12% of 250?", "Who painted the Mona Lisa?"],
        ),
        (
            "Two bits. Who discovered penicillin? What is 40 divided by 8?",
            ["Who discovered penicillin?", "What is 40 divided by 8?"],
        ),
    ],
)
def test_a_counted_announcement_of_the_parts_is_no_part(request_text: str, asked: list[str]) -> None:
    assert [p.text for p in split_tasks(request_text)] == asked


@pytest.mark.parametrize("sentence", ["Quick ones.", "Three quick ones about Hamlet and the play.", "These ones."])
def test_parts_words_without_a_count_announce_nothing(sentence: str) -> None:
    assert not announces_list(sentence)


@pytest.mark.parametrize(
    "request_text",
    [
        "Email my client Dana a friendly nudge. Invoice INV-2041 for $1,850 was due on March 3rd and my bank details "
        "haven't changed.",
        "Message my landlord Tom a polite reminder. The boiler has been broken since 2 May and the repair was promised "
        "for last week.",
        "email Priya a short thank-you. She covered my shift on Friday and brought cake.",
        "Email the parents a quick heads-up. The coach leaves at 8:15 and costs 12 pounds each.",
    ],
)
def test_a_message_named_by_the_verb_that_sends_it_takes_the_facts_after_it(
    decider: RankingDecider, request_text: str
) -> None:
    (piece,) = split_tasks(request_text)
    message, facts = request_text.split(". ", 1)
    assert piece.instruction.lower() == message.lower()
    assert piece.text.endswith(facts)
    assert routed(decider, request_text) == "writer"


@pytest.mark.parametrize(
    "sentence", ["Text me a reminder", "Email the team", "Email a copy to finance", "email address for the council"]
)
def test_sending_without_whom_and_what_names_no_message_to_write(sentence: str) -> None:
    assert not names_text_to_write(sentence)


def test_a_question_after_sending_nothing_named_is_a_part_of_its_own() -> None:
    assert [p.text for p in split_tasks("Text me a reminder. What is 15% of 80?")] == [
        "Text me a reminder",
        "What is 15% of 80?",
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Message to the under-12s parents, two sentences max. Training moves to Thursdays at 5:30 at Riverside Park "
        "starting next week, and kids should bring shin pads and water.",
        "Note for the cleaners, one sentence. The office is shut on Friday and keys are at reception.",
        "Reminder to the choir, three sentences max. Rehearsal is at 7 on Wednesday in the church hall and bring "
        "your folders.",
        "Announcement for the staff, two lines tops. The car park is closed on Monday for resurfacing and the side "
        "gate is locked.",
    ],
)
def test_a_text_named_by_its_kind_is_written_whatever_length_it_is_held_to(
    decider: RankingDecider, request_text: str
) -> None:
    assert routed(decider, request_text) == "writer"


def test_a_summary_named_by_its_kind_is_still_the_summarizers(decider: RankingDecider) -> None:
    text = "Summary for my boss, two sentences max: The quarter went well. Sales grew 5%. Costs fell. Hiring is paused."
    assert routed(decider, text) == "summarizer"


@pytest.mark.parametrize(
    "request_text",
    [
        "For my daughter's homework: what is photosynthesis, in simple words?",
        "how do volcanoes form, in simple terms?",
        "What is a black hole, in plain English?",
        "Why do we have seasons, for a 9 year old?",
    ],
)
def test_how_a_question_wants_its_answer_said_names_no_ones_job(decider: RankingDecider, request_text: str) -> None:
    assert routed(decider, request_text) == "researcher"


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("What is photosynthesis, in simple words?", "What is photosynthesis?"),
        ("what is the capital of australia actually?", "what is the capital of australia?"),
        ("How do tides work, simply put?", "How do tides work?"),
        ("why is the sky blue for a 7-year-old please?", "why is the sky blue?"),
        ("how does GPS work in a sentence or two?", "how does GPS work?"),
    ],
)
def test_the_manner_of_an_answer_is_dropped_where_it_ends_a_question(question: str, asked: str) -> None:
    assert without_manner(question) == asked


@pytest.mark.parametrize(
    "text",
    [
        "What really happened at Roswell?",
        "Explain this in simple words: the meeting moved to Friday.",
        "Rewrite my note in plain English",
        "Really?",
    ],
)
def test_manner_words_elsewhere_are_kept(text: str) -> None:
    assert without_manner(text) == text


@pytest.mark.parametrize(
    ("request_text", "asked"),
    [
        (
            "Three quick ones: 20% of 350, the author of Pride and Prejudice, and fact-check that bats are blind.",
            "Who is the author of Pride and Prejudice?",
        ),
        (
            "Three things: 25% of 360, the inventor of the telephone, and the capital of Norway.",
            "Who is the inventor of the telephone?",
        ),
        (
            "Three things: the painter of the Mona Lisa, 9 times 7, and the capital of Peru.",
            "Who is the painter of the Mona Lisa?",
        ),
        ("Two quick ones: the composer of the Four Seasons and 15% of 60.", "Who is the composer of the Four Seasons?"),
    ],
)
def test_a_listed_person_named_by_what_they_did_is_asked_who(request_text: str, asked: str) -> None:
    assert asked in [p.text for p in split_tasks(request_text)]


def test_a_listed_thing_whose_name_only_starts_like_a_persons_is_asked_what() -> None:
    pieces = split_tasks("Three things: the authority of the council, the capital of Norway, and 5 times 6.")
    assert pieces[0].text == "What is the authority of the council?"


@pytest.mark.parametrize(
    "request_text",
    [
        "Translate 'good morning, how are you' into Polish",
        "Put 'see you soon, take care' into French",
        "How do you say 'thank you, have a nice day' in German?",
        "What does 'carpe diem, quam minimum credula postero' mean",
    ],
)
def test_a_phrase_quoted_in_lower_case_is_not_cut_at_its_commas(request_text: str) -> None:
    (piece,) = split_tasks(request_text)
    assert piece.text == request_text


def test_an_apostrophe_after_a_word_quotes_nothing() -> None:
    assert [p.text for p in split_tasks("Write a note about the kids' bikes, and what is 12 times 4?")] == [
        "Write a note about the kids' bikes",
        "What is 12 times 4?",
    ]


def _specialist(name: str):
    return next(w for w in specialists() if w.name == name)


@pytest.mark.parametrize(
    ("instruction", "sent"),
    [
        ("Summarize what you found", "Summarize these findings"),
        ("summarise what you find in a sentence or two", "summarise these findings in a sentence or two"),
        ("Sum up the facts you found for my class", "Sum up these findings for my class"),
        ("Give me a summary of what they discovered", "Give me a summary of these findings"),
    ],
)
def test_a_reader_of_texts_is_told_it_is_handed_findings(instruction: str, sent: str) -> None:
    found = "The Titanic sank at about 2:20 a.m. on 15 April 1912."
    assert step_text(instruction, _specialist("summarizer"), [found]) == f"{sent}:\n\n{found}"


def test_a_writer_is_still_handed_this() -> None:
    found = "The telephone was invented by Alexander Graham Bell."
    text = step_text("Write a fun fact based on what you find", _specialist("writer"), [found])
    assert text == f"Write a fun fact based on this:\n\n{found}"
