"""The calendar the calculator counts by, said again in a request: ', 52 weeks a year', 'and 7 days a week',
'Assuming 52 paid weeks, ...'. A year is counted as 52 weeks, 12 months or 365 days and a week as 7 days anyway
(``dimensions``), so words that only say so change nothing and are set aside with the asides (``asides``); any other
count ('48 weeks a year', 'assuming 46 paid weeks') is a given, left to the readers.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun".split()
)
"""The days of the week as people write them, whole or short."""
_CALENDAR = {(52, "week", "year"), (12, "month", "year"), (7, "day", "week"), (365, "day", "year"),
             (26, "fortnight", "year")}  # fmt: skip
_ASSUMING = (("assuming",), ("assume",), ("based", "on"))
_PAID = frozenset("paid working work".split())
_YEARLY = frozenset("year years yearly annual annually annum salary".split())
_PAUSES = frozenset({",", ".", "?", "!", ";", ""})
_ASKS = frozenset("what what's whats how".split())  # 'assuming 52 weeks a year what's that an hour'


def calendar_said(tokens: list[Token], words: list[str], i: int) -> int:
    """', 52 weeks a year', 'and 7 days a week' after a rate (or ', 52 weeks,' of a request about a year): the number
    at ``i`` and its unit, per the period; the width of the words to set aside, or 0."""
    if tokens[i].value is None:
        return 0
    if words[i + 2] in _PAUSES and _YEARLY & set(words):  # '$22 an hour, 40 hours a week, 52 weeks, annual salary?'
        return 2 if (tokens[i].value, words[i + 1].removesuffix("s"), "year") in _CALENDAR else 0
    if words[i + 2] not in ("a", "an", "per"):
        return 0
    said = (tokens[i].value, words[i + 1].removesuffix("s"), words[i + 3])
    return 4 if said in _CALENDAR else 0


def calendar_assumed(tokens: list[Token], words: list[str], i: int) -> int:
    """'Assuming 52 paid weeks,', 'based on 52 working weeks a year.' opening a clause of a request about a yearly
    amount: the width of the assumption and its pause, or 0. It is the calendar's only when the year is said."""
    lead = next((len(p) for p in _ASSUMING if tuple(words[i : i + len(p)]) == p), 0)
    if not lead or i > 0 and words[i - 1] not in _PAUSES:
        return 0
    at = i + lead
    if tokens[at].kind != "number" or tokens[at].value is None:
        return 0
    unit = at + 1 + (words[at + 1] in _PAID)
    said = (tokens[at].value, words[unit].removesuffix("s"))
    end = unit + 1
    if words[end] in ("a", "per") and words[end + 1] in ("year", "annum"):
        end += 2
    elif words[end : end + 3] == ["in", "a", "year"]:
        end += 3
    if (*said, "year") not in _CALENDAR or words[end] not in _PAUSES | _ASKS:
        return 0
    if not _YEARLY & set(words[:i] + words[end:]):
        return 0  # 'assuming 52 weeks' of nothing counted by the year: a length of time, not the calendar
    return end - i + (tokens[end].text in (",", ";"))


def calendar_restated(tokens: list[Token], words: list[str], i: int) -> int:
    """'(52 weeks a year)' in brackets, or the 'a year of' in 'after a year of 26 fortnights': the calendar said
    again where the count beside it already holds it; the width of the words to set aside, or 0."""
    if tokens[i].text == "(" and i + 5 < len(tokens) and tokens[i + 1].kind == "number" and tokens[i + 5].text == ")":
        width = calendar_said(tokens, words, i + 1)
        return 6 if width == 4 else 0
    if words[i : i + 3] == ["a", "year", "of"] and tokens[i + 3].kind == "number" and tokens[i + 3].value is not None:
        return 3 if (tokens[i + 3].value, words[i + 4].removesuffix("s"), "year") in _CALENDAR else 0
    return 0
