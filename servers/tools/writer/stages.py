"""Reading an instruction handed on with an earlier step's output, the shape every later pipeline stage gets.

A pipeline hands each later stage "<instruction>:\\n\\n<the previous stage's output>": "Turn the summary into a
short announcement:\\n\\n<summary>", "Use the findings below to write a note to Omar:\\n\\n<findings>",
"Write a one-line note saying that is the discount:\\n\\n45". The instruction's words that point at the
output ("the summary", "the findings below", "from them", "about it") name the material; they are neither the
kind of text to write nor content, and read as either they would end up in the draft. ``for_material`` returns
the instruction as a plain writing instruction, and puts a short output (a number, a date) where the
instruction refers to it, so "saying that is the discount" with "45" says "45 is the discount".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.inputs import ToolInputError
from servers.tools.writer.styles import STYLE_PATTERN
from servers.tools.writer.values import resolve, value_of

# Words by which an instruction refers to the material it is handed (bounded runs: linear to match).
_REFERENCE = (
    r"(?:it|this|that|these|those|them|the following|"
    r"(?:the|this|that|these|those|its|their|my|our|your)(?:\s+(?!to\b|and\b|into\b|in\b|as\b)[\w-]+){1,3}?)"
    r"(?:\s+(?:below|above|here))?"
)
# "how many ...", "how much ...", "how long ...": a question in the instruction that a handed-on value answers.
_ASKS_VALUE = re.compile(r"\bhow\s+(?:many|much|long)\b", re.I)
_WRITING_VERB = r"(?:write|draft|compose|create|make|prepare|put together|send|tell|let|craft|produce|turn)\b"
# "then write ...", "and now draft ...": a stage's instruction cut from a longer request keeps its link word.
_CONNECTIVE = re.compile(r"^\W*(?:(?:and|so)\s+)?(?:then|now|next|finally|after that|afterwards|also)\b[\s,]*", re.I)
# "Use the findings below to write ...", "Based on the summary, draft ...": the material first, then the job.
_SOURCE_LEAD = re.compile(
    rf"^(?:please\s+)?(?:use|using|take|taking|with|from|based on|going by)\s+{_REFERENCE}\s*,?\s*(?:(?:to|and)\s+)?"
    rf"(?={_WRITING_VERB})",
    re.I,
)
# "Turn the summary into a short announcement", "Put the key points in an email to my manager": a new text of a
# kind (a style word within a few words), written from the material.
_CONVERT = re.compile(
    rf"^(?:please\s+)?(?:turn|make|put|convert|change|recast|rework|write(?:\s+up)?)\s+{_REFERENCE}\s+(?:up\s+)?"
    rf"(?:in|into|as)\s+"
    rf"(?=(?:an?|one|two|three|\d+)\s+(?:[\w-]+\s+){{0,3}}?(?:{STYLE_PATTERN})\b)",
    re.I,
)
# "Tell the team about it in a short email": the kind of text named last, after whom it is for.
_TELL_IN_STYLE = re.compile(
    rf"^(?:please\s+)?(?:tell|let|inform|notify|update)\s+(?P<who>(?:[\w'-]+\s+){{0,4}}?[\w'-]+)(?:\s+know)?\s+"
    rf"(?:in|as|with|via|by)\s+(?P<style>(?:an?\s+)?(?:[\w-]+\s+){{0,2}}?(?:{STYLE_PATTERN}))\s*[.!]?$",
    re.I,
)
# "about it", "from the summary", "using these findings": the material named inside the instruction. A bare
# pronoun counts only where it ends a phrase ("about it in a short email"), so "about this Friday" stays.
_NAMED = re.compile(
    r"\s*\b(?:about|on|from|with|using|based on|out of|regarding|covering)\s+(?:"
    r"(?:it|this|that|these|those|them)(?=\s*(?:$|[,.;:!?]|(?:in|as|for|to|and|then|with|so)\b))|"
    r"(?:the|this|that|these|those|its|their)\s+(?:[\w-]+\s+)?(?:summary|summaries|findings|results?|outputs?|"
    r"points|key points|notes|list|figures?|numbers?|answer|review|issues|problems|text|report|update|details)\b"
    r"(?:\s+(?:below|above))?)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Staged:
    """The instruction to read as a brief, and the material still to write from ("" when it went into it)."""

    instruction: str
    material: str


def for_material(instruction: str, material: str) -> Staged:
    """``instruction`` without the words that point at ``material``, reading as a plain writing instruction."""
    text = " ".join(instruction.split())
    if not material.strip():
        return Staged(text, material)
    text = _CONNECTIVE.sub("", text, count=1)
    text = _SOURCE_LEAD.sub("", text, count=1)
    text = _CONVERT.sub("Write ", text, count=1)
    value = value_of(material)
    resolved = resolve(text, value) if value else None
    if resolved is not None:
        return Staged(resolved, "")
    if value and _ASKS_VALUE.search(text):
        # "saying how many seats we need for the gala and the dinner": the value has no place the rules can put
        # it, and the question pasted above the number would read as a garbled text
        raise ToolInputError(
            f"I could not fit '{value[:40]}' into that sentence offline; say it as 'saying we need <the value> ...', "
            "or set ANTHROPIC_API_KEY (or point the writer at a local model)."
        )
    kept = " ".join(_NAMED.sub(" ", text).split()).strip(" ,") or text
    told = _TELL_IN_STYLE.match(kept)
    if told:
        kept = f"Write {told.group('style')} to {told.group('who')}"
    return Staged(kept, material)


def converts(instruction: str) -> bool:
    """Whether ``instruction`` asks for its material as a new kind of text ("Make it into a short announcement")."""
    return _CONVERT.match(_CONNECTIVE.sub("", " ".join(instruction.split()), count=1)) is not None
