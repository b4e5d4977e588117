"""Rules that must not fire where the words only look alike: a superlative of another kind or scope, a
comparison the other way, an "un-" that is no negation, a bound that settles nothing, an approximate figure
that is too far off; and a work credited to someone other than the note's maker."""

from __future__ import annotations

import pytest
from conftest import call, error_text, verdict

from servers.tools.fact_checker import create_server
from servers.tools.fact_checker.authorship import as_made
from servers.tools.fact_checker.contrasts import un_antonym
from servers.tools.fact_checker.degrees import degree, ranked
from servers.tools.fact_checker.figures import find_figures
from servers.tools.fact_checker.roles import claimed_role

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    "request_text",
    [
        "Is it true that Mars has the largest moon in the Solar System?",  # the note: the largest volcano
        "The Yangtze is the longest river in the world.",  # the note: the longest river in Asia
        "The blue whale is the largest fish known to have ever lived",  # the note: the largest animal
        "The Amazon is the largest rainforest in Asia",
        "Fact check: the wreck of the Titanic was discovered in 1985.",  # "lay undiscovered until 1985"
        "Fact-check: oceans uncover about 71 percent of the Earth's surface",
        "Is it true that light moves faster in water than in glass?",
        "Ice is denser than steel",
        "More than 2,500 people died when the Titanic sank.",
    ],
)
async def test_evidence_that_only_looks_alike_leaves_the_claim_unverified(tmp_path, request_text):
    assert await verdict(tmp_path, request_text) == "unverified"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Fact-check: ice is denser than liquid water.", "contradicted"),
        ("Most substances are less dense as liquids than as solids", "supported"),
        ("Gutenberg developed his printing press around 1500", "contradicted"),
        ("Oceans cover about 78 percent of the Earth's surface", "contradicted"),
        ("Humans use more than 10 percent of their brains", "supported"),
        ("Ernest Hemingway wrote The Great Gatsby", "contradicted"),
        ("Michelangelo painted the Mona Lisa", "contradicted"),
        ("Leonardo da Vinci painted the Mona Lisa", "supported"),
        ("Van Gogh painted The Starry Night in 1890", "contradicted"),
        ("Mount Everest is the highest mountain above sea level", "supported"),
        # Not by the note on Kilimanjaro ("the highest free-standing mountain in the world", a narrower rank),
        # but by the note on Everest, which holds the world's rank.
        ("Kilimanjaro is the highest mountain in the world", "contradicted"),
    ],
)
async def test_claims_the_notes_decide(tmp_path, request_text, expected):
    assert await verdict(tmp_path, request_text) == expected


def test_a_superlative_needs_the_same_kind_and_scope():
    assert ranked("Mars is the largest planet", "Mars has the largest volcano in the Solar System") is not None
    assert ranked("the longest river in the world", "the longest river in Asia") is not None
    assert ranked("the largest ocean on Earth", "The Pacific is the largest and deepest ocean") is None
    # the largest of all may not be of the narrower kind: Antarctica is the largest desert, not the largest hot one
    assert ranked("the largest tropical rainforest", "the largest rainforest") is not None
    assert ranked("the largest rainforest", "the largest tropical rainforest") is not None


def test_a_bound_is_a_figure_not_a_comparison():
    assert degree("more than 1,500 passengers died") is None
    assert degree("carries far more water than any other river") is not None
    found = degree("Ice is less dense than liquid water")
    assert found is not None and not found.more


def test_a_bound_settles_only_what_lies_beyond_it():
    more_than_1500 = find_figures("more than 1,500 died").figures[0]
    assert find_figures("2,500 died").figures[0].relation(more_than_1500) == "unclear"
    assert find_figures("1,200 died").figures[0].relation(more_than_1500) == "disagree"
    assert find_figures("more than 1,000 died").figures[0].relation(more_than_1500) == "agree"


def test_an_un_verb_that_undoes_is_no_negation():
    assert un_antonym(frozenset({"uncover"}), frozenset({"cover"})) is None
    assert un_antonym(frozenset({"discov"}), frozenset({"undiscov"}), "It lay undiscovered until 1985") is None
    assert un_antonym(frozenset({"unencrypt"}), frozenset({"encrypt"})) == ("unencrypt", "encrypt")


def test_a_named_work_is_read_from_its_side():
    assert as_made("F. Scott Fitzgerald wrote The Great Gatsby, published in 1925") == [
        "The Great Gatsby was written by F. Scott Fitzgerald"
    ]
    assert as_made("Edison invented the light bulb") == []
    assert as_made("Mark Twain wrote Tom Sawyer and Huckleberry Finn", every_work=False) == [
        "Tom Sawyer and Huckleberry Finn was written by Mark Twain"
    ]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Fact-check: the capital of Australia is Sydney.", "contradicted"),
        ("Toronto is the capital of Canada, isn't it?", "contradicted"),
        ("Paris is the capital of France", "supported"),
        ("Lagos was the capital of Nigeria", "unverified"),  # "Abuja has been the capital since 1991"
        ("Bern is the capital of Switzerland", "unverified"),  # the note: "the federal city"
        ("Toronto is the capital of Ontario", "unverified"),  # another place than the notes' role
    ],
)
async def test_a_role_one_holder_fills_is_decided_by_the_named_holder(tmp_path, request_text, expected):
    assert await verdict(tmp_path, request_text) == expected


def test_only_a_role_one_holder_fills_is_read_as_one():
    assert claimed_role("Sydney is the capital of Australia") is not None
    assert claimed_role("Commodus is the son of Marcus Aurelius") is None
    assert claimed_role("Lagos was the capital of Nigeria") is None


async def test_a_name_that_is_also_a_verb_opens_a_claim(tmp_path) -> None:
    notes = {"Novels": "Herman Melville wrote Moby-Dick, which was published in 1851."}
    assert await verdict(tmp_path, "Mark Twain wrote Moby-Dick", **notes) == "contradicted"


async def test_a_request_opening_with_please_is_not_a_claim(tmp_path) -> None:
    result = await call(create_server(tmp_path), "fact_check", request="Please update the slides by Friday.")
    assert result.is_error and "claim" in error_text(result)
