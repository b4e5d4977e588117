"""A teller named by a trade or a role before a claim passed on in everyday speech: "The head chef reckons ...",
"the night porter swears ...", "Our plumber insists that ...".

A trade is an open list, so the teller is read by its shape, a noun for a person who does something (a word in
-er, -or, -ist, -ian or -man, or a few short trade words), and only before the colloquial verbs of passing a claim
on (reckons, swears, insists, is sure, keeps saying, told me). "The Egyptians believed ..." or "The historian
wrote that ..." are left as they are: what a people believed, or what a writer wrote, is the claim to check.
Every regex here is linear: bounded word runs and alternations.
"""

from __future__ import annotations

import re

# lowercase, as a trade is written: "The Egyptians" or "the Romans" name a people, not a teller
_AGENT = (
    r"(?-i:[a-z][\w'-]{2,20}(?:ers?|ors?|ists?|ians?|man|men|woman|women)|chefs?|cooks?|vets?|gps?|nans?|nanas?"
    r"|nannas?|staff|crew|chiefs?|captains?|refs?|nurses?|lads?|lass|blokes?|guys?|kids?|boss|mum|mom|dad|sons?"
    r"|daughters?|wife|husband|partner|gran|mates?|friends?|cousins?|uncle|aunt|auntie|girls?|boys?|chap|fella"
    r"|neighbou?rs?|colleagues?|pupils?|students?|parents?|regulars?|apprentices?)"
)
_TELLER = re.compile(
    r"^(?:the|our|my|his|her|their|this|that|one\s+of\s+(?:the|our|my))\s+(?:[\w'-]{1,20}\s+){0,2}?"
    + _AGENT
    # where the teller was met: "the bloke at the bar swore ...", "the lads down the depot reckon ..."
    + r"(?:\s+(?:here|there|next\s+door|upstairs|downstairs)"
    r"|\s+(?:at|in|on|from|down|outside)\s+(?:the|my|our|a|this)\s+[\w'-]{1,20}(?:\s+[\w'-]{1,20})?)?"
    r"\s+(?:reckons?|reckoned|swears?(?:\s+blind)?|swore(?:\s+blind)?|insists?|insisted|keeps\s+saying"
    r"|told\s+(?:me|us)|(?:is|was)\s+(?:sure|convinced|adamant|certain))\s+(?:that\s+)?(?=\S)",
    re.I,
)


def without_teller(text: str) -> str:
    """``text`` without a teller named by trade and the colloquial verb that passes its claim on."""
    return _TELLER.sub("", text, count=1)
