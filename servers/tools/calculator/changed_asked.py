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
    "new revised updated now sale after once become becomes pay paying pays come comes final total cost costs "
    "inc incl including be".split()
)
"""Question words that ask for the amount once the change is made: 'the new rent', 'what's it now', 'what did it
come to', 'what will it be', 'what's it inc vat' ('with' alone does not say what was added); 'how much then' when
it ends the question."""
_NOT_AFTER = frozenset(
    "original originally before previous previously old usual usually normal normally full list rrp was were used "
    "last ex excluding exclusive without pre percent percentage save saved saving savings difference extra more "
    "less many long when by and or discount rise increase increases reduction cut off up down hike markup "
    "vat tax tip gratuity commission deposit interest margin profit loss each per every both day days week weeks "
    "fortnight month months quarter year years annually left remain remains remaining rest balance keep".split()
)
"""Question words that ask for something else: the amount before the change, the change itself, a percentage, a
count or a time, a second thing, a part of a share, or the amount over another period than it was told for."""
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
"""Words told before the question that make it another problem: a condition, interest, an amount that already
holds the percentage, a second change, or a margin (taken of the price, not added to the cost)."""
_NAMED = frozenset(
    "mortgage rent salary wage wages pay bill fee budget allowance pension subscription membership insurance loan "
    "premium fare tuition charge contract".split()
)
"""Names of one particular amount paid; 'price', 'cost' or 'rate' may name any of them."""


_PERIOD_OF = {"year": "annual", "month": "monthly", "week": "weekly", "day": "daily", "hour": "hourly"}
_ADJECTIVES = frozenset({*_PERIOD_OF.values(), "yearly"})


def _with_named(percent: Given) -> bool:
    """'price of a £47.99 toolkit with 15% off', 'with 20% VAT': 'with' the change named, not 'with 10% added'."""
    return percent.before[-1:] == ("with",) and percent.after[:1] in (("off",), ("discount",), ("vat",), ("gst",))


def _per(amount: Given) -> str:
    """The period the amount is per ('£900 a month': 'month'), '' for none."""
    measure = amount.quantity.measure
    return measure.per.name if measure is not None and measure.per is not None else ""


def _pay_rise(tokens: list[Token]) -> bool:
    """'a pay rise of 3.5%': 'pay' naming the rise, not a second amount."""
    return any(
        t.word == "pay" and tokens[k + 1].word in ("rise", "increase", "raise", "cut")
        for k, t in enumerate(tokens[:-1])
    )


_HYPOTHETICAL = frozenset("had ago than instead could".split())
"""'if I had paid 5% more last year', '20% more than last year': a change to something other than the amount."""
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
        t.word
        for k, t in enumerate(tokens[opening:], opening)
        if t.kind == "word" and not _in(k, amount, percent) and not (_in(k, amount, amount) and t.word in _USUAL)
    ]
    if (
        set(story) & _STORY_SPOILERS
        or _HYPOTHETICAL & {t.word for t in tokens}
        or not (set(question) & _AFTER_ASKED or question[-1:] == ["then"] or _with_named(percent))
    ):
        return False
    named = {t.word for t in tokens if t.word in _NAMED}
    if len(named - {"pay"} if _pay_rise(tokens) else named) > 1:
        return False  # 'my mortgage is £1,150 and my rent is going up': which amount moves is not the one told
    if _per(amount) and _ADJECTIVES & set(asked) - {_PERIOD_OF.get(_per(amount), "")}:
        return False  # 'it's £900 a month ... the new annual rent': the amount over another period
    if any(w in _NOT_AFTER and not _named_applied(asked, k, amount) for k, w in enumerate(asked)):
        return False
    if _after_said(tokens, amount, percent) and not (_usual(amount) and set(asked) & _NEW or _to_come(percent)):
        return False
    said = amount.before  # 'the sale price of a £34 pair': the words of the pair's price, after the 'of'
    said = said[len(said) - said[::-1].index("of") :] if "of" in said else said
    return not set(said) & _RESULT and not (percent.start < amount.start and not _usual(amount))


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
    """A word of the percentage's own words ('a 3.5% pay rise', '10% off') or of the words after the amount ('£36 a
    month normally'): it says what they are, not what is asked."""
    return percent.start - len(percent.before) <= k < percent.end + len(percent.after) or (
        amount.end <= k < amount.end + len(amount.after)
    )


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
_APPLIED = frozenset("added applied included deducted taken knocked put charged".split())


def _to_come(percent: Given) -> bool:
    """'the price of a £45 kit once 20% VAT is added': the change said as still to be made to the amount."""
    after = percent.after
    return any(
        w in ("is", "are", "gets", "get") and after[k + 1 : k + 2] and after[k + 1] in _APPLIED
        for k, w in enumerate(after[:3])
    )


_NEW = frozenset("new revised updated".split())


def _usual(amount: Given) -> bool:
    """'its £36 a month normally', 'a cut is £35 at the moment': the amount said as the one before any change."""
    words = set(amount.before) | set(amount.after)
    return bool(words & _USUAL) or "moment" in amount.after
