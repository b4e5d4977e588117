"""Which standard deviation is asked, said beside the list: '(population, not sample)', '(population)', 'sample,
not population', '(not the sample one)'; both, or neither, stay declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

POPULATION, SAMPLE = 12.3153021346, 13.4907375632


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("standard deviation of 4, 8, 15, 16, 23, 42 (population, not sample)", POPULATION),
        ("standard deviation of 4, 8, 15, 16, 23, 42 (population)", POPULATION),
        ("standard deviation of 4, 8, 15, 16, 23, 42, population not sample", POPULATION),
        ("standard deviation of 4, 8, 15, 16, 23, 42 (not the sample one)", POPULATION),
        ("standard deviation of 4, 8, 15, 16, 23, 42 (population rather than sample)", POPULATION),
        ("sd of 4, 8, 15, 16, 23, 42 - sample, not population", SAMPLE),
        ("standard deviation of 4, 8, 15, 16, 23, 42 (sample)", SAMPLE),
        ("population standard deviation of 4, 8, 15, 16, 23, 42 (population, not sample)", POPULATION),
    ],
)
async def test_the_kind_said_beside_the_list_is_the_one_worked_out(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "standard deviation of 4, 8, 15, 16, 23, 42 (population and sample)",
        "standard deviation of 4, 8, 15, 16, 23, 42 (not population, not sample)",
        "standard deviation of 4, 8, 15, 16, 23, 42 (population, not population)",
        "sample standard deviation of 4, 8, 15, 16, 23, 42 (population, not sample)",
    ],
)
async def test_kinds_that_contradict_are_declined(request_text: str):
    await refused(request_text)
