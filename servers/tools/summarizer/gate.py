"""The final gate every summarizer answer passes before it is returned: right or honest, checked once, at the end.

The extract, the key points and the keywords each have their own rules for what to pick; the gate trusts none of
them. It reads the request's instruction and material again with the finished answer, and the answer goes out
only when it accounts for the whole request:

- **whole request** — the instruction asks only for what an extract gives: no second ask after it ("... and
  tell me whether I need to reply"), no several documents it cannot tell apart ("these two emails" in one
  run of text), no focus, part, form or new words a plain extract would silently ignore ("focusing on the costs",
  "in chronological order", "as a table", "in plain English": ``asks`` and ``plain``), no material an extract
  cannot honestly shorten (a table, a list of short items);
- **drawn from the material** — every sentence and point is the material's own (a point may drop a leading
  connective), every keyword is a word of it, and no sentence opens with the request's own ask (an instruction
  never told apart from its text, whose limits were never read);
- **shorter** — the answer leaves out a real share of the material (``MOST_KEPT``), not a greeting;
- **every document** — material made of several documents (numbered emails, ``---`` separators, repeated
  ``Subject:`` lines) is summarized from each of them, or not at all;
- **forms** — the exact count asked (sentences, lines, bullets, keywords), "one line" as a single line,
  "tl;dr" as at most ``TLDR_SHARE`` of the material, "half its length", and any word or character limit.

A failing answer is not returned: ``ToolInputError`` says in one line which rule it failed, and the agent
declines with it. A confident wrong summary is the worst answer; an honest decline costs one retry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from servers.tools.inputs import ToolInputError
from servers.tools.summarizer import asks
from servers.tools.summarizer.sentences import counted, split_sentences, words, words_asked

MOST_KEPT = 0.9
"""A summary keeping more of the material's words than this is the material handed back, less a greeting."""
TLDR_SHARE = 0.5
"""A "tl;dr" is the short version: at most this share of the material's words."""
_GATED_CHARS = 100_000

_TLDR = re.compile(r"\btl;?\s?dr\b|\bone[- ]liner\b|\bin a nutshell\b", re.I)
_ONE_LINER = re.compile(r"\bone[- ]liner\b", re.I)
# "a couple of sentences" is loose, a size at most ("a sentence or two"); "exactly a couple" is not.
_LOOSE_COUNT = re.compile(
    r"(?<!exactly )(?<!precisely )\ba\s+couple(?:\s+of)?\s+(?:short\s+)?(?:sentences|lines|bullet points|points)\b",
    re.I,
)


def loose_count(instruction: str) -> bool:
    """Does the instruction ask for a count loosely ("in a couple of sentences"), so that fewer keep it?"""
    return _LOOSE_COUNT.search(instruction[:_GATED_CHARS]) is not None


