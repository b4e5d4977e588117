"""Shortening a text to a word limit: "Shorten this to under 30 words for our website banner: ...".

A notice is often longer than its facts: a lead-in announcing that news follows ("We would like to inform all
residents that ..."), an apology for the inconvenience, thanks for everyone's patience, an invitation to get in
touch, a filler adverb ("unfortunately"). Cut those, and say the rest in the concise tone's words (``tone``), and
most notices fit a banner. What is left is every sentence that carries a fact, in the user's own words; a fact is
never dropped to meet the limit. When the facts alone are still over the limit the writer says so, with the count,
instead of handing back a text longer than was asked or one with a fact missing.

With no limit asked ("Make this shorter: ..."), the text is shortened this way only when it has a courtesy to
cut; otherwise the concise tone's own rules decide (``jobs.rewrite_request``).
"""

from __future__ import annotations

import re

from servers.tools.inputs import ToolInputError
from servers.tools.writer.lengths import length_ask, measure
from servers.tools.writer.requests import split_request
from servers.tools.writer.rubric import contains, requirements
from servers.tools.writer.styles import tone_named
from servers.tools.writer.tone import Rewrite, rewrite, tone_asked

# A sentence or a clause that only courts the reader, claiming nothing about the news: it may go from a short text.
_COURTESY = (
    r"(?:we|i)\s+(?:(?:would\s+like\s+to|sincerely|do|truly)\s+)?(?:apologi[sz]e|are\s+sorry|regret)\s+for\s+"
    r"(?:any|the)\s+(?:inconvenience|disruption|trouble|disappointment)(?:\s+(?:this|that|it)\s+(?:may\s+|might\s+|"
    r"will\s+)?(?:cause[sd]?|causes))?(?:\s+and\s+(?:thank\s+you|we\s+thank\s+you)\s+for\s+your\s+(?:patience|"
    r"understanding|co-?operation))?|"
    r"(?:(?:we|i)\s+)?(?:thank\s+you|thanks|we\s+appreciate\s+your|appreciate\s+your)\s+(?:for\s+your\s+)?"
    r"(?:patience|understanding|co-?operation)(?:\s+(?:during|while)\s+[^.!?]{1,60})?|"
    # (only an offer to hear from the reader: "please contact Maria" says who to ask, a fact)
    r"(?:please\s+)?(?:do\s+not|don'?t)\s+hesitate\s+to\s+(?:contact|get\s+in\s+touch\s+with)\s+us(?=[.!?]|$)|"
    r"if\s+you\s+have\s+any\s+(?:questions|queries),?\s+please\s+(?:contact|get\s+in\s+touch\s+with|ask)\s+us"
    r"(?=[.!?]|$)|"
    r"we\s+look\s+forward\s+to\s+(?:seeing|welcoming)\s+you[^.!?]{0,40}"
)
# A lead-in that only announces that news follows: "We would like to take this opportunity to inform all residents
# that ...", "I am writing to let you know that ...", "Please be advised that ...". The news after it is the sentence.
LEAD_IN = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:(?:we|i)\s+(?:would\s+like\s+to\s+|wish\s+to\s+|are\s+writing\s+to\s+|am\s+writing\s+to\s+|"
    r"(?:just\s+)?wanted\s+to\s+)"
    r"(?:take\s+this\s+opportunity\s+to\s+)?(?:inform|let|advise|notify|remind|tell)\s+(?:you|all|everyone|"
    r"(?:all\s+)?(?:our\s+)?[a-z]+s)(?:\s+know)?\s+that,?\s+|this\s+is\s+to\s+(?:inform|let|advise|notify)\s+you"
    r"(?:\s+know)?\s+that,?\s+|please\s+be\s+(?:advised|aware|informed)\s+that,?\s+)(?=\w)",
    re.I,
)
COURTESY_SENTENCE = re.compile(rf"(?:^|(?<=[.!?])\s+)(?:{_COURTESY})[.!]?(?=\s|$)", re.I)
_COURTESY_CLAUSE = re.compile(rf",?\s+and\s+(?:{_COURTESY})(?=[.!?]|$)", re.I)
# Adverbs that only colour the news: "will unfortunately remain closed".
_COLOURING = re.compile(r"\b(?:unfortunately|sadly|regrettably|please note that|kindly note that)\s+", re.I)
_STRICT = re.compile(r"^(?:under|fewer than|less than|below)\b", re.I)


