"""A claim of where something is, passed on to be checked: "Someone on a travel forum said the Eiffel Tower is in
Rome - is that right?", "Is it true that the Colosseum is in Athens?", "Is the Taj Mahal in Pakistan?", "My friend
says the Statue of Liberty is in Boston, right?", "The Taj Mahal is in India, isn't it?" asked of one's own belief.

The words of the report ("someone on a travel forum said") and of the check ("is that right?") name nothing to look
up, and the claimed place may well be wrong: a note that says where the thing is settles it either way. So such a
request is read as the question "Where is the Eiffel Tower?", answered from the note with its source, and the user
compares the place it gives with the one claimed. A request that makes no such claim, or does not ask for it to be
checked, is left as it is.

Every regex here is linear: bounded word runs and alternations, no nested quantifiers.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w'’-]{1,30}"
_THING = rf"(?P<thing>(?:the\s+)?{_NAME}(?:\s+(?:of\s+(?:the\s+)?|de\s+|la\s+)?{_NAME}){{0,4}})"
_CLAIM = re.compile(
    rf"{_THING}\s+(?:is|are|was|stands|lies|sits)\s+(?:(?:located|found|situated|based)\s+)?in\s+"
    rf"(?:the\s+)?(?P<place>{_NAME}(?:\s+{_NAME}){{0,2}})\s*$"
)
# Who passed the claim on, as far as its verb: "Someone on a travel forum said", "I heard", "My friend reckons".
_REPORTED = re.compile(
    r"^\W*(?:[\w'’-]+(?:\s+[\w'’-]+){0,6}?\s+(?:said|says|told\s+me|claims?|claimed|insists?|insisted|reckons?|swears?|wrote"
    r"|posted|thinks?|thought)"
    r"|i\s+(?:heard|read|was\s+told|saw)(?:\s+(?:somewhere|online|once))?)\s+(?:that\s+)?",
    re.I,
)
# Asked outright: "Is the Eiffel Tower in Rome?", "Is Mount Everest located in Nepal?".
_ASKED_OUTRIGHT = re.compile(
    rf"^\W*(?:[Ii]s|[Aa]re)\s+{_THING}\s+(?:(?:located|found|situated|based)\s+)?in\s+(?:the\s+)?{_NAME}(?:\s+{_NAME}){{0,2}}"
    r"\s*[?!.]*$"
)
_IS_IT_TRUE = re.compile(r"^\W*(?:is\s+it|it\s+is)\s+(?:true|right|correct|so)\s+(?:that\s+)?", re.I)
# The check asked after the claim: "- is that right?", ". Is that true?", ", right?", "- true?".
_CHECK = re.compile(
    r"\s*(?:[-–—,.;:]\s*|\s)(?:(?:is|was)\s+(?:that|this|it|he|she|they)\s+(?:right|true|correct|so)"
    r"|(?:are|were)\s+they\s+(?:right|correct)|(?:is|are|was)n['’]t\s+(?:it|they)|right|true|correct|really)"
    r"\s*[?!.]*\s*$",
    re.I,
)


def place_claimed(request: str) -> str | None:
    """The question "Where is X?" for a request that passes on a claim of where X is and asks to check it, or
    None for any other request."""
    text = " ".join(request[:400].split())
    if (outright := _ASKED_OUTRIGHT.match(text)) is not None:
        return f"Where is {outright.group('thing')}?"
    check = _CHECK.search(text)
    asked = _IS_IT_TRUE.match(text)
    if check is not None:
        text = text[: check.start()]
    elif asked is None:
        return None  # a claim told without asking whether it holds is not a question
    text = text[asked.end() :] if asked is not None else text
    reported = _REPORTED.match(text)
    claimed = text[reported.end() :] if reported is not None else text
    claim = _CLAIM.fullmatch(claimed.rstrip(" ?!."))
    if claim is None:
        return None
    return f"Where is {claim.group('thing')}?"
