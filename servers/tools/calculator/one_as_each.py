"""A rate told of one thing, said again as of each: 'One distillation batch takes 40 minutes. Yesterday we did 27
batches. How many hours?', 'For one gata cake I need 350 g butter. For 6 cakes how many kg?', 'from one bottle of
sidra I pour 6 culinos. Tonight we opened 96 bottles.'.

'One batch takes 40 minutes', opening a sentence, says what each batch takes when the request then counts the
batches ('27 batches'): the readers of rates know it said with 'each' ('Each batch takes 40 minutes'), so it is
read again so. 'One' is read as 'each' only when the thing it names is counted again later in the request with a
number before it, and nothing sets one of them against another ('one ... the other', 'another', 'the rest',
'second'), where 'one' picks a single thing out. A unit ('For one day of soup I use 18 kg') is no thing counted:
its rates are read as rates elsewhere.
"""

from __future__ import annotations

import re

from servers.tools.calculator.inert import stems
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_ONE = re.compile(
    r"(?:^|(?<=[.!?:;,]\s))(?P<lead>(?:for|from|in|on|with)\s+)?one\s+(?P<head>(?:[\w'-]+\s+){0,2})", re.IGNORECASE
)
_SET_AGAINST = re.compile(r"\b(?:other|others|another|rest|second|both|either|neither|first|last)\b", re.I)
_COUNTED = re.compile(r"\b\d[\d,.]*\s+(?:[\w'-]+\s+){0,2}?(?P<noun>[\w'-]+)")


def as_each(text: str, tokens: list[Token]) -> str | None:
    """``text`` with a rate told of 'one' thing said of 'each', or None when it tells none (see above); ``tokens``,
    as written, must hold the word 'one'."""
    if not any(t.text.lower() == "one" for t in tokens):
        return None
    if _SET_AGAINST.search(text[:2_000]):
        return None
    found = _ONE.search(text[:2_000])
    if found is None:
        return None
    if any(lookup(word.lower()) is not None for word in found["head"].split()):
        return None  # 'For one day of soup I use 18 kg': a unit, whose rates are read as such elsewhere
    named = {s for word in found["head"].split() for s in stems(word.lower())}
    later = text[found.end() :]
    if not any(named & stems(m["noun"].lower()) for m in _COUNTED.finditer(later[:2_000])):
        return None
    lead = found["lead"] or ""
    one = text[found.start() + len(lead)]
    return f"{text[: found.start()]}{lead}{'Each' if one.isupper() else 'each'} {found['head']}{later}"
