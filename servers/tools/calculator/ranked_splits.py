"""A sum shared among those ranked by where they finished: 'Pot's £150 tonight, splitting it between the top three
teams. How much does each get?'. Prize money among the top places is as often shared by place (half to the
winners, less to the runners-up) as evenly, so an even share is only answered when the request says the shares
are equal ('split it equally between the top three', 'the same each'); otherwise the request is declined with the
question to answer.
"""

from __future__ import annotations

from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_RANKS = frozenset("top first best leading highest".split())
_SHARED = frozenset(
    "split splitting splits share shared sharing shares divide divided dividing between among amongst".split()
)
_EVEN = frozenset("equally evenly equal even same fairly".split())
_PLACED = frozenset("teams team places finishers players riders runners entrants winners pairs sides clubs".split())


def refuse_ranked_split(tokens: list[Token], solution: Solution) -> None:
    """Decline an even share of a sum among the top places when the request never says the shares are equal."""
    words = {t.word for t in tokens}
    if not words & _SHARED or words & _EVEN or "each" not in solution.answer and "per" not in solution.answer:
        return
    for k, token in enumerate(tokens[:-2]):
        count, placed = tokens[k + 1], tokens[k + 2]
        if token.word in _RANKS and count.kind == "number" and placed.word in _PLACED:
            raise ToolInputError(
                f"it shares the amount among the {token.word} {count.text} {placed.text} but does not say whether "
                "evenly or by place. Say how it is shared (equally, or each place's share) and ask again."
            )
