"""Correcting a learner's English ("Please correct my English in this: Yesterday I have went to the bank and they
was closed."): the slips a rule is sure of are fixed, every other word stays; a text none of the rules touch is
declined, never handed back as if it were correct."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted, writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "text"),
    [
        (
            "Please correct my English in this: Yesterday I have went to the bank and they was closed.",
            "Yesterday I went to the bank and they were closed.",
        ),
        (
            "Can you fix the grammar: She don't like the new rota and we was not told about it.",
            "She doesn't like the new rota and we were not told about it.",
        ),
        (
            "Correct my English please: I have ate already. My friend could of come but he have a cold.",
            "I have eaten already. My friend could have come but he has a cold.",
        ),
        (
            "Proofread this: Last week we didn't went to the match because you was ill.",
            "Last week we didn't go to the match because you were ill.",
        ),
        (
            "check my grammar pls: I need more informations about the course, it is more better for me.",
            "I need more information about the course, it is better for me.",
        ),
        (
            "Could you correct the grammar in my message: Two years ago I have wrote to the council and they wasn't "
            "helpful.",
            "Two years ago I wrote to the council and they weren't helpful.",
        ),
    ],
)
async def test_the_slips_are_fixed_and_every_other_word_stays(request_text: str, text: str) -> None:
    corrected, note = (await drafted(request_text, "rewrite")).split("\n\n", 1)
    assert corrected == text
    # the answer says which slips it fixed and that only those kinds were looked for
    assert note.startswith("(Fixed, now reading '") and "other mistakes may remain" in note
    # (and never says the slip again: the corrected answer repeats no mistake)
    assert not any(slip in note for slip in ("have went", "they was", "could of", "have ate", "wasn't helpful"))


@pytest.mark.parametrize(
    ("request_text", "text"),
    [
        ("Correct my grammar: Does she have a car? He have a cold.", "Does she have a car? He has a cold."),
        (
            "Please fix the grammar: Did he have lunch before they was called in?",
            "Did he have lunch before they were called in?",
        ),
        ("Proofread this: Can it have a lid? We was told it could.", "Can it have a lid? We were told it could."),
        (
            "Check my grammar: I will let him have the keys but she don't know.",
            "I will let him have the keys but she doesn't know.",
        ),
        (
            "correct my english pls: Doesn't he have the form? It have been signed.",
            "Doesn't he have the form? It has been signed.",
        ),
        (
            "Correct my English: We need her to have it by Friday, but you was away.",
            "We need her to have it by Friday, but you were away.",
        ),
        (
            "Fix my grammar: Would she have come if they was asked? He have two sons.",
            "Would she have come if they were asked? He has two sons.",
        ),
    ],
)
async def test_a_verb_after_an_auxiliary_is_left_alone(request_text: str, text: str) -> None:
    assert (await drafted(request_text, "rewrite")).split("\n\n", 1)[0] == text


async def test_a_text_with_only_auxiliary_verbs_is_declined() -> None:
    assert "no slip my grammar rules fix" in await declined_by_writer("Fix my grammar: Does she have a car?", "rewrite")


async def test_the_agent_answers_with_the_corrected_text() -> None:
    outcome = await writer_outcome(
        "Please correct my English in this: Yesterday I have went to the bank and they was closed."
    )
    corrected = outcome.text.split("\n\n", 1)[0]
    assert outcome.status == "completed" and corrected == "Yesterday I went to the bank and they were closed."


@pytest.mark.parametrize(
    "request_text",
    [
        "Fix my grammar: The meeting is on Monday at the library.",
        "Please correct my English: Me and him goes to the gym every days.",
    ],
)
async def test_a_text_no_rule_touches_is_declined(request_text: str) -> None:
    assert "no slip my grammar rules fix" in await declined_by_writer(request_text, "rewrite")
