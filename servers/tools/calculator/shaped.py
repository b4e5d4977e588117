"""Kinds of problem read by their shape: each has one fixed sum, told in a story with any nouns, so a reader of its
shape restates it as the plain request every other reader knows, which is then read in full as any request is.

The readers are tried in turn, lazily: a restatement is made only when the ones before it did not read in full.
"""

from __future__ import annotations

from collections.abc import Iterator

from servers.tools.calculator import (
    change_asks,
    clock_span_asks,
    container_asks,
    discounted_totals,
    list_means,
    one_as_each,
    proportion_stories,
    recipe_asks,
    rectangle_asks,
    share_lost,
    weighed_lines,
)
from servers.tools.calculator.tokens import Token


def restated(text: str, tokens: list[Token]) -> Iterator[str]:
    """The plain requests ``text`` may be restated as, one kind of problem after another."""
    for restate in (
        container_asks.as_needed,  # 'Leaf sacks take 28 kg each. Today's leaf is 1,950 kg. How many sacks?'
        change_asks.as_change,  # 'Beef was 40 yuan per jin, now 46 yuan per jin. Up how many percent?'
        discounted_totals.as_listed,  # '... listed at $14,800, we knocked 6% off, then 6.25% sales tax'
        clock_span_asks.as_worked,  # 'Install started 7:15, finished 16:40, 45 min break in between.'
        clock_span_asks.as_one_day,  # 'from 8:30 to 12:45 and again from 14:00 to 18:15 every day. ... per day?'
        one_as_each.as_each,  # 'One batch takes 40 minutes. Yesterday we did 27 batches.'
        weighed_lines.as_said_in_full,  # '18 kg smoked bream at 14,90 €/kg and 6 kg eel at 42,00 €/kg. Total?'
        share_lost.as_left,  # 'we put 250,000 spat in the baskets. Now 18% have died. How many are left?'
        recipe_asks.as_one,  # 'the recipe for 6 uses 750 g of semolina and 1.2 kg of lamb. ... kg of lamb?'
        list_means.as_plain,  # 'The canoes brought in 34, 41, 28, 52 and 45 kg. The average catch per canoe?'
        rectangle_asks.as_area,  # 'Our terrace is 12,5 m by 7,2 m. How many m² of shade cloth do I need?'
        proportion_stories.as_plain,  # 'from 100 litres of milk we make 18 kg of cheese. ... 340 litres. How many kg?'
    ):
        said = restate(text, tokens)
        if said is not None:
            yield said
