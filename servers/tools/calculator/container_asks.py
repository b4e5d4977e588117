"""Containers for an amount, told in a story: 'Leaf sacks take 28 kg each. Today's leaf is 1,950 kg. How many
sacks, rounded up to full sacks?', 'Chili oil jar holds 1.8 jin. Need to store 25 jin chili oil. How many jars?'.

The sum is always the same: the amount over what one container holds, rounded up, as no container can be used in
part. A story around it may say the amount and the containers in any order and with any nouns, so it is read by
its shape rather than its phrases, and restated as the plain request every other reader knows ('The sacks take
28 kg each. I have 1,950 kg. How many sacks do I need?'), which is then read in full as any request is:

* exactly two numbers, and no money, percentage, clock time or date;
* one of them right after a verb of holding ('holds', 'takes', 'fits', 'carries', 'contains', optionally 'up to'
  or 'at most'), with the containers named in the four words before that verb;
* the other in the same unit ('28 kg' and '1,950 kg'), or with the same noun when they are counts ('12 pieces'
  and '130 pieces'); a capacity with no noun takes the amount's ('takes 350' for '12.740 bulbs');
* the question 'how many' of those same containers, asking for enough of them: 'need', 'store', 'round up',
  'whole', 'full', 'buy', 'must', 'have to fill'. Filling what one can ('how many can I fill') rounds down
  instead, and is not read here;
* every other word either a frame word ('the', 'is', 'I') or a word of the story that changes nothing in a sum
  (``inert``): a word that could ('except', 'already', 'extra', 'more') leaves the request unread.
"""

from __future__ import annotations

from servers.tools.calculator.inert import FRAME_WORDS, inert, stems
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.stories import plain_figures
from servers.tools.calculator.tokens import Token

_HOLDS = frozenset(
    "holds hold takes take fits fit carries carry contains contain cooks cook makes make serves serve feeds feed "
    "bakes bake".split()
)
"""Verbs of what one container holds, or one batch of something does ('one bag of charcoal cooks 22 fish')."""
_ENOUGH = frozenset("need needed needs store round rounded whole full buy order prepare must".split())
_OWN = frozenset(
    "how many each one a an need needed needs store round rounded whole full take takes at most maximum max buy "
    "order prepare must have to fill about around like".split()
)
_BOUNDS = (("up", "to"), ("at", "most"), ("a", "maximum", "of"), ("max",), ("about",), ("around",), ("like",))
"""Said between the verb of holding and what one container holds: the most it takes, which is what it takes; or
roughly what it does ('cooks about 22 fish'), which the user counts by."""
_FILLING = frozenset("fill fills filled".split())
_CAN = frozenset("can could".split())
_NAMED_WITHIN = 4


def as_needed(text: str, tokens: list[Token]) -> str | None:
    """``text`` restated as the plain request for enough containers, or None when it is not one (see above)."""
    if plain_figures(tokens) is None:
        return None
    words = [t.word for t in tokens]
    asked = next((k + 2 for k in range(len(tokens) - 2) if words[k : k + 2] == ["how", "many"]), None)
    said = set(words)
    obliged = any(words[k : k + 2] == ["have", "to"] for k in range(len(words) - 1))
    if asked is None or tokens[asked].kind != "word" or _FILLING & said and (_CAN & said or not obliged):
        return None  # 'how many jars can I fill' rounds down; 'how many baths do I have to fill' asks enough
    if not (_ENOUGH & said or obliged):
        return None
    containers = tokens[asked].word
    figures = [k for k, t in enumerate(tokens) if t.kind == "number" and not _one_of(tokens, k, containers)]
    if len(figures) != 2:
        return None
    capacity = next((k for k in figures if _held(tokens, k, containers)), None)
    if capacity is None:
        return None
    amount = figures[1] if capacity == figures[0] else figures[0]
    unit = _unit(tokens, amount)
    held = _unit(tokens, capacity) or unit
    if unit is None or held is None or not _same(tokens[held], tokens[unit]):
        return None
    figured = {capacity, amount, held, unit}
    for k, token in enumerate(tokens):
        if token.kind == "word" and k not in figured and not _story(token, containers) and not _when(tokens, k):
            return None
    return (
        f"The {containers} take {tokens[capacity].text} {tokens[held].text} each. "
        f"I have {tokens[amount].text} {tokens[unit].text}. How many {containers} do I need?"
    )


def _when(tokens: list[Token], k: int) -> bool:
    """'This week I made 93 wheels', 'this season': when the amount came, which changes nothing in the count."""
    unit = lookup(tokens[k].word, short=False)
    return unit is not None and unit.dimension == "time" and k > 0 and tokens[k - 1].word in ("this", "last", "that")


def _one_of(tokens: list[Token], k: int, containers: str) -> bool:
    """'one crate takes 350', 'one brine bath takes 14': the container told of, not a figure of the sum."""
    if tokens[k].text.lower() != "one":
        return False
    named = tokens[k + 1 : k + 4]
    return any(stems(t.word) & stems(containers) for t in named if t.kind == "word")


def _held(tokens: list[Token], k: int, containers: str) -> bool:
    """Whether the figure at ``k`` says what one of ``containers`` holds: right after a verb of holding ('up to',
    'at most' between them allowed), with the containers named in the words before the verb."""
    bound = next((len(b) for b in _BOUNDS if [t.word for t in tokens[max(0, k - len(b)) : k]] == list(b)), 0)
    verb = k - bound - 1
    if verb < 1 or tokens[verb].word not in _HOLDS:
        return False
    named = tokens[max(0, verb - _NAMED_WITHIN) : verb]
    return any(stems(t.word) & stems(containers) for t in named if t.kind == "word")


def _unit(tokens: list[Token], k: int) -> int | None:
    """Where the unit or the noun of the figure at ``k`` is written, or None when it has neither."""
    after = tokens[k + 1]
    return k + 1 if after.kind == "word" and after.word not in ("each", "a", "an", "per") else None


def _same(one: Token, other: Token) -> bool:
    """'kg' and 'kilograms', 'L' and 'litres', 'pieces' and 'piece': one unit, or one noun of a count."""
    measure, measured = lookup(one.text), lookup(other.text)
    if measure is not None or measured is not None:
        return measure == measured
    return bool(stems(one.word) & stems(other.word))


def _story(token: Token, containers: str) -> bool:
    """A word the sum can pass: the frame of a sentence, the request's own words, the containers, or a word of the
    story outside the closed class of words that change sums."""
    word = token.word
    return word in FRAME_WORDS or word in _OWN or bool(stems(word) & stems(containers)) or inert(token)
