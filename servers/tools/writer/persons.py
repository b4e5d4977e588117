"""Saying a clause about the reader to the reader: "who starts on Monday" -> "you start on Monday".

A request describes its reader in the third person ("thank Mr. Evans for the letter he wrote", "an apology to a
customer whose order arrived late"); the text speaks to them, so the clause is turned to "you" and "your", and the
verbs after the pronoun take the "you" form.
"""

from __future__ import annotations

import re

_YOU_FORMS = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't",
              "hasn't": "haven't", "doesn't": "don't"}  # fmt: skip


def second_person(clause: str) -> str:
    """A clause about the reader said to them: "who starts on Monday" -> "you start on Monday", "the letter he
    wrote for me" -> "the letter you wrote for me". Verbs after the pronoun take the "you" form."""

    def to_you(match: re.Match[str]) -> str:
        verb = match.group("verb")
        return f"you {_you_verb(verb)}"

    clause = re.sub(r"^who\s+(?P<verb>[\w']+)", to_you, clause.strip(), flags=re.I)
    clause = re.sub(r"\b(?:he|she)\s+(?P<verb>[\w']+)", to_you, clause, flags=re.I)
    return re.sub(r"\b(?:his|her)\b", "your", clause, flags=re.I)


def _you_verb(verb: str) -> str:
    low = verb.lower()
    if low in _YOU_FORMS:
        return _YOU_FORMS[low]
    if re.search(r"[^aeiou]ies$", low):
        return verb[:-3] + "y"  # carries -> carry
    if re.search(r"(?:ss|sh|ch|x|z|o)es$", low):
        return verb[:-2]  # teaches -> teach, goes -> go
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return verb[:-1]  # starts -> start
    return verb  # wrote, will, can: the same for "you"
