"""A passage quoted at the end of a request is the material of the part that pointed at it ("Summarise this note and
then turn the summary into a message. \"<the note>\""), and the part after 'then' works on that part's result."""

import pytest

from patterns.pointed_material import quoted_where_pointed
from tests.patterns.routed import tasks

NOTE = (
    '"From 1 August the price of a raw hat will go up from 38 to 42 dollars. Payment must be made in cash on '
    'delivery. Orders for more than 50 hats need two weeks of notice."'
)


def test_the_quote_goes_to_the_part_that_points_at_it() -> None:
    request = f"Summarise this note from the weavers and then turn the summary into a short WhatsApp message. {NOTE}"
    assert quoted_where_pointed(request) == (
        f"Summarise this note from the weavers: {NOTE} Then turn the summary into a short WhatsApp message."
    )


def test_it_after_here_is_points_at_the_quote() -> None:
    request = f"Here is the letter. Make a summary of it and then write a short post from the summary. {NOTE}"
    assert quoted_where_pointed(request).startswith(f"Here is the letter. Make a summary of it: {NOTE} Then write")


def test_a_quote_the_last_part_points_at_stays_with_it() -> None:
    request = f"Write a tweet about our sale, then summarise this note. {NOTE}"
    assert quoted_where_pointed(request) == request


@pytest.mark.anyio
async def test_the_plan_summarises_the_quote_then_writes_from_the_summary(decider) -> None:
    request = f"Summarise this note from the weavers and then turn the summary into a short WhatsApp message. {NOTE}"
    planned = await tasks(decider, request)
    assert [(agent, after) for agent, _, after in planned] == [("summarizer", ()), ("writer", ("1",))]
    assert "42 dollars" in planned[0][1] and "42 dollars" not in planned[1][1]
