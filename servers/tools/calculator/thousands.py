"""A bare number written with a small 'k' for thousands: 'sales went from 1.2k to 1,530' is 1,200, 'invoiced
3.2k, 4,150 and 2800' is 3,200.

The tokenizer reads '1.2k' as a number and the letter k, which the units would take for kelvin. Where the request
says nothing of temperature, a lowercase 'k' written on its number (no space) is read as a thousand of it — the
way people write amounts in a hurry. So is a capital 'K' ('2.5K + 300', 'salary 45K'), unless the request talks of
warmth or light ('300K in C', 'a 2700K bulb'), where it may be kelvin and stays; an amount with a currency sign is
already scaled by the amounts ('£10k'); a race named by its 'k' ('my first 5k', 'a 10k run') stays a distance.
The tokens are replaced in place, so every reader sees the number it means.

A small 'p' written on a number under a thousand is pence, the way prices are written in Britain ('45p a mile',
'24.5p per kWh'): the number becomes its amount in pounds ('45p' is £0.45), so it is one currency with the
pounds said beside it ('85p a bag or 3 for £2'); '1080p' is no price.
"""

from __future__ import annotations

from servers.tools.calculator.numbers import format_number
from servers.tools.calculator.tokens import Token

_TEMPERATURE = frozenset("temperature temperatures degree degrees celsius centigrade fahrenheit kelvin °".split())
_WARMTH = frozenset(
    "c f hot hotter cold colder warm warmer cool cooler freezing boiling heat heated cooling heating thermal absolute "
    "star stars sun surface bulb bulbs light lighting led colour color".split()
)
"""Talk of warmth, or of a light's colour (a '2700K bulb'): a capital K on a number may then be kelvin, and stays."""
_RACE_BEFORE = frozenset("a an the my our his her their your first second last next fastest usual weekly".split())
_RACE_AFTER = frozenset("run runs race races walk walks fun time times pace pb route".split())


def scale_thousands(tokens: list[Token]) -> None:
    """Replace, in place, each bare number with an attached 'k' by the number of thousands it says; a capital 'K'
    only where nothing talks of warmth or light, where kelvin could be meant ('2.5K + 300' is 2,800)."""
    if any(t.word in _TEMPERATURE or t.text in _TEMPERATURE for t in tokens):
        return
    marks = ("k", "K") if not any(t.word in _WARMTH for t in tokens) else ("k",)
    i = 0
    while i < len(tokens) - 2:
        here, k = tokens[i], tokens[i + 1]
        if here.kind == "number" and k.text in marks and k.attached and _bare(tokens, i) and not _race(tokens, i):
            tokens[i : i + 2] = [Token("number", here.text + "k", here.start, here.value * 1000)]
        i += 1


def name_pence(tokens: list[Token]) -> None:
    """Replace, in place, each small 'p' written on a number under a thousand by the amount in pounds ('45p' is
    '£0.45'), so a price in pence and one in pounds are one currency. In an equation ('solve 3p + 4 = 10') a
    letter on a number is its unknown, so nothing is replaced."""
    if any(t.text == "=" for t in tokens):
        return
    i = 0
    while i < len(tokens) - 2:
        here, p = tokens[i], tokens[i + 1]
        if here.kind == "number" and p.text == "p" and p.attached and 0 < here.value < 1000:
            pounds = here.value / 100
            tokens[i : i + 2] = [
                Token("currency", "£", here.start, "GBP"),
                Token("number", format_number(pounds), here.start, pounds, attached=True),
            ]
        i += 1


def _bare(tokens: list[Token], at: int) -> bool:
    """No currency sign before the number (the amounts scale '£3.2k' themselves) and a positive value."""
    return tokens[at].value > 0 and (at == 0 or tokens[at - 1].kind != "currency")


def _race(tokens: list[Token], at: int) -> bool:
    """'my first 5k', 'a 10k run': a race named by its distance, not thousands."""
    before = tokens[at - 1].word if at > 0 else ""
    # 'in' and a number after it is a race's time ('5k in 25 minutes') or leaves it in doubt ('5k in 3 months');
    # 'in' and a name is when ('2.4k in May')
    timed = tokens[at + 2].word == "in" and at + 3 < len(tokens) and tokens[at + 3].kind == "number"
    return before in _RACE_BEFORE or tokens[at + 2].word in _RACE_AFTER or timed
