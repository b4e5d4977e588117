"""Calendar years that say when amounts were, not how much. Read as quantities they would be numbers too many, so
the request is read again without them and answered only when that reading accounts for every number. A question
about time itself ('how many years', 'how old', 'since', 'until') keeps its years.

- A year for each amount (``without_years``): 'Our 2023 harvest was 40 tonnes and 2024 came in at 33 tonnes.
  What's the percentage drop?', 'Sales were £40,000 in 2023 and £46,000 in 2024'. The years must run in the order
  they are said: the readers of a change take the amounts in the order said, which is then the order in time;
  years said the other way round leave the request as it is, and it is declined.
- One past year, the second amount being now (``without_year``): 'A house I sold in 2019 for £198,000 has just come
  back on the market at £236,000. What's the percentage change?'. The year must come before the second amount and
  something after it must say that amount is now ('now', 'just', 'currently', 'today'), so again the amounts run
  forward in time in the order said. Growth over years ('compounded', 'annually') keeps its year.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import is_money, lookup
from servers.tools.calculator.tokens import Token

_FIRST_YEAR = 1900
_LAST_YEAR = 2100
_BEFORE = frozenset("in for during of".split())
_TIMED = frozenset(
    "year years yr yrs old age aged born since until till when long ago date anniversary birthday decade decades "
    "century".split()
)
"""Words that make the years part of the question: a span of time or an age is asked, not a change of amounts."""
_PAUSES = frozenset({",", ";"})
_NOW = frozenset("now just currently today nowadays recently".split())
_PERIODS = frozenset("season year month week term quarter summer winter spring autumn fall".split())
_TIMED_SINCE = _TIMED | frozenset("annual annually yearly compound compounded interest".split())
"""Words that make one past year part of the question: growth over years is asked as well."""


def without_years(text: str, tokens: list[Token]) -> str | None:
    """``text`` without the calendar years labelling its amounts, or None when it has fewer than two or they do not
    run forward."""
    years = [k for k in range(len(tokens)) if _year(tokens, k)]
    values = [tokens[k].value for k in years]
    if len(years) < 2 or any(b <= a for a, b in zip(values, values[1:], strict=False)):
        return None
    if any(t.word in _TIMED for t in tokens) or any(t.kind in ("clock", "date") for t in tokens):
        return None
    if not any(t.kind == "number" for k, t in enumerate(tokens) if k not in years):
        return None
    cuts: list[tuple[int, int]] = []
    for k in years:
        begin = k - 1 if k > 0 and tokens[k - 1].word in _BEFORE else k
        end = k + 1 + (tokens[k + 1].text in _PAUSES and begin < k)  # 'In 2022, we sold': the pause goes too
        if tokens[end].kind in ("number", "currency"):
            return None  # '2023 40 tonnes': the year is not clearly a label
        cuts.append((tokens[begin].start, tokens[end].start))
    for begin, end in reversed(cuts):
        text = text[:begin] + text[end:]
    return text


def _calendar(tokens: list[Token], k: int) -> bool:
    """Four digits between 1900 and 2100 with no currency before them ('2023', not '£2023' or '2,023')."""
    token = tokens[k]
    if token.kind != "number" or not token.text.isdigit() or len(token.text) != 4:
        return False
    return _FIRST_YEAR <= token.value <= _LAST_YEAR and not (k > 0 and tokens[k - 1].kind == "currency")


def _year(tokens: list[Token], k: int) -> bool:
    """A whole number written as a calendar year ('2023'), not an amount ('£2023', '2,023', '2023 kg')."""
    if not _calendar(tokens, k):
        return False
    after = tokens[k + 1]
    if after.kind == "word" and lookup(after.word) is not None:
        return False  # '2023 kg', '2024 miles': an amount of a unit
    return not after.attached or after.kind == "symbol" and after.text != "%"


def without_year(text: str, tokens: list[Token]) -> str | None:
    """``text`` without the one year saying when its first amount was, or None when it is not that."""
    years = [k for k in range(len(tokens)) if _year_in(tokens, k)]
    current = {k + 1 for k in range(len(tokens) - 1) if _this_period(tokens, k)}  # 'this season': now, not a span
    if (
        len(years) != 1
        or any(t.word in _TIMED_SINCE for k, t in enumerate(tokens) if k not in current)
        or any(t.kind in ("clock", "date") for t in tokens)
    ):
        return None
    year = years[0]
    amounts = [k for k, t in enumerate(tokens) if t.kind == "number" and k != year]
    money = [k for k in amounts if k > 0 and tokens[k - 1].kind == "currency" or _money_word(tokens, k)]
    if len(amounts) != 2 or len(money) != 2 or not year < amounts[1]:
        return None
    if not any(t.word in _NOW or k - 1 in current for k, t in enumerate(tokens[year + 1 :], year + 2)):
        return None
    begin = year - 1 if tokens[year - 1].word in ("in", "during") else year
    begin -= 1 if begin > 0 and tokens[begin - 1].word == "back" else 0
    end = tokens[year + 1].start
    return (text[: tokens[begin].start].rstrip() + " " + text[end:].lstrip()).strip()


def _this_period(tokens: list[Token], k: int) -> bool:
    """'this season', 'this year', 'so far this term': the period now, which the second amount belongs to."""
    return tokens[k].word == "this" and tokens[k + 1].word in _PERIODS


def _year_in(tokens: list[Token], k: int) -> bool:
    """A calendar year after 'in' or 'during' ('sold in 2019'), not a percentage."""
    if not _calendar(tokens, k) or k == 0 or tokens[k - 1].word not in ("in", "during"):
        return False
    return tokens[k + 1].text != "%"


def _money_word(tokens: list[Token], k: int) -> bool:
    unit = lookup(tokens[k + 1].word, short=False) if tokens[k + 1].kind == "word" else None
    return unit is not None and is_money(unit)
