"""Where a text will appear: "for our newsletter", "for my etsy listing", "for the team wiki on booking rooms",
"for my etsy shop" (a shop or store is where a listing goes; "the store manager" is a person, and "our shop photo" a
picture of the shop, not a place), "for the club WhatsApp" (a chat a message is posted in).

The place a text goes is neither its topic nor its content. Read as a topic it ends up in the text, as a heading
("Our team wiki on booking meeting rooms:") or a label ("My etsy listing: a ceramic mug"), which is the
instruction pasted back. A venue is read by its last noun, from a closed list of places texts are posted; a topic
after it ("... on booking meeting rooms", "... about parking") is what the text is about.
"""

from __future__ import annotations

import re

from servers.tools.summarizer.sentences import STOPWORDS, words

_PLACE = (
    r"(?:newsletter|website|site|web ?page|page|blog|bulletin|noticeboard|notice board|flyer|poster|leaflet|"
    r"brochure|magazine|intranet|channel|feed|group chat|instagram|facebook|linkedin|twitter|mailing list|"
    r"listing|listings|wiki|wiki page|profile|handbook|staff handbook|manual|catalogue|catalog|menu|readme|"
    r"portal|slide|slides|deck|shop window|app store|store page|product page|bio page|about page|footer|header|"
    # a chat a message is posted in: "an announcement for the club WhatsApp" is read by the club, not by "WhatsApp"
    r"(?:whatsapp|facebook|signal|telegram|messenger)\s+(?:group|chat)|whatsapp|slack(?:\s+channel)?|discord|"
    r"telegram|messenger|group chat|teams channel|forum|"
    # said aloud to everyone in the place: "for me to read over the PA", "on the tannoy"
    r"pa|tannoy|intercom|loudspeakers?|public address(?:\s+system)?|pa system|"
    r"banner|window|front door|door|sign|(?:conference|event|festival|concert|theatre|show|printed)\s+program(?:me)?|"
    r"(?:shop|store)(?![\w'-]|\s+(?:manager|owner|staff|assistant|clerk|team|keeper|front|photos?|pictures?|pics?|"
    r"images?|videos?|selfies?)\b))"
)
_OWNER = r"(?:the|our|my|a|an|this|this week's|next week's|their|your)"
# "the home page of our website", "the front page of the newsletter": a place within a place; "the noticeboard at
# the supermarket", "the board in the village hall": where the place itself is
_OF_PLACE = (
    rf"(?:\s+of\s+{_OWNER}\s+(?:[\w'-]+\s+){{0,2}}?{_PLACE}"
    rf"|\s+(?:at|in|outside|by)\s+(?:the|our|my|a|an)\s+(?:[\w'-]+\s+){{0,2}}?[\w'-]+)?"
)
# "for our newsletter", "on the team wiki about parking": the place, then what the text is about, if said.
VENUE = re.compile(
    rf"^(?:for|in|on|over)\s+(?:{_OWNER}\s+)?(?P<place>(?:[\w'-]+\s+){{0,2}}?{_PLACE}{_OF_PLACE})(?:\s+please)?\s*"
    rf"(?:$|(?:about|on|regarding|covering|explaining)\s+(?P<topic>\S.*)$)",
    re.I,
)
# The same place anywhere in an instruction: "write a product description for my etsy listing".
_SOMEWHERE = re.compile(
    rf"\b(?:for|in|on|over)\s+{_OWNER}\s+(?P<place>(?:[\w'-]+\s+){{0,2}}?{_PLACE}{_OF_PLACE})\b", re.I
)


# "for the cafe's Facebook page saying ...": a phrase that opens by naming a place, ended there ("for our
# newsletter readers" names people).
_OPENS_WITH_PLACE = re.compile(
    rf"^(?:for|in|on|over)\s+(?:[\w'-]+\s+){{0,3}}?{_PLACE}{_OF_PLACE}(?=\s*(?:$|[,.;:!?(]|(?:about|on|regarding|covering|"
    r"explaining|saying|telling|announcing|letting|asking|inviting|thanking|reminding|with|in|to|that|and|"
    r"please|for)\b))",
    re.I,
)


def names_place(phrase: str) -> bool:
    """Whether ``phrase`` ("for the cafe's Facebook page ...") opens by naming where a text goes: a place, never a
    reader, however its owner is named ("the cafe's", "our", "Maria's")."""
    return _OPENS_WITH_PLACE.match(phrase[:300]) is not None


# What a text does, said after the place it goes: "for the parish newsletter announcing the summer fete ...".
_DOING = re.compile(
    r"(?:announcing|saying|telling|letting|inviting|reminding|thanking|asking|welcoming|congratulating|sharing|"
    r"stating|explaining)\b",
    re.I,
)


def after_place(phrase: str) -> str | None:
    """What ``phrase`` goes on to do after naming where the text goes ("for the parish newsletter announcing the
    fete ..." -> "announcing the fete ..."); None when it opens with no place, or says nothing after it but a topic."""
    found = _OPENS_WITH_PLACE.match(phrase[:300])
    rest = phrase[found.end() :].lstrip(" ,") if found else ""
    return rest if _DOING.match(rest) else None


def venue_words(instruction: str) -> set[str]:
    """The nouns naming where ``instruction``'s text goes ("listing" of "my etsy listing"); empty when it names
    none. Only the place's own noun: "the school website" makes "website" a venue word, never "school"."""
    found: set[str] = set()
    for place in _SOMEWHERE.finditer(" ".join(instruction.split())[:2000]):
        found |= {w for w in words(place.group("place"))[-1:] if w not in STOPWORDS}
    return found


# "our new head chef for the menu": the place named last, after what the text is about.
_TRAILING = re.compile(rf"\s+(?:for|in|on)\s+(?:{_OWNER}\s+)?(?:[\w'-]+\s+){{0,2}}?{_PLACE}\s*$", re.I)


def without_venue(subject: str) -> str:
    """``subject`` without the place it ends with ("our new head chef for the menu" -> "our new head chef"); a
    subject that is only a place is left as it is."""
    cut = _TRAILING.search(subject[:300])
    return subject[: cut.start()] if cut and subject[: cut.start()].strip() else subject
