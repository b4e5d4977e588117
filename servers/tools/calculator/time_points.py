"""When a second measurement was taken, said as a point in time: 'She was 3,420 g at birth and 3,180 g on day 5.
What percentage of her birth weight has she lost?', 'The puppy weighed 450 g at birth and 2.1 kg at 8 weeks'.

'on day 5' or 'at 8 weeks' after the later of two amounts says when it was measured, as 'now' would; the number in
it counts no part of the sum. When the request cannot be read as written, and it asks how the amount changed (a
percentage, what was lost or gained), it is read again with that one label said as 'now', and answered only when
that reading accounts for every other number in it. A request with more than one such label is left alone.
"""

from __future__ import annotations

import re

_NUMBER = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_LABEL = re.compile(
    rf"(?<=[a-z])\s+(?:(?:on|at|by|after)\s+(?:day|week|month)\s+{_NUMBER}|at\s+{_NUMBER}\s+(?:days|weeks|months)"
    rf"(?:\s+old)?)\b",
    re.IGNORECASE,
)
_RATE_ASKED = re.compile(r"\b(?:days?|weeks?|months?|daily|weekly|monthly|per|each)\b", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(r"\d[\d,]*(?:\.\d+)?\s*[a-z]{1,12}$", re.IGNORECASE)
_CHANGE_ASKED = re.compile(
    r"\b(?:percent|percentage|lost|lose|gained|gain|change|changed|difference|increase|decrease|drop|dropped|grew|"
    r"growth|put\s+on)\b|%",
    re.IGNORECASE,
)


def as_now(text: str) -> str | None:
    """``text`` with the one point in time of its later amount said as 'now', or None."""
    labels = list(_LABEL.finditer(text))
    if len(labels) != 1 or not _CHANGE_ASKED.search(text, labels[0].end()):
        return None
    label = labels[0]
    if _RATE_ASKED.search(text, label.end()):
        return None  # 'how many grams a day did she lose': the time in the label is a number of the sum
    if not _AMOUNT_BEFORE.search(text, max(0, label.start() - 30), label.start()):
        return None  # the label must follow an amount it dates
    return f"{text[: label.start()]} now{text[label.end() :]}"
