"""The "that" a telling leaves out: "tell the choir rehearsal is on Tuesday", "Text the team the meeting is moved to
3pm", "let the staff know the canteen shuts at 2pm".

Said without "that", the reader and the news run together ("the choir rehearsal", "the team the meeting") and the
brief reads neither. A reader is a group named with "the", "our" or "my" (the choir, our tenants, everyone) or a
person's name; what follows it is news when it is a clause of its own: a subject of a few words and a verb. Only
then is the "that" put back, so the request reads as "tell the choir that rehearsal is on Tuesday".
"""

from __future__ import annotations

import re

_GROUP = (
    r"(?:choir|team|staff|parents|class|residents|members|committee|club|group|neighbours|neighbors|players|"
    r"volunteers|tenants|students|pupils|customers|guests|kids|children|family|band|crew|office|department|squad|"
    r"cast|congregation|governors|trustees|helpers|coaches|runners|swimmers|singers|readers|patients|clients)"
)
_READER = (
    rf"(?:(?:the|our|my|all\s+the|your)\s+(?:[\w'-]+\s+){{0,2}}?{_GROUP}|everyone|everybody|"
    r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)"
)
_VERB = (
    r"(?:is|are|was|were|will|has|have|had|can|must|should|starts?|opens?|closes?|moves?|shuts?|runs?|begins?|"
    r"ends?|meets?|needs?|go|goes|costs?|finishes|leaves?|arrives?|comes?|(?-i:[a-z]{2,}ed))"
)
_WORD = r"(?!(?:we|i|you|they|he|she|it)\b)[\w'-]+"
# The news: a subject of one to four words (opening on a determiner when the reader was a name) and its verb.
_TOLD = re.compile(
    rf"\b(?P<ask>(?:tell|telling|text|texting|email|emailing|e-mail|message|messaging|remind|reminding|inform|"
    rf"informing)\s+{_READER}|let(?:ting)?\s+{_READER}\s+know)\s+"
    # ("Email the parents asking whether ...", "... saying the lift is out": a doing, not a subject)
    r"(?!(?:that|about|to|know|what|when|where|why|how|if|whether|on|in|at|by|for|from|with|and|or|of|[a-z]+ing)\b)"
    # ("telling everyone the total we need to pay": "we" opens a clause on the thing told, which is no news)
    rf"(?=(?:(?:the|our|my|a|an|this|next|their|his|her)\s+)?{_WORD}(?:\s+{_WORD}){{0,3}}?\s+{_VERB}\b)",
    re.I,
)
_NAMED = re.compile(r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?$")
_DETERMINED = re.compile(r"(?:the|our|my|a|an|this|next|their|his|her)\s", re.I)


def that_supplied(text: str) -> str:
    """``text`` with "that" put back after the reader of a telling that left it out; unchanged otherwise."""
    head, colon, rest = text.partition(":")
    found = _TOLD.search(head[:600])
    if not found:
        return text
    reader = re.sub(r"\s+know$", "", found.group("ask"), flags=re.I).split(None, 1)[-1]
    if _NAMED.search(reader) and not _DETERMINED.match(head[found.end() :]):
        return text  # ("Tell Sam Jones is coming": a name runs on; only "the ...", "our ..." opens the news)
    return f"{head[: found.end()]}that {head[found.end() :]}{colon}{rest}"
