"""A rate per a thing per a stretch ('£620 per bus per day', '€38 per boat per night') beside a stretch each thing
had ('3 buses off the road for 4 days each', '3 nights each'): the rate is per thing-days, and the days each thing
had, times the things, are those thing-days.

The typing reads '4 days each' as days per bus, which is right for what each holds ('each of the 6 shelves holds
40 books': 40 books per shelf, 240 books in all) but, times 3 buses, leaves 12 days with the buses uncounted. Where
a rate is per both the thing and the stretch, '4 days each' is read as 4 days, so 3 buses × 4 days is 12 bus-days,
the kind the rate is per; the search then finds the one way to reach money.
"""

from __future__ import annotations

from servers.tools.calculator.reckoning import kinds
from servers.tools.calculator.reckoning.typed import Typed


def each_of_both(items: list[Typed]) -> list[Typed]:
    """``items`` with each 'so much per thing' read as 'so much' where a rate is per that thing and that much."""
    rates = [item.kind for item in items if sum(1 for _, p in item.kind if p < 0) == 2]
    out: list[Typed] = []
    for item in items:
        ups = [b for b, p in item.kind if p > 0]
        downs = [b for b, p in item.kind if p < 0]
        if len(ups) == 1 and len(downs) == 1 and downs[0].startswith("count "):
            both = {ups[0], downs[0]}
            if any({b for b, p in rate if p < 0} == both for rate in rates):
                item = Typed(item.value, kinds.base(ups[0]), item.start, item.end, item.unit, item.percent_of)
        out.append(item)
    return out
