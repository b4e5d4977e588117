"""A price with a discount taken and a tax added, told in a story: 'A customer wants 5 leather journals, 64 € netto
each. She gets 10 % discount and then 19 % MwSt comes on top. What is the total?', 'Fella bought a stock trailer
listed at $14,800, we knocked 6% off, then 6.25% Texas sales tax on the discounted price. What does he owe?'.

The sum is one: the price (or a count times a price each) less the discount, plus the tax on what is left. A
discount and a tax multiply the price, so the order they are told in changes nothing. A story may tell them with
any nouns, so it is read by its shape rather than its phrases, and restated as the plain request every other reader
knows ('5 items at 64 € each, 10% off, then 19% VAT on top. What is the total?'), which is then read in full:

* exactly two percentages, one beside a word of discount ('off', 'discount', 'korting', 'descuento'), the other
  beside the name of a tax ('VAT', 'sales tax', 'IVA', 'MwSt'), and neither beside both;
* one amount of money, or a count of things and a price each ('each', 'apiece', 'per piece');
* the last sentence asks for the total ('total', 'final', 'owe', 'to charge') and for nothing per person;
* every other word a frame word, a word of buying and of the discount and tax, or a word of the story outside the
  closed class of words that change sums (``inert``). A price said to hold the tax already ('brutto', 'gross',
  'including'), a tax on the original price, or anything only some of the things get leaves the request unread.
"""

from __future__ import annotations

from servers.tools.calculator import currencies
from servers.tools.calculator.inert import FRAME_WORDS, droppable, stems
from servers.tools.calculator.quantities import is_money, lookup
from servers.tools.calculator.stories import last_sentence
from servers.tools.calculator.tax_names import VAT_NAMES
from servers.tools.calculator.tokens import Token

_CUTS = frozenset(
    "off discount discounts korting descuento desconto sconto rabatt rabais rebaja remise rebate reduction "
    "markdown".split()
)
_TAXES = VAT_NAMES | frozenset("vat tax gst vagst sst".split())
_TOTAL = frozenset("total final owe owes pay charge altogether brutto".split())
_TAXED = frozenset("brutto gross incl inkl including inclusive included ttc".split())
"""A price said with its tax in it already: the tax added again would count it twice (in the question, the total
asked: 'Total incl. btw?')."""
_EACH = frozenset("each apiece".split())
_PER_ONE = frozenset("piece pieces item items unit units stuk pc pcs".split())
_OWN = (
    _CUTS
    | _TAXES
    | _TOTAL
    | frozenset(
        "then on top plus added add adds comes come goes go applied applies apply discounted amount price prices "
        "listed list at how much what sales consumption get gets got give gives gave knock knocks knocked take "
        "takes took buy buys buying bought order orders ordered sell sells selling sold want wants need needs "
        "customer customers charged and after what's a an new costs cost without excl excluding net netto".split()
    )
)
_WITHIN = 3  # 'knocked 6% off', '6.25% Texas sales tax', 'consumption tax 10%': the name is beside its percentage
_ENDS = frozenset({".", ",", ";", "?", "!", ":"})


def as_listed(text: str, tokens: list[Token]) -> str | None:
    """``text`` restated as the plain request for a price after a discount and a tax, or None when it is not one
    (see above)."""
    figures = [k for k, t in enumerate(tokens) if t.kind == "number"]
    percents = [k for k in figures if tokens[k + 1].text == "%" or tokens[k + 1].word in ("percent", "pct")]
    if len(percents) != 2 or any(t.kind in ("clock", "date") for t in tokens):
        return None
    named = _named(tokens, percents)
    kinds = {kind: k for k, kind in named.items()}
    priced = _priced(tokens, [k for k in figures if k not in percents])
    if set(named.values()) != {"cut", "tax"} or any(_scoped(tokens, k, priced) for k in percents):
        return None
    question = last_sentence(tokens)
    if priced is None or not _total_asked(tokens[question:]):
        return None
    count, (begin, end), each = priced
    figured: set[int] = {*range(begin, end), *(k + 1 for k in percents), *each, *([] if count is None else [count])}
    for k, token in enumerate(tokens):
        if token.kind != "word" or k in figured:
            continue
        if k < question and token.word in _TAXED or not droppable(token, _OWN):
            return None
    price = text[tokens[begin].start : tokens[end - 1].start + len(tokens[end - 1].text)]
    sum_of = f"{tokens[count].text} items at {price} each" if count is not None else f"The price is {price}"
    cut, tax = tokens[kinds["cut"]].text, tokens[kinds["tax"]].text
    return f"{sum_of}, {cut}% off, then {tax}% VAT on top. What is the total?"


def _named(tokens: list[Token], percents: list[int]) -> dict[int, str | None]:
    """What each percentage is, 'cut' or 'tax', by the words naming one that are nearest to it: each such word within
    its clause and with no other figure between, given to the nearer percentage ('10 % discount and then 19 % MwSt':
    'discount' names the 10 %, 'MwSt' the 19 %). None for a percentage named neither or both ways."""
    kinds: dict[int, set[str]] = {k: set() for k in percents}
    for p, token in enumerate(tokens):
        kind = "cut" if token.word in _CUTS else "tax" if token.word in _TAXES else None
        distances = {k: k - p if p < k else p - k - 1 for k in percents if _reaches(tokens, k, p)}
        near = [k for k, d in distances.items() if d <= _WITHIN and d == min(distances.values())]
        if kind is not None and len(near) == 1:
            kinds[near[0]].add(kind)
    return {k: found.pop() if len(found) == 1 else None for k, found in kinds.items()}


