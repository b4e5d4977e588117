"""An ask not to do something ("asking them not to park across our drive") kept an ask not to do it.

The words between the asking verb and its "to" say whom it asks ("asking the contractor to start ..."); a "not" or
"never" at their end belongs to the ask, not to the person: "asking them not to park" asks them to not park. Read as
part of whom, the "not" was lost, and the text asked for the opposite ("Could you please park across our drive?",
greeted "Hello guests not,"). Here the negation is moved onto what is asked, and the sentence for it says it plainly
("Please don't park across our drive.", "Please remember never to leave the back door unlocked.").
"""

from __future__ import annotations

import re

# "them not", "Dad never", "the contractor please not": whom, then the negation of what they are asked
_NEGATED_WHO = re.compile(r"^(?P<who>.*?)(?:\s+|^)(?:please\s+)?(?P<neg>not|never)$", re.I)
# "not park across our drive", "never leave the back door unlocked": what is asked, negated
_NEGATED_ASK = re.compile(r"^(?:please\s+)?(?P<neg>not|never)\s+(?:to\s+)?(?P<what>[a-z].*)$", re.I)
# "not to eat the cake", "to not eat the cake", "to eat the cake": what someone is told to do
_TOLD_TO = re.compile(r"^(?:(?P<neg1>not|never)\s+to|to(?:\s+(?P<neg2>not|never))?)\s+(?P<what>[a-z].*)$", re.I)


def negation_moved(who: str, rest: str) -> tuple[str, str]:
    """(whom, what) with a negation that ended whom moved onto what: ("them not", "to park ...") -> ("them",
    "to not park ..."); unchanged unless ``who`` ends with "not" or "never" and ``rest`` is "to <verb> ..."."""
    found = _NEGATED_WHO.match(who.strip())
    if not found or not re.match(r"^to\s+[a-z]", rest, re.I):
        return who, rest
    return found.group("who").strip(), f"to {found.group('neg').lower()} {rest[3:].lstrip()}"


def told_to(content: str) -> str | None:
    """What someone is told to do as an ask's object ("not to eat the cake" -> "to not eat the cake", "to tidy
    your rooms" stays), or None when ``content`` tells them no instruction."""
    found = _TOLD_TO.match(content.strip())
    if not found:
        return None
    neg = (found.group("neg1") or found.group("neg2") or "").lower()
    return f"to {neg + ' ' if neg else ''}{found.group('what')}"


def negated_request(bare: str, intent: str) -> str | None:
    """The sentence asking the reader not to do ``bare`` ("not park across our drive" -> "Please don't park
    across our drive."; reminded: "Please remember not to ..."), or None when ``bare`` is not negated."""
    found = _NEGATED_ASK.match(bare.strip())
    if not found:
        return None
    neg, what = found.group("neg").lower(), found.group("what").rstrip(" .?!")
    if intent == "remind":
        return f"Please remember {neg} to {what}."
    return f"Please {'never' if neg == 'never' else 'don’t'} {what}.".replace("’", "'")
