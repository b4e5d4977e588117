"""A sentence made clearer: filler taken out and roundabout phrases said plainly, every fact kept.

"Make this sentence clearer: 'The meeting that was planned for the thing on Thursday has been moved to another
time which is Friday.'" asks for the same facts in fewer, plainer words: "The meeting planned for Thursday has
been moved to Friday." Offline that is done only by rules that keep every fact: filler ("basically", "sort
of") goes, a placeholder before its own value ("another time which is Friday", "the thing on Thursday") gives way
to the value, and wordy set phrases ("due to the fact that") take their short form. A vague word with no value
beside it ("did the thing with the stuff") cannot be made clear without knowing what it stands for, so
``clearer`` returns None and the writer declines; it returns None too when no rule changes the text.
"""

from __future__ import annotations

import re

from servers.tools.writer.tone import Rewrite

_MAX_CHARS = 4_000
# (pattern, replacement), applied in order; each keeps the words that carry facts.
_RULES: tuple[tuple[str, str], ...] = (
    # "moved to another time which is Friday" -> "moved to Friday": the placeholder before its own value
    (
        r"\b(?:another|a different|a new|some other)\s+(?:time|day|date|room|place|venue|location|slot)\s*,?\s+"
        r"(?:which|that)\s+(?:is|will be)\s+",
        "",
    ),
    # "that was planned for the thing on Thursday" -> "planned for Thursday"
    (
        r"\b(?:that|which)\s+(?:was|were|is|are|had been|has been)\s+(planned|scheduled|arranged|booked|set|meant)\b",
        r"\1",
    ),
    (r"\bfor\s+the\s+(?:thing|stuff|event|whatever)\s+(?:on|at|in)\s+", "for "),
    (r"\bdue to the fact that\b", "because"),
    (r"\bin order to\b", "to"),
    (r"\bat this point in time\b", "now"),
    (r"\bin the event that\b", "if"),
    (r"\b(?:basically|actually|literally|really|kind of|sort of|just|totally|honestly),?\s+", ""),
)
# Words that stand for something the sentence never names.
_VAGUE = re.compile(r"\b(?:the|a|some|that|this)\s+(?:thing|things|stuff|whatever)\b|\bstuff\b", re.I)


def clearer(text: str) -> Rewrite | None:
    """``text`` said more clearly by the rules above, or None when they change nothing or leave a vague word."""
    if len(text) > _MAX_CHARS:
        return None
    out, changes = text, list[str]()
    for pattern, replacement in _RULES:
        for found in list(re.finditer(pattern, out, re.I))[:20]:
            changes.append(f"{found.group(0).strip()} → {found.expand(replacement).strip() or '(removed)'}")
        out = re.sub(pattern, replacement, out, flags=re.I)
    out = re.sub(r"[ \t]{2,}", " ", out).strip()
    out = out[:1].upper() + out[1:]
    if out == text.strip() or _VAGUE.search(out):
        return None
    return Rewrite(out, changes)
