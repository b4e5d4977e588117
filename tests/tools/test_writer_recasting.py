"""A pasted text fitted to a place or an audience ("Turn this into something short for the staff newsletter: ...",
"Make this shorter and friendlier for the parents' WhatsApp group: ..."): the writer gives the text back fitted,
shorter or friendlier only as asked, every figure and name of what it keeps exact, nothing added; a text too short
to shorten, or an ask offline rules cannot meet (translate it, make it funny), is still declined."""

from __future__ import annotations

import re

import pytest

from tests.benchmarks.scoring import summary_ok
from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio

_FIGURE = re.compile(r"[£$€]?\d[\d,.:]*\w*")


def _material(request: str) -> str:
    return request.split(":", 1)[1].strip().strip('\u201c\u201d"')


def _invents_nothing(request: str, text: str) -> None:
    said = " ".join(_material(request).split())
    for figure in _FIGURE.findall(text):
        assert figure in said, figure


async def test_a_shorter_newsletter_piece_keeps_its_lead_and_meets_the_summary_check() -> None:
    request = (
        "Turn this into something short for the staff newsletter: The staff car park will be resurfaced over the "
        "Easter weekend. It will be closed from 6pm on Thursday until 7am on Tuesday. Staff can park at the leisure "
        "centre on Grove Road during the closure. A free shuttle bus will run every fifteen minutes. Please do not "
        "leave cars in the car park on Thursday night."
    )
    text = await drafted(request)
    assert "The staff car park will be resurfaced over the Easter weekend." in text
    assert "turn this" not in text.lower()
    _invents_nothing(request, text)
    assert summary_ok(request, text) == (True, "")


async def test_shorter_and_friendlier_for_a_group_chat_keeps_the_time() -> None:
    request = (
        "Make this shorter and friendlier for the parents' WhatsApp group: Parents are reminded that pupils must "
        "arrive no later than 8.45am. Late arrivals disrupt the start of lessons for the whole class. Pupils who "
        "arrive after 9am will be marked as late in the register. Please contact the office if there is a reason "
        "your child will be late."
    )
    text = await drafted(request)
    assert "8.45am" in text and "Parents are reminded" not in text
    assert len(text) < len(_material(request))
    _invents_nothing(request, text)


async def test_a_newsletter_piece_not_asked_shorter_keeps_every_sentence_under_its_own_heading() -> None:
    request = (
        "Turn this into something for the parish newsletter: \u201cThe church roof repairs are finished, two weeks "
        "ahead of schedule. The appeal raised \u00a318,400, which covered the whole cost. A thanksgiving service will "
        "be held on Sunday 9 March at 10.30am.\u201d"
    )
    text = await drafted(request)
    assert text.startswith("Church roof repairs\n\n")
    assert "\u00a318,400" in text and "Sunday 9 March at 10.30am" in text and "\u201c" not in text


@pytest.mark.parametrize(
    "request_text",
    [
        "Make this shorter for the newsletter: The hall is closed on Monday. It reopens on Tuesday.",
        "Make this funny with jokes for the staff newsletter: The car park will be resurfaced on 12 June. Staff "
        "should park at the leisure centre. A minibus will run every 15 minutes.",
    ],
)
async def test_too_short_or_beyond_offline_is_declined(request_text: str) -> None:
    assert await declined_by_writer(request_text)
