"""So many weeks' rent from a monthly rent: "Deposit cap is 5 weeks' rent. Rent is £1,050 pcm and weekly rent =
monthly x 12 / 52. What's the maximum deposit?" → £1,050 × 12 ÷ 52 × 5 = £1,211.54.

The request gives one rent a month ('£1,050 pcm', '£900 a month') or a week ('£250 a week') and one number of
weeks' rent ('5 weeks' rent', 'six weeks of rent'). A week's rent is a month's × 12 ÷ 52 (a year of rent over the
weeks of the year), the way deposits are capped; the request may say so ('weekly rent = monthly x 12 / 52'), and a
rule said any other way declines. Any other number, a fee, a holding deposit or a share asked of each declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.quantities import Quantity, currency, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token

_TIMES = frozenset({"x", "*", "×", "times"})
_DIVIDE = frozenset({"/", "÷"})
_SPOILERS = frozenset("fee fees holding plus minus except each split share between tenants people less".split())
_WORDS = frozenset(
    "deposit deposits cap capped maximum max is the a of rent rents weekly monthly week weeks month per and what "
    "what's whats how much can i we charge take ask for be will at most limit".split()
)


def solve_weeks_rent(tokens: list[Token], start: int) -> Solution | None:
    """A number of weeks' rent from the rent a month; None unless the request is exactly that."""
    rent: Quantity | None = None
    weeks: Fraction | None = None
    rule = by_week = False
    i = start
    while tokens[i].kind != "end":
        token = tokens[i]
        if token.kind == "currency" and tokens[i + 1].kind == "number" and rent is None:
            if tokens[i + 2].word not in ("a", "per") or tokens[i + 3].word not in ("month", "week"):
                return None
            rent, i = Quantity(Fraction(tokens[i + 1].value), currency(token.value)), i + 4
            by_week = tokens[i - 1].word == "week"
            continue
        if token.kind == "number":
            if weeks is None and tokens[i + 1].word == "weeks" and _of_rent(tokens, i + 2):
                weeks, i = Fraction(token.value), i + 2
                continue
            if not rule and _rule(tokens, i):
                rule, i = True, i + 3
                continue
            return None
        if token.kind == "word" and (token.word in _SPOILERS or token.word not in _WORDS and not _rule_word(token)):
            return None
        if token.kind not in ("word", "symbol"):
            return None
        i += 1
    if rent is None or weeks is None or weeks <= 0:
        return None
    if by_week and rule:
        return None  # a rule for a week's rent from a month's, with the rent a week already: which is meant?
    weekly = Fraction(rent.value) if by_week else Fraction(rent.value) * 12 / 52
    total = Quantity(numbers.checked(weekly * weeks), rent.measure)
    n = numbers.format_number(weeks)
    if by_week:
        steps = [f"{n} × {show(rent, exact=True)} = {show(total, exact=True)}"]
        return answer_for(total, "weeks of rent", f"{show(rent)} * {n}", steps)
    steps = [
        f"a week's rent: {show(rent, exact=True)} × 12 ÷ 52 = {show(Quantity(weekly, rent.measure), exact=True)}",
        f"{n} weeks: × {n} = {show(total, exact=True)}",
    ]
    solution = answer_for(total, "weeks of rent", f"{show(rent)} * 12 / 52 * {n}", steps)
    solution.notes.append("a week's rent is a month's × 12 ÷ 52")
    return solution


def _of_rent(tokens: list[Token], at: int) -> bool:
    """ "weeks' rent", 'weeks rent', 'weeks of rent' after the number of weeks."""
    words = [t.word or t.text for t in tokens[at : at + 4]]
    if words[:2] in (["of", "weekly"], ["of", "the"]) and words[2:3] in (["rent"], ["weekly"]):
        words = words[2:] if words[2] == "rent" else words[3:]  # '5 weeks of the weekly rent': the rent said again
    elif words[:2] == ["of", "weekly"]:
        words = words[2:]
    if words[:1] == ["weekly"]:
        words = words[1:]  # '5 weeks of weekly rent': a week's rent, as the rule said
    return words[:1] == ["rent"] or words[:2] in (["'", "rent"], ["of", "rent"])


def _rule(tokens: list[Token], at: int) -> bool:
    """'monthly x 12 / 52': the rule for a week's rent said with its numbers, which must be 12 and 52."""
    if at + 3 > len(tokens):
        return False  # 'what's (3': the request ends before a rule could be said
    twelve, divide, fifty_two = tokens[at : at + 3]
    return (
        tokens[at - 1].text.lower() in _TIMES
        and twelve.kind == "number"
        and twelve.value == 12
        and divide.text in _DIVIDE
        and fifty_two.kind == "number"
        and fifty_two.value == 52
    )


def _rule_word(token: Token) -> bool:
    return token.word == "x" or token.word == "times"
