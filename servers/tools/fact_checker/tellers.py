"""A teller named by a trade or a role before a claim passed on in everyday speech: "The head chef reckons ...",
"the night porter swears ...", "Our plumber insists that ..."; or named by where the claim was heard ("In the tea
stall they said ..."), or as one who put it to the asker ("Customer ask me, Chiang Mai is ...").

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


# Where it was said, then who said it: "In the tea stall they said ...", "At the market people say ...".
_PLACED = re.compile(
    r"^(?:in|at|on)\s+(?:the|my|our|a)\s+[\w'-]{1,20}(?:\s+[\w'-]{1,20})?,?\s+(?:they|people|someone|everyone)\s+"
    r"(?:say|said|says|told\s+me|tell\s+me)\s+(?:that\s+)?(?=\S)",
    re.I,
)
# Someone who put the claim to the asker as a question: "Customer ask me, ...", "A tourist asked me, ...".
_ASKED_ME = re.compile(r"^(?:(?:a|the|my|our)\s+)?[\w'-]{1,20}\s+(?:asks?|asked)\s+(?:me|us),\s+(?=\S)", re.I)


def without_teller(text: str) -> str:
    """``text`` without a teller named by trade and the colloquial verb that passes its claim on, by where the
    claim was heard, or as one who asked it."""
    for teller in (_TELLER, _PLACED, _ASKED_ME):
        text = teller.sub("", text, count=1)
    return text
