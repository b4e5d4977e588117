"""Plans and routes for requests as users write them (issue 9, the eighth tuning set's families): a short ask
beside code ("Quick review?") is the code's review, one part; a yes/no question that states a claim ("Is Mount
Everest the highest mountain on Earth?") asks whether the claim holds, while a wh-question stays research; "what
you find" names research's result, which a writer then turns into a text."""

import pytest

from patterns import ClausePlanner, RankingDecider, Request, split_tasks, without_loop_instruction
from patterns.deciding import unclaimed_action
from patterns.forms import asks_whether_so
from patterns.handoff import step_text
from patterns.jobs import asks_by_kind
from patterns.reading import routing_text
from tests.patterns.routed import routed
from tests.patterns.test_routing_users import specialists

CHECK = "```python\ndef check(x):\n    if x = 10:\n        return True\n    return False\n```"
TOTAL = "```python\ndef total(xs):\n    t = 0\n    for x in xs:\n        t =+ x\n    return t\n```"
ADMIN = "```python\ndef is_admin(name):\n    if name is 'admin':\n        return True\n    return False\n```"


@pytest.mark.parametrize(
    "request_text",
    [
        f"Quick review? I think line 3 is off but not sure\n{CHECK}",
        f"Sanity check please. Something feels wrong on line 2\n{TOTAL}",
        f"Review? Not sure the loop is right.\n{TOTAL}",
        f"Thoughts? I'm not sure about line 4.\n{ADMIN}",
        f"Code review please. My gut says line 3 is wrong.\n{ADMIN}",
        f"Any bugs? I have a feeling the comparison is broken\n{ADMIN}",
        f"Review needed! I suspect the second line\n{CHECK}",
    ],
)
def test_a_short_ask_beside_code_is_its_review_in_one_part(decider: RankingDecider, request_text: str) -> None:
    (piece,) = split_tasks(request_text)
    assert piece.text == request_text
    assert routed(decider, request_text) == "code_reviewer"


def test_an_ask_with_its_own_object_beside_code_stays_a_part_of_its_own() -> None:
    first, second = split_tasks(f"Work out 18% of 250 for me, and also review this function:\n{ADMIN}")
    assert first.text == "Work out 18% of 250 for me"
    assert second.text.startswith("Review this function:") and "is_admin" in second.text


@pytest.mark.parametrize(
    "request_text",
    [
        "Is Mount Everest the highest mountain above sea level on Earth?",
        "Is the Sahara the largest hot desert on Earth?",
        "Was Marie Curie the first woman to win a Nobel Prize?",
        "Does light travel faster than sound?",
        "Are the oldest trees on Earth more than 4,000 years old?",
        "Does NASA stand for National Aeronautics and Space Administration?",
        "Was penicillin discovered by Alexander Fleming?",
        "Is Lake Baikal the deepest lake on Earth?",
        "is mount everest the tallest peak on earth?",
    ],
)
def test_a_yes_no_question_stating_a_claim_goes_to_the_fact_checker(decider: RankingDecider, request_text: str) -> None:
    assert asks_whether_so(request_text)
    assert routed(decider, request_text) == "fact_checker"


@pytest.mark.parametrize(
    "request_text",
    [
        "What is the highest mountain above sea level on Earth?",
        "Which is the longest river in the world?",
        "How tall is Mount Everest?",
        "When was the Eiffel Tower finished?",
        "Do you know how far away the Moon is?",
        "Do antibiotics work on a cold or the flu?",
        "Is it going to be sunny in Rome on Saturday?",
    ],
)
def test_questions_that_ask_for_information_stay_research(decider: RankingDecider, request_text: str) -> None:
    assert routed(decider, request_text) == "researcher"


@pytest.mark.parametrize(
    "request_text",
    [
        "is 17 a lucky number?",
        "Is my code any good?",
        "Is this true?",
        "Is it going to rain in Leeds tomorrow?",
        "Did a 10 km run this morning in 52 minutes. What was my average speed in km/h?",
        "Do antibiotics work on a cold or the flu?",
    ],
)
def test_yes_no_questions_that_state_no_claim_are_not_read_as_one(request_text: str) -> None:
    assert not asks_whether_so(request_text)


