"""Facts given as a list with commas, told one sentence each when a number of sentences is asked: 'Write a
3-sentence caption. Facts: grown in the Manihiki lagoon, colours from silver to peacock green, each pearl comes
with a certificate.' is three facts, not one sentence to pad.

The last way a fact is split to make up the count: only a list of three or more, each part between the commas a
fact of a few words of its own (three or more), so a list of things ('silver, gold and green') or a fact with its
aside ('Canberra, a planned city') is never cut into fragments, nor is a part that goes on with the one before it
('Shakespeare, the English playwright, wrote ...', '..., which is free').
More facts than sentences are shared out, neighbours together, so each sentence holds whole facts.
"""

from __future__ import annotations

import re

_COMMA = re.compile(r",\s+(?!(?:and|or|but)\b)")
_MIN_WORDS = 3
_MIN_FACTS = 3
# A part that goes on with the one before: a relative or joining word, or a verb whose subject is said before it
_GOES_ON = re.compile(
    r"(?:which|who|whose|that|where|when|while|but|so|as|because|wrote|made|built|won|was|were|is|are|has|had|have"
    r"|became|led|ran|began|[a-z]+ed)\b",
    re.IGNORECASE,
)  # "Canberra, a planned city", "by the Moon, not the wind": two parts are one fact and its aside


def split_listed_facts(text: str, most: int) -> list[str]:
    """``text`` as at most ``most`` sentences of the comma-listed facts it holds, or ``[text]`` when it is no
    such list."""
    parts = [p.strip() for p in _COMMA.split(text.strip().rstrip(".!?"))]
    if len(parts) < _MIN_FACTS or most < 2 or any(len(p.split()) < _MIN_WORDS for p in parts):
        return [text]
    if any(_GOES_ON.match(p) for p in parts[1:]):
        return [text]  # "Shakespeare, the English playwright, wrote ...", "..., which is free": one sentence
    count = min(most, len(parts))
    bounds = [len(parts) * k // count for k in range(count + 1)]  # as even as they go: 4 facts in 3 are 1, 1, 2
    groups = [", ".join(parts[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    return [_as_sentence(group) for group in groups]


def _as_sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")
