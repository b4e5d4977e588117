"""Money changed at a rate the request gives: 'If the bureau gives 1.17 euros to the pound, how many euros will I
get for £350?' → £350 × 1.17 = €409.50.

The calculator knows no exchange rates of its own (it is offline), so a rate must be given, in one of the ways
people quote one: '1.17 euros to the pound', '1.17 euros per pound', '1 pound = 1.17 euros', '£1 is €1.17', or a
bare 'at 1.17' / 'the rate is 1.17' that converts the amount given into the currency asked for. One amount is
changed, into the currency the question names ('how many euros', 'in euros', 'to euros'), either way across the
rate. Every other word must be talk of changing money; a fee, a commission or a second amount is a different
problem, and declines the reading. The amount may be a price for so many nights or days ('¥21,500 a night for 3
nights').
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.currencies import BY_CODE, WORDS
from servers.tools.calculator.quantities import Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_WORDS = {word: code for word, code in WORDS.items() if " " not in word} | {"pound": "GBP", "pounds": "GBP"}
"""A currency named by one word: its name or code ('euros', 'tenge', 'NOK'), and 'pound' where the request means
money by it (``_sterling``)."""
_PER = (("to", "the"), ("to", "a"), ("to", "an"), ("to", "one"), ("per",), ("for", "every"), ("for", "each"),
        ("for", "one"), ("for", "a"), ("for", "an"), ("to", "each"), ("to", "every"), ("a",), ("an",))  # fmt: skip
_EQUALS = (("=",), ("is", "worth"), ("is",), ("equals",), ("buys",), ("gets", "you"), ("gets",), ("to",))
_BARE = (("at", "a", "rate", "of"), ("at", "an", "exchange", "rate", "of"), ("at", "the", "rate", "of"),
         ("exchange", "rate", "is"), ("rate", "is"), ("rate", "of"), ("at",))  # fmt: skip
_ASKS = (("how", "many"), ("how", "much", "in"), ("in",), ("into",), ("to",))
_TALK = frozenset(
    "if the a an at bureau bank exchange rate rates gives give gave offers offer offering is are was will would i "
    "we you me my our get gets got receive buy how many much what what's whats that it be in into to for convert "
    "change changing exchange exchanging swap worth do does can could cash currency money so and then with of "
    "today current currently say says kiosk airport office booth post teller i'll i'm we'll we're have has had they "
    "quoted quote quotes offered left back them they they'll sell selling i've we've swapping swapped "
    "changed exchanged converting converted".split()
)
"""Talk of changing money: none of it changes the amount (a fee, a commission or a spread would)."""


@dataclass(frozen=True, slots=True)
class _Rate:
    """``per`` units of ``to`` for one unit of ``base``; both codes empty for a bare rate ('at 1.17')."""

    per: Fraction
    base: str = ""
    to: str = ""


def solve_exchange(tokens: list[Token], start: int) -> Solution | None:
    """An amount changed into another currency at a rate the request gives; None unless it is exactly that."""
    if not any(_code_at(tokens, i)[0] for i in range(start, len(tokens))):
        return None
    used: set[int] = set()
    rate = _rate(tokens, start, used)
    if rate is None:
        return None
    amount = _amount(tokens, start, used)
    target = _target(tokens, start, used)
    if amount is None or target is None:
        return None
    value, have = amount
    used.update(_before_fees(tokens))
    used.update(_named_again(tokens, start, {have, target}))
    if any(i not in used and not _talk(tokens[i]) for i in range(start, len(tokens) - 1)):
        return None  # a word that is not talk of changing money: a fee, a second amount, another question
    if not rate.base:  # 'convert £350 to euros at 1.17': so many of the currency asked for, for one of the amount's
        rate = _Rate(rate.per, have, target)
    if {have, target} != {rate.base, rate.to} or have == target:
        return None
    forward = have == rate.base
    got = numbers.checked(value * rate.per if forward else value / rate.per)
    given = Quantity(value, currency(have))
    result = Quantity(got, currency(target))
    per = numbers.format_number(rate.per)
    step = f"{show(given, exact=True)} {'×' if forward else '÷'} {per} = {show(result, exact=True)}"
    expression = f"{numbers.format_number(value)} {'*' if forward else '/'} {per}"
    solution = answer_for(result, "currency exchange", expression, [step])
    solution.notes.append(
        f"at the rate given, 1 {rate.base} = {numbers.format_number(rate.per)} {rate.to}; no fee or commission"
    )
    return solution


_FEES = frozenset("commission commissions fee fees charges charge".split())
_FEE_TALK = frozenset("before their the any its ugh lol obviously of course , ! .".split())


def _before_fees(tokens: list[Token]) -> range:
    """'... how many euros do i get? (before their commission, ugh)': a closing bracket asking for the amount
    before any fee, which is the amount at the rate as it stands (a fee without its amount could not be taken off
    anyway). Its tokens, or an empty range."""
    end = len(tokens) - 1
    if end < 4 or tokens[end - 1].text != ")":
        return range(0)
    opening = end - 2
    while opening > end - 10 and opening > 0 and tokens[opening].text != "(":
        opening -= 1
    inside = tokens[opening + 1 : end - 1]
    if tokens[opening].text != "(" or not inside or inside[0].word != "before":
        return range(0)
    if not any(t.word in _FEES for t in inside):
        return range(0)
    if not all(t.word in _FEES or (t.word or t.text) in _FEE_TALK for t in inside):
        return range(0)
    return range(opening, end)


def code_at(tokens: list[Token], i: int) -> tuple[str, int]:
    """The currency named at ``tokens[i]`` and how many tokens name it, for readers of other exchanges."""
    return _code_at(tokens, i)


def _code_at(tokens: list[Token], i: int) -> tuple[str, int]:
    """The currency named at ``tokens[i]`` (a symbol or a word) and how many tokens name it; ('', 0) for none.
    'Pound' is money only in a request that says so elsewhere ('£', 'sterling', 'to the pound'): '$2 a pound' is a
    price by weight."""
    if i >= len(tokens):
        return "", 0
    token = tokens[i]
    if token.kind == "currency" and token.value in BY_CODE:
        return token.value, 1
    if token.word in ("us", "american") and i + 1 < len(tokens) and tokens[i + 1].word in ("dollar", "dollars"):
        return "USD", 2  # '1 US dollar = 0.92 euros': the dollar named with its country
    code = _WORDS.get(token.word, "")
    if token.word in ("pound", "pounds") and not _sterling(tokens):
        return "", 0
    return (code, 1) if code else ("", 0)


def _sterling(tokens: list[Token]) -> bool:
    """Whether the request means money by 'pound': '£', 'sterling', 'quid', 'to the pound' or '1 pound = 117
    rupees' (a pound set equal to another currency)."""
    for k, t in enumerate(tokens):
        if t.kind == "currency" and t.value == "GBP" or t.word in ("gbp", "sterling", "quid"):
            return True
        if t.word == "pound" and (k > 1 and tokens[k - 2].word == "to" and tokens[k - 1].word == "the"):
            return True
        if t.word == "pound" and _priced_in_money(tokens, k + 1):
            return True
        if t.word in ("pound", "pounds") and k > 0 and tokens[k - 1].kind == "number" and _per_currency(tokens, k + 1):
            return True  # '0.84 pounds per euro': pounds quoted against another currency
    return False


