"""The writer declines what it cannot write honestly offline, in one line that says why."""

from __future__ import annotations

import pytest
from conftest import call, cpu_time, error_text

from servers.tools.writer import create_server

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "reason"),
    [
        ("Write three bullet points about our new office: it has a gym, it has a roof garden", "3 bullet points"),
        ("Write a five-sentence description of the Lumo bike light: it is waterproof", "not the 5"),
        ("Compose a sonnet about the moon", "sonnet needs a model"),
        ("write me a haiku for my mum's birthday", "haiku needs a model"),
        ("Write a newsletter about this week's news", "is a topic"),
        ("Write a product description for my handmade candles", "is a topic"),
        ("write a 500-word blog post about productivity", "is a topic"),
        ("Translate this into German: The shop is closed on Sundays.", "Translation needs a model"),
        ("Please write an email", "Write what?"),
        ("Write a slogan", "Write what?"),
        ("Make a packing list for my trip to Rome", "is a topic"),
        (
            "Write an email in under 10 words telling the team that the quarterly planning meeting moves from "
            "Tuesday afternoon to Thursday morning in room 4",
            "more than 'under 10 words'",
        ),
    ],
)
async def test_the_writer_declines_what_it_cannot_account_for(request_text: str, reason: str):
    result = await call(create_server(), "draft", request=request_text)
    assert reason in error_text(result)


async def test_a_bullet_list_with_nothing_to_list_asks_for_the_text():
    result = await call(create_server(), "rewrite", request="Turn this into a bullet list")
    assert "Rewrite what?" in error_text(result)


async def test_a_rewrite_into_another_language_is_declined():
    result = await call(create_server(), "rewrite", request="Rewrite this in Spanish: Thanks for coming.")
    assert "Translation needs a model" in error_text(result)


async def test_a_long_run_on_sentence_is_fitted_to_a_count_in_bounded_time():
    facts = "This lamp " + " and ".join(f"runs {n} hours" for n in range(1000)) + "?"
    with cpu_time() as spent:
        result = await call(create_server(), "draft", request=f"Write a three-sentence description: {facts}")
    assert spent.seconds < 2.0
    assert "not the 3" in error_text(result)
