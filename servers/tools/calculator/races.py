"""A race said by its name instead of its distance: 'ran a 10k in 52 minutes 30 seconds' is 10 km, 'did a 5k in 28
minutes' 5 km, 'ran a half marathon in 1 hour 58 minutes' 21.0975 km and 'a marathon' 42.195 km.

'10k' alone is ten thousand ('a salary of 45k'), so the name is read as a distance only where it is a race: after a
verb of running, walking, riding or finishing and an article or owner ('ran a 10k', 'finished my 5k'), and followed
by 'in' and the time it took. The tokens are replaced in place by the distance, so every reader sees 'ran 10 km in
...'.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator.tokens import Token

_DOING = frozenset(
    "ran run runs running did do does doing walked walk walks walking jogged jog jogging raced race racing "
    "completed complete finished finish cycled cycle rode ride swam swim".split()
)
_ARTICLES = frozenset("a the my our her his their".split())
_WHICH = frozenset("first second latest last fastest usual weekly".split())
_MARATHONS = {"marathon": Fraction(42195, 1000), "half": Fraction(210975, 10000)}


def name_races(tokens: list[Token]) -> None:
    """Replace, in place, each race named after a verb of doing it and before 'in' by its distance in km; a race
    opening the request before 'in' and its time ('5k in 25 minutes 30 seconds, pace per km?') is one too."""
    width, km = _race_at(tokens, 0)
    if width and tokens[width].word == "in" and tokens[width + 1].kind == "number" and _timed(tokens[width + 2]):
        tokens[:width] = [Token("number", str(km), 0, km), Token("word", "km", tokens[width - 1].start)]
    i = 1
    while i < len(tokens) - 3:
        if tokens[i - 1].word in _DOING:
            said = 0 if tokens[i].word not in _ARTICLES else 1 + (tokens[i + 1].word in _WHICH)  # 'my first 5k'
            width, km = _race_at(tokens, i + said)
            end = i + said + width
            restated = _restated_at(tokens, end, km) if width else None
            if restated is not None:  # 'a half marathon (13.1 miles)': the distance the user gives for it
                tokens[i : end + 4] = restated
                i += 1
                continue
            when = _when_width(tokens, end) if width else 0
            if width and tokens[end + when].word == "in" and (said or _timed_at(tokens, end + when + 1)):
                _drop_flat(tokens, end + when + 1)
                del tokens[end : end + when]  # 'ran 10k this morning in 52 minutes': when, not part of the sum
                tokens[i:end] = [
                    Token("number", str(km), tokens[i].start, km),
                    Token("word", "km", tokens[end - 1].start),
                ]
        i += 1


_WHEN = [tuple(p.split()) for p in (
    "this morning", "this evening", "this afternoon", "today", "yesterday", "last night", "tonight", "on sunday",
    "on saturday", "at the weekend", "at parkrun", "at the park")]  # fmt: skip


def _when_width(tokens: list[Token], at: int) -> int:
    """How many tokens at ``at`` say when or where the race was run ('this morning', 'on Sunday'), or 0."""
    for phrase in _WHEN:
        if all(tokens[at + k].word == w for k, w in enumerate(phrase)):
            return len(phrase)
    return 0


def _timed_at(tokens: list[Token], at: int) -> bool:
    """A time follows at ``at``: 'in 52 minutes', 'in 1:58:30' — what makes '10k' without an article a race."""
    return tokens[at].kind == "clock" or tokens[at].kind == "number" and _timed(tokens[at + 1])


def _drop_flat(tokens: list[Token], at: int) -> None:
    """'in 52 minutes flat': the time exactly; 'flat' is removed, so the time reads as any other."""
    k = at
    while k < at + 4 and tokens[k].kind != "end" and (tokens[k].kind in ("number", "clock") or _timed(tokens[k])):
        k += 1
    if k > at and tokens[k].word == "flat":
        del tokens[k]


def _race_at(tokens: list[Token], at: int) -> tuple[int, Fraction]:
    """The width and distance of a race's name at ``at`` ('10k', 'half marathon'), or (0, 0)."""
    here, after = tokens[at], tokens[at + 1]
    if here.kind == "number" and after.word == "k" and after.attached and 0 < here.value <= 100:
        return 2, Fraction(here.value)
    if here.word == "marathon":
        return 1, _MARATHONS["marathon"]
    if here.word == "half" and after.word == "marathon":
        return 2, _MARATHONS["half"]
    return 0, Fraction(0)


_CLOCK = frozenset("hour hours hr hrs h minute minutes min mins m second seconds sec secs s".split())


def _timed(unit: Token) -> bool:
    """A race's time follows: hours, minutes or seconds ('5k in 25 minutes'), not months ('5k in 3 months')."""
    return unit.word in _CLOCK or unit.kind == "clock"


_LENGTHS = {"miles": Fraction(1609344, 1000), "mile": Fraction(1609344, 1000), "mi": Fraction(1609344, 1000),
            "km": Fraction(1000), "kilometres": Fraction(1000), "kilometers": Fraction(1000)}  # fmt: skip


def _restated_at(tokens: list[Token], at: int, km: Fraction) -> list[Token] | None:
    """'(13.1 miles)' right after a race: its distance in the user's own unit, within 1% of the race's, and followed
    by 'in' and a time; the number and unit to read in its place, else None."""
    if at + 5 >= len(tokens) or tokens[at].text != "(" or tokens[at + 3].text != ")":
        return None
    number, unit = tokens[at + 1], tokens[at + 2]
    metres = _LENGTHS.get(unit.word)
    if number.kind != "number" or metres is None or tokens[at + 4].word != "in" or not _timed_at(tokens, at + 5):
        return None
    if abs(Fraction(number.value) * metres - km * 1000) > km * 10:
        return None  # '(15 miles)' of a half marathon: not the race's distance, a second number
    return [number, unit]
