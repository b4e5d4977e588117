"""Paraphrases of a second measurement dated by a point in time ('3,180 g on day 5') and of a percentage of an
amount named by what it is ('What percentage of the cap are they using?'), with the near-misses that must
decline."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved

pytestmark = pytest.mark.rounds


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("She was 3,420 g at birth and 3,180 g on day 5. What percentage of her birth weight has she lost?",
         7.01754385965),
        ("The puppy weighed 450 g at birth and 2.1 kg at 8 weeks. What's the percentage increase?", 366.666666667),
        ("He was 3.6 kg at birth and 3.3 kg on day three. What percentage did he lose?", 8.33333333333),
        ("A user's mailbox is 48.6 GB and the new plan caps it at 50 GB. What percentage of the cap are they using?",
         97.2),
        ("The budget is $12,000 and we've spent $9,300. What percentage of the budget is that?", 77.5),
    ],
)  # fmt: skip
async def test_named_figure_paraphrases(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result, abs=1e-4)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "She was 3,420 g at birth and 3,180 g on day 5. How many grams a day did she lose?",  # the 5 is a number
        "My seedling was 4 cm on day 1 and 11 cm on day 10. What's the percentage growth?",
        "My phone has 128 GB of storage and I've used 97 GB. What percentage of the storage is used?",
        "A user's mailbox is 48.6 GB and the new plan caps it at 50 GB. What percentage of the cap is left?",
    ],
)
async def test_named_figure_near_misses(request_text: str):
    await refused(request_text)
