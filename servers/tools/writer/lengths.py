"""What a request asks of a text's size and reading level, and how a text measures against it.

Length is read from the words people use: "in 50 words", "under 100 words", "a 200-word post", "about 80
words", "in two sentences", "one paragraph", "a short email", "a one-liner". Reading level is asked with "for
kids", "simple", "in plain English", "easy to read". Both come back as plain numbers a checker can compare with
``measure(text)``: words, sentences, paragraphs, average sentence length and the share of long words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from patterns.lexical import NUMBER_WORDS
from servers.tools.writer.styles import STYLE_PATTERN

_SMALL = {**NUMBER_WORDS, "a": 1, "single": 1, "a hundred": 100, "one hundred": 100}
_AMOUNT = r"(\d{1,5}|" + "|".join(sorted(map(re.escape, _SMALL), key=len, reverse=True)) + r")"
_BOUND = (
    r"(?:(under|fewer than|less than|no more than|not more than|at most|max(?:imum)?|up to|within|"
    r"at least|no fewer than|more than|over|about|around|roughly|approximately|exactly|in|of)\s+)?"
)
_WORDS = re.compile(
    rf"\b{_BOUND}{_AMOUNT}[\s-]+words?\b(?P<most>,?\s+(?:max(?:imum)?|tops|at most|or (?:less|fewer))\b)?", re.I
)
# "two short paragraphs", "three clear sentences": a word of size or manner between the count and the unit
_SIZED = r"(?:(?:short|brief|long|full|simple|clear|tight|quick|small)[\s-]+)?"
_SENTENCES = re.compile(
    rf"\b{_BOUND}{_AMOUNT}[\s-]+{_SIZED}sentences?\b(?P<most>,?\s+(?:max(?:imum)?|tops|at most|or (?:less|fewer))\b)?",
    re.I,
)
_SENTENCE_RANGE = re.compile(rf"\b{_AMOUNT}\s*(?:or|to|-|–)\s*{_AMOUNT}[\s-]+{_SIZED}sentences\b", re.I)
# "two sentences max", "no more than 3 sentences": a ceiling, which fewer sentences meet
_CEILINGS = (
    "under",
    "fewer than",
    "less than",
    "no more than",
    "not more than",
    "at most",
    "max",
    "maximum",
    "up to",
    "within",
)
_PARAGRAPHS = re.compile(rf"\b{_BOUND}{_AMOUNT}[\s-]+{_SIZED}paragraphs?\b", re.I)
# "a two-line caption", "in three lines", "no more than 2 lines", "four lines long": lines of text, each its own line
# (one line is a short text, read below; "the queue has two lines" says no size: a count of lines is asked with a
# hyphen before a kind of text, or with "in"/"on"/a bound before it)
_LINES = re.compile(
    rf"\b(?:{_AMOUNT}(?:-lines?\b(?!\s+(?:of|from)\b)|\s+line(?=\s+(?:[\w-]+\s+)?(?:{STYLE_PATTERN})\b))|(?:(?:in|on|across|over|as|using)\s+)?{_BOUND}{_AMOUNT}\s+"
    rf"{_SIZED}lines(?=\s+(?:long|max(?:imum)?|tops|at most|or (?:less|fewer))\b|\s*(?:$|[,.;:!?]))|"
    rf"(?:in|on|across|over)\s+{_BOUND}{_AMOUNT}\s+{_SIZED}lines\b)(?P<most>,?\s+(?:max(?:imum)?|tops|at most|or "
    rf"(?:less|fewer))\b)?",
    re.I,
)
# "in under 100 characters", "no more than 280 chars", "a 50-character headline": a size in characters
_CHARACTERS = re.compile(
    r"\b(?:(?:under|within|in|no more than|not more than|at most|max(?:imum)?|up to|less than|fewer than|below)\s+)?"
    r"(?P<n>\d{1,5})[\s-]+(?:characters?|chars?)\b",
    re.I,
)
_SHORT = re.compile(r"\b(?:short|brief|quick|concise|one-liner|one line|a line)\b", re.I)
_SIMPLE = re.compile(
    r"\b(?:for (?:kids|children|a child|young readers|beginners|a \w+-year-old|non-experts|laypeople)|"
    r"simple|simply|plain (?:english|language|words)|easy to (?:read|understand)|eli5|like i'?m five)\b",
    re.I,
)
_LONG_WORD_LETTERS = 9
SHORT_WORDS = 120
"""How many words "short" allows."""


@dataclass(frozen=True, slots=True)
class LengthAsk:
    """Bounds on a text's size; None where the request sets none. ``said`` quotes what the request said."""

    min_words: int | None = None
    max_words: int | None = None
    sentences: int | None = None
    paragraphs: int | None = None
    said: str = ""
    most_sentences: bool = False  # ``sentences`` is a ceiling ("two sentences max"), not an exact count
    lines: int | None = None  # "a two-line caption": each sentence on a line of its own
    most_lines: bool = False  # ``lines`` is a ceiling ("no more than three lines")

    @property
    def asked(self) -> bool:
        return any(v is not None for v in (self.min_words, self.max_words, self.sentences, self.paragraphs, self.lines))


