"""A percentage of an amount named by what it is: 'A user's mailbox is 48.6 GB and the new plan caps it at 50 GB.
What percentage of the cap are they using?', 'We've raised £3,400 and the target is £5,000. What percentage of the
target have we hit?'.

The readers know the question that names both amounts ('What percentage of 50 GB is 48.6 GB?'); 'of the cap' names
one by the word the story said it with ('caps it at 50 GB', 'the target is £5,000'). When the story holds exactly two
amounts of one kind and the word (or its verb: 'caps', 'capped') is said just before one of them only, the question
is read again with the amounts in place. Only a question of how much of it is used or reached is read so ('are they
using', 'have we hit'): what is left of it ('is left', 'is free') is another sum, and is declined.
"""

from __future__ import annotations

import re

from servers.tools.calculator.quantities import lookup

_QUESTION = re.compile(
    r"what\s+(?:percentage|percent|%|proportion)\s+of\s+(?:the|their|his|her|my|our|your|its)\s+([a-z]{3,15})"
    r"(?:\s+(?:are|is|am|was|were|have|has|do|does)(?:\s+(?:they|he|she|we|you|i|it|that|this))?"
    r"(?:\s+(?:using|used|use|taking\s+up|filling|filled|reached|hit|at|on))?"
    r"|\s+(?:used|in\s+use|taken|reached))?\s*\?\s*$",
    re.IGNORECASE,
)
_AMOUNT = re.compile(r"[£$€]?\d[\d,]*(?:\.\d+)?(?:\s*(?:%|[a-z]{1,12}\b))?", re.IGNORECASE)
_DIGIT = re.compile(r"\d[\d,.]*")
_NEAR_WORDS = 4
_CLAUSE = re.compile(r"[,.;!?]|\band\b|\bbut\b")


def with_amounts(text: str) -> str | None:
    """``text`` with a percentage of a named amount asked with the amounts in place, or None."""
    question = _QUESTION.search(text)
    if question is None:
        return None
    story = text[: question.start()]
    if len(_DIGIT.findall(story)) != 2:
        return None
    amounts = list(_AMOUNT.finditer(story))
    if len(amounts) != 2:
        return None
    stem = question[1].lower().rstrip("s")
    named = [m for m in amounts if _named_before(story, m.start(), stem)]
    if len(named) != 1 or any(_named_after(story, m.start() + len(_said(m[0])), stem) for m in amounts):
        return None  # '128 GB of storage and I've used 97 GB': the word names the amount before it
    whole = named[0]
    part = amounts[1] if whole is amounts[0] else amounts[0]
    return f"{story}What percentage of {_said(whole[0])} is {_said(part[0])}?"


def _said(amount: str) -> str:
    """The amount with its unit, without a word after it that is no unit ('£3,400 and')."""
    figure, _, word = amount.strip().partition(" ")
    return figure if word and lookup(word, short=True) is None else amount.strip()


def _named_before(story: str, at: int, stem: str) -> bool:
    """Whether the word ``stem`` names (as 'cap', 'caps', 'capped') one of the few words before ``at``, in its
    clause."""
    clause = _CLAUSE.split(story[:at].lower())[-1]
    return any(_is(w, stem) for w in re.findall(r"[a-z']+", clause)[-_NEAR_WORDS:])


def _named_after(story: str, at: int, stem: str) -> bool:
    """Whether ``stem`` is said right after the amount ending at ``at`` ('128 GB of storage')."""
    clause = _CLAUSE.split(story[at:].lower())[0]
    return any(_is(w, stem) for w in re.findall(r"[a-z']+", clause)[:_NEAR_WORDS])


def _is(word: str, stem: str) -> bool:
    return word == stem or word.startswith(stem) and len(word) - len(stem) <= 3
