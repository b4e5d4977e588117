"""Revising a draft to address feedback, with the rubric as the guide to what is wrong.

The revision does what can be done without inventing anything:

- a given fact the draft leaves out is added, worded as the task gave it (before an email's sign-off);
- a phrase the feedback quotes to add is added, one it quotes to remove is removed;
- a repeated instruction ("Describe the new bicycle lanes ...") is taken out with its sentence;
- a tone the feedback asks for (polite, professional, friendly, simpler, concise) is applied by the rewrite rules;
- long sentences are split at their clause breaks when the reading level is too hard;
- a draft over its length loses, in order, its conventional closing lines, then sentences that carry none of
  the task's facts, then its frame (greeting and sign-off), and never a given fact.

Whatever it cannot do (lengthen a draft without new facts, a point no rule understands) is reported as
``unaddressed``; a revision that changes nothing is refused rather than returned as if revised.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from servers.tools.inputs import ToolInputError
from servers.tools.summarizer.sentences import content_words
from servers.tools.writer.composition import sentence
from servers.tools.writer.lengths import length_ask, length_problem, measure
from servers.tools.writer.requests import Sections
from servers.tools.writer.rubric import (
    Judgement,
    Requirements,
    contains,
    feedback_points,
    judge,
    point_addressed,
    requirements,
)
from servers.tools.writer.tone import SIMPLE_SENTENCE_WORDS, rewrite, split_long_sentences

_SIGN_OFF = re.compile(
    r"^(?:(?:best|kind|warm|warmest)(?: regards| wishes)?|regards|sincerely|cheers|thanks!?|thank you|best,|"
    r"yours(?: sincerely| truly| faithfully)?)\s*,?\s*$",
    re.I,
)
_FRAME_LINE = re.compile(r"^(?:subject:.*|(?:hello|hi|hey|dear)\b[^.!?]{0,40},|\[your name\])\s*$", re.I)
_CLOSING_LINE = re.compile(
    r"^(?:please let me know[^.]*|let me know if[^.]*|thank you in advance|thanks in advance)[.!]?\s*$", re.I
)
_TONE_WORDS = [
    (r"\b(?:polite|politer|courteous|less rude|less harsh|less aggressive|rude|harsh)\b", "polite"),
    (r"\b(?:professional|businesslike)\b", "professional"),
    (r"\bformal\b", "formal"),
    (r"\b(?:friendly|friendlier|warmer|warm)\b", "friendly"),
    (r"\b(?:casual|relaxed)\b", "casual"),
    (r"\b(?:simpler|plainer|simple|plain|easier to read)\b", "simple"),
    (r"\b(?:concise|tighter|wordy|filler)\b", "concise"),
]


@dataclass(frozen=True, slots=True)
class Revised:
    text: str
    changes: list[str]
    unaddressed: list[str]
    before: Judgement
    after: Judgement


def revise(sections: Sections) -> Revised:
    """The draft revised for the feedback; ToolInputError when nothing in it can be changed offline."""
    feedback = "\n".join(p for p in (sections.feedback, sections.earlier_feedback) if p.strip())
    before = judge(sections.task, sections.draft, feedback)
    needs = requirements(sections.task)
    text = sections.draft.strip()
    changes: list[str] = []
    unaddressed: list[str] = []
    text = _drop_echo(text, before, changes)
    text = _add_missing(text, needs, changes, unaddressed)
    for point in feedback_points(feedback):
        text = _apply_point(point, text, changes)
    if any(c.name == "reading_level" and not c.passed for c in before.checks):
        simpler = rewrite(split_long_sentences(text, SIMPLE_SENTENCE_WORDS, {}), "simple").text
        if simpler != text:
            text = simpler
            changes.append("split long sentences and used plainer words")
    text = _fit_length(text, needs, changes, unaddressed)
    after = judge(sections.task, text, feedback)
    for point in after.unchecked:
        unaddressed.append(f"not checked offline: {point}")
    if text == sections.draft.strip():
        reasons = "; ".join(unaddressed) or "the draft already meets the task"
        raise ToolInputError(f"I could not revise the draft offline: {reasons}.")
    return Revised(text, changes, unaddressed, before, after)


def _drop_echo(text: str, before: Judgement, changes: list[str]) -> str:
    echo = next((c for c in before.checks if c.name == "no_echo" and not c.passed), None)
    if echo is None:
        return text
    lead = echo.detail.split('"')[1]
    kept: list[str] = []
    for line in text.splitlines():
        parts = re.findall(r"[^.!?]+(?:[.!?]+|$)\s*", line) or [line]
        kept.append("".join(p for p in parts if lead not in " ".join(p.lower().split())).strip())
    changes.append(f'removed the sentences repeating the instruction "{lead}"')
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _add_missing(text: str, needs: Requirements, changes: list[str], unaddressed: list[str]) -> str:
    missing = [m for m in needs.must if not contains(text, m)]
    stems_missing = [t for t in needs.terms if not contains(text, t)]
    additions: list[str] = []
    for fact in needs.facts:
        carries = [m for m in missing if contains(fact, m)] + [t for t in stems_missing if contains(fact, t)]
        if carries and not contains(text, fact):
            additions.append(sentence(fact))
            missing = [m for m in missing if m not in carries]
    for item in missing:
        unaddressed.append(f'"{item}" is named in the task but in none of its facts, so I cannot place it')
    if not additions:
        return text
    changes.append("added the given facts it left out: " + " ".join(additions))
    remaining: list[str] = []
    for fact in additions:
        replaced = _replace_subsumed(text, fact)
        if replaced is None:
            remaining.append(fact)
        else:
            text = replaced
    return insert_before_sign_off(text, " ".join(remaining)) if remaining else text


def _replace_subsumed(text: str, fact: str) -> str | None:
    """``text`` with the first sentence that says less than ``fact`` ("The release moves.") replaced by it."""
    fact_words = set(content_words(fact))
    for match in re.finditer(r"[^.!?\n]+[.!?]*", text):
        said = set(content_words(match.group()))
        if len(said) >= 2 and said < fact_words:
            return (
                text[: match.start()]
                + match.group()[: len(match.group()) - len(match.group().lstrip())]
                + fact
                + text[match.end() :]
            )
    return None


def insert_before_sign_off(text: str, addition: str) -> str:
    """``addition`` as a paragraph before an email's sign-off, or at the end of the text."""
    lines = text.splitlines()
    if lines and all(line.startswith("- ") for line in lines if line.strip()):
        return text + "\n" + "\n".join(f"- {s}" for s in re.findall(r"[^.!?]+[.!?]", addition))
    for i, line in enumerate(lines):
        if _SIGN_OFF.match(line.strip()):
            return "\n".join([*lines[:i], addition, "", *lines[i:]]).strip()
    return f"{text}\n\n{addition}" if "\n" in text else f"{text} {addition}"


