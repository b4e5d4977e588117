"""Orders about the text's form told after its facts: "Write a match report for the newsletter. We beat Pudsey by 4
wickets ... Keep it to a short paragraph, nowt fancy."

Told as the last sentence, such an order is neither a fact nor something to say to the reader, so read as either
the request has no text to write, or its text ends with the order itself. Offline the writer can honour two kinds,
and only these are read here: a short text ("keep it short", "keep it to a short paragraph", "short and sweet"),
asked of the kind of text the instruction names ("a short match report"), and a plain one ("nowt fancy", "nothing
fancy", "no frills", "keep it simple"), which is what the offline writer writes anyway. Any other order (a tone, a
length in words, "mention the bar") leaves the request as it was.
"""

from __future__ import annotations

import re

# One clause of a form order; a sentence is read only when every clause of it is one.
_SHORT = re.compile(
    r"^\W*(?:please\s+)?(?:keep|make)\s+(?:it|this|the \w+)\s+(?:(?:nice\s+and|really|very|quite)\s+)?"
    r"(?:short|brief|snappy|tight|to\s+(?:a|one)\s+(?:short\s+)?(?:paragraph|para)|to\s+a\s+few\s+(?:lines|sentences))"
    r"(?:\s+and\s+(?:sweet|simple))?\W*$|^\W*short\s+and\s+sweet(?:\s+please)?\W*$|^\W*(?:just\s+)?a\s+short\s+"
    r"(?:paragraph|para)(?:\s+please)?\W*$",
    re.I,
)
_PLAIN = re.compile(
    r"^\W*(?:(?:nowt|nothing|not\s+too|not\s+anything|none\s+too)\s+(?:fancy|flowery|flash|posh|elaborate)|"
    r"no\s+frills|no\s+need\s+to\s+be\s+fancy|(?:please\s+)?keep\s+it\s+(?:simple|plain|basic))(?:\s+please)?\W*$",
    re.I,
)
_CLAUSE = re.compile(r"\s*(?:,|;|\s-\s)\s*(?:and\s+)?")
_KIND_ARTICLE = re.compile(r"\b(?:a|an)\s+(?!short\b)(?=[\w-])", re.I)


def _form_order(sentence: str) -> tuple[bool, bool] | None:
    """(short asked, plain asked) when every clause of ``sentence`` is a form order the writer honours; else None."""
    clauses = [c for c in _CLAUSE.split(sentence.strip().rstrip(".!")) if c.strip()]
    short = plain = False
    for clause in clauses:
        if _SHORT.match(clause):
            short = True
        elif _PLAIN.match(clause):
            plain = True
        else:
            return None
    return (short, plain) if clauses else None


def moved_form_orders(instruction: str, stated: list[str]) -> tuple[str, list[str]] | None:
    """The instruction asking for the form ("Write a short match report ...") and the stated sentences without the
    form orders at their end; None when the last sentence is no such order, or nothing would be left."""
    short = False
    kept = list(stated)
    while kept and (found := _form_order(kept[-1])) is not None:
        short = short or found[0]
        kept.pop()
    if len(kept) == len(stated) or not kept:
        return None
    if short and not re.search(r"\b(?:short|brief)\b", instruction, re.I):
        article = _KIND_ARTICLE.search(instruction)
        if article is None:
            return None  # (no kind of text to call short: the order can't be put in the ask)
        instruction = f"{instruction[: article.start()]}a short {instruction[article.end() :]}"
    return instruction, kept
