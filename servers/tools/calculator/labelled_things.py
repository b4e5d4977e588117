"""A figure that names a kind of thing rather than counting anything: 'a 5-star hotel', 'a 2-stroke outboard', 'a
3-day wedding package', 'the 4-wheel drive'.

Glued by a hyphen to a word and said before the thing it describes, the figure labels that thing: the hotel's
nights are priced, not its stars. The request is read again without the label and answered only when that reading
accounts for everything. The label is set aside only when its word says nothing anywhere else in the request: 'a
3-day pass for £45, and I need passes for 9 days' counts days, so the pass's 3 days are kept and the request is
read as it was written (and declined if nothing else reads it).
"""

from __future__ import annotations

from servers.tools.calculator.periods import ADJECTIVES
from servers.tools.calculator.quantities import plural, singular
from servers.tools.calculator.tokens import Token

_OF_PERIOD = {period: adjective for adjective, period in ADJECTIVES.items()}
"""The adjective a period's word is also said by ('day': 'daily'): another way the label's word is used."""


def without_label(text: str, tokens: list[Token]) -> str | None:
    """``text`` without its one 'N-word' label before a thing, or None when it has none or its word is used again."""
    found = [k for k in range(len(tokens) - 3) if _label_at(tokens, k)]
    if len(found) != 1:
        return None  # two labels, or none: which figure counts is not for a reading to guess
    k = found[0]
    word = tokens[k + 2].word
    forms = {word, singular(word), plural(word), _OF_PERIOD.get(singular(word), "")} - {""}
    if any(t.word in forms for j, t in enumerate(tokens) if j != k + 2):
        return None  # 'a 3-day pass ... for 9 days': the label's word counts something else too
    start, end = tokens[k].start, tokens[k + 3].start
    return text[:start] + text[end:]


def _label_at(tokens: list[Token], k: int) -> bool:
    """'5-star hotel' at ``k``: a whole figure, a hyphen and a word glued to it, then a word that is the thing."""
    figure, dash, word, thing = tokens[k : k + 4]
    return (
        figure.kind == "number"
        and figure.text.isdigit()
        and dash.text == "-"
        and dash.attached
        and word.kind == "word"
        and word.attached
        and word.word.isalpha()
        and thing.kind == "word"
        and not thing.attached
        and thing.word.isalpha()
    )
