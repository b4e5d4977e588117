"""Round 44: what a thing is called, a role shared among a few holders, and states that exclude each other.

- A naming claim ("X is known as Y", "X used to be called Y", "Y is the old name of X") is supported by a note
  that opens on the same thing and gives it the same name the same way; another name, or the name given the
  other way (a former name for a nickname), leaves it unverified, since a thing may have several.
- "South Africa has three capitals: A, B and C" gives each of them the role and denies it to every other city.
- "active", "dormant" and "extinct" exclude each other: a note's "extinct volcano" contradicts "active volcano".
"""

from __future__ import annotations

import pytest
from conftest import verdict

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

_TOWN = (
    "Port Amber was called Fishguard Bay until 1921, when it was renamed after the amber found on its beach. "
    "Port Amber has long been known as the Jewel of the North for its harbour."
)
_REPUBLIC = "Veldland has three capitals: Eastport, Morrow Falls and Tinsel. Kroon is Veldland's largest city."
_HILL = "Mount Carrow is built on the plug of an extinct volcano that erupted 300 million years ago."


@pytest.mark.parametrize(
    "request_text",
    [
        "my friend say Port Amber before was call Fishguard Bay. true?",
        "Port Amber used to be called Fishguard Bay, right?",
        "Is it true Port Amber was formerly known as Fishguard Bay?",
        "Fishguard Bay is the old name of Port Amber",
        "Fact check: the old name for Port Amber is Fishguard Bay",
        "Port Amber is known as the Jewel of the North",
        "Someone said Port Amber is nicknamed the Jewel of the North. Is that right?",
        "Port Amber's nickname is the Jewel of the North",
    ],
)
async def test_a_name_the_note_gives_the_same_way_is_supported(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text, **{"Port Amber": _TOWN}) == "supported"


@pytest.mark.parametrize(
    "request_text",
    [
        "Port Amber used to be called Kingsford",  # another former name: a town may have had several
        "Port Amber is known as the Pearl of the South",  # another nickname
        "Port Amber is known as Fishguard Bay",  # its former name, not what it is called now
        "Kingsford used to be called Fishguard Bay",  # another town
        "Port Amber was once called the Jewel of the North",  # its nickname, not a former name
    ],
)
async def test_another_name_or_the_other_way_is_unverified(tmp_path, request_text: str) -> None:
    assert await verdict(tmp_path, request_text, **{"Port Amber": _TOWN}) == "unverified"


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Is Eastport the capital of Veldland?", "supported"),
        ("Morrow Falls is the capital of Veldland", "supported"),
        ("Is Kroon the capital of Veldland? My mate says yes", "contradicted"),
        ("The capital of Veldland is Brack", "contradicted"),
        ("Kroon is the capital of Westmark", "unverified"),  # another country
    ],
)
async def test_a_role_shared_among_named_holders(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text, Veldland=_REPUBLIC) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("A guest told me Mount Carrow is built on an extinct volcano. True?", "supported"),
        ("Mount Carrow is built on an active volcano", "contradicted"),
        ("Mount Carrow is built on a dormant volcano, right?", "contradicted"),
        ("Mount Dunmore is built on an extinct volcano", "unverified"),
    ],
)
async def test_states_that_exclude_each_other(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text, **{"Mount Carrow": _HILL}) == expected


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Is Johannesburg the capital of South Africa? My apprentice reckons so", "contradicted"),
        ("Is Pretoria the capital of South Africa?", "supported"),
        ("Someone said Vancouver is the capital of British Columbia. Who's right?", "contradicted"),
        ("Victoria is the capital of British Columbia", "supported"),
        ("A regular insists the Titanic was built in Belfast. Is that right?", "supported"),
        ("The Titanic was built in Glasgow", "unverified"),
        ("my cousin say Hong Kong returned to China in 1999", "contradicted"),
        ("Hong Kong was handed back to China in 1997", "supported"),
        ("Macau was returned to China in 1999", "supported"),
        ("Saigon is the old name of Ho Chi Minh City", "supported"),
        ("Ho Chi Minh City used to be called Hanoi", "unverified"),
        ("Kent is known as the Garden of England, yes?", "supported"),
        ("Edinburgh Castle is built on an active volcano", "contradicted"),
    ],
)
async def test_everyday_places_from_the_starter_notes(tmp_path, request_text: str, expected: str) -> None:
    assert await verdict(tmp_path, request_text) == expected
