"""Numbers with what they count, as written after or around a number: units, currencies, rates, fractions.

``26.2 miles``, ``$1,200``, ``5 dollars``, ``72°F``, ``60 miles per hour``, ``80 km/h``, ``$15 an hour``,
``$10k``, ``5 feet 10 inches``, ``two thirds``.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.expression import Node, Number, Series
from servers.tools.calculator.functions import CONSTANTS
from servers.tools.calculator.numbers import format_number
from servers.tools.calculator.quantities import Measure, Quantity, currency, is_money, lookup, marked, rate
from servers.tools.calculator.reader import TokenReader
from servers.tools.calculator.tokens import Token

ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9} | {
    "tenth": 10
}
FRACTION_WORDS = (
    {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
    | {o + "s": n for o, n in ORDINALS.items() if n > 3}
    | {o: n for o, n in ORDINALS.items() if n > 3}
)
_UNDERSTOOD = {"foot": "inch", "stone": "pound"}
_PARTS = {"foot": 12, "stone": 14}
_INTO = frozenset({"to", "in", "into"})
"""The smaller unit a height or weight leaves unsaid after the larger ('5 foot 9'), and how many make one."""
_DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday weekend weekday".split())
_SCALE_SUFFIXES = {"k": 1_000, "m": 10**6, "mn": 10**6, "bn": 10**9}


def _counts_parts(value: Fraction, word: str) -> bool:
    """'1 quarter', '3 quarters': parts of one, counted in the number's own grammar; '85 quarter bunnies' are 85
    things of the size a quarter names, not 85 quarters."""
    return (value == 1) == (word not in ("halves", "thirds", "quarters") and not word.endswith("ths"))


class AmountReader(TokenReader):
    """Reads one number and what it counts."""

    def number(self, token: Token) -> Node:
        """The number ``token`` (already read) with the unit, currency or fraction word that follows it."""
        value: Fraction = token.value
        text = numeral(token)
        power = self._power_of_ten(token)
        if power is not None:  # "7.5 x 10^6" is one number in scientific notation, not a product to divide
            value, text = value * Fraction(10) ** power, f"{text}e{power}"
        word = self.peek().word
        if word in FRACTION_WORDS and value.denominator == 1 and value > 0 and _counts_parts(value, word):
            self.i += 1
            return Number(Quantity(value / FRACTION_WORDS[word]), f"{text}/{FRACTION_WORDS[word]}")
        if word == "and" and value.denominator == 1 and value >= 0 and (part := self._mixed_part()) is not None:
            value, text = value + part, f"{text} {part.numerator}/{part.denominator}"  # "2 and a half" is 2 1/2
            word = self.peek().word
        if self.peek().kind == "currency":
            measure = currency(self.peek().value)
            self.i += 1
            return self._with_rate(Quantity(value, measure), marked(text, measure.symbol))
        measure = self.unit(short=self.peek().attached or not self.variables)
        if measure is None:
            return Number(Quantity(value), text)
        node = self._with_rate(Quantity(value, measure), f"{text} {measure.label(value)}")
        return self._compound(node)

    def _power_of_ten(self, mantissa: Token) -> int | None:
        """The exponent of 'x 10^6' after a mantissa written as in scientific notation (read past when found).

        Only a decimal mantissa ("7.5 x 10^6", "2.5 * 10**3") or the letter x ("6 x 10^23") marks the notation;
        "8 / 2 * 10^3" keeps the ordinary order of operations.
        """
        times, ten, caret = self.peek(), self.peek(1), self.peek(2)
        decimal = "." in mantissa.text
        if not (times.word == "x" or decimal and (times.text == "*" or times.word == "times")):
            return None
        if ten.kind != "number" or ten.text != "10" or caret.text not in ("^", "**"):
            return None
        sign, exponent = (-1, self.peek(4)) if self.peek(3).text == "-" else (1, self.peek(3))
        if exponent.kind != "number" or exponent.value.denominator != 1 or exponent.value > 400:
            return None
        if self.peek(5 if sign < 0 else 4).text in ("^", "**", "!"):
            return None  # "x 10^2^3" is not plain scientific notation
        self.i += 5 if sign < 0 else 4
        return sign * int(exponent.value)

    def _mixed_part(self) -> Fraction | None:
        """After a whole number, 'and a half', 'and a quarter', 'and three quarters' (read past when found)."""
        count, noun = self.peek(1), self.peek(2)
        if noun.word not in FRACTION_WORDS:
            return None
        if count.word in ("a", "an", "one") and not noun.word.endswith("s"):
            numerator = 1
        elif count.kind == "number" and count.value.denominator == 1 and noun.word.endswith("s"):
            numerator = int(count.value)
        else:
            return None
        part = Fraction(numerator, FRACTION_WORDS[noun.word])
        if not 0 < part < 1:
            return None
        self.i += 3
        return part

    def unit(self, *, short: bool) -> Measure | None:
        """The unit named at the cursor (up to three words, or a degree sign); ``short`` allows 'm', 's', 'h'."""
        token = self.peek()
        if token.text == "°":
            after = self.peek(1)
            if after.word in ("c", "f", "k") and after.attached:
                self.i += 2
                return lookup("°" + after.word)
            self.i += 1
            return lookup("°")
        if token.kind != "word" or token.word in CONSTANTS or token.word in self.variables:
            return None
        for width in (3, 2, 1):
            words = [self.peek(k) for k in range(width)]
            if any(w.kind != "word" for w in words):
                continue
            phrase = " ".join(w.text for w in words)
            found = lookup(phrase, short=short) if width == 1 else lookup(phrase, short=False)
            if found is not None and _hyphenated(self.peek(width), self.peek(width + 1)):
                return None  # '3 t-shirts', '2 x-rays': the letter begins a word, it is not a unit
            if found is not None:
                self.i += width
                return found
        return None

    def _with_rate(self, quantity: Quantity, text: str) -> Node:
        """A unit may be a rate: '60 miles per hour', '80 km/h', '$15 an hour', '£2,600 each month'."""
        joiner = self.peek().word or self.peek().text
        joins = ("per", "/", "a", "an", "every", "each")
        if quantity.measure is not None and self.peek(1).kind == "word" and joiner in joins:
            start = self.i
            self.i += 1
            per = self.unit(short=True)
            timed = joiner != "each" or per is not None and per.dimension == "time"  # not '£20 each kg': a price each
            if per is not None and per.per is None and timed and _rate_of(quantity.measure, per, joiner):
                measure = rate(quantity.measure, per)
                return Number(Quantity(quantity.value, measure), f"{text} per {per.name}")
            self.i = start
        if quantity.measure is not None and quantity.measure.symbol and self.peek().word in _SCALE_SUFFIXES:
            if self.peek().attached:
                scale = _SCALE_SUFFIXES[self.peek().word]
                self.i += 1
                scaled = Quantity(quantity.value * scale, quantity.measure)
                return self._with_rate(scaled, f"{text}{self.peek(-1).text}")  # '£28k a year': a rate, once scaled
        return Number(quantity, text)

    def _compound(self, node: Node) -> Node:
        """'5 feet 10 inches', '2 hours and 30 minutes': one quantity written in two units."""
        assert isinstance(node, Number)
        measure = node.quantity.measure
        if measure is None or measure.per is not None or measure.symbol or measure.dimension == "temperature":
            return node
        start = self.i
        self.take("and")
        if self.peek().kind == "number":
            token = self.peek()
            self.i += 1
            second = self.unit(short=True)
            if second is None and self.i == start + 1:
                second = self._understood_part(measure, token)
                if second is not None and self.peek().word == "in" and self.peek(1).word in _INTO:
                    self.i += 1  # '5 ft 10 in in cm': the first 'in' is the inches, the second the conversion
            if second is not None and measure.name == "hour" and self.peek(-1).word == "m" and self.peek(-1).attached:
                second = lookup("minute")  # '7h 45m': after hours, an 'm' written on its number is minutes, not metres
            if second is not None and self.tokens[start].word == "and" and self._qualified_apart(measure):
                second = None  # '5 days and 7 hours on Saturday': the hours are a second amount of their own
            if second is not None and second.dimension == measure.dimension and second.factor < measure.factor:
                part = Number(Quantity(token.value, second), f"{numeral(token)} {second.label(token.value)}")
                return Series(node, (("+", self._compound(part)),))
        self.i = start
        return node

    def _qualified_apart(self, measure: Measure) -> bool:
        """Whether the part just read happened on a day of its own ('for 5 days and 7 hours on Saturday'): days,
        then hours on one named day, are two amounts joined by 'and', not one stretch of time."""
        after, then = self.peek(), self.peek(1)
        return measure.name == "day" and after.word in ("on", "at") and then.word.rstrip("s") in _DAY_NAMES

    def _understood_part(self, measure: Measure, token: Token) -> Measure | None:
        """'5 foot 9', '11 stone 4': a height or a weight said the usual way, the smaller unit left unsaid (inches
        of a foot, pounds of a stone) — a whole number less than one of the larger unit, then the end of the
        quantity (a pause, the end, or the 'to' or 'in' of a conversion)."""
        smaller = _UNDERSTOOD.get(measure.name)
        after = self.peek()
        if smaller is None or token.value.denominator != 1 or not 0 <= token.value < _PARTS[measure.name]:
            return None
        if after.kind != "end" and after.text not in (",", ".", "?", "!", ";") and after.word not in _INTO:
            return None  # '5 feet 2 x 3' may be 5 feet and a sum: only a quantity said on its own is read so
        return lookup(smaller)

    def currency_amount(self) -> Node:
        symbol = self.peek()
        self.i += 1
        token = self.peek()
        if token.kind != "number":
            raise self.fail(f"an amount after {symbol.text}")
        self.i += 1
        measure = currency(symbol.value)
        return self._with_rate(Quantity(token.value, measure), marked(numeral(token), measure.symbol))


def _hyphenated(hyphen: Token, word: Token) -> bool:
    return hyphen.text == "-" and hyphen.attached and word.kind == "word" and word.attached


def numeral(token: Token) -> str:
    text = token.text.replace(",", "")
    return (
        text
        if text.replace(".", "").replace("e", "").replace("E", "").replace("-", "").isdigit()
        else (format_number(token.value))
    )


def _rate_of(top: Measure, per: Measure, joiner: str) -> bool:
    """Whether 'top per per' is a rate: of two dimensions ('km per hour'), or a dose of one mass or volume in
    another written with 'per' ('5 mg per kg', '2 ml per litre'), where the units differ by a large factor."""
    if per.dimension != top.dimension:
        return True
    same_kind = top.dimension in ("mass", "volume") and not is_money(top)
    return same_kind and joiner in ("per", "/") and per.factor >= 100 * top.factor
