"""Summaries asked in plain words, claims with a follow-up or a wrong value, and element symbols.

The summarizer answers "in plain terms" with the text's own sentences when the text already reads plain, and
still declines when it is dense or the plain words are for a named reader. The fact checker drops a "true or
false?" run on after the claim, decides a substance's one formula and a building's one place, and never lets a
list of capitals support a capital it pairs with another country. The researcher answers element symbols and
never answers "the symbol K" with a passage that does not say K.
"""

from __future__ import annotations

import pytest
from conftest import call, call_as_asked, error_text, fact_check, verdict

from servers.tools.researcher import create_server as researcher
from servers.tools.summarizer import create_server as summarizer
from servers.tools.summarizer.asks import reads_plain

pytestmark = pytest.mark.anyio

PLAIN = (
    "The bus depot on Quarry Lane will close for good at the end of June. Drivers based there will move to the "
    "new depot by the ring road. Routes 4 and 9 will keep the same times, but the first bus will leave five "
    "minutes later. Staff parking at the new site is free. A farewell lunch for the old depot is planned for the "
    "last Friday in June."
)
DENSE = (
    "Patients receiving anticoagulation therapy require INR monitoring at regular intervals. The pharmacokinetic "
    "profile varies considerably between individuals. Dose adjustments follow the protocol agreed with the "
    "haematology team. Interactions with antibiotics are common and must be reviewed before prescribing."
)


async def summary(request: str) -> tuple[bool, str]:
    """(declined, the decline or the summary) for ``request`` sent to ``digest``."""
    result = await call_as_asked(summarizer(), "digest", request)
    assert result is not None, "the offline model found no text in the request"
    if result.is_error:
        return True, error_text(result)
    return False, str((result.structured_content or {}).get("summary"))


@pytest.mark.parametrize(
    "request_",
    [
        f"Can you sum this up in plain English for me: {PLAIN}",
        f"summarise this notice in simple terms please: {PLAIN}",
        f"I'm no expert, give me a plain-language summary of this: {PLAIN}",
        f"What's the gist of this in everyday words? {PLAIN}",
    ],
)
async def test_plain_words_of_a_plain_text_are_its_own_sentences(request_):
    declined, said = await summary(request_)
    assert not declined, said
    assert said in PLAIN or all(sentence.strip() in PLAIN for sentence in said.split(". "))


@pytest.mark.parametrize(
    "request_",
    [
        f"Summarize this in plain English: {DENSE}",
        f"summarise this in plain words for my parents: {PLAIN}",
        f"Condense this with no jargon: {PLAIN}",
        f"Summarize this in your own words: {PLAIN}",
    ],
)
async def test_plain_words_that_need_rewording_are_declined(request_):
    declined, said = await summary(request_)
    assert declined, said


def test_a_plain_text_is_told_from_a_dense_one():
    assert reads_plain(PLAIN)
    assert not reads_plain(DENSE)
    assert not reads_plain("")


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("A guy on a forum said Paris is the capital of Germany. true or false?", "contradicted"),
        ("My aunt told me Ottawa is the capital of Canada. right or wrong?", "supported"),
        ("someone in my class said Tokyo is the capital of China. is that true or not?", "contradicted"),
        ("my cousin reckons Rome is the capital of Spain", "contradicted"),
    ],
)
async def test_a_follow_up_after_the_claim_is_not_part_of_it(tmp_path, request_, expected):
    assert await verdict(tmp_path, request_) == expected


async def test_a_list_of_capitals_never_supports_a_mixed_pair(tmp_path):
    checked = await fact_check(tmp_path, "Beijing is the capital of Japan")
    assert checked["verdict"] == "contradicted"
    assert all(e["stance"] != "supports" for e in checked["evidence"])


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("fact-check for homework: the chemical formula of water is CO2", "contradicted"),
        ("Is it true the formula for table salt is H2O?", "contradicted"),
        ("the formula of methane is CH4", "supported"),
        ("the formula of ozone is O2", "contradicted"),
    ],
)
async def test_a_substance_has_one_formula(tmp_path, request_, expected):
    assert await verdict(tmp_path, request_) == expected


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("My nephew says the Great Wall of China is in Japan. Is he right?", "contradicted"),
        ("Is it true that the Eiffel Tower is in Italy?", "contradicted"),
        ("The Eiffel Tower is in Rome", "contradicted"),
        # A continent contains the country; a city the notes name elsewhere may be the structure's own.
        ("The Eiffel Tower is in Europe", "unverified"),
        ("The Eiffel Tower is in New York", "unverified"),
        # The notes name Mongolia: a few sections reach into it.
        ("The Great Wall of China is in Mongolia", "unverified"),
    ],
)
async def test_a_building_stands_in_one_place(tmp_path, request_, expected):
    assert await verdict(tmp_path, request_) == expected


async def answer_text(tmp_path, question: str) -> tuple[bool, str]:
    result = await call(researcher(tmp_path), "answer", request=question)
    if result.is_error:
        return True, error_text(result)
    return False, result.structured_content["answer"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what's the chemical symbol for sodium", "Na"),
        ("What is the symbol for silver?", "Ag"),
        ("Which element has the symbol K?", "potassium"),
        ("what's the chemical symbol of lead", "Pb"),
    ],
)
async def test_element_symbols_are_answered(tmp_path, question, expected):
    declined, said = await answer_text(tmp_path, question)
    assert not declined, said
    assert expected in said


@pytest.mark.parametrize("question", ["which element has the symbol Q?", "What element is written Xz?"])
async def test_a_symbol_the_notes_never_give_is_declined(tmp_path, question):
    declined, said = await answer_text(tmp_path, question)
    assert declined, said


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Fact check this: the Sun is a planet.", "contradicted"),
        ("my son says sharks are mammals, true?", "contradicted"),
        ("Penguins are birds", "supported"),
        ("Pluto is a planet", "contradicted"),
        ("Bats are mammals", "supported"),
        # "the whale shark is the largest fish" holds every word of the claim, and says nothing of whales.
        ("Whales are fish", "unverified"),
    ],
)
async def test_kinds_that_exclude_each_other(tmp_path, request_, expected):
    assert await verdict(tmp_path, request_) == expected


async def test_help_with_one_unnamed_thing_is_not_a_summary():
    declined, said = await summary(
        "We're seeing the landlord later and I want to get it right, could you help me with one thing from "
        f"his email? Text: {PLAIN}"
    )
    assert declined, said


@pytest.mark.parametrize(
    "request_",
    [
        'Fact check this: the Sun is a planet. And summarize this paragraph for me too: "Our garden grew from ten '
        'plots to forty. Volunteers built a new shed."',
        "Check this and write a short note to my class about it: the Sun is a star.",
    ],
)
async def test_a_check_with_another_job_is_declined(tmp_path, request_):
    from servers.tools.fact_checker import create_server as fact_checker

    result = await call(fact_checker(tmp_path), "fact_check", request=request_)
    assert result.is_error, result.structured_content
    assert "also asks me to" in error_text(result)


async def test_why_the_asker_wants_a_summary_is_context():
    declined, said = await summary(
        f"could you please summarise this notice for me because I keep forgetting what changed: {PLAIN}"
    )
    assert not declined, said
    declined, said = await summary(f"Summarize this because I only care about the parking: {PLAIN}")
    assert declined, said
