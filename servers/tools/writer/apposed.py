"""A kind of text for a thing, its facts jotted after it and set off by commas.

"a listing for a used road bike, 56 cm frame, new tyres, £250" and "a Facebook post about our new Grenache release,
$38 a bottle, free tastings this weekend" name what the text is for and then say its facts, with no colon: the
instruction is what comes before the first comma, the material what follows it.
"""

from __future__ import annotations

import re

# "a description for a wool scarf, 180 cm long, hand-knitted in Shetland": a describing kind of text for a thing,
# then jotted facts about it set off by commas; a trailing "and I'd like it to sound warm" says how to write it.
_APPOSED_FACTS = re.compile(
    r"^(?P<ask>[^,:;\n]{3,200}?\b(?:(?:description|blurb|listing|ad|advert|pitch)\s+(?:for|of)|"
    # ("a Facebook post about our new Grenache release, $38 a bottle, ...": a post names its subject by "about")
    r"(?:post|tweet|caption|announcement|notice|flyer|poster)(?:\s+(?:for|on|in)\s+[^,:;.!?\n]{2,40}?)?\s+about)\s+"
    # (the thing ends its sentence: "for my shop listing please. Handmade oak board, ..." is two sentences)
    r"(?:an?|the|my|our)\s+(?:[^,:;.!?\n]|[.](?=\S)){2,80}?),\s+(?P<facts>[^:;\n]{3,300}?)"
    r"(?P<aside>,?\s+(?:and\s+)?(?:i'?d like|i would like|i want|make|keep)\s+it\b[^:;\n]{0,80})?[.!]?$",
    re.I,
)


_LENGTH_FIRST = re.compile(
    r"(?:max(?:imum)?\.?|under|below|at most|no more than|not more than|up to|in|about)\s+\d+\s+"
    r"(?:words?|lines?|sentences?|characters?|chars)\b",
    re.IGNORECASE,
)


def apposed_facts(instruction: str) -> tuple[str, str] | None:
    """A describing text for a thing with its facts after commas ("a listing for a used road bike, 56 cm frame, new
    tyres, £250") as the instruction without them and the facts as its material; None for any other shape, or when
    what follows the comma says no fact (a single fragment without a figure)."""
    found = _APPOSED_FACTS.match(" ".join(instruction.split()))
    if found is None or re.search(r"\s(?:that|which|who)\s|\s[-\u2013\u2014]\s", found.group("ask")):
        return None  # "a bottle that keeps drinks cold, ...", "my flat - 2 bedrooms, ...": read as they were
    facts = found.group("facts").strip()
    if re.match(r"(?:which|that|who|where)\b", facts, re.I):
        return None  # "our new café, which opens on Monday, ...": a clause about the thing, read as it was
    if _LENGTH_FIRST.match(facts):
        return None  # "... for our website, max 25 words. Family workshop since 1952": a length, then the facts
    items = [item for item in re.split(r",\s+(?:and\s+)?", facts) if item.strip()]
    if len(items) < 2 and not re.search(r"\d", facts):
        return None  # "a description for our café, please": no fact
    ask = found.group("ask") + (found.group("aside") or "")
    return ask.strip(" ,"), facts