def _per_currency(tokens: list[Token], i: int) -> bool:
    """'per euro', 'to the dollar' at ``tokens[i]``: a rate's 'per' and a currency other than the pound."""
    for per in _PER:
        if _at(tokens, i, per):
            after = tokens[min(i + len(per), len(tokens) - 1)]
            other = after.value if after.kind == "currency" else _WORDS.get(after.word, "")
            return bool(other) and other != "GBP"
    return False


def _rate(tokens: list[Token], start: int, used: set[int]) -> _Rate | None:
    """The one rate the request quotes, its tokens marked ``used``."""
    found: list[tuple[_Rate, range]] = []
    i = start
    while i < len(tokens) - 1:
        quoted = _quoted(tokens, i)
        if quoted is not None:
            found.append(quoted)
        i = quoted[1].stop if quoted is not None else i + 1
    if len(found) != 1:
        return None
    rate, span = found[0]
    if rate.per <= 0:
        return None
    used.update(span)
    return rate


def _quoted(tokens: list[Token], i: int) -> tuple[_Rate, range] | None:
    # '1.17 euros to the pound', '1.17 euros per pound', '€1.17 to the pound'
    number, to, width = _money_at(tokens, i)
    if width:
        for per in _PER:
            if _at(tokens, i + width, per):
                base, w = _code_at(tokens, i + width + len(per))
                if base:
                    return _Rate(number, base, to), range(i, i + width + len(per) + w)
    # '1 pound = 1.17 euros', 'one pound is worth 1.17 euros', '£1 = €1.17'
    one, base, width = _money_at(tokens, i)
    if not width and tokens[i].word in ("a", "an", "one"):
        base, w = _code_at(tokens, i + 1)
        one, width = (Fraction(1), 1 + w) if base else (one, 0)
    if width and one == 1:
        for equals in _EQUALS:
            if _at(tokens, i + width, equals):
                per, to, w = _money_at(tokens, i + width + len(equals))
                if w and to != base:
                    return _Rate(per, base, to), range(i, i + width + len(equals) + w)
    # 'at 1.17', 'at a rate of 1.17', 'the exchange rate is 1.17': a number with no currency of its own
    for bare in _BARE:
        j = i + len(bare)
        if _at(tokens, i, bare) and tokens[j].kind == "number" and not _code_at(tokens, j + 1)[0]:
            return _Rate(Fraction(tokens[j].value)), range(i, j + 1)
    return None


