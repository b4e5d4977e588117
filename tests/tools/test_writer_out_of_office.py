"""An out-of-office reply asked for as the user's own ("Write my out of office.") with its facts in the sentences
after it is written from them; with no facts it still asks for them."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "kept"),
    [
        (
            "Write my out of office. I'm away 12 to 19 August, no email access, urgent stuff should go to Sam at "
            "sam@greenleafdesign.co.uk",
            "sam@greenleafdesign.co.uk",
        ),
        (
            "Can you do my out-of-office? I'm on leave 3 to 10 June and can't check emails, contact Lisa on 0161 496 "
            "0000 for anything urgent.",
            "Lisa",
        ),
        (
            "Write our away message. We are closed from 24 December to 2 January and orders placed then ship on "
            "3 January.",
            "24 December",
        ),
        ("Please write my auto-reply. I'm at a conference until Friday and will reply on Monday.", "Friday"),
    ],
)
async def test_my_out_of_office_is_written_from_the_facts_after_it(request_text: str, kept: str):
    text = await drafted(request_text)
    assert kept in text and "Out of office" in text, text


@pytest.mark.parametrize("request_text", ["Write my out of office.", "Write my out of office please, thanks."])
async def test_my_out_of_office_with_no_facts_is_declined(request_text: str):
    assert await declined_by_writer(request_text)
