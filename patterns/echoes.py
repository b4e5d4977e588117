"""Echoes: a worker's answer that only repeats what it was given is no answer.

A worker handed a part it cannot do may hand the part back: the material it was given ("We'll send a free
replacement by Thursday." back from a researcher), the request's own words, or the earlier step's answer it was
meant to work on. Shown under the part's heading, that reads as if the part were done. ``only_echoes`` tells such
an answer apart, and ``unless_echo`` turns it into an honest decline, so the run is partial (or declined) instead
of completed.

An answer is an echo when its words, in order, are a stretch of what the worker was given (or of the user's
request) and that stretch is nearly all of it (``ECHO_SHARE``): a summary that quotes a few of a text's sentences
shortens it, and an answer that adds even one word of its own ("True.", "4") says something. Only the opening
``SCAN`` characters of each text are read, linearly.
"""

from __future__ import annotations

import re

from patterns.clauses import split_material
from patterns.worker import Result

SCAN = 8_000
"""Only this much of an answer and of what was given is compared."""
ECHO_SHARE = 0.9
"""An answer made of at least this share of what was given (its material, or all of it), in order, echoes it."""
LEAST_WORDS = 3
"""An answer of fewer words is too short to be taken for an echo ("Yes.", "42")."""

_TOKEN = re.compile(r"[a-z0-9]+(?:['.,][a-z0-9]+)*")


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text[:SCAN].lower())


def _stretch_of(answer: list[str], given: list[str]) -> bool:
    """Whether ``answer`` appears in ``given`` as one unbroken stretch of words."""
    if len(answer) > len(given):
        return False
    joined, whole = f" {' '.join(answer)} ", f" {' '.join(given)} "
    return joined in whole


def only_echoes(answer: str, given: str, *sources: str, made_from_points: bool = False) -> bool:
    """Whether ``answer`` only repeats ``given`` (what the worker was handed: its instruction and its material)
    or one of ``sources`` (such as the user's whole request): its words, in order, are a stretch of one of them
    that covers at least ``ECHO_SHARE`` of it, or of its material, or of its instruction.

    ``made_from_points`` says the worker was asked to make a named kind of text from the material it was handed
    (``patterns.made_texts``): an answer made only of that material, every sentence of it said by the user in
    ``sources``, is then the text of the user's points, while one that repeats the instruction or the whole
    request is still an echo."""
    said = _words(answer)
    if len(said) < LEAST_WORDS:
        return False
    if made_from_points and _told_points(said, answer, given, sources):
        return False
    for text in (given, *sources):
        instruction, material = split_material(text)
        for whole in (text, instruction, material):
            words = _words(whole)
            if words and _stretch_of(said, words) and len(said) >= ECHO_SHARE * len(words):
                return True
    return False


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _told_points(said: list[str], answer: str, given: str, sources: tuple[str, ...]) -> bool:
    """Whether ``answer`` (its words ``said``) is made only of the material in ``given``, each of its sentences
    said by the user in one of ``sources``. A passage looked up and handed on whole is no text made for the
    user: lifted from its source, it can lean on words it no longer has ("the tower was finished in 1889")."""
    points = _words(split_material(given)[1])
    if not points or not _stretch_of(said, points):
        return False
    told = [_words(source) for source in sources]
    sentences = [_words(s) for s in _SENTENCE_END.split(answer[:SCAN]) if _words(s)]
    return bool(sentences) and all(any(_stretch_of(s, words) for words in told) for s in sentences)


def unless_echo(result: Result, given: str, *sources: str, made_from_points: bool = False) -> Result:
    """``result`` as it is, or, when it completed with only an echo of what its worker was given (or of one of
    ``sources``), a decline saying so: an echo is never passed off as an answer (``made_from_points`` as in
    ``only_echoes``)."""
    if result.status != "completed" or not only_echoes(result.text, given, *sources, made_from_points=made_from_points):
        return result
    who = result.worker or "the agent"
    error = f"{who} only repeated what it was given, without answering it"
    return Result(
        text=error, data=result.data, status="rejected", error=error, worker=result.worker, usage=result.usage
    )


__all__ = ["ECHO_SHARE", "only_echoes", "unless_echo"]
