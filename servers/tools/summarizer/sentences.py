"""Sentences and words: the text handling the summarizer's scoring (and the fact checker's matching) rests on.

The splitter is rule-based: a sentence ends at ``.``, ``!`` or ``?`` (and closing quotes or brackets) followed
by whitespace and a capital letter, digit or opening quote, except after common abbreviations, initials and
decimals. Blank lines and list items also end a sentence, so bullet lists split into items. Every sentence is
an exact substring of the input, which is what lets a summary be made only of the input's own sentences."""

from __future__ import annotations

import functools
import re

from patterns.lexical import NUMBER_WORDS

STOPWORDS = frozenset(
    """a about above after again against all also although am among an and any are as at be because been
    before being below between both but by can cannot could did do does doing done down during each
    either else even ever every few for from further get gets got had has have having he her here hers
    herself him himself his how however i if in into is it its itself just least less let like made make
    makes many may me might more most much must my myself neither no nor not of off often on once one
    only or other others our ours out over own per quite rather really same shall she should since so
    some such than that the their theirs them themselves then there therefore these they this those
    though through thus to too under until up upon us use used uses using very via was we well were what
    whatever when where whether which while who whom whose why will with within without would yet you
    your yours""".split()
)

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st vs etc e.g i.e cf al fig no vol approx inc ltd co corp dept est "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k a.m p.m".split()
)
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then whitespace.
# The lookbehind makes a match start only where a run of end punctuation starts, which keeps the scan linear.
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]]*\s+")
_NEXT_STARTS_SENTENCE = re.compile(r"[\"'“‘(\[]?[A-Z0-9]")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)

