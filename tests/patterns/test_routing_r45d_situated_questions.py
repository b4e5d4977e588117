"""Round 45: what people tell before a question is why they ask it: the question is routed on its own ("My students
are arguing... who wrote ...?"), and a text asked "shorter" is a shortening. Near-misses keep their reading: a
situation that gives a figure or names a text, a question about what the opening tells, a yes-or-no question, a text
made friendlier or more formal."""

from __future__ import annotations

import pytest

from patterns import RankingDecider
from patterns.situation import question_after_situation
from tests.patterns.routed import routed_handed

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

NOTICE = (
    "From next month, bins will be collected every other week. Food waste will still go every week. Residents "
    "who miss a collection can book a free pick-up online. Garden waste permits rise to 55 pounds a year."
)


@pytest.mark.parametrize(
    "text",
    [
        f"Can you make this notice friendlier for the residents?\n\n{NOTICE}",
        f"Make this notice more formal: {NOTICE}",
    ],
)
def test_a_text_made_friendlier_or_more_formal_is_the_writers(decider: RankingDecider, text: str) -> None:
    assert routed_handed(decider, text) == "writer"


@pytest.mark.parametrize(
    "text",
    [
        "Big debate at the pub quiz... who painted the ceiling of the Sistine Chapel?",
        "The kids are fighting in the back seat. Who invented the telephone?",
        "We're having a row at the office... what's the capital of Canada?",
        "Long day at the shop. Who was the first woman to fly solo across the Atlantic?",
        "my flatmates wont stop arguing lol. who wrote pride and prejudice?",
    ],
)
def test_a_question_after_the_users_situation_is_a_question(decider: RankingDecider, text: str) -> None:
    assert routed_handed(decider, text) == "researcher"


@pytest.mark.parametrize(
    "text",
    [
        "We paid 84 for dinner. What's 15% of that?",  # the situation gives the figure the question works on
        "I was wondering when the Titanic sank. Do you know?",  # the question is about what the opening tells
        "My boss sent a long email. What are the main points?",  # asked of the text the opening names
        "Who wrote Don Quixote? My students are arguing.",  # the question first: without_remark's
        "The kids are fighting. Is the Nile longer than the Amazon?",  # a yes-or-no question: a claim's form
    ],
)
def test_a_situation_with_a_figure_or_a_text_or_a_question_about_it_is_kept(text: str) -> None:
    assert question_after_situation(text) == text


@pytest.mark.parametrize(
    "text",
    [
        f"Can you make this notice from the council shorter for the residents?\n\n{NOTICE}",
        f"could you make this update a bit shorter for the WhatsApp group? {NOTICE}",
        f"Please make it more concise for the noticeboard: {NOTICE}",
    ],
)
def test_a_text_asked_shorter_is_summarized(decider: RankingDecider, text: str) -> None:
    assert routed_handed(decider, text) == "summarizer"
