"""Word problems of the kinds users send most, read by their figures when the story around them is not the
calculator's to understand (see ``story``).

A kind either works its sum out itself, or restates the story as the plain request every other reading knows
('What is the percent change from 14400 to 16920?'), which the calculator then solves in full as usual.
"""

from __future__ import annotations

from collections.abc import Callable

from servers.tools.calculator import rounding
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.story_kinds import (
    areas,
    averages,
    bills,
    changes,
    clocks,
    factors,
    interest,
    rates,
    recipes,
    sales,
    taxes,
)
from servers.tools.calculator.story_kinds.story import Story, read_story
from servers.tools.inputs import ToolInputError

KINDS: tuple[Callable[[Story], Solution | None], ...] = (
    clocks.solve_clock_end,
    clocks.solve_clock_length,
    factors.solve_factor,
    rates.solve_rate,
    recipes.solve_recipe,
    averages.solve_average,
    areas.solve_area,
    bills.solve_split,
    sales.solve_sale,
)
RESTATED: tuple[Callable[[Story], str | None], ...] = (
    changes.restate_change,
    taxes.restate_tax,
    interest.restate_interest,
    bills.restate_discount_tax,
)


def solve_story(request: str, solve: Callable[[str], Solution]) -> Solution | None:
    """The answer of the kinds that account for ``request`` read as a story, the first named when several agree;
    None when none does, or two answer apart. ``solve`` solves a restated request in full, as a request of its own."""
    story = read_story(request)
    if story is None:
        return None
    answers = [s for s in (kind(story) for kind in KINDS) if s is not None]
    for restate in RESTATED:
        plain = restate(story)
        if plain is not None:
            try:
                solution = solve(plain)
            except ToolInputError:
                continue
            solution.notes.append(f"read as: {plain}")
            answers.append(solution)
    if not answers or any(a.result != answers[0].result for a in answers[1:]):
        return None  # two kinds that read the story apart: neither is sure
    if story.places is None:
        return answers[0]
    return rounding.rounded(answers[0], story.places)
