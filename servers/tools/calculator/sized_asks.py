"""Containers of a size asked for: 'Each pot takes 2 litres of compost and I have 360 pots. How many 50 litre bags
of compost do I need?' → 720 litres, 14.4 bags, so 15 bags.

The question counts containers said with their size ('how many 50 litre bags', 'how many 25 kg sacks of feed'). The
request is read again asking for the amount in the size's unit ('how many litres of compost'); when that reading
accounts for itself and answers in that very unit, the amount is divided by the size and rounded up, as a part
container is one more to buy. The request must say the containers are needed (bought, ordered, taken); a question
of how many can be filled or served from an amount (the full ones) is another reading's, and any other answer
(money, another unit, a count) leaves the request declined.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.asked_units import unit_named
from servers.tools.calculator.quantities import Quantity, convert, is_money, lookup, plural, show
from servers.tools.calculator.solution import Solution
from servers.tools.inputs import ToolInputError

_SIZED = re.compile(r"\bhow\s+many\s+(\d+(?:\.\d+)?)\s*-?\s*([a-z]+)\s+([a-z]+)\b", re.IGNORECASE)
_FILLED = frozenset("fill fills filled full whole complete".split())
_PORTIONED = frozenset("get gets from out pour pours poured serve serves cut cuts make makes left".split())
_HELD = frozenset("hold holds holding held contain contains containing contained".split())
_NEEDED = frozenset("need needs needed order buy bring take require requires required must should use".split())
"""Containers counted up to what is needed are bought whole; ones filled or served from an amount, or from what a
thing holds ('a bottle holds 1.5 litres. How many 250 ml glasses?'), are counted down to the full ones, which is
another reading's."""


def in_sized_containers(text: str, solve: Callable[[str], Solution]) -> Solution | None:
    """``text`` answered in whole containers of the size it asks for, or None."""
    asked = list(_SIZED.finditer(text))
    if len(asked) != 1:
        return None
    match = asked[0]
    unit = lookup(match[2].lower(), short=True)
    container = match[3].lower()
    if unit is None or unit.per is not None or is_money(unit) or unit.dimension == "time":
        return None
    if lookup(container, short=False) is not None or not container.endswith("s") or container in _FILLED:
        return None
    words = set(re.findall(r"[a-z]+", text.lower()))
    if words & (_FILLED | _PORTIONED | _HELD) or not words & _NEEDED:
        return None  # 'how many 250 ml glasses do I get from it': the full ones, not the ones to buy
    size = Fraction(match[1])
    if size <= 0:
        return None
    try:
        solution = solve(f"{text[: match.start(1)]}{plural(unit.name)}{text[match.end(3) :]}")
    except ToolInputError:
        return None
    answered = unit_named(solution.unit or "", short=False)
    value = solution.result
    if answered is None or answered.key != unit.key or answered.per is not None or solution.values:
        return None
    if not isinstance(value, Fraction | int) or value <= 0:
        return None
    needed = Fraction(convert(Fraction(value), answered, unit))
    exact = needed / size
    count = math.ceil(exact)
    amount = show(Quantity(needed, unit))
    sized = f"{numbers.format_number(size)} {unit.name} {container}"
    steps = [*solution.steps, f"{amount} ÷ {numbers.format_number(size)} = {numbers.format_number(exact)}"]
    if count != exact:
        steps.append(f"rounded up to {count} whole {container}")
    whole = Solution(f"{count} {container}", count, "containers needed", f"{solution.expression} ÷ {sized}", steps,
                     container)  # fmt: skip
    whole.notes = [*solution.notes, f"{amount} needed; a part {container[:-1]} is one more to buy"]
    whole.exact = numbers.format_number(exact)
    return whole
