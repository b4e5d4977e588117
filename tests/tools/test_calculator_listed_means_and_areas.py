"""The average of figures listed in a story, asked of each thing they were of ('the average catch per canoe'), and
the area of several rectangles together ('24 tables, each 30 metres long and 1.2 metres wide'); with the near-misses
that must decline (a period the figures are not of, a part taken away, the area of one of them)."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        (
            "The bags of coffee parchment I bought from growers this week weigh 52, 48, 61, 55, 49 and 57 kg. "
            "What is the average weight of a bag?",
            53.6667,
        ),
        (
            "The canoes brought in 34, 41, 28, 52 and 45 kg of usipa this morning. What is the average catch per "
            "canoe?",
            40,
        ),
        (
            "We are building 24 new raised drying tables, each 30 metres long and 1.2 metres wide. What is the "
            "total drying surface in square metres?",
            864,
        ),
        (
            "For a customer's floor I must measure: one rug of 3.5 m by 2.4 m and two runners of 0.8 m by 3 m "
            "each. What is the total area in square metres?",
            13.2,
        ),
        (
            "A capulana is 1,8 m long and 1,1 m wide. I am sewing 6 of them together for a bedspread, no overlap. "
            "What is the total area in square metres?",
            11.88,
        ),
        (
            "Hut terrace: one part 14,5 m by 6 m, plus a square part 4 m by 4 m. New larch boards for all of it. "
            "How many square metres?",
            103,
        ),
        ("3 fields of 240 m by 175 m. How many hectares altogether?", 12.6),
    ],
)
async def test_listed_means_and_total_areas(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=0.001)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "answer"),
    [
        ("3 rooms of 12 ft by 10 ft. Total area?", "360 square feet"),
        ("2 boards of 30 cm by 20 cm. Total area in square inches?", "186.0004 square inches"),
        ("2 rugs of 1 m by 0.5 m. Total area in m²?", "1 square meter"),
    ],
)
async def test_a_total_area_is_named_in_its_square_unit(request_text: str, answer: str):
    assert (await solved(request_text))["answer"] == answer


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "I sold 5, 7 and 9 this week. Average per day?",
        "Scores were 7, 8 and 9 except the last. Average?",
        "A room is 4 m by 3 m and the hall is 2 m by 1 m. What is the area of the room?",
        "6 rooms each 4 m by 3 m. Area of each?",
        "The block is 85 m by 48 m, but the central path of 85 m by 2 m is not planted. What is the total area?",
        "4 rooms of 4 m by 3 m. What is the total perimeter?",
    ],
)
async def test_near_misses_decline(request_text: str):
    await refused(request_text)
