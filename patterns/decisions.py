"""Decisions: a choice about the user's own money is weighed in sums.

"Should I pay off my mortgage early or put the money into index funds instead?", "Is it worth me registering for
VAT this year?", "How much should I save for retirement?": the user asks what to do with their money, and the
answer is a comparison of what each choice costs or earns over time. That is the calculator's work: it asks for
the figures when the request does not give them (a rate, a balance, a term), and declines to advise beyond them.
The words of such a question ("mortgage", "fund", "VAT") read like a topic to look up or a text to summarize, and
its "Should I ..." is no form the ranker knows, so it went to the summarizer or the fact checker.

``decision_head`` reads the question's opening as asking for advice on a choice ("Should I/we ...", "Is it better
/ worth / cheaper ...", "Would I be better off ...", "How much should I save / charge / invest ...") and its words
as naming the user's money. Both must hold: advice on anything else ("Should I bring an umbrella?", "Is it worth
visiting Rome in August?") keeps its reading, and so does a money question that asks for no choice ("What's a good
interest rate on savings?") or asks which thing to buy ("Which stocks should I buy this week?": a pick among things
in the world, not a sum). Bounded: the opening is read.
"""

from __future__ import annotations

import re

SCAN = 240
"""Only this much of a request's opening is read."""

_ADVICE = re.compile(
    r"^(?:(?:so|ok|okay|honestly|quick\s+one|be\s+honest)[\s,:]+)?(?:"
    r"(?:should|shall)\s+(?:i|we)\b"
    r"|is\s+it\s+(?:better|worth|smarter|wiser|cheaper|best|a\s+good\s+idea)\b"
    r"|(?:would|will|am|are)\s+(?:i|we)\s+(?:be\s+)?better\s+off\b"
    r"|how\s+much\s+should\s+(?:i|we)\s+(?:save|charge|invest|budget|borrow|offer|ask|put\s+aside|set\s+aside"
    r"|put\s+away|pay\s+into|pay\s+myself|pay\s+ourselves)\b"
    r")",
    re.IGNORECASE,
)
# Words that name the user's money, or what is done with it ("spending 300 on a motor"; not "spend the weekend").
_MONEY = re.compile(
    r"\b(?:mortgage|mortgages|loan|loans|debt|debts|overpay|overpaying|index\s+funds?|funds?|savings|save|saving"
    r"|invest|investing|investment|investments|stocks?|shares|pension|isa|credit\s+card|interest|vat|tax|rent"
    r"|renting|lease|leasing|remortgage|retirement|salary|bonus|money|cash|charge|price|deposit|premium"
    r"|[$\u00a3\u20ac]\s?\d|spend(?:ing)?\s+(?:[$\u00a3\u20ac]\s?)?\d)",
    re.IGNORECASE,
)


def decision_head(instruction: str) -> str | None:
    """A choice about the user's money said as the sum it weighs ("Should I pay off my mortgage early or invest?"
    -> "Calculate the mortgage and invest sums"); ``None`` for any other request."""
    head = instruction.strip()[:SCAN]
    if _ADVICE.match(head) is None:
        return None
    # what the sums are of, named alone: the rest of the question ("a customer", "this week") is no one's topic
    money = list(dict.fromkeys(found.group(0).lower() for found in _MONEY.finditer(head)))
    return f"Calculate the {' and '.join(money)} sums" if money else None


__all__ = ["decision_head"]
