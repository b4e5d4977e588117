"""An element has one chemical symbol: a claim naming it is decided by a note that gives that element's symbol,
however the note words it ("gold's is Au" in a list, "Gold's symbol, Au, ..."); a note on another element's
symbol, or on some other kind of symbol, decides nothing."""

from __future__ import annotations

import pytest
from conftest import verdict

from servers.tools.fact_checker.roles import claimed_role, stated_roles

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("is it correct that the chemical symbol for gold is Ag?", "contradicted"),
        ("Fact-check: the chemical symbol of iron is Ir.", "contradicted"),
        ("Is it true that the symbol for copper is Cu?", "supported"),
        ("Check this: lead's chemical symbol is Pb.", "supported"),
        ("Verify: the chemical symbol for tin is Ti.", "contradicted"),
    ],
)
async def test_an_elements_symbol_is_decided_by_the_note_that_gives_it(tmp_path, request_text, expected):
    assert await verdict(tmp_path, request_text) == expected


def test_a_list_of_symbols_gives_each_element_its_own():
    roles = stated_roles("Iron's symbol is Fe (ferrum), copper's is Cu (cuprum) and silver's is Ag (argentum).")
    assert sorted(r.said for r in roles) == [
        "the symbol of copper is Cu",
        "the symbol of iron is Fe",
        "the symbol of silver is Ag",
    ]


@pytest.mark.parametrize(
    "passage",
    ["Gold's is Au, said the quiz card.", "The dove's is a symbol of peace."],
)
def test_a_possessive_names_a_symbol_only_where_symbols_are_spoken_of(passage):
    assert all(r.wording != "symbol" or r.said != "the symbol of gold is Au" for r in stated_roles(passage))
    assert not [r for r in stated_roles(passage) if r.said.startswith("the symbol of dove")]


@pytest.mark.parametrize(
    "claim",
    ["The symbol for peace is a dove", "the symbol of the club is a lion"],
)
def test_a_symbol_that_is_no_element_symbol_is_no_one_holder_role(claim):
    assert claimed_role(claim) is None


async def test_a_symbol_the_notes_do_not_give_stays_unverified(tmp_path):
    assert await verdict(tmp_path, "Fact-check: the chemical symbol for xenon is Xe.") == "unverified"
