"""The score still needed for an average: "my tests are 72, 85 and 90, what do I need on the fourth to average
85?" → 85 × 4 − (72 + 85 + 90) = 93.

The scores are one list of numbers; the target is the one number the word "average" (or "mean") stands beside
("average 85", "an average of 85", "an 85 average"); the question asks what is needed on one more test. An
ordinal that names the test ("the fourth") must be the one after the list. Weights, several tests still to
come, or anything else the formula cannot say leave the request to be declined.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.amounts import ORDINALS
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_AVERAGE = frozenset({"average", "mean"})
_NEEDS = frozenset("need needed have get score make".split())
_ONE_MORE = frozenset("next last final remaining".split()) | ORDINALS.keys()
_SPOILERS = frozenset("weighted weight weights worth counts count percent both each if not median mode".split())
_LIST_JOINERS = frozenset({",", "and", "&"})
_MAX_SCORES = 30


def solve_needed_score(tokens: list[Token], start: int) -> Solution | None:
    """What one more score must be for the list's average to reach the target; None unless exactly that."""
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if not words & _AVERAGE or not words & _NEEDS or not words & _ONE_MORE or words & _SPOILERS:
        return None
    if any(t.kind in ("currency", "clock", "date") or t.text in ("%", "/") for t in tokens[start:]):
        return None
    target_at = _target(tokens, start)
    if target_at is None:
        return None
    skipped = _words_as_numbers(tokens, start, target_at)
    totals = _totals(tokens, start, target_at)
    indexes = [i for i in range(start, len(tokens)) if tokens[i].kind == "number" and i not in skipped | totals]
    scores = [tokens[i].value for i in indexes]
    if not 1 <= len(scores) <= _MAX_SCORES or not _one_list(tokens, indexes, target_at):
        return None
    if any(tokens[i].value != len(scores) for i in skipped - {target_at} if tokens[i].text.lower() != "one"):
        return None  # 'the first three exams' must be the three scores given
    if any(tokens[i].value != len(scores) + 1 for i in totals):
        return None  # 'an average of 70 over four exams' with three given: the fourth is the one asked
    named = _named_test(tokens, start)
    if named is not None and named != len(scores) + 1:
        return None  # 'the fifth test' after three scores: a test in between is missing
    target = Fraction(tokens[target_at].value)
    total = sum((Fraction(s) for s in scores), Fraction(0))
    count = len(scores) + 1
    needed = numbers.checked(target * count - total)
    shown = numbers.format_number(needed)
    listed = " + ".join(numbers.format_number(s) for s in scores)
    steps = [
        f"an average of {numbers.format_number(target)} over {count} scores is a total of "
        f"{numbers.format_number(target * count)}",
        f"{numbers.format_number(target * count)} − ({listed}) = {shown}",
    ]
    expression = f"{numbers.format_number(target)} * {count} - ({listed})"
    solution = Solution(f"{shown} on the next one", needed, "score needed", expression, steps)
    if needed < 0:
        solution.notes.append("the average is already above the target whatever the last score is")
    elif needed > 100:
        solution.notes.append("more than 100 is needed, which a test marked out of 100 cannot give")
    return solution


def _target(tokens: list[Token], start: int) -> int | None:
    """The index of the number 'average' stands beside: 'average 85', 'average of 85', 'an 85 average'."""
    found: list[int] = []
    for i in range(start, len(tokens) - 1):
        if tokens[i].word not in _AVERAGE:
            continue
        after = i + 2 if tokens[i + 1].word == "of" else i + 1
        if tokens[after].kind == "number":
            found.append(after)
        elif i > start and tokens[i - 1].kind == "number":
            found.append(i - 1)
    return found[0] if len(found) == 1 else None


def _words_as_numbers(tokens: list[Token], start: int, target_at: int) -> set[int]:
    """Numbers that are not scores: the target, 'the next one', and the count in 'my first three exams'."""
    skipped = {target_at}
    for i in range(start + 1, len(tokens) - 1):
        token, before = tokens[i], tokens[i - 1]
        if token.kind != "number":
            continue
        if token.text.lower() == "one" and before.word in _ONE_MORE | {"the", "that", "this"}:
            skipped.add(i)
        elif before.word in ("first", "my", "the", "all") and tokens[i + 1].kind == "word":
            skipped.add(i)
        elif before.word == "first" and (tokens[i + 1].kind == "end" or tokens[i + 1].text in (".", ",", "?", "!")):
            skipped.add(i)  # '... on the first three.'

    return skipped


def _totals(tokens: list[Token], start: int, target_at: int) -> set[int]:
    """'an average of 70 over four exams', 'across 5 tests': how many scores the average is over, said right after
    the target."""
    at = target_at + 1
    if tokens[at].word in ("over", "across", "for", "in") and tokens[at + 1].kind == "number":
        if tokens[at + 2].kind == "word" and tokens[at + 2].word not in _AVERAGE:
            return {at + 1}
    return set()


def _one_list(tokens: list[Token], indexes: list[int], target_at: int) -> bool:
    """Whether the scores are written together as one list ('72, 85 and 90'), not scattered through the text."""
    first, last = indexes[0], indexes[-1]
    between = [t for t in tokens[first : last + 1] if t.kind != "number"]
    return all(t.text in _LIST_JOINERS or t.word in _LIST_JOINERS for t in between) and not (first < target_at < last)


def _named_test(tokens: list[Token], start: int) -> int | None:
    for token in tokens[start:]:
        if token.kind == "ordinal":
            return int(token.value)
        if token.kind == "word" and token.word in ORDINALS:
            return ORDINALS[token.word]
    return None
