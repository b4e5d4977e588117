"""Hedges a confident text does not keep: "I think", "maybe", "I guess", "I might be".

A text made more confident or firmer ("Make this sound more confident: 'I think I might maybe be a good fit for
the role, I guess, because ...'") says its claims plainly: the hedging words go, a hedged "I might be" is "I am",
and nothing else changes. What the rules cannot take out, ``hedge_markers`` finds: a rewrite asked to be
confident that still hedges is not the change asked for, and is declined rather than sent.
"""

from __future__ import annotations

import re

# In order: a hedge inside a longer one goes with it ("might be able to" before "might be").
HEDGE_RULES: list[tuple[str, str]] = [
    (r"\bI (?:just )?(?:think|believe|feel|guess|suppose|reckon)(?: like| that)?\s+", ""),
    # "a good fit for the role, I guess, because ...": the hedge said as an aside, with its commas
    (r",?\s*\bI (?:guess|suppose|think|reckon|believe)\b\s*(?=[,.!?;]|$)", ""),
    (r",\s*(?:maybe|perhaps|possibly|probably)\s*(?=[,.!?;])", ""),  # "a decent baker, maybe, and ..."
    (r"\b(?:maybe|perhaps|possibly|probably)\s+", ""),
    # "I'm not sure, but the figures are wrong" (never "I'm not sure if ...": that doubts what follows)
    (r"\bI(?:'m| am) not (?:sure|certain),?\s+but\s+", ""),
    (r"\bit seems (?:like|that)\s+", ""),
    (r"\b(?:might|may|could) be able to\b", "can"),
    # a hedged "I might be a good fit" is said as "I am a good fit" (only the writer's own "I" and "we": "it
    # might rain" is a forecast, not a hedge, and is left for the check below)
    (r"\bI (?:might|may|could) (?:well )?be\b", "I am"),
    (r"\bwe (?:might|may|could) (?:well )?be\b", "we are"),
    (r"\bI could (?!have\b)(?=[a-z])", "I can "),  # "I could lead the project": what I can do, said as so
    (r"\bhopefully\s+", ""),
    (r",?\s*\bif that's (?:ok|okay|alright|fine)(?: with you)?\b", ""),
    (r"\bI (?:will )?try to\b", "I will"),
    # the asker's apologies for asking are hedges too: "Sorry to bother you, but could you ..."
    (r"\b(?:sorry to (?:bother|trouble) you|sorry for (?:bothering you|asking)),?\s*(?:but\s+)?", ""),
    (r",?\s*\b(?:when(?:ever)? you (?:get|have) a (?:chance|moment|minute)|if (?:it's|at all) possible)\b", ""),
]

_HEDGE = re.compile(
    r"\b(?:I (?:think|guess|suppose|believe|reckon)|maybe|perhaps|possibly|probably|I (?:might|may|could)|"
    r"we (?:might|may|could)|might|may be|I feel like|(?:kind|sort) of|hopefully|"
    r"not (?:sure|certain) (?:if|whether|but)|"
    r"I'm not (?:sure|certain)|I am not (?:sure|certain)|kinda|sorta|sorry to (?:bother|trouble)|"
    r"when(?:ever)? you (?:get|have) a (?:chance|moment|minute)|if (?:it's|at all) possible)\b",
    re.I,
)


def hedge_markers(text: str) -> list[str]:
    """The hedges still in ``text`` ("I guess", "maybe", "I might"): none, for a text that says things plainly."""
    return [found.group() for found in _HEDGE.finditer(text)]
