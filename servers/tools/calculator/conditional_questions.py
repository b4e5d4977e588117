"""A question whose givens are told in an 'if' clause: 'How much does Ben get if £1,200 is shared between Ann and
Ben in the ratio 3:5?' or 'If a £5,000 loan is charged 6% simple interest a year, how much interest is paid over 2
years?'.

The readers take a story and then its question; such a request is read again as the clause told plainly and the
question after it ('£1,200 is shared between Ann and Ben in the ratio 3:5. How much does Ben get?'). Only one 'if'
is turned round, and only when it opens the request or follows a question that holds no number of its own; a
question of wishes or doubts ('what if', 'even if', 'only if', 'tell me if', 'if not') is left as it was, so the
reading is the one the user wrote, with no number moved away from the words it is said with.
"""

from __future__ import annotations

import re

_OPENINGS = ("how much", "how many", "how long", "how far", "what", "what's", "whats", "which", "who")
_IF = re.compile(r"\bif\b", re.IGNORECASE)
_BEFORE_ASKED = re.compile(r"\b(before|without|excluding|ex|pre|original|originally)\b", re.IGNORECASE)
"""'what's the total before tax if the bill is $50 with 8% tax': an amount before a change, which a clause told
as a condition may hold or not; left as written."""
_NOT_PLAIN = re.compile(
    r"\b(what if|even if|only if|as if|if not|if only|if any|if so|tell me if|know if|check if|see if|wonder if)\b",
    re.IGNORECASE,
)


def as_statement(text: str) -> str | None:
    """``text`` with its 'if' clause told first as a statement and its question after it, or None."""
    said = text.strip()
    ifs = list(_IF.finditer(said))
    if len(ifs) != 1 or _NOT_PLAIN.search(said) or said.count("?") > 1 or "?" in said[:-1]:
        return None
    mark = ifs[0]
    before, clause = said[: mark.start()].strip(), said[mark.end() :].strip()
    if _BEFORE_ASKED.search(before or clause.rpartition(",")[2]):
        return None
    if not before:  # 'If a £5,000 loan is charged ..., how much interest is paid?'
        head, comma, question = clause.rpartition(",")
        question = question.strip()
        if not comma or not question.lower().startswith(_OPENINGS):
            return None
        return f"{_sentence(head)} {_question(question)}"
    if not before.lower().startswith(_OPENINGS) or any(ch.isdigit() for ch in before):
        return None
    return f"{_sentence(clause.rstrip('?').strip())} {_question(before.rstrip(','))}"


def _sentence(clause: str) -> str:
    clause = clause.strip().rstrip(",")
    return clause[:1].upper() + clause[1:] + ("" if clause.endswith((".", "!")) else ".")


def _question(question: str) -> str:
    question = question.strip().rstrip("?").strip()
    return question[:1].upper() + question[1:] + "?"
