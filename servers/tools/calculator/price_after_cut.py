"""An amount said to be what something costs after a percentage off: 'After 20% off it costs $48. What was the
price?' The $48 already has the 20% taken off; taking it off again ($38.40) is confidently wrong. The price before
the cut is read by ``reverse`` when the question asks for it plainly ('the original price', 'before'); any other
reading of such a request is declined here, before a bill or purchase reader would apply the cut again.

The shape: 'after' or 'with' (and 'a' / 'an'), a percentage, 'off' or 'discount', and in the same sentence a verb
of price ('costs', 'is', 'was', 'came to', 'paid') just before the amount, after the cut or before it ('The sofa was
£680 with a 15% discount').
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_LEADS = frozenset({"after", "with"})
_CUTS = frozenset({"off", "discount", "discounted", "reduction"})
_PRICED = frozenset("costs cost is was came comes paid pay sells sold".split())
_STOPS = frozenset(".!?;")
# Said before the cut, only a past verb tells a price paid: 'The sofa was £680 with a 15% discount', while 'The sofa
# is $400 with 10% off' is the price the cut is taken from.
_PAID = frozenset("was were came".split())
_BEFORE_ASKED = frozenset("original originally before full usual normal normally regular undiscounted".split())


def refuse_price_after_cut(tokens: list[Token], start: int, quoted: str) -> None:
    """Decline a request (``quoted`` in the message) whose amount is the price after the percentage off it names."""
    if any(t.word in _BEFORE_ASKED for t in tokens[start:]):
        return  # 'what was the original price?': the price before the cut, which ``reverse`` reads
    for k in range(start, len(tokens) - 3):
        if tokens[k].word not in _LEADS:
            continue
        at = k + 1 + (tokens[k + 1].word in ("a", "an"))
        if tokens[at].kind != "number" or tokens[at + 1].text != "%" or tokens[at + 2].word not in _CUTS:
            continue
        after = range(at + 3, len(tokens) - 1)
        before = range(k - 1, max(start, k - 12) - 1, -1)  # 'The sofa was £680 with a 15% discount'
        if _priced(tokens, after, _PRICED) or _priced(tokens, before, _PAID):
            raise ToolInputError(
                f"I can't work out {quoted}: the amount is the price after the percentage off; ask for the price "
                "before it ('what was the original price?') or give the price before the discount"
            )


def _priced(tokens: list[Token], span: range, verbs: frozenset[str]) -> bool:
    """One of ``verbs`` just before an amount ('was £680', 'came to £90'), stepping over ``span`` to a sentence end."""
    for j in span:
        if tokens[j].text in _STOPS:
            return False
        money = tokens[j + 1].kind == "currency" or tokens[j + 1].word == "to" and tokens[j + 2].kind == "currency"
        if verbs is _PAID and tokens[j + 3].word in ("each", "apiece"):
            return False  # 'They were £89.99 each with 30% off': the ticket price of each, the cut taken from it
        if tokens[j].word in verbs and money:
            return True
    return False
