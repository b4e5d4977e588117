"""Downtime from an uptime percentage over a span (issue 9, tuning_everyday_12): '99.9% uptime over a 30 day month,
how many minutes of downtime is that?' -> 43.2. A span with no fixed length ('a month'), another number, or a
question in no unit of time declines.
"""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("99.9% uptime over a 30 day month, how many minutes of downtime is that?", 43.2),
        ("99.95% availability over 7 days, how many minutes down?", 5.04),
        ("SLA is 99.5% uptime over 30 days. How many hours of downtime?", 3.6),
        ("Our host promises 99% uptime across 10 days - how many hours could it be offline?", 2.4),
        ("99.9% uptime over 30 days, how many minutes of uptime?", 43156.8),
    ],
)
async def test_downtime_is_the_rest_of_the_span(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "99.9% uptime over a month, how many minutes of downtime?",  # a month has no one length
        "99.9% uptime over 30 days and 2 outages, how many minutes each?",
        "99.9% uptime over 30 days, how much downtime?",  # in no unit
        "99.9% of 30 days, how many minutes of downtime?",  # not said as uptime
    ],
)
async def test_a_span_of_no_fixed_length_or_another_number_declines(request_text: str):
    await refused(request_text)
