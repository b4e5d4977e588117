"""What an apology's opening says, from what the request gives it to be sorry about.

"apologising for the late delivery" is said as "I'm sorry for the late delivery."; "apologising that the box was
crushed" as "I'm sorry that the box was crushed.". "an apology email to Hannah telling her the new florist is Petal &
Stem" gives news with the apology, a sentence of its own: "Please accept my apologies. The new florist is Petal &
Stem." (never "I'm sorry for the new florist is ...", and never "sorry that" the news, which may be the remedy).
Amends offered ("..., offering a free breakfast") are said to the reader after it.
"""

from __future__ import annotations

import re

from servers.tools.writer.forms import sentence

# "the new florist is ...", "your order will arrive ...", "we are closing early": a subject, then its verb. (Bounded
# and without commas or a relative: "the mix-up, which was my fault", "the mix-up that has delayed your refund" name
# what the apology is for.)
_CLAUSE = re.compile(
    r"^(?:the|our|my|your|his|her|their|its|this|that|these|those|we|i|you|he|she|they|it)\b"
    r"(?:\s+(?!(?:that|which|who|whose)\b)[\w'&-]+){0,4}?\s+"
    r"(?:is|are|was|were|will|won't|has|have|had|can|can't|could|would|should|must|may|might|did|didn't|does|"
    r"doesn't|isn't|aren't|wasn't|weren't)\b",
    re.I,
)
# "I missed your party", "we lost your booking": what someone did, said as what the apology is for
_DONE_BY = re.compile(r"^(?:i|we|you|he|she|they)\s+(?!am\b|are\b|is\b|will\b|'re\b)[a-z]", re.I)
_OFFER = re.compile(
    r",?\s+(?:and\s+)?(?:offering|offer|to offer)\s+(?P<to>to\s+)?(?:(?:them|him|her)\s+)?(?P<what>\S.*)$"
)


def apology_opening(bare: str, link: str) -> str:
    """The opening of an apology for ``bare`` (the content after its link word, ``link``: "that", "for" or "")."""
    offer = _OFFER.search(bare)
    amends = ""
    if offer:
        what = re.sub(r"\b(?:their|his|her)\b", "your", offer.group("what"))
        amends = f" We'd be happy to {what}." if offer.group("to") else f" We'd like to offer you {what}."
        bare = bare[: offer.start()]
    if link == "that" or (not link and _DONE_BY.match(bare)):  # "that I missed your party"
        return f"I'm sorry that {bare}.{amends}"
    if not link and _CLAUSE.match(bare[:400]):
        return f"Please accept my apologies. {sentence(bare)}{amends}"
    return f"I'm sorry for {bare}.{amends}"
