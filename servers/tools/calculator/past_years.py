"""One calendar year saying when the first amount was, the second being now: 'A house I sold in 2019 for £198,000
has just come back on the market at £236,000. What's the percentage change?', 'I bought it in 2015 for £40 and it's
worth £65 now'.

The year names when, not how much; read as a number it would be one too many. The request is read again without it
('A house I sold for £198,000 has just come back ...') and answered only when that reading accounts for every
number. The year must come before the second amount, something after it must say that amount is now ('now', 'just',
'currently', 'today'), so the amounts run forward in time in the order said, which is the order the
readers of a change take them. A question about time itself ('how many years', 'how old', 'since') keeps its year.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import is_money, lookup
from servers.tools.calculator.tokens import Token

_FIRST_YEAR = 1900
_LAST_YEAR = 2100
_NOW = frozenset("now just currently today nowadays recently".split())
_TIMED = frozenset(
    "year years yr yrs old age aged born since until till when long ago date anniversary birthday decade decades "
    "century annual annually yearly compound compounded interest".split()
)
"""Words that make the year part of the question: a span of time, an age or growth over years is asked."""


def without_year(text: str, tokens: list[Token]) -> str | None:
    """``text`` without the one year saying when its first amount was, or None when it is not that."""
    years = [k for k in range(len(tokens)) if _year(tokens, k)]
    if len(years) != 1 or any(t.word in _TIMED for t in tokens) or any(t.kind in ("clock", "date") for t in tokens):
        return None
    year = years[0]
    amounts = [k for k, t in enumerate(tokens) if t.kind == "number" and k != year]
    money = [k for k in amounts if k > 0 and tokens[k - 1].kind == "currency" or _money_word(tokens, k)]
    if len(amounts) != 2 or len(money) != 2 or not year < amounts[1]:
        return None
    if not any(t.word in _NOW for t in tokens[year + 1 :]):
        return None
    begin = year - 1 if tokens[year - 1].word in ("in", "during") else year
    begin -= 1 if begin > 0 and tokens[begin - 1].word == "back" else 0
    end = tokens[year + 1].start
    return (text[: tokens[begin].start].rstrip() + " " + text[end:].lstrip()).strip()


def _year(tokens: list[Token], k: int) -> bool:
    """A calendar year: four digits between 1900 and 2100 with no unit or currency, after 'in' or 'during'."""
    token = tokens[k]
    if token.kind != "number" or len(token.text) != 4 or not token.text.isdigit():
        return False
    if not _FIRST_YEAR <= token.value <= _LAST_YEAR or k == 0 or tokens[k - 1].word not in ("in", "during"):
        return False
    return tokens[k - 1].kind != "currency" and tokens[k + 1].text != "%"


def _money_word(tokens: list[Token], k: int) -> bool:
    unit = lookup(tokens[k + 1].word, short=False) if tokens[k + 1].kind == "word" else None
    return unit is not None and is_money(unit)
