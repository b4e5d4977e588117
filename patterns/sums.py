"""Sums: a clause that asks for figures to be worked on without giving any of its own.

"Add up the three regions' sales, and summarise this update: Sales in the north were £48,000, ..." asks for a sum
of the figures in the text the sentence ends with; the clause names what is summed ("the regions' sales"), not
its numbers, so the splitter (``patterns.clauses``) hands it that text too.
"""

from __future__ import annotations

# Verbs that open a sum; "work", "figure" and "count" only with their particle ("work out", "count up").
SUMMING = frozenset("add total sum tally calculate compute average work figure count".split())
_WITH_PARTICLE = frozenset("work figure count".split())


def opens_a_sum(words: list[str]) -> bool:
    """Whether ``words`` (a clause's, lower case, in order) open with a verb of working figures out: "Add up the
    sales", "Total the donations", "Work out the total hours", "Calculate the average score"."""
    if not words or words[0] not in SUMMING:
        return False
    return words[0] not in _WITH_PARTICLE or words[1:2] in (["out"], ["up"])
