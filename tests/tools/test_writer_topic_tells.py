"""A text about a topic that tells its readers a fact ("an email to my book club about the theatre trip telling
them each person owes $43.50") says the fact with its topic; a topic with a figure named but not given still
declines."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


async def test_the_fact_is_said_with_its_topic() -> None:
    text = await drafted("Write an email to my book club about the theatre trip telling them each person owes $43.50")
    assert "theatre trip" in text and "each person owes $43.50" in text


async def test_her_share_is_the_readers() -> None:
    text = await drafted("Write a text to my sister about mum's birthday present telling her her share is £35")
    assert "mum's birthday present" in text and "your share is £35" in text


async def test_a_figure_named_but_not_given_still_declines() -> None:
    said = await declined_by_writer(
        "Write an email to my book club about the theatre trip telling them how much each person owes"
    )
    assert "topic" in said
