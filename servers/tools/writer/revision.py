"""Revising a draft to address feedback, with the rubric as the guide to what is wrong.

The revision does what can be done without inventing anything:

- a given fact the draft leaves out is added, worded as the task gave it (before an email's sign-off);
- a phrase the feedback quotes to add is added, one it quotes to remove is removed;
- a repeated instruction ("Describe the new bicycle lanes ...") is taken out with its sentence;
- a tone the feedback asks for (polite, professional, friendly, simpler, concise) is applied by the rewrite rules;
- long sentences are split at their clause breaks when the reading level is too hard;
- a draft over its length loses, in order, its conventional closing lines, then sentences that carry none of
  the task's facts, and never a given fact; an email's frame (subject, greeting, sign-off) is not counted and stays.

Whatever it cannot do (lengthen a draft without new facts, a point no rule understands) is reported as
``unaddressed``; a revision that changes nothing is refused rather than returned as if revised.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from servers.tools.inputs import ToolInputError
from servers.tools.summarizer.sentences import STOPWORDS, content_words
from servers.tools.writer.forms import sentence
from servers.tools.writer.lengths import FRAME_LINE, SIGN_OFF, length_ask, length_problem, measure, split_frame
from servers.tools.writer.politeness import rude_markers
from servers.tools.writer.requests import Sections
from servers.tools.writer.rubric import (
    Judgement,
    Requirements,
    contains,
    feedback_points,
    judge,
    point_addressed,
    repeats_original,
    requirements,
)
from servers.tools.writer.tone import SIMPLE_SENTENCE_WORDS, rewrite, split_long_sentences

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
    if needs.original and repeats_original(needs.original, text):
        text = _rewrite_original(text, needs, changes)
    else:
        text = _drop_echo(text, before, changes)
    text = _add_missing(text, needs, changes, unaddressed)
    for point in feedback_points(feedback):
        text = _apply_point(point, text, needs, changes)
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
    if needs.original and repeats_original(needs.original, text):
        raise ToolInputError(
            f"I could not revise the draft offline: it would still hand back the original text unchanged, and my "
            f"{needs.tone} rewrite rules find nothing more to change in it."
        )
    return Revised(text, changes, unaddressed, before, after)


def _rewrite_original(text: str, needs: Requirements, changes: list[str]) -> str:
    """A draft that hands back the text the task asks to change, rewritten in the tone asked."""
    result = rewrite(text, needs.tone)
    if result.text != text:
        changes.append(f"rewrote the original text in a {needs.tone} tone")
    return result.text


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
        if needs.original:
            # a rewrite's facts come from the text to change: added as the tone rules word them, never as given
            fact = rewrite(fact, needs.tone).text
            if rude_markers(fact):
                continue
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
        if SIGN_OFF.match(line.strip()):
            return "\n".join([*lines[:i], addition, "", *lines[i:]]).strip()
    return f"{text}\n\n{addition}" if "\n" in text else f"{text} {addition}"


def _apply_point(point: str, text: str, needs: Requirements, changes: list[str]) -> str:
    if point_addressed(point, text, needs.original) is True:
        return text
    quoted = re.findall(r"[\"“]([^\"“”\n]{1,80})[\"”]", point)
    if quoted and re.search(r"\b(?:remove|drop|delete|cut|avoid|omit)\b", point, re.I):
        for phrase in quoted:
            if contains(text, phrase):
                text = re.sub(rf"\s*{re.escape(phrase)}", "", text, flags=re.I)
                changes.append(f'removed "{phrase}"')
        return text
    if quoted and re.search(r"\b(?:include|add|mention|state|say|insert)\b", point, re.I):
        # a word of the task's instruction ("rewrite", "politely") is no content to add
        absent = [q for q in quoted if not contains(text, q) and not _instruction_only(q, needs)]
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


def _instruction_only(phrase: str, needs: Requirements) -> bool:
    """Whether ``phrase`` comes from the task's instruction and from none of its facts (nor its original text)."""
    in_facts = any(contains(fact, phrase) for fact in needs.facts) or contains(needs.original, phrase)
    return contains(needs.instruction, phrase) and not in_facts


def _fit_length(text: str, needs: Requirements, changes: list[str], unaddressed: list[str]) -> str:
    """The draft's body cut to the length asked; the frame (subject, greeting, sign-off) is not counted, so it stays."""
    ask = length_ask(needs.instruction)
    head, body, tail = split_frame(text)
    problem = length_problem(ask, measure(body))
    if problem is None:
        return text
    if ask.min_words is not None and measure(body).words < ask.min_words:
        unaddressed.append(f"{problem}: I can't add length offline without inventing content")
        return text
    steps: tuple[Callable[[str], str], ...] = (_without_closings, lambda t: _without_unfactual(t, needs))
    for step in steps:
        shorter = step(body)
        if shorter and shorter != body:
            body = shorter
            if length_problem(ask, measure(body)) is None:
                break
    if ask.sentences is not None and measure(body).sentences > ask.sentences:
        said = [s.strip() for s in re.findall(r"[^.!?]+[.!?]*", body.replace("\n", " ")) if s.strip()]
        size = -(-len(said) // ask.sentences)
        body = " ".join(
            sentence("; ".join(_joinable(s, k) for k, s in enumerate(said[i : i + size])))
            for i in range(0, len(said), size)
        )
    left = length_problem(ask, measure(body))
    if left is None:
        changes.append(f"cut it to the length asked ({ask.said})")
    else:
        unaddressed.append(f"{left}: the given facts alone need that much")
    return "\n\n".join(part for part in (head, body, tail) if part)


def _joinable(said: str, position: int) -> str:
    """A sentence to follow a semicolon: no end mark, and a common first word in lower case ("The" -> "the")."""
    said = said.rstrip(".!?")
    first = said.split(None, 1)[0] if said else ""
    if position and first.lower() in STOPWORDS and first != "I":
        said = said[:1].lower() + said[1:]
    return said


def _without_closings(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not _CLOSING_LINE.match(line.strip())).strip()


def _without_unfactual(text: str, needs: Requirements) -> str:
    lines: list[str] = []
    for line in text.splitlines():
        if FRAME_LINE.match(line.strip()) or SIGN_OFF.match(line.strip()):
            lines.append(line)
            continue
        parts = re.findall(r"[^.!?]+(?:[.!?]+|$)\s*", line) or [line]
        lines.append("".join(p for p in parts if _carries_fact(p, needs)).strip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _carries_fact(part: str, needs: Requirements) -> bool:
    if any(contains(part, m) for m in needs.must):
        return True
    return sum(contains(part, t) for t in needs.terms) >= 2 or not (needs.must or needs.terms)
