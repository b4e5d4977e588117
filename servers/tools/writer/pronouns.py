"""Whose "he" and "she" a request means when it names its reader by a title and someone else by a kin word.

"a thank-you card to Mrs Patel, my son Leo's teacher, for all her help with his reading": the card speaks to Mrs
Patel, so "her help" is "your help"; "his reading" is Leo's, and said to her it names him ("Leo's reading"), or
the card would thank her for her own reading. The title says the reader's gender (Mrs, Ms, Miss: she; Mr: he) and
the kin word the other person's (son, daughter, husband ...). Only when the two differ is each pronoun known to
be one person's; when they are the same ("Mrs Lee, my daughter Amy's teacher, ... her"), nothing is changed here.
"""

from __future__ import annotations

import re

from servers.tools.writer.persons import you_verb

_READER = re.compile(r"^(?P<lead>(?:to|for)\s+(?P<title>Mrs|Ms|Miss|Mr)\.?\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)")
_KIN = {"son": "he", "boy": "he", "husband": "he", "brother": "he", "dad": "he", "father": "he", "grandson": "he",
        "nephew": "he", "daughter": "she", "girl": "she", "wife": "she", "sister": "she", "mum": "she",
        "mother": "she", "granddaughter": "she", "niece": "she"}  # fmt: skip
_KIN_NAMED = re.compile(
    rf"\b(?:my|our)\s+(?:(?:little|eldest|youngest|older|younger|baby)\s+)?(?P<kin>{'|'.join(_KIN)})\s+"
    r"(?P<name>(?-i:[A-Z])[\w-]+)",
    re.I,
)
# "my son's teacher": the other person named by their tie alone, said so in the text ("my son's reading")
_KIN_OWNER = re.compile(rf"\b(?P<name>(?:my|our)\s+(?P<kin>{'|'.join(_KIN)}))'s\b", re.I)
# After "her" as an object ("thank her for", "helped her."), never a noun she has ("her help").
_OBJECT_AFTER = re.compile(
    r"^(?:$|[^\w]|(?:to|for|with|and|or|on|in|at|about|from|this|that|a|an|the|so|if|when|because|again|today|"
    r"tomorrow|yesterday|very|too|all|up|out|back|know|feel|get|through|over|by)\b)",
    re.I,
)
_PRONOUN = re.compile(r"\b(?P<word>he|she|him|his|her|hers)\b(?P<after>\s+[\w']+)?", re.I)


def told_apart(rest: str, described: str) -> str:
    """``rest`` ("to Mrs Patel for all her help with his reading") with the reader's pronouns said to them and the
    other person's said by their name ("... for all your help with Leo's reading"); unchanged unless the reader's
    title and the kin word of the one person ``described`` (or ``rest``) names give different genders."""
    reader = _READER.match(rest)
    kin = _KIN_NAMED.search(described) or (_KIN_NAMED.search(rest) if reader else None) or _KIN_OWNER.search(described)
    if reader is None or kin is None:
        return rest
    theirs = _KIN[kin.group("kin").lower()]
    yours = "he" if reader.group("title") == "Mr" else "she"
    if theirs == yours:
        return rest
    name = kin.group("name")

    # (each of the other person's pronouns is their name, "helping Amy with Amy's confidence": a "her" left would
    # later be read as the reader's)
    def said(found: re.Match[str]) -> str:
        word, after = found.group("word"), found.group("after") or ""
        low = word.lower()
        mine = low in (("he", "him", "his") if yours == "he" else ("she", "her", "hers"))
        if low in ("he", "she"):
            verb = after.strip()
            return f"you {you_verb(verb)}" if mine and verb else ("you" if mine else name) + after
        if low in ("his", "hers"):
            return ("your" if mine else f"{name}'s") + after
        if low == "him":
            return ("you" if mine else name) + after
        owned = not _OBJECT_AFTER.match(after.strip())
        return (("your" if owned else "you") if mine else (f"{name}'s" if owned else name)) + after

    lead = reader.group("lead")
    return lead + _PRONOUN.sub(said, rest[len(lead) :])


def unclear_whose(said: str) -> str | None:
    """The "his" or "her" in ``said`` (to a reader described through someone else) that may be either's, or None.

    Only where one person's pronoun comes twice and first as an owner ("for all her help with her reading": the
    help is the reader's, the reading may be either's); "helping her with her reading" names the other person
    first, and what follows is theirs."""
    # ("thanking her for ...": the one thanked is the reader, and says nothing of whose the rest is)
    said = re.sub(
        r"\b(?:thank|tell|ask|invite|remind|congratulate|let)(?:ing|s)?\s+(?:him|her)\b", "", said, flags=re.I
    )
    for words in (("he", "him", "his"), ("she", "her", "hers")):
        found = [m for m in _PRONOUN.finditer(said) if m.group("word").lower() in words]
        if len(found) < 2:
            continue
        first, after = found[0].group("word"), (found[0].group("after") or "").strip()
        owned = first.lower() == "his" or (first.lower() == "her" and not _OBJECT_AFTER.match(after))
        if owned and first.lower() != "him":
            return first
    return None
