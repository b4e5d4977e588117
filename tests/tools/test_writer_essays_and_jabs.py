"""Two answers that were confidently wrong: an "essay" that was one finding said back ("write my science essay about
it" after a fact check), and a polite rewrite that kept "this is ridiculous" said as a clause after the facts."""

from __future__ import annotations

import pytest

from tests.tools.conftest import call, declined_by_writer, drafted, tool_server

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "request_text",
    [
        "Write my science essay about it:\n\nPluto was reclassified as a dwarf planet in 2006.",
        "Write an essay about it:\n\nThe Titanic sank in 1912. It hit an iceberg.",
        "write my history essay using this: The Great Fire of London began on 2 September 1666.",
        "Write a short essay for my class from these facts: bees make honey; honey keeps for years.",
        "Write me a 1500 word essay on the causes of the First World War.",
        "Can you write an essay on climate change: the seas are rising.",
    ],
)
async def test_an_essay_is_declined_whatever_comes_with_it(request_text: str) -> None:
    assert "essay" in await declined_by_writer(request_text)


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        (
            "Outline an essay on the causes of the First World War using these points: alliances, militarism.",
            "Alliances",
        ),
        ("Write an email to my tutor asking for an extension on my essay: it is due Friday and I had flu.", "Friday"),
        ("Write a paragraph about the essay competition: entries close on 3 May.", "3 May"),
    ],
)
async def test_a_text_about_an_essay_is_still_written(request_text: str, kept: str) -> None:
    tool = "outline" if request_text.startswith("Outline") else "draft"
    if tool == "outline":
        result = await call(tool_server("writer"), "outline", request=request_text)
        assert not result.is_error and kept in result.structured_content["text"]
        return
    assert kept in await drafted(request_text)


@pytest.mark.parametrize(
    ("request_text", "kept", "gone"),
    [
        ("Make this polite: Where is my refund?? It's been 3 weeks, this is ridiculous.", "3 weeks", "ridiculous"),
        ("Make this polite: The van came late again, this is unacceptable.", "The van came late again.", "unaccept"),
        (
            "Tone this down: You sent the wrong size, this is a joke. Send the medium by Friday.",
            "Friday",
            "a joke",
        ),
        ("Rewrite politely: The heating is still broken, it's absurd.", "heating is still broken", "absurd"),
        ("Make this nicer: Our order is two weeks late, that is outrageous!", "two weeks late", "outrageous"),
        ("Please make this polite: The bins weren't emptied, it's a disgrace.", "bins", "disgrace"),
    ],
)
async def test_exasperation_said_as_a_last_clause_goes(request_text: str, kept: str, gone: str) -> None:
    text = await drafted(request_text, "rewrite")
    assert kept in text and gone not in text


async def test_the_same_word_inside_a_question_is_not_cut_as_a_clause() -> None:
    text = await drafted("Make this politer: Is it unacceptable to ask for a refund? Answer me now.", "rewrite")
    assert "refund" in text
