"""One person's age from another's: 'Sam is 3 years older than Ann, who is 10. How old is Sam?' → 13; 'Tom is 3
times as old as his son. His son is 12. How old is Tom?' → 36.

Two numbers and nothing else: a relation between two people ('A is K years older than B', 'K years younger
than', 'K times as old as') and the age of the second ('B is N', '..., who is N', 'B is N years old'). The question
asks how old the first is, naming them as the relation did ('How old is Tom?'). People are matched by the words that
name them ('his son' is 'His son'); an age asked at another time ('how old will Sam be'), of someone else, or a
relation the other way round declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_OWNERS = frozenset("his her their my our your the".split())
_YEARS = frozenset("years year yrs yr".split())
_WAYS = {"older": 1, "younger": -1}
_ENDS = frozenset({".", ",", "?", "!", ";", "end"})


def solve_relative_age(tokens: list[Token], start: int) -> Solution | None:
    """The first person's age from the second's and the relation between them; None unless exactly that."""
    words = [t.word or t.text for t in tokens[start:-1]]
    kinds = [t.kind for t in tokens[start:-1]]
    if kinds.count("number") != 2 or any(k not in ("word", "number", "symbol") for k in kinds):
        return None
    relation = _relation(words, kinds)
    if relation is None:
        return None
    first, second, how, k, after = relation
    age = _age_of(words, kinds, second, after)
    if age is None:
        return None
    asked, rest = age
    if rest != ["how", "old", "is", *first] and rest != ["how", "old", "is", *first, "now"]:
        return None  # 'how old will Sam be', 'how old is Ann': another question
    value = numbers.checked(_age(how, k, asked))
    if value <= 0:
        return None
    shown = numbers.format_number(value)
    step = f"{numbers.format_number(asked)} {'×' if how == 'times' else '+' if how == 'older' else '−'} " + (
        f"{numbers.format_number(k)} = {shown}"
    )
    solution = Solution(f"{shown} years old", value, "relative age", step, [step], "years")
    solution.notes.append("the first person's age from the second's, as the relation between them says")
    return solution


def _age(how: str, k: Fraction, asked: Fraction) -> Fraction:
    return asked * k if how == "times" else asked + _WAYS[how] * k


def _relation(words: list[str], kinds: list[str]) -> tuple[list[str], list[str], str, Fraction, int] | None:
    """'A is K years older than B' or 'A is K times as old as B' opening the request: A, B, the way, K and where B
    ends."""
    if "is" not in words:
        return None
    verb = words.index("is")
    first = _person(words[:verb])
    if first is None or kinds[verb + 1] != "number":
        return None
    k = Fraction(words[verb + 1]) if words[verb + 1].replace(".", "", 1).isdigit() else None
    if k is None or k <= 0:
        return None
    j = verb + 2
    if words[j] in _YEARS and words[j + 1] in _WAYS and words[j + 2] == "than":
        how, j = words[j + 1], j + 3
    elif words[j] in _WAYS and words[j + 1] == "than":
        how, j = words[j], j + 2
    elif words[j : j + 4] == ["times", "as", "old", "as"]:
        how, j = "times", j + 4
    else:
        return None
    end = j
    while end < len(words) and words[end] not in _ENDS:
        end += 1
    second = _person(words[j:end])
    if second is None or second == first:
        return None
    return first, second, how, k, end


def _age_of(words: list[str], kinds: list[str], second: list[str], at: int) -> tuple[Fraction, list[str]] | None:
    """The second person's age after the relation (', who is N.' or '. B is N (years old).'), and the question's
    words after it."""
    rest = words[at:]
    if rest[:3] == [",", "who", "is"]:
        j = 3
    elif rest[:1] == ["."]:
        j = 1 + (len(rest) > 1 and rest[1] in _OWNERS)  # '. His son is 12'
        if rest[j : j + len(second) + 1] != [*second, "is"]:
            return None
        j += len(second) + 1
    else:
        return None
    if j >= len(rest) or not rest[j].replace(".", "", 1).isdigit():
        return None
    asked = Fraction(rest[j])
    j += 1
    if rest[j : j + 2] == ["years", "old"]:
        j += 2
    if j >= len(rest) or rest[j] not in (".", ",", ";"):
        return None
    return asked, [w for w in rest[j + 1 :] if w not in ("?", ".") and w not in _OWNERS]


def _person(words: list[str]) -> list[str] | None:
    """Who a few words name ('Tom', 'his son', 'my dad'): owners dropped, one or two plain words left."""
    named = [w for w in words if w not in _OWNERS]
    if not 1 <= len(named) <= 2 or not all(w.isalpha() for w in named):
        return None
    return named