def _scoped(tokens: list[Token], k: int, priced: _Price | None) -> bool:
    """Whether the clause after the percentage at ``k`` says more than its name ('10% discount on the dearest
    shirt', '20% off the first box'): what it is taken of may then be only a part. Words between the percentage and
    its name ('6.25% Texas sales tax') only name it; after the name only the discount's and tax's own words pass
    ('on the discounted price', 'comes on top'). A clause that runs on into the one price names the thing priced
    ('7% off a case of Brugal that costs RD$9,600'), which is the whole."""
    rest = tokens[k + 2 :]
    stop = next((i for i, t in enumerate(rest) if t.text in _ENDS or t.kind in _FIGURES), len(rest))
    if priced is not None and priced[0] is None and k + 2 + stop == priced[1][0]:
        return False
    rest = rest[:stop]
    named = next((i for i, t in enumerate(rest[: _WITHIN + 1]) if t.word in _CUTS | _TAXES), -1)
    return any(t.kind == "word" and t.word not in FRAME_WORDS | _OWN for t in rest[named + 1 :])


_FIGURES = frozenset({"number", "currency", "end"})


def _reaches(tokens: list[Token], k: int, j: int) -> bool:
    """Whether the word at ``j`` is in the clause of the percentage at ``k`` (its '%' at k + 1), no figure between."""
    if k <= j <= k + 1:
        return False
    between = tokens[j:k] if j < k else tokens[k + 2 : j + 1]
    return not any(t.text in _ENDS or t.kind in _FIGURES for t in between)


_Price = tuple[int | None, tuple[int, int], set[int]]
"""A price as read: the count's place (None for one amount), the money's span, the places of its 'each'."""


def _priced(tokens: list[Token], amounts: list[int]) -> _Price | None:
    """The price: one amount of money, or a count of things and a price each; as the count's place, the money's
    span and the places of the words that say 'each'. None when the figures are anything else."""
    spans = {k: span for k in amounts if (span := _money(tokens, k)) is not None}
    if len(amounts) == 1 and len(spans) == 1:
        return None, spans[amounts[0]], set()
    if len(amounts) != 2 or len(spans) != 1:
        return None
    span, count = next(iter(spans.values())), next(k for k in amounts if k not in spans)
    each = _each(tokens, span[1])
    said = tokens[count]
    if each is None or not said.text.isdigit() or said.value <= 0 or _measured(tokens[count + 1]):
        return None  # '42 m copper pipe at 389 Kč/m': a length, not a count of things
    return count, span, each


def _money(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The span of the figure at ``k`` with its currency, before it ('$14,800', 'Bs 8') or after ('64 €', '2,640
    tala', '120,000đ'), or None when it is not money."""
    if k and tokens[k - 1].kind == "currency":
        return k - 1, k + 1
    after = tokens[k + 1]
    if after.kind == "currency" or after.kind == "word" and _currency_word(after.word):
        return k, k + 2
    return None


def _currency_word(word: str) -> bool:
    """Whether ``word`` after a figure names its money: a currency ('birr', '650 sol') or a part of one."""
    measure = lookup(word, short=False)
    return word in currencies.NAMES_AFTER or measure is not None and is_money(measure)


def _measured(token: Token) -> bool:
    """Whether the word after a count is a unit: then it is an amount of something, not a count of things."""
    return token.kind == "word" and lookup(token.text) is not None


def _each(tokens: list[Token], end: int) -> set[int] | None:
    """The places of 'each' ('apiece', 'per piece', 'per chair' of chairs named in the request) within the clause
    after a price ending at ``end``, or None when the price is not said to be each."""
    for j in range(end, min(end + _WITHIN + 1, len(tokens))):
        if tokens[j].text in _ENDS or tokens[j].kind in ("number", "end"):
            return None
        if tokens[j].word in _EACH:
            return {j}
        if tokens[j].word in ("per", "a") and (tokens[j + 1].word in _PER_ONE or _named_again(tokens, j + 1)):
            return {j, j + 1}
    return None


def _named_again(tokens: list[Token], j: int) -> bool:
    """Whether the thing at ``j`` is named elsewhere in the request too: 'Garden chairs 12 at €30 per chair'."""
    return any(stems(t.word) & stems(tokens[j].word) for k, t in enumerate(tokens) if k != j and t.kind == "word")


def _total_asked(question: list[Token]) -> bool:
    """Whether the question asks the total, and not the discount or the tax itself ('how much is the VAT?'): a tax
    named in it is only the one the total takes in ('Total incl. btw?')."""
    words = [t.word for t in question if t.kind == "word"]
    if not _TOTAL & set(words) or _CUTS & set(words):
        return False
    return all(words[k - 1] in _TAXED | {"with", "plus", "after"} for k, w in enumerate(words) if w in _TAXES and k)
