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
    kin = _KIN_NAMED.search(described) or (_KIN_NAMED.search(rest) if reader else None)
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
