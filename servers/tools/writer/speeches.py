"""A text with nothing to say: "Could you write my best man speech? The wedding is on Saturday and I'm bricking it",
"Can you write my cover letter? The deadline is Friday and I'm stressed out."

A speech, a toast or a eulogy is said about people at an occasion: what the speaker knows of the couple, the
retiree, the one who died. Offline the writer can only say the facts it is given, and a request that gives only
when the occasion is ("The party is on Saturday", "It's next weekend") and how the speaker feels about giving it
("I'm bricking it", "I hate public speaking") gives none of them. Written anyway, the "speech" would be the
asker's own worry said back to the room, a confident wrong answer; so it is declined with a word on what to send.
A text the asker sends out about themselves (a cover letter, a personal statement) asked with only when it is due
and their nerves ("The deadline is Friday and I'm stressed") is declined the same way.

A point that says anything else ("he is marrying Jo", "I've known Tom since school", "she ran the shop for thirty
years") is content, and the text is written from it as any text is.
"""

from __future__ import annotations

import re

from servers.tools.inputs import ToolInputError

SPOKEN = frozenset("speech speeches toast eulogy tribute vows".split())
"""Texts said aloud about people at an occasion."""
OWN_PIECES = frozenset(
    ["cover letter", "personal statement", "statement", "essay", "application", "bio", "biography", "profile"]
)
"""Texts the asker sends out about themselves, which only what they say of themselves can fill: when one is due
and how they feel about writing it is nothing to put in it. (A message to someone else may tell them just that:
"Text Sam: I'm nervous about the interview on Monday.")"""

_CLAUSES = re.compile(r"[.!?;,]+\s*|\s+(?:and|but)\s+", re.I)
_OCCASION = (
    r"(?:wedding|party|funeral|service|do|reception|ceremony|celebration|dinner|event|leaving\s+do|big\s+day|"
    r"deadline|interview|exam|application|closing\s+date|"
    r"it|that|this)"
)
_WHEN = (
    r"(?:on|at|in|this|next|tomorrow|today|tonight|soon|coming\s+up|in\s+\w+\s+(?:days?|weeks?)|on\s+the\s+\w+|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
)
# "The wedding is on Saturday", "it's next weekend", "the funeral is at 2pm on Tuesday": when, and nothing else.
_ONLY_WHEN = re.compile(
    rf"^(?:the\s+|our\s+|my\s+|his\s+|her\s+|their\s+)?(?:\w+['’]s\s+)?{_OCCASION}\s*(?:['’]s|\s+is|\s+will\s+be|"
    rf"\s+was)\s+(?:due\s+)?{_WHEN}\b[\w\s:]{{0,40}}$",
    re.I,
)
# "I'm bricking it", "I am so nervous", "I hate public speaking", "I can't think straight": the speaker's nerves.
_NERVES = re.compile(
    r"^(?:and\s+)?(?:honestly\s+|to\s+be\s+honest\s+)?(?:i['’]?m|i\s+am|i['’]ve|i\s+have|i|me|my\s+nerves)\b.{0,40}?"
    r"\b(?:brick\w*|nervous|terrified|scared|dread\w*|anxious|panick\w*|freak\w*|stress\w*|worried|bad\s+at|"
    r"hate\s+(?:public\s+)?speaking|never\s+(?:done|given|written|made)|no\s+idea|can['’]?t\s+(?:think|write)|"
    r"don['’]?t\s+know\s+what|first\s+time|out\s+of\s+my\s+depth|wreck|shaking|sweating|clue)",
    re.I,
)


def nothing_to_say(style_word: str, points: list[str]) -> bool:
    """Whether a text's points only say when it is (or is due) and how the asker feels about it: for a speech,
    either is enough; for any other text, the asker's nerves must be among them."""
    if not points or sum(len(p) for p in points) > 400:
        return False
    clauses = [c.strip() for p in points for c in _CLAUSES.split(p) if c.strip()]
    nerves = [c for c in clauses if _NERVES.match(c)]
    if not clauses or not all(_ONLY_WHEN.match(c) or _NERVES.match(c) for c in clauses):
        return False
    return style_word.lower() in SPOKEN or (style_word.lower() in OWN_PIECES and bool(nerves))


def check_something_to_say(style_word: str, points: list[str]) -> None:
    """Raise ToolInputError when a text's points only say when it is and how the asker feels about it."""
    if nothing_to_say(style_word, points):
        about = "the people and the occasion" if style_word.lower() in SPOKEN else "you"
        article = "An" if style_word[:1].lower() in "aeiou" else "A"
        raise ToolInputError(
            f"{article} {style_word} says things about {about}, and you told me only when it is and how you feel "
            "about it: give me what to say after a colon (names, facts, a story or two), or set ANTHROPIC_API_KEY to "
            "have a model help you write it."
        )
