"""A stay priced by the night with an extra priced once: 'Two nights at £95 plus breakfast at £12.50' — is the
breakfast £12.50 each morning, for each guest, or once? The words do not say, and each reading is a different bill.

A request that counts nights (or days, weeks) and also prices a meal or a daily extra (breakfast, parking, wifi)
with nothing beside the extra's price saying how often or for whom ('each', 'per', 'a night', 'for both', 'once',
'on the first night', a count of its own) is declined rather than charged once. A fee or charge said once ('a £20
cleaning fee') is a single charge and stays.
"""

from __future__ import annotations

from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_PERIODS = frozenset("night nights day days week weeks morning mornings evening evenings".split())
_EXTRAS = frozenset(
    "breakfast breakfasts brunch lunch lunches dinner dinners supper suppers meal meals parking wifi wi-fi".split()
)
_SETTLED = frozenset(
    "each per a an every nightly daily weekly once total whole both all one-off single first last second final "
    "altogether apiece everyone".split()
)
"""Words beside an extra's price that say how often, or for whom, it is charged."""
_BREAKS = frozenset({"plus", "and", "with", "then", ",", ".", ";", "?", "!", "+"})


def refuse_unplaced_extra(written: list[Token], solution: Solution) -> None:
    """A ToolInputError when a money answer charged a priced extra once beside a stay counted by the night."""
    if solution.unit is None or solution.unit == "%" or not _counts_periods(written):
        return
    for k, token in enumerate(written):
        if token.word not in _EXTRAS:
            continue
        clause = _clause(written, k)
        words = {t.word for t in clause}
        priced = any(t.kind == "currency" for t in clause)
        counted = sum(1 for t in clause if t.kind == "number") > 1 or any(t.kind == "ordinal" for t in clause)
        if priced and not counted and not words & (_SETTLED | _PERIODS):
            raise ToolInputError(
                f"it does not say whether the {token.word} is charged each night, for each guest or once; "
                "say how often it is paid"
            )


def _counts_periods(written: list[Token]) -> bool:
    """Whether a number of nights, days or weeks is told ('two nights', '3 days')."""
    return any(
        t.kind == "number" and t.value > 1 and written[k + 1].word in _PERIODS for k, t in enumerate(written[:-1])
    )


def _clause(written: list[Token], k: int) -> list[Token]:
    """The tokens around ``k`` up to the nearest join or stop on either side."""
    first = k
    while first > 0 and not _breaks(written[first - 1]):
        first -= 1
    last = k
    while last + 1 < len(written) and not _breaks(written[last + 1]):
        last += 1
    return written[first : last + 1]


def _breaks(token: Token) -> bool:
    return token.kind == "end" or token.word in _BREAKS or token.text in _BREAKS
