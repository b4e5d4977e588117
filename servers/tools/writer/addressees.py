"""Whom a message greets: the reader's name out of the words that describe them.

A request names its reader with a role or a place around the name: "to my neighbour Greta", "to our landlord, Mr.
Byrne,", "to Jonas from accounts", "to Priya at the bakery", "to Mrs. Okafor, my son's teacher,", "to my hosts, the
Moreau family". The greeting says the name ("Hello Greta,", "Dear Mr. Byrne,"), never the role ("Hello neighbour
Greta") and never "[Name]" when a name is given. The role and the place say who the reader is, not what the text
says: they are handed on (``Addressed.described``) so the final gate does not ask the text to repeat them. With no
capitalised name ("to my neighbour", "to the team") nothing changes: the greeting keeps "[Name]" or greets the
group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.writer.venues import names_place

MAX_ADDRESS_CHARS = 200  # the "to ..." phrase is read from the start of the rest only; the rest can be long
# A name: an optional title, then one to three capitalised words (never a weekday or a month: "my team Monday").
_TITLE = r"(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Sir|Dame|Rev|Coach|Captain|Judge)\.?"
_NOT_NAME = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|I|Re|Subject)\b"
)
_NAME = rf"(?:{_TITLE}\s+)?(?!{_NOT_NAME})[A-Z][\w'-]*(?:\s+(?!{_NOT_NAME})[A-Z][\w'-]*){{0,2}}"
# Words that end a role: after them the phrase says where or about what, not who ("the residents of Elm Street").
_LINKING = r"(?:of|in|on|at|from|for|to|with|and|or|about|regarding|saying|asking|telling|who|whose|that)\b"
_ROLE_WORD = rf"(?!{_LINKING})[a-z][\w'-]*"
_PLACE_WORD = rf"(?!{_TITLE}\b)[A-Z][\w'&-]*"
# "to my neighbour Greta", "to our landlord, Mr. Byrne,", "to the client, Mr Hughes", "to a customer, Ms Rossi: her
# order ...": a determiner, a lowercase role, then the name.
_ROLE_THEN_NAME = re.compile(
    # (the role may name where the reader works, capitalised: "to the Trinity House archivist, Dr Helen Marsh,")
    rf"^(?P<to>(?i:to|for)\s+)(?P<role>(?i:my|our|your|the|a|an)\s+(?:(?:{_ROLE_WORD}|{_PLACE_WORD})\s+){{0,3}}"
    rf"{_ROLE_WORD})"
    rf"(?:\s+(?P<name>{_NAME})(?=\s+[a-z]|\s*[.;:!?]|,\s+(?!and\b)(?:[a-z]|I\b|I'|[A-Z][a-z]+\s+(?!and\b|or\b)[a-z])|$)|,\s+(?P<set_off>{_NAME}(?:\s+and\s+{_NAME})?|the\s+{_NAME}\s+family)(?:,(?=\s)|(?=\s*[.!?]?$)|(?=:\s)))"
)
# A role that is a person, not a shop or a page: "my daughter's teacher", "my son's coach", "our landlord" (not "a
# client" or "a host": "a post for a client, Harbour Cafe" names a business).
_PERSON_ROLE = re.compile(
    r"\b(?:boss|manager|landlord|landlady|neighbou?r|teacher|tutor|mentor|colleague|co-?worker|friend|sister|"
    r"brother|mum|mom|dad|mother|father|wife|husband|partner|son|daughter|aunt|uncle|cousin|"
    r"doctor|dentist|nurse|midwife|coach|trainer|instructor|childminder|nanny|babysitter|carer|cleaner|"
    r"plumber|builder|electrician|vet|headteacher|head|lecturer|supervisor|grandma|grandad|"
    r"grandmother|grandfather|niece|nephew)s?$",
    re.I,
)
# "to Jonas from accounts asking ...", "to Dr Lee at City Hospital about ...": the place after the name.
_PLACE_STOP = (
    r"(?:saying|stating|noting|explaining|mentioning|telling|letting|informing|about|regarding|concerning|that|"
    r"to|for|and|who|with|on|[a-z]+ing)\b"
)
_NAME_THEN_PLACE = re.compile(
    rf"^(?P<to>(?i:to|for)\s+)(?P<name>{_NAME})\s+(?P<place>(?:from|at)\s+(?!(?:noon|night|midnight|once|"
    rf"least|most|all|home|the weekend|the moment|the end|the start|the latest)\b)(?:the\s+)?"
    rf"(?!{_PLACE_STOP})[A-Za-z][\w'&-]*(?:\s+(?!{_PLACE_STOP})[A-Za-z][\w'&-]*){{0,3}}?)"
    rf"(?=\s+{_PLACE_STOP}|\s*[,.;:!?]|$)"
)
# "to Mrs. Okafor, my son's teacher, about ...": a role set off after the name.
_NAME_THEN_ROLE = re.compile(
    rf"^(?P<to>(?i:to|for)\s+)(?P<name>{_NAME}),\s+(?P<role>(?i:my|our|your|the)\s+[\w'-]+(?:\s+[\w'-]+){{0,3}}?),"
    rf"(?=\s)"
)

# "for Ben, who handles payroll, saying ...", "to the team, who have worked late all week, that ...": a clause set off
# after the reader says who they are; what the text says comes after it.
_READER_THEN_WHO = re.compile(
    rf"^(?P<to>(?i:to|for)\s+)(?P<name>{_NAME}|(?i:the|our|my)\s+[\w'-]+(?:\s+[\w'-]+)?),\s+"
    r"(?P<role>(?i:who|whose)\s+[^,;:\n]{2,100}?),\s+"
    r"(?=(?i:saying|stating|telling|letting|asking|reminding|inviting|thanking|to say|to tell|to let|to ask|that)\b)"
)


# "to the parents in my daughter's class saying ...": readers, then where they are; the greeting says "parents".
_GROUP_THEN_PLACE = re.compile(
    r"^(?P<to>(?i:to|for)\s+)(?P<name>(?i:the|all the|all)\s+[a-z][\w'-]*s)\s+"
    r"(?P<place>(?i:in|at|of|from)\s+(?i:my|our|his|her|their)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+"
    r"(?=(?i:saying|telling|asking|letting|reminding|inviting|to say|to tell|to let|that)\b)"
)


@dataclass(frozen=True, slots=True)
class Addressed:
    """The request's rest with the reader named by their name alone, and the words that described them."""

    rest: str
    described: str = ""


