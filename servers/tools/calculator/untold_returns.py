"""A way back said without its length: 'The boat leaves at 6:00 am, takes 2 hours there, and we come back the same
way. What time are we back?' is not 8:00 am. A clock time is answered only when every way back the request speaks
of before its question is told with the stretch it takes ('coming back 1 hour 40'), or is 'back to back'.
"""

from __future__ import annotations

import re

from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_RETURNS = frozenset("back return returns returning".split())
_STRETCH_UNITS = frozenset("hour hours hr hrs h minute minutes min mins".split())
_CLOCK = re.compile(r"\d{1,2}:\d\d\b(?! ?h\b)")  # '14:45 (2:45 pm)', '8:00 am'; not '1.53' or '5:12 min/km'


def refuse_untold_return(tokens: list[Token], solution: Solution) -> None:
    """Raise ToolInputError when a clock-time answer leaves out a way back the request (``tokens``, as written)
    speaks of without saying how long it takes."""
    if not _CLOCK.match(solution.answer) or "min" in solution.answer.split("(")[0]:
        return
    question = max((k for k, t in enumerate(tokens) if t.text in (".", "!")), default=-1)
    for k, token in enumerate(tokens[: question + 1]):
        if token.word not in _RETURNS or _back_to_back(tokens, k):
            continue
        if not any(t.word in _STRETCH_UNITS for t in tokens[k + 1 : k + 5]):
            raise ToolInputError(f"it speaks of the way back ('{token.text}') without saying how long it takes")


def _back_to_back(tokens: list[Token], k: int) -> bool:
    after = tokens[k + 1].word == "to" and tokens[k + 2].word == "back"
    return after or k >= 2 and tokens[k - 1].word == "to" and tokens[k - 2].word == "back"
