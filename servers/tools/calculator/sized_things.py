"""A thing named by how much it holds, asked about as a whole: 'How many working days for a 21,300-word manual?',
'How much malt do I need for a 1,200 litre brew?'.

'a 21,300-word manual' is 21,300 words, and 'a 1,200 litre brew' 1,200 litres: the thing that holds them adds
nothing to the sum. The readers know the amount said plainly ('for 21,300 words'), so the request is read again in
those words and answered only when that reading accounts for every number.

Only a thing after 'for', 'of', 'in' or 'on' and an article or owner reads so (what a question asks about, not
the story's subject), sized by a count above zero and a unit or a plain singular noun ('word', 'page'), and named
by one plain word that is no unit itself ('a 5-day week' is a period, read with its own count elsewhere). A
length sizes a thing across ('a 12-inch pizza'), not what it holds, and is left as it is.
"""

from __future__ import annotations

from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import lookup, plural, singular
from servers.tools.calculator.tokens import Token

_BEFORE = frozenset("for of in on".split())
_ARTICLES = frozenset("a an one the my our this that".split())


def as_amount(text: str, tokens: list[Token]) -> str | None:
    """``text`` with its one 'a N-thing holder' said as 'N things', or None when it has none (or several)."""
    found: list[tuple[int, int, str]] = []
    for k in range(2, len(tokens) - 3):
        if tokens[k].kind != "number" or tokens[k].value <= 0:
            continue
        if tokens[k - 1].word not in _ARTICLES or tokens[k - 2].word not in _BEFORE:
            continue
        j = k + 1
        if tokens[j].text == "-" and tokens[j].attached:
            j += 1
        thing, holder = tokens[j], tokens[j + 1]
        if thing.kind != "word" or not thing.word.isalpha() or holder.kind != "word" or not holder.word.isalpha():
            continue
        measure = lookup(thing.word, short=False)
        unit = measure is not None and measure.dimension != "length"  # 'a 12-inch pizza' is across, not held
        plain = measure is None and thing.attached and inert(thing) and singular(thing.word) == thing.word
        if not (unit or plain):
            continue  # 'a 3-hour', 'a 21,300-word': a unit or a plain thing counted, said as one
        if lookup(holder.word, short=False) is not None or not inert(holder):
            continue  # 'a 5-day week' is a period, 'a 2-litre bottle each' may say how it is priced
        found.append((k - 1, j + 2, f"{tokens[k].text} {plural(thing.word)}"))
    if len(found) != 1:
        return None
    begin, end, said = found[0]
    return text[: tokens[begin].start] + said + text[tokens[end - 1].start + len(tokens[end - 1].text) :]