async def plan(decider: RankingDecider, request: str) -> list[tuple[str | None, tuple[str, ...], str]]:
    made = await ClausePlanner(decider).plan(Request(request), specialists())
    return [(t.worker, t.depends_on, t.text) for t in made.tasks]


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Look up what the Rosetta Stone is, then turn what you find into a short paragraph for a museum visitors' "
        "leaflet.",
        "Find out who built Stonehenge, then make what you learn into a short post for our history club.",
        "Research the Great Barrier Reef and then turn what you found into a two-line caption for my photo.",
        "Look up how volcanoes form, then put what you find into a short note for my son's class.",
        "Find out what causes ocean tides, then turn your findings into a short paragraph for the school newsletter.",
    ],
)
async def test_what_the_research_finds_is_the_result_a_writer_turns_into_a_text(
    decider: RankingDecider, request_text: str
) -> None:
    (researcher, first, _), (writer, after, _) = await plan(decider, request_text)
    assert (researcher, first, writer, after) == ("researcher", (), "writer", ("1",))


def test_the_writer_is_handed_what_was_found_as_this() -> None:
    writer = next(w for w in specialists() if w.name == "writer")
    text = step_text("Turn what you find into a short paragraph for a leaflet", writer, ["Tides follow the Moon."])
    assert text == "Turn this into a short paragraph for a leaflet:\n\nTides follow the Moon."


@pytest.mark.parametrize(
    "request_text",
    [
        "Is it going to rain in Cardiff this afternoon?",
        "Is it going to snow in Denver this weekend?",
        "Are the trains running on time today?",
        "Is the Louvre open today?",
        "Is the stock market up today?",
        "Is there a storm coming to Miami tonight?",
    ],
)
def test_a_yes_no_question_about_now_goes_to_the_researcher(decider: RankingDecider, request_text: str) -> None:
    assert routed(decider, request_text) == "researcher"


@pytest.mark.parametrize(
    "request_text",
    [
        "For my economics revision: what is inflation?",
        "Quick question for the pub quiz: who painted the Mona Lisa?",
        "For a school project: when did the Titanic sink?",
        "For my kid's science homework: why is the sky blue?",
        "Revision for my biology exam: what does DNA stand for?",
        "Settling a bet: how far away is the Moon?",
    ],
)
def test_a_label_before_a_colon_leaves_the_question_it_introduces(decider: RankingDecider, request_text: str) -> None:
    assert routing_text(request_text) == request_text.split(": ", 1)[1]
    assert routed(decider, request_text) == "researcher"


def test_code_before_a_colon_is_no_label() -> None:
    code = "def avg(xs):\n    return sum(xs) / len(xs)\n\nwhat happens with an empty list?"
    assert routing_text(code) != "return sum(xs) / len(xs)\n\nwhat happens with an empty list?"


@pytest.mark.parametrize(
    ("request_text", "question"),
    [
        ("my nephew wants to know how far away the Moon is", "how far away the Moon is?"),
        ("I was wondering when the Titanic sank. Do you know?", "when the Titanic sank?"),
        ("My daughter wants to know why the sky is blue", "why the sky is blue?"),
        ("I've always wondered who invented the telephone", "who invented the telephone?"),
        ("I'm curious how bees make honey", "how bees make honey?"),
        ("My class would like to know when the Berlin Wall fell", "when the Berlin Wall fell?"),
        ("I'd love to know where the Nile begins", "where the Nile begins?"),
        ("My son keeps asking me what a black hole is", "what a black hole is?"),
    ],
)
def test_a_question_told_as_what_someone_wants_to_know_is_research(
    decider: RankingDecider, request_text: str, question: str
) -> None:
    assert routing_text(request_text) == question
    assert routed(decider, request_text) == "researcher"


def test_an_order_to_pass_on_what_someone_wants_to_know_stays_an_order() -> None:
    request = "Tell my boss I want to know when the report is due"
    assert routing_text(request) == request


@pytest.mark.parametrize(
    "request_text",
    [
        "announce to the office that Sarah Kim joins as head of finance on 4 January",
        "Announce to the team that the office is closed on Friday",
        "Please announce in the newsletter that the AGM moves to 5 May",
        "Can you announce that the car park reopens on Monday?",
        "announce to parents that sports day is on 14 June at 1pm",
    ],
)
def test_an_announcement_asked_by_its_verb_goes_to_the_writer(decider: RankingDecider, request_text: str) -> None:
    assert unclaimed_action(request_text, specialists()) is None  # the writer makes announcements
    assert routed(decider, request_text) == "writer"


