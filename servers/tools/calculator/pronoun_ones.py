"""'one' that stands for a day, a job or a question, not a number: 'Busy one today.', 'Quick one:', 'Bit of a long
one, sorry.', 'Tricky one for you -'; and the 'one' of 'each one' before what each measures ('6 seedbeds, each one
25 m long': each of them, ``each_one``).

After a describing word and before a pause ('today', 'for you', a comma, the end of the sentence), 'one' is a
pronoun: it counts nothing, but read as a number it would be one number too many and the request declined. When
the request cannot be read as written, it is read again without such a 'one', only when its sentence holds no
figure, and answered only when what is left accounts for every number in it.
"""

from __future__ import annotations

import re

_ONE = re.compile(
    r"\b((?:a|an|bit\s+of\s+a|another|^)\s*)?([a-z]{3,12})\s+one\b(?=\s*(?:today|tonight|this\s+\w+|here|for\s+you|"
    r"[,.:;!?-]))",
    re.IGNORECASE,
)
_DESCRIBING = frozenset(
    "busy long quick short tricky easy simple odd weird strange silly hard tough big small fun random daft basic "
    "urgent quiet slow mad crazy good bad nice".split()
) | {"this", "that"}  # 'Treasurer asked me this one.': the question itself
"""Words that describe the day, job or question 'one' stands for; after any other word ('I bought one') 'one' may
count something, and stays."""
_FIGURE = re.compile(r"[0-9£$€¥₹%]")
_SENTENCE = re.compile(r"[.!?:;]")


def without_pronoun_one(text: str) -> str | None:
    """``text`` without a pronoun 'one' in a sentence with no figure, or None when it has none."""
    for match in _ONE.finditer(text):
        describing = match[2].lower()
        if describing not in _DESCRIBING:
            continue
        if describing in ("this", "that") and not re.search(r"\b(?:me|us)\s+$", text[: match.start(2)], re.I):
            continue  # 'asked me this one': put to the asker; 'Ask the researcher this one' is put to another
        begin = max((m.end() for m in _SENTENCE.finditer(text, 0, match.start())), default=0)
        end_match = _SENTENCE.search(text, match.end())
        end = end_match.end() if end_match else len(text)
        if _FIGURE.search(text, begin, end):
            continue
        one = text.lower().index("one", match.start() + len(match[1] or "") + len(match[2]))
        return text[:one].rstrip() + text[one + 3 :]
    return None


_EACH_ONE = re.compile(r"\beach\s+one\s+(?=\d)", re.IGNORECASE)


def each_one(text: str) -> str | None:
    """``text`` with 'each one <figure>' said 'each <figure>', or None when it says no such thing."""
    said = _EACH_ONE.sub("each ", text)
    return said if said != text else None
