"""What one percentage in a purchase story does (a tip or tax added, a discount taken off) and which of the
story's lines it is said of: all of them, one of them, or unclear.

"Delivery: $5. The sofa is $400 with 10% off." — the discount is said in the sofa's sentence, of the sofa alone:
$360 + $5. "Burger $12, fries $4. Add a 15% tip." — said in a sentence of its own, after every line: of the
whole order. A percentage is of the whole when its words say so ('on the bill', 'off everything'), when the story
has one line, or when it follows every line with no fee among them; it is of one line when its sentence holds
that line and no other. Anything else — a percentage between lines in one sentence ('a $60 lamp at 20% off plus a
$15 delivery charge'), a discount or tax that may or may not reach a fee ('a $400 sofa and $5 delivery, 10% off'),
a base named that is not the whole ('20% off the trousers') — is two readings, and the story is not guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from servers.tools.calculator.givens import Given
from servers.tools.calculator.tokens import Token

WHOLE = -1
"""The scope of a percentage said of every line."""

_ENDS = frozenset({".", "?", "!", ";"})
_FEES = frozenset(
    "delivery shipping postage p&p installation install fitting fee fees charge surcharge booking handling "
    "carriage courier freight".split()
)
"""Words naming a charge beside the goods: whether a discount or tax reaches it the story must say."""
_WHOLE_BASES = frozenset("bill total everything order lot all it meal".split())
_ALL_OF = frozenset("whole entire full".split())
_ALL_THINGS = frozenset("thing things amount job basket purchase shop".split())
"""'the whole lot', 'the entire thing': all of what was bought; 'the whole sofa' is the sofa."""
_ADDED = frozenset("tip tax vat gst service gratuity surcharge".split())
_TAKEN = frozenset("discount off reduction".split())
_OWNERS = frozenset("the my your his her our their each".split())
_DISCOUNTS = frozenset("off discount discounted reduction reduced".split())
_CLAUSES = frozenset("and plus then but got get gets had has have received applied is are was were".split())
_NAMES = frozenset("off discount reduction tip tax vat gst sales service charge gratuity".split())


def scope(tokens: list[Token], givens: Sequence[Given], lines: Sequence[Sequence[int]], percent: Given) -> int | None:
    """The index of the one line ``percent`` is said of, WHOLE for all of them, None when the words leave it
    unclear; ``lines`` hold the indices into ``givens`` each line was read from."""
    if len(lines) <= 1:
        return WHOLE
    base = _named_base(_said_after(tokens, percent))
    if base is not None:
        return WHOLE if base else None
    sentence = _sentence(tokens, percent.start)
    inside = [n for n, line in enumerate(lines) if any(_sentence(tokens, givens[k].start) == sentence for k in line)]
    if len(inside) == 1 and _then_after(tokens, givens, lines[inside[0]], percent):
        before = [n for n, line in enumerate(lines) if all(givens[k].end <= percent.start for k in line)]
        return before[0] if len(before) == 1 and len(before) == len(lines) - 1 else None
    if len(inside) == 1 and len(lines) > 1:
        return inside[0]  # 'The sofa is $400 with 10% off.' beside 'Delivery: $5.'
    if inside and len(inside) < len(lines):
        return None  # two lines in the percentage's sentence and more outside it
    after_all = all(givens[k].end <= percent.start for line in lines for k in line)
    if not after_all or any(_is_fee(givens[k]) for line in lines for k in line):
        return None
    if (set(percent.before[-3:]) | set(percent.after[:2])) & _DISCOUNTS and _attached(tokens, givens, lines, percent):
        return None  # 'a $400 sofa and a $100 chair with 10% off': the chair's discount, or both
    return WHOLE  # a tip or tax after the lines of the order is on the whole of it


def less_taken(tokens: list[Token], givens: Sequence[Given]) -> frozenset[str]:
    """{'less'} when 'less' opens a clause of its own that only takes a discount off ('..., less the 10% society
    discount'); 'less' hung on a price ('5 at £3.10 less 10%') or relating two amounts stays a spoiler."""
    if sum(t.word == "less" for t in tokens) != 1:
        return frozenset()  # 'Less £5, less 15% discount': another amount taken off too
    for g in givens:
        lead = g.start - 1 if tokens[g.start - 1].word in ("the", "a", "our") else g.start
        if not g.quantity.percent or tokens[lead - 1].word != "less" or tokens[lead - 2].text not in (",", ";"):
            continue
        if set(g.after[:2]) & {"discount", "reduction"}:
            return frozenset({"less"})
    return frozenset()


def percent_role(g: Given, lines: int, tokens: list[Token]) -> tuple[Fraction, int, str] | None:
    """A percentage named a tip or tax (added) or a discount (taken off), on the whole of the lines."""
    words = set(g.before[-3:]) | set(g.after[:2])
    added, taken = words & _ADDED, words & _TAKEN
    if len(added | taken) != 1:
        return None
    after = _said_after(tokens, g)
    if after[:1] == ("on",) and lines > 1 and not _whole_named(after[1:], reach=2):
        return None  # 'a 10% tip on the food': a base that is one line, not the bill
    sign = 1 if added else -1
    name = "service charge" if "service" in added else "discount" if taken else next(iter(added))
    return Fraction(g.quantity.value), sign, name


def _said_after(tokens: list[Token], g: Given) -> tuple[str, ...]:
    """The words right after a given, up to six ('tax on the whole lot'): ``Given.after`` holds four."""
    words: list[str] = []
    for token in tokens[g.end : g.end + 6]:
        if token.kind != "word":
            break
        words.append(token.word)
    return tuple(words)


def _named_base(after: tuple[str, ...]) -> bool | None:
    """True when the words after the percentage name the whole ('on the bill', 'off everything'), False when
    they name something else ('on the food', 'off the trousers'), None when they name no base."""
    named = 0
    while named < len(after) and after[named] in _NAMES:
        named += 1  # '10% off', '15% service charge', '8% sales tax': the percentage's own words
    marked = after[named - 1 : named] == ("off",) if named else False
    if after[named : named + 1] in (("on",), ("off",)):
        named, marked = named + 1, True
    rest = after[named:]
    if not marked or not rest or not (rest[0] in _OWNERS or rest[0] in _WHOLE_BASES):
        return None
    return _whole_named(rest, reach=3)


def _whole_named(words: Sequence[str], *, reach: int) -> bool:
    """'the bill', 'my total', 'the whole lot', 'the entire thing': words after 'on' or 'off' that name all of the
    lines; 'the whole sofa' names one of them. Only the first ``reach`` words are read, and the one after 'whole'."""
    for k, word in enumerate(words[:reach]):
        if word in _ALL_OF:
            return k + 1 < len(words) and words[k + 1] in _WHOLE_BASES | _ALL_THINGS
        if word in _WHOLE_BASES:
            return True
    return False


def _attached(tokens: list[Token], givens: Sequence[Given], lines: Sequence[Sequence[int]], percent: Given) -> bool:
    """Whether the percentage hangs on the last price with no verb or clause of its own ('$100 chair with 10% off',
    '$25, 10% off'), unlike 'and got a 10% discount'."""
    last = max(givens[k].end for line in lines for k in line)
    between = [t for t in tokens[last : percent.start] if t.word not in ("a", "an")]
    if not between or len(between) > 4 or any(t.word in _CLAUSES for t in between):
        return False
    return between[-1].word in ("with", "at") or between[-1].text == ","  # '$100 chair with', '$25,'


def _then_after(tokens: list[Token], givens: Sequence[Given], line: Sequence[int], percent: Given) -> bool:
    """Whether the line shares the percentage's sentence only as a later step ('I give them 15% discount, then add
    $140 for shipping'): the percentage was taken of what came before, and the line added after it."""
    start = min(givens[k].start for k in line)
    return start >= percent.end and any(t.word == "then" for t in tokens[percent.end : start])


def _sentence(tokens: list[Token], i: int) -> int:
    """How many sentences end before token ``i``."""
    return sum(1 for t in tokens[:i] if t.text in _ENDS)


def _is_fee(given: Given) -> bool:
    return bool((set(given.before[-3:]) | set(given.after[:2])) & _FEES)
