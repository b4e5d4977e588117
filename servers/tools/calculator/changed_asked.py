"""Whether a story of one amount and one percentage that moves it asks for the amount after the move.

* "The sofa is £899. The shop is taking 30% off it. What's the sale price?" → £899 − 30% = £629.30
* "tuition £28/hr up 15% whats new rate" → £32.20 an hour
* "nurses get 12.5% off at the gym, its £36 a month normally, hows much then" → £31.50 a month

The amount must be the one before the change: said before the percentage, or after it only when the amount is
marked as the usual one ('normally', 'at the moment', 'list price'). An amount said as paid, as the price now or
after the change ('paid £48', 'after 20% off it's £48') is the result, not the start, and declines. The question
must say it wants the amount after the change ('new', 'now', 'sale price', 'what did I pay', 'what will it be')
and must not ask for the change itself ('how much is the rise', 'by how much', 'how much do I save'), for the
amount before it ('original', 'before', 'was', 'full price') or for a percentage: those are other problems.
"""

from __future__ import annotations

from servers.tools.calculator.givens import Given
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_AFTER_ASKED = frozenset(
    "new revised updated now then sale after become becomes pay paying pays come comes final total cost costs "
    "inc incl including with be".split()
)
"""Question words that ask for the amount once the change is made: 'the new rent', 'what's it now', 'what did it
come to', 'what will it be', 'what's it inc vat'."""
_NOT_AFTER = frozenset(
    "original originally before previous previously old usual usually normal normally full list rrp was were used "
    "last ex excluding exclusive without pre percent percentage save saved saving savings difference extra more "
    "less many long when by and or discount rise increase increases reduction cut off up down hike markup "
    "vat tax tip gratuity commission deposit interest margin profit loss each per every both".split()
)
"""Question words that ask for something else: the amount before the change, the change itself, a percentage, a
count or a time, a second thing, or a part of a share."""
_CHANGE_NAMES = frozenset("discount rise increase reduction cut hike markup vat tax tip gratuity off up".split())
_WITH_CHANGE = frozenset("after with once including inc incl plus less minus".split())
"""'Price after discount?', 'what's it inc vat': the change named as applied, not asked."""
_USUAL = frozenset(
    "normally usually normal usual regular regularly full list listed rrp currently current standard".split()
)
_RESULT = frozenset(
    "paid pay pays spent now after sale discounted reduced net gross cost costs costing sell sells selling sold "
    "retail retails".split()
)
"""Words before an amount that say it is what was paid, the price once changed, or the price a thing sells at
(whose markup is on a cost not told): the result, not the start."""
_STORY_SPOILERS = frozenset(
    "if not except instead compound interest than included includes including inclusive inc incl net gross "
    "halved doubled tripled twice half again original originally previous previously margin".split()
)
_ENDS = frozenset(".?!;")
_PAUSES = frozenset(",-—:")


def asks_changed(tokens: list[Token], start: int, amount: Given, percent: Given) -> bool:
    """Whether the request asks for ``amount`` once ``percent`` has moved it, and says nothing that makes it
    another problem."""
    asked_from = _question_from(tokens, start, amount, percent)
    story = [t.word for t in tokens[start:asked_from] if t.kind == "word"]
    opening = 0 if asked_from == start else asked_from  # 'what's the new price if ...': the lead-in set aside
    question = [t.word for t in tokens[opening:] if t.kind == "word"]
    asked = [
        t.word for k, t in enumerate(tokens[opening:], opening) if t.kind == "word" and not _in(k, amount, percent)
    ]
    if set(story) & _STORY_SPOILERS or not set(question) & _AFTER_ASKED:
        return False
    if any(w in _NOT_AFTER and not _named_applied(asked, k, amount) for k, w in enumerate(asked)):
        return False
    if _after_said(tokens, amount, percent) and not (_usual(amount) and set(asked) & _NEW):
        return False
    return not set(amount.before) & _RESULT and not (percent.start < amount.start and not _usual(amount))


def _question_from(tokens: list[Token], start: int, amount: Given, percent: Given) -> int:
    """Where the asking starts: the clause after the last given when there is one ('..., what did it come to'),
    else the question sentence."""
    last = max(amount.end, percent.end)
    for k in range(last, len(tokens)):
        if tokens[k].text in _PAUSES or tokens[k].text in _ENDS:
            if any(t.kind == "word" for t in tokens[k + 1 :]):
                return k + 1
    return question_start(tokens, start)


def _in(k: int, amount: Given, percent: Given) -> bool:
    """A word of the givens' own windows ('£36 a month normally', 'a 3.5% pay rise'): it says what they are."""
    for given in (amount, percent):
        if given.start - len(given.before) <= k < given.end + len(given.after):
            return True
    return False


def _named_applied(asked: list[str], k: int, amount: Given) -> bool:
    """'price after discount', 'what's it inc vat', 'the new charge per parcel': a word that would ask for
    something else, said of the change as applied or of the amount's own unit."""
    word = asked[k]
    if word in _CHANGE_NAMES and set(asked[max(0, k - 2) : k]) & _WITH_CHANGE:
        return True
    if word in ("per", "each", "every") and asked[k + 1 : k + 2] and asked[k + 1] in amount.after:
        return True
    return False


def _after_said(tokens: list[Token], amount: Given, percent: Given) -> bool:
    """'after 20% off it's £48', 'he earns £43,470 after a 3.5% rise': an amount said in its sentence after the
    word 'after' (or said with it before the percentage) may be the result of the change."""
    k = amount.start - 1
    while k >= 0 and tokens[k].text not in _ENDS:
        if tokens[k].word in _AFTERS:
            return True
        k -= 1
    return any(t.word in _AFTERS for t in tokens[amount.end : percent.start])


_AFTERS = frozenset("after once following since".split())
_NEW = frozenset("new revised updated".split())


def _usual(amount: Given) -> bool:
    """'its £36 a month normally', 'a cut is £35 at the moment': the amount said as the one before any change."""
    words = set(amount.before) | set(amount.after)
    return bool(words & _USUAL) or "moment" in amount.after
