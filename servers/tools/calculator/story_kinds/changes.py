"""A change in percent told as a story: 'Last season I sold 14 400 pineapples, this season 16 920, God is great. By
how many percent did my sales go up?' → 'What is the percent change from 14400 to 16920?' (17.5% increase).

The story gives two amounts of one thing and says which is the earlier: a word before each ('last year ... this
year', 'was ... now', 'from ... to'), or two months in their order ('in March but only 1,116 in April'). The
question asks the change in percent, and when it says its direction ('went down', 'increase') the amounts agree
with it; any other figure, or amounts the story does not order, decline the reading.
"""

from __future__ import annotations

from servers.tools.calculator.story_kinds.story import MONTHS, Figure, Story, figure_text

_ASKED = frozenset("percent %".split())
_EARLIER = frozenset("last before previous old was were used earlier ago from".split())
_LATER = frozenset("this now new today currently to only".split())
_UP = frozenset("up increase increased rise rose raise raised grow grew gain more higher".split())
_DOWN = frozenset("down decrease decreased drop dropped fall fell less lower cut".split())
_OTHER_BASES = frozenset("new margin markup profit cost".split())
_CHANGE = frozenset("change changed difference".split())
_READS = frozenset("last before only than but more less percent per".split())


def restate_change(story: Story) -> str | None:
    """The plain request for the percent change the story asks, or None unless it is exactly that."""
    if not story.words & _ASKED and not story.asks("per cent") or story.words & _OTHER_BASES:
        return None  # 'percent up from the new price', 'margin as a percentage of the cost': another base
    if story.clocks or story.stretches or story.shifts(_READS) or len(story.figures) != 2:
        return None
    first, second = story.figures
    if first.percent or second.percent or not _same_thing(first, second):
        return None
    order = _order(story, first, second)
    if order is None:
        return None
    old, new = order
    if old.value <= 0 or old.value == new.value:
        return None
    asked = _direction(story)
    if asked is None and not story.words & _CHANGE:
        return None  # 'was $40 and now it's $50, what percent is that?': 125% of it, or 25% more?
    if asked is not None and asked != (new.value > old.value):
        return None  # 'how much did it drop' of a rise: the amounts are not what the story says they are
    return f"What is the percent change from {_plain(old)} to {_plain(new)}?"


def _plain(figure: Figure) -> str:
    """The amount as a number, in its currency if it has one: the change in percent is the same in any unit."""
    return figure_text(Figure(figure.value, figure.at, figure.end, currency=figure.currency))


def _same_thing(first: Figure, second: Figure) -> bool:
    """Two amounts of one thing: the same currency or unit, or said once for both ('14 400 pineapples, ... 16 920')."""
    if first.currency != second.currency and first.currency and second.currency:
        return False
    return first.unit == second.unit or not first.unit or not second.unit


def _order(story: Story, first: Figure, second: Figure) -> tuple[Figure, Figure] | None:
    """(earlier, later), by the words before each or by the months each is said of."""
    before_first = _clause_words(story, 0, first.at)
    before_second = _clause_words(story, first.end, second.at)
    first_months, second_months = _said_in(story, first, before_first), _said_in(story, second, before_second)
    if first_months is not None and second_months is not None and first_months != second_months:
        return (first, second) if first_months < second_months else (second, first)
    first_earlier, second_earlier = bool(before_first & _EARLIER), bool(before_second & _EARLIER)
    first_later, second_later = bool(before_first & _LATER), bool(before_second & _LATER)
    if first_earlier and not first_later and (second_later or not second_earlier):
        return first, second
    if second_earlier and not second_later and first_later:
        return second, first
    return None


def _clause_words(story: Story, start: int, end: int) -> frozenset[str]:
    """The words of the clause that runs up to ``end``: back to a comma, a stop or ``start``."""
    words: set[str] = set()
    k = end - 1
    while k >= start and story.tokens[k].text not in (",", ".", "?", "!", ";"):
        if story.tokens[k].word:
            words.add(story.tokens[k].word)
        k -= 1
    return frozenset(words)


def _after(story: Story, figure: Figure) -> frozenset[str]:
    """The words after a figure up to the next clause ('1,240 buckets in March but ...': 'buckets in march')."""
    words: set[str] = set()
    for token in story.tokens[figure.end :]:
        if token.text in (",", ".", "?", "!", ";") or token.word in ("but", "and") or token.kind == "number":
            break
        words.add(token.word)
    return frozenset(words)


def _said_in(story: Story, figure: Figure, before: frozenset[str]) -> int | None:
    """The month a figure is of: said right after it ('1,240 buckets in March'), else in the clause before it."""
    after = _month(_after(story, figure))
    return after if after is not None else _month(before)


def _month(words: frozenset[str]) -> int | None:
    said = [place for place, name in enumerate(MONTHS) if name in words]
    return said[0] if len(said) == 1 else None


def _direction(story: Story) -> bool | None:
    """True when the question asks a rise, False a fall, None when it does not say."""
    up, down = bool(story.words & _UP), bool(story.words & _DOWN)
    return None if up == down else up