@dataclass(frozen=True, slots=True)
class Measure:
    words: int
    sentences: int
    paragraphs: int
    average_sentence_words: float
    long_word_share: float


@dataclass(frozen=True, slots=True)
class ReadingAsk:
    """Most words per sentence on average and the largest share of long words a reader should meet."""

    max_sentence_words: float
    max_long_word_share: float
    simple: bool


DEFAULT_READING = ReadingAsk(max_sentence_words=28.0, max_long_word_share=0.25, simple=False)
SIMPLE_READING = ReadingAsk(max_sentence_words=15.0, max_long_word_share=0.12, simple=True)


def amount(token: str) -> int:
    """A count written in digits or words ("3", "three", "a")."""
    return int(token) if token.isdigit() else _SMALL[token.lower()]


def length_ask(text: str) -> LengthAsk:
    """The size ``text`` asks for."""
    found = _WORDS.search(text)
    if found:
        bound, n = (found.group(1) or "").lower(), amount(found.group(2))
        bound = bound or ("under" if found.group("most") else "")  # "12 words max", "50 words or less"
        if bound in ("at least", "no fewer than", "more than", "over"):
            return LengthAsk(min_words=n, said=found.group())
        if bound in ("about", "around", "roughly", "approximately"):
            return LengthAsk(min_words=int(n * 0.75), max_words=int(n * 1.25 + 0.5), said=found.group())
        if bound in ("exactly", "in", "of", ""):
            return LengthAsk(min_words=max(1, int(n * 0.5)), max_words=int(n * 1.1 + 0.5), said=found.group())
        return LengthAsk(max_words=n, said=found.group())
    ranged = _SENTENCE_RANGE.search(text)
    if ranged and 0 < amount(ranged.group(1)) < amount(ranged.group(2)):
        # "3 or 4 sentences": the smaller count is met, and any more points are joined into it
        return LengthAsk(sentences=amount(ranged.group(1)), said=ranged.group())
    found = _SENTENCES.search(text)
    if found:
        most = bool(found.group("most")) or (found.group(1) or "").lower() in _CEILINGS
        return LengthAsk(sentences=amount(found.group(2)), said=found.group(), most_sentences=most)
    found = _PARAGRAPHS.search(text)
    if found:
        return LengthAsk(paragraphs=amount(found.group(2)), said=found.group())
    found = _LINES.search(text)
    n = amount(found.group(1) or found.group(3) or found.group(5)) if found else 0
    if found and n > 1:
        bound = (found.group(2) or found.group(4) or "").lower()
        # ("two or three lines": a range, which at most its larger count meets)
        most = (
            bool(found.group("most")) or bound in _CEILINGS or re.search(r"\bor\s+$", text[: found.start()]) is not None
        )
        return LengthAsk(lines=n, said=found.group().strip(" ,"), most_lines=most)
    found = _SHORT.search(text)
    if found:
        return LengthAsk(max_words=SHORT_WORDS, said=found.group())
    return LengthAsk()


def character_limit(text: str) -> int | None:
    """The most characters ``text`` asks its text to take ("in under 100 characters" -> 99), or None."""
    found = _CHARACTERS.search(text)
    if found is None:
        return None
    strict = re.match(r"(?:under|less than|fewer than|below)\b", found.group(), re.I)
    return int(found.group("n")) - (1 if strict else 0)


def reading_ask(text: str) -> ReadingAsk:
    return SIMPLE_READING if _SIMPLE.search(text) else DEFAULT_READING


# a decimal point ("6.50") ends no sentence, nor "a.m." or "p.m." inside one ("at 2:20 a.m. on 15 April")
_SENTENCE = re.compile(r"(?:[^.!?]|\.(?=\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\.(?=\s+[a-z0-9]))+(?:[.!?]+|$)")


