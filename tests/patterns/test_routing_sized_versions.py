"""Routing a text asked for in a smaller size by the word "version" ("Give me a two-sentence version of our
newsletter piece: ..."): it is the text shortened, the summarizer's job; a version in another tone or language,
or a "version" of a topic with no text given, is not."""

import pytest

from patterns import RankingDecider
from patterns.shortening import shortening_head
from tests.patterns.routed import routed

FARM = (
    "Lambing started on the 3rd of March, a week earlier than usual. We have had 212 lambs from 118 ewes. The lower "
    "fields are very muddy. Two volunteers help on night shifts. The farm shop will sell lamb boxes from late summer."
)
POOL = (
    "The pool is closed on Monday for cleaning. Lessons move to Tuesday. The sauna stays shut until May. Bring your "
    "own towels from June. The cafe reopens next week."
)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Give me a two-sentence version of our farm newsletter piece: {FARM}",
        f"Could you give me a three-line version of this notice? {POOL}",
        f"Can I get a one-paragraph version of the club notice: {POOL}",
        f"give me a 40-word version of this: {FARM}",
        f"Give me a shorter version of our newsletter piece: {FARM}",
        f"Could you give me a condensed version of this update: {POOL}",
        f"I'd like a two sentence version of the pool notice: {POOL}",
    ],
)
def test_a_smaller_version_of_a_given_text_goes_to_the_summarizer(decider: RankingDecider, request_text: str) -> None:
    assert routed(decider, request_text) == "summarizer"


@pytest.mark.parametrize(
    ("request_text", "not_to"),
    [
        (f"Give me a friendlier version of this notice: {POOL}", "summarizer"),
        ("Give me a two-sentence version of the history of the Roman Empire.", "summarizer"),
    ],
)
def test_a_version_in_another_tone_or_of_no_text_is_no_shortening(
    decider: RankingDecider, request_text: str, not_to: str
) -> None:
    assert routed(decider, request_text) != not_to


def test_the_sized_version_reads_as_summarize() -> None:
    assert shortening_head("Give me a two-sentence version of our piece", True) == "Summarize our piece"
    assert shortening_head("Give me a friendlier version of our piece", True) is None
    assert shortening_head("Give me a two-sentence version of the Roman Empire", False) is None
