"""Spelling: the question and arithmetic words people misspell most, put right before a request is read.

A request typed in a hurry ("wat is 40 percnt of 95", "hw much is 8 pecent of 1,250") is still the question it
means, but read as written its first word is no asking word, so it passes for a bare statement, and its operation
word matches no worker's. ``corrected`` puts right the few misspellings that matter to routing: question words
and the words sums are written with. Each misspelling in the table is no English word of its own, so correcting
it never turns a word the user meant into another.

One linear pass over a bounded opening of the request; the rest is left as written.
"""

from __future__ import annotations

import re

MAX_SPELLING_SCAN = 2_000
"""Misspellings are put right in this much of a request; an instruction is read from its opening."""

MISSPELLINGS = {
    # question words
    "wat": "what", "wats": "what's", "waht": "what", "whta": "what", "wht": "what", "whats": "what's",
    "hw": "how", "hiw": "how", "hwat": "what", "wich": "which", "whcih": "which", "whn": "when",
    "wher": "where", "whre": "where", "mnay": "many", "meny": "many", "mch": "much", "mutch": "much",
    "muhc": "much",
    # the words sums are written with
    "percnt": "percent", "pecent": "percent", "precent": "percent", "percnet": "percent", "perecnt": "percent",
    "persent": "percent", "percant": "percent", "prcent": "percent", "perecent": "percent",
    "percentt": "percent", "tims": "times", "timse": "times", "tiems": "times", "devided": "divided",
    "divded": "divided", "dividied": "divided", "divied": "divided", "pluss": "plus", "minis": "minus",
    "minues": "minus", "multipled": "multiplied", "mulitplied": "multiplied", "multiplyed": "multiplied",
    "multplied": "multiplied", "sqaure": "square", "squre": "square", "sqaured": "squared", "squred": "squared",
    "averge": "average", "avrage": "average", "avarage": "average", "avergae": "average", "tottal": "total",
    "totla": "total", "divde": "divide", "mutliply": "multiply", "multipy": "multiply", "substract": "subtract",
    "calculte": "calculate", "caculate": "calculate", "calcualte": "calculate", "calulate": "calculate",
    "claculate": "calculate",
}  # fmt: skip
"""Misspelling → the word meant. None of the misspellings is an English word of its own."""

_WORD = re.compile(r"[A-Za-z]+")


def corrected(text: str) -> str:
    """``text`` with the misspelt question and arithmetic words of its opening put right, the first letter's case
    kept: "Wat is 40 percnt of 95" → "What is 40 percent of 95". Text without any is returned as it is."""
    head, rest = text[:MAX_SPELLING_SCAN], text[MAX_SPELLING_SCAN:]

    def fixed(found: re.Match[str]) -> str:
        word = found.group(0)
        meant = MISSPELLINGS.get(word.lower())
        if meant is None:
            return word
        return meant[0].upper() + meant[1:] if word[0].isupper() else meant

    return _WORD.sub(fixed, head) + rest
