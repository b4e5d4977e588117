"""A part of a counted group: 'Two thirds of our 27 volunteers turned up to the beach clean. How many people is
that?' → 18 volunteers; '40% of the 25 students passed. How many is that?' → 10 students.

The part is a fraction in words ('two thirds', 'a quarter', 'half') or a percentage, taken of a count of a plain noun
('27 volunteers'). What the story says the part did ('turned up', 'passed') is what the question counts, so the
question may only ask how many that is — not how many did something else ('how many stayed home'), which would be the
rest. A word that turns the part round ('didn't', 'except', 'the rest'), a second number, or a part of people that
is not whole declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.amounts import FRACTION_WORDS
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_OWNERS = frozenset("our the my their his her your these those".split())
_SPOILERS = frozenset(
    "not no never except more less fewer left remaining rest other others another absent missing without but only "
    "extra plus minus each per twice double again remainder stayed didn't don't weren't wasn't couldn't won't "
    "dropped quit leave left".split()
)
_ASKED = (("is", "that"), ("was", "that"), ("are", "they"), ("were", "they"), ("of", "them"), ())
_PAUSES = frozenset({".", ",", "!", "—", "-"})


def solve_group_part(tokens: list[Token], start: int) -> Solution | None:
    """The count a fraction or percentage of a counted group comes to, or None."""
    tokens = [*tokens, *[tokens[-1]] * 4]  # the end token repeated: room to look past it
    read = _part(tokens, start)
    if read is None:
        return None
    part, i = read
    if tokens[i].word != "of":
        return None
    i += 1 + (tokens[i + 1].word in _OWNERS)
    count = tokens[i]
    named = 1 + (not _plain_noun(tokens[i + 1]) and tokens[i + 1].word.isalpha() and _plain_noun(tokens[i + 2]))
    noun = tokens[i + named]  # '27 volunteers', '30 tomato plants'
    if count.kind != "number" or count.value.denominator != 1 or count.value < 1 or not _plain_noun(noun):
        return None
    if tokens[i + 1].word in _SPOILERS:
        return None
    i += 1 + named
    told: list[str] = []
    while tokens[i].kind == "word" and tokens[i].word not in ("how",) or tokens[i].text in _PAUSES:
        if tokens[i].kind == "word":
            if not tokens[i].word.replace("-", "").isalpha() or tokens[i].word in _SPOILERS:
                return None
            told.append(tokens[i].word)
        i += 1
    if not _asks_how_many(tokens, i, noun.word, told):
        return None
    value = part * count.value
    if value.denominator != 1:
        return None  # '40% of 27 students': not a whole number of them
    shown = numbers.format_number(value)
    steps = [f"{_said(part)} of {numbers.format_number(count.value)} = {shown}"]
    expression = f"{numbers.format_number(part)} * {numbers.format_number(count.value)}"
    solution = Solution(f"{shown} {noun.word}", value, "part of a group", expression, steps, noun.word)
    if told:
        solution.notes.append(f"the {noun.word} who {' '.join(told)}: the part the question counts")
    return solution


def _part(tokens: list[Token], i: int) -> tuple[Fraction, int] | None:
    """'two thirds', 'a quarter', 'half', '40%' at ``i``: the part and where it ends."""
    first, second = tokens[i], tokens[i + 1]
    if first.kind == "number" and (second.text == "%" or second.word == "percent"):
        return Fraction(first.value) / 100, i + 2
    if first.kind == "number" and second.word in FRACTION_WORDS and first.value.denominator == 1:
        return Fraction(first.value) / FRACTION_WORDS[second.word], i + 2
    if first.word in ("a", "one") and second.word in ("half", "third", "quarter"):
        return Fraction(1, FRACTION_WORDS[second.word]), i + 2
    if first.word == "half":
        return Fraction(1, 2), i + 1
    return None


def _plain_noun(token: Token) -> bool:
    word = token.word
    return (
        token.kind == "word"
        and word.isalpha()
        and word.endswith("s")
        and word not in _SPOILERS
        and lookup(word, short=False) is None
    )


def _asks_how_many(tokens: list[Token], i: int, noun: str, told: list[str]) -> bool:
    """'How many people is that?', 'how many is that', 'how many came' of 'came' told — and nothing after."""
    if tokens[i].kind == "end":
        return not told
    if not (tokens[i].word == "how" and tokens[i + 1].word == "many"):
        return False
    i += 2
    if tokens[i].word in (noun, "people"):
        i += 1
    asked_again = ((tokens[i].word,),) if told and tokens[i].word == told[0] else ()  # 'came ... how many came'
    for asked in (*_ASKED, *asked_again):
        end = i + len(asked)
        if all(tokens[i + k].word == w for k, w in enumerate(asked)) and (
            tokens[end].kind == "end" or tokens[end].text in ("?", ".") and tokens[end + 1].kind == "end"
        ):
            return True
    return False


def _said(part: Fraction) -> str:
    return f"{numbers.format_number(part * 100)}%" if part.denominator in (20, 25, 50, 100) else str(part)
