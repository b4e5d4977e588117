"""What a thing is called: "Kent is known as the Garden of England", "Ho Chi Minh City was formerly called Saigon".

A naming claim says a thing goes by a name now (a nickname, another name: "is known as", "is called", "is
nicknamed") or went by one before (a former name: "used to be called", "was once known as", "before was called",
"Saigon is the old name of Ho Chi Minh City"). The name is a proper name, capitalized ("the Garden of England",
"Saigon"); "was called unsinkable" names nothing.

Such a claim is **supported** by a sentence of a note that opens on the same thing and gives it the same name
in the same way: "Kent has been called the Garden of England since Tudor times" for the nickname, "Ho Chi Minh
City was called Saigon until 1976" or "..., formerly Saigon" for the former name. A thing can have several
nicknames and several former names, so a note giving another name contradicts nothing: the claim is then left
to the ordinary check.

Every regex here is linear: bounded repetitions, no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.fact_checker.verdicts import Evidence, Verdict
from servers.tools.fact_checker.vocabulary import terms
from servers.tools.researcher.knowledge import KnowledgeBase
from servers.tools.summarizer.sentences import split_sentences

MAX_CLAIM_CHARS = 300
SUBJECT_TERMS = 6  # the thing must be named near the start of the sentence that names it
_NAME = r"(?P<name>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|de|la|the|and|on|upon)\s+){0,2}[A-Z][\w'’.-]*){0,4})"
_THING = r"(?P<thing>[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){0,6}?)"
_EARLIER = r"(?:before|formerly|previously|once|originally|earlier|first|in\s+the\s+past)"
_NAMING = r"(?:call|called|named|name|known\s+as|know\s+as)"
_ALIAS_VERB = (
    r"(?:(?:also|often|widely|sometimes|commonly|popularly|affectionately|still|long)\s+)?"
    r"(?:known\s+as|called|nicknamed|dubbed|referred\s+to\s+as)"
)
_FORMER_CLAIM = re.compile(
    r"^" + _THING + r"(?:\s+" + _EARLIER + r")?\s+(?:(?:was|were)(?:\s+" + _EARLIER + r")?|used\s+to\s+be|use\s+to\s+be"
    r"|had\s+been)\s+" + _NAMING + r"\s+" + _NAME + r"$"
)
_OLD_NAME_FIRST = re.compile(
    r"^" + _NAME.replace("name>", "old>") + r"\s+(?:is|was)\s+the\s+(?:old|former|previous|original|earlier)\s+name"
    r"\s+(?:of|for)\s+" + _THING + r"$"
)
_OLD_NAME_OF = re.compile(
    r"^the\s+(?:old|former|previous|original|earlier)\s+name\s+(?:of|for)\s+"
    + _THING
    + r"\s+(?:is|was)\s+"
    + _NAME
    + r"$",
    re.I,
)
_ALIAS_CLAIM = re.compile(r"^" + _THING + r"\s+(?:is|are)\s+" + _ALIAS_VERB + r"\s+" + _NAME + r"$")
_NICKNAME_CLAIM = re.compile(r"^" + _THING + r"(?:'s|’s)\s+nickname\s+is\s+" + _NAME + r"$")
# In a note: "was called Saigon until 1976", "formerly known as Saigon", ", formerly Saigon,", "renamed ... from".
_FORMER_SAID = re.compile(
    r"\b(?:was|were)\s+(?:" + _EARLIER + r"\s+)?" + _NAMING + r"\s+" + _NAME + r"\s+(?:until|before|till)\b"
    r"|\b(?:formerly|previously|once|originally)\s+(?:known\s+as\s+|called\s+|named\s+)?"
    + _NAME.replace("name>", "n2>")
    + r"(?=\s*[,;.)]|\s+(?:until|before|and)\b)"
)
_ALIAS_SAID = re.compile(
    r"\b(?:is|are|(?:has|have)\s+(?:long\s+|always\s+|also\s+|[a-z]{2,12}ly\s+)?been)\s+"
    + _ALIAS_VERB
    + r"\s+"
    + _NAME
    + r"|,\s+(?:also\s+)?(?:known\s+as|nicknamed|called)\s+"
    + _NAME.replace("name>", "n2>")
)


@dataclass(frozen=True, slots=True)
class Naming:
    thing: str
    name: str
    former: bool  # a name it went by before, rather than one it goes by now


def read_naming(claim: str) -> Naming | None:
    """The naming ``claim`` makes, or None when it makes none."""
    text = " ".join(claim.strip().rstrip("?!. ").split())[:MAX_CLAIM_CHARS]
    for pattern, former in (
        (_FORMER_CLAIM, True),
        (_OLD_NAME_FIRST, True),
        (_OLD_NAME_OF, True),
        (_ALIAS_CLAIM, False),
        (_NICKNAME_CLAIM, False),
    ):
        found = pattern.match(text)
        if found is not None and terms(found.group("thing")):
            name = found.groupdict().get("name") or found.group("old")
            return Naming(found.group("thing"), _bare(name), former)
    return None


def judge_naming(kb: KnowledgeBase, claim: str, naming: Naming) -> Verdict | None:
    """Supported when a note on the thing gives it the claimed name in the claimed way; None otherwise."""
    wanted = set(terms(naming.thing))
    said_way = _FORMER_SAID if naming.former else _ALIAS_SAID
    for hit in kb.search(naming.thing, 5):
        document = kb.get(hit.doc_id)
        if document is None:
            continue
        for sentence in split_sentences(document.text)[:200]:
            for said in said_way.finditer(sentence[:2_000]):
                name = _bare(said.group("name") or said.group("n2") or "")
                opening = terms(sentence[: said.start()], subject=True)[:SUBJECT_TERMS]
                if name != naming.name or not wanted <= set(opening):
                    continue
                how = "was called" if naming.former else "is called"
                evidence = Evidence(document.id, document.title, document.source, sentence, "supports", 1.0, "")
                return Verdict(claim, "supported", 0.9, [evidence], f"the notes say it {how} {said.group('name')}")
    return None


def _bare(name: str) -> str:
    words = name.split()
    return " ".join(words[1:] if words[:1] and words[0].lower() == "the" else words).rstrip(".").lower()
