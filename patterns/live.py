"""Questions about the world as it is now: today's weather, the share price right now, tonight's headlines.

"What's the weather in Lisbon right now?", "Will it snow in Oslo this Friday?", "Get today's bitcoin price in
euros": the request asks what holds at a time counted from today (``asks_about_now``). It is a question about
the world, like who or when, so it is the researcher's kind of question (it answers about the world, and says
so when its library holds nothing that current) and never a text to write, a claim to check or a sum to work
out: its words ("price", "forecast", "rate", "score") only sound like one. A request that gives the numbers to
work on ("today's total is $84, add a 15% tip") or opens with its own verb ("Write a post about today's
weather") is something else, and is not read so.
"""

from __future__ import annotations

import re

from patterns.forms import MAX_NUMBER_SCAN, question_form

# A time counted from the moment of asking: "today", "tonight", "right now", "this weekend", "next Tuesday", "the next
# train".
_NOW = re.compile(
    r"\b(?:today|today's|todays|tonight|tonight's|tomorrow|tomorrow's|tomorrows|right\s+now|at\s+the\s+moment"
    r"|currently|current|latest|this\s+(?:morning|afternoon|evening|weekend|week)"
    r"|(?:this|next|on)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)"
    # "when's the next train to Leeds": the next of a timetable is counted from now
    r"|(?:the\s+)?next\s+(?:train|bus|tram|coach|ferry|boat|flight|departure|service|match|game|fixture|kick-off"
    r"|showing|screening|high\s+tide|low\s+tide)s?)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")


# A request that asks without a question word: "Tell me tomorrow's weather", "Get today's bitcoin price".
_ASKING_VERBS = frozenset("tell get give show fetch".split())
_POLITE = re.compile(r"^(?:(?:please|can|could|would|will|you|just)\s+){0,4}", re.IGNORECASE)
# "will it rain in accra tomorrow", "is it going to snow in oslo this weekend": a question typed without its mark,
# known by its opening (a verb, then what it asks about)
_UNMARKED = re.compile(r"^\s*(?:will|is|are|does|do|did|was|were)\s+(?:it|there|the|we|they|i)\b", re.IGNORECASE)


def asks_about_now(instruction: str) -> bool:
    """Whether ``instruction`` (a request read without its material; see ``patterns.reading``) asks something (a
    question, or "tell me", "get") about a time counted from now, and gives no number to work on. The caller rules
    out instructions that open with a verb of their own ("Write a tweet about today's weather") and requests that
    point at a text ("give me the gist of this before I go tomorrow")."""
    head = instruction[:MAX_NUMBER_SCAN]
    if _NOW.search(head) is None or _DIGIT.search(head) is not None:
        return False
    opening = _POLITE.sub("", head.lstrip()).split()[:1]
    asking = opening != [] and opening[0].lower() in _ASKING_VERBS
    unmarked = _UNMARKED.match(head) is not None
    return asking or unmarked or question_form(head) is not None or head.rstrip().endswith("?")
