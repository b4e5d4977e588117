"""'How long was my shift? Clocked on at 21:45 and off at 07:15.': the question asked first, its givens told after.

The readers take a story and then its question; a request that asks first is read again in that order. Only a first
sentence that is a question holding no number of its own, followed by statements that hold every number and ask
nothing more, is turned round, so no number moves away from the words it is said with.
"""

from __future__ import annotations


def question_last(text: str) -> str | None:
    """``text`` with its opening question moved after the statements that follow it, or None."""
    mark = text.find("?")
    if mark < 0:
        return None
    question, told = text[: mark + 1].strip(), text[mark + 1 :].strip()
    if not told or "?" in told or any(ch.isdigit() for ch in question) or not any(ch.isdigit() for ch in told):
        return None
    if told[-1] not in ".!":
        told += "."
    return f"{told} {question}"
