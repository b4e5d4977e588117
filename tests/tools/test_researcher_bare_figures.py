"""A figure sent alone ('Weeks 4', 'hours per week 30'), as is left when a form is cut into lines, is no question:
the researcher declines it rather than return a note that happens to say 'a week' beside a 4. A question about
periods, a year alone and a named thing with a number are answered as before."""

from __future__ import annotations

import pytest
from conftest import call

from servers.tools.researcher import create_server
from servers.tools.researcher.figures import bare_figure

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize("text", ["Weeks 4", "weeks 4", "hours per week 30", "Days 12", "4 weeks", "30 hrs a week"])
def test_a_figure_alone_is_no_question(text: str) -> None:
    assert bare_figure(text)


@pytest.mark.parametrize(
    "text",
    ["1066", "How many weeks are in a year?", "Apollo 11", "What happened in 1066", "the 100 days offensive"],
)
def test_a_question_or_a_topic_with_a_figure_is_read(text: str) -> None:
    assert not bare_figure(text)


@pytest.mark.parametrize("request_text", ["Weeks 4", "hours per week 30"])
async def test_the_researcher_declines_a_figure_alone(tmp_path, request_text: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=request_text)
    assert result.is_error, result.structured_content
