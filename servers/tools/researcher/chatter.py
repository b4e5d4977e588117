"""Chatter beside a question: the asker's politeness, and sentences about their day rather than the topic.

People wrap a plain question in their own circumstances: "Kindly tell me the capital city of Australia. A buyer
from there is visiting.", "What is the chemical symbol for gold? A crossword in the paper has defeated me.". The
question is what must be answered; the rest tells who asks and why, and names nothing more to look up.

A sentence is chatter only when it asks nothing and narrows nothing:

- it is about people in the asker's life ("A buyer from there is visiting", "The guests are from Osaka") or
  about the asker ("The crossword has beaten me", "This has been bugging us all week");
- it holds no question, no request for more ("also", "too", "wants to know", "tell me"), and no constraint on
  the answer ("only", "except", "the one in ...", "I mean ...", "in metres").

A request sentence that asks without a question mark ("Kindly tell me the capital of Peru.", "Please let me
know who wrote Hamlet.") is read as the question it asks.

Every regex here is linear: word alternations, bounded classes and bounded gaps.
"""

from __future__ import annotations

import re

_POLITE = r"(?:kindly|please|pls|plz|politely)"
# "Kindly tell me the capital city of Australia.", "Could you please let me know who wrote Hamlet."
_TELL = re.compile(
    rf"^\W*(?:{_POLITE}\s+)?(?:(?:can|could|would|will)\s+(?:you|someone|anyone)\s+(?:{_POLITE}\s+)?)?"
    rf"(?:(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?"
    # finding it out, asked of the answerer: "Kindly look up the melting point of gold", "Find me the ..."
    rf"|(?:look\s+up|find(?:\s+out)?|search\s+for|get\s+(?:me|us)|find\s+(?:me|us))\s+)(?:{_POLITE}\s+)?"
    r"(?P<asked>(?:(?P<wh>who|whom|whose|what|which|when|where|why|how)|the)\b[^?!.]{3,200}?)"
    rf"(?:,?\s+{_POLITE})?\s*[.!]?$",
    re.I,
)


def asked_in_request(sentence: str) -> str | None:
    """The question a request sentence asks ("What is the capital city of Australia?" for "Kindly tell me the
    capital city of Australia."), or None when the sentence is no such request."""
    found = _TELL.fullmatch(" ".join(sentence.split())[:300])
    if found is None:
        return None
    asked = found.group("asked")
    return f"Tell me {asked}" if found.group("wh") else f"What is {asked}?"


# People in the asker's life, said as the subject of a sentence: "A buyer from there is visiting", "My guests are
# from Osaka", "One of the regulars was in here earlier".
_PERSON = (
    r"(?:guests?|buyers?|customers?|clients?|visitors?|tourists?|friends?|mates?|colleagues?|co-?workers?|boss"
    r"|manager|kids?|child|children|son|daughter|grandson|granddaughter|grandkids?|grandchildren|nephew|niece"
    r"|wife|husband|partner|mum|mom|dad|mother|father|brother|sister|cousin|uncle|aunt|family|students?|pupils?"
    r"|teacher|neighbou?rs?|patients?|residents?|passengers?|staff|crew|team|lads|girls|boys|punters|regulars"
    r"|members|players|supplier|drivers?|workers?|owner|landlord|landlady|chef|cook|waiter|waitress|apprentice"
    r"|trainee|intern|someone|somebody|club|group|class|choir|society|committee)"
)
_PEOPLE = re.compile(
    r"^\W*(?:(?:one|some|two|three|a\s+couple|a\s+few|all|most)\s+of\s+)?(?:a|an|the|my|our|some|two|three|these"
    rf"|those|this|that)\s+(?:[\w'’-]+\s+){{0,2}}?{_PERSON}(?:['’]s?)?\b[^?]{{0,120}}$",
    re.I,
)
# The asker in the sentence as the one it happens to: "A crossword puzzle in the paper has defeated me".
_ASKER = re.compile(r"\b(?:me|us|my|our|myself|ourselves)\b", re.I)
# Words that narrow what the answer must be, or add to what is asked: "I mean the old one", "only in Europe",
# "it also asks for silver".
_CONSTRAINT = re.compile(
    r"\b(?:only|except|excluding|apart\s+from|other\s+than|besides|rather\s+than|instead|mean|meant|meaning"
    r"|specifically|particular|must|has\s+to|have\s+to|needs?\s+to\s+be|should\s+be|the\s+ones?|also|as\s+well"
    r"|asks?\s+for)\b",
    re.I,
)
# Words that ask for more, or narrow what the answer must be.
_NARROWS = re.compile(
    r"\b(?:including|exactly|precisely|too|another|other|more|else|tell|explain|list|describe|compare|name|give"
    r"|show|include|need|needs|want|wants|wanted|know|wonder|wondering|ask|asks|asking|please|whether|if|who|whom"
    r"|whose|what|which|when|where|why|how)\b",
    re.I,
)


# Someone asking about the question's own thing: "The kids were asking about it at tea".
_ASKED_ABOUT_IT = re.compile(r"\b(?:ask|asks|asking|asked)\s+(?:me\s+|us\s+)?about\s+(?:it|this|that)\b", re.I)


def narrows(sentence: str) -> bool:
    """Does ``sentence`` narrow the answer or add to what is asked ("I mean the old one", "only in Europe",
    "My crossword also asks for silver")? Such a sentence is part of the question, never chatter."""
    return _CONSTRAINT.search(sentence[:400]) is not None


def asker_chatter(sentence: str) -> bool:
    """Does ``sentence`` only tell of the asker or the people around them, asking nothing and narrowing
    nothing ("A buyer from there is visiting.", "The crossword has defeated me.")?"""
    text = _ASKED_ABOUT_IT.sub(" ", " ".join(sentence.split())[:300]).rstrip(" .!…")
    if not text or "?" in text or ":" in text or narrows(text) or _NARROWS.search(text):
        return False
    return _PEOPLE.fullmatch(text) is not None or _ASKER.search(text) is not None


# How exact the answer need be, said after the question: "Approximately is fine.", "A rough figure will do."
_APPROXIMATE = re.compile(
    r"^\W*(?:(?:an?\s+)?(?:approximately|approximate|roughly|rough(?:ly)?|about|ballpark|round)(?:\s+(?:figure|answer|"
    r"number|idea|value))?|(?:an?\s+)?(?:rough|ballpark|approximate)\s+(?:figure|answer|number|idea|value))\s+"
    r"(?:is|would\s+be|will|will\s+be|'?s)\s*(?:fine|ok|okay|good|enough|do)?\W*$",
    re.I,
)


def allows_approximation(sentence: str) -> bool:
    """Does ``sentence`` only say an approximate answer will do ("Approximately is fine.")? Notes give figures as
    they are, so it asks nothing more."""
    return _APPROXIMATE.fullmatch(" ".join(sentence.split())[:120]) is not None
