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
_OWNERS = frozenset("these the my our all following those this last".split())
_LABEL = 6
_NOT_ADDED = frozenset("up together discount discounts percentages percentage rates rate off".split())


def solve_added_list(tokens: list[Token], start: int) -> Solution | None:
    """The total of a labelled list asked to be added up; None when the request is not one."""
    adding = next((len(p) for p in _ADDING if [t.word for t in tokens[start : start + len(p)]] == list(p)), 0)
    at = start + adding
    if adding > 1 and _bare_list(tokens, at):
        return _as_total(tokens, start, at)  # 'add up 12.99 4.50 7.25': the list straight after, no label
    if not adding or not _owner(tokens[at]):
        return None
    label = at
    while _labelling(tokens, label) and label - at <= _LABEL:
        if tokens[label].word in _NOT_ADDED:
            return None  # 'add the discounts up': discounts off what, or a sum of them? percentages do not add
        label += 1
    if label - at > _LABEL or not _list_opens(tokens, label):  # not a dash: "- $18.40" would read as negative
        return None
    return _as_total(tokens, start, at)


def _as_total(tokens: list[Token], start: int, at: int) -> Solution | None:
    """The request read as 'the total of' the list from ``at``."""
    total = Token("word", "total", tokens[start].start)
    of = Token("word", "of", tokens[start].start)
    return solve_statistics([*tokens[:start], total, of, *tokens[at:]], start)


def _bare_list(tokens: list[Token], i: int) -> bool:
    """Two numbers or amounts straight after 'add up' ('add up 12.99 4.50', 'tot up £5, £7'): the list itself."""
    first, second = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else tokens[i]
    if second.text == ",":
        second = tokens[i + 2] if i + 2 < len(tokens) else second
    return first.kind in ("number", "currency") and second.kind in ("number", "currency")


def _owner(token: Token) -> bool:
    """'these', 'my', "tonight's", "this week's": the word that opens the list's label."""
    word = token.word
    return word in _OWNERS or token.kind == "word" and word.endswith("'s") and word[:-2].isalpha()


def _labelling(tokens: list[Token], i: int) -> bool:
    """A word of the label, or its count ('these three invoices', which the statistics reader checks)."""
    token = tokens[i]
    if token.kind == "word":
        return True
    return token.kind == "number" and 0 < i < len(tokens) - 1 and tokens[i + 1].kind == "word"


def _list_opens(tokens: list[Token], i: int) -> bool:
    """The label ends at a colon, or at a comma with the list's first amount straight after it."""
    if tokens[i].text == ":":
        return True
    if tokens[i].text != "," or i + 1 >= len(tokens):
        return False
    return tokens[i + 1].kind in ("currency", "number")
