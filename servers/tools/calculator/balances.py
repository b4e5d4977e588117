"""What is left of an amount once others are taken from it, told as a little story: 'I had $40 and spent $12.50
on lunch and $8 on a taxi. How much do I have left?', 'My budget is $500 and I've spent $320. How much is left?',
'I earn 2,400 a month, rent is 950, food is 380 and transport is 120. How much is left each month?'.

The first amount is what there was: said after a word of having ('had', 'my budget is', 'I earn', 'started the
week with'). Every later amount is taken from it: said after a word of spending or paying ('spent', 'paid',
'gave'), after an expense named with 'is' ('rent is 950'), or listed on after one of those ('... on lunch and $8 on
a taxi'). The question must ask what is left ('left', 'remaining', 'the rest'). Money in one currency, or plain
numbers where the words say money; a percentage, a count, a measure, an amount added ('got $10 more', 'a
refund'), a rate that differs from the question's, or more taken than there was declines the reading. A bill with
a payment against it ('the invoice was $2,400 and we paid $1,850') is not read here: what is owed is left to the
rules of bills.
"""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.quantities import AMOUNT, Measure, Quantity, is_money, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start, question_words
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_HAVING = frozenset(
    "had have has got get budget earn earns earned salary income wage take-home home started start with was is are "
    "saved".split()
)
_HELD_NOUNS = frozenset(
    "budget salary income wage wages earnings account fund savings allowance pension take-home".split()
)
"""Nouns of an amount held, said with 'is' or 'was' ('my budget is $500'); 'the price is $40' is not held."""
_TAKING = frozenset(
    "spent spend spends spending paid pay pays paying bought buy gave give gives lost lose used use withdrew "
    "withdraw took take deducted repaid returned donated".split()
)
_MONEY_WORDS = frozenset(
    "spent spend paid pay earn earns earned salary income wage budget bills rent money cash savings".split()
)
_EXPENSE_VERBS = frozenset("is was are were costs cost comes".split())
_TOTALLING = (("come", "to"), ("comes", "to"), ("came", "to"), ("add", "up", "to"), ("adds", "up", "to"))
"""'my bills come to 1,230': an expense named with what it totals."""
_SHARE_WORDS = frozenset({"percent", "percentage"})
_SAVED = frozenset({"save", "saving", "keep"})
_SPANS = frozenset({"day", "week", "month", "year", "fortnight"})
_LEFT = frozenset("left remaining remain remains rest leftover".split())
_SPOILERS = frozenset(
    "owe owed owes owing bill invoice more extra received receive receives earned plus added add refund refunded "
    "back bonus interest each per every times twice half double tip tax change instead but except "
    "if found won gift gifted lent borrowed sold sell sells me us".split()
)


def solve_balance(tokens: list[Token], start: int) -> Solution | None:
    """What is left of the first amount after the others are taken from it; None when the request is not that."""
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    ask = question_start(tokens, start)
    if not 2 <= len(givens) <= 6 or ask == start or any(g.start >= ask for g in givens):
        return None
    asked = question_words(tokens, start)
    saved = bool(set(asked) & _SAVED) and _period(tokens, givens[0]) != ""
    if not (set(asked) & _LEFT or saved) or not ("how" in asked or "what" in asked or "what's" in asked):
        return None  # 'I get 2,500 a month and spend 1,900. What percentage do I save?': what is left each month
    story = {t.word for t in tokens[start:ask] if t.kind == "word"}
    if story & _SPOILERS or set(asked) & _SPOILERS - {"each", "per", "every"}:
        return None
    share = bool(set(asked) & _SHARE_WORDS) or any(t.text == "%" for t in tokens[ask:])
    if share and (story & _SHARE_WORDS or any(t.text == "%" for t in tokens[start:ask])):
        return None  # a percentage in the story is a rate the sum would have to use
    money = _currency(givens)
    if money is None or money is AMOUNT and ("many" in asked or not story & _MONEY_WORDS):
        return None  # 'I had 40 and gave 12 away': money only where the words say so
    first, rest = givens[0], givens[1:]
    period = _period(tokens, first)
    if not _having(first) or not _taken(tokens, rest) or not _same_period(tokens, rest, period, asked):
        return None
    had = Fraction(first.quantity.value)
    taken = [Fraction(g.quantity.value) for g in rest]
    left = had - sum(taken, Fraction(0))
    if left < 0:
        return None  # more taken than there was: a debt the story does not say
    q = Quantity(left, money)
    shown = " − ".join(show(Quantity(v, money)) for v in (had, *taken))
    if share:
        return _share_left(tokens, ask, first, q, Quantity(had, money), shown)
    suffix = f" per {period}" if period else " left"
    return answer_for(q, "amount left", shown, [f"{shown} = {show(q)}"], suffix=suffix)


