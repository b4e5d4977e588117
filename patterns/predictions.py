"""Predictions: a part that asks what will happen ("predict whether my app will get popular").

What is still to come is known to no worker here: a code reviewer reads the code it is handed, not the market the
app will meet, and a researcher's library holds what has happened. A part that asks for a prediction is declined
in a plan, honestly, rather than handed with the request's code or text to a worker that answers something else
("Review this, and predict whether my app will get popular: <code>": the review is the reviewer's, the
prediction nobody's).

Two forms ask for one, read over the whole clause:

- a verb of foretelling opens it, after polite words or a courtesy: "predict", "forecast", "foresee" ("Could you
  predict how many downloads it'll get?", "Would you mind forecasting next year's sales?");
- "tell me / say / let me know whether (or if) <someone or something> will ...", about something the clause does
  not point at in the material ("tell me if my app will go viral"; not "tell me if this will crash", "tell me
  whether the function will be fast enough": how handed code behaves is a review's question).
"""

from __future__ import annotations

import re

from patterns.courtesy import courteous_order
from patterns.material import WORD

FORETELLING = frozenset("predict forecast foresee".split())
_POLITE = frozenset("please can could would will you u just kindly also and then now".split())
_TELLING = (("tell", "me"), ("let", "me", "know"), ("say",), ("guess",))
_WHETHER = frozenset("whether if".split())
_FUTURE = re.compile(r"\b(?:will|won't|'ll|wil|is\s+going\s+to|are\s+going\s+to|gonna)\b", re.IGNORECASE)
# what the clause may point at in the material or name as code: then it asks about that, a review's question
_POINTING = frozenset("this these that those it its it'll following below above attached".split())
_CODE_NOUNS = frozenset(
    "code function functions script program class method loop variable query bug line lines test tests".split()
)


def _opening(words: list[str]) -> list[str]:
    """``words`` past the polite words and a courtesy ("Would you mind predicting ..." → "predict ...")."""
    ordered = courteous_order(words, FORETELLING)
    if ordered:
        return ordered
    start = next((i for i, w in enumerate(words) if w not in _POLITE), len(words))
    return words[start:]


def asks_a_prediction(instruction: str) -> bool:
    """Whether ``instruction`` (a part without its material) asks what will happen: it opens with a verb of
    foretelling, or asks to be told whether something it does not point at will happen."""
    words = WORD.findall(instruction[:300].lower())
    opened = _opening(words)
    if not opened:
        return False
    if opened[0] in FORETELLING:
        return True
    for telling in _TELLING:
        size = len(telling)
        if tuple(opened[:size]) == telling and opened[size : size + 1] and opened[size] in _WHETHER:
            rest = opened[size + 1 :]
            named = set(rest)
            about_material = bool(_POINTING & named or _CODE_NOUNS & named)
            return not about_material and _FUTURE.search(" ".join(rest)) is not None
    return False


__all__ = ["FORETELLING", "asks_a_prediction"]
