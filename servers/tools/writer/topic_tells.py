"""A topic and what the text tells its readers about it: "an email to my book club about the theatre trip telling
them each person owes $43.50".

Read alone, "about the theatre trip ..." names a topic, which gives the writer nothing to say; but what follows it
("telling them ...", "saying ...", "to let them know ...") is a fact to write, and the topic says what the fact is
about: without it the email says "Each person owes $43.50." and the reader is left to guess for what. The text says
both: "Regarding the theatre trip, each person owes $43.50.".

What is told must be a statement: "telling them how much each person owes" names a figure without giving it, and
"telling them to bring a lunch" asks something of them (``asks.topic_with_ask``); both are left to the rest of the
reading. The pattern is bounded and flat: linear to match.
"""

from __future__ import annotations

import re

from servers.tools.writer.persons import second_person

_TOPIC_THEN_TOLD = re.compile(
    r"^(?:about|regarding|re|concerning|on)\s+(?P<topic>[^,.;:!?]{3,120}?),?\s+(?:and\s+)?"
    r"(?:(?:telling|tell|to\s+tell|informing|to\s+inform)\s+(?P<who>them|everyone|everybody|all|people|him|her|us)|"
    r"(?:letting|let|to\s+let)\s+(?P<known>them|everyone|everybody|people|him|her|us)\s+know|"
    r"saying|say|to\s+say|explaining|to\s+explain|confirming|to\s+confirm)"
    r"\s+(?:that\s+)?(?P<told>[^;!?]{2,300}?)[.\s]*$",
    re.I,
)
# What is told that is no statement: a question without its answer ("how much each person owes"), an ask ("to
# bring a lunch"), or a further topic ("about the changes").
_NOT_STATED = re.compile(
    r"^(?:how|what|when|where|who|whom|whose|why|which|whether|if|to|about|of|regarding|more|all\s+about)\b", re.I
)


def topic_with_told(rest: str) -> str | None:
    """ "about the theatre trip telling them each person owes $43.50" as the text's content ("regarding the theatre
    trip, each person owes $43.50"); None when ``rest`` is no topic with a statement told about it."""
    found = _TOPIC_THEN_TOLD.match(rest.strip()[:500])
    if found is None:
        return None
    told = found.group("told").strip(" ,")
    if _NOT_STATED.match(told) or len(told.split()) < 3:
        return None
    who = (found.group("who") or found.group("known") or "").lower()
    if who in ("him", "her"):
        told = second_person(told)  # "telling her her seat is 14C": "your seat is 14C"
    elif who:  # "telling them their tickets are at the box office": "your tickets"
        told = re.sub(r"\btheir\b", "your", re.sub(r"\bthemselves\b", "yourselves", told, flags=re.I), flags=re.I)
    return f"regarding {found.group('topic').strip()}, {told}"
