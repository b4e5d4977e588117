"""A shorter version of a pasted text, built from its own key sentences: "Make this shorter: ...", "Cut this down
for the newsletter: ...", "Have the summariser and the writer each give me a short version of this: ...".

A shortening asked for is a promise to leave something out, so this is the one writer job that drops facts: the
sentences that carry least (a greeting, thanks, an appeal for help, a reason given after the news) go, and the
ones kept are the user's own sentences, word for word, trimmed only of a lead-in ("just a reminder that") and
colouring words ("unfortunately"). Nothing is reworded, so every fact the shorter text keeps is exact. A text of
one sentence has no sentence to leave out: the caller declines it (or cuts its courtesies, ``shortening``).

When the same request asks for a summary and a rewrite in a tone ("two takes on this text, a summary and a
friendlier rewrite"), the summary is the summarizer's take and the writer's is the rewrite: ``tone_take``.
"""

from __future__ import annotations

import math
import re

from servers.tools.summarizer.focus import focus_terms, meets
from servers.tools.writer.lengths import length_ask, measure
from servers.tools.writer.requests import split_request
from servers.tools.writer.shortening import COURTESY_SENTENCE, LEAD_IN
from servers.tools.writer.styles import tone_named
from servers.tools.writer.tone import Rewrite, tone_asked

MAX_MATERIAL_CHARS = 20_000
MAX_SENTENCES = 200
# The ask for a shorter text of the material ("summarise this", "key points please", "a short version of this",
# "give me both versions" beside the summarizer): read in the instruction only, never in the material.
_ASKED = re.compile(
    r"\b(?:shorten|shorter|make\s+(?:it|this|that)\s+(?:short|brief)\b(?!\s+and)|cut\s+(?:it\s+|this\s+|that\s+)?down|condense|trim\s+(?:it|this|that)\b|summari[sz]e|"
    r"sum\s+(?:it\s+|this\s+|that\s+)?up|tl;?dr|key\s+points|main\s+points|highlights|the\s+gist|"
    r"boil\s+(?:it\s+|this\s+)?down|(?:short|shorter|brief|condensed|quick)\s+version|"
    r"^\W*(?:(?:give|get|send)\s+me\s+)?a\s+summary|more\s+(?:concise|brief)|summari[sz]er\b[^:]{0,120}?\bversions?)\b",
    re.I,
)
# A new text asked for, which only describes its content with the word ("Write an email to the intern summarising
# what needs changing"): composed, never condensed.
_COMPOSING = re.compile(
    r"^\W*(?:(?:please|can\s+you|could\s+you|now|then)\s+)*(?:create|prepare|craft|pen|produce|put\s+together|"
    r"turn|convert|rewrite|rephrase)\b|\b(?:write|draft|compose)\b|\bsummari[sz]ing\b|"
    # "Put the key points in an email to my manager": a new text of that kind, from them
    r"\b(?:in|into|as)\s+(?:an?|the|my|our)\s+(?:short\s+|quick\s+)?(?:email|e-mail|message|note|post|letter|notice|"
    r"announcement|tweet|text|update|newsletter)\b",
    re.I,
)
# An agent's rendered answer or code (a review's "[bare-except, warning]" findings, "eval()", a ``` block, field
# lines): findings to say, not prose to cut, and a summary of them is the summarizer's.
_TECHNICAL = re.compile(r"\[[a-z]+(?:-[a-z]+)+, (?:error|warning|note)\]|\b\w+\(\)|`|^\s*[a-z_]+:\s", re.M)
_KEY_POINTS = re.compile(r"\b(?:key|main)\s+points\b|\bhighlights\b", re.I)
_SUMMARY_WORD = re.compile(r"\b(?:summary|summari[sz]e|short\s+version|condense)\b", re.I)
_REWRITE_WORD = re.compile(r"\b(?:rewrite|rewritten|version|take|rephras(?:e|ing))\b", re.I)
# A sentence's end: not after a title or an abbreviation ("Dr. Okafor", "2.20 a.m. on"), nor a decimal point.
_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]?\s+(?=[\"'\u201c\u2018(]?[A-Z0-9£$€])")
_ABBREVIATED = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|st|prof|rev|no|approx|etc|e\.g|i\.e|a\.m|p\.m|vs)|\b[A-Z])\.$",
    re.I,
)
_GREETING = re.compile(r"^(?:hi|hello|hey|dear|morning|good\s+(?:morning|afternoon|evening))\b[^.!?,]{0,40},\s*", re.I)
_REMINDER = re.compile(
    r"^(?:(?:just\s+)?(?:a\s+)?(?:quick\s+|friendly\s+|gentle\s+)?reminder\s+that|this\s+is\s+(?:just\s+)?a\s+"
    r"(?:quick\s+|friendly\s+|gentle\s+)?reminder\s+that|just\s+to\s+let\s+(?:you|everyone)\s+know\s+that)\s+",
    re.I,
)
_COLOURING = re.compile(r"\b(?:unfortunately|sadly|regrettably|please note that|kindly note that)\s+", re.I)
# What carries a fact: a number, a day or month, a clock time, money, a name (a capital after the first word).
_FACT = re.compile(
    r"\d|[£$€]|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|"
    r"july|august|september|october|november|december|noon|midnight|tomorrow|today|tonight|next\s+(?:week|month))\b|"
    r"(?<=\w\s)(?-i:[A-Z][a-z]+)",
    re.I,
)
# A sentence that courts or thanks the reader, or appeals for help, more than it tells news.
_APPEAL = re.compile(
    r"\b(?:thank(?:s|\s+you)|would\s+(?:also\s+)?be\s+(?:really\s+|very\s+|much\s+|greatly\s+)?(?:welcome|"
    r"appreciated|grateful|lovely)|we\s+(?:would\s+)?be\s+(?:very\s+|really\s+)?grateful|look(?:ing)?\s+forward|"
    r"we\s+hope|hope\s+(?:you|to\s+see)|feel\s+free|any\s+questions|apologi[sz]e|sorry\s+for)\b",
    re.I,
)


