"""What a text should achieve with its readers, said where its content would be: "an advert for my shop that will
make more customers come", "a post for my cafe that makes people want to visit", "a flyer to bring in more guests".

Such a clause is the asker's goal for the text, not a fact about the shop or the cafe: said as one ("My shop will
make more customers come.") it claims something the asker never stated and tells the reader nothing. It is read as
no content, so the text is written from the facts given elsewhere (after a colon, in the lines below), and a
request that gives none is declined with a request for them. A clause that states a fact in the same words ("a
shop that sells phone cases", "a cafe that opens at 7", "a van that brings parcels to the village") is content.
"""

from __future__ import annotations

import re

# Whom a text wins over, or what it wins: the readers as customers, or their custom.
_WON = (
    r"(?:customers?|people|clients?|guests?|visitors?|buyers?|shoppers?|students?|members?|patients?|diners?|"
    r"followers?|readers?|fans?|punters?|tourists?|travell?ers?|folks?|kids|families|bookings?|orders?|sales?|"
    r"business|trade|custom|footfall|traffic|likes|views|sign-?ups|enquiries|inquiries|calls|attention|interest|crowds?)"
)
_MORE = r"(?:(?:more|new|extra|lots\s+of|loads\s+of|plenty\s+of|a\s+lot\s+more|many\s+more|lots\s+more|the)\s+)"
# What winning them over makes them do: "come", "want to visit", "buy more", "come back".
_DO = (
    r"(?:come(?:\s+(?:in|back|by|along|over|here))?|visit|buy(?:\s+more)?|book|shop(?:\s+here)?|stop\s+by|try\s+\w+|"
    r"call|order|return|sign\s+up|join|notice\s+\w+|choose\s+\w+|pick\s+\w+|want\s+to\s+\w+(?:\s+\w+)?)"
)
_WIN = (
    r"(?:(?:make|makes|get|gets|bring|brings|attract|attracts|draw|draws|pull|pulls|drive|drives|win|wins|boost|"
    r"boosts|increase|increases|grow|grows|encourage|encourages|persuade|persuades|convince|convinces|tempt|tempts|"
    r"entice|entices|lure|lures|help|helps)(?:\s+(?:in|up))?\s+(?:me\s+|us\s+)?(?:(?:to\s+)?(?:get|win|attract|"
    rf"bring(?:\s+in)?|draw(?:\s+in)?)\s+)?{_MORE}?(?:[\w'-]+\s+)?{_WON}\b"
    rf"(?:\s+(?:in|through)(?:\s+the\s+doors?)?)?(?:\s+(?:to\s+)?{_DO})?"
    r"|(?:stand|stands)\s+out|go(?:es)?\s+viral|(?:grab|grabs|catch|catches)\s+(?:people'?s\s+|the\s+)?"
    r"(?:attention|eye))"
)
_AIM = re.compile(
    # (the thing the clause is said of, up to six words, may come first: "my shop will make ...")
    rf"^(?P<thing>(?:an?|the|my|our|this)\s+(?:[\w'-]+\s+){{0,5}}?)?(?:that\s+|which\s+|to\s+)?"
    rf"(?:(?:will|would|can|could|should|might|must)\s+(?:really\s+|actually\s+)?)?(?:help\s+(?:to\s+)?)?"
    rf"{_WIN}(?:\s+(?:to\s+)?(?:my|our|the|this)\s+[\w'-]+(?:\s+[\w'-]+)?)?"
    rf"(?:\s+(?:than\s+before|again|every\s+day|each\s+week|this\s+(?:week|month|year|season)|asap|fast))?"
    r"[.!?]?$",
    re.I,
)


# The aim said after the thing the text is for: "... for my shop that will make more customers come", "... for the
# cafe, to bring in more people", "... so that more guests book".
_AIM_AFTER = re.compile(
    r",?\s+(?:that|which|to|so\s+(?:that\s+)?it)\s+(?P<aim>(?:(?:will|would|can|could|should|might|must)\s+)?"
    rf"(?:help\s+(?:to\s+)?)?{_WIN}[^,;:]{{0,40}}?)(?=\s*(?:,|;|$))",
    re.I,
)


def without_aim(instruction: str) -> str:
    """``instruction`` without the clause that says what the text should achieve with its readers ("write an
    advert for my shop that will make more customers come" -> "write an advert for my shop")."""
    for found in _AIM_AFTER.finditer(instruction):
        if _AIM.match(found.group("aim")):
            return instruction[: found.start()] + instruction[found.end() :]
    return instruction


def aimed_at(clause: str) -> str | None:
    """When ``clause`` says only what the text should achieve with its readers ("my shop will make more customers
    come", "makes people want to visit", "to attract more guests"): the thing it is said of ("my shop", or "");
    otherwise None."""
    found = _AIM.match(" ".join(clause.split())) if clause else None
    return None if found is None else (found.group("thing") or "").strip()