_SENTENCE_UNITS = frozenset({"sentence", "sentences", "line", "lines"})
_POINT_UNITS = frozenset(
    {"bullet", "bullets", "point", "points", "bullet point", "bullet points", "takeaway", "takeaways", "ideas"}
)
_KEYWORD_UNITS = frozenset({"keyword", "keywords", "tags", "terms"})
# A second ask joined to the summary: a clause after "and"/"then"/"also" led by a verb of another job or a
# question word. What it asks is then checked: asking for a summary's own forms ("and keep it short") is fine.
_SECOND_ASK = re.compile(
    r"(?:\band|\bthen|\balso|\bplus|\bbut|[,;])\s+(?:then\s+|also\s+|please\s+|can you\s+|could you\s+)?"
    r"(?P<ask>(?P<verb>tell|let me know|say|answer|name|suggest|recommend|compare|decide|pick|choose|rank|rate|"
    r"score|grade|translate|write|draft|reply|respond|check|verify|fix|correct|explain|flag|point out|add|estimate|"
    r"calculate|predict|list|include|mention|note|highlight|give|show|identify|find|extract|pull out|keep|"
    r"leave out|skip|ignore|exclude|drop|remove|focus|emphasi[sz]e|make sure|don'?t|do not)?"
    r"(?(verb)|(?:who|what|when|where|why|how|which|whether|is it|are they|does it|do i|should i))\b[^.?!\n]*)",
    re.I,
)
_SUMMARY_FORM = re.compile(
    r"\b(?:summar\w*|tl;?dr|gist|key ?points?|main points?|bullets?|bullet points?|takeaways?|keywords?|highlights?|"
    r"main ideas?|(?:what|which) (?:it|this|that|the \w+) (?:is|'s|’s|are)"
    r"(?: (?:actually|really|basically|even|exactly|all))? (?:about|saying)|upshot|bottom line|"
    r"(?:overall|big|general) (?:picture|impression|sense)|"
    r"what(?:'s|’s| is| are) (?:it|this|that|they|the \w+)(?: (?:actually|really|basically|even|exactly|all))? "
    r"(?:about|saying)|about|short|brief|concise|"
    r"what (?:does|do|did) (?:this|it|that|they|the \w+|these \w+|this \w+)(?: [\w'’-]+){0,2} say|"
    r"sentences?|words?|lines?)\b",
    re.I,
)
# What a message's sender wants, asked beside its summary ("I got this from a client, what do they want? Summarise
# please"): a message's main sentences are its asks. Only the whole question, with nothing after the want.
_WANTS = re.compile(
    r"what (?:do|does|did) (?:they|he|she|the \w+|this \w+) (?:want|need|ask for|expect)"
    r"(?: (?:from|of) (?:me|us))?(?: (?:exactly|here|then|now))?",
    re.I,
)
# Several documents in one request: named in the instruction, and marked in the material.
_SEVERAL_ASKED = re.compile(
    r"\b(?:two|three|four|five|six|both|each of (?:these|the|those|my)|several|multiple|all (?:the|these|three|four|"
    r"five))\s+(?:\w+\s+)?(?:emails|e-mails|messages|letters|reviews|articles|documents|docs|reports|posts|texts|"
    r"stories|memos|abstracts|updates|threads|tickets|papers|notes|chapters|comments|complaints)\b",
    re.I,
)
_DOCUMENT_NOUN = (
    r"(?:email|e-mail|message|mail|letter|note|review|article|document|doc|report|post|comment|ticket|story|text|"
    r"excerpt|passage|memo|abstract|update|complaint|chapter)"
)
_PART_HEAD = re.compile(
    rf"(?:^[ \t]*|(?<=[.!?\"”])[ \t]+)(?:{_DOCUMENT_NOUN}[ \t]*(?:#?[ \t]*\d{{1,2}}|[A-D]\b|one|two|three|four)"
    rf"|(?:first|second|third|fourth|fifth)[ \t]+{_DOCUMENT_NOUN})[ \t]*(?:[:.)\-–—]|$)",
    re.I | re.M,
)
_SEPARATOR = re.compile(r"^[ \t]*(?:-{3,}|={3,}|\*{3,}|_{3,}|#{3,})[ \t]*$", re.M)
_SUBJECT = re.compile(r"^[ \t]*subject[ \t]*:", re.I | re.M)
_FROM = re.compile(r"^[ \t]*from[ \t]*:", re.I | re.M)
_ASK_HEAD = re.compile(
    r"\b(?:summari[sz]e|sum (?:\w+ ){0,3}up|(?:boil|cut|trim) (?:\w+ ){0,3}down|condense|shorten|tl;?dr|gist)\b|"
    r"\b(?:in|under|to|within) (?:\d{1,4}|one|two|three|four|five) (?:words|sentences|bullets|bullet points|lines)\b",
    re.I,
)
# A sentence that opens by asking for the summary ("Summarise what the landlord sent, please The car park ..."): no
# text's own sentence starts so
_ASK_OPENING = re.compile(
    r"^\W*(?:(?:please|can you|could you|would you|pls)\s+)?(?:summari[sz]e|sum (?:\w+ ){0,3}up|tl;?dr)\b"
    r"[^.!?\n]{0,120}?\b(?:please|pls|thanks)\b[ ,]+(?-i:[A-Z])",
    re.I,
)
_TABLE_ROW = re.compile(r"\|[^|\n]*\||\t[^\t\n]*\t|\S\t\S")
SHORT_ITEM_WORDS = 4
"""A list whose items mostly have fewer words than this is a list of things, not of sentences to choose among."""


