"""A colour the question names says its kind already: "What causes the blue colour of the sky?" is answered by the
note on why the sky is blue, which never says "colour"; "What colour is the Eiffel Tower?" still needs a note that
gives the colour."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


async def test_the_blue_colour_of_the_sky_is_the_sky_being_blue(tmp_path):
    found = await researched(tmp_path, "What causes the blue colour of the sky? A student asked me.")
    assert "Rayleigh" in found or "scatter" in found


async def test_a_colour_asked_for_still_needs_a_note_that_gives_it(tmp_path):
    result = await call(create_server(tmp_path), "answer", request="What colour is the Eiffel Tower?")
    assert result.is_error and "Nothing in the knowledge base matched" in error_text(result)