def shortening_asked(instruction: str) -> bool:
    """Whether ``instruction`` asks for its text shorter: in the concise tone ("Shorten this"), or to a word limit
    with no other tone named ("Make this fit in 20 words")."""
    tone = tone_asked(instruction)
    unnamed = tone == "professional" and tone_named(instruction) is None
    counted = re.search(r"\bwords?\b", length_ask(instruction).said)  # a number of words, not "a short version"
    return tone == "concise" or (unnamed and counted is not None and length_ask(instruction).max_words is not None)


def cut_away(text: str) -> str:
    """The courtesies and colouring words a shortening of ``text`` leaves out, as one string (for the final gate,
    which does not ask for them back)."""
    spans = [
        m.group() for p in (COURTESY_SENTENCE, _COURTESY_CLAUSE, _COLOURING, LEAD_IN) for m in p.finditer(text[:20_000])
    ]
    return " ".join(spans)


def shortened(request: str) -> Rewrite | None:
    """The material of a request that asks for it shorter, cut as this module says; None when the request does not
    ask to shorten, or asks with no limit and has no courtesy to cut. ToolInputError when the facts alone are over
    the limit asked."""
    parts = split_request(request)
    asked = length_ask(parts.instruction)
    limit = asked.max_words
    if not parts.material or not shortening_asked(parts.instruction):
        return None
    if limit is not None and _STRICT.match(asked.said):
        limit -= 1
    material = "\n".join(" ".join(line.split()) for line in parts.material.strip().splitlines())
    quoted = re.fullmatch(r"([\"'\u201c\u2018])([^\"\u201c\u201d]+)([\"'\u201d\u2019])", material)
    material = quoted.group(2).strip() if quoted else material  # the quotes mark the text; they are not part of it
    cut = _COURTESY_CLAUSE.sub("", COURTESY_SENTENCE.sub("", material)).strip()
    cut = re.sub(rf"(?:{LEAD_IN.pattern})(\w)", lambda m: m.group(1).upper(), cut, flags=re.I)  # its news, opening
    if limit is None and cut == material:
        _refuse_already_short(asked.sentences, material)
        return None
    changes = ["left out courtesies that say nothing of the news"] if cut != material else []
    coloured = _COLOURING.sub("", cut)
    changes += ["left out words that only colour the news"] if coloured != cut else []
    concise = rewrite(coloured, "concise")
    text = concise.text[:1].upper() + concise.text[1:]
    lost = [m for m in requirements(request).must if not contains(text, m)]
    if lost or not text:
        return None  # the concise rules would drop a fact: the rewrite's own reading says so
    count = measure(text).words
    if limit is not None and count > limit:
        raise ToolInputError(
            f"I could not shorten that to {asked.said} offline without dropping a fact: with the courtesies and "
            f"filler cut it is still {count} words. Say which points can go, or set ANTHROPIC_API_KEY (or point the "
            "writer at a local model)."
        )
    return Rewrite(text, changes + concise.changes)


def _refuse_already_short(sentences: int | None, material: str) -> None:
    """A text asked in no more sentences than it has, with nothing to cut: said so, rather than that no rule
    applies (a longer text may still be condensed to its key sentences: ``condensing``)."""
    count = measure(material).sentences
    if sentences is not None and 0 < count <= sentences:
        size = f"{'one' if count == 1 else count} sentence{'s' * (count != 1)}"
        raise ToolInputError(
            f"That text is already {size}, with no lead-in, courtesy or filler I could cut offline without dropping "
            "a fact. Say which details can go, or set ANTHROPIC_API_KEY (or point the writer at a local model)."
        )
