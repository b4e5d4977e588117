"""A list asked to be added up with a label before it: 'Add up these costs: £145, £89.50 and £230' → £464.50. The
label ('these costs', 'the following amounts', 'my receipts') names the numbers; the request is read as 'the total
of these costs: ...' by the statistics reader, which accounts for every number of the list and declines anything
else said in it.
"""

from __future__ import annotations

from servers.tools.calculator.measures import solve_statistics
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_ADDING = (("add", "up"), ("add", "together"), ("total", "up"), ("tot", "up"), ("sum", "up"), ("add",))
_OWNERS = frozenset("these the my our all following those".split())
_LABEL = 3
_NOT_ADDED = frozenset("up together discount discounts percentages percentage rates rate off".split())


def solve_added_list(tokens: list[Token], start: int) -> Solution | None:
    """The total of a labelled list asked to be added up; None when the request is not one."""
    adding = next((len(p) for p in _ADDING if [t.word for t in tokens[start : start + len(p)]] == list(p)), 0)
    at = start + adding
    if not adding or tokens[at].word not in _OWNERS:
        return None
    label = at
    while tokens[label].kind == "word" and label - at <= _LABEL:
        if tokens[label].word in _NOT_ADDED:
            return None  # 'add the discounts up': discounts off what, or a sum of them? percentages do not add
        label += 1
    if tokens[label].text != ":" or label - at > _LABEL:  # not a dash: "- $18.40" would read as negative
        return None
    total = Token("word", "total", tokens[start].start)
    of = Token("word", "of", tokens[start].start)
    return solve_statistics([*tokens[:start], total, of, *tokens[at:]], start)
