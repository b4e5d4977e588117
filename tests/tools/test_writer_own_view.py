"""A request for the writer's own view ("Give me your honest view: is gold or bitcoin better for a retiree?") is
declined, whichever tool it reaches, instead of handing the question back as the answer; the user's own view to
write up, a question inside a text to rewrite, and an email asking someone else's view are written as before."""

from __future__ import annotations

import pytest

from tests.tools.conftest import call, declined_by_writer, drafted, error_text, tool_server, writer_outcome

pytestmark = pytest.mark.anyio

ASKED = [
    "Give me your honest view: is gold or bitcoin the better investment for a retiree?",
    "In your opinion, is it worth buying an electric car this year?",
    "Your honest take please: should I sell my flat now or wait?",
    "Be honest, which is better for a beginner, Python or Java?",
    "What's your recommendation: index funds or a savings account for my pension?",
    "Which would you pick for my knee pain, physio or surgery?",
    "What do you think, should I quit my job and go travelling?",
]


@pytest.mark.parametrize("request_text", ASKED)
@pytest.mark.parametrize("tool", ["draft", "rewrite", "judge", "word_count"])
async def test_the_writers_own_view_is_declined_by_every_tool(request_text: str, tool: str) -> None:
    said = error_text(await call(tool_server("writer"), tool, request=request_text))
    assert "my own view" in said


async def test_the_agent_declines_and_never_hands_the_question_back() -> None:
    outcome = await writer_outcome(ASKED[0])
    assert outcome.status == "rejected" and "gold or bitcoin" not in outcome.text


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        ("Rewrite this more politely: What do you think you're doing? Move your car off my drive.", "drive"),
        ("Write an email asking for their view on the budget: the budget is £5,000 for the year.", "£5,000"),
    ],
)
async def test_a_view_inside_the_text_or_asked_of_someone_else_is_still_written(request_text: str, kept: str) -> None:
    tool = "rewrite" if request_text.startswith("Rewrite") else "draft"
    assert kept in await drafted(request_text, tool)


async def test_a_view_of_a_draft_is_not_read_as_a_view_asked() -> None:
    said = await declined_by_writer("What do you think of my draft email? It says the party is on Friday.")
    assert "my own view" not in said
