"""Who tells the story, said before the thing it is about: "I'm a farmer with a rectangular field 240 m by 165 m",
'One of my runners did 5 km in 23 minutes 40 seconds', "We're a small bakery with a 5 kg bag of flour".

Such an opening names the teller or the one the story is about, and carries nothing the arithmetic uses. It is set
aside only when it is nothing else: "I'm" or "we're", an article, up to three plain words (no number, unit or word
that could change a sum) and 'with', then the thing; or 'One of my', 'one of our' and a plain plural noun, then the
verb of the story. What is left is read on its own and must account for itself in full.
"""

from __future__ import annotations

from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.givens import PEOPLE
from servers.tools.calculator.preambles import CARRIES
from servers.tools.calculator.quantities import lookup, singular
from servers.tools.calculator.tokens import Token

_SELVES = (("i'm",), ("im",), ("i", "am"), ("we're",), ("we", "are"))
_ARTICLES = frozenset("a an".split())
_ROLE_WORDS = 3
_THINGS = frozenset("a an the my our this one".split())
_OWNERS = frozenset("my our his her their the".split())


def role_end(tokens: list[Token], start: int) -> int | None:
    """ "I'm a farmer with a field ...": the index of the thing after 'with', or None."""
    i = start
    for self_said in _SELVES:
        if all(tokens[i + k].word == w for k, w in enumerate(self_said)):
            i += len(self_said)
            break
    else:
        return None
    if tokens[i].word not in _ARTICLES:
        return None
    j = i + 1
    while j < i + 1 + _ROLE_WORDS and _plain(tokens[j]):
        j += 1
    if j == i + 1 or tokens[j].word != "with" or tokens[j + 1].word not in _THINGS:
        return None
    return j + 1


def one_of_end(tokens: list[Token], start: int) -> int | None:
    """'One of my runners did 5 km ...': the index of the story's verb after who did it, or None."""
    if tokens[start].text.lower() != "one" or tokens[start + 1].word != "of" or tokens[start + 2].word not in _OWNERS:
        return None
    noun = tokens[start + 3]
    if not _plain(noun) or singular(noun.word) == noun.word or noun.word in PEOPLE:
        return None  # 'one of my friends' may be one of the people a sum is shared among
    verb = tokens[start + 4]
    return start + 4 if _plain(verb) else None


def _plain(token: Token) -> bool:
    """A word of the scene: no number, unit, or word that could change the arithmetic."""
    word = token.word
    if token.kind != "word" or not word.isalpha() or word in CHANGES or word in CARRIES or word == "with":
        return False
    return lookup(word, short=False) is None
