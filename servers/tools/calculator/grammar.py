"""The grammar of arithmetic as people write it, in symbols or words: a recursive-descent parser over tokens.

Lowest to highest precedence::

    sum        := product (('+' | 'plus' | '-' | 'minus' | 'less' | 'increased by' ...) product)*
    product    := unary (('*' | 'x' | 'times' | 'multiplied by' | '/' | 'divided by' | 'over' | 'mod' ...) unary
                  | unary-without-operator, as in 2(3 + 4) or 2 pi)*
    unary      := ('-' | 'minus' | '+') unary | power
    power      := postfix (('^' | '**' | 'to the power of' | 'raised to') unary | 'to the 5th power')?
    postfix    := primary ('squared' | 'cubed' | '!' | '%' | 'percent'
                  | 'of' unary        -- after a percentage or fraction: 18% of 86.40, a third of 90
                  | 'more than' unary | 'less than' unary | 'off' unary)*
    primary    := number [unit | currency] | currency number | '(' sum ')' | constant | variable
                  | function ['(' arguments ')' | 'of' unary] | 'square root of' unary | 'sum of' list ...

A percentage added to or taken from a value (``80 + 15%``, ``80 minus 15%``) means a share of that value, as
on a pocket calculator. The parser raises ``NotUnderstood`` at the first token it cannot place; it never skips
one. Nesting is bounded (``MAX_DEPTH``) so deep parentheses are refused, not a RecursionError.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.amounts import FRACTION_WORDS, ORDINALS, AmountReader
from servers.tools.calculator.expression import (
    Call,
    Constant,
    Factorial,
    Negate,
    Node,
    Number,
    PercentOf,
    Power,
    Series,
    Variable,
)
from servers.tools.calculator.functions import CONSTANTS, FUNCTIONS
from servers.tools.calculator.quantities import Quantity
from servers.tools.calculator.reader import NotUnderstood
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

__all__ = ["NotUnderstood", "Parser"]

_MULTIPLES = {"twice": 2, "double": 2, "triple": 3, "thrice": 3}
_ADD = {"+": "+", "plus": "+", "-": "-", "minus": "-", "less": "-"}
_ADD_PHRASES = [
    (("increased", "by"), "+"), (("raised", "by"), "+"), (("marked", "up", "by"), "+"), (("added", "to"), "+"),
    (("decreased", "by"), "-"), (("reduced", "by"), "-"), (("marked", "down", "by"), "-"),
    (("discounted", "by"), "-"), (("take", "away"), "-"),
]  # fmt: skip
_MULTIPLY = {"*": "*", "times": "*", "/": "/", "over": "/", "//": "//", "mod": "mod", "modulo": "mod"}
_MULTIPLY_PHRASES = [(("multiplied", "by"), "*"), (("divided", "by"), "/")]
_POWER_PHRASES = [("to", "the", "power", "of"), ("raised", "to", "the", "power", "of"), ("to", "the", "power")] + [
    ("raised", "to", "the"),
    ("raised", "to"),
]
_FUNCTION_ALIASES = {
    ("square", "root"): "sqrt", ("cube", "root"): "cbrt", ("natural", "log"): "ln", ("natural", "logarithm"): "ln",
    ("absolute", "value"): "abs", ("sine",): "sin", ("cosine",): "cos", ("tangent",): "tan", ("logarithm",): "log",
    ("greatest", "common", "divisor"): "gcd", ("greatest", "common", "factor"): "gcd", ("gcf",): "gcd",
    ("highest", "common", "factor"): "gcd", ("hcf",): "gcd", ("least", "common", "multiple"): "lcm",
    ("lowest", "common", "multiple"): "lcm", ("minimum",): "min", ("maximum",): "max", ("root", "of"): "sqrt",
}  # fmt: skip
_LISTS = {"sum": "+", "total": "+", "product": "*"}
_ARTICLES = (("a",), ("an",))
_STARTS_OPERAND = frozenset({"number", "currency", "clock", "date"})


class Parser(AmountReader):
    """Parses arithmetic from ``start``; ``variables`` are an equation's unknowns (else ``x`` means times)."""

    # -- the grammar -----------------------------------------------------------------------------------------

    def sum(self) -> Node:
        first = self.product()
        rest: list[tuple[str, Node]] = []
        while True:
            said = self.peek()
            op = self._add_operator()
            if op is None:
                break
            phrased = self.peek(-1).word == "by"  # "reduced by a third" takes a third of the value off
            if not (phrased and self.peek(1).word in FRACTION_WORDS):
                self.take_any(_ARTICLES)  # "minus a third" stays unread: a third of what?
            operand = self.product()
            _refuse_open_share(rest[-1][1] if rest else first, said, operand)
            if phrased:
                _refuse_slashed_share(operand)
            percent = (_is_percent(operand) or phrased and _is_share(operand)) and not (
                not rest and _is_percent(first)
            )  # 5% + 10% is 15%
            rest.append((op + "%" if percent else op, operand))
        return Series(first, tuple(rest)) if rest else first

    def _add_operator(self) -> str | None:
        token = self.peek()
        if token.text in _ADD and token.kind in ("symbol", "word"):
            if token.word == "less" and self.peek(1).word == "than":
                return None
            self.i += 1
            return _ADD[token.text.lower()]
        for phrase, op in _ADD_PHRASES:
            if self.take(*phrase):
                return op
        return None

    def product(self) -> Node:
        first = self.unary()
        rest: list[tuple[str, Node]] = []
        while True:
            op = self._multiply_operator()
            if op is None:
                if not self._starts_implicit_factor():
                    break
                if any(o in ("/", "//", "mod") for o, _ in rest):
                    raise ToolInputError(
                        "a division followed by a product written without a sign (6 / 2(1 + 2)) is read two ways; "
                        "add parentheses or a * sign"
                    )
                op = "*"
            rest.append((op, self.unary()))
            if self.at("of") and _is_fraction(first, rest):
                self.i += 1
                first, rest = PercentOf(Series(first, tuple(rest)), self._nested(self.unary)), []
        return Series(first, tuple(rest)) if rest else first

    def _multiply_operator(self) -> str | None:
        token = self.peek()
        key = token.text.lower()
        if key in _MULTIPLY and token.kind in ("symbol", "word"):
            self.i += 1
            return _MULTIPLY[key]
        if key == "x" and "x" not in self.variables and self._operand_after(1):
            self.i += 1
            return "*"
        if token.text == "%" and self._operand_after(1):
            self.i += 1
            return "mod"
        for phrase, op in _MULTIPLY_PHRASES:
            if self.take(*phrase):
                return op
        return None

    def _operand_after(self, ahead: int) -> bool:
        token = self.peek(ahead)
        return token.kind in _STARTS_OPERAND or token.text in ("(", "[") or self._is_function_word(token)

    def _starts_implicit_factor(self) -> bool:
        token = self.peek()
        if token.text in ("(", "["):
            return True
        return token.kind == "word" and (
            token.word in CONSTANTS and token.word != "inf" or token.word in self.variables or token.word == "sqrt"
        )

    def _is_function_word(self, token: Token) -> bool:
        return token.kind == "word" and (token.word in FUNCTIONS or token.word in CONSTANTS)

    def unary(self) -> Node:
        if (
            self.take("-")
            or self.take("minus")
            or self.at("negative")
            and self.peek(1).kind != "number"
            and self.take("negative")
        ):
            self._enter()
            node: Node = Negate(self.unary())
        elif self.take("+") or self.take("positive"):
            self._enter()
            node = self.unary()
        else:
            return self.power()
        self.depth -= 1
        return node

    def power(self) -> Node:
        base = self.postfix()
        if self.take("^") or self.take("**") or self.take_any(_POWER_PHRASES):
            ordinal = self._ordinal()
            if ordinal is not None:
                self.take("power")
                return Power(base, _plain(ordinal))
            return Power(base, self._nested(self.unary))
        if self.at("to", "the") and (ordinal := self._ordinal(2)) is not None:  # "to the 5th (power)"
            self.i += 3
            self.take("power")
            return Power(base, _plain(ordinal))
        if self.at("to", "the") and (self.peek(2).kind == "number" or self.peek(2).word in ("minus", "negative")):
            self.i += 2  # "10 to the minus 3"
            return Power(base, self._nested(self.unary))
        return base

    def _ordinal(self, ahead: int = 0) -> int | None:
        token = self.peek(ahead)
        if token.kind == "ordinal":
            value = token.value
        elif token.word in ORDINALS:
            value = ORDINALS[token.word]
        else:
            return None
        if ahead == 0:
            self.i += 1
        return value

    def postfix(self) -> Node:
        node = self.primary()
        while True:
            if self.take("squared"):
                node = Power(node, _plain(2))
            elif self.take("cubed"):
                node = Power(node, _plain(3))
            elif self.at("!") and self.tokens[self.i - 1].kind == "word":
                return node  # '95 degrees Fahrenheit!': a sentence said with feeling, not a factorial of a unit
            elif self.take("!") or self.take("factorial"):
                node = Factorial(node)
            elif self._percent_sign():
                if not isinstance(node, Number) or node.quantity.percent or node.quantity.measure:
                    raise self.fail("a percentage of a plain number")
                q = node.quantity
                node = Number(Quantity(q.value / 100, percent=True), f"{node.text}%")
            elif not self.relations:
                return node
            elif self.at("of") and _is_fraction(node, []):
                self.i += 1
                node = PercentOf(node, self._nested(self.unary))
            elif self.take("more", "than") or self.take("greater", "than") or self.take("higher", "than"):
                node = self._relative(node, "+")
            elif self.take("less", "than") or self.take("fewer", "than") or self.take("lower", "than"):
                node = self._relative(node, "-")
            elif self.take("off"):
                node = self._relative(node, "-")
            else:
                return node

    def _percent_sign(self) -> bool:
        if self.at("%") and not self._operand_after(1):
            self.i += 1
            return True
        return self.take("percent") or self.take("per", "cent") or self.take("pct")

    def _relative(self, amount: Node, sign: str) -> Node:
        self.take_any((("the",), *_ARTICLES))
        base = self._nested(self.unary)
        return Series(base, ((sign + "%" if _is_percent(amount) else sign, amount),))

    def primary(self) -> Node:
        self._enter()  # every level of nesting passes here once: parentheses, functions, powers
        node = self._primary()
        self.depth -= 1
        return node

    def _primary(self) -> Node:
        token = self.peek()
        if token.word == "negative" and self.peek(1).kind == "number":  # "negative 3" names the number -3
            self.i += 2
            node = self.number(self.peek(-1))
            if not isinstance(node, Number):
                raise self.fail("a number")
            return Number(Quantity(-node.quantity.value, node.quantity.measure), f"-{node.text}")
        if token.kind == "number":
            self.i += 1
            return self.number(token)
        if token.kind == "currency":
            return self.currency_amount()
        if token.text in ("(", "["):
            self.i += 1
            inner = self.sum()
            if not (self.take(")") or self.take("]")):
                raise self.fail("a closing parenthesis")
            return inner
        if token.word == "the" and (self.peek(1).kind == "ordinal" or self.peek(1).word in ORDINALS):
            self.i += 1  # "the 4th root of 81"
            token = self.peek()
        if self.peek(1).word == "root" and (degree := self._ordinal()) is not None:  # "4th root of 81"
            self.i += 1
            self.take("of")
            return Call("root", (self.unary(), _plain(degree)))
        if token.kind == "word":
            node = self._word_primary(token)
            if node is not None:
                return node
        raise self.fail("a number")

    def _word_primary(self, token: Token) -> Node | None:
        word = token.word
        if word in self.variables:
            self.i += 1
            return Variable(word)
        if word in CONSTANTS and word != "inf":
            self.i += 1
            return Constant(word)
        if word == "the" and self.peek(1).kind == "word":
            self.i += 1
            node = self._word_primary(self.peek())
            if node is None:
                self.i -= 1
            return node
        if word in _MULTIPLES:
            self.i += 1
            return Series(_plain(_MULTIPLES[word]), (("*", self.unary()),))
        if word == "halve":
            self.i += 1
            return Series(Number(Quantity(Fraction(1, 2)), "1/2"), (("*", self.unary()),))
        if word in ("half", "a") and (word == "half" or self.peek(1).word in FRACTION_WORDS):
            self.i += 1 if word == "half" else 2
            denominator = 2 if word == "half" else FRACTION_WORDS[self.peek(-1).word]
            return Number(Quantity(Fraction(1, denominator)), f"1/{denominator}")
        return self._prefix_form(word) or self._function()

    def _prefix_form(self, word: str) -> Node | None:
        if word in _LISTS and self.peek(1).word == "of" or self.at("add", "up") or self.at("add", "together"):
            operator = _LISTS.get(word, "+")
            self.i += 2
            items = self.list_of()
            if len(items) < 2:  # 'the product of 14' stops before what 14 is multiplied by
                raise self.fail("a second number ('the product of 14 and 3')")
            return Series(items[0], tuple((operator, item) for item in items[1:]))
        if self.take("difference", "between") or self.take("difference", "of"):
            a, b = self._pair("and")
            return Call("abs", (Series(a, (("-", b),)),))
        if self.take("quotient", "of"):
            a, b = self._pair("and")
            return Series(a, (("/", b),))
        if self.take("ratio", "of"):
            a, b = self._pair("to")
            return Series(a, (("/", b),))
        if self.take("remainder", "of") or self.take("remainder", "when"):
            a = self.sum()
            self.take("is")
            if not (self.take("divided", "by") or self.take("over") or self.take("/")):
                raise self.fail("'divided by'")
            return Series(a, (("mod", self.sum()),))
        verbs = {"add": ("to", "and"), "subtract": ("from",), "multiply": ("by", "and"), "divide": ("by",)}
        if word in verbs or self.at("take"):
            self.i += 1
            first = self.sum()
            joiner = "away" if word == "take" else next((j for j in verbs[word] if self.take(j)), None)
            if joiner == "away" and not self.take("away", "from"):
                raise self.fail("'away from'")
            if joiner is None:
                raise self.fail(f"'{verbs[word][0]}'")
            second = self.sum()
            if word in ("add", "subtract", "take") and _is_percent(first):  # add 15% to 80
                return Series(second, (("+%" if word == "add" else "-%", first),))
            op = {"add": "+", "multiply": "*", "divide": "/"}.get(word)
            return Series(first, ((op, second),)) if op else Series(second, (("-", first),))
        if word in ("increase", "decrease", "reduce", "raise") and self.peek(1).kind != "end":
            self.i += 1
            base = self.sum()
            if not self.take("by"):
                raise self.fail("'by'")
            amount = self.sum()
            _refuse_slashed_share(amount)
            sign = "+" if word in ("increase", "raise") else "-"
            return Series(base, ((sign + "%" if _is_percent(amount) or _is_share(amount) else sign, amount),))
        if self.take("square", "of") or self.take("cube", "of"):
            exponent = 2 if self.peek(-2).word == "square" else 3
            return Power(self.unary(), _plain(exponent))
        return None

    def _pair(self, joiner: str) -> tuple[Node, Node]:
        a = self.sum()
        if not self.take(joiner):
            raise self.fail(f"'{joiner}'")
        return a, self.sum()

    def list_of(self) -> list[Node]:
        """Items separated by commas and 'and': ``3, 5 and 10``."""
        items = [self.sum()]
        while self.take(",") or self.take("and") or self.take(";"):
            self.take("and")
            items.append(self.sum())
        return items

    def _function(self) -> Node | None:
        name = None
        for phrase, alias in _FUNCTION_ALIASES.items():
            if self.at(*phrase):
                name = alias
                self.i += len(phrase)
                break
        if name is None and (self.peek().word in FUNCTIONS or self.peek().word == "root" and self.peek(1).text == "("):
            name = self.peek().word
            self.i += 1
        if name is None:
            return None
        if name == "round" and self.peek().text != "(":
            self.i -= 1  # "round 2.345 to 2 places" is a rounding request, not round(2.345)
            return None
        if name == "log" and self.take("base"):
            base = self.unary()
            self.take("of")
            return Call("log", (self.unary(), base))
        if self.peek().text == "(":
            self.i += 1
            args = [self.sum()]
            while self.take(","):
                args.append(self.sum())
            if not self.take(")"):
                raise self.fail("a closing parenthesis")
            return Call(name, tuple(args))
        self.take("of")
        if name in ("gcd", "lcm", "min", "max", "hypot"):
            return Call(name, tuple(self.list_of()))
        return Call(name, (self.unary(),))

    # -- numbers with what they count ------------------------------------------------------------------------


