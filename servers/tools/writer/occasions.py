"""An occasion a text is for: "an invitation for my dad's 70th birthday lunch", "a notice for the summer fete".

After "for" or "to", a request names either whom the text is for ("for the team", "to my neighbour Greta") or what
it is about: an event. Read as the reader, an event is greeted ("Hello housewarming party,") or dropped, and the
text loses a fact the request gave ("70th"). An occasion is read by its last noun, from a closed list of the
events people write invitations, notices and posters for; "for the party planners" names people, not a party.
"""

from __future__ import annotations

import re

_EVENT = (
    r"(?:birthday|birthdays|party|parties|lunch|luncheon|dinner|breakfast|brunch|supper|tea|drinks|barbecue|bbq|"
    r"picnic|wedding|reception|anniversary|christening|baptism|housewarming|celebration|reunion|get-together|"
    r"gathering|do|fete|fête|fair|festival|carnival|sale|bake sale|jumble sale|fundraiser|concert|gig|show|recital|"
    r"play|match|tournament|race|fun run|quiz|quiz night|night|evening|morning|afternoon|day|open day|sports day|"
    r"launch|opening|premiere|ceremony|service|memorial|funeral|wake|graduation|retirement|leaving do|send-off|"
    r"meeting|agm|offsite|away day|workshop|seminar|conference|webinar|training|session|trip|outing|"
    r"tour|walk|hike|ride|shower|baby shower|hen do|stag do|event|exhibition|screening|auction|raffle|disco|"
    r"ball|prom|social|meetup|meet-up|potluck|ceilidh|festivities|service|panto|pantomime|musical|gala|bazaar|"
    r"car boot sale|boot sale|open mic|bonfire night|fireworks|parade|marathon|fun day|weekend|open house|"
    r"tasting|wine tasting|barn dance|coffee morning|tea party)"
)
# "my dad's 70th birthday lunch", "the summer fete", "our housewarming party": up to five words, ending on an event.
_OCCASION = re.compile(rf"^(?:[\w'.-]+\s+){{0,5}}?{_EVENT}$", re.I)
# ("class" and "course" are left out: "to the yoga class" greets the people in it.)
# Words that make the phrase people after all: "the party planners", "the birthday girl".
_PEOPLE = re.compile(r"\b(?:guests?|girl|boy|planners?|organi[sz]ers?|committee|team|staff|volunteers?)$", re.I)


def names_occasion(phrase: str) -> bool:
    """Whether ``phrase`` (what follows "for" or "to") names an event, not a reader: "my dad's 70th birthday
    lunch", "the summer fete", "our housewarming party"."""
    phrase = phrase.strip(" ,.;:")
    if len(phrase) > 80 or _PEOPLE.search(phrase):
        return False
    return _OCCASION.match(phrase) is not None


# Kinds of text that draw people to an event: a teaser, a promo, a flyer, a poster, an ad.
_DRAWING = frozenset({"teaser", "promo", "flyer", "poster", "ad", "advert", "advertisement"})
# News that keeps people away: a call to come would contradict it.
_CALLED_OFF = re.compile(
    r"\b(?:cancel\w*|postpon\w*|called off|sold out|not going ahead|no longer|scrapped|(?:is|are|'s) off)\b", re.I
)


def call_to_come(kind: str, occasion: str, points: list[str]) -> str | None:
    """ "Don't miss our school play!": the line a teaser, promo, flyer or ad for an event may close with to make up
    the number of sentences asked. It names only the event the request names and claims nothing; None for any
    other kind of text, a phrase that names no event, or news that the event is off."""
    occasion = " ".join(occasion.split()).strip(" ,.;:")
    if kind.lower() not in _DRAWING or not names_occasion(occasion) or _CALLED_OFF.search(" ".join(points)):
        return None
    first, _, rest = occasion.partition(" ")
    if first.lower() in ("the", "our", "my", "a", "an", "this", "next"):
        occasion = f"{first.lower()} {rest}"  # "Our school play" read as a heading is "our school play" in a sentence
    return f"Don't miss {occasion}!"


