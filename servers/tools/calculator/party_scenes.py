"""What a party did, said between its count and the story: 'Six of us went out after the teacher training and the
bill came to €186 plus a 12% tip. How much each if we split it evenly?'

The count of people is the story's; what they did ('went out after the teacher training') only sets the scene.
When every word of it carries nothing the arithmetic could use (``preambles``: no number, charge, share or
condition), the request is read again as 'There were six of us and the bill came to ...', and answered only when
that reading accounts for everything.
"""

from __future__ import annotations

from servers.tools.calculator.preambles import scene_word
from servers.tools.calculator.tokens import Token

_MAX_SCENE = 12  # words: what a party did, not a second story


def without_scene(text: str, tokens: list[Token]) -> str | None:
    """``text`` with the scene between 'Six of us' and 'and' set aside, or None when it does not open so."""
    count = tokens[0]
    if count.kind != "number" or tokens[1].word != "of" or tokens[2].word != "us":
        return None
    j = 3
    while j < 3 + _MAX_SCENE and tokens[j].kind == "word" and tokens[j].word != "and" and scene_word(tokens, j):
        j += 1
    if j == 3 or tokens[j].word != "and":
        return None
    return f"There were {count.text} of us and {text[tokens[j + 1].start :]}"
