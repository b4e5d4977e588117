"""Which standard deviation is asked, said beside the list: '(population, not sample)', '(population)', 'sample,
not population', '(not the sample one)'; both, or neither, stay declined. And a weight named right after the
statistic ('mean weight of these honey supers: ...') is what the list measures, not the weights of a weighted mean."""

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


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Mean weight of these honey supers: 18.2, 21.5, 19.8, 20.5 kg", 20),
        ("average weight of these bags: 18.2, 21.5, 19.8, 20.5 kg", 20),
        ("Mean weight: 18.2, 21.5, 19.8, 20.5", 20),
        ("median weight of the lambs: 31, 28, 35 kg", 31),
        ("what's the average weight of my parcels: 2.5, 3, 4.5 kg", 10 / 3),
        ("mean weight of the bags: 20, 25, 30", 25),
    ],
)
async def test_a_weight_named_after_the_statistic_is_what_is_measured(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize("request_text", ["mean of 70, 80 with weights 2 and 3", "weighted mean of 70, 80"])
async def test_weights_of_a_weighted_mean_are_not_a_label(request_text: str):
    await refused(request_text)
