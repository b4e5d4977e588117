"""A price said first and the count wanted after it: 'Gaffer tape is $8.75 a roll and we need 36 rolls.', 'Casks are
£68.50 each before VAT. We're ordering 24 and ...'. The two say what '36 rolls at $8.75 each' says, the line the
readers of a purchase (and of a discount and a tax taken in turn on it) know; so the request is read again with the
line said so, and answered only when that reading accounts for every number.

Only this shape reads so: a sentence opening with what is priced (plain words, no number), 'is', 'are' or 'cost',
one amount of money and its thing ('a roll', 'per cask', 'each'), then the asker ordering a whole count ('we need',
"we're ordering", 'I want') of that very thing or of nothing named. A price of a measure ('£3 a kilo', '£40 a day')
is a rate, a count of another thing ('we need 24 hoops') is another line, and both are left to the readers. A
label 'before VAT' on the price is kept with the line, unless the same tax is added later at a rate ('then 20% VAT
on top'), which says the same.
"""

from __future__ import annotations

from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import lookup, singular
from servers.tools.calculator.tokens import Token

_PRICED = frozenset("is are cost costs".split())
_PER = frozenset("a an per".split())
_ORDERS = (
    ("we", "need"), ("i", "need"), ("we", "want"), ("i", "want"), ("we're", "ordering"), ("we", "are", "ordering"),
    ("i'm", "ordering"), ("i", "am", "ordering"), ("we'll", "need"), ("i'll", "need"), ("we're", "buying"),
    ("i'm", "buying"), ("we", "ordered"), ("i", "ordered"), ("we", "bought"), ("i", "bought"),
)  # fmt: skip
_OPENERS = frozenset("the our my a an".split())
_SENTENCE_ENDS = frozenset({".", "!", ";"})
_SUBJECT_WORDS = 4


def as_line(text: str, tokens: list[Token]) -> str | None:
    """``text`` with its price and the count ordered after it said as one line 'N things at £P each', or None."""
    for begin in range(len(tokens)):
        if begin and tokens[begin - 1].text not in _SENTENCE_ENDS:
            continue
        found = _priced_at(tokens, begin)
        if found is None:
            continue
        price, thing, kept, after = found
        order = _order_at(tokens, after)
        if order is None:
            return None
        count, named = order
        noun = tokens[named].word if named is not None else thing
        if named is not None and singular(noun) != singular(thing):
            return None  # 'Casks are £68.50 each. We need 24 hoops': a count of something else
        rest = (named if named is not None else count) + 1
        amount = text[tokens[price].start : tokens[price + 1].start + len(tokens[price + 1].text)]
        line = f"{tokens[count].text} {_plural(noun)} at {amount} each"
        if kept[0] < kept[1] and not _taxed_later(tokens, kept, after):
            line += " " + text[tokens[kept[0]].start : tokens[kept[1] - 1].start + len(tokens[kept[1] - 1].text)]
        tail = text[tokens[rest].start :]
        joined = "" if tokens[rest].text in _SENTENCE_ENDS | {",", "?"} else " "
        return (text[: tokens[begin].start] + line + joined + tail).strip()
    return None


def _priced_at(tokens: list[Token], begin: int) -> tuple[int, str, tuple[int, int], int] | None:
    """'Gaffer tape is $8.75 a roll': the index of the price's currency, the thing priced, the line's own words after
    it ('before VAT') and where the sentence goes on (past its 'and' or its end)."""
    i = begin + (tokens[begin].word in _OPENERS)
    head = i
    while i < head + _SUBJECT_WORDS and inert(tokens[i]):
        i += 1
    if i == head or tokens[i].word not in _PRICED:
        return None
    subject = tokens[i - 1].word
    price = i + 1
    if tokens[price].kind != "currency" or tokens[price + 1].kind != "number":
        return None
    j = price + 2
    if tokens[j].word == "each":
        thing, j = subject, j + 1
    elif tokens[j].word in _PER and inert(tokens[j + 1]) and lookup(tokens[j + 1].word, short=False) is None:
        thing, j = tokens[j + 1].word, j + 2  # 'a roll', 'per cask': a thing counted, not a measure
    else:
        return None
    if tokens[j].word == "and":
        return price, thing, (j, j), j + 1
    own = j
    while tokens[j].kind == "word" and j < price + 8:
        j += 1  # 'each before VAT': the line's own words, kept with it
    return (price, thing, (own, j), j + 1) if tokens[j].text in _SENTENCE_ENDS else None


def _order_at(tokens: list[Token], i: int) -> tuple[int, int | None] | None:
    """ "We're ordering 24", 'we need 36 rolls': the index of the whole count, and of its noun when one follows."""
    for order in _ORDERS:
        if all(tokens[i + k].word == w for k, w in enumerate(order)):
            count = i + len(order)
            break
    else:
        return None
    token = tokens[count]
    if token.kind != "number" or token.value.denominator != 1 or token.value <= 0:
        return None
    after = tokens[count + 1]
    return count, (count + 1 if after.kind == "word" and inert(after) else None)


def _plural(noun: str) -> str:
    return noun if singular(noun) != noun else noun + "s"


_PRETAX = frozenset("before excluding ex".split())
_TAXES = frozenset("vat tax gst hst".split())


def _taxed_later(tokens: list[Token], kept: tuple[int, int], after: int) -> bool:
    """'each before VAT. ... then 20% VAT on top': the price's label says only that the tax added later is not in
    it yet, so the line without it reads the same."""
    words = [t.word for t in tokens[kept[0] : kept[1]]]
    if len(words) != 2 or words[0] not in _PRETAX or words[1] not in _TAXES:
        return False
    return any(
        tokens[k].word == words[1]
        and (tokens[k - 1].text == "%" or tokens[k + 1].word in ("at", "of") and tokens[k + 2].kind == "number")
        for k in range(after, len(tokens) - 2)
    )
