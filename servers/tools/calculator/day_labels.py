"""Weekdays that label the figures of one list: '140 loaves monday, 165 tuesday and 152 wednesday', 'Mon 6.5, Tue
8, Wed 7.25', '38 transfers on Monday, 42 on Tuesday'; and names that do ('Amélia 38 kg, Fátima 42 kg'): whose
figure each is.

A weekday beside a figure says which day the figure is of, not a number of the list; a list whose every figure
has a day of its own, no two the same, is a list of one day's figures each, so 'the average per day' is its
mean. The nouns a question uses for what a story's verb told ('lost' → 'the average loss') name the figures too.
"""

from __future__ import annotations

from servers.tools.calculator.calendars import WEEKDAYS
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_CLOSES = frozenset({",", ".", "?", "!", ";"})
_PLACES = frozenset({"on", "in", "at"})

TOLD_AS = {
    "lost": frozenset({"loss", "losses"}),
    "gained": frozenset({"gain", "gains"}),
    "sold": frozenset({"sales"}),
    "spent": frozenset({"spend", "spending"}),
    "earned": frozenset({"earnings"}),
    "grew": frozenset({"growth"}),
}
"""A verb of the story, and the nouns a question names its figures by ('my clients lost 3.2, 1.8 and 4.5 kg ...
the average loss')."""


# the days as a list of takings is labelled in the tongues of the markets it was kept in: 'lunes 420.000, martes ...'
_OTHER_WEEKDAYS = frozenset(
    """lunes martes miércoles miercoles jueves viernes sábado sabado domingo lundi mardi mercredi jeudi vendredi
    samedi dimanche lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi montag dienstag
    mittwoch donnerstag freitag samstag sonntag""".split()
)


def _weekday(token: Token) -> bool:
    return token.kind == "word" and (token.word in WEEKDAYS or token.word in _OTHER_WEEKDAYS)


def weekday_label(tokens: list[Token], i: int) -> int:
    """A bare weekday right after a figure of the list and before a comma, 'and' or the end ('165 tuesday,'), or
    right before a figure after a comma or colon ('Tue 8'): the width of the label, or 0."""
    if not _weekday(tokens[i]) or i == 0:
        return 0
    before, after = tokens[i - 1], tokens[i + 1]
    if before.kind == "number" and (after.kind == "end" or after.text in _CLOSES or after.word == "and"):
        return 1
    if after.kind == "number" and (before.text in (",", ":") or before.word == "and"):
        return 1
    return 0


def first_of_labelled(tokens: list[Token], i: int) -> int:
    """'140 loaves monday, 165 tuesday', '38 transfers on Monday, 42 on Tuesday': the number at ``i`` and the nouns
    after it are the first labelled figure of a list, not how many figures the list holds. The width of the nouns
    and the day after the number, or 0."""
    k = i + 1
    while k < i + 3 and tokens[k].kind == "word" and tokens[k].word.isalpha() and not _weekday(tokens[k]):
        if tokens[k].word in _PLACES or lookup(tokens[k].word, short=False) is not None:
            break
        k += 1
    nouns = k - i - 1
    if not nouns or tokens[i].kind != "number":
        return 0
    if tokens[k].word in _PLACES:
        k += 1 + (tokens[k + 1].word == "the")
    if not _weekday(tokens[k]):
        return 0
    listed = (tokens[k + 1].text == "," or tokens[k + 1].word == "and") and tokens[k + 2].kind == "number"
    return k - i if listed else 0


def each_a_day(tokens: list[Token], first: int, before: int, count: int) -> bool:
    """Whether the ``count`` figures from ``first`` each carry a weekday of their own, no two the same."""
    days = [t.word[:3] for t in tokens[first:before] if _weekday(t)]
    return len(days) == count and len(set(days)) == count


def told_as(words: set[str], word: str) -> bool:
    """Whether ``word`` of the question names the figures a verb of the story told ('loss' of 'lost')."""
    return any(word in TOLD_AS.get(w, ()) for w in words)


_OPERATIONS = frozenset(
    "times multiply multiplied divide divided by of from to difference product ratio sum total share split".split()
)
_LEADING = 3


def leading_label(tokens: list[Token], start: int, i: int) -> bool:
    """'client spends 32, 45, 28, avg pls': at most three plain words opening a one-line request, straight before
    its list, naming what the figures are — none of them an operation on numbers."""
    if i - start >= _LEADING or tokens[i].word in _OPERATIONS:
        return False
    k = i
    while tokens[k].kind == "word" and k - start < _LEADING + 1:
        k += 1
    return tokens[k].kind == "number" and all(t.kind == "word" and t.word not in _OPERATIONS for t in tokens[start:k])


def name_label(tokens: list[Token], i: int) -> int:
    """A name right before a figure of the list, after a comma, colon or 'and' ('Amélia 38 kg, Fátima 42 kg', 'Ko
    Htun 1,250, Ko Myo 1,180'): whose figure it is, one or two capitalised words. The width of the name, or 0."""
    before = tokens[i - 1] if i > 0 else None
    if before is None or not (before.text in (",", ":", ";") or before.word == "and"):
        return 0
    width = 0
    while width < 2 and _named(tokens[i + width]):
        width += 1
    return width if width and tokens[i + width].kind == "number" else 0


def _named(token: Token) -> bool:
    text = token.text
    return (
        token.kind == "word"
        and text[:1].isupper()
        and text.isalpha()
        and text not in ("I", "A")
        and token.word not in WEEKDAYS
        and lookup(token.word, short=False) is None
    )