_INSTRUCTION_WORDS = re.compile(
    r"(?:\b|^)(summari[sz]e|summary|tl;?dr|recap|condense|shorten|gist|key points?|main points?|takeaways?|"
    r"bullets?|keywords?|key ?phrases|sum (?:\w+ ){0,3}up|(?:boil|cut|trim|pare|whittle) (?:\w+ ){0,3}down|digest|"
    r"highlights?|overview|nutshell|short version|cliff ?notes|synopsis|"
    r"what(?:'s| is) (?:this|it|the)(?: \w+){0,2} about|"
    r"topics|tags|themes|main ideas?)\b",
    re.I,
)
# A request that starts by asking for the job: "Summarize this article.", "Can you give me the key points?"
_INSTRUCTION_START = re.compile(
    r"^\W*(?:(?:please|can you|could you|would you|i need|i want|give me|get me|make|write|do|just|now)\s+)*"
    r"(?:(?:a|an|me a|me an|some)\s+)?(?:(?:quick|short|brief|one-line)\s+)?(?:summari[sz]e|summary|tl;?dr|recap|"
    r"condense|shorten|gist|key points?|main points?|takeaways?|bullets?|keywords?|sum\b|boil|digest|highlights?|"
    r"overview|synopsis|list|extract|pull out|find|what are|what's|what is|tag|topics)\b|"
    r"^\W*(?:please\s+)?(?:give me|get me|list|show me|what are|find|extract|pull out)\s+(?:the|all the|some|a few|"
    r"its|his|her|their)?\s*(?:\w+\s+)?(?:key points?|main points?|takeaways?|keywords?|highlights?|gist|summary|"
    r"topics|tags|themes)\b",
    re.I,
)
# Blocks: blank lines (spaces allowed, newlines not, so runs of newlines split in linear time) and list items.
_BLOCKS = re.compile(r"\n[^\S\n]*\n|\n(?=[^\S\n]*(?:[-*•]|\d+[.)])\s)")
_COUNT_WORDS = {
    **{w: n for w, n in NUMBER_WORDS.items() if n <= 10},
    "a single": 1,
    "a": 1,
    "single": 1,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
}
_COUNTED = re.compile(
    r"\b(\d{1,2}|one|a single|single|two|three|four|five|six|seven|eight|nine|ten|a couple(?: of)?|couple of)"
    r"[\s-]+(?:(?:main|key|short|"
    r"quick|bullet)\s+)?(sentences?|bullets?|points?|bullet points?|takeaways?|keywords?|tags|terms|lines?|ideas)\b"
    r"|\b(a) (?:single )?(?:sentence|line)\b",
    re.I,
)


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` in order, each stripped, each an exact substring of ``text``."""
    sentences: list[str] = []
    for block in _BLOCKS.split(text):
        start = 0
        for match in _BOUNDARY.finditer(block):
            end = match.end()
            if not _NEXT_STARTS_SENTENCE.match(block, end):
                continue
            # Only the word before the stop matters; slicing from the sentence start would be quadratic.
            word_start = max(block.rfind(" ", start, match.start()), block.rfind("\n", start, match.start()), start)
            if _ends_with_abbreviation(block[word_start : match.start()]):
                continue
            _append(sentences, block[start:end])
            start = end
        _append(sentences, block[start:])
    return sentences


def _append(sentences: list[str], piece: str) -> None:
    piece = _LIST_ITEM.sub("", piece.strip()).strip()
    if re.search(r"[^\W_]", piece):
        sentences.append(piece)


def _ends_with_abbreviation(before: str) -> bool:
    last = before.rsplit(None, 1)[-1].lower().strip("(\"'") if before.strip() else ""
    # Initials ("J. K.") and single letters are abbreviations; so is anything in the list.
    return len(last) == 1 and last.isalpha() or last.rstrip(".") in _ABBREVIATIONS


def words(text: str) -> list[str]:
    """Lowercased word tokens, apostrophes kept inside words ("don't")."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


@functools.lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """A light suffix stripper: enough for "completed" to meet "complete" and "myths" to meet "myth"."""
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            word = word[: -len(suffix)] + replacement
            break
    # A final "e" goes too, so "complete" and "completed" both become "complet".
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


def content_words(text: str) -> list[str]:
    """Stemmed words that carry meaning: stopwords and one-letter tokens removed, numbers kept."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


def read_instruction(text: str) -> tuple[str, str]:
    """(instruction, material) of a request; the instruction is "" when the text is all material.

    Callers (people and the offline model) often pass the whole request. A short lead-in that names the job
    ("TL;DR:", "Give me the key points of the following text.", "in a nutshell?" on its own line) is split off
    when real text follows it. A text that is nothing but such an instruction ("Summarize this article.") comes
    back as (instruction, "") so the caller can ask for the material instead of summarizing the request.
    """
    text = text.strip()
    head, sep, _ = text[:400].partition(":")
    short_head = len(head.split()) <= 14 and "\n" not in head
    if sep and short_head and _INSTRUCTION_WORDS.search(head):
        return head.strip(), text[len(head) + 1 :].strip()
    first_line, newline, rest = text.partition("\n")
    if newline and rest.strip() and len(first_line.split()) <= 14 and _INSTRUCTION_WORDS.search(first_line):
        return first_line.strip(), rest.strip()
    if len(text.split()) <= 14 and _INSTRUCTION_START.match(text) and len(split_sentences(text)) <= 1:
        return text, ""
    sentences = split_sentences(text[:2000])
    if len(sentences) >= 3 and len(sentences[0].split()) <= 14 and _INSTRUCTION_WORDS.search(sentences[0]):
        return sentences[0], text[text.index(sentences[0]) + len(sentences[0]) :].strip()
    return "", text


# "the main point" asks for one: a single sentence, not a list of points.
_ONE_POINT = re.compile(r"\b(?:the|one|a) (?:main|key|central|core|big) (?:point|idea|message|takeaway)\b(?!s)", re.I)
_NUMBER = r"\d{1,4}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_WORD_LIMIT = re.compile(
    r"\b(?:under|below|within|in|into|to|at most|max(?:imum)?|no more than|not more than|less than|fewer than|up to|"
    rf"(?:no|not) longer than|a maximum of|about|around|roughly|approximately|approx\.?|some)\s*({_NUMBER})"
    rf"\s+words?\b|\b({_NUMBER})\s+words (?:or|and) (?:less|fewer|under)\b|\b({_NUMBER})[- ]word\b|"
    rf"\b({_NUMBER})\s+words (?:max(?:imum)?|tops|at most|or so)\b|"
    rf"\bword (?:limit|count|cap|budget|max(?:imum)?)(?: of| is| at|:)?\s*({_NUMBER})\b|"
    # Any other "N words" in an instruction is a length too: read as a limit, never ignored.
    rf"\b({_NUMBER})\s+words?\b",
    re.I,
)


def count_asked(instruction: str) -> int | None:
    """A count the instruction names ("in two sentences", "3 bullet points", "five keywords", "the main
    point": one), or None."""
    found = counted(instruction)
    if found is None:
        return 1 if _ONE_POINT.search(instruction) else None
    return found[0]


def counted(instruction: str) -> tuple[int, str] | None:
    """The count the instruction names and what it counts, as the word it uses ("sentences", "bullet points",
    "keywords", "line"), or None when it names no count."""
    found = _COUNTED.search(instruction)
    if not found:
        return None
    token = (found.group(1) or found.group(3)).lower()
    unit = (found.group(2) or "sentence").lower()
    return (int(token) if token.isdigit() else _COUNT_WORDS[token]), unit


def words_asked(instruction: str) -> int | None:
    """A length limit in words the instruction names ("in under 50 words", "a 30-word summary"), or None."""
    found = _WORD_LIMIT.search(instruction)
    if not found:
        return None
    token = next(g for g in found.groups() if g).lower()
    return int(token) if token.isdigit() else NUMBER_WORDS[token]


def asks_one_point(instruction: str) -> bool:
    """Whether the instruction asks for the single main point ("what's the main point of this?")."""
    return _ONE_POINT.search(instruction) is not None