def _plain(value: int) -> Number:
    return Number(Quantity(Fraction(value)), str(value))


def _is_fraction(first: Node, rest: list[tuple[str, Node]]) -> bool:
    """A share that 'of' can take: 18%, a third, 3/4, and a decimal below one ('0.75 of 1,280 kg')."""
    if not rest:
        return (
            isinstance(first, Number)
            and (first.quantity.percent or first.text.startswith("1/"))
            or (isinstance(first, Number) and "/" in first.text)
            or (isinstance(first, Number) and _decimal_share(first))
        )
    return isinstance(first, Number) and len(rest) == 1 and rest[0][0] == "/" and isinstance(rest[0][1], Number)


def _decimal_share(number: Number) -> bool:
    """'0.75 of 1,280 kg', '.4 of the total': a plain decimal below one is a share as 3/4 is; '1.5 of 10' is not one."""
    q = number.quantity
    return "." in number.text and q.measure is None and not q.percent and 0 < q.value < 1


def _is_share(node: Node) -> bool:
    """A fraction written in words, which 'by' takes as a share of the value: 'reduce 90 by a third', 'increased
    by half'. A number written with a slash ('by 1/3') stays a number."""
    return isinstance(node, Number) and node.text.count("/") == 1 and " " not in node.text and node.quantity.value < 1


def _refuse_slashed_share(node: Node) -> None:
    """'increase 12 by 1/2' reads two ways (by half of it, or by a half); in words or as a decimal it does not."""
    if isinstance(node, Series) and len(node.rest) == 1 and node.rest[0][0] == "/":
        top, (_, bottom) = node.first, node.rest[0]
        if isinstance(top, Number) and isinstance(bottom, Number) and 0 < top.quantity.value < bottom.quantity.value:
            raise ToolInputError("say 'by half' (a share of the value) or 'by 0.5' (an amount): 'by 1/2' reads both")


def _refuse_open_share(share: Node, said: Token, operand: Node) -> None:
    """'15% of 2,000 plus 500' said in words is 15% of 2,500 or 300 + 500: nothing says where the share ends."""
    if isinstance(share, PercentOf) and said.kind == "word" and not _is_percent(operand):
        raise ToolInputError(
            f"'{said.text}' after a share of an amount reads two ways: the share of the whole sum, or the share "
            "and then the rest; write it with brackets or as two steps"
        )


def _is_percent(node: Node) -> bool:
    return isinstance(node, Number) and node.quantity.percent
