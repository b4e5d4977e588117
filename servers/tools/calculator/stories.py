"""What a word problem told as a little story asks: the question is its last sentence, the story the rest.

Users tell the context first and ask last ("I bought 3 shirts at 12.50 each. What did I spend?"). The readers
of stories (``purchases``, ``legs``, ``marks``) give every number of the story a role from the words beside it,
and read what is asked from the question sentence alone, so a word in the story ('each' in '12.50 each') is not
mistaken for what the question asks ('how much each').
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_SENTENCE_ENDS = frozenset({".", "?", "!", ";"})
_QUESTION_WORDS = frozenset("what what's whats how which".split())


def question_start(tokens: list[Token], start: int) -> int:
    """Index of the first token of the question: the last sentence, or in one sentence the clause after its last
    comma that opens with a question word ('620 kWh at $0.15 per kWh, what's the bill?')."""
    end = len(tokens) - 1
    sentence = start
    for i in range(end - 1, start - 1, -1):
        if tokens[i].text in _SENTENCE_ENDS:  # a decimal point is inside its number's token, never one of these
            sentence = i + 1
            break
    for i in range(end - 2, sentence - 1, -1):
        if tokens[i].text == "," and tokens[i + 1].word in _QUESTION_WORDS:
            return i + 1
    return sentence


def question_words(tokens: list[Token], start: int) -> list[str]:
    """The lowercase words of the question sentence."""
    return [t.word for t in tokens[question_start(tokens, start) :] if t.kind == "word"]


def has_phrase(words: list[str], phrase: str) -> bool:
    """Whether ``phrase`` (words separated by spaces) occurs in ``words``."""
    parts = phrase.split()
    width = len(parts)
    return any(words[k : k + width] == parts for k in range(len(words) - width + 1) if words[k] == parts[0])


def story_words(tokens: list[Token], start: int) -> set[str]:
    """Every lowercase word of the request from ``start``."""
    return {t.word for t in tokens[start:] if t.kind == "word"}
