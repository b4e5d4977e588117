"""An outline asked as bullet points: "Outline a report with 5 bullets: objective, data sources, method, findings,
next steps".

The bullets are the outline: one bullet per point the request gives, in its order and in its words, under the
title of what is outlined ("# Report"). Nothing is added around them (no introduction or conclusion, which
would make seven bullets of five), and a count that does not match the points given is declined rather than met
by merging points or inventing one. With no points given, the bullets are the generic plan the numbered outline
uses, said to be a plan to fill in.
"""

from __future__ import annotations

import re

from servers.tools.inputs import ToolInputError
from servers.tools.writer.forms import title_case
from servers.tools.writer.outline_asks import outline_ask
from servers.tools.writer.outlines import outline

_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
# "with 5 bullets", "in five bullet points", "as bullet points", "as a bulleted list", "using bullets"
_BULLETS = re.compile(
    r"\s*,?\s*\b(?:with|in|as|using|into)\s+(?:an?\s+)?(?:(?P<count>\d{1,2}|"
    + "|".join(_NUMBER_WORDS)
    + r")\s+)?(?:bullet(?:[\s-]*points?|s)|bulleted\s+(?:list|points))\b",
    re.I,
)
# What is outlined, without the ask's own words: "a report" -> "report", "a short talk on canals" -> "talk on canals"
_ARTICLE = re.compile(r"^(?:(?:an?|the|my|our)\s+)?(?:(?:short|quick|simple|rough|brief)\s+)?", re.I)
# "a blog post on composting" is outlined under "Composting": the kind of piece, said with its topic, is no title
_KIND_OF = re.compile(
    r"^(?:talk|essay|article|blog post|post|report|presentation|speech|lecture|guide|paper|piece|chapter|book|"
    r"course|workshop|newsletter|lesson|session)\s+(?:about|on|of|covering)\s+(?=\S)",
    re.I,
)
MAX_BULLETS = 12


def bulleted_outline(instruction: str, material: str) -> tuple[str, str, list[str], str | None] | None:
    """(text, title, headings, note) of an outline asked as bullets (its headings are its bullets, in the text),
    or ``None`` when no bullets are asked."""
    asked = _BULLETS.search(instruction)
    if asked is None:
        return None
    token = (asked.group("count") or "").lower()
    count = int(token) if token.isdigit() else next((n for n, w in enumerate(_NUMBER_WORDS, 1) if w == token), None)
    plain = (instruction[: asked.start()] + instruction[asked.end() :]).strip()
    ask = outline_ask(plain, material)
    subject = _KIND_OF.sub("", _ARTICLE.sub("", ask.subject)).strip(" ,.:")
    if not subject:
        raise ToolInputError("Outline what? Name the subject, e.g. 'Outline a report with 5 bullets: aims, method'.")
    if count is not None and not 1 <= count <= MAX_BULLETS:
        raise ToolInputError(f"An outline has 1 to {MAX_BULLETS} bullets; you asked for {count}.")
    points = [p.strip().rstrip(".") for p in ask.sections if p.strip(" .")]
    note = None
    if not points:
        # no points given: the generic plan, every bullet of it a section to fill in, and said to be so
        _, sections, note = outline(subject, max((count or 5) - 2, 1), [])
        points = [heading for heading, _ in sections][: count or None]
    elif count is not None and count != len(points):
        raise ToolInputError(
            f"You give {len(points)} points but ask for {count} bullets, and offline I won't merge points or add "
            "one you did not give: give the points, or ask for as many bullets as there are points."
        )
    if count is not None and len(points) != count:
        raise ToolInputError(f"An outline in {count} bullets needs {count} points: give them after a colon.")
    bullets = [p[:1].upper() + p[1:] for p in points]
    title = title_case(subject)
    # (no headings apart: the bullets are the outline's text, and listed again beside it they would show twice)
    return "\n".join([f"# {title}", "", *(f"- {b}" for b in bullets)]), title, [], note
