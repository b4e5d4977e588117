"""A reply asked to a text the request only points at, with nothing to say back but how the asker feels about it.

"Could you write a polite but firm reply to that nasty review we got on Tripadvisor last week? Really got my goat,
that one." names the text to answer ("that nasty review") without giving it, and what follows is the asker's
reaction to it, told to the writer: it refers back to the text ("that one", "it", "they") and says what it did to
the asker ("got my goat", "made me so angry"), with no fact and nothing the reply should say. Written up, the reply
would say only the asker's aside to the reader of the review; so such a request is declined, asking for the text
or the points to make. A sentence that states something (a figure, a name, "we ...", "the soup was hot") is
something to say, and the request is left to the other readings.
"""

from __future__ import annotations

import re

# The reply asked, and the received text it answers, named and not given: "a reply to that nasty review".
_REPLY_TO = re.compile(
    r"\b(?:repl(?:y|ies)|respon(?:se|d)|answer|rebuttal)\s+(?:back\s+)?to\s+(?:that|this|the|their|his|her|those|these)"
    r"\s+(?:[\w'-]+\s+){0,3}?(?:review|email|e-mail|message|comment|complaint|letter|post|text|note|feedback|"
    r"tweet|reviews|emails|messages|comments|complaints|letters|posts)\b",
    re.I,
)
# Back to the text answered: "that one", "it", "they", at either end of the sentence.
_BACK_REFERENCE = re.compile(
    r"^\W*(?:(?:honestly|really|seriously|frankly|totally|just|so|and|well|tbh|ngl|man|god)\W+)*"
    r"(?:it|that|this|they|that one|this one|the whole thing)\b|\b(?:that|this) one\W*$|\bit\W*$",
    re.I,
)
# What it did to the asker: "got my goat", "made me so angry", "upset us".
_TO_THE_ASKER = re.compile(r"\b(?:me|my|us|our|myself|ourselves)\b", re.I)
# What the reply says, told in the ask itself ("a reply to the review saying thank you"): the reply has its content.
_SAYS = re.compile(
    r"\b(?:saying|to say|telling|thanking|apologi[sz]ing|explaining|asking|letting|offering|declining|accepting)\b",
    re.I,
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+")


def asker_reaction_only(instruction: str, material: str) -> bool:
    """Whether ``instruction`` asks a reply to a text it does not give and ``material`` is only the asker's
    reaction to that text."""
    if not material.strip() or _REPLY_TO.search(instruction) is None or _SAYS.search(instruction):
        return False
    sentences = [s for s in _SENTENCES.split(material.strip()) if s.strip()]
    return all(_reaction(s) for s in sentences)


def _reaction(sentence: str) -> bool:
    words = sentence.split()
    if re.search(r"\d", sentence) or any(w[:1].isupper() for w in words[1:] if w.lower() not in ("i", "i'm")):
        return False  # a figure or a name: something to say
    if re.match(r"^\W*(?:we|i|our)\b", sentence, re.I):
        return False  # "We've fixed the heater": the asker's side, told
    return _BACK_REFERENCE.search(sentence.strip()) is not None and _TO_THE_ASKER.search(sentence) is not None