# "the fire drill on Wednesday at 11am", "our AGM next Tuesday at 7pm": an event, then when it is.
_WHEN = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|today|tonight|tomorrow|\d)"
)
# The when starts on the time itself ("on Wednesday", "at 7pm", "next Friday", "from 1 March"): "on holiday in 2027"
# is where and in what year, and says no event's time.
_TIME_FIRST = (
    rf"(?:(?:on|at|from|in)\s+(?:the\s+)?(?:(?:this|next)\s+)?{_WHEN}|(?:this|next)\s+{_WHEN}|(?:tomorrow|today|"
    rf"tonight)\b)"
)
# Where an event goes, named ("the Year 8 maths trip to the Science Museum", "the quiz at the Red Lion"): part of
# the event's name, said before when it is. Only capitalised names: "the trip to see the lights" is no place.
_NAMED_PLACE = r"(?:\s+(?:to|at)\s+(?:the\s+)?(?-i:[A-Z][\w'&-]*)(?:\s+(?-i:[A-Z][\w'&-]*)){0,3})?"
_EVENT_WHEN = re.compile(
    rf"^(?P<event>(?P<head>(?:the|our|this|next)\s+(?!(?:[\w'-]+\s+){{0,3}}?(?:that|which|who|where)\b)"
    rf"(?:[\w'-]+\s+){{0,4}}?[\w'-]+){_NAMED_PLACE})"
    rf"\s+(?P<when>{_TIME_FIRST}[^;]{{0,80}}?)\s*(?:;\s*(?P<rest>\S[^\n]{{0,400}}))?$",
    re.I,
)
# A topic followed by a period, never an event at a time: "the best places to go ... in 2027", "the housing market in
# 2026", "the weather on Monday". A ranking, a kind of thing, or what goes on all the time is written about, and
# "The housing market is in 2026." says nothing the user said.
_TOPIC_HEAD = re.compile(
    r"\b(?:best|top|worst|greatest|cheapest|finest|most|least|places|things|ways|tips|ideas|reasons|weather|"
    r"forecast|economy|market|prices|history|future|news|state|story|life)\b",
    re.I,
)
# "in 2027", "in March", "in the 1980s": a period, which dates a topic as readily as an event
_PERIOD_ONLY = re.compile(
    r"^in\s+(?:the\s+)?(?:\d{4}s?|\d{2}s|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)$",
    re.I,
)


def event_told(subject: str, instruction: str) -> tuple[str, list[str]] | None:
    """ "the fire drill on Wednesday at 11am; everyone meets at the car park" named as what a text is about ("about
    ..." in ``instruction``, or "for ..." an event): the
    sentence that says when the event is ("The fire drill is on Wednesday at 11am.") and the points after it. None
    when the subject names no event with a day, a date or a time: a topic alone says nothing."""
    found = _EVENT_WHEN.match(" ".join(subject.split())[:600])
    if found is None:
        return None
    event, head = found.group("event"), found.group("head")
    if not names_occasion(head) and (_TOPIC_HEAD.search(head) or _PERIOD_ONLY.match(found.group("when"))):
        return None
    # a text about the event ("an email about the fire drill on ..."), or for one the words name as an event ("a
    # caption for our bat walk on 18 October"); "a note for the team on Monday" is for readers, and says nothing
    linked = "(?:about|for)" if names_occasion(head) else "about"
    if not re.search(rf"\b{linked}\s+{re.escape(event)}\b", instruction, re.I):
        return None
    rest = [part.strip() for part in (found.group("rest") or "").split(";") if part.strip()]
    *before, last = head.split()
    doing = event == head and not names_occasion(head) and last.lower().endswith("ing")
    if doing and not _plural(before[-1]):
        return None  # "the new building on Monday", "the spring cleaning": no subject to say it of
    if doing:  # "the new recycling bins arriving on 3 June": "The new recycling bins are arriving on 3 June."
        return f"{event[:1].upper()}{' '.join(before)[1:]} are {last} {found.group('when')}.", rest
    verb = "are" if _plural(last) else "is"  # the head's last word: "the trip to the Science Museum" is one trip
    return f"{event[:1].upper()}{event[1:]} {verb} {found.group('when')}.", rest


def _plural(word: str) -> bool:
    word = word.lower()
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def event_sentence(phrase: str) -> str | None:
    """ "the summer fete on 12 July on the vicarage lawn", announced: the sentence saying when it is ("The summer
    fete is on 12 July on the vicarage lawn."); None when the phrase names no event with a day, date or time."""
    found = _EVENT_WHEN.match(" ".join(phrase.split())[:600].rstrip(" .!"))
    if found is None or found.group("rest") or not names_occasion(found.group("head")):
        return None
    event = found.group("event")
    verb = "are" if _plural(found.group("head").split()[-1]) else "is"
    return f"{event[:1].upper()}{event[1:]} {verb} {found.group('when')}."
