"""How long a span is, asked without 'how long' or 'how many': 'Cleaner's shift from 06:10 to 14:35, in hours?',
'Start 10:20. Finish 17:55. Minutes worked?', 'left depot 06:50 back 14:25, total mins out?', and 'the duration in
minutes of a meeting that began at 14:05 and ended at 16:50'.

The unit is read from the request's tokens, not its words alone, so 'in 30 minutes' (a figure between) is never
taken for 'in minutes'. A closing clause asks the unit only when it holds nothing but the unit and words that say
the span is the one told ('total', 'worked', 'out', 'spent'); anything else leaves the question unread.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

UNITS = {"minutes": "minute", "minute": "minute", "mins": "minute", "min": "minute"} | {
    "hours": "hour", "hour": "hour", "hrs": "hour", "hr": "hour"
}  # fmt: skip
_OF_SPAN = frozenset(
    "total number of the worked open out spent away gone elapsed on site shift pls please then".split()
)
"""Words a terse question may hold beside its unit: they say the whole span told is asked ('total mins out')."""
_SPAN_NOUNS = frozenset("duration time length span shift it that".split())
"""Nouns before 'in minutes' mid-sentence that name the span asked ('the duration in minutes of a meeting')."""
_CLAUSE_BREAKS = frozenset({",", ".", "?", "!", ";", ":", "-", "—"})


def unit_asked(tokens: list[Token], start: int) -> tuple[str, int] | None:
    """('minute' or 'hour', the index of the word asking it) when the request asks a span in that unit
    without 'how'; None otherwise."""
    end = len(tokens) - 1
    while end > start and tokens[end - 1].text in ("?", ".", "!"):
        end -= 1
    for k in range(start + 1, end):
        unit = UNITS.get(tokens[k].word)
        if unit is None or tokens[k - 1].word != "in":
            continue
        if k + 1 == end or tokens[k - 2].word in _SPAN_NOUNS:  # 'in hours?' closing, 'the duration in minutes of'
            return unit, k
    clause = end
    while clause > start and tokens[clause - 1].text not in _CLAUSE_BREAKS:
        clause -= 1
    said = tokens[clause:end]
    units = [(UNITS[t.word], clause + j) for j, t in enumerate(said) if t.word in UNITS]
    if len(units) == 1 and all(t.kind == "word" and (t.word in UNITS or t.word in _OF_SPAN) for t in said):
        return units[0]  # 'Minutes worked?', 'total mins out?'
    return None
