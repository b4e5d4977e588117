"""One person's age when another was born: 'my dad is 60 and I am 25, how old was he when I was born?' → 35.

Two ages told now, one sentence each or joined by 'and' ('Mum is 52 and I'm 20', 'Tom is 40, his son is 12'), and
a question asking how old the first was when the second was born — the first named as told, or by a pronoun where
the second is 'I' or 'we' (so it can name no one else); the second as told ('I' for 'I'm'). The answer is the
difference of the ages, now as then. Anything else in the request, a third age, an age asked of the second, or a
first person younger than the second declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_OWNERS = frozenset("my our his her their your the".split())
_PRONOUNS = frozenset("he she they".split())
_SELF_IS = {"i'm": "i", "im": "i", "i am": "i", "we're": "we", "we are": "we"}
_JOINS = frozenset({"and", ",", ".", ";"})
_BREAKS = frozenset({",", ".", "?", ";"})


def solve_birth_age(tokens: list[Token], start: int) -> Solution | None:
    """The first person's age at the second's birth; None unless the request is exactly that."""
    told = tokens[start:-1]
    words = [t.word or t.text for t in told]
    first = _told_age(words, told, 0)
    if first is None:
        return None
    elder, older_age, at = first
    if at >= len(words) or words[at] not in _JOINS:
        return None
    second = _told_age(words, told, at + 1)
    if second is None:
        return None
    younger, younger_age, at = second
    if at < len(words) and words[at] in _BREAKS:
        at += 1
    if words[at:] != ["how", "old", "was", *_asked(elder, younger, words, at + 3)]:
        return None
    if older_age < younger_age or elder == younger:
        return None
    difference = numbers.checked(older_age - younger_age)
    shown = [numbers.format_number(v) for v in (older_age, younger_age, difference)]
    step = f"{shown[0]} − {shown[1]} = {shown[2]}"
    solution = Solution(f"{shown[2]} years old", difference, "age at a birth", f"{shown[0]} - {shown[1]}", [step])
    solution.notes.append("the difference between two ages stays the same every year")
    return solution


def _told_age(words: list[str], told: list[Token], at: int) -> tuple[tuple[str, ...], Fraction, int] | None:
    """'my dad is 60', "I'm 25", 'Tom is 40 years old' from ``at``: who, the age, and where it ends."""
    who: list[str] = []
    k = at
    for said, person in _SELF_IS.items():
        parts = said.split()
        if words[k : k + len(parts)] == parts:
            who, k = [person], k + len(parts)
            break
    else:
        if k < len(words) and words[k] in _OWNERS:
            who.append(words[k])
            k += 1
        if k >= len(words) or told[k].kind != "word" or not words[k].isalpha() or words[k] in _PRONOUNS | {"is"}:
            return None
        who.append(words[k])
        if k + 1 >= len(words) or words[k + 1] != "is":
            return None
        k += 2
    if k >= len(words) or told[k].kind != "number":
        return None
    age = Fraction(told[k].value)
    k += 1
    if words[k : k + 2] == ["years", "old"]:
        k += 2
    if not 0 <= age < 130:
        return None
    return tuple(who), age, k


def _asked(elder: tuple[str, ...], younger: tuple[str, ...], words: list[str], at: int) -> list[str]:
    """The rest of the question as it must read: the first person (as told or a pronoun), 'when', the second, 'was
    born' — or nothing that could match, when the words name anyone else."""
    if words[at : at + len(elder)] == list(elder):
        named = list(elder)  # 'how old was my dad', as told
    elif at < len(words) and words[at] in _PRONOUNS and younger in (("i",), ("we",)):
        named = [words[at]]  # 'how old was he when I was born': no one else it could be
    else:
        named = []
    if not named:
        return ["\0"]
    return [*named, "when", *younger, "were" if younger == ("we",) else "was", "born"]
