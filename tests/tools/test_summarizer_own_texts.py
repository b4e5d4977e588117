"""A text the asker says is their own, or one sent to them ("this review I wrote", "the email we got"), is the
material named, not a further ask: it is summarized. Another ask beside it ("... and translate it") still declines."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.summarizer import create_server

pytestmark = pytest.mark.anyio

TEXT = (
    "The museum reopens on May 3 after renovation. Entry is free for the first week. "
    "The new wing shows modern sculpture. Guided tours start at ten every morning."
)


@pytest.mark.parametrize(
    "request_text",
    [
        "tl;dr of this review I wrote?",
        "Summarise this letter we were sent",
        "can you summarise these notes we took",
        "sum up this letter that we received",
        "Give me the gist of the report I've just written",
    ],
)
async def test_the_askers_own_text_is_summarized(request_text: str):
    result = await call(create_server(), "digest", request=f"{request_text}: {TEXT}", text=TEXT)
    assert not result.is_error, error_text(result)
    assert result.structured_content and result.structured_content["summary"]


@pytest.mark.parametrize(
    "request_text",
    ["summarise this review I wrote and translate it into German", "Summarise the report I wrote in French"],
)
async def test_another_ask_beside_the_askers_text_is_declined(request_text: str):
    result = await call(create_server(), "digest", request=f"{request_text}: {TEXT}", text=TEXT)
    assert result.is_error


@pytest.mark.parametrize(
    "request_text",
    [
        "Give me a short version of this for parents",
        "Summarise this for residents",
        "tl;dr for staff please",
        "Could you sum this up for volunteers",
    ],
)
async def test_a_summary_for_readers_named_by_who_they_are_is_summarized(request_text: str):
    result = await call(create_server(), "digest", request=f"{request_text}: {TEXT}", text=TEXT)
    assert not result.is_error, error_text(result)


@pytest.mark.parametrize(
    "request_text", ["Summarise this for parents in French", "Rewrite this for parents in simpler words"]
)
async def test_more_than_a_summary_for_those_readers_is_declined(request_text: str):
    result = await call(create_server(), "digest", request=f"{request_text}: {TEXT}", text=TEXT)
    assert result.is_error
