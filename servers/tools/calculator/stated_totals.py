"""A list of values that also says its own total, asked for its mean, median or other statistic.

'Takings were $1,850, $2,240 and $1,975, $6,065 in all. What's the mean?': the $6,065 is the three days added up,
not a fourth day's takings. Read as a list of four numbers, the mean counts the total as one more value
($3,032.50); read by its units, the total is shared out again. Both are confidently wrong, so the request is
declined with what to say instead: the values alone.

A number is the list's total when the words around it say so: 'in all', 'in total', 'altogether', 'all told' after
it, or 'total', 'totalling', 'making', 'comes to' just before it ('the total was $45').
"""

from __future__ import annotations

from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_STATISTICS = frozenset("mean average median mode range statistics stats".split())
_AFTER = (("in", "all"), ("in", "total"), ("altogether",), ("all", "told"), ("total",), ("combined",))
_BEFORE = frozenset("total totalling totaling totalled totaled making".split())
_SKIPPED = frozenset({"currency", "symbol"})  # '$' or ':' between a total's word and its number
_MIN_VALUES = 2  # a list: at least two values besides the total


def refuse_stated_total(tokens: list[Token], start: int, quoted: str) -> None:
    """Decline the request (``quoted`` as the decline shows it) when a statistic is asked of a list that states
    its own total among its values."""
    total = stated_total(tokens, start)
    if total is not None:
        raise ToolInputError(
            f"I can't work out {quoted}: the list gives its total ({total}) beside the values it adds up, and "
            f"counting it as one more value would be wrong; give just the values and ask again"
        )


def stated_total(tokens: list[Token], start: int) -> str | None:
    """The text of the number said to be the list's total, when a statistic of the list is asked; else None."""
    asked = question_start(tokens, start)
    if not any(t.word in _STATISTICS for t in tokens[asked:]):
        return None
    numbers = [k for k in range(start, asked) if tokens[k].kind == "number"]
    if len(numbers) < _MIN_VALUES + 1:
        return None
    for k in numbers:
        if _total_after(tokens, k) or _total_before(tokens, k, start):
            alike = [n for n in numbers if _money(tokens, n) == _money(tokens, k)]
            return tokens[k].text if len(alike) > _MIN_VALUES else None  # '£312.60 altogether and 24 children'
    return None


def _money(tokens: list[Token], k: int) -> bool:
    return tokens[k - 1].kind == "currency" or tokens[k + 1].kind == "currency"


def _total_after(tokens: list[Token], k: int) -> bool:
    return any(  # '$6,065 in all', or with its unit or noun between: '39 mm all told'
        all(tokens[following + n].word == w for n, w in enumerate(phrase))
        for following in (k + 1, k + 2)
        for phrase in _AFTER
        if following + len(phrase) < len(tokens) and (following == k + 1 or tokens[k + 1].kind == "word")
    )


def _total_before(tokens: list[Token], k: int, start: int) -> bool:
    before = k - 1
    while before > start and tokens[before].kind in _SKIPPED:
        before -= 1
    if before >= start and tokens[before].word in ("is", "was", "of", "to", "came", "comes"):
        before -= 1  # 'the total was $45', 'a total of 45', 'comes to 45'
    return before >= start and (tokens[before].word in _BEFORE or tokens[before].word in ("comes", "came"))
