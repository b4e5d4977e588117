"""A percentage named as a scheme or a levy on an amount: 'Work out 25% Gift Aid on £3,640' (£910), 'What's 1.5%
Stamp Duty on £250,000'. The name is what the part is called; asked by itself, with nothing but a question before
it, the request asks for the part — what 'What's 20% VAT on €1,350' asks. It is read again as '25% of £3,640'.

The name is one to three capitalised words, none a word that could mean the amount grows by the part ('Increase',
'Growth', 'Markup', 'Interest'): 'a 5% increase on £1,000' may ask for £1,050. Only the question words may come
before the percentage, and nothing after the amount: 'the total with 25% Gift Aid on £3,640' asks something else.
"""

from __future__ import annotations

from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tax_names import VAT_NAMES
from servers.tools.calculator.tokens import Token

_ASKING = frozenset("what what's whats is work out calculate calc find how much the please can you tell me".split())
_GROWING = frozenset(
    "increase increases rise raise growth gain gains uplift markup mark-up inflation interest return returns profit "
    "premium bonus".split()
)
_JOINS = frozenset({"on", "of"})
_CLOSING = frozenset({".", "?", "!"})
_NAME_WORDS = 3


def as_part(text: str, tokens: list[Token]) -> str | None:
    """``text`` as 'N% of <amount>' when it asks for a named percentage of one amount, or None."""
    at = next((k for k, t in enumerate(tokens) if t.kind == "number"), None)
    if at is None or tokens[at + 1].text != "%" or any(t.word not in _ASKING for t in tokens[:at]):
        return _named_adds(tokens)
    j = name = at + 2
    while j < name + _NAME_WORDS and _name_word(tokens[j]):
        j += 1
    if j == name or tokens[j].word not in _JOINS:
        return None
    amount = j + 1
    k = amount + (tokens[amount].kind == "currency")
    if k == amount or tokens[k].kind != "number" or tokens[k + 1].attached and tokens[k + 1].kind == "word":
        return None  # '£3,640' only: an amount of money, written as one
    k += 1
    while tokens[k].text in _CLOSING:
        k += 1
    if tokens[k].kind != "end":
        return None
    return text[: tokens[name].start] + "of " + text[tokens[amount].start :]


def _name_word(token: Token) -> bool:
    """A word of a scheme's name: capitalised ('Gift', 'Aid'), not a unit or a word that changes the sum."""
    word = token.word
    if token.kind != "word" or not word.isalpha() or not token.text[0].isupper():
        return False
    return word not in CHANGES and word not in _GROWING and lookup(word, short=False) is None


_ADDS = frozenset({"adds", "add", "is", "at"})
_PRICE_TAXES = VAT_NAMES | frozenset("vat gst tax sales".split())
"""Taxes charged on a price, which a price told in a story may already hold: their part is not read here."""
_CLAIMING = frozenset("how much can could we i you they claim get is that will be would receive the".split())


def _named_adds(tokens: list[Token]) -> str | None:
    """'We've had £2,400 of donations that are eligible for Gift Aid, which adds 25%. How much Gift Aid can we
    claim?': a scheme named with its percentage in the story, and asked by its name, is that part of the one amount
    ('25% of £2,400'). The story may say nothing that changes the sum; the question only asks for the scheme."""
    numbers = [k for k, t in enumerate(tokens) if t.kind == "number"]
    rates = [k for k in numbers if tokens[k + 1].text == "%"]
    amounts = [k for k in numbers if k and tokens[k - 1].kind == "currency"]
    if len(numbers) != 2 or len(rates) != 1 or len(amounts) != 1:
        return None
    rate, amount = rates[0], amounts[0]
    if tokens[amount + 1].attached and tokens[amount + 1].kind == "word":
        return None  # '£2k': a scale the rewording would lose
    ask = max(
        (k + 1 for k in range(rate, len(tokens)) if tokens[k].text in _CLOSING and tokens[k + 1].kind != "end"),
        default=0,
    )
    name = _name_before(tokens, rate)
    asked = [t.word for t in tokens[ask:] if t.kind == "word"]
    if not ask or not name or asked[:2] != ["how", "much"] or " ".join(asked).find(" ".join(name)) < 0:
        return None
    if set(name) & _PRICE_TAXES:
        return None  # 'A sack is RD$2,360 and the ITBIS is 18%': a shelf price may hold its tax already
    if set(asked) - set(name) - _CLAIMING or any(
        t.word in CHANGES - {"and", "which"} for t in tokens[:ask] if t.word not in name
    ):
        return None  # 'how much is left', 'only half the donations': something else asked or said
    return f"What is {tokens[rate].text}% of {tokens[amount - 1].text}{tokens[amount].text}?"


def _name_before(tokens: list[Token], rate: int) -> list[str]:
    """'Gift Aid, which adds 25%', 'Gift Aid adds 25%': the capitalised name just before the verb of the rate."""
    k = rate - 1
    if tokens[k].word not in _ADDS:
        return []
    k -= 1 + (tokens[k - 1].word == "which") + (tokens[k - 2].text == "," and tokens[k - 1].word == "which")
    name: list[str] = []
    while k >= 0 and _name_word(tokens[k]) and len(name) < _NAME_WORDS:
        name.insert(0, tokens[k].word)
        k -= 1
    return name
