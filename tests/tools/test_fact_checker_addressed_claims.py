"""A claim sent to named agents before its colon ("ask both the researcher and the fact checker: did the Berlin
Wall fall in 1989?", "Send this to the researcher and the fact checker at the same time: ...") is the claim after
the colon, so a fan-out's fact checker branch judges it (it judged the whole request, which no note is about). An
open question or an opinion after the colon is still no claim."""

from __future__ import annotations

import pytest
from conftest import call, fact_check

from servers.tools.fact_checker import create_server

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "verdict"),
    [
        (
            "For my history class handout, ask both the researcher and the fact checker: "
            "did the Berlin Wall fall in 1989?",
            "supported",
        ),
        (
            "Send this to the researcher and the fact checker at the same time: "
            "does water freeze at 0 degrees Celsius?",
            "supported",
        ),
        ("Ask both of you: is the Pacific the largest ocean?", "supported"),
        ("run this past the fact checker and the researcher in parallel: the Berlin Wall fell in 1975", "contradicted"),
        ("Could you get both checkers to look at this: Mount Everest is the tallest mountain on Earth", "supported"),
        ("Have the researcher and fact checker both check: Canberra is the capital of Australia.", "supported"),
        ("pls pass this to each of you - no wait: Sydney is the capital of Australia", "contradicted"),
    ],
)
async def test_a_claim_sent_to_named_agents_is_judged(tmp_path, request_text, verdict):
    data = await fact_check(tmp_path, request_text)
    assert data["verdict"] == verdict, data["answer"]


@pytest.mark.parametrize(
    "request_text",
    [
        "Ask both the researcher and the fact checker: who built the Berlin Wall?",
        "Send this to the researcher and the fact checker: the best pizza in the world is made in Naples",
    ],
)
async def test_what_is_no_claim_after_the_agents_is_not_judged(tmp_path, request_text):
    result = await call(create_server(tmp_path), "fact_check", request=request_text)
    assert result.is_error or result.structured_content["verdict"] not in {"supported", "contradicted"}
