"""Shapes a request may name that composing from its facts cannot make: a table, an FAQ, headings, hashtags,
emojis, capitals, verse, an order (alphabetical, by priority), a grammatical person, a dialogue, a P.S., bold or
italic text, a data format.

The writer lays the facts it is given out as sentences, bullet points, a numbered list or lines. A request that
names another shape ("... as a table", "with hashtags", "in all caps", "make it rhyme") is not answered by those
sentences: written anyway, the shape's words end up as content ("Hello team as a table,") or are silently
ignored, either way a text that does not do what was asked. ``unmade_shape`` finds such a shape anywhere in the
instruction, so the writer can decline saying which one, instead of answering in a shape nobody asked for.

Each pattern names the shape as something the text is to take ("as a table", "in a table", "a table of"), not a
word a fact may hold ("the table is booked for 8" is content). A shape the user gives the material for ("use the
hashtag #BakeSale") is content too: the hashtag is theirs.
"""

from __future__ import annotations

import re
from dataclasses import replace

from servers.tools.inputs import ToolInputError
from servers.tools.writer.forms import Forms, fit_sentences, read_forms

_SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a table",
        re.compile(
            r"\b(?:as|in|into|using|with|make|create|draw up|put together|give me|write|draft)\s+"
            r"(?:it\s+(?:as|in|into)\s+)?(?:(?:a|an|one)\s+)?(?:(?:simple|small|short|neat|quick|clear|\w+-column|"
            r"comparison|markdown)\s+)*tables?\b"
            # ("a table for six", "make a table booking": a table to sit at)
            r"(?!\s+(?:for|at)\s+(?:one|two|three|four|five|six|seven|eight|\d)|\s+(?:booking|reservation))|"
            r"\b(?:tabular|table)\s+(?:form|format|layout)\b|\btabulate\b|\b(?:two|three|four|\d)\s+columns\b",
            re.I,
        ),
    ),
    (
        "an FAQ",
        re.compile(
            r"\b(?:an?|as|in|into|our|the|some)\s+(?:[\w-]+\s+)?(?:faqs?|q\s?&\s?as?|question[- ]and[- ]answers?)\b"
            r"(?!\s+(?:page|section)\s+(?:is|are|was|has|will)\b)",
            re.I,
        ),
    ),
    (
        "headings",
        re.compile(
            r"\b(?:with|under|using|add|include|and)\s+(?:(?:a|some|clear|separate|short|its own|their own)\s+)?"
            r"(?:section\s+|sub-?)?(?:headings?|headers?|subheads?|subtitles?)\b|\bheadings?\s+for\s+each\b",
            re.I,
        ),
    ),
    (
        "hashtags",
        re.compile(
            r"\b(?:with|add|adding|include|including|use|using|and|plus|some|a few|relevant|(?:\d|two|three|four|five)"
            r"(?:\s+[\w-]+)?)\s+hashtags?\b(?![^\n]*#\w)",
            re.I,
        ),
    ),
    ("emojis", re.compile(r"\bemojis?\b|\bemoticons?\b|\bsmileys?\b", re.I)),
    (
        "capital letters",
        re.compile(
            r"\b(?:in|all in|using|with)\s+(?:all\s+)?(?:caps|capitals|capital letters|block capitals|"
            r"upper-?\s?case)\b|"
            r"\ball[- ]caps\b",
            re.I,
        ),
    ),
    (
        "verse",
        re.compile(
            r"\b(?:as|in|into|in the form of)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:haiku|poem|limerick|sonnet|song|rap|verse|"
            r"rhymes?|rhyming couplets?|acrostic|ballad|ode)\b|\b(?:make|have|let)\s+(?:it|them)\s+rhyme\b|"
            r"\b(?:that|which)\s+rhymes?\b|\brhyming\b",
            re.I,
        ),
    ),
    (
        "an order",
        re.compile(
            r"\bin\s+(?:alphabetical|chronological|date|priority|reverse)\s+order\b|\bin\s+order\s+of\b|"
            r"\b(?:ranked|sorted|ordered)\s+by\b|\balphabetically\b",
            re.I,
        ),
    ),
    ("a grammatical person", re.compile(r"\bin\s+the\s+(?:first|second|third)[\s-]+person\b", re.I)),
    (
        "a dialogue",
        re.compile(r"\b(?:as|in(?:to)?)\s+(?:a\s+)?(?:dialogue|conversation|script|screenplay|play script)\b", re.I),
    ),
    (
        "a P.S.",
        re.compile(
            r"\b(?:with|add|adding|include|including|and|plus)\s+(?:a\s+)?(?:p\.\s?s\.?|ps|postscript)(?!\w)", re.I
        ),
    ),
    (
        "bold or italic text",
        re.compile(
            r"\bin\s+(?:bold|italics?|underlined?|highlights?)\b|\b(?:bold|italicise|italicize|underline|highlight)\s+"
            r"(?:the|each|every|all|key)\b",
            re.I,
        ),
    ),
    (
        "a data format",
        re.compile(
            r"\b(?:as|in|into|to)\s+(?:an?\s+)?(?:json|csv|yaml|xml|html|a spreadsheet)\b",
            re.I,
        ),
    ),
)


