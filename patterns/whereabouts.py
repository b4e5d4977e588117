"""Whereabouts: a sentence that only says where the user's text is ("The link is in Slack.", "It's on the shared
drive.", "The file's attached to my last email."), after the question that asks about it.

It asks for nothing and holds no text: it tells the agent where the text the question names can be found, which
is the agent's reason to decline or ask for it, not a part of its own. Cut apart, it goes to a worker alone as a
claim to check or a question to look up ("The link is in Slack" sent to the fact checker). Linear: one anchored
pattern over a short sentence.
"""

from __future__ import annotations

import re

SCAN = 100
"""A sentence longer than this says more than where a text is."""

_WHERE = re.compile(
    r"^(?:the\s+|my\s+|our\s+)?(?:link|url|file|doc|document|pr|pull\s+request|repo|repository|code|branch|diff|"
    r"report|draft|text|email|attachment|it|they|those|these)(?:'s|'re|\s+is|\s+are|\s+was|\s+were|s)?\s+"
    r"(?:(?:in|on|at|under|inside)\s+(?:the\s+|my\s+|our\s+|a\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}|attached(?:\s+[\w'-]+){0,5}"
    r"|linked(?:\s+[\w'-]+){0,4}|pinned(?:\s+[\w'-]+){0,4})[\s.!]*$",
    re.IGNORECASE,
)


def says_where_it_is(sentence: str) -> bool:
    """Whether ``sentence`` only says where the text asked about is ("The link is in Slack.", "It's attached.")."""
    text = sentence.strip()
    return len(text) <= SCAN and _WHERE.match(text) is not None


__all__ = ["says_where_it_is"]
