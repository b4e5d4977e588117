"""Causes: the sentence where a report of something that went wrong says why it happened.

A postmortem or an incident report ("The price feed stopped for 47 minutes. The cause was an expired TLS
certificate. 312 orders were placed at the old prices. ...") names its cause once, in words the rest of the text
hardly uses: word frequency ranks it below the sentences about the effects, and a short summary would say what
happened but not why. The cause is what such a report is written to tell, so it ranks right after the best
sentence, like a conclusion.

A cause is stated outright, at the start of a sentence: "The cause was ...", "The root cause is ...", "The
outage was caused by ...", "It was traced to ...". A "because" inside a sentence is a detail of that sentence, not
the report's finding, and does not count. The pattern is one flat alternation of words: linear to match.
"""

from __future__ import annotations

import re

_STATES_CAUSE = re.compile(
    r"^\W*(?:(?:so|and|but|in\s+the\s+end|it\s+turned\s+out|we\s+found\s+that)\W+)?"
    r"(?:(?:the|its|our)\s+(?:root\s+|main\s+|underlying\s+)?(?:cause|reason)\s+(?:of\s+(?:\w+\s+){1,4})?"
    r"(?:was|is|were|turned\s+out\s+to\s+be)\b|"
    r"(?:(?:(?:it|this|that)\s+|the\s+(?:\w+\s+){1,3})(?:was|were)\s+(?:caused\s+by|due\s+to|traced\s+(?:back\s+)?to)\b))",
    re.I,
)


def states_cause(sentence: str) -> bool:
    """Whether ``sentence`` states why what the text reports happened (see the module docstring)."""
    return _STATES_CAUSE.match(sentence[:300]) is not None
