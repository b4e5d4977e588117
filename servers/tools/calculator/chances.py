"""The chance of one outcome of a fair coin or die, once or several times in a row.

"the chance of rolling a 6 on a die" → 1/6; "probability of heads twice in a row" → 1/4; "rolling a 3 on a
10-sided die three times in a row" → 1/1000; "the chance of not rolling a 6" → 5/6 (every other face, once). Each
throw is independent, so k throws of chance p is p^k. Sums of several dice, "at least", "or", "exactly k of n", an
outcome not had several times, and anything but a fair coin or die are other problems, and are declined rather than
guessed.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_ASKS = frozenset("chance chances probability odds likelihood likely".split())
_COIN = frozenset({"coin", "coins"})
_DIE = frozenset({"die", "dice"})
_SIDES = {"heads": "heads", "head": "heads", "tails": "tails", "tail": "tails"}
_TIMES = {"once": 1, "twice": 2, "thrice": 3}
_FILLERS = frozenset(
    "what's whats what is the of a an on with in row getting get got rolling roll rolls rolled throwing throw "
    "flipping flip flips flipped tossing toss tossed fair one single standard six sided times time it that "
    "my i you if for are".split()
)
_MAX_TIMES = 100
_TRIES = frozenset("flips flip tosses toss throws throw rolls roll tries goes".split())
_THROWS = frozenset("rolling getting throwing flipping tossing landing roll get throw flip toss land".split())
_ADJECTIVES = frozenset("fair single standard regular normal ordinary six-sided".split())


def _one_thrown(tokens: list[Token], i: int) -> bool:
    """'one fair die', 'a single coin': the count of coins or dice thrown, when it is one."""
    if tokens[i].value != 1 or tokens[i].text.lower() not in ("one", "1"):
        return False
    j = i + 1
    while tokens[j].word in _ADJECTIVES:
        j += 1
    sided = tokens[j].kind == "number" and tokens[j + 1].text == "-" and tokens[j + 2].word == "sided"
    return sided or tokens[j].word in _DIE | _COIN


def solve_chance(tokens: list[Token], start: int) -> Solution | None:
    """The chance as a fraction, a decimal and a percentage; None unless the request is exactly this kind."""
    words = [t.word for t in tokens[start:] if t.kind == "word"]
    if not set(words) & _ASKS:
        return None
    coin = bool(set(words) & (_COIN | _SIDES.keys()))  # 'tails 3 times in a row' is a coin's
    die = bool(set(words) & (_DIE | {"rolling", "roll", "rolls", "rolled"}))  # 'rolling a 6 twice' is a die's
    if coin == die:
        return None
    faces, face, times = 2 if coin else 6, None, 1
    faced = 0  # 'getting 3 heads': how many of the face are asked for, said before it
    tries = 0  # 'in 3 flips'
    negated = False
    i = start
    while tokens[i].kind != "end":
        token, after = tokens[i], tokens[i + 1]
        if token.kind == "number":
            if after.text == "-" and tokens[i + 2].word == "sided" and die:
                faces, i = int(token.value), i + 3  # 'a 10-sided die'
                continue
            if after.word in ("times", "time"):
                times = int(token.value) if times == 1 else 0
            elif after.word in _TRIES:
                tries = int(token.value) if numbers.is_integer(token.value) and not tries else -1
            elif _one_thrown(tokens, i):
                pass  # 'on one fair die': the one die thrown, not a face
            elif coin and after.word in _SIDES and not faced:
                faced = int(token.value) if numbers.is_integer(token.value) else -1
            elif die and face is None and after.word not in _DIE:
                face = token.value
            else:
                return None
            i += 1
            continue
        word = token.word
        if word == "not" and not negated and after.word in _THROWS:
            negated = True  # 'the chance of not rolling a 6': every other face
        elif word in _SIDES and coin and face is None:
            face = 1
        elif word in _TIMES:
            times = _TIMES[word] if times == 1 else 0
        elif token.kind == "word" and word not in _FILLERS | _ASKS | _COIN | _DIE | _TRIES | _ADJECTIVES:
            return None
        elif token.kind not in ("word", "end") and token.text not in ("?", ".", ",", "-", "'"):
            return None
        i += 1
    if faced > 1 and times == 1 and "row" in words:
        times = faced  # '3 heads in a row'
    if tries > 1 and times == 1 and coin and faced == tries:
        times = tries  # '3 heads in 3 flips': every flip
    elif tries not in (0, 1) or faced and faced != times:
        return None  # '2 heads in 3 flips', 'a 6 in 2 rolls': exactly or at least, not one run
    if face is None or not 1 <= times <= _MAX_TIMES or not numbers.is_integer(face) or not 1 <= face <= faces:
        return None
    if negated and times != 1:
        return None  # 'not rolling a 6 twice': not twice, or twice not? Either may be meant
    chance = 1 - Fraction(1, faces) if negated else Fraction(1, faces) ** times
    once = f"{faces - 1}/{faces}" if negated else f"1/{faces}"
    steps = [f"one {'toss' if coin else 'roll'}: {once}" + (" (every other face)" if negated else "")]
    if times > 1:
        steps.append(f"{times} in a row, each independent: ({once})^{times} = {chance}")
    decimal = numbers.format_number(numbers.round_half_up(chance, 4))
    percent = numbers.format_number(numbers.round_half_up(chance * 100, 2))
    answer = f"{chance} ≈ {decimal} ({percent}%)"
    expression = f"1 - 1/{faces}" if negated else f"(1/{faces})^{times}"
    return Solution(answer, chance, "chance", expression, steps)
