"""Hand-off: what a later step receives of an earlier step's result.

A step that depends on another (a supervisor's dependent task, a pipeline's next stage) works on the earlier
step's *answer*, not on everything the earlier worker said. A calculator answers "126" and then shows its working
("result: 126", "problem: ...", "steps: ..."); a writer asked to "tell Jo that this amount is her bonus" needs the
126, and handed the working it writes the working into the message.

The contract, the same for every pattern:

- a worker that states its answer apart from its working does so in a structured data part with a scalar
  ``answer`` field (``{"answer": "225 minutes", "result": 225, "steps": [...]}``): that answer, as text, is what
  is handed on;
- otherwise the whole text is handed on: a summary, a review, a draft is its own answer, every line of it.

The later step still gets the earlier result whole as structured data (``request.data``), so nothing is lost for
a worker that reads it; only the text it is asked to work on is the answer.
"""

from __future__ import annotations

from patterns.worker import Result

ANSWER = "answer"
"""The data field in which a worker states its answer apart from its working."""
MAX_ANSWER_CHARS = 4_000
"""A stated answer longer than this is no short answer: the whole text is handed on instead."""


def handed_on(result: Result) -> str:
    """The text a step that depends on ``result`` works on: its stated answer, or else its whole text."""
    for part in result.data:
        stated = part.get(ANSWER)
        if isinstance(stated, bool) or not isinstance(stated, str | int | float):
            continue
        text = stated.strip() if isinstance(stated, str) else _number(stated)
        if text and len(text) <= MAX_ANSWER_CHARS:
            return text
    return result.text


def _number(value: int | float) -> str:
    """A number as a person writes it: 126, not 126.0; 0.1, not 0.1000000000000000055."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value) if isinstance(value, int) else f"{value:.10g}"
