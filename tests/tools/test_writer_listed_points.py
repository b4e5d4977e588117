"""Points handed over to be put into bullet points are listed, however the list is asked for: "Put these into
exactly 3 bullet points for the staff room", "Make these into bullet points for the team", "Could you put this lot
into bullet points". With a size word before the count ("exactly 3") or no article ("into bullet points"), they
were read as no writing at all, or as a tone rewrite. A count that does not match the points is still declined."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

pytestmark = pytest.mark.anyio


_ROTA = "new rota starts Monday; breaks are now 30 minutes; the car park closes at 8pm."


@pytest.mark.parametrize(
    ("request_text", "count", "said"),
    [
        (f"Put these into exactly 3 bullet points for the staff room: {_ROTA}", 3, "Breaks are now 30 minutes"),
        (f"Make these into exactly 3 bullet points for the team: {_ROTA}", 3, "New rota starts Monday"),
        (f"Put these into bullet points for the staff room: {_ROTA}", 3, "The car park closes at 8pm"),
        (
            "Could you put this lot into bullet points for the noticeboard: bins go out Tuesday; the gate code is "
            "4471; parcels go to flat 2.",
            3,
            "The gate code is 4471",
        ),
        (
            "Turn the following into exactly four bullet points: kick-off at 10; lunch at 1; we finish at 4; bring a "
            "laptop.",
            4,
            "We finish at 4",
        ),
        ("Put these in bullet points please: the meeting is at 3pm; bring your laptop", 2, "The meeting is at 3pm"),
    ],
)
async def test_points_are_put_into_bullets(request_text: str, count: int, said: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert said in outcome.text
    assert sum(line.startswith("- ") for line in outcome.text.splitlines()) == count


@pytest.mark.parametrize(
    "request_text",
    [
        "Put these into 2 bullet points: tickets are £5; doors open at 7pm; the bar is cash only.",
        f"Put these into exactly 5 bullet points for the staff room: {_ROTA}",
    ],
)
async def test_a_count_the_points_do_not_make_is_declined(request_text: str) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "rejected", outcome.text