def check_request(instruction: str, material: str) -> None:
    """``ToolInputError`` when the request asks more of the material than an extract can account for."""
    instruction, material = instruction[:_GATED_CHARS], material[:_GATED_CHARS]
    check_instruction(instruction, material)
    if _SEVERAL_ASKED.search(instruction) and len(documents(material)) < 2:
        raise ToolInputError(
            "The request names several documents but I can't tell where one ends and the next begins: send each "
            "one on its own, or mark them ('Email 1:', 'Email 2:' or a '---' line between them)."
        )
    if _is_table(material):
        raise ToolInputError(
            "The text is a table: offline I can only pick whole sentences, and a table's rows are not a summary "
            "of it; send the text around the table, or ask the calculator about its figures."
        )
    items = split_sentences(material)
    short = sum(1 for item in items if len(words(item)) < SHORT_ITEM_WORDS)
    if len(items) >= 3 and short * 2 > len(items):
        raise ToolInputError(
            "The text is a list of short items, not sentences: any I left out would be lost, so there is nothing "
            "to summarize offline; it is already as short as I can make it."
        )


def check_instruction(instruction: str, material: str = "") -> None:
    """``ToolInputError`` when the instruction asks for more than an extract (a summary, its points or its
    keywords) gives: a second ask, a focus, a part, a form or new words (see ``asks``); ``material`` decides
    whether plain words are already met (``asks.reads_plain``)."""
    instruction = instruction[:_GATED_CHARS]
    for found in _SECOND_ASK.finditer(instruction):
        ask = found.group("ask")
        # What the second verb acts on decides: "and keep it short" is a form, "and highlight any deadlines" is
        # a focus; a question word is the ask itself ("and what's it about").
        verb = found.group("verb")
        if not _SUMMARY_FORM.search(ask[len(verb) :] if verb else ask) and not _WANTS.fullmatch(ask.strip()):
            raise ToolInputError(
                f"The request also asks me to {_clause(ask)}, which an extract of the text cannot do offline; "
                "ask for the summary alone, or set ANTHROPIC_API_KEY to answer with a model."
            )
    if (beyond := asks.beyond_extract(instruction, material)) is not None:
        raise ToolInputError(beyond)


def check_answer(instruction: str, material: str, chosen: Sequence[str], job: str) -> None:
    """``ToolInputError`` when the answer (``chosen``: the summary's sentences, the points or the keywords, in
    order) is not drawn from ``material``, is not shorter, misses a document, or misses a form asked."""
    instruction, material = instruction[:_GATED_CHARS], material[:_GATED_CHARS]
    if not chosen:
        raise ToolInputError("I found nothing in the text to keep as its summary; send a longer text.")
    said = " ".join(chosen)
    if job == "keywords":
        known = set(words(material))
        if any(not set(words(term)) <= known for term in chosen):
            raise ToolInputError("A keyword I found is not a word of the text, so I won't return the list.")
    else:
        _drawn_from(material, chosen)
        _no_instruction_kept(chosen)
        _shorter(instruction, material, said)
        _every_document(material, chosen)
    _forms(instruction, material, chosen, said, job)


def tldr_budget(instruction: str, total_words: int) -> int | None:
    """The most words a "tl;dr" (or "one-liner", "in a nutshell") of ``total_words`` may keep, or a share the
    instruction names ("half its length"), or None when the instruction asks for no such short form."""
    shares = [TLDR_SHARE] if _TLDR.search(instruction[:_GATED_CHARS]) else []
    if (share := asks.share_asked(instruction)) is not None:
        shares.append(share)
    return int(min(shares) * total_words) if shares else None


def documents(material: str) -> list[str]:
    """The separate documents in ``material``: split at ``Email 1:``-style heads, at repeated ``Subject:`` (or
    ``From:``) headers, or at ``---`` lines; one document when there are no such marks. Text before the first
    head ("Here are the two emails:") belongs to no document."""
    for head in (_PART_HEAD, _SUBJECT, _FROM):
        starts = [m.start() for m in head.finditer(material)]
        if len(starts) >= 2:
            parts = [material[a:b] for a, b in zip(starts, [*starts[1:], len(material)], strict=False)]
            break
    else:
        parts = _SEPARATOR.split(material)
    parts = [p for p in parts if split_sentences(_PART_HEAD.sub("", p, count=1))]
    return parts if len(parts) >= 2 else [material]


