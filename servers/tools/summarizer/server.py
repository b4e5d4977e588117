"""The summarizer's tools over MCP: extractive summaries, key points and keywords, offline.

Each tool takes the text to work on; a leading instruction in it ("tl;dr:", "give me the gist of this:", "boil
this down to 2 bullet points:") is split off, and a count it names ("in one sentence", "3 bullet points") wins
over the default. ``digest`` is also given the text on its own: every word of the request outside it is the
instruction, so an ask the text's reader would not recognise ("Boil this email down to under 40 words") is
still read, limits and all. A text that is only an instruction ("Summarize this article.") is refused with a request for
the material, never summarized. Output is always the input's own sentences or words: a summary is shorter than
its input and in its order, never padded. A single sentence has nothing to shorten: ``summarize`` and
``key_points`` decline it in one line (handing it back would be the whole material returned as its own summary),
unless a summary of a length it already keeps was asked ("in a sentence or two"): then it is its own summary, said so.
Every answer then passes the final gate (``gate.py``): drawn from the material, shorter, from every document, in
every form asked; an answer that fails it is declined in one line instead.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, Field

from servers.tools.inputs import ToolInputError, require_range, require_text
from servers.tools.protocol import READ_ONLY, AccordServer
from servers.tools.summarizer import actions, asks, extractive, focus, gate, sides
from servers.tools.summarizer.plain import ranks_keywords
from servers.tools.summarizer.requests import BeyondOffline, read_request
from servers.tools.summarizer.sentences import (
    count_asked,
    counted,
    read_instruction,
    split_sentences,
    words,
    words_asked,
)

MAX_SUMMARY_INPUT = 100_000
"""About 15,000 words: a long report fits, and even a pathological text is summarized in a fraction of a second."""
_LINK = re.compile(r"\b(?:https?://|www\.)[^\s<>\"']+", re.I)
_MARKS = "`\"'“”‘’"
_LEAST_WORDS = 12
"""Fewer words than this beside a link: the request points at a text rather than carrying one."""
_ONE_SENTENCE = (
    "There is nothing to {job}: the text is a single sentence, already as short as I can make it offline without "
    "rewording; send a longer text (two sentences or more)."
)


_BEYOND = (
    "Offline I can only pick a text's own sentences and words (a summary, key points, keywords, what it is "
    "about), so I can't {asked}; a model can: set ANTHROPIC_API_KEY or point the agent at a local model."
)


class Summary(BaseModel):
    summary: str = Field(description="The chosen sentences, verbatim from the text, in their original order")
    sentences_in: int
    sentences_out: int
    words_in: int
    words_out: int
    indexes: list[int] = Field(description="Positions (0-based) of the chosen sentences in the text")
    note: str | None = None


class KeyPoints(BaseModel):
    points: list[str] = Field(description="The main points, most important ideas first in reading order")
    note: str | None = None


class Keyword(BaseModel):
    term: str
    count: int


class Keywords(BaseModel):
    keywords: list[Keyword] = Field(description="Key terms and phrases, most frequent first")
    note: str | None = None


def _material(text: str, job: str, split: tuple[str, str] | None = None) -> tuple[str, str]:
    """The material of ``text`` and its instruction ("" when none); ToolInputError when there is no material.
    ``split`` is the (instruction, material) the caller already told apart; else the text is read for them."""
    text = require_text(text, "text", max_chars=MAX_SUMMARY_INPUT)
    instruction, body = split if split is not None else read_instruction(text)
    body = _unquoted(body)
    if _LINK.search(text) and len(words(read_instruction(_LINK.sub(" ", text))[1])) < _LEAST_WORDS:
        raise ToolInputError(
            f"I can't open links offline, so there is no text to {job.lower()} here: paste the text itself after a "
            "colon or in a ``` block."
        )
    if not body:
        raise ToolInputError(f"{job} what? Send the text after a colon or in a ``` block, e.g. '{job}: <text>'.")
    if not split_sentences(body):
        raise ToolInputError(f"text has no words to {job.lower()}")
    return body, instruction


def _unquoted(body: str) -> str:
    """The material without the quotation marks around all of it ("..." pasted as one quotation)."""
    if len(body) > 2 and body[0] in '"“' and body[-1] in '"”' and not any(q in body[1:-1] for q in '"“”'):
        return body[1:-1].strip()
    return body


def _instruction_around(request: str, material: str) -> tuple[str, str] | None:
    """(instruction, material) of a request whose material was passed on its own: the instruction is every word
    of the request outside the material, so no word of the ask ("Boil this email down to under 40 words") can be
    read as the text's first sentence, nor a limit in it be missed. None when the request is only the material
    (then the text itself is read for a leading instruction)."""
    if material not in request:
        return (request.strip(), material) if request.strip() != material else None
    start = request.find(material)
    before, after = request[:start], request[start + len(material) :]
    # A cut inside a word ("What's the gist ... the children's": two apostrophes taken for a quotation) is no
    # quotation: then the request is read whole, as if no material had been passed.
    if before[-2:-1].isalnum() and before[-1:] in _MARKS or before[-1:].isalnum() or after[:1].isalnum():
        return None
    if after[:1] in _MARKS and after[1:2].isalnum():
        return None
    # The material stands apart from the ask (after a colon, a question, a line break or a quotation mark);
    # words run on from the ask ("Summarize this article.") only describe a text that is not there.
    if before.strip() and before.rstrip()[-1] not in f":.?!;-–—{_MARKS}" and "\n" not in before[-3:]:
        return None
    # The quotation marks or fence around the material, and the colon before it, belong to neither part.
    outside = " ".join(f"{before.rstrip().rstrip(_MARKS)} {after.lstrip().lstrip(_MARKS)}".split()).strip(" :")
    return (outside, material) if outside else None


def _around_quotation(request: str, quoted: str) -> str | None:
    """The words around a quotation that is the request's material (``what's this about? "..."``, ``"..." can
    you sum that up?``), as its instruction; None unless the material was quoted and a short ask surrounds it."""
    start = request.find(quoted)
    end = start + len(quoted)
    if start < 1 or end >= len(request) or request[start - 1] not in '"“' or request[end] not in '"”':
        return None
    around = f"{request[: start - 1].strip()} {request[end + 1 :].strip()}".strip(" :\n")
    return around if 0 < len(around.split()) <= 30 else None


def _several_sentences(body: str, job: str) -> int:
    """How many sentences ``body`` has; ToolInputError for one, which no extract can shorten."""
    total = len(split_sentences(body))
    if total == 1:
        raise ToolInputError(_ONE_SENTENCE.format(job=job))
    return total


class Digest(BaseModel):
    """What a whole request asked for: exactly one of ``summary``, ``points`` or ``keywords`` is filled.

    The keywords are the terms alone, as a person asked for them: a list of ``term``/``count`` pairs read back
    to them is longer than the short text it came from (the ``keywords`` tool keeps the counts)."""

    summary: str | None = None
    points: list[str] = Field(default_factory=lambda: list[str]())
    keywords: list[str] = Field(default_factory=lambda: list[str]())
    note: str | None = None


# The text named as what an earlier step found ("summarize what you found", "the findings"): the user never saw it,
# so one sentence found is the summary of the findings, not a text the user sent to be shortened.
_FOUND = re.compile(
    r"\b(?:what\s+(?:you|they|it|was)\s+(?:found|find|finds|dug\s+up|turned\s+up|learned|learnt)"
    r"|(?:the|your|those|these)\s+(?:findings|research|results\s+you\s+found))\b",
    re.I,
)


def _within_asked(instruction: str, body: str) -> bool:
    """Whether the instruction names a length ("in a sentence or two", "under 40 words") that ``body``, a single
    sentence, already keeps, or names it as what was found ("summarize the findings"): then the text as it stands
    is the summary asked for, not something to decline."""
    count, budget, chars = count_asked(instruction), words_asked(instruction), asks.chars_asked(instruction)
    if count is None and budget is None and chars is None:
        return _FOUND.search(instruction[:400]) is not None
    return (budget is None or len(words(body)) <= budget) and (chars is None or len(body) <= chars)


# A count asked as the answer's form ("in two sentences", "exactly 3 bullet points"), which a single sentence cannot
# fill; "a two-sentence summary" names a size, which one sentence keeps. "In a couple of sentences" is loose, a
# size at most ("a sentence or two"), so one sentence keeps it too, unless it is asked for "exactly".
_FORM_OF = re.compile(
    r"\b(?:(?:exactly|precisely)\s+(?:a\s+couple(?:\s+of)?|couple\s+of)|(?:exactly|precisely|in|into|as)\s+"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten))"
    r"\s+(?:(?:short|full|separate|bullet)\s+)?(?:sentences|bullet points|bullets|points|lines)\b",
    re.I,
)
_ALREADY = "The text is a single sentence, already as short as asked, so it is its own summary."
_ALREADY_LOOSE = "The text is already {n} sentences, as short as asked, so it is its own summary."


def _summarize(text: str, max_sentences: int, split: tuple[str, str] | None = None) -> Summary:
    body, instruction = _material(text, "Summarize", split)
    asked = counted(instruction)
    if len(split_sentences(body)) == 1 and asked is not None and asked[0] > 1 and _FORM_OF.search(instruction):
        # "in exactly two sentences" of one sentence: handing that sentence back would be another form than asked
        raise ToolInputError(
            f"You asked for {asked[0]} {asked[1]} and the text is a single sentence; offline I can only pick whole "
            "sentences, not make more of them, so I can't give that form."
        )
    if len(split_sentences(body)) == 1 and _within_asked(instruction, body):
        # "..., then summarise what you find in a sentence or two": the one sentence found already is that
        gate.check_request(instruction, body)
        size = len(words(body))
        return Summary(
            summary=body.strip(), sentences_in=1, sentences_out=1, words_in=size, words_out=size, indexes=[0],
            note=_ALREADY,
        )  # fmt: skip
    _several_sentences(body, "summarize")
    loose, total_sentences = gate.loose_count(instruction), len(split_sentences(body))
    if loose and asked is not None and total_sentences <= asked[0] and _within_asked(instruction, body):
        # "in a couple of sentences" of a text of two: what there is already is that size
        gate.check_request(instruction, body)
        size = len(words(body))
        return Summary(
            summary=" ".join(body.split()), sentences_in=total_sentences, sentences_out=total_sentences,
            words_in=size, words_out=size, indexes=list(range(total_sentences)),
            note=_ALREADY_LOOSE.format(n=total_sentences),
        )  # fmt: skip
    if (found := focus.focused(instruction, body)) is not None:
        return _focused(instruction, body, *found)  # "with a focus on the budget": the sentences that name it
    gate.check_request(instruction, body)
    asked, budget = count_asked(instruction), words_asked(instruction)
    total = len(words(body))
    short = gate.tldr_budget(instruction, total)
    budget = short if short is not None and (budget is None or short < budget) else budget
    if (chars := asks.chars_asked(instruction)) is not None:
        budget = min(budget or chars, chars // 6)  # about six characters a word, with its space
    count = min(asked or max_sentences, 20)
    chosen = extractive.extract(body, count, budget)
    # With no count asked, fewer sentences rather than a "summary" that keeps nearly all the text.
    while (asked is None or loose) and count > 1 and len(words(" ".join(chosen.sentences))) > gate.MOST_KEPT * total:
        count -= 1
        chosen = extractive.extract(body, count, budget)
    if not chosen.sentences:
        why = " (half the text: a tl;dr is the short version)" if budget == short else ""
        raise ToolInputError(
            f"The text's main sentence is longer than {budget} words{why}, and offline I can only pick whole "
            "sentences, not shorten them; ask without the word limit for a summary of whole sentences."
        )
    gate.check_answer(instruction, body, chosen.sentences, "summary")
    summary = " ".join(chosen.sentences)
    return Summary(
        summary=summary,
        sentences_in=chosen.total_sentences,
        sentences_out=len(chosen.sentences),
        words_in=len(words(body)),
        words_out=len(words(summary)),
        indexes=chosen.indexes,
    )


_FOCUS_NOTE = (focus.NOTE.split("{")[0], sides.NOTE.split("{")[0])


def _focused(instruction: str, body: str, indexes: list[int], note: str) -> Summary:
    """The sentences that meet the focus, once the rest of the instruction asks nothing an extract cannot give."""
    rest = focus.without_focus(instruction)
    gate.check_request(rest, body)
    sentences = split_sentences(body)
    chosen = [sentences[i] for i in indexes]
    gate.check_answer(rest, body, chosen, "summary")
    summary = " ".join(chosen)
    return Summary(
        summary=summary, sentences_in=len(sentences), sentences_out=len(chosen), words_in=len(words(body)),
        words_out=len(words(summary)), indexes=indexes, note=note,
    )  # fmt: skip


def _key_points(text: str, n: int, split: tuple[str, str] | None = None) -> KeyPoints:
    body, instruction = _material(text, "List the key points of", split)
    asked = count_asked(instruction)
    total = _several_sentences(body, "pick key points from")
    gate.check_request(instruction, body)
    count = min(asked or n, 20, total - 1)  # key points leave something out, like a summary
    points = extractive.key_points(body, count)
    kept = len(words(body)) * gate.MOST_KEPT
    while asked is None and count > 1 and len(words(" ".join(points))) > kept:
        count -= 1  # with no count asked, fewer points rather than a list that keeps nearly all the text
        points = extractive.key_points(body, count)
    gate.check_answer(instruction, body, points, "key_points")
    return KeyPoints(points=points)


def _actions(text: str, split: tuple[str, str] | None = None) -> list[str]:
    """The material's actions (``actions.action_sentences``), after the gate has read every other word of the
    instruction; ToolInputError when the text records none."""
    body, instruction = _material(text, "List the actions of", split)
    _several_sentences(body, "pick the actions from")
    instruction = actions.without_actions_ask(instruction)
    gate.check_request(instruction, body)
    found = actions.action_sentences(body)
    if not found:
        raise ToolInputError(
            "I found no actions in the text: no sentence says who will do what next, and offline I won't pass its "
            "main sentences off as actions; ask for a summary instead."
        )
    gate.check_answer(instruction, body, found, "key_points")
    return found


def _keywords(text: str, n: int, split: tuple[str, str] | None = None) -> Keywords:
    body, instruction = _material(text, "Find the keywords of", split)
    gate.check_instruction(instruction)
    asked = count_asked(instruction)
    found = extractive.keywords(body, min(asked or n, 50))
    gate.check_answer(instruction, body, [term for term, _ in found], "keywords")
    note = None
    if found and max(count for _, count in found) == 1:
        note = "Nothing repeats in so short a text: these are its content words in reading order."
    return Keywords(keywords=[Keyword(term=term, count=count) for term, count in found], note=note)


def create_server(data_dir: Path | None = None) -> AccordServer:
    mcp = AccordServer("accord-summarizer", instructions="Extractive summaries, key points and keywords.")

    @mcp.tool(annotations=READ_ONLY)
    def digest(
        request: Annotated[str, Field(description="The request in the user's own words, with its text")],
        text: Annotated[str, Field(description="The text the request carries (after its colon, quoted, fenced)")],
    ) -> Digest:
        """Do what a request asks of the text it carries: a summary (TL;DR, gist, "in two sentences", "what is
        this about"), its key points or its keywords. Declines any other instruction (translate, rewrite,
        answer a question about the text) rather than summarizing instead."""
        # ``text`` is required so that a request that only describes its text ("TL;DR of this report") is asked
        # for it; the request is read whole, as the instruction and the count live there.
        request = require_text(request, "request", max_chars=MAX_SUMMARY_INPUT)
        material = require_text(text, "text", max_chars=MAX_SUMMARY_INPUT).strip()
        text = request if material in request else f"{request}\n\n{material}"
        if (asked := _around_quotation(request, material)) is not None:
            text = f"{asked}:\n\n{material}"
        split = _instruction_around(request, material)
        try:
            reading = read_request(text, split)
        except BeyondOffline as beyond:
            raise ToolInputError(_BEYOND.format(asked=beyond.asked)) from None
        if actions.asks_for_actions(reading.instruction):
            return Digest(points=_actions(text, split))
        if reading.job == "keywords":
            found = _keywords(text, 10, split)
            # Unranked terms need no word on their order unless a ranking was asked for.
            note = found.note if ranks_keywords(text) else None
            return Digest(keywords=[keyword.term for keyword in found.keywords], note=note)
        if reading.job == "key_points":
            return Digest(points=_key_points(text, 5, split).points)
        made = _summarize(text, 3, split)
        # (a summary chosen by its focus's words says so: it may miss a sentence that bears on it in other words)
        return Digest(summary=made.summary, note=made.note if made.note and made.note.startswith(_FOCUS_NOTE) else None)

    @mcp.tool(annotations=READ_ONLY)
    def summarize(
        text: Annotated[str, Field(description="The text to summarize: an article, notes, a report")],
        max_sentences: Annotated[int, Field(description="Most sentences to keep in the summary, 1-20")] = 3,
    ) -> Summary:
        """Summarize a text: a short summary (TL;DR, gist, recap, synopsis) made of its most important
        sentences, quoted exactly and kept in their original order."""
        require_range(max_sentences, "max_sentences", 1, 20)
        return _summarize(text, max_sentences)

    @mcp.tool(annotations=READ_ONLY)
    def key_points(
        text: Annotated[str, Field(description="The text to take the main points from")],
        n: Annotated[int, Field(description="How many points (bullet points) to list, 1-20")] = 5,
    ) -> KeyPoints:
        """List the key points of a text as bullet points: the main ideas, highlights and takeaways."""
        require_range(n, "n", 1, 20)
        return _key_points(text, n)

    @mcp.tool(annotations=READ_ONLY)
    def keywords(
        text: Annotated[str, Field(description="The text to find keywords in")],
        n: Annotated[int, Field(description="How many keywords (terms) to return, 1-50")] = 10,
    ) -> Keywords:
        """Find the keywords of a text: its most frequent key terms and recurring phrases, i.e. its topics and
        tags."""
        require_range(n, "n", 1, 50)
        return _keywords(text, n)

    return mcp
