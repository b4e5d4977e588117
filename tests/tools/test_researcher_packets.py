"""UDP's datagrams are its packets, as the note on TCP and UDP says: questions about UDP packets are answered from
what it says about datagrams. Questions the note does not answer (TCP packets "arriving", a difference it draws
nowhere) are still declined."""

from __future__ import annotations

import pytest
from conftest import call, fact_check, researched

from servers.tools.researcher import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    "question",
    [
        "Does UDP guarantee that packets arrive in order?",
        "Are UDP packets guaranteed to arrive?",
        "Can UDP packets arrive out of order?",
        "does udp guarantee packets get delivered in order",
    ],
)
async def test_questions_about_udp_packets_are_answered_from_its_datagrams(tmp_path, question):
    assert "does not guarantee delivery or ordering" in await researched(tmp_path, question)


@pytest.mark.parametrize(
    "question", ["Does TCP guarantee that packets arrive in order?", "what's the difference between tcp and udp"]
)
async def test_what_the_note_does_not_say_is_still_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert result.is_error, result.structured_content


async def test_a_claim_that_udp_orders_its_packets_is_contradicted(tmp_path):
    data = await fact_check(tmp_path, "UDP guarantees that packets are delivered in order, correct?")
    assert data["verdict"] == "contradicted", data["answer"]