def _drawn_from(material: str, chosen: Sequence[str]) -> None:
    flat = " ".join(material.split())
    for piece in chosen:
        piece = " ".join(piece.split())
        if piece not in flat and piece[1:] not in flat:
            raise ToolInputError("A sentence of my summary is not the text's own, so I won't return it.")


def _no_instruction_kept(chosen: Sequence[str]) -> None:
    """A chosen sentence that opens with the request's own ask ("Boil this email down to 40 words: Hi all, ...")
    means the instruction was never told apart from the text, so its limits were never read either."""
    for piece in chosen:
        head, colon, _ = piece[:300].partition(":")
        # ("Summarise what the landlord sent, please The car park ...": the ask run into the text with no colon)
        opens = _ASK_OPENING.match(piece) is not None
        if (colon and len(head.split()) <= 25 and _ASK_HEAD.search(head)) or opens:
            raise ToolInputError(
                "I could not tell your instruction from the text it is about; put the text after a colon on its own "
                "line or in a ``` block."
            )


def _shorter(instruction: str, material: str, said: str) -> None:
    kept, total = len(words(said)), len(words(material))
    if kept > MOST_KEPT * total:
        raise ToolInputError(
            "There is nothing to shorten: the text is already about as short as its main sentence, and offline I "
            "can only pick whole sentences; send a longer text."
        )
    if _TLDR.search(instruction) and kept > TLDR_SHARE * total:
        raise ToolInputError(
            f"A tl;dr should be well under half the text, and the shortest extract I can make keeps {kept} of its "
            f"{total} words; offline I can only pick whole sentences, not shorten them."
        )


def _every_document(material: str, chosen: Sequence[str]) -> None:
    parts = documents(material)
    if len(parts) < 2:
        return
    flat = [" ".join(p.split()) for p in parts]
    missed = [n for n, part in enumerate(flat, 1) if not any(" ".join(c.split())[1:] in part for c in chosen)]
    if missed:
        raise ToolInputError(
            f"The text holds {len(parts)} separate documents and the summary I could make leaves out document "
            f"{missed[0]}; ask for one summary per document, or for more sentences."
        )


def _forms(instruction: str, material: str, chosen: Sequence[str], said: str, job: str) -> None:
    asked = counted(instruction)
    if asked is not None:
        count, unit = asked
        got = len(split_sentences(said)) if job == "summary" else len(chosen)
        units = _SENTENCE_UNITS if job == "summary" else _POINT_UNITS if job == "key_points" else _KEYWORD_UNITS
        if unit in units and got != count and not (got < count and loose_count(instruction)):
            raise ToolInputError(
                f"You asked for {count} {unit} and the text gives me {got} worth keeping; offline I can only pick "
                "whole sentences, so ask for fewer, or send a longer text."
            )
        if unit.startswith("line") and count == 1 and "\n" in said.strip():
            raise ToolInputError("You asked for one line and the summary takes more; ask without the line limit.")
    if _ONE_LINER.search(instruction) and len(split_sentences(said)) > 1:
        raise ToolInputError("You asked for a one-liner and the shortest summary I can make takes more than a line.")
    share = asks.share_asked(instruction)
    if share is not None and job != "keywords" and len(words(said)) > share * len(words(material)):
        raise ToolInputError(
            f"You asked for {share:.0%} of the text's length and the shortest summary I can make of whole sentences "
            "takes more; ask without the length limit."
        )
    chars = asks.chars_asked(instruction)
    if chars is not None and len(said) > chars:
        raise ToolInputError(
            f"You asked for at most {chars} characters and the shortest summary I can make takes {len(said)}; "
            "offline I can only pick whole sentences, not shorten them."
        )
    budget = words_asked(instruction)
    if budget is not None and len(words(said)) > budget:
        raise ToolInputError(
            f"You asked for at most {budget} words and the shortest summary I can make takes more; offline I can "
            "only pick whole sentences, not shorten them."
        )


def _clause(ask: str) -> str:
    clause = " ".join(ask.split()[:8]).rstrip(",;: ")
    return f"'{clause}'"


def _is_table(material: str) -> bool:
    """Two or more rows of columns (``|`` or tab separated), making up at least half of the text's lines."""
    lines = [line for line in material.splitlines() if line.strip()]
    rows = sum(1 for line in lines if _TABLE_ROW.search(line))
    return rows >= 2 and rows * 2 >= len(lines)