@pytest.mark.parametrize(
    "request_text",
    [
        "message for the ward group chat: we're short two staff for the night shift on Saturday, reply to Jo",
        "short note to the neighbours about the skip arriving on Tuesday morning",
        "quick message to the team: standup moves to 10am tomorrow",
        "A friendly reminder for the book club: we meet at Rosa's on Thursday at 7",
        "caption for my holiday photo of the Amalfi coast at sunset",
    ],
)
def test_a_text_asked_for_by_its_kind_goes_to_the_writer(decider: RankingDecider, request_text: str) -> None:
    assert routed(decider, request_text) == "writer"


@pytest.mark.parametrize("request_text", ["Summary of the meeting notes below", "Text: the shop closes at 5."])
def test_a_label_or_a_summary_by_name_is_no_text_to_write(request_text: str) -> None:
    assert not asks_by_kind(request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "email my tutor Dr Hughes asking for a one-week extension on the history essay that's due Friday 6 March",
        "Email my manager asking for Friday off",
        "email my team that the report is late because the data arrived on Friday",
        "Email Priya to say the summary of the meeting is in the shared drive",
    ],
)
def test_email_as_the_verb_is_the_writers_though_the_summarizer_reads_emails(
    decider: RankingDecider, request_text: str
) -> None:
    assert routed(decider, request_text) == "writer"


@pytest.mark.parametrize(
    ("request_text", "task"),
    [
        (
            "Draft an out-of-office reply and keep refining it until it's good: I'm away from 22 to 29 December, "
            "urgent queries go to Priya in accounts.",
            "Draft an out-of-office reply: I'm away from 22 to 29 December, urgent queries go to Priya in accounts.",
        ),
        (
            "Write a thank-you note to Leo and iterate on it until it is polished: he fixed the printer.",
            "Write a thank-you note to Leo: he fixed the printer.",
        ),
        (
            "Compose an invitation and polish it until the judge is satisfied: open day 12 June, 10am to 3pm.",
            "Compose an invitation: open day 12 June, 10am to 3pm.",
        ),
        (
            "Write a two-sentence bio for Ana Silva, a nurse. Have it reviewed and improved.",
            "Write a two-sentence bio for Ana Silva, a nurse.",
        ),
    ],
)
def test_the_loop_instruction_goes_and_the_material_after_its_colon_stays(request_text: str, task: str) -> None:
    assert without_loop_instruction(request_text) == task


@pytest.mark.parametrize(
    "request_text",
    [
        "what's the difference between tcp and udp",
        "what's the difference between a virus and a bacterium",
        "What is the difference between weather and climate?",
        "How is a crocodile different from an alligator?",
    ],
)
def test_a_question_comparing_two_things_is_research(decider: RankingDecider, request_text: str) -> None:
    assert routed(decider, request_text) == "researcher"


@pytest.mark.parametrize(
    "request_text",
    [
        "Does water boil at 100 degrees Celsius at sea level? Check it for me.",
        "Is the Nile the longest river in the world? Can you verify that?",
        "Did the Titanic sink in 1912? Please confirm.",
        "Was Napoleon born on Corsica? Fact-check that for me please.",
        "Is Canberra the capital of Australia? Check please.",
    ],
)
def test_a_claim_question_with_a_request_to_check_it_is_one_fact_check(
    decider: RankingDecider, request_text: str
) -> None:
    (piece,) = split_tasks(request_text)
    assert piece.text.startswith(request_text.split("?")[0])
    assert routed(decider, request_text) == "fact_checker"


@pytest.mark.parametrize(
    "request_text",
    [
        "roughly how tall was the titanic",
        "roughly when did the Romans leave Britain?",
        "ok what is the boiling point of water?",
        "hey, how many bones does a human have?",
        "and where is the Great Barrier Reef?",
    ],
)
def test_a_hedge_or_filler_before_the_question_word_leaves_the_question(
    decider: RankingDecider, request_text: str
) -> None:
    assert routed(decider, request_text) == "researcher"


@pytest.mark.parametrize(
    "request_text",
    [
        "What's the capital city of Australia? Everyone in the pub quiz said Sydney.",
        "Who painted the Mona Lisa? Everyone at work says Michelangelo.",
        "What's the longest river in the world? The whole class said the Amazon.",
        "Which planet is the hottest? People online say Mercury.",
        "Who wrote Hamlet? All my friends think Marlowe.",
    ],
)
def test_a_question_with_the_answer_others_gave_is_one_question(decider: RankingDecider, request_text: str) -> None:
    (piece,) = split_tasks(request_text)
    assert piece.text == request_text.rstrip(".")
    assert routed(decider, request_text) == "researcher"
