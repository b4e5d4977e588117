"""Round 40: what the user says to whoever asks the agents is no agent's job. A fan-out's claim reaches each agent
without the sentence after it that says how it came up ("... the kids are doing mountains this term"), and a
text without what the user will do with the answers (", I'll pick whichever is better:"); an announcement of the
parts written on in lower case ("two things. work out ...") is no part's words. Near-misses keep their words."""

from __future__ import annotations

import pytest

from patterns.addressed import addressed
from patterns.handed_material import request_parts
from patterns.remarks import without_closing_remark

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

NAMES = ["calculator", "researcher", "writer", "summarizer", "fact_checker", "code_reviewer"]
TEXT = "The Millbrook Beekeepers Association was founded in 1952. We meet on the first Tuesday of every month."


@pytest.mark.parametrize(
    "text",
    [
        "researcher and fact checker, both of you please: Mount Everest is 8,848 metres high. the kids are doing "
        "mountains this term",
        "Ask the researcher and the fact checker: Mount Everest is 8,848 metres high. My son is doing a project on it.",
        "Ask both the fact checker and the researcher: Mount Everest is 8,848 metres high. settling an argument with "
        "my brother",
    ],
)
def test_a_claim_reaches_each_agent_without_how_it_came_up(text: str) -> None:
    to = addressed(text, NAMES)
    assert to is not None and to.text == "Mount Everest is 8,848 metres high"


@pytest.mark.parametrize(
    "text",
    [
        "Mount Everest is 8,848 metres high. It was first climbed in 1953.",  # a second claim, with a figure
        "Mount Everest is 8,848 metres high. It is in Nepal.",  # a second claim
        "Honey never spoils. Bees make it from nectar.",
        "How high is Everest? the kids are doing mountains this term",  # a question: without_remark's
    ],
)
def test_a_second_statement_is_kept(text: str) -> None:
    assert without_closing_remark(text) == text


@pytest.mark.parametrize(
    "lead",
    [
        "Get the summarizer and the writer both to have a go at shortening this for the website, I'll pick whichever "
        "is better",
        "Ask the summariser and the writer to shorten this for the website so I can compare them",
        "Have the writer and the summarizer both shorten this for the website, and I'll choose the best one",
    ],
)
def test_what_the_user_will_do_with_the_answers_is_left_out(lead: str) -> None:
    to = addressed(f"{lead}: {TEXT}", NAMES)
    assert to is not None and set(to.names) == {"summarizer", "writer"}
    assert "pick" not in to.text and "compare" not in to.text and "choose" not in to.text
    assert to.text.endswith(TEXT) and "for the website" in to.text


def test_a_text_handed_over_keeps_its_last_sentence() -> None:
    to = addressed(f"Ask the summarizer and the writer to shorten this: {TEXT}", NAMES)
    assert to is not None and to.text.endswith(TEXT)


def test_a_choice_that_is_the_job_stays() -> None:
    # what to choose between is what is asked: no remark of the user's
    to = addressed(f"Ask the summarizer and the writer to pick the best sentence of this: {TEXT}", NAMES)
    assert to is not None and "pick the best sentence" in to.text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "two things. work out 15% of £340 for the union subs, then write a quick text to Gary telling him the figure",
        "2 things. work out 15% of £340 for the union subs, then write a quick text to Gary telling him the figure",
        "Two quick things. work out 15% of £340 for the union subs, then write a quick text to Gary with the figure",
    ],
)
def test_an_announcement_in_lower_case_is_no_parts_words(text: str) -> None:
    parts = request_parts(text)
    assert len(parts) == 2 and parts[0].text == "Work out 15% of £340 for the union subs"


def test_a_sentence_in_lower_case_after_a_statement_stays() -> None:
    parts = request_parts("we are a small club. work out 15% of £340 for the subs")
    assert "small club" in " ".join(p.text for p in parts)