def addressed(rest: str) -> Addressed:
    """``rest`` ("to my neighbour Greta asking her ...") with the reader named by name ("to Greta asking her ...");
    the role or place dropped is ``described``. Unchanged when the reader has no capitalised name."""
    head, tail = rest[:MAX_ADDRESS_CHARS], rest[MAX_ADDRESS_CHARS:]
    if names_place(head):
        return Addressed(rest)  # "for the cafe's Facebook page": where the text goes, read by no one by name
    found = _ROLE_THEN_NAME.match(head)
    # set off by commas only after "to", or after "for" a person ("a card for my daughter's teacher, Mr Lewis,"):
    # "a post for our shop, Crusty Corner, ..." names the shop, not a reader
    for_thing = found and found.group("to").strip().lower() != "to" and not _PERSON_ROLE.search(found.group("role"))
    if found and not (found.group("set_off") and for_thing):
        name = found.group("name") or found.group("set_off")
        after = head[found.end() :]
        if found.group("set_off"):
            after = " " + after.lstrip()
        return Addressed(f"{found.group('to')}{name}{after}{tail}", found.group("role"))
    found = (
        _NAME_THEN_PLACE.match(head)
        or _NAME_THEN_ROLE.match(head)
        or _READER_THEN_WHO.match(head)
        or _GROUP_THEN_PLACE.match(head)
    )
    if found:
        described = found.groupdict().get("place") or found.group("role")
        after = head[found.end() :]
        return Addressed(f"{found.group('to')}{found.group('name')} {after.lstrip()}".rstrip() + tail, described)
    return Addressed(rest)