def _share_left(tokens: list[Token], ask: int, first: Given, left: Quantity, had: Quantity, shown: str) -> Solution:
    """'What percentage of my pension is left over?': what is left as a share of what there was. A whole named
    after 'of' must be the amount held ('of my pension', 'of it', 'of the budget'), not another ('of the bills')."""
    words = [t.word for t in tokens[ask:] if t.kind == "word"]
    if "of" in words:
        whole = [w for w in words[words.index("of") + 1 :][:3] if w not in ("my", "the", "our", "your", "his", "her")]
        if not whole or whole[0] not in {"it", "that", "this", *first.before, *_HELD_NOUNS}:
            raise ToolInputError(f"say what the percentage is of; the amount held is {show(had)}")
    if had.value == 0:
        raise ToolInputError("there is nothing to take a percentage of")
    q = Quantity(left.value / had.value, percent=True)
    expression = f"({shown}) ÷ {show(had)} × 100"
    return answer_for(
        q,
        "percentage left",
        expression,
        [f"{shown} = {show(left)}", f"{show(left)} ÷ {show(had)} = {show(q)}"],
        suffix=" left",
    )


def _currency(givens: list[Given]) -> Measure | None:
    """The one currency of the amounts, or AMOUNT when none has a sign; None for a percentage, count or measure."""
    codes: set[str] = set()
    for g in givens:
        q = g.quantity
        if q.percent or g.noun or g.per_each:
            return None
        if q.measure is not None:
            if not is_money(q.measure) or q.measure.per is not None and q.measure.per.name not in _SPANS:
                return None  # '$3,000 a month' is held by the month, as '3,000 a month' is; '$5 per kg' is a price
            codes.add(q.measure.dimension)
    if len(codes) > 1:
        return None
    if not codes:
        return AMOUNT
    measure = next(g.quantity.measure for g in givens if g.quantity.measure is not None)
    per = measure.per
    return measure if per is None else replace(measure, factor=measure.factor * per.factor, per=None)


def _having(g: Given) -> bool:
    """'I had $40', 'my budget is $500', 'the invoice was $2,400', 'I earn 2,400 a month'."""
    before = g.before
    if not before or not set(before) & _HAVING:
        return False
    if before[-1] in ("is", "was", "are") and not set(before) & _HELD_NOUNS:
        return False  # 'the price is $40' is not an amount held
    return True


def _taken(tokens: list[Token], rest: list[Given]) -> bool:
    """Whether every later amount is taken away: after a verb of spending, an expense with 'is', or listed on."""
    taking = False
    for g in rest:
        before = g.before
        if set(before) & _TAKING:
            taking = True
        elif before[-1:] and before[-1] in _EXPENSE_VERBS and len(before) >= 2 and before[-2].isalpha():
            taking = True  # 'rent is 950'
        elif any(before[-len(p) :] == p and len(before) > len(p) and before[-len(p) - 1].isalpha() for p in _TOTALLING):
            taking = True  # 'my bills come to 1,230'
        elif not (taking and (_listed_on(tokens, g) or _named_in_list(tokens, g))):
            return False
    return taking


def _listed_on(tokens: list[Token], g: Given) -> bool:
    """'... on lunch and $8 on a taxi', '..., $5 for parking': an amount in a list right after one taken away
    ('and found $5' names a verb of its own, and is not in the list)."""
    before = tokens[g.start - 1] if g.start > 0 else tokens[g.start]
    return before.word == "and" or before.text == ","


_LISTED_WORDS = 3


def _named_in_list(tokens: list[Token], g: Given) -> bool:
    """'rent is £650, food £320, bills £210 and everything else about £400': an expense named by up to three plain
    words and its amount, in a list after one taken away."""
    k = g.start - 1
    while k > g.start - 1 - _LISTED_WORDS and k > 0 and tokens[k].kind == "word" and tokens[k].word != "and":
        word = tokens[k].word
        if not word.isalpha() or word in _SPOILERS or word in _TAKING or word in _HAVING:
            return False
        k -= 1
    return k < g.start - 1 and (tokens[k].text == "," or tokens[k].word == "and")


def _period(tokens: list[Token], g: Given) -> str:
    """'2,400 a month', '$3,000 a month': the period the first amount is per ('' when none)."""
    per = g.quantity.measure.per if g.quantity.measure is not None else None
    if per is not None:
        return per.name
    a, span = tokens[g.end], tokens[g.end + 1]
    if a.word in ("a", "an", "per", "every") and span.word in _SPANS:
        return span.word
    return ""


def _same_period(tokens: list[Token], rest: list[Given], period: str, asked: list[str]) -> bool:
    """A rate held is spent at the same rate: no other period in the story, and the question asks that one."""
    for g in rest:
        if _period(tokens, g) not in ("", period):
            return False
    spans = {w for w in asked if w in _SPANS}
    return spans <= {period} if period else not spans
