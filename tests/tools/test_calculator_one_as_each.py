"""A rate told of one thing and then of a count of them ('One distillation batch takes 40 minutes. Yesterday we did 27
batches.'): the rate is each one's, and the total scales with the count. 'One' set against another ('one ... the
other'), or one unit ('For one day of soup I use 18 kg'), is left as written; and a rate told with 'each' before its
figure ('For each cake I need 350 g') is never read as a share asked for ('how much each')."""

from __future__ import annotations

import pytest

from servers.tools.calculator.one_as_each import as_each
from servers.tools.calculator.tokens import tokenize
from tests.tools.conftest import solved

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("One distillation batch takes 40 minutes. Yesterday we did 27 batches. How many hours of distillation is "
         "that?", 18),
        ("For one gata cake I need 350 g butter. For 6 cakes how many kg butter?", 2.1),
        ("Hombre, from one bottle of sidra I pour 6 culinos. Tonight we opened 96 bottles. How many culinos we "
         "served?", 576),
        # 'each' said before the rate's figure: the rate given, not a share asked
        ("For each gata cake I need 350 g butter. For 6 cakes how many kg butter?", 2.1),
        ("In each box there are 12 eggs. I have 7 boxes. How many eggs?", 84),
    ],
)  # fmt: skip
async def test_a_rate_of_one_thing_scales_with_their_count(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "One batch took 40 minutes, the other took 50. How many hours for 2 batches?",  # one of two
        "For one day of soup I use 18 kg. The shop is open 6 days. What is the weekly cost?",  # a unit
        "One batch takes 40 minutes. How many hours is that?",  # no count of batches
        "One batch takes 40 minutes. Yesterday we did 27 loaves. How many hours?",  # another thing counted
    ],
)
def test_one_thing_that_is_not_each_of_a_count_is_not_restated(request_text: str):
    assert as_each(request_text, tokenize(request_text)) is None
