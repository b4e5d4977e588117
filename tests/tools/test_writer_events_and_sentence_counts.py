"""An event named with where it goes ("the Year 8 maths trip to the Science Museum on Friday 21 March") is said with
its place and time, so no fact of the request is dropped; an out-of-office told as "I'm away until ... and ..." is
two sentences; an invitation's "free tastings ..." after its times is a sentence of its own when more are asked."""

from __future__ import annotations

import pytest
from conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


async def test_a_trip_to_a_named_place_keeps_every_fact():
    text = await drafted(
        "Write a letter to parents about the Year 8 maths trip to the Science Museum on Friday 21 March. It costs "
        "£18.50, payment is due by 7 March on ParentPay, and pupils need a packed lunch."
    )
    for fact in ("Year 8", "Science Museum", "21 March", "£18.50", "7 March", "ParentPay", "packed lunch"):
        assert fact in text


async def test_an_out_of_office_in_two_sentences():
    text = await drafted(
        "Write a two-sentence out-of-office message: I'm away until 22 August and urgent questions should go to Ben "
        "Clarke."
    )
    assert "I'm away until 22 August. Urgent questions should go to Ben Clarke." in text


async def test_an_invitation_in_three_sentences_and_one_it_cannot_fill():
    text = await drafted(
        "Write an invitation to our open weekend on 7 and 8 June, 11am to 5pm, free tastings in the cellar and "
        "vineyard tours every hour, in three sentences."
    )
    assert "open weekend on 7 and 8 June, 11am to 5pm. Free tastings in the cellar and vineyard tours" in text
    assert "not the 3" in await declined_by_writer(
        "Write an invitation to our open weekend on 7 and 8 June, 11am to 5pm, in three sentences."
    )
