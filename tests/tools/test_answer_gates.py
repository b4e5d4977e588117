"""The final gates: a summary or a researched answer that does not account for the whole request is declined.

Each rule has a request it must turn into a decline and one, close to it, it must let through.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import call, call_as_asked, error_text

from servers.tools.researcher.gate import names_in, read_asked, unanswered
from servers.tools.researcher.server import create_server as researcher
from servers.tools.summarizer import create_server as summarizer
from servers.tools.summarizer.gate import documents

pytestmark = pytest.mark.anyio

GYM = (
    "The gym is getting new rowing machines next month. The old ones will be sold to members at a discount. "
    "The changing rooms will also be repainted over the same weekend."
)
DEMO = (
    "Hi team, the client moved the demo to Thursday at 3 pm. Please update the slides by Wednesday night. "
    "Marta will present the pricing section this time."
)
LAMPS = (
    "The city will replace all of its streetlights with LED lamps over the next two years. The new lamps use "
    "about half as much electricity as the old ones. They also last longer, so repair crews will visit less "
    "often. The first streets to change are in the old town, starting in April."
)
EMAILS = (
    "Email 1: The van is booked for Saturday at eight, please bring the keys for the storage unit. Priya will "
    "meet you at the gate. Email 2: I can only make it after ten on Saturday because of a swimming lesson. "
    "Could we push the start back by two hours?"
)


async def summarized(request: str) -> tuple[bool, str]:
    """(declined, what came back) for ``request`` sent whole to the summarizer."""
    result = await call_as_asked(summarizer(), "digest", request)
    if result is None:
        return True, "input-required"  # the model asks for the text: a decline too
    if result.is_error:
        return True, error_text(result)
    assert result.structured_content is not None
    data = result.structured_content
    return False, str(data.get("summary") or data.get("points") or data.get("keywords"))


@pytest.mark.parametrize(
    "request_text",
    [
        f"Summarize this in 3 sentences: {GYM}",
        f"can i get 4 bullet points out of this? {GYM}",
        f"Summarize in under 8 words: {LAMPS}",
        f"Summarize this and tell me whether I need to reply: {DEMO}",
        f"Give me the gist, then suggest what I should say back: {DEMO}",
        f"Summarize both emails in one sentence: {EMAILS}",
        "Summarize these two emails: Hi Sam, the van is booked for Saturday at eight, bring the storage keys. "
        "Thanks, Priya. Hello Priya, I can only come after ten because of a swimming lesson, is that okay? Sam.",
        "Summarize my shopping list:\n- eggs\n- oat milk\n- bread\n- two lemons\n- dish soap",
        "Summarize this table:\n\n| Month | Visitors |\n|---|---|\n| January | 1,200 |\n| February | 1,350 |\n\n"
        "Visitors rose. Revenue rose too.",
        "Compare these two reviews: Review A: The blender is loud but fast. It was cheap. Review B: The blender is "
        "quiet and elegant. It cost twice as much.",
        "tl;dr: The annual staff survey had a record response rate of 82 percent, and most comments were about the "
        "hybrid working policy, the canteen prices and the lack of parking near the main building. Thanks.",
    ],
)
async def test_a_summary_that_cannot_meet_the_request_is_declined_in_one_line(request_text: str):
    declined, message = await summarized(request_text)
    assert declined, message
    assert "\n" not in message.strip()


@pytest.mark.parametrize(
    ("request_text", "sentences"),
    [
        (f"Summarize this in 2 sentences: {GYM}", 2),
        (f"tl;dr please: {LAMPS}", 1),
        (f"Summarize this and keep it short: {DEMO}", None),
        (f"Sum up these two emails for me: {EMAILS}", None),
    ],
)
async def test_a_summary_that_meets_the_request_goes_out(request_text: str, sentences: int | None):
    declined, summary = await summarized(request_text)
    assert not declined, summary
    if sentences is not None:
        assert summary.count(". ") + 1 == sentences


async def test_a_tldr_keeps_at_most_half_the_words():
    declined, summary = await summarized(f"TLDR this for me: {LAMPS}")
    assert not declined
    assert len(summary.split()) <= len(LAMPS.split()) // 2


async def test_a_summary_of_several_documents_draws_on_each():
    declined, summary = await summarized(f"Sum up these two emails for me: {EMAILS}")
    assert not declined
    assert "van is booked" in summary and "after ten" in summary


def test_documents_are_told_apart_by_their_heads_and_separators():
    assert len(documents(EMAILS)) == 2
    assert len(documents("The van is booked. Bring the keys.\n---\nI can come after ten. Is that fine?")) == 2
    assert len(documents(GYM)) == 1


@pytest.fixture(scope="module")
def knowledge(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One knowledge base for the module: loading the starter corpus once keeps each question fast."""
    return tmp_path_factory.mktemp("knowledge")


async def answered(data_dir: Path, question: str) -> tuple[bool, str]:
    result = await call(researcher(data_dir), "answer", request=question)
    if result.is_error:
        return False, error_text(result)
    assert result.structured_content is not None
    return True, str(result.structured_content["answer"])


@pytest.mark.parametrize(
    "question",
    [
        "roughly how tall was the titanic",  # the note gives dates and distances, no height
        "How big is Jupiter?",  # "observed for more than 150 years" is not a size
        "How old was the Titanic when it went down?",
        "who actually built the great wall of china",  # an astronaut named in the note did not build it
        "Where was the Titanic built?",  # the ports it called at are not where it was built
        "How many moons does Jupiter have?",  # "its four largest moons" counts only some
        "what's the population of australia",
        "what's the difference between tcp and udp",  # "very different promises" names no difference
    ],
)
async def test_a_passage_that_misses_what_the_question_asks_is_declined(knowledge: Path, question: str):
    ok, message = await answered(knowledge, question)
    assert not ok, message
    assert "Nothing in the knowledge base matched" in message


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how high was the great pyramid originally?", "146"),
        ("How tall is the Eiffel Tower?", "300"),
        ("Which years did the First World War last?", "1914"),
        ("what is the distance to the moon?", "384"),
        ("how hot does it get on the surface of venus", "465"),
        ("how many moons has mars got", "two"),
        ("Who discovered Pluto?", "Tombaugh"),
        ("who wrote the first version of linux", "Torvalds"),
        ("Where did Napoleon die?", "Saint Helena"),
        ("Tell me what the speed of light is", "299,792"),
        # the world's highest above sea level, not "the highest free-standing mountain" (a narrower claim)
        ("What's the tallest mountain in the world?", "Everest"),
    ],
)
async def test_a_passage_that_answers_the_question_goes_out(knowledge: Path, question: str, expected: str):
    ok, text = await answered(knowledge, question)
    assert ok, text
    assert expected in text


def test_a_year_is_not_a_height_and_a_height_is_named():
    asked = read_asked("How tall was the Great Pyramid?")
    assert asked is not None and asked.measure == "length"
    assert unanswered("How tall?", asked, "It was built around 2560 BC.", set()) == "how tall"
    assert unanswered("How tall?", asked, "It lies 600 kilometres south of the coast.", set()) == "how tall"
    assert unanswered("How tall?", asked, "It was about 146 metres tall.", set()) is None


def test_a_lone_capitalized_word_is_not_a_name():
    assert not names_in("Astronauts cannot see it from orbit.", set(), "the astronauts said so")
    assert not names_in("It can be seen from the Moon.", set())
    assert names_in("It was discovered by Clyde Tombaugh in 1930.", set()) == {"Clyde", "Tombaugh"}
    assert names_in("Armstrong stepped out first.", set(), "Neil Armstrong flew it.") == {"Armstrong"}
