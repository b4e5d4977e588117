"""Spelling: a claim's misspelt word put right when the notes use the word it must mean.

"Bats are compleetly blind" is the claim "Bats are completely blind": read as written, its adverb is no word the
notes use, and the claim is left unverified for a typo. ``respelt`` puts such a word right, safely:

- only a lower-case word of five letters or more (names and short words are left as written);
- only a word that is no English word of its own: neither one the notes use (``spelling_words.txt``, the starter
  corpus's lower-case words of five letters or more, with the adverbs that put a quality at its limit) nor an
  English word one edit away from one of those (``spelling_guard.txt``), so "deaf" never becomes "dead" and
  "marital" never "martial";
- only to the one word of the notes a common typo away (two neighbouring letters swapped, a letter left out
  but not at the end, a letter doubled); a misspelling two words are equally near is left as written.

Both lists were made from the starter corpus and an English word list; a word the corpus gains later is no
target until they are made again, which keeps the rule safe rather than wide.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

MAX_TEXT = 2_000
MIN_LENGTH = 5
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_WORD = re.compile(r"(?<![\w'’-])[a-z]{5,30}(?![\w'’-])")


@cache
def _words(name: str) -> frozenset[str]:
    text = (resources.files("servers.tools.fact_checker") / name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


def _typo_repairs(word: str) -> set[str]:
    """The words ``word`` is one common typo away from: two neighbouring letters swapped ("compleetly"), a letter
    left out anywhere but at the end ("completly"; an end letter is too often an ending: "heatwave" is no typo of
    "heatwaves"), or a letter doubled ("studdy"). A letter changed or added is left alone: "const" and "gamers" are
    words of their own, not "coast" and "games"."""
    found: set[str] = set()
    for i in range(len(word) - 1):
        found.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
        if word[i] == word[i + 1]:
            found.add(word[:i] + word[i + 1 :])
    for i in range(len(word)):
        found.update(word[:i] + c + word[i:] for c in _LETTERS)
    found.discard(word)
    return found


def meant(word: str) -> str | None:
    """The word of the notes ``word`` (lower case) is a misspelling of, or None when it is a word of its own, too
    short, or as near to two words."""
    if len(word) < MIN_LENGTH or word in _words("spelling_words.txt") or word in _words("spelling_guard.txt"):
        return None
    near = _typo_repairs(word) & _words("spelling_words.txt")
    return next(iter(near)) if len(near) == 1 else None


def respelt(claim: str) -> str:
    """``claim`` with its misspelt lower-case words put right (see the module's rules); as it is otherwise."""
    head, rest = claim[:MAX_TEXT], claim[MAX_TEXT:]
    return _WORD.sub(lambda found: meant(found.group()) or found.group(), head) + rest
