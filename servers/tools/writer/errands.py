"""Errands: requests to do something for the user rather than to write a text.

"Remind me to ...", "Set an alarm", "Book a table" ask an assistant to act; composing an email to the user about
them would answer something never asked. "Post this on my Facebook page for me: ..." hands over the text and asks
for it to be posted, which nothing here can do: the writer says so, and how to ask for a text of its own ("Write a
Facebook post for ..."). "Send an SMS to the farmers telling them ..." asks for the message to be written, and is.
"""

from __future__ import annotations

import re

from servers.tools.inputs import ToolInputError

_ERRAND = re.compile(
    r"^\W*(?:please\s+|can you\s+|could you\s+)?(?:remind me|set (?:me |us )?(?:a|an|up a) (?:reminder|alarm|timer)|"
    r"book (?:me )?(?:a|an) |schedule (?:me )?(?:a|an) |wake me|play (?:me )?(?:some|a|the) |"
    r"(?:post|publish|put) (?:this|it|that) (?:up )?(?:on|to) )",
    re.IGNORECASE,
)


def refuse_errand(instruction: str) -> None:
    """A ToolInputError when ``instruction`` asks for an errand, not a text (see above)."""
    if _ERRAND.match(instruction):
        raise ToolInputError(
            "That asks me to do something for you (a reminder, a booking, posting or sending a message), not to write "
            "a text; I can't send or post anything. Offline I draft texts from the points you give (ask 'Write a "
            "Facebook post for ...: <points>'), rewrite, outline, judge drafts and count words."
        )
