"""Things shared among a group as whole things: '100 candies among 3 kids' is 33 each with 1 left over."""

from __future__ import annotations

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import Given
from servers.tools.calculator.quantities import Measure, plural
from servers.tools.calculator.solution import Solution
from servers.tools.inputs import ToolInputError


def whole_shares(amount: numbers.Real, givens: list[Given], top: Measure) -> Solution | None:
    """'100 candies among 3 kids': whole things each and what is left over, not 33.33 candies."""
    if numbers.is_integer(amount) or len(givens) != 2 or top.name == "person":
        return None
    if any(g.quantity.measure for g in givens):
        return None
    things = next((g for g in givens if g.noun == top.name), None)
    group = next((g for g in givens if g is not things), None)
    if things is None or group is None or not all(numbers.is_integer(g.quantity.value) for g in givens):
        return None
    total, size = int(things.quantity.value), int(group.quantity.value)
    each, left = divmod(total, size)
    if each == 0:  # '12 pizzas for 30 people': whole, nobody gets one, so they are shared in parts
        return None
    noun = top.name if each == 1 else plural(top.name)
    step = f"{total} ÷ {size} = {each} each, remainder {left}"
    solution = Solution(f"{each} {noun} each, with {left} left over", each, "units", f"{total} // {size}", [step])
    solution.notes.append(f"shared as whole {plural(top.name)}; split exactly it is {numbers.format_number(amount)}")
    return solution


def refuse_part_of_one(amount: numbers.Real, top: Measure, givens: list[Given], counted: bool) -> None:
    """'One bag holds 25 kg. How many bags for 110 kg?': a count of containers (``counted``: not a share each, nor
    a rate), each said to hold a measure, that does not come out whole is 5 bags to hold it all, or 4 full ones; the
    request must say which. A count that is itself an amount ('23.5 tons per acre') is not of containers."""
    holders = [g for g in givens if g.noun == top.name and g.quantity.measure is None and g.count_per is None]
    if not holders or not any(g.quantity.measure is not None for g in givens):
        return
    if counted and top.dimension.startswith("count ") and not numbers.is_integer(amount):
        raise ToolInputError(
            f"that comes to {numbers.format_number(amount)} {plural(top.name)}, not a whole number; say whether to "
            "round up (enough for all of it) or down (only full ones)"
        )
