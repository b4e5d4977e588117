"""Routing of a text handed over by the part of it a request names ("Summarize the history section from the
walking tour leaflet: <text>") or by a kind of document the user has ("the main points of our new hybrid working
policy: <text>"): the part's subject is no topic, and the document is the material, so the verb says who acts."""

import pytest

from patterns import RankingDecider
from patterns.material import split_material
from patterns.sections import plain_sections
from tests.patterns.routed import routed

MILL = "The mill was built in 1790 to grind corn. It was converted to spin cotton in 1840. A fire closed it in 1902."
POLICY = (
    "Staff may work from home up to two days a week once they have completed probation. Home working days must be "
    "agreed with your line manager a week in advance. You must be reachable by phone during core hours."
)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Summarize the history section from the walking tour leaflet, 3 sentences max: {MILL}",
        f"tl;dr the background chapter of my dissertation: {MILL}",
        f"Give me the gist of the history section: {MILL}",
        f"Pull out the main points of our new hybrid working policy for the team chat: {POLICY}",
        f"Key points of this proposal please: {POLICY}",
        f"Could you condense this grant application section? It's too long for the form: {MILL}",
    ],
)
def test_a_handed_over_text_named_by_its_part_or_kind_goes_to_the_summarizer(
    decider: RankingDecider, request_text: str
) -> None:
    assert routed(decider, request_text) == "summarizer"


@pytest.mark.parametrize(
    ("request_text", "worker"),
    [
        ("What is the history of the Eiffel Tower?", "researcher"),
        ("Write a short section on the history of our village for the parish magazine.", "writer"),
    ],
)
def test_a_part_named_without_a_text_handed_over_keeps_its_reading(
    decider: RankingDecider, request_text: str, worker: str
) -> None:
    assert routed(decider, request_text) == worker


@pytest.mark.parametrize(
    ("instruction", "plain"),
    [
        ("Summarize the history section", "Summarize the section"),
        ("tl;dr the opening two paragraphs", "tl;dr the paragraphs"),
        ("boil this down a bit", "boil this down a bit"),
        ("summarize section 3", "summarize section 3"),
    ],
)
def test_plain_sections_names_the_part_plainly(instruction: str, plain: str) -> None:
    assert plain_sections(instruction) == plain


def test_a_document_the_user_has_introduces_its_text_after_a_colon() -> None:
    instruction, material = split_material(f"Pull out the main points of our new policy for the team chat: {POLICY}")
    assert instruction.endswith("team chat") and material.startswith("Staff may")
