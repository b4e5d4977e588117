"""An amount of money said again in brackets with another value: 'the tombola £95 (£59 after the float)'.

The bracket tells the same line in other terms (after costs, before tax, in another currency), so the story has
two amounts for one thing and does not say which one a total or a share should use. Read as a list, both are
added (£310 + £95 + £59 + £142 = £606, for a raffle that made £511 or £475); so the request is declined with
what to say instead. The same amount said again ('£203 (£203, a record)') is a restatement, read elsewhere.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError


def refuse_bracketed_amount(tokens: list[Token], quoted: str) -> None:
    """Decline the request (``quoted`` as the decline shows it) when an amount of money opens brackets straight
    after another amount of money of a different value."""
    for k in range(len(tokens) - 4):
        first, bracket, currency, second = tokens[k], tokens[k + 1], tokens[k + 2], tokens[k + 3]
        if not (first.kind == "number" and k and tokens[k - 1].kind == "currency"):
            continue
        if bracket.text == "(" and currency.kind == "currency" and second.kind == "number":
            if second.value != first.value:
                raise ToolInputError(
                    f"I can't work out {quoted}: it gives {tokens[k - 1].text}{first.text} and, in brackets, "
                    f"{currency.text}{second.text} for the same thing. Say which amount to use and ask again."
                )
