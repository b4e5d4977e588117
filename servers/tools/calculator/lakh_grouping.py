"""Figures grouped the South Asian way: '₹1,25,000' is one lakh twenty-five thousand (125,000), '₹3,50,000' is
350,000 and 'Rs 1,00,00,000' is a crore.

After the first one or two digits the groups are of two (lakhs, crores), and only the last group is of three. Read
the Western way, '1,25,000' falls apart into 1 and 25,000 and a total of three invoices comes out as four numbers.
Where the request speaks of rupees, taka or lakhs the grouping is read as one figure. Elsewhere a run like
'5,10,100' may as well be a list written without spaces, so the request is declined rather than guessed at.
"""

from __future__ import annotations

from servers.tools.calculator.currencies import signs_of, words_of
from servers.tools.inputs import ToolInputError

_SIGNS = signs_of("lakhs")
_WORDS = words_of("lakhs", short=False) | {"lakh", "lakhs", "crore", "crores", "paise"}
"""What marks a request as counting in rupees or taka, where figures are grouped in lakhs: a sign ('₹', '৳'), or a
word ('rs', 'rupees', 'taka', 'lakh')."""


def lakh_grouping_end(text: str, start: int, i: int) -> int | None:
    """Where a figure grouped in lakhs ends, when its first one or two digits run from ``start`` to ``i`` ('1' of
    '1,25,000'); None when they do not go on that way. A ToolInputError when they do but nothing in the request
    says rupees, where the figure could as well be a list."""
    end, pairs = i, 0
    while _group(text, end, 2):
        end += 3
        pairs += 1
    if pairs == 0 or not _group(text, end, 3):
        return None
    end += 4
    if text[end : end + 1] == "," and _digit(text[end + 1 : end + 2]):
        return None
    if any(sign in text for sign in _SIGNS):
        return end
    said = "".join(ch if ch.isalpha() else " " for ch in text.lower()).split()  # only when no sign settles it
    if _WORDS.isdisjoint(said):
        shown = text[start:end]
        raise ToolInputError(
            f"{shown} is grouped in lakhs ({shown.replace(',', '')}) but could be a list written without "
            "spaces; write it as one figure or put a space after each comma"
        )
    return end


def _group(text: str, comma: int, width: int) -> bool:
    """Whether a comma at ``comma`` is followed by exactly ``width`` digits."""
    if text[comma : comma + 1] != ",":
        return False
    digits = text[comma + 1 : comma + 2 + width]
    return len(digits) >= width and all(_digit(d) for d in digits[:width]) and not _digit(digits[width : width + 1])


def _digit(ch: str) -> bool:
    return ch != "" and "0" <= ch <= "9"
