"""Sentences and words: the text handling the summarizer's scoring (and the fact checker's matching) rests on.

The splitter is rule-based: a sentence ends at ``.``, ``!`` or ``?`` (and closing quotes or brackets) followed
by whitespace and a capital letter, digit or opening quote, except after common abbreviations, initials and
decimals. Blank lines and list items also end a sentence, so bullet lists split into items. Every sentence is
an exact substring of the input, which is what lets a summary be made only of the input's own sentences."""

from __future__ import annotations

import re

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
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*\s+")
_NEXT_STARTS_SENTENCE = re.compile(r"[\"'“‘(\[]?[A-Z0-9]")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)

_INSTRUCTION_WORDS = re.compile(
    r"\b(summari[sz]e|summary|tl;?dr|recap|condense|shorten|gist|key points?|main points?|takeaways?|"
    r"bullet|keywords?|key ?phrases|sum up|boil (?:it|this) down|digest|highlights?|overview)\b",
    re.I,
)


def split_sentences(text: str) -> list[str]:
    """The sentences of ``text`` in order, each stripped, each an exact substring of ``text``."""
    sentences: list[str] = []
    for block in re.split(r"\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)", text):
        start = 0
        for match in _BOUNDARY.finditer(block):
            end = match.end()
            if not _NEXT_STARTS_SENTENCE.match(block, end):
                continue
            if _ends_with_abbreviation(block[start : match.start()]):
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


def strip_instruction(text: str) -> str:
    """The material of a request, without a leading instruction such as "Summarize this article:".

    Callers (people and the offline model) often pass the whole request. A short lead-in that names the job
    ("TL;DR:", "Give me the key points of the following text.") is removed when real text follows it.
    """
    text = text.strip()
    head, sep, tail = text.partition(":")
    short_head = len(head.split()) <= 14 and "\n" not in head
    if sep and tail.strip() and short_head and _INSTRUCTION_WORDS.search(head):
        return tail.strip()
    first_line, newline, rest = text.partition("\n")
    if newline and rest.strip() and len(first_line.split()) <= 14 and _INSTRUCTION_WORDS.search(first_line):
        return rest.strip()
    sentences = split_sentences(text)
    if len(sentences) >= 3 and len(sentences[0].split()) <= 14 and _INSTRUCTION_WORDS.search(sentences[0]):
        return text[text.index(sentences[0]) + len(sentences[0]) :].strip()
    return text
