"""Sentences around a question that tell only who asks and why: a greeting ("Good day."), a word to take the floor
("Here's one for ye, settle an argument in the shop."), the asker's own circumstances ("My neighbour lost many
birds to it.", "Being a retired railwayman I am ashamed to say I have forgotten.") or what a named person thinks
("Tam says Ireland and I'm sure he's havering").

Such a sentence names nothing more to look up, so the question beside it is answered alone. A sentence that asks
for more ("I also need the date", "tell me why too") or asks anything at all is not one of them.
Every regex here is linear: bounded word runs and alternations, no nested quantifiers.
"""

from __future__ import annotations

import re

from servers.tools.researcher.chatter import narrows

_GREETING = re.compile(
    r"(?:good\s+(?:day|morning|afternoon|evening)|g'?day|hello|hi|hiya|hey|howdy|greetings|evening|morning)"
    r"(?:\s+(?:all|everyone|there|mate|folks|team|sir|madam))?\s*[!.,]*",
    re.I,
)
_FLOOR = re.compile(
    r"(?:here'?s|here\s+is)\s+(?:one|a\s+question|a\s+quick\s+one)\b[^?]{0,80}"
    r"|(?:help\s+(?:me\s+|us\s+)?)?settl(?:e|ing)\s+(?:an?|the)\s+(?:argument|bet|debate|dispute|row)\b[^?]{0,80}",
    re.I,
)
# The asker's circumstances: "My neighbour lost many birds to it.", "We keep hens.", "Being a retired railwayman
# I have forgotten.", "It's on the quiz tonight."
_CIRCUMSTANCE = re.compile(
    r"(?:my|our|i|i'm|i’m|i've|i’ve|i'd|we|we're|we’re|being|as\s+an?|it'?s|its|it\s+is|this\s+is"
    # with the "I" left out, as a text message drops it: "Got a quiz at the club tonight.", "Doing the menu."
    r"|got|doing|settling|running|working|writing|planning|making)\b[^?]{0,120}",
    re.I,
)
# What a named person thinks: "Tam says Ireland", "Priya reckons it's Peru and I'm not so sure".
_NAMED_VIEW = re.compile(
    r"(?-i:[A-Z][a-z]{1,20})\s+(?:says|said|reckons|reckoned|thinks|thought|insists|swears|swore|claims|"
    r"is\s+(?:sure|convinced|adamant))\b[^?]{0,100}",
    re.I,
)
# Words that ask for more than the question does, or ask something of their own.
_ASKS_MORE = re.compile(
    r"\b(?:need|needs|want|wants|would\s+like|tell|explain|list|include|also|too|as\s+well|and\s+what|compare"
    r"|who|what|when|where|why|how|which|whether|please)\b",
    re.I,
)


def tells_context(sentence: str) -> bool:
    """Does ``sentence`` only greet, take the floor, tell the asker's circumstances or a named person's view?"""
    text = " ".join(sentence.split())[:300]
    if "?" in text:
        return False
    if _GREETING.fullmatch(text):
        return True
    if _ASKS_MORE.search(text) or narrows(text):
        return False
    text = text.rstrip(" .!…")
    return any(p.fullmatch(text) for p in (_FLOOR, _CIRCUMSTANCE, _NAMED_VIEW))
