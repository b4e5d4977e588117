"""Requests to gather opinions, or put to the agents themselves: an errand, not a text to write.

"Ask every agent what they personally think of the new bypass and collect their opinions" opens with "ask", as
"Ask my landlord to fix the boiler" does, but nobody is to be sent a text: it asks the system to go round and
collect views. Written up as an email ("Could you help with every agent what they personally think ...?") it
would answer what was never asked; offline the writer has no opinions to gather, and declines. A request that
names the text it wants ("Write an email asking the team what they think of the new rota") is a writing job, and
is not read here.
"""

from __future__ import annotations

import re

_LEAD = r"^\W*(?:(?:please|can you|could you|would you|now|then|go and|go)\s+)*"
# "ask the team what they think of ...", "poll the volunteers on how they feel about ...": views to collect
_OPINIONS_ASKED = re.compile(
    _LEAD + r"(?:ask|poll|survey|canvass|quiz|check with|find out from|sound out)\s+(?P<who>[^,.;:?!]{1,80}?)\s+"
    r"(?:(?:on|about)\s+)?(?:what|how|whether|if)\s+(?:they|he|she|you|everyone|each)\s+"
    r"(?:(?:all|each|personally|really|honestly|actually|themselves)\s+)*(?:think|thinks|feel|feels|reckon|reckons|"
    r"make of|makes of|rate|rates|view|views)\b",
    re.I,
)
# "collect their opinions", "gather everyone's views", "get each agent's take": the gathering itself
_GATHERED = re.compile(
    r"\b(?:collect|gather|compile|round up|pool|get|collate)\s+(?:in\s+|up\s+)?(?:all\s+)?(?:their|your|everyone's|"
    r"everybody's|each (?:agent|one)'s|all the|the)\s+(?:\w+\s+)?(?:opinions|views|thoughts|takes|take|verdicts|"
    r"impressions|feelings)\b",
    re.I,
)
# "every agent", "each of the agents", "all of you": the request is put to the system's own agents
_AGENTS = re.compile(
    r"\b(?:every|each|all(?:\s+(?:the|of the|your))?|the other|your other)\s+(?:of\s+(?:the|your)\s+)?"
    r"(?:agents?|assistants?|bots?|models?|specialists?)\b|\b(?:each|every one|all) of you\b",
    re.I,
)
_ERRAND_LEAD = re.compile(
    _LEAD + r"(?:ask|poll|survey|canvass|quiz|check with|find out from|sound out|get|have|let|collect|gather)\b",
    re.I,
)


def canvasses(instruction: str) -> bool:
    """Whether ``instruction`` asks for opinions to be gathered, or is put to the agents themselves, rather than
    for a text (the caller has seen it names no kind of text)."""
    text = " ".join(instruction.split())
    if _OPINIONS_ASKED.match(text):
        return True
    return _ERRAND_LEAD.match(text) is not None and (
        _GATHERED.search(text) is not None or _AGENTS.search(text) is not None
    )
