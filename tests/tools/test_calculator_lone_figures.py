"""A figure sent alone asks nothing and is declined: a form's line cut from its question ('Hours: 42.' of 'Hours:
42. Rate: £15.75. Gross pay?') used to come back as the step '42', done."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize("request_text", ["42", "£318", "180°C", "5 km", "£25,000", "4.5 kg", "25%"])
async def test_a_figure_alone_is_declined(request_text: str):
    assert "asks nothing of it" in await refused(request_text)


@pytest.mark.parametrize(
    ("request_text", "result"),
    [("What is 42?", 42), ("42 + 1", 43), ("5 km in miles", 3.10686), ("£318 split 4 ways", 79.5)],
)
async def test_a_figure_with_something_asked_is_answered(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, rel=1e-5)
