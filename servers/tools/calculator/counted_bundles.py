"""A bundle named by the count of what it holds, written onto the thing counted: 'a 10-class pass', 'a 12-visit
card', 'a 5-session block'.

'A 10-class pass at my studio is €135. What's that per class?': the pass holds ten classes. The readers know the
bundle said the long way ('a pass of 10 classes'), so the request is read again in those words and answered only
when that reading accounts for everything. Only a whole count of two or more, glued by a hyphen to a plain singular
noun that is no unit ('10-mile' is a length), and then a word that names a bundle, is read so. Any other thing
sized by what it holds ('a 21,300-word manual') is that amount, said so by ``sized_things``.
"""

from __future__ import annotations

from servers.tools.calculator import sized_things
from servers.tools.calculator.quantities import lookup, plural
from servers.tools.calculator.tokens import Token

_BUNDLES = frozenset(
    "pass passes card cards pack packs bundle bundles block blocks book books course courses membership package "
    "packages voucher vouchers ticket tickets plan plans".split()
)
"""Words that name a bundle of things bought together: the count before them says how many it holds."""


def spelled_out(text: str, tokens: list[Token]) -> str | None:
    """``text`` with its 'N-thing bundle' said as 'bundle of N things', or None when it has none."""
    for k in range(len(tokens) - 3):
        count, dash, thing, bundle = tokens[k : k + 4]
        if count.kind != "number" or dash.text != "-" or not dash.attached or not thing.attached:
            continue
        if count.value.denominator != 1 or count.value < 2 or bundle.word not in _BUNDLES or bundle.attached:
            continue
        noun = thing.word
        if thing.kind != "word" or not noun.isalpha() or lookup(noun, short=False) is not None:
            continue
        said = f"{bundle.text} of {count.text} {plural(noun)}"
        return text[: count.start] + said + text[bundle.start + len(bundle.text) :]
    return sized_things.as_amount(text, tokens)  # 'for a 21,300-word manual': for 21,300 words
