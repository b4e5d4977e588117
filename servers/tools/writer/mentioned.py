"""A message the request only mentions: "I forwarded you the email from the wool mill. Write a reply that accepts
them.", "Write a reply to the email below". The message is named as handed over, but what was sent holds only the
mention; a reply written from it would answer a message nobody has read, so the writer asks for the message.
"""

from __future__ import annotations

import re

from servers.tools.inputs import ToolInputError

# "I forwarded you the email ...", "the message below", "their attached letter": a message named as handed over
_HANDED_OVER = re.compile(
    r"\b(?:(?:i|we)(?:'ve|\s+have)?\s+(?:just\s+)?(?:forwarded|attached|sent\s+you|pasted|shared)\b[^.?!:]{0,60}?"
    r"|(?:the|this|that|their|his|her)\s+(?:(?:attached|forwarded)\s+)?)"
    r"(?:e-?mail|message|letter|mail|note|text)\b(?:\s+(?:below|above|attached))?",
    re.IGNORECASE,
)
_MENTION_WORDS = 25


def only_mentioned(material: str) -> bool:
    """Whether ``material`` is only a sentence naming a message handed over, and not the message itself."""
    found = _HANDED_OVER.search(material[:2_000])
    if found is None or not re.search(r"forwarded|attached|below|above|pasted|shared|sent\s+you", found.group(), re.I):
        return False
    return len(material.split()) <= _MENTION_WORDS and not re.search(r"[\"“:]", material)


def refuse_mentioned(material: str) -> None:
    """A ToolInputError asking for the message when ``material`` only mentions it (see above)."""
    if only_mentioned(material):
        raise ToolInputError(
            "Reply to what? The message you mention is not in what you sent: paste it after a colon or in quotes "
            "(e.g. 'Reply accepting the new prices: <their email>')."
        )
