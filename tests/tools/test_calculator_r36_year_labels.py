"""Paraphrases of amounts labelled by calendar years, with the near-misses that must decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Our 2023 harvest was 40 tonnes and 2024 came in at 33 tonnes after the hail. What's the percentage drop?",
         17.5),
        ("The harvest was 40 tonnes in 2023 and 33 tonnes in 2024. What's the percentage drop?", 17.5),
        ("Revenue was £1.2m in 2021 and £1.5m in 2024. What's the percentage increase?", 25),
        ("Membership was 250 in 2019 and 310 in 2024. By what percent did it grow?", 24),
        ("Our 2022 rent was €1,000 a month and 2023 went up to €1,080 a month. What's the percentage rise?", 8),
    ],
)  # fmt: skip
async def test_year_label_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "Sales were £40,000 in 2024 and £46,000 in 2023. What's the percentage change?",
        "Our 2024 harvest was 33 tonnes and 2023 was 40 tonnes. What's the percentage drop?",
        "Sales were 40 in 2023 and 46 in 2024. How many years?",
        "In 2023 we made £40,000. What's 20% of that?",
    ],
)
async def test_year_label_near_misses(request_text: str):
    await refused(request_text)
