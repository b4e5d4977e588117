"""People on board as they come and go: 'We boarded 186 passengers in Manchester, then on the stopover 41 got off
and another 23 joined. How many did we have on board for the second leg?' → 186 − 41 + 23 = 168.

The story opens with how many there were (the first number, boarded, on the bus, on the ward), and every later number
is said to come ('joined', 'got on', 'arrived', 'were admitted') or go ('got off', 'left', 'were discharged') by its
own verb, a few words after it. The question asks how many there are after the moves ('how many on board now', 'how
many are on the bus'), in words the story told or words that only say where and when. A number with no verb of its
own, a fraction, money or a unit, a word that counts a move more than once or only in part ('each', 'half', 'twice',
'of them', 'back'), or a question about one move ('how many got off?') declines; so does more going than there was.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

MOST_TOKENS = 90
"""A short story: a few sentences of people coming and going and one question."""

_IN_PAIRS = frozenset({("got", "on"), ("got", "in"), ("came", "in"), ("came", "aboard"), ("turned", "up"),
                       ("checked", "in"), ("hopped", "on"), ("jumped", "on"), ("signed", "up"), ("walked", "in"),
                       ("came", "along"), ("moved", "in")})  # fmt: skip
_OUT_PAIRS = frozenset({("got", "off"), ("got", "out"), ("went", "home"), ("dropped", "out"), ("checked", "out"),
                        ("walked", "out"), ("moved", "out"), ("went", "off"), ("stepped", "off"), ("hopped", "off"),
                        ("jumped", "off"), ("went", "out")})  # fmt: skip
_IN = frozenset("joined boarded arrived admitted embarked came".split())
_OUT = frozenset("left departed discharged disembarked alighted".split())
_MOVES = frozenset(pair[0] for pair in _IN_PAIRS | _OUT_PAIRS) | _IN | _OUT
_BETWEEN = frozenset("more were was had have then another people passengers".split())
"""Words that may stand between a number and its verb: '12 more arrived', '6 were discharged'."""
_SPOILERS = frozenset(
    "each per every half halves quarter quarters third thirds fifths tenths twice double triple times percent not "
    "didn't never but except only them those whom which who instead again back same returned return rejoined "
    "expected booked meant should would could will if average total altogether fewer less than minus plus extra "
    "crew staff empty full seats capacity".split()
)
"""Words that make the story more than whole moves of the one group: a share, a return, a plan, a second group."""
_ASKED = frozenset(
    "how many are were is was there did do does we they you i have has had on board aboard in at the now still for "
    "end by second next last final return leg flight trip journey bus train coach ferry boat ward hall room left it "
    "remaining remain after that then total people passengers".split()
)
"""The words a question about how many there are now may hold besides the nouns the story told."""


def solve_headcount(tokens: list[Token], start: int) -> Solution | None:
    """How many there are after people come and go, or None unless the request is exactly that."""
    if len(tokens) - start > MOST_TOKENS:
        return None
    ask = question_start(tokens, start)
    if ask <= start or tokens[ask].word != "how" or tokens[ask + 1].word != "many":
        return None
    if any(t.kind in ("currency", "clock", "date") or t.text in ("%", "/") for t in tokens[start:]):
        return None
    words = [t.word for t in tokens]
    if set(words[start:]) & _SPOILERS:
        return None
    numbers = [k for k in range(start, len(tokens)) if tokens[k].kind == "number"]
    if not 2 <= len(numbers) <= 8 or numbers[-1] >= ask:
        return None
    if any(Fraction(tokens[k].value).denominator != 1 or _unit_after(tokens, k) for k in numbers):
        return None
    moves = [_direction(tokens, k) for k in numbers]
    if moves[0] is not None and moves[0][0] < 0 or any(m is None for m in moves[1:]):
        return None  # '41 got off' first: how many there were is not said
    said = {end for m in moves[1:] if m is not None for end in (m[1],)}
    if len(_verbs(tokens, numbers[0] + 1, ask)) != len(said) or _verbs(tokens, numbers[0] + 1, ask) != said:
        return None  # 'and some got on': a move with no number, which the count cannot take
    told = {w for w in words[start:ask] if w and w not in _MOVES}
    asked = [t for t in tokens[ask + 2 :] if t.kind == "word"]
    if any(t.word in _MOVES and t.word != "left" or not (t.word in _ASKED or t.word in told) for t in asked):
        return None  # 'how many got off?': one move asked, not who is there now
    if any(t.word == "left" and words[k - 1] not in ("are", "were", "there", "have", "had") for k, t in
           _indexed(tokens, ask)):  # fmt: skip
        return None  # 'how many left?' of a story where some left asks either
    total = Fraction(tokens[numbers[0]].value)
    parts = [f"{int(total):,}"]
    for k, move in zip(numbers[1:], moves[1:], strict=True):
        assert move is not None
        value = Fraction(tokens[k].value)
        total += move[0] * value
        if total < 0:
            return None
        parts.append(f"{'+' if move[0] > 0 else '−'} {int(value):,}")
    shown = " ".join(parts)
    return Solution(f"{int(total):,}", total, "count after people come and go", shown.replace("−", "-"),
                    [f"{shown} = {int(total):,}"])  # fmt: skip


def _indexed(tokens: list[Token], ask: int) -> list[tuple[int, Token]]:
    return [(k, tokens[k]) for k in range(ask, len(tokens)) if tokens[k].kind == "word"]


def _verbs(tokens: list[Token], begin: int, end: int) -> set[int]:
    """Where each verb of coming or going between ``begin`` and ``end`` ends, as ``_direction`` reports it."""
    found: set[int] = set()
    for j in range(begin, end):
        word = tokens[j].word
        if (word, tokens[j + 1].word) in _IN_PAIRS | _OUT_PAIRS:
            found.add(j + 2)
        elif word in _IN | _OUT:
            found.add(j + 1)
    return found


def _unit_after(tokens: list[Token], k: int) -> bool:
    after = tokens[k + 1]
    return after.kind == "word" and lookup(after.word, short=False) is not None


def _direction(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """+1 when the number's own verb says they came, −1 when they went, with where the verb ends; None when no verb
    follows within a few words ('186 passengers in Manchester' opens the story and needs none)."""
    j = k + 1
    while j < k + 4 and tokens[j].kind == "word":
        word, nxt = tokens[j].word, tokens[j + 1].word
        if (word, nxt) in _IN_PAIRS:
            return 1, j + 2
        if (word, nxt) in _OUT_PAIRS:
            return -1, j + 2
        if word in _IN:
            return 1, j + 1
        if word in _OUT:
            return -1, j + 1
        if word not in _BETWEEN and j > k + 1:
            return None
        j += 1
    return None
