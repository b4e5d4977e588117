"""A topic that carries its facts: "a steel water bottle that keeps drinks cold for 24 hours".

"Write a product description for a steel water bottle that keeps drinks cold for 24 hours and weighs 350 grams"
names its topic and, in the relative clause after it, what to say about it: the clause is content ("This steel
water bottle keeps drinks cold ..."). A clause that only picks out which thing is meant, by where or when it came
about ("the new Italian place that opened on the high street", "my colleague who joined last month"), says
nothing about it: read as content it would make a review or a bio of the topic restated, so it is no content.
"""

from __future__ import annotations

import re

# A topic followed by a relative clause whose verb states facts about it: "a steel water bottle that keeps
# drinks cold for 24 hours and weighs 350 grams", "our app, which now syncs offline". The verb must follow the
# pronoun at once ("a dog that my neighbour found" is not a statement about the dog).
_DESCRIBED = re.compile(
    r"^(?P<thing>(?:an?|the|our|my|their|this)\s+[^,;:]{1,80}?),?\s+(?:that|which|who)\s+"
    r"(?P<facts>(?:(?:now|also|still|only|always|never)\s+)?(?:(?:is|are|was|were|has|have|had|can|will|does|"
    r"do|did|lets|gives|makes|runs|comes)\b|[a-z]+(?:s|ed)\b).*)$",
    re.I,
)

# A kind of text named before the thing ("a review of the pub that ..."): what to write, not what it is about.
_FORM_OF = re.compile(
    r"^(?:an?\s+)?(?:[\w-]+\s+)?(?:review|write-?up|profile|critique|rundown|overview|piece|feature)\s+"
    r"(?:of|for|on|about)\s+(?=\S)",
    re.I,
)
# A relative clause that only says where or when the thing came about ("the new Italian place that opened on the
# high street", "my colleague who joined last month", "the café which opened round the corner yesterday") picks
# out which one is meant and says nothing about it: a review, bio or post from it alone would only echo the topic.
# One past-tense verb, then only place and time: any object, complement or further clause ("opened a second
# branch", "opened in May and sells sourdough", "... with a wood-fired oven") is something to say.
_PLACED_ONLY = re.compile(
    r"^(?:(?:just|recently|newly|finally|only)\s+)?[a-z]+ed(?:\s+(?:up|in|over|back))?"
    r"(?:\s+(?:(?:on|in|at|near|by|opposite|along|off|outside|beside|behind|round|around|down|across(?:\s+from)?|"
    r"next\s+to|close\s+to|after|before|since|during)\s|(?:last|this|yesterday|today|recently|downtown|nearby|"
    r"locally|next\s+door|"
    r"a\s+(?:few\s+)?(?:days?|weeks?|months?|years?)\s+ago)\b)(?![^,;]*\b(?:and|but|with|where|who|which|that|"
    r"serving|selling|offering)\b)[^,;]*)?[.!?]?$",
    re.I,
)

# A clause on how the text should come across ("a description of my shop that makes it sound really posh", "a
# blurb for the salon that sounds upmarket") says what to do with the words, not a fact about the thing.
_READS_AS = re.compile(
    r"^(?:(?:makes?|will\s+make|would\s+make)\s+(?:it|them|us|me|him|her)\s+(?:sound|seem|look|feel|appear|come\s+across)"
    r"|(?:sounds|seems|comes\s+across|reads)(?:\s+as)?\s+(?:(?:really|very|quite|so|more|a\s+bit|properly|super)\s+)?"
    r"[\w'-]+[.!?]?$)\b",
    re.I,
)


def described_facts(subject: str) -> str | None:
    """The facts a topic's relative clause states about it, as a sentence's words ("this steel water bottle keeps
    drinks cold for 24 hours"); None when the topic has no such clause or the clause only says which one."""
    described = _DESCRIBED.match(subject)
    if described is None or _PLACED_ONLY.match(described.group("facts")):
        return None
    if _READS_AS.match(described.group("facts")):
        return None
    # "a review of the pub that ...": the review is what to write, the pub what the clause is about
    thing = _FORM_OF.sub("", described.group("thing"))
    thing = re.sub(r"^(?:an?|the)\s+", "this ", thing, flags=re.I)
    return f"{thing} {described.group('facts')}"