def _money_at(tokens: list[Token], i: int) -> tuple[Fraction, str, int]:
    """'£350' or '350 pounds' at ``tokens[i]``: the value, its currency and how many tokens say it."""
    if i + 1 >= len(tokens):
        return Fraction(0), "", 0
    code, w = _code_at(tokens, i)
    if code and tokens[i].kind == "currency" and tokens[i + 1].kind == "number":
        return Fraction(tokens[i + 1].value), code, 2
    if tokens[i].kind == "number":
        code, w = _code_at(tokens, i + 1)
        if code and tokens[i + 1].kind == "word":
            return Fraction(tokens[i].value), code, 1 + w
    return Fraction(0), "", 0


def _amount(tokens: list[Token], start: int, used: set[int]) -> tuple[Fraction, str] | None:
    """The one amount to change, outside the rate."""
    found: list[tuple[Fraction, str, range]] = []
    i = start
    while i < len(tokens) - 1:
        if i in used:
            i += 1
            continue
        value, code, width = _money_at(tokens, i)
        if width:
            times, more = _for_so_many(tokens, i + width)
            said = _priced_thing(tokens, i) if more else i  # 'Hotel is ¥21,500 a night for 3 nights'
            found.append((value * times, code, range(said, i + width + more)))
            i += width + more
            continue
        if tokens[i].kind == "number":
            return None  # a number that is no amount of money: a fee, a count, a second rate
        i += 1
    if len(found) != 1 or found[0][0] <= 0:
        return None
    value, code, span = found[0]
    used.update(span)
    return value, code


_PERIODS = frozenset("night nights day days week weeks month months".split())


def _for_so_many(tokens: list[Token], at: int) -> tuple[Fraction, int]:
    """'¥21,500 a night for 3 nights': after an amount, a price per period for so many of them — how many, and
    how many tokens say it; (1, 0) when there is none."""
    per, unit, joiner, count, units = (tokens[min(at + k, len(tokens) - 1)] for k in range(5))
    if per.word not in ("a", "an", "per") or unit.word not in _PERIODS or joiner.word not in ("for", "x"):
        return Fraction(1), 0
    if count.kind != "number" or units.word.rstrip("s") != unit.word.rstrip("s") or count.value <= 0:
        return Fraction(1), 0
    return Fraction(count.value), 5


def _priced_thing(tokens: list[Token], at: int) -> int:
    """'Hotel is ¥21,500 ...', 'the villa costs €200 ...': the one thing priced, said right before its price; where
    its words start (``at`` when none is said)."""
    if at < 2 or tokens[at - 1].word not in ("is", "costs", "was") or tokens[at - 2].kind != "word":
        return at
    begin = at - 2
    if begin > 0 and tokens[begin - 1].word in ("the", "a", "our", "my", "this"):
        begin -= 1
    return begin if begin == 0 or tokens[begin - 1].text in (".", ",", ";", "!") else at


def _target(tokens: list[Token], start: int, used: set[int]) -> str | None:
    """The currency asked for: 'how many euros', 'in euros', 'to euros', 'into dollars'."""
    for i in range(start, len(tokens) - 1):
        if i in used:
            continue
        for ask in _ASKS:
            code, w = _code_at(tokens, i + len(ask))
            if _at(tokens, i, ask) and code and tokens[i + len(ask)].kind == "word":
                used.update(range(i, i + len(ask) + w))
                return code
    return None


def _named_again(tokens: list[Token], start: int, codes: set[str]) -> list[int]:
    """'changing £450 into euros, rate is 1.17. how many euros?': a word naming the currency of the amount or the
    one asked for, said again with no number of its own, adds nothing to the change."""
    return [
        i
        for i in range(start, len(tokens) - 1)
        if tokens[i].kind == "word" and _code_at(tokens, i)[0] in codes and tokens[i - 1].kind != "number"
    ]


def _priced_in_money(tokens: list[Token], i: int) -> bool:
    """'= 117 rupees', 'is worth €1.17', 'buys 1.17 euros' after 'pound': one pound set equal to another currency."""
    for equals in _EQUALS:
        if equals != ("to",) and _at(tokens, i, equals):
            j = i + len(equals)
            after = tokens[j + 1] if j + 1 < len(tokens) else tokens[-1]
            symbol = tokens[j].kind == "currency" and tokens[j].value != "GBP"
            named = tokens[j].kind == "number" and _WORDS.get(after.word, "GBP") != "GBP"
            return symbol or named
    return False


def _talk(token: Token) -> bool:
    return token.kind == "symbol" and token.text in ",.?!;:'-—" or token.word in _TALK


def _at(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    if i + len(words) > len(tokens):
        return False
    return all(tokens[i + k].word == w or tokens[i + k].text == w for k, w in enumerate(words))
