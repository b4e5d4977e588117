"""When something happened, said of a day: 'on Saturday', 'last Sunday', 'this morning', 'at the weekend'.

Such a phrase places what was sold or done in time and carries no quantity: 'Sold 48 trays at £12.50 and 19
baskets at £24.99 on Saturday' is what was sold, whatever the day. 'Today' is left to the readers that read a
day's work as its lines ('I did 7 grooms at $65 ... today'). A reader that has placed every figure may set
the phrase aside; a day said beside a count of days ('5 days a week and 4 hours on Saturday') is not this, which
is why only a reader that knows its figures asks.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_PARTS = frozenset("morning afternoon evening night".split())
_WEEKENDS = (("at", "the", "weekend"), ("over", "the", "weekend"), ("this", "weekend"), ("last", "weekend"))


def when_width(tokens: list[Token], k: int) -> int:
    """How many tokens from ``k`` say when it happened ('on saturday morning' is 3); 0 when none do."""
    words = [t.word for t in tokens[k : k + 3]] + ["", "", ""]
    for phrase in _WEEKENDS:
        if tuple(words[: len(phrase)]) == phrase:
            return len(phrase)
    if words[0] in ("on", "this", "last") and words[1] in _WEEKDAYS:
        return 3 if words[2] in _PARTS else 2
    if words[0] in ("this", "last") and words[1] in _PARTS:
        return 2
    return 0
