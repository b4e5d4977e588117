"""A record as a percentage: how often an outcome happened out of the tries ('under 12s won 14 out of 22 games this
season, whats our win percentage' → 63.6%).

The outcome is said by its verb ('won', 'passed', 'lost') and asked by its noun ('win percentage', 'pass rate'),
and the two must be the same outcome: 'lost 8 out of 22, what's our win percentage' asks for the other share,
which the request does not state as given, and is declined. A team's age group ('under 12s', 'U10s') names the
team, not a number of the sum; any other word must be a filler of the question or an inert word of the story
(``inert``).
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import PUNCTUATION, QUESTION_WORDS
from servers.tools.calculator.inert import inert
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_OUTCOMES = {"won": "win", "passed": "pass", "lost": "loss", "failed": "fail", "scored": "score", "made": "make"}
_ASKED_NOUNS = frozenset("percentage percent % rate ratio record".split())
_FILLERS = frozenset(
    "what what's whats is was our my their the his her a as we they he she i out of this season year term so far "
    "in games matches".split()
)


def solve_record(tokens: list[Token], start: int) -> Solution | None:
    """The share of tries with the outcome, as a percentage; None when the request is not one such record."""
    said: list[tuple[str, Fraction, Fraction]] = []
    asked: list[str] = []
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        word = token.word
        team = _age_group(tokens, i)
        if team:
            i += team
            continue
        if word in _OUTCOMES and tokens[i + 1].kind == "number":
            j = i + 2
            j += 2 if tokens[j].word == "out" and tokens[j + 1].word == "of" else tokens[j].word in ("of", "from")
            j += tokens[j].word in ("our", "their", "the", "my", "his", "her")
            if j == i + 2 or tokens[j].kind != "number":
                return None
            said.append((_OUTCOMES[word], Fraction(tokens[i + 1].value), Fraction(tokens[j].value)))
            i = j + 1
            continue
        if token.kind in ("number", "currency", "clock", "date"):
            return None  # a number of its own: the record is not all the request says
        if (word in _OUTCOMES.values() or word == "winning") and (
            tokens[i + 1].word in _ASKED_NOUNS or tokens[i + 1].text == "%"
        ):
            asked.append("win" if word == "winning" else word)
            i += 2
            continue
        if not (token.text in PUNCTUATION or word in _FILLERS or word in QUESTION_WORDS or inert(token)):
            return None
        i += 1
    if len(said) != 1 or asked != [said[0][0]]:
        return None
    _, part, whole = said[0]
    if whole == 0 or part > whole:
        return None
    percent = numbers.checked(part / whole * 100)
    shown = numbers.format_number(percent)
    step = f"{numbers.format_number(part)} ÷ {numbers.format_number(whole)} × 100 = {shown}%"
    solution = Solution(f"{shown}%", percent, "percentage share", f"{part} / {whole} * 100", [step], "%")
    solution.values = {"part": part, "whole": whole, "percent": percent}
    return solution


def _age_group(tokens: list[Token], i: int) -> int:
    """'under 12s', 'under-12s', 'U10s': a team named by its age group; the width, or 0."""
    j = i
    if tokens[j].word == "under":
        j += 1 + (tokens[j + 1].text == "-")
    elif tokens[j].text in ("U", "u") and tokens[j + 1].kind == "number" and tokens[j + 1].attached:
        j += 1
    else:
        return 0
    if tokens[j].kind != "number" or tokens[j + 1].text != "s" or not tokens[j + 1].attached:
        return 0
    return j + 2 - i
