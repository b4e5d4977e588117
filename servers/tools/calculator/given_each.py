"""A price asked for one item when the request already gives the price of one.

'40 jars at £6.50 each, how much each?', 'Sold 96 jars at £6.50. What's my takings per jar?': the price of one jar
is the £6.50 the user said. Read as a total, it would be shared out (£6.50 ÷ 96 = £0.07 a jar); read as a count
times a price, it would be the whole (£260) where one jar was asked. Neither is what was asked, so a reader that
would divide or multiply is not tried: the answer is a number the user gave, and a sum that changes it is
wrong.

A price is one item's when it is said to be ('£6.50 each', 'apiece', 'a piece', '£6.50 a jar', '£6.50 per jar')
or when it follows a count of things after 'at' ('96 jars at £6.50'): the way a till receipt or an invoice lists
a line, and the way the purchase readers read it ('3 tickets at $12' comes to $36).
"""

from __future__ import annotations

from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_EACH_AFTER = frozenset({"each", "apiece", "ea"})
_PER = frozenset({"per", "a", "an", "every"})
_ONE = frozenset({"one", "1", "single"})
_SHARED = frozenset("split splitting share shared sharing between among divide divided us we people friends".split())
_ASKED_PER = frozenset({"price", "cost", "takings", "made", "make", "earn", "earned", "paid", "pay", "charge"})
"""What a question asks per item ('price per jar', 'takings per jar'), besides 'how much'."""


def refuse_given_price(tokens: list[Token], start: int, quoted: str) -> None:
    """Decline the request (``quoted`` as the decline shows it) when it asks back a price each it gives."""
    if asks_given_price(tokens, start):
        raise ToolInputError(
            f"I can't work out {quoted}: the price of each one is given already; ask for the total, or say what "
            f"was paid in all"
        )


def asks_given_price(tokens: list[Token], start: int) -> bool:
    """Whether the question asks the price of one of the things counted, whose price each the story gives."""
    items = _counted_items(tokens, start)
    if not items:
        return False
    asked = _asked_one(tokens, question_start(tokens, start), items)
    if asked is None:
        return False
    at, item = asked
    priced = _priced_items(tokens, start, at, items)
    if item:
        return item in priced
    shared = any(t.word in _SHARED for t in tokens[start:])  # '... and split it between three of us. How much each'
    return priced == items and not shared  # 'how much each' of jars alone, not of '3 friends'


def _asked_one(tokens: list[Token], at: int, items: set[str]) -> tuple[int, str | None] | None:
    """Where the question asks the price of one item, right after what asks it, and the item if it is named: 'how
    much each', 'how much is each jar', 'how much a jar', 'how much is one jar', 'takings per jar'."""
    for k in range(at, len(tokens) - 2):
        if not (tokens[k].word == "much" and tokens[k - 1].word == "how" or tokens[k].word in _ASKED_PER):
            continue
        after = k + 1 + (tokens[k + 1].word in ("is", "for", "was"))
        if after + 1 >= len(tokens):
            continue  # 'how many hours am I paid for?': nothing after
        word, then = tokens[after].word or tokens[after].text.lower(), tokens[after + 1]  # 'one' is a number
        if word in ("each", "apiece") and then.kind not in ("word", "number"):
            return after, None  # 'how much each'
        if (word in _PER or word in _ONE or word == "each") and _singular(then.word) in items:
            return after, _singular(then.word)  # 'takings per jar', 'how much a jar', 'how much is one jar'
    return None


def _counted_items(tokens: list[Token], start: int) -> set[str]:
    """The things counted in the request, singular: 'jars' after '96'."""
    items: set[str] = set()
    for k in range(start, len(tokens) - 1):
        if tokens[k].kind == "number" and tokens[k - 1].kind != "currency" and tokens[k + 1].kind == "word":
            word = tokens[k + 1].word
            if word.isalpha() and len(word) > 2:
                items.add(_singular(word))
    return items


def _priced_items(tokens: list[Token], start: int, asked: int, items: set[str]) -> set[str]:
    """The things the story, before the question, gives a price of one of: '40 jars at £6.50 each', '£7 a mug',
    '96 jars at £6.50'."""
    priced: set[str] = set()
    for k in range(start + 1, min(asked, len(tokens) - 2)):
        if tokens[k].kind != "number" or tokens[k - 1].kind != "currency":
            continue
        after = tokens[k + 1]
        if after.word in _PER and _singular(tokens[k + 2].word) in items:
            priced.add(_singular(tokens[k + 2].word))  # '£7 a mug'
            continue
        at = k - 2
        named = _singular(tokens[at - 1].word) if at - 1 > start and tokens[at].word == "at" else ""
        if named in items and tokens[at - 2].kind == "number":
            priced.add(named)  # '96 jars at £6.50', '40 jars at £6.50 each'
        elif after.word in _EACH_AFTER or after.word == "a" and tokens[k + 2].word == "piece":
            before = next((t.word for t in reversed(tokens[max(start, k - 5) : k]) if _singular(t.word) in items), "")
            if before:
                priced.add(_singular(before))  # '8 candles for €4.25 apiece'
    return priced


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word.removesuffix("s") if not word.endswith("ss") else word
