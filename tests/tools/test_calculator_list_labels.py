"""Words that say what each number of a list is ('yields per plant', 'in L/100km:', 'Monday to Friday ... per day')
change nothing in the list's average."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.anyio


async def test_a_list_labelled_per_thing_is_averaged():
    answer = await solved("Tomato yields per plant were 3.2, 4.1, 2.8 and 3.9 kg. What's the average?")
    assert answer["result"] == pytest.approx(3.5)


async def test_an_average_per_day_over_as_many_weekdays_as_numbers():
    answer = await solved("Dr Osei saw 14, 18, 11, 16 and 21 patients Monday to Friday. What's his average per day?")
    assert answer["result"] == 16


async def test_an_average_per_day_over_other_days_is_declined():
    await refused("She sold 20, 25, 30 cakes Monday to Friday. What's her average per day?")