def unmade_shape(instruction: str) -> str | None:
    """The shape ``instruction`` asks its text to take that the writer cannot make from facts ("a table",
    "hashtags"), or ``None`` when it asks for none."""
    text = " ".join(instruction.split())
    for name, pattern in _SHAPES:
        if name == "hashtags" and re.search(r"#\w", text):
            continue  # "use the hashtag #BakeSale": the user's own hashtag, said as given
        if pattern.search(text):
            return name
    return None


def shaped_forms(instruction: str, whole: str | None = None) -> tuple[Forms, str]:
    """``read_forms`` of ``instruction``, or ToolInputError when it names a shape the writer cannot make.

    ``whole`` is the instruction before the words pointing at the material were taken out ("listing these three
    problems as bullet points"): the shape they ask for is still asked.
    """
    whole = whole or instruction
    shape = unmade_shape(whole)
    if shape is not None:
        raise ToolInputError(
            f"You asked for {shape}, and offline I lay out the facts you give only as sentences, bullet points, a "
            "numbered list or lines; ask for one of those, or set ANTHROPIC_API_KEY (or point the writer at a local "
            "model) to have a model write it."
        )
    forms, rest = read_forms(instruction)
    asked = read_forms(whole)[0] if not forms.bullets else forms
    if asked.bullets and not forms.bullets:
        forms = replace(forms, bullets=True, bullet_count=asked.bullet_count, numbered=asked.numbered)
    return forms, rest


# "Our bat walk is on 18 October.": an event and when it is, which a caption may set on two lines of their own.
_EVENT_AND_WHEN = re.compile(
    r"^(?P<event>[^.;:!?]{3,80}?)\s+(?:is|are)\s+(?:on\s+)?(?P<when>(?:(?:this|next|at|from|in)\s+)?[^.;:!?]{0,40}?"
    r"\b(?:\d{1,2}(?::\d\d)?\s*(?:am|pm)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|"
    r"may|june|july|august|september|october|november|december|today|tonight|tomorrow)\b[^.;:!?]{0,40}?)[.!]?$",
    re.I,
)


# Kinds of text put up or posted under a picture, whose lines may be labels rather than sentences.
_LABELS = frozenset({"caption", "poster", "sign", "flyer", "banner", "placard", "headline"})


def in_lines(body: list[str], count: int, *, at_most: bool = False, kind: str = "", hello: str = "") -> list[str]:
    """``body`` as ``count`` lines, one sentence a line (``at_most``: as at most ``count``), regrouped as a number
    of sentences is (``fit_sentences``); on a label ``kind`` (a caption, a poster, a sign) with no reader, one
    sentence saying when an event is may be its two lines, the event and the when; a note to a reader may open on
    its greeting ``hello`` ("Hi Sam,"), which claims nothing. ToolInputError when the facts cannot make the lines
    asked: nothing is padded or dropped."""
    try:
        return fit_sentences(body, count, None, at_most=at_most)
    except ToolInputError:
        if hello and "[" not in hello and len(fit_sentences(body, count - 1, None, at_most=True)) == count - 1:
            return [hello, *fit_sentences(body, count - 1, None)]
        label = bool(kind.split()) and kind.lower().split()[-1] in _LABELS
        told = _EVENT_AND_WHEN.match(body[0].strip()) if label and count == 2 and len(body) == 1 else None
        if told:
            when = told.group("when").strip()
            return [told.group("event").strip(), when[:1].upper() + when[1:]]
        made = len(fit_sentences(body, count, None, at_most=True))
        raise ToolInputError(
            f"The points you gave make {made} line{'s' * (made != 1)}, not the {count} you asked for, and I won't "
            f"pad the text with claims you did not make offline: add points, or ask for {made}."
        ) from None
