"""A charge per thing per stretch of time with no stretch said: 'Berthing is €3.20 per metre per night. A 12.5 m
yacht is staying. What do they owe?' How many nights is not said, so what is owed is not known; one night's charge
(€40) would be a confident guess. When no reader answers, the decline asks for the stretch by name ('how many
nights'), rather than saying the request was not understood.
"""

from __future__ import annotations

from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_PER = frozenset({"per", "a", "an", "each", "every"})
_STRETCHES = {"night": "nights", "day": "days", "week": "weeks", "month": "months", "year": "years", "hour": "hours"}
_ONE = frozenset({"a", "an", "one", "overnight", "tonight", "weekend", "fortnight", "stretch", "from", "until", "till"})


def refuse_missing_stretch(tokens: list[Token], start: int) -> Solution | None:
    """Raise a decline naming the stretch when a rate per thing per stretch is given without the stretch."""
    stretch = _double_rate(tokens, start)
    if stretch is None:
        return None
    plural = _STRETCHES[stretch]
    for k in range(start, len(tokens) - 1):
        word = tokens[k + 1].word
        if word in (stretch, plural) and (tokens[k].kind == "number" or tokens[k].word in _ONE):
            return None  # '4 nights', 'a night', 'for a week': the stretch is said, for the readers to use
    if any(t.word in _ONE - {"a", "an", "one"} for t in tokens[start:]):
        return None
    said = [t for t in tokens[start:] if t.word in _STRETCHES or t.word in _STRETCHES.values()]
    if len(said) > 1:
        return None  # 'per day ... stay a week': a stretch said in other words, which this does not convert
    raise ToolInputError(f"the charge is per {stretch}, but how many {plural} is not said; say how many and ask again")


def _double_rate(tokens: list[Token], start: int) -> str | None:
    """'€3.20 per metre per night': the stretch the second 'per' names, or None."""
    for k in range(start, len(tokens) - 5):
        if tokens[k].kind != "currency" or tokens[k + 1].kind != "number":
            continue
        at = k + 2
        if tokens[at].word in _PER and tokens[at + 1].kind == "word" and tokens[at + 2].word in _PER:
            stretch = tokens[at + 3].word
            if stretch in _STRETCHES:
                return stretch
    return None