def asked(text: str) -> bool:
    """Whether ``text`` asks for a shorter version of the material it carries (of two sentences or more)."""
    parts = split_request(text)
    instruction = " ".join(parts.instruction.split())
    if not parts.material.strip() or _COMPOSING.search(instruction) or _TECHNICAL.search(parts.material[:20_000]):
        return False
    return _ASKED.search(instruction) is not None and len(_sentences(parts.material)) >= 2


def tone_take(text: str) -> str | None:
    """The tone of the rewrite asked beside a summary ("a summary and a friendlier rewrite"): the writer's take of
    the two, the summary being the summarizer's; None when no such pair is asked."""
    instruction = " ".join(split_request(text).instruction.split())
    named = tone_named(instruction)
    tone = named or tone_asked(instruction)  # ("friendlier" is asked, though no tone's name)
    if tone == "concise" or (named is None and tone == "professional") or not _SUMMARY_WORD.search(instruction):
        return None
    return tone if _REWRITE_WORD.search(instruction) else None


def condensed(text: str, focus_from: str | None = None) -> Rewrite | None:
    """The material's key sentences, in their order and words; None when nothing can honestly be left out (one
    sentence, or a sentence count or word limit its key sentence alone already breaks). A focus the instruction
    (or ``focus_from``) names ("she needs to know about the withheld milk") keeps every sentence that names it;
    None when no sentence does, or when keeping them leaves nothing out."""
    parts = split_request(text)
    sentences = _sentences(parts.material)
    if len(sentences) < 2 or (len(sentences) == 2 and not any(_courting(s) for s in sentences)):
        return None  # (of two sentences of news, leaving one out is losing half of it, not shortening)
    ask = length_ask(parts.instruction)
    keep = min(len(sentences) - 1, math.ceil(len(sentences) * 0.6))
    if ask.sentences is not None:
        keep = min(keep, ask.sentences)
    stakes = focus_terms(parts.instruction if focus_from is None else focus_from)
    must = {i for i, s in enumerate(sentences) if any(meets(terms, s) for terms in stakes)}
    if stakes and (not must or len(must) == len(sentences) or (ask.sentences is not None and len(must) > keep)):
        return None  # (a focus the text never names, or one that is the whole text, is no shortening to make)
    keep = max(keep, len(must))
    ranked = sorted(range(len(sentences)), key=lambda i: (i not in must, -_weight(sentences[i], i), i))
    chosen = sorted(ranked[:keep])
    kept = [_trimmed(sentences[i]) for i in chosen]
    if ask.max_words is not None:
        while kept and measure(" ".join(kept)).words > ask.max_words:
            if must and set(chosen) <= must:
                return None  # (the focus alone breaks the word limit)
            worst = min(range(len(kept)), key=lambda k: (chosen[k] in must, _weight(kept[k], chosen[k]), -k))
            del kept[worst], chosen[worst]
    kept = [k for k in kept if k]
    if not kept or not all(_from_material(k, parts.material) for k in kept):
        return None
    listed = _KEY_POINTS.search(parts.instruction) is not None
    out = "\n".join(f"- {k}" for k in kept) if listed else " ".join(kept)
    left = len(sentences) - len(kept)
    return Rewrite(out, [f"kept {len(kept)} of its {len(sentences)} sentences, word for word; left out {left}"])


def _sentences(material: str) -> list[str]:
    """The material's sentences; a line without an end mark (a list item) is one too."""
    found: list[str] = []
    for line in material[:MAX_MATERIAL_CHARS].splitlines():
        line = re.sub(r"^\s*(?:[-*\u2022]|\d{1,2}[.)])\s+", "", line).strip()
        if not re.search(r"\w", line):
            continue
        start = 0
        for end in _END.finditer(line):
            if _ABBREVIATED.search(line[start : end.start()][-8:]):
                continue
            found.append(line[start : end.start()].strip())
            start = end.end()
        found.append(line[start:].strip())
        if len(found) > MAX_SENTENCES:
            break
    return [s for s in found if re.search(r"\w", s)][:MAX_SENTENCES]


def _weight(sentence: str, index: int) -> int:
    """How much of the news a sentence carries: its facts (up to three), the opening sentence's lead, less for a
    courtesy, thanks or appeal."""
    weight = min(3, len(_FACT.findall(sentence))) + (2 if index == 0 else 0)
    return weight - (4 if _courting(sentence) else 0)


def _courting(sentence: str) -> bool:
    return COURTESY_SENTENCE.fullmatch(sentence) is not None or _APPEAL.search(sentence) is not None


def _trimmed(sentence: str) -> str:
    """The sentence without a greeting, a lead-in announcing it ("just a reminder that") or a colouring word."""
    cut = _GREETING.sub("", sentence)
    cut = _REMINDER.sub("", cut)
    cut = LEAD_IN.sub("", cut)
    cut = _COLOURING.sub("", cut).strip()
    return cut[:1].upper() + cut[1:] if cut != sentence else cut


def _from_material(sentence: str, material: str) -> bool:
    """Whether a kept sentence is the material's own words (its first letter's case aside): the check that nothing
    was reworded or added."""
    said = " ".join(material.split()).lower()
    return " ".join(sentence.split()).lower() in said
