"""A question about a claim before a text to summarise ("Is it true that ...? Also summarise this for me: ...")
does not make the text a claim: the text is material to its end, so a sentence in it that opens with a word that
can be an order ("Book returns can be made at the post office.", "Park at the back.") stays in it. Near-misses:
material introduced as a claim ("Check this claim: ...", "Is this true: ...") is one statement, and an order after
it is a part of its own."""

from __future__ import annotations

import pytest

from patterns.clauses import split_tasks

pytestmark = [pytest.mark.rounds]

NOTICE = (
    "The pool will close for repairs from 3 June. Lessons move to the leisure centre. Book lane swims at reception. "
    "Lockers will not be available. The pool expects to reopen in August."
)


@pytest.mark.parametrize(
    "asked",
    [
        "Is it true that lightning never strikes the same place twice? Also summarise this for me:",
        "Can you verify that the Eiffel Tower is 330 m tall? And condense this notice:",
        "Fact-check that bats are blind. Then give me the gist of this:",
        "quick one - is it true goldfish have a 3 second memory?? also tldr this pls:",
    ],
)
def test_a_claim_asked_before_a_text_leaves_the_text_whole(asked: str) -> None:
    pieces = split_tasks(f"{asked} {NOTICE}")
    assert len(pieces) == 2
    assert pieces[1].text.endswith("The pool expects to reopen in August.")
    assert "Book lane swims at reception." in pieces[1].text


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("Check this claim: the Amazon is the longest river. And convert 2,450 km to miles.", "Convert 2,450 km"),
        ("Is this true: the Nile flows north. Convert 6,650 km to miles.", "Convert 6,650 km"),
        ("Verify this claim: Everest is 8,849 m tall. Book me a reminder to check again.", "Book me a reminder"),
    ],
)
def test_an_order_after_a_claim_is_a_part_of_its_own(text: str, after: str) -> None:
    pieces = split_tasks(text)
    assert len(pieces) == 2
    assert pieces[1].text.startswith(after)
