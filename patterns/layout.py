"""Layout: a sentence that only says how the answer before it is to be laid out, which is no job of its own.

"What are the 3 key points of this recall notice? Give them as bullet points.", "Summarize this memo. Keep it to
two sentences.", "What does the letter ask for? Put them in a numbered list, please.": the second sentence names
no topic and orders no new work; it shapes the answer the sentence before it asks for. Sent to a specialist of its
own it is a fragment nobody can answer ("Give them as bullet points" reads like a research question), and the
text that follows the two ("Brightway Foods is recalling ...") would lose the instruction that pointed at it.

``lays_out_the_answer`` reads one sentence whole: it must open with a verb of giving or keeping (or with the
layout itself: "Bullet points please."), name at most what it lays out ("them", "it", "the points"), and end with a
layout (bullets, a numbered list, a table, N sentences or lines). Anything more ("Put them in a table for my
manager and email it") is a job, and stays one. Linear: one anchored pattern over a bounded sentence.
"""

from __future__ import annotations

import re

from patterns.jobs import limits_the_text

SCAN = 160
"""A sentence longer than this says more than a layout."""

_COUNT = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
_SHAPE = (
    r"(?:(?:a\s+|an\s+)?(?:short\s+|simple\s+|quick\s+|clear\s+|neat\s+)?"
    r"(?:bullet(?:ed)?[\s-]*(?:points?|list)|bullets|dot\s+points|numbered\s+(?:list|points)|list|table|"
    r"(?:numbered\s+)?steps)"
    rf"|{_COUNT}\s+(?:short\s+)?(?:bullet(?:ed)?[\s-]*points?|bullets|points|sentences?|lines?|paragraphs?))"
)
# what the sentence lays out: the answer before it, by a pronoun or by what it is ("the points", "the answer")
_WHAT = (
    r"(?:(?:me\s+)?(?:them|it|these|those|the\s+(?:points|answer|results?|list|summary|main\s+points|key\s+points)))"
)
_LAYOUT = re.compile(
    r"^(?:please\s+|and\s+|also\s+|just\s+)*(?:(?:can|could|would)\s+you\s+)?"
    r"(?:"
    # "Give them as bullet points", "Put it in a table", "Format the answer as a numbered list", "Use bullet points"
    rf"(?:give|list|put|format|present|show|write|lay\s+out|set\s+out|return|do|have|send|break|split|turn)\s+"
    rf"(?:{_WHAT}\s+)?(?:as|in|into|with|using|like)\s+{_SHAPE}"
    rf"|(?:give\s+me|use|make\s+(?:it|them))\s+{_SHAPE}"
    # "Keep it to two sentences", "Limit them to 3 bullets"
    rf"|(?:keep|limit|cap)\s+{_WHAT}\s+to\s+{_SHAPE}"
    # "Bullet points please.", "As a numbered list.", "In a table, please."
    rf"|(?:as|in)\s+{_SHAPE}|{_SHAPE}"
    r")(?:\s*,?\s*(?:please|pls|thanks|thank\s+you))?[\s.!?]*$",
    re.IGNORECASE,
)


def lays_out_the_answer(sentence: str) -> bool:
    """Whether ``sentence`` only says how the answer asked for before it is laid out ("Give them as bullet points.",
    "Keep it to two sentences.", "As a numbered list, please."): a remark on that answer, no job of its own."""
    text = sentence.strip()
    return len(text) <= SCAN and _LAYOUT.match(text) is not None


def shapes_the_answer(sentence: str) -> bool:
    """Whether ``sentence`` only says how long the answer before it is (``jobs.limits_the_text``: "Max 50 words.")
    or how it is laid out (``lays_out_the_answer``)."""
    return limits_the_text(sentence) or lays_out_the_answer(sentence)


def with_its_shape(instruction: str, text: str) -> str:
    """The instruction a part gives, with the remark on its answer's shape when ``text`` is only the two ("What are
    the key points of this notice? Give them as bullet points."): what the part asks, however it wants it laid
    out, so the statements after it are still what it points at. Otherwise ``instruction`` as it is."""
    rest = text[len(instruction) :].lstrip(" .?!") if text.startswith(instruction) else ""
    return text if rest and shapes_the_answer(rest) else instruction


__all__ = ["lays_out_the_answer", "shapes_the_answer", "with_its_shape"]