def sentences_of(text: str) -> list[str]:
    """Sentences, counted the way a reader counts them: lines without end punctuation end a sentence too."""
    found: list[str] = []
    for line in text.splitlines():
        found += [s.strip() for s in _SENTENCE.findall(line) if re.search(r"\w", s)]
    return found


SIGN_OFF = re.compile(
    r"^(?:(?:best|kind|warm|warmest)(?: regards| wishes)?|regards|sincerely|cheers|thanks!?|thank you|best,|"
    r"yours(?: sincerely| truly| faithfully)?)\s*,?\s*$",
    re.I,
)
"""An email's or letter's sign-off line ("Best regards,", "Thanks!")."""
FRAME_LINE = re.compile(r"^(?:subject:.*|(?:hello|hi|hey|dear)\b[^.!?]{0,40},|\[your name\])\s*$", re.I)
"""A subject, greeting or name placeholder line: the frame of an email, not its body."""


def split_frame(text: str) -> tuple[str, str, str]:
    """(head, body, tail) of ``text``: an email's subject and greeting lines, its body, and its sign-off with the
    name lines under it. A text without a frame is all body."""
    lines = text.strip().splitlines()
    start = 0
    while start < len(lines) and (not lines[start].strip() or FRAME_LINE.match(lines[start].strip())):
        start += 1
    end = len(lines)
    tail = [i for i in range(start, len(lines)) if lines[i].strip()][-3:]
    sign_off = next((i for i in tail if SIGN_OFF.match(lines[i].strip())), None)
    if sign_off is not None:
        end = sign_off
    elif tail and FRAME_LINE.match(lines[tail[-1]].strip()):
        end = tail[-1]
    body = "\n".join(lines[start:end]).strip()
    if not body:
        return "", text.strip(), ""
    return "\n".join(lines[:start]).strip(), body, "\n".join(lines[end:]).strip()


def body_of(text: str) -> str:
    """``text`` without an email's frame (``split_frame``): a length asked for ("two sentences", "in 50 words")
    is the body's length."""
    return split_frame(text)[1]


# One short line with no sentence's end: a title, not a paragraph ("Announcement", "Bonus pool 2026").
_HEADING = re.compile(r"^[^\n.!?:;,]{1,60}$")


def measure(text: str) -> Measure:
    words = re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", text)
    sentences = sentences_of(text)
    # a title line ("Announcement") heads the text; it is no paragraph of it
    paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip() and not _HEADING.match(p.strip())]
    long_words = [w for w in words if len(w) >= _LONG_WORD_LETTERS]
    return Measure(
        words=len(words),
        sentences=len(sentences),
        paragraphs=len(paragraphs),
        average_sentence_words=round(len(words) / len(sentences), 1) if sentences else 0.0,
        long_word_share=round(len(long_words) / len(words), 2) if words else 0.0,
    )


def length_problem(ask: LengthAsk, m: Measure) -> str | None:
    """What is wrong with the size, in words a writer can act on; None when it fits the ask."""
    if ask.max_words is not None and m.words > ask.max_words:
        return f"shorten it to at most {ask.max_words} words (it has {m.words})"
    if ask.min_words is not None and m.words < ask.min_words:
        return f"lengthen it to at least {ask.min_words} words (it has {m.words})"
    if ask.sentences is not None and m.sentences > ask.sentences:
        return f"use at most {ask.sentences} sentence{'s' * (ask.sentences != 1)} (it has {m.sentences})"
    if ask.paragraphs is not None and m.paragraphs > ask.paragraphs:
        return f"use at most {ask.paragraphs} paragraph{'s' * (ask.paragraphs != 1)} (it has {m.paragraphs})"
    if ask.paragraphs is not None and 1 < ask.paragraphs and m.paragraphs < ask.paragraphs:
        # "two short paragraphs" asks for a shape: one paragraph is not the form asked for
        return f"use {ask.paragraphs} paragraphs (it has {m.paragraphs})"
    return None


def reading_problem(ask: ReadingAsk, m: Measure) -> str | None:
    problems: list[str] = []
    if m.average_sentence_words > ask.max_sentence_words:
        problems.append(
            f"use shorter sentences (about {m.average_sentence_words:g} words on average; "
            f"aim for at most {ask.max_sentence_words:g})"
        )
    if m.long_word_share > ask.max_long_word_share:
        problems.append(
            f"use plainer words ({m.long_word_share:.0%} are long words; aim for at most {ask.max_long_word_share:.0%})"
        )
    return "; ".join(problems) or None
