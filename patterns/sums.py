"""Sums: a clause that asks for figures to be worked on without giving any of its own.

"Add up the three regions' sales, and summarise this update: Sales in the north were £48,000, ..." asks for a sum
of the figures in the text the sentence ends with; the clause names what is summed ("the regions' sales"), not
its numbers, so the splitter (``patterns.clauses``) hands it that text too.
"""

from __future__ import annotations

import re

# Verbs that open a sum; "work", "figure" and "count" only with their particle ("work out", "count up").
SUMMING = frozenset("add total sum tally calculate compute average work figure count".split())
_WITH_PARTICLE = frozenset("work figure count".split())
# Words before the verb that only ask politely ("could you please total up ...").
_POLITE = frozenset("please can could would will you just kindly".split())


def opens_a_sum(words: list[str]) -> bool:
    """Whether ``words`` (a clause's, lower case, in order) open with a verb of working figures out: "Add up the
    sales", "Total the donations", "Work out the total hours", "Calculate the average score"."""
    if not words or words[0] not in SUMMING:
        return False
    return words[0] not in _WITH_PARTICLE or words[1:2] in (["out"], ["up"])


# A figure a sum may add: "120 ml", "£385.50", "7.5" (a number, with its thousands and decimals).
_FIGURE = re.compile(r"(?<![\w.,])[$\u20ac\u00a3\u00a5]?\d[\d,]*(?:\.\d+)?")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_ADDED_TO = re.compile(r"\b(?:to|onto|into)\s+(?:the|my|our|your|a|an|this|that)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[a-z)])[.!?]\s+(?=[A-Z])")
_SUM_UP = re.compile(r"^\W*(?:(?:please|can|could|would|you|just)\s+)*sum\s+(?:\w+\s+){0,2}?up\b", re.IGNORECASE)
MIN_FIGURES = 3
"""A sum that lists at least this many figures of its own works on them, whatever else its words name."""


def sums_its_own_figures(clause: str) -> bool:
    """Whether ``clause`` opens with a verb of working figures out and lists figures of its own to work on ("Add
    up these fluid intakes, 120 ml, 90 ml, 150 ml and 110 ml"): a sum, though "these" reads like a text's."""
    head = _SENTENCE_END.split(clause[:400], 1)[0]  # the figures it lists, not a text's ("Sum this up: <text>")
    words = _WORD.findall(head.lower())
    if _SUM_UP.match(head):
        return False  # "sum it up" asks for a summary
    polite = 0
    while polite < len(words) and words[polite] in _POLITE:
        polite += 1
    if not opens_a_sum(words[polite:]) or len(_FIGURE.findall(head)) < MIN_FIGURES:
        return False
    # "Add these items to the shopping list: 2 eggs, 3 apples, 4 pears": adding to a place is no sum
    before = _FIGURE.split(head, 1)[0]
    return _ADDED_TO.search(before) is None


def with_listed_figures(clause: str) -> str:
    """``clause``, a sum of the figures it lists after a comma ("Add up these fluid intakes, 120 ml, 90 ml and 110
    ml"), with that comma said as the colon that hands the figures over ("Add up these fluid intakes: 120 ml, ..."),
    as a calculator reads a list; any other clause as it is."""
    if ":" in clause or not sums_its_own_figures(clause):
        return clause
    first = _FIGURE.search(clause)
    if first is None:
        return clause
    lead = clause[: first.start()]
    cut = lead.rstrip()
    if not cut.endswith(",") or _FIGURE.search(cut) is not None:
        return clause
    return f"{cut[:-1]}: {clause[first.start() :]}"
