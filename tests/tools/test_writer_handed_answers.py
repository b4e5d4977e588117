"""An earlier agent's answer handed to the writer ("<instruction>:\n\n<answer>"), as a pipeline hands it on: one
sentence holding two facts makes the two sentences asked for (a role beside a name, a second subject after ", and",
what something is not), the name or subject said again and nothing added; where the text is used ("for my Year 6
history lesson", "for the museum card") is neither its lead nor a fact to repeat; a fact check that found a claim
contradicted hands on the source's passage, which is what a post says. One fact still makes one sentence."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio

SPLIT = [
    (
        "Write a two-sentence intro for my talk using it:\n\nThe telephone was patented by Alexander Graham Bell, a "
        "Scottish inventor and teacher, in March 1876 in Boston.",
        "The telephone was patented by Alexander Graham Bell in March 1876 in Boston. Alexander Graham Bell was a "
        "Scottish inventor and teacher.",
    ),
    (
        "Write a two-sentence introduction for my student presentation about her:\n\nRadium was discovered by Marie "
        "Curie, a Polish physicist and chemist, in 1898 in Paris.",
        "Radium was discovered by Marie Curie in 1898 in Paris. Marie Curie was a Polish physicist and chemist.",
    ),
    (
        "Write a two-sentence explanation for my year 4 class:\n\nTides are caused by the pull of the Moon, not by "
        "the wind.",
        "Tides are caused by the pull of the Moon. Tides are not caused by the wind.",
    ),
    (
        "Write a two-sentence fact for the science display:\n\nRainbows are formed by sunlight bending in raindrops, "
        "not by reflections from the sky.",
        "Rainbows are formed by sunlight bending in raindrops. Rainbows are not formed by reflections from the sky.",
    ),
    (
        "Write a two-sentence intro for our reading group's next session using that:\n\nGeorge Eliot wrote "
        "Middlemarch in 1871, and her partner George Henry Lewes edited a journal.",
        "George Eliot wrote Middlemarch in 1871. Her partner George Henry Lewes edited a journal.",
    ),
    (
        "Write a two-sentence intro for my history lesson:\n\nThe Wright brothers flew first in 1903, and Louis "
        "Blériot crossed the Channel in 1909.",
        "The Wright brothers flew first in 1903. Louis Blériot crossed the Channel in 1909.",
    ),
]


@pytest.mark.parametrize(("request_text", "text"), SPLIT)
async def test_one_sentence_holding_two_facts_makes_the_two_sentences_asked(request_text: str, text: str) -> None:
    assert await drafted(request_text) == text


async def test_a_two_line_intro_sets_each_sentence_on_its_line() -> None:
    text = await drafted(
        "Write a two-line intro for our book club's next meeting using that:\n\nCharlotte Brontë wrote Jane Eyre, "
        "published in 1847, and her sister Emily Brontë wrote Wuthering Heights, published the same year."
    )
    assert text.splitlines() == [
        "Charlotte Brontë wrote Jane Eyre, published in 1847.",
        "Her sister Emily Brontë wrote Wuthering Heights, published the same year.",
    ]


@pytest.mark.parametrize(
    "request_text",
    [
        "Write a two-sentence note for my history group with that date:\n\nThe wall fell on 9 November 1989.",
        "Write a two-sentence intro for my Year 6 lesson using it:\n\nThe Titanic sank at about 2:20 a.m. on 15 "
        "April 1912.",
        "Write a two-sentence note for the team:\n\nThe meeting is in Room Twelve, the big one, on Friday.",
        "Write a two-sentence explanation for my class:\n\nTides are caused by the Moon, not the wind.",
        "Write a two-sentence intro for the quiz:\n\nThe capital of Australia is Canberra, a planned city.",
    ],
)
async def test_one_fact_is_still_not_padded_to_two_sentences(request_text: str) -> None:
    assert "make 1 sentence, not the 2" in await declined_by_writer(request_text)


SETTINGS = [
    (
        "Write a one-sentence fact for the museum card:\n\nThe Titanic sank at about 2:20 a.m. on 15 April 1912.",
        "The Titanic sank at about 2:20 a.m. on 15 April 1912.",
    ),
    (
        "Write a short intro for my Year 6 history lesson using it:\n\nThe Great Fire of London began on 2 September "
        "1666.",
        "The Great Fire of London began on 2 September 1666.",
    ),
    (
        "Write a one-line intro for my Year 9 English lesson:\n\nJane Eyre was published in 1847.",
        "Jane Eyre was published in 1847.",
    ),
    (
        "Write a short explanation for my year 3 class:\n\nBees make honey from the nectar of flowers.",
        "Bees make honey from the nectar of flowers.",
    ),
    (
        "Write a one-sentence fact for the gallery card:\n\nThe last train leaves at 11.45 p.m. from platform 2.",
        "The last train leaves at 11.45 p.m. from platform 2.",
    ),
    (
        "Write an intro for my presentation about him:\n\nIsaac Newton published the Principia in 1687.",
        "Isaac Newton published the Principia in 1687.",
    ),
]


@pytest.mark.parametrize(("request_text", "text"), SETTINGS)
async def test_where_the_text_is_used_is_neither_its_lead_nor_a_fact_to_repeat(request_text: str, text: str) -> None:
    assert await drafted(request_text) == text


async def test_a_subject_that_names_a_thing_still_leads_the_text() -> None:
    text = await drafted("Write a short description of the Orbit 2 desk lamp: it has three brightness levels.")
    assert "Orbit 2" in text


CONTRADICTED = [
    ("bulls are enraged by the colour red", "Bulls are not enraged by the colour red."),
    ("goldfish have a three-second memory", "Goldfish can remember things for months."),
    ("the Great Wall of China is visible from space", "The Great Wall of China is not visible to the naked eye "
     "from space."),
    ("lightning never strikes the same place twice", "Lightning often strikes the same place more than once."),
    ("bats are blind", "Bats can see, and many species also use echolocation."),
    ("the Great Fire of London was in 1766", "The Great Fire of London began on 2 September 1666."),
]  # fmt: skip


@pytest.mark.parametrize(("claim", "passage"), CONTRADICTED)
async def test_a_claim_found_contradicted_gets_a_post_saying_what_the_source_says(claim: str, passage: str) -> None:
    checked = (
        f'Contradicted (confidence 0.95): the passage states the opposite. "{passage}" ({claim.capitalize()}; '
        "accord starter corpus: myths.md)"
    )
    text = await drafted(f"Write a short post for the club newsletter based on the result:\n\n{checked}")
    assert passage in text and claim not in text.lower()


@pytest.mark.parametrize(
    "checked",
    [
        "Unverified (confidence 0.30): no passage in the sources speaks to this claim.",
        "Contradicted (confidence 0.80): the sources disagree with the claim.",
    ],
)
async def test_a_check_with_no_source_passage_to_say_is_still_declined(checked: str) -> None:
    declined = await declined_by_writer(f"Write a short post for the club based on the result:\n\n{checked}")
    assert "no fact to write" in declined
