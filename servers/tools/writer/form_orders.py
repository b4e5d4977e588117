"""Orders about the text's form told after its facts: "Write a match report for the newsletter. We beat Pudsey by 4
wickets ... Keep it to a short paragraph, nowt fancy."

Told as the last sentence, such an order is neither a fact nor something to say to the reader, so read as either
the request has no text to write, or its text ends with the order itself. Offline the writer can honour two kinds,
and only these are read here: a short text ("keep it short", "keep it to a short paragraph", "short and sweet"),
asked of the kind of text the instruction names ("a short match report"), and a plain one ("nowt fancy", "nothing
fancy", "no frills", "keep it simple"), which is what the offline writer writes anyway. A tone the writer knows
("Make it sound friendly", "keep it warm but not too long") is put in the ask as the kind's own word ("a friendly
message"). Any other order (a length in words, "mention the bar") leaves the request as it was.
"""

from __future__ import annotations

import re

from servers.tools.writer.styles import TONE_PATTERN, tone_named

# One clause of a form order; a sentence is read only when every clause of it is one.
_SHORT = re.compile(
    r"^\W*(?:please\s+)?(?:keep|make)\s+(?:it|this|the \w+)\s+(?:(?:nice\s+and|really|very|quite)\s+)?"
    r"(?:short|brief|snappy|tight|to\s+(?:a|one)\s+(?:short\s+)?(?:paragraph|para)|to\s+a\s+few\s+(?:lines|sentences))"
    r"(?:\s+and\s+(?:sweet|simple))?\W*$|^\W*short\s+and\s+sweet(?:\s+please)?\W*$|^\W*(?:just\s+)?a\s+short\s+"
    r"(?:paragraph|para)(?:\s+please)?\W*$|"
    # "not too long", "no too long" (the "not" of West African English)
    r"^\W*(?:not|no|nothing)\s+too\s+long(?:\s+please)?\W*$",
    re.I,
)
# A tone asked of the text: "make it sound friendly", "keep it warm", "make e sound polite" ("e": it, in pidgin).
_TONE = re.compile(
    rf"^\W*(?:please\s+)?(?:make|keep)\s+(?:it|this|e|am|the\s+\w+)\s+(?:sound|look|feel|read)?\s*"
    rf"(?:(?:nice\s+and|really|very|quite|a\s+bit|more)\s+)?(?P<tone>{TONE_PATTERN})(?:\s+please)?\W*$",
    re.I,
)
_PLAIN = re.compile(
    r"^\W*(?:(?:nowt|nothing|not\s+too|not\s+anything|none\s+too)\s+(?:fancy|flowery|flash|posh|elaborate)|"
    r"no\s+frills|no\s+need\s+to\s+be\s+fancy|(?:please\s+)?keep\s+it\s+(?:simple|plain|basic))(?:\s+please)?\W*$",
    re.I,
)
_CLAUSE = re.compile(r"(?<!\s)\s*(?:,|;|\s-\s|\s(?=but\s))\s*(?:and\s+|but\s+)?")
_KIND_ARTICLE = re.compile(r"\b(?:a|an)\s+(?!short\b)(?=[\w-])", re.I)
_ANY_ARTICLE = re.compile(r"\b(?:a|an)\s+(?=[\w-])", re.I)


def _form_order(sentence: str) -> tuple[bool, bool, str] | None:
    """(short asked, plain asked, the tone word asked or "") when every clause of ``sentence`` is a form order the
    writer honours; else None."""
    clauses = [c for c in _CLAUSE.split(sentence.strip().rstrip(".!")) if c.strip()]
    short = plain = False
    tone = ""
    for clause in clauses:
        if _SHORT.match(clause):
            short = True
        elif _PLAIN.match(clause):
            plain = True
        elif found := _TONE.match(clause):
            tone = found["tone"].lower()
        else:
            return None
    return (short, plain, tone) if clauses else None


def moved_form_orders(instruction: str, stated: list[str]) -> tuple[str, list[str]] | None:
    """The instruction asking for the form ("Write a short match report ...") and the stated sentences without the
    form orders at their end; None when the last sentence is no such order, or nothing would be left."""
    short = False
    tones: set[str] = set()
    kept = list(stated)
    while kept and (found := _form_order(kept[-1])) is not None:
        short = short or found[0]
        tones |= {found[2]} - {""}
        kept.pop()
    if len(kept) == len(stated) or not kept or len(tones) > 1:
        return None
    if short and not re.search(r"\b(?:short|brief)\b", instruction, re.I):
        said = _with_word(instruction, "short")
        if said is None:
            return None  # (no kind of text to call short: the order can't be put in the ask)
        instruction = said
    if tones:
        tone = next(iter(tones))
        named = tone_named(instruction)
        if named is not None and named != tone_named(tone):
            return None  # ("a formal letter ... Make it sound friendly": two tones asked, neither is the one)
        said = instruction if named else _with_word(instruction, tone)
        if said is None:
            return None
        instruction = said
    return instruction, kept


# The writing verb of an ask that names its kind with no article ("write short message for my customers")
_BARE_KIND = re.compile(
    r"\b(?:write|draft|compose|prepare|make|send)\s+(?:me\s+|us\s+)?(?!(?:a|an|the|my|our|this)\b)", re.I
)


def _with_word(instruction: str, word: str) -> str | None:
    """The instruction with ``word`` said of its kind of text: "a short match report", "write friendly message"."""
    article = (_KIND_ARTICLE if word == "short" else _ANY_ARTICLE).search(instruction)
    if article is not None:
        a = "an" if word[:1] in "aeiou" else "a"
        return f"{instruction[: article.start()]}{a} {word} {instruction[article.end() :]}"
    bare = _BARE_KIND.search(instruction)
    return f"{instruction[: bare.end()]}{word} {instruction[bare.end() :]}" if bare else None
