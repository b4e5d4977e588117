"""A change told in a story and asked as a percentage ('Beef was 40 yuan per jin, now 46 yuan per jin. Up how many
percent?'): the change over the earlier figure. Figures in different units, with no order told, a direction asked
that the figures did not take, or a percentage of something else leave the request declined."""

from __future__ import annotations

import pytest

from servers.tools.calculator.change_asks import as_change
from servers.tools.calculator.tokens import tokenize
from tests.tools.conftest import solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Beef was 40 yuan per jin, now 46 yuan per jin. Up how many percent?", 15),
        ("Green leaf intake was 48,600 kg in May and 41,310 kg in June. By how much percent did it fall?", -15),
        ("Heating bill before the heat pump 48 600 Kč a year, after 29 160 Kč. How many percent lower is it now?", -40),
        ("Rent was $1,200 last year and is $1,350 now. By what percent did it rise?", 12.5),
        # the later figure told first, in a unit no reader knows: 'now' and 'last season' are when, not what
        ("Kopi-o is 46 sen now, it was 40 sen last season. By how many percent did it change?", 15),
        ("Bus fare is 90 tok now, it was 75 tok a year ago. By how many percent did it change?", 20),
    ],
)
async def test_a_change_in_a_story_is_a_percentage_of_the_earlier_figure(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "Beef was 40 yuan per jin, now 46 yuan per jin. Down how many percent?",  # it went up
        "Beef was 40 yuan per jin, now 46 yuan per kg. Up how many percent?",  # per jin, per kg
        "Sales were 400 in March and 300 in January. Percentage change?",  # no unit, months out of order
        "Rent was $1,200, now $1,350. How many percent higher than the town average?",
        "Rent was $1,200 and is $1,350 now. What percent is that of the $2,000 cap?",
        # the later figure told first: its 'now' and the other's 'was' read the order both ways round
        "Kopi-o is 46 sen now, it was 40 sen last season. By how many percent did it change?",
    ],
)
def test_a_change_the_story_does_not_settle_is_not_restated(request_text: str):
    assert as_change(request_text, tokenize(request_text)) is None
