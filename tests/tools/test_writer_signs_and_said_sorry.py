"""Facts told in sentences after the ask, as signs and notices tell them: 'Open again 19 September from 6am.' is the
hours, and 'Thank you to all our clients.' thanks the readers, so both are written, not read as orders to the
writer; 'Say sorry for the hassle.' is an apology said to the reader; 'an email to Marco for me' is written on the
asker's behalf, and 'me' is no subject."""

from __future__ import annotations

import pytest

from tests.tools.conftest import writer_outcome

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "facts"),
    [
        (
            "Write sign for my stall. Closed for Chuseok 16 to 18 September. Open again 19 September from 6am. "
            "Thank you customers.",
            ["16 to 18 September", "19 September", "6am"],
        ),
        (
            "Please write a notice for the door of the shop. We are closed Thursday 17 April and Friday 18 April for "
            "Semana Santa. We open again Saturday 19 April at 9am. Thank you to all our clients.",
            ["17 April", "19 April", "9am", "Thank you to all our clients"],
        ),
        (
            "Write an email to Marco at Bellerive Bistro for me. This week's delivery moves from Thursday to Friday "
            "because of the rain closure. The price stays at $13 a dozen. Say sorry for the hassle.",
            ["Friday", "$13 a dozen", "Sorry for the hassle"],
        ),
    ],
)
async def test_facts_and_courtesies_after_the_ask_are_written(request_text: str, facts: list[str]) -> None:
    outcome = await writer_outcome(request_text)
    assert outcome.status == "completed", outcome.text
    assert all(fact in outcome.text for fact in facts), outcome.text
    assert "Subject: Me" not in outcome.text


async def test_an_order_to_thank_someone_is_still_an_order() -> None:
    outcome = await writer_outcome(
        "Write a thank you note to the Moreau family. Thank them for the dinner on Friday and tell them I'll be home "
        "late on Tuesday."
    )
    assert outcome.status == "completed", outcome.text
    assert "Thank you for the dinner on Friday" in outcome.text