def _apply_point(point: str, text: str, changes: list[str]) -> str:
    if point_addressed(point, text) is True:
        return text
    quoted = re.findall(r"[\"“]([^\"“”\n]{1,80})[\"”]", point)
    if quoted and re.search(r"\b(?:remove|drop|delete|cut|avoid|omit)\b", point, re.I):
        for phrase in quoted:
            if contains(text, phrase):
                text = re.sub(rf"\s*{re.escape(phrase)}", "", text, flags=re.I)
                changes.append(f'removed "{phrase}"')
        return text
    if quoted and re.search(r"\b(?:include|add|mention|state|say|insert)\b", point, re.I):
        absent = [q for q in quoted if not contains(text, q)]
        if absent and not point.lower().startswith("include the given facts"):
            text = insert_before_sign_off(text, " ".join(sentence(q) for q in absent))
            changes.append("added " + ", ".join(f'"{q}"' for q in absent))
        return text
    tone = next((t for pattern, t in _TONE_WORDS if re.search(pattern, point, re.I)), None)
    if tone and not length_ask(point).asked:
        result = rewrite(text, tone)
        if result.text != text:
            changes.append(f"rewrote it in a {tone} tone")
            return result.text
    return text


def _fit_length(text: str, needs: Requirements, changes: list[str], unaddressed: list[str]) -> str:
    ask = length_ask(needs.instruction)
    problem = length_problem(ask, measure(text))
    if problem is None:
        return text
    if ask.min_words is not None and measure(text).words < ask.min_words:
        unaddressed.append(f"{problem}: I can't add length offline without inventing content")
        return text
    steps: tuple[Callable[[str], str], ...] = (
        _without_closings,
        lambda t: _without_unfactual(t, needs),
        _without_frame,
    )
    for step in steps:
        shorter = step(text)
        if shorter != text:
            text = shorter
            if length_problem(ask, measure(text)) is None:
                break
    if ask.sentences is not None and measure(text).sentences > ask.sentences:
        body = [s.strip() for s in re.findall(r"[^.!?]+[.!?]*", text.replace("\n", " ")) if s.strip()]
        size = -(-len(body) // ask.sentences)
        text = " ".join(
            sentence("; ".join(s.rstrip(".!?") for s in body[i : i + size])) for i in range(0, len(body), size)
        )
    left = length_problem(ask, measure(text))
    if left is None:
        changes.append(f"cut it to the length asked ({ask.said})")
    else:
        unaddressed.append(f"{left}: the given facts alone need that much")
    return text


def _without_closings(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not _CLOSING_LINE.match(line.strip())).strip()


def _without_unfactual(text: str, needs: Requirements) -> str:
    lines: list[str] = []
    for line in text.splitlines():
        if _FRAME_LINE.match(line.strip()) or _SIGN_OFF.match(line.strip()):
            lines.append(line)
            continue
        parts = re.findall(r"[^.!?]+(?:[.!?]+|$)\s*", line) or [line]
        lines.append("".join(p for p in parts if _carries_fact(p, needs)).strip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _carries_fact(part: str, needs: Requirements) -> bool:
    if any(contains(part, m) for m in needs.must):
        return True
    return sum(contains(part, t) for t in needs.terms) >= 2 or not (needs.must or needs.terms)


def _without_frame(text: str) -> str:
    kept = [
        line for line in text.splitlines() if not (_FRAME_LINE.match(line.strip()) or _SIGN_OFF.match(line.strip()))
    ]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
