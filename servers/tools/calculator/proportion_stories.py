"""A proportion told as a story: 'Allora, from 100 litres of sheep milk we make 18 kg of cheese. This morning we milked
340 litres. How many kg of cheese?', 'my mom's recipe: 500 g flour makes 12 vetkoek. i need 30 for the party. how
much flour in grams', 'We need 11.5 litres of milk for one kilo of cheese. Today 1 380 litres came down from the
cows. How many kilos of cheese does that make?'.

The sum is one: so much of one thing goes with so much of another, and a third figure of one of them asks the other,
scaled in proportion. A story may tell it with any nouns, so it is read by its shape rather than its phrases, and
restated as the plain request the proportion reader knows ('100 litres makes 18 kg. How many kg for 340 litres?'),
which is then read in full:

* exactly three figures ('one' counts as one), and no money, percentage, clock time or date;
* the first two in one sentence, joined by a word that ties an amount to what it makes or is for ('makes', 'we
  make', 'for', 'feeds', 'gives', 'takes'), each with its unit or the noun it counts, the two of different kinds;
* the third in a later sentence, in the unit or noun of one of them, or with none when the question names the other
  ('i need 30 ... how much flour': 30 of what the flour makes);
* the last sentence asks 'how many' or 'how much' of the other, by its unit or its noun;
* no unit of time, and no people: what scales with time or with hands ('4 workers take 6 days') may scale inversely,
  and is never read here; every other word a frame word, a word of the reading, or a word of the story outside the
  closed class of words that change sums (``inert``).
"""

from __future__ import annotations

from dataclasses import dataclass

from servers.tools.calculator.givens import PEOPLE
from servers.tools.calculator.inert import droppable, stems
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.stories import last_sentence, plain_figures
from servers.tools.calculator.tokens import Token

_LINKS = frozenset("makes make made for feeds feed serves serve gives give yields yield produces takes take".split())
_OWN = _LINKS | frozenset(
    "how many much of a an one need needs needed we i get got does do will would is are that this it from with "
    "use uses used "
    # when the third figure comes ('Tomorrow 210 bowls'), which changes no proportion
    "today tomorrow tonight yesterday".split()
)
_STOPS = frozenset({".", "!", "?", ";"})
_LINK_WITHIN = 6


@dataclass(frozen=True, slots=True)
class _Figure:
    at: int  # the number's place
    unit: int | None  # the place of its unit or counted noun, None when it has neither
    thing: int | None  # the place of the noun after 'of' ('18 kg of cheese'), else the unit's


def as_plain(text: str, tokens: list[Token]) -> str | None:
    """``text`` restated as the plain request for a proportion, or None when it is not one (see above)."""
    places = plain_figures(tokens)
    if places is None or len(places) != 3:
        return None
    first, second, third = (_figure(tokens, k) for k in places)
    if first.unit is None or second.unit is None or _sentence(tokens, first.at) != _sentence(tokens, second.at):
        return None
    if _sentence(tokens, third.at) == _sentence(tokens, first.at) or not _linked(tokens, first.at, second.at):
        return None
    if _alike(tokens, first, second) or any(_timed_or_people(tokens, f) for f in (first, second, third)):
        return None
    question = last_sentence(tokens)
    if third.at >= question and third.unit is None:
        return None
    asked = _asked(tokens, question, (first, second))
    if asked is None:
        return None
    given, wanted = (second, first) if asked is first else (first, second)
    if third.unit is not None and not _alike(tokens, third, given):
        return None
    told = {f.at for f in (first, second, third)} | {p for f in (first, second, third) for p in (f.unit, f.thing)}
    told |= {k for k in range(question, len(tokens)) if _names(tokens, k, wanted)}  # 'how many kg of cheese'
    for k, token in enumerate(tokens):
        if token.kind == "word" and k not in told and not droppable(token, _OWN):
            return None
    given_unit = _unit_of(tokens, third if third.unit is not None else given).text
    return (
        f"{_said(tokens, given)} makes {_said(tokens, wanted)}. "
        f"How many {_unit_of(tokens, wanted).text} for {tokens[third.at].text} {given_unit}?"
    )


def _figure(tokens: list[Token], k: int) -> _Figure:
    after = tokens[k + 1]
    if after.kind != "word" or after.word in _LINKS or after.word in ("of", "a", "an", "per", "each", "every"):
        return _Figure(k, None, None)
    thing = k + 3 if tokens[k + 2].word == "of" and tokens[k + 3].kind == "word" else k + 1
    return _Figure(k, k + 1, thing)


def _unit_of(tokens: list[Token], figure: _Figure) -> Token:
    """The token of the figure's unit or counted noun (the figure's own, when it has none)."""
    return tokens[figure.unit if figure.unit is not None else figure.at]


def _said(tokens: list[Token], figure: _Figure) -> str:
    return f"{tokens[figure.at].text} {_unit_of(tokens, figure).text}"


def _sentence(tokens: list[Token], k: int) -> int:
    return sum(1 for t in tokens[:k] if t.text in _STOPS)


def _linked(tokens: list[Token], first: int, second: int) -> bool:
    """A word tying the first amount to the second between them, within a few words: 'makes', 'we make', 'for'."""
    between = tokens[first + 1 : second]
    return len(between) <= _LINK_WITHIN and any(t.word in _LINKS for t in between)


def _kind(tokens: list[Token], figure: _Figure) -> str:
    word = _unit_of(tokens, figure).word
    unit = lookup(word) or lookup(_unit_of(tokens, figure).text)
    return unit.dimension + ":" + unit.name if unit is not None else "count:" + min(stems(word))


def _alike(tokens: list[Token], one: _Figure, other: _Figure) -> bool:
    """Whether two figures measure one thing: the same unit, or the same noun counted ('12 vetkoek', '30 vetkoek');
    'kg' and 'kilos' are one unit."""
    mine, theirs = _kind(tokens, one), _kind(tokens, other)
    if mine.startswith("count:") or theirs.startswith("count:"):
        return bool(stems(_unit_of(tokens, one).word) & stems(_unit_of(tokens, other).word))
    return mine == theirs


def _timed_or_people(tokens: list[Token], figure: _Figure) -> bool:
    if figure.unit is None:
        return False
    word = tokens[figure.unit].word
    unit = lookup(word)
    return unit is not None and unit.dimension in ("time", "speed") or word in PEOPLE


def _names(tokens: list[Token], k: int, figure: _Figure) -> bool:
    """Whether the word at ``k`` names what ``figure`` measures: its unit (as written or another way: 'kilos' of
    'kg'), or the thing it is of."""
    if tokens[k].kind != "word":
        return False
    word = tokens[k].word
    places = [p for p in (figure.unit, figure.thing) if p is not None]
    unit = lookup(word)
    named = any(stems(word) & stems(tokens[p].word) for p in places)
    return named or unit is not None and unit == lookup(_unit_of(tokens, figure).word)


def _asked(tokens: list[Token], question: int, pair: tuple[_Figure, _Figure]) -> _Figure | None:
    """The one of the pair the question asks 'how many' or 'how much' of, by its unit or noun; None when it asks
    neither, or both."""
    words = [t for t in tokens[question:] if t.kind == "word"]
    if not any(a.word == "how" and b.word in ("many", "much") for a, b in zip(words, words[1:], strict=False)):
        return None
    found = [f for f in pair if any(_names(tokens, k, f) for k in range(question, len(tokens)))]
    return found[0] if len(found) == 1 else None
