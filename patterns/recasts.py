"""Recasts: a part that turns the result before it into a text of another kind ("Summarise these notes and turn
them into an email to the team: <notes>", "Look up the opening hours and make them into a notice", "Summarise
this and write a tweet from it: <text>").

"It"/"them" there is what the part before made of the material, not the material again: a summary turned into
an email is the email of the summary, so the part depends on the one before and is handed its result, not a
second copy of the material to work on from scratch. Only a recast into a kind of text counts ("turn it into an
email", "put them into a list"); "convert it into km" is a sum on the answer (``references.converts_the_result``).

Bounded and linear: one anchored match over the first ``SCAN`` characters, then a look at the next few words.
"""

from __future__ import annotations

import re

from patterns.material import TEXT_KINDS

SCAN = 200
# how far after "into" the kind of text may come ("into a short, friendly email to the team")
_KIND_WORDS = 5

_RECAST = re.compile(
    r"(?:and\s+)?(?:then\s+)?(?:please\s+)?(?:turn|make|put|change|rework|reshape|format|rewrite|convert)\s+"
    r"(?:it|them|this|that|these|those)\s+(?:into|as)\s+",
    re.IGNORECASE,
)
# "write a tweet from it", "draft a short post based on them": a text made out of the result before
_MADE_FROM = re.compile(
    r"(?:and\s+)?(?:then\s+)?(?:please\s+)?(?:write|draft|make|create|compose)\s+(?:me\s+|us\s+)?(?:a|an|some)\s+"
    r"(?P<kind>(?:[a-z'-]+\s+){1,4}?)(?:from|out\s+of|based\s+on)\s+(?:it|them|that|this|those|these)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z][a-z'-]*")
# kinds of text a result is recast into besides the named texts a writer is asked for
_SHAPES = frozenset("list bullets bullet points checklist summary table".split())


def recasts_the_result(instruction: str) -> bool:
    """Whether ``instruction`` opens by turning "it"/"them" into a kind of text ("turn them into an email to the
    team", "make it into a short notice", "put these into a bullet list", "write a tweet from it")."""
    text = instruction.strip()[:SCAN]
    made = _MADE_FROM.match(text)
    if made is not None:
        return bool((TEXT_KINDS | _SHAPES) & set(_WORD.findall(made.group("kind").lower())))
    found = _RECAST.match(text)
    if found is None:
        return False
    following = _WORD.findall(text[found.end() :].lower())[:_KIND_WORDS]
    return bool((TEXT_KINDS | _SHAPES) & set(following))


# "Make it a notice for the gates", "make them into a short post for the club": the result made a text of a kind,
# where "make it" alone reads as an order to change its tone ("make it friendlier"); "turn it into a tweet" reads right
_MADE_INTO = re.compile(
    r"^(?:and\s+)?(?:then\s+)?(?:please\s+)?make\s+"
    r"(?:it|them|this|that|these|those|the\s+(?:summary|answer|result|findings|points))\s+(?:into\s+)?"
    r"(?P<kind>(?:a|an)\s+(?:[a-z'-]+\s+){0,3}?(?P<noun>[a-z'-]+))(?P<rest>(?:\s+(?:for|to)\s.*)?)$",
    re.IGNORECASE | re.DOTALL,
)


def as_text_to_write(instruction: str) -> str | None:
    """``instruction`` that makes the result it is handed into a named kind of text, said as the text to write
    ("Make it a notice for the pontoon gates" -> "Write a notice for the pontoon gates"), so the writer drafts it
    from the result rather than reading an order to rewrite the result's tone; ``None`` for any other."""
    found = _MADE_INTO.match(instruction.strip()[:SCAN])
    if found is None or found.group("noun").lower() not in TEXT_KINDS or len(instruction.strip()) > SCAN:
        return None
    return f"Write {found.group('kind')}{found.group('rest')}"


__all__ = ["as_text_to_write", "recasts_the_result"]
