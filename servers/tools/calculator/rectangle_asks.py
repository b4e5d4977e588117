"""The area of a rectangle told in a story: 'My olive grove near Agareb is a rectangle 240 m by 175 m. How many
hectares is it?', 'Our terrace is 12,5 m by 7,2 m. How many m² of shade cloth do I need to cover it all?', 'The
umbrella canopy for the cart is 5 feet by 3 and a half feet. How many square feet of vinyl I need?'.

The sum is one: the two sides multiplied, in the area unit asked. A story may name the place and what covers it with
any nouns, so it is read by its shape rather than its phrases, and restated as the plain request every other reader
knows ('A rectangle is 240 m by 175 m. How many hectares is it?'), which is then read in full:

* exactly two figures, and no money, percentage, clock time or date: the sides, joined by 'by', 'x' or '×', each
  in a unit of length (the first may leave it to the second: '24 by 16 ft');
* the last sentence asks 'how many' or 'how much' of a unit of area ('square feet', 'm²', 'hectares', 'acres');
* no word of a surface other than the one the sides span, or of a solid or another shape ('walls', 'border',
  'both sides', 'deep', 'circle'); every other word a frame word, a word of the reading, or a word of the story
  outside the closed class of words that change sums (``inert``).
"""

from __future__ import annotations

from servers.tools.calculator.inert import droppable
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.stories import last_sentence, plain_figures
from servers.tools.calculator.tokens import Token

_JOINS = frozenset("by x × *".split())
_OWN = frozenset(
    "how many much is it that this the a an rectangle rectangular area of need needed do does i we cover covers "
    "covering all whole total size in square sq squared floor new".split()
)
_OTHER_SURFACES = frozenset(
    "wall walls ceiling ceilings side sides both border borders edge edges edging path paths perimeter fence "
    "fencing around round circle circular triangle triangular diameter radius height high tall deep depth thick "
    "thickness volume cubic skirting trim coat coats layer layers twice double half each per every except minus "
    "plus without waste extra spare".split()
)


def as_area(text: str, tokens: list[Token]) -> str | None:
    """``text`` restated as the plain request for the area of a rectangle, or None when it is not one (see above)."""
    places = plain_figures(tokens)
    if places is None or len(places) != 2:
        return None
    first, second = places
    second_unit = _length(tokens, second + 1)
    first_unit = _length(tokens, first + 1)
    if second_unit is None or tokens[first + 1 + (first_unit is not None)].word not in _JOINS:
        return None
    if first + 2 + (first_unit is not None) != second:
        return None
    question = last_sentence(tokens)
    if second >= question:
        return None
    asked = _area_asked(tokens, question)
    if asked is None:
        return None
    told = {first, second, first + 1, first + 2, second + 1} | set(range(*asked))
    for k, token in enumerate(tokens):
        if token.kind != "word" or k in told:
            continue
        if token.word in _OTHER_SURFACES or not droppable(token, _OWN):
            return None
    sides = text[tokens[first].start : tokens[second + 2].start].strip()
    area = text[tokens[asked[0]].start : tokens[asked[1]].start].strip()
    return f"A rectangle is {sides}. How many {area} is it?"


def _length(tokens: list[Token], k: int) -> str | None:
    token = tokens[k]
    if token.kind != "word":
        return None
    unit = lookup(token.word) or lookup(token.text)
    return token.word if unit is not None and unit.dimension == "length" and unit.per is None else None


def _area_asked(tokens: list[Token], question: int) -> tuple[int, int] | None:
    """The span of the unit of area the question asks 'how many' or 'how much' of ('square feet', 'm²', 'sq ft',
    'hectares'), or None."""
    words = [t.word for t in tokens]
    if not any(words[k] == "how" and words[k + 1] in ("many", "much") for k in range(question, len(tokens) - 1)):
        return None
    for k in range(question, len(tokens) - 1):
        token = tokens[k]
        if token.kind != "word":
            continue
        if token.word in ("square", "sq") and _length(tokens, k + 1) is not None:
            return k, k + 2
        if _length(tokens, k) is not None and tokens[k + 1].word == "squared":
            return k, k + 2  # 'm²', read as 'm squared'
        unit = lookup(token.word) or lookup(token.text)
        if unit is not None and unit.dimension == "area" and unit.per is None:
            return k, k + 1
    return None
