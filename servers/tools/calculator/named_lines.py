"""A question that names one line of a story of purchases asks for that line, not the whole.

'Parts £800 and labour 2 days at £250 a day. What's the labour cost?' asks for £500, the labour alone; the sum of
the lines (£1,300) would be a confident wrong answer. When a word of the question labels some of the story's
amounts of money but not all of them, and the question does not ask for the whole ('total', 'altogether'), the
story is no plain total and the sum declines. A question naming every line
('How much did the shirts cost?' of '3 shirts at £12 each') or none ('What's the total?') is still a total.
"""

from __future__ import annotations

from servers.tools.calculator.frames import QUESTION_WORDS
from servers.tools.calculator.givens import Given
from servers.tools.calculator.quantities import is_money
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_PLAIN = frozenset(
    "cost costs bill price paid pay spend spent owe figure quote final should actually each per for with of and at "
    "in on to from after before much many give gave them then she he her him his they their you your".split()
)
"""Words of asking that name no line: what an amount is called, the little words around it, and who pays."""
_WHOLE = frozenset("total whole overall altogether all lot everything grand sum".split())
"""Words that ask for the whole: 'the total fees for the whole thing' is every line, whatever else it names."""
_NEAR = 3  # words either side of a number that may label it


def one_line_asked(tokens: list[Token], start: int, givens: list[Given]) -> bool:
    """Whether the question names a label said beside some, but not all, of the amounts of money before it."""
    question = question_start(tokens, start)
    told = [g for g in givens if g.start < question and is_money(g.quantity.measure)]
    asked = {t.word for t in tokens[question:] if t.kind == "word" and t.word.isalpha() and len(t.word) > 2}
    if len(told) < 2 or asked & _WHOLE:
        return False
    asked -= QUESTION_WORDS | _PLAIN
    named = {k for k, g in enumerate(told) for w in asked if w in g.before[-_NEAR:] or w in g.after[:_NEAR]}
    return 0 < len(named) < len(told)
