"""Chained sums: a request that states a figure and orders operations on it, one after another, is one sum.

"Jockey wheels are $18 a pair. Take 20% off and then add 7% sales tax. What does the customer pay?", "Test scores
were 72, 85, 90 and 64. Add them up then divide by 4.": the "then" sequences steps of one calculation, not jobs for
two workers, and the subject that opens it ("Jockey wheels", "Test scores") names what the figures are of, not who
should act. ``orders_operations`` says whether a stretch of a request is such a sum: it gives a figure, a sentence
of it opens with an arithmetic order ("take 20% off", "knock 15% off", "add VAT", "divide by 4", "double it", "work
it out"), and
it asks no job of another kind (write, email, summarise, check, translate ...), whose "then" still starts a step.
Bounded and linear: at most ``SCAN`` characters are read, every pattern is a plain alternation.
"""

from __future__ import annotations

import re

SCAN = 600
"""Only this much of a stretch is read."""

_FIGURE = re.compile(r"\d")
# The stretches an order may open: sentences, and what follows a comma, "then" or "and" ("..., and add them up").
_STRETCHES = re.compile(r"(?:[^.?!,;\s]|\s(?!then\b|and\b))+")
# An order of arithmetic, after at most a courtesy or a link: "take 20% off", "knock off 5%", "add 7% sales tax".
_OPERATION = re.compile(
    r"^\s*(?:(?:and|then|so|now|please|pls|next|after\s+that|finally)[\s,]+){0,3}"
    r"(?:take|knock|subtract|deduct|minus|divide|multiply|times|double|halve|triple|treble|add|apply|round"
    r"|increase|decrease|reduce|raise|cut|discount|square|split|remove|less|calculate|compute"
    # "Freight is 1850 kg at 3.40 kr per kg. Work it out": the sum of the figures just told
    r"|work\s+(?:it|that|this|them|(?:the|my|our)\s+\w+)\s+out|figure\s+(?:it|that|this)\s+out)\b",
    re.IGNORECASE,
)
# What the order works on: a share, a figure in money, "by 4", or the figures before ("it", "them", "the total");
# "Add Sam to the 3pm meeting" orders nothing of the kind.
_OPERAND = re.compile(
    r"%|\bper\s*cent\b|[$£€]\s?\d|\bby\s+(?:a\s+)?(?:\d|half|quarter|third)"
    r"|\b(?:it|them|that|this|everything|the\s+(?:total|result|lot|sum|price|cost|figure|amount))\b"
    r"|^\W*(?:double|halve|triple|treble|square)\b\W*$|\b(?:vat|gst|tax)\b",
    re.IGNORECASE,
)
# A closing question that asks the result and gives no figure: "What do I pay?", "What's the final price?".
_RESULT_ASKED = re.compile(
    r"^\s*(?:so\s+|and\s+|then\s+)?(?:how\s+much\b|what(?:'s|\s+is|\s+are|\s+will\s+be|\s+would\s+be)?\s+"
    r"(?:the\s+|my\s+|our\s+)?(?:final\s+|new\s+|total\s+)?(?:total|price|cost|bill|amount|answer|result|dose|figure)\b"
    r"|what\s+(?:do|does|did|will|would|should)\s+(?:i|we|they|he|she|you|(?:the|my|our|each)\s+\w+)\s+"
    r"(?:\w+\s+)?(?:pay|owe|get|charge|spend|end\s+up\s+with|have)\b"
    # "What's left to pay?", "What is still outstanding?": what remains after the operations
    r"|what(?:'s|\s+is|\s+are)\s+(?:still\s+)?(?:left|remaining|outstanding|owed|owing|due)\b)",
    re.IGNORECASE,
)
# Another job's verb anywhere in the stretch: its "then" starts a step of that job.
_JOB = re.compile(
    r"\b(?:write|writes|email|e-mail|send|draft|summari[sz]e|summary|check|verify|fact-check|translate|post|tweet"
    r"|tell|explain|research|look\s+up|find\s+out|review|plot|chart|graph|compose|reply|text|message|remind|note"
    r"|list|caption|poem|letter|memo|announce|announcing|proofread|rewrite|edit|search)\b",
    re.IGNORECASE,
)


def orders_operations(text: str) -> bool:
    """Whether ``text`` gives a figure and orders arithmetic on it in a sentence of its own, asking no other job
    ("Brake pads are £24 a set. Knock 15% off then add VAT at 20%"); not "Take 30% off, then write an email"."""
    head = text[:SCAN]
    if _FIGURE.search(head) is None or _JOB.search(head) is not None:
        return False
    return any(_OPERATION.match(s) and _OPERAND.search(s) for s in _STRETCHES.findall(head))


def asks_its_result(clause: str) -> bool:
    """Whether ``clause`` asks only for a sum's result, giving no figure ("What do I pay?", "What's the total?")."""
    head = clause.strip()[:120]
    return _FIGURE.search(head) is None and _RESULT_ASKED.match(head) is not None


__all__ = ["asks_its_result", "orders_operations"]
