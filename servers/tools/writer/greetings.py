"""The greeting line of an email or letter: the reader's name, a group, or a placeholder, never a role.

"Hello tenants," greets a group and "Hello Greta," a person by name; "the client" or "my landlord" is one person
named only by a role, and "Hello client," would greet them by their job: such a reader gets "Hello [Name],"
for the sender to fill in. With no reader named, a friendly text greets "all" and a formal one "Sir or Madam".
"""

from __future__ import annotations

import re

from servers.tools.writer.briefs import Brief

_GREETING_WORDS = {"formal": "Dear", "friendly": "Hi", "casual": "Hey"}
# Readers named as "the <noun>" who are many, though the noun is singular.
_GROUPS = frozenset(
    "team crew staff committee board class group club family office department council choir squad band panel "
    "company household community street village school".split()
)

# Family named by their tie, who are greeted by it as by a name: "to my grandad" is "Dear Grandad,".
_KIN = frozenset(
    "grandad granddad grandpa grandma granny gran nan nana nanna mum mom mam mummy mommy dad daddy auntie aunty".split()
)

# Roles whose name is also how one greets the person: "to my coach" is "Hi Coach,", as a player says it.
_TITLES = frozenset("coach doctor professor captain skipper".split())


def greeting(brief: Brief) -> str:
    """The greeting line for ``brief``'s reader in its tone: "Hello tenants,", "Dear Mr. Byrne,", "Hi [Name],"."""
    audience = (brief.audience or "").strip()
    bare = re.sub(r"^(?:the|our|all(?: the)?|my)\s+", "", audience, flags=re.I)
    bare = re.sub(r"^(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+", "", bare, flags=re.I)
    # ("all 37 farmers" are greeted as "farmers": how many they are is no part of their name)
    if not audience and _ONE_UNNAMED.search(brief.instruction):
        name = "[Name]"  # "write him a kind email": one reader, never "all", and no name given to greet them by
    elif not audience:
        name = "all" if brief.tone in ("friendly", "casual") else ""
    elif (re.match(r"^(?:my|our)\s", audience, re.I) and bare.lower() in _KIN) or (
        re.match(r"^(?:my|our|the)\s", audience, re.I) and bare.lower() in _TITLES
    ):
        name = bare[:1].upper() + bare[1:].lower()
    elif (
        re.match(r"^(?:(?:my|your|his|her|an?|one|this|that)\s|(?:her|him|them)$)", audience, re.I)
        or _one_role(audience)
        or _MESSAGE_OF.search(audience)  # "a reply to the Smiths' complaint": their message, not whom to greet
    ):
        # no name to greet: a role ("my landlord") or a pronoun ("a reply to her")
        name = bare.lower() if bare.lower() in ("team", "colleagues", "neighbours", "neighbors") else "[Name]"
        if name == "[Name]" and re.match(r"(?:my|your)\s", audience, re.I) and _many(bare):
            name = "everyone"  # "my Year 5 class", "my students": a group, greeted as one
    else:
        name = bare
    word = _GREETING_WORDS.get(brief.tone, "Hello")
    if word == "Dear" and not name:
        name = "Sir or Madam"
    return f"{word} {name},".replace(" ,", ",")


# One reader named only by a pronoun in the ask: "write him a kind email", "send her a note", "a thank-you to him".
_ONE_UNNAMED = re.compile(
    r"\b(?:write|send|email|e-mail|text|message|drop|draft|give)\s+(?:him|her)\b|\bto\s+(?:him|her)\s*$", re.I
)
_MESSAGE_OF = re.compile(
    r"['’]s?\s+(?:\w+\s+)?(?:complaint|review|email|message|letter|note|feedback|comment|post|enquiry|query|"
    r"question|request|text)s?$",
    re.I,
)


def _one_role(audience: str) -> bool:
    """ "the client", "the landlord": one person named by a role, not a group ("the team") or a name."""
    role = re.fullmatch(r"the\s+([a-z]+)", audience.strip())
    return bool(role) and not role.group(1).endswith("s") and role.group(1) not in _GROUPS


def _many(readers: str) -> bool:
    """ "Year 5 class", "students": readers who are many (a group noun, or a plural), not one person by role."""
    last = readers.split()[-1].lower() if readers.split() else ""
    return last in _GROUPS or (last.endswith("s") and not last.endswith(("ss", "us", "is")))
