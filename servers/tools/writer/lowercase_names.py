"""A reader named without a capital: "draft a text to marcy: ...", "text my wife marcy - ...".

People typing on a phone often write names in lowercase. A message to a named person names them ("Marcy, the
weather's holding ..."), so the name is read as one, capitalised, wherever the request puts it as whom the text is
for: alone after "to"/"for" (or straight after "text"/"message"/"email"), or after a role that is a person ("my wife
marcy", "our neighbour jo"). A word there is a name only where a name ends: at the end of the ask, before its colon,
comma or dash, or before what the text says ("saying", "that", "about" ...). So "a text to send to the party", "a
note to stick on the door" and "a cover note to go with my CV" keep their verbs, and words that name a group, a
place, a pronoun or a role ("to staff", "to everyone", "to reception", "to her", "to landlord") are never names.
"""

from __future__ import annotations

import re

# What may follow a name in an ask: its end, the colon, comma or dash before the points, or what the text says.
_AFTER_NAME = (
    r"(?=\s*(?:$|[:,;.!?\u2013\u2014-]|\s(?:saying|stating|telling|letting|asking|reminding|thanking|inviting|that|"
    # ("a thank-you msg to my coworker jiho for covering my shift": what the thanks are for)
    r"about|re|for|to\s+(?:say|tell|let|ask|remind|thank))\b))"
)
# Vocative kin words: "Mum, I'll be home by 6" says whom it is for, as a name does.
_KIN = frozenset("mum mom mam dad nan nana gran granny grandma grandpa grandad granddad papa mama".split())
_NEVER_NAMES = frozenset(
    # pronouns and everyone
    "me you him her us them it myself yourself self everyone everybody all anyone anybody someone somebody nobody "
    "whoever whom who "
    # groups, places and departments a text goes to
    "staff team crew management dispatch reception security office work home school family class group club "
    "committee board hr admin accounts sales support finance marketing legal maintenance housekeeping kitchen "
    "ops operations it tech head church council parish mates friends folks guys gang "
    # roles, which name no one ("Landlord, the heater ...")
    "boss manager landlord landlady neighbour neighbor teacher tutor mentor colleague coworker friend sister "
    "brother mother father wife husband partner son daughter aunt uncle cousin doctor dentist nurse coach "
    "trainer instructor cleaner plumber builder electrician vet supervisor niece nephew client customer guest "
    "tenant owner driver pilot captain chef server waiter member student parent kid kids baby babe hun love "
    # words that end an ask where a name could
    "please pls plz thanks today tonight tomorrow now asap again later quickly too also first back soon here there "
    "yesterday everything something anything this that these those".split()
)
_WORD = r"[a-z][a-z'\u2019-]{1,19}"
_ROLE_THEN_READER = re.compile(
    r"\b(?P<role>(?:to|for)\s+(?:my|our)\s+(?:boss|manager|landlord|landlady|neighbou?r|teacher|tutor|mentor|"
    r"colleague|co-?worker|friend|sister|brother|mum|mom|dad|mother|father|wife|husband|partner|son|daughter|aunt|"
    r"uncle|cousin|niece|nephew|flatmate|roommate|housemate|girlfriend|boyfriend|fianc[eé]e?|grandma|grandad|"
    r"granddaughter|grandson|nan|gran)\s+)"
    rf"(?P<name>{_WORD}){_AFTER_NAME}",
)


def _is_name(word: str) -> bool:
    lowered = word.lower()
    if lowered in _KIN:
        return True
    if lowered in _NEVER_NAMES or not word.islower():
        return False
    if len(lowered) >= 6 and lowered.endswith("ing"):
        return False  # "to my boss asking for a raise": a doing, never a name ("Ming" and "Jing" are too short)
    # a plural names a group ("to parents", "for tenants"); a name may end in s after a vowel or s ("Lucas", "Chris")
    return not re.search(r"(?<![aiuso])s$", lowered)


def reader_capitalised(rest: str) -> str:
    """``rest`` ("to my wife marcy: ...") with the reader's lowercase name capitalised ("to my wife Marcy: ...")."""
    found = _ROLE_THEN_READER.search(rest[:200])
    if found is None or not _is_name(found.group("name")) or found.group("name").lower() in _KIN:
        return rest
    return rest[: found.start("name")] + found.group("name").capitalize() + rest[found.end("name") :]


def audience_capitalised(audience: str | None, instruction: str) -> str | None:
    """The audience "marcy", or "jo and sam", read as names ("Marcy", "Jo and Sam") when the instruction names them
    where a name stands; otherwise the audience as read."""
    if not audience:
        return audience
    names = audience.split(" and ")
    if len(names) > 2 or not all(re.fullmatch(_WORD, n) and _is_name(n) for n in names):
        return audience
    where = r"\b(?:to|for|text|message|msg|email|e-mail|txt)\s+"
    if re.search(rf"{where}{re.escape(audience)}{_AFTER_NAME}", instruction, re.I) is None:
        return audience
    return " and ".join(n.capitalize() for n in names)
