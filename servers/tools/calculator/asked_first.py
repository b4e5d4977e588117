"""The question of a request wherever it stands: 'How much did I actually get? The site takes 15% and the booking
was £480.' asks in its first sentence, and its last sentence only tells.

A reader that takes its question from the last sentence would read 'the site takes 15%' as what is asked. When one
sentence alone ends with a question mark and something is told after it, that sentence is the question.
"""

from __future__ import annotations

from servers.tools.calculator.stories import question_words
from servers.tools.calculator.tokens import Token

_SENTENCE_ENDS = frozenset({".", "?", "!", ";"})


def asked_words(tokens: list[Token], start: int) -> list[str]:
    """The lowercase words of the sentence that asks: the one sentence ending with a question mark when words are
    told after it, else the last sentence (``stories.question_words``)."""
    marks = [k for k in range(start, len(tokens)) if tokens[k].text == "?"]
    if len(marks) != 1 or not any(t.kind in ("word", "number") for t in tokens[marks[0] + 1 :]):
        return question_words(tokens, start)
    opening = start
    for k in range(marks[0] - 1, start - 1, -1):
        if tokens[k].text in _SENTENCE_ENDS:
            opening = k + 1
            break
    return [t.word for t in tokens[opening : marks[0]] if t.kind == "word"]
