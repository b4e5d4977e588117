"""Calendar years that say when each amount was, not how much: 'Our 2023 harvest was 40 tonnes and 2024 came in at
33 tonnes. What's the percentage drop?', 'Sales were £40,000 in 2023 and £46,000 in 2024'. The years name the
amounts; read as quantities they would be two numbers too many. The request is read again without them ('Our
harvest was 40 tonnes and came in at 33 tonnes') and answered only when that reading accounts for every number.

The years must run in the order they are said (2023, then 2024): the readers of a change take the amounts in the
order said, which is then the order in time; years said the other way round leave the request as it is, and it is
declined. A question about time itself ('how many years', 'how old', 'since', 'until') keeps its years.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import lookup
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


def _year(tokens: list[Token], k: int) -> bool:
    """A whole number written as a calendar year ('2023'), not an amount ('£2023', '2,023', '2023 kg')."""
    token = tokens[k]
    if token.kind != "number" or not token.text.isdigit() or len(token.text) != 4:
        return False
    if not _FIRST_YEAR <= token.value <= _LAST_YEAR or k > 0 and tokens[k - 1].kind == "currency":
        return False
    after = tokens[k + 1]
    if after.kind == "word" and lookup(after.word) is not None:
        return False  # '2023 kg', '2024 miles': an amount of a unit
    return not after.attached or after.kind == "symbol" and after.text != "%"
