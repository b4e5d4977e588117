"""What a clause says a deed was done for, which is not what the deed was done to.

"Linus Torvalds created Git in 2005 for the development of the Linux kernel" dates the creation of Git: Linux is
named only as the purpose, so the clause says nothing of when Linux was made or by whom, though it holds every
word of "Linus Torvalds developed Linux" ("development" is a form of "develop"). The words of a purpose phrase
("for the development of ...", "in order to ...") are set aside when the clause is matched against a claim,
unless the clause says them outside it too.

Every regex here is linear: a bounded word, then a run of characters up to the end of the clause part.
"""

from __future__ import annotations

import re

from servers.tools.fact_checker.propositions import terms

_PURPOSE = re.compile(
    r"\bfor\s+(?:the\s+|a\s+|an\s+)?[a-z]{2,30}(?:ment|ing|ion|ance|ence)\s+of\b[^,;:]{0,200}"
    r"|\b(?:in\s+order|so\s+as)\s+to\b[^,;:]{0,200}",
    re.I,
)


def purpose_terms(clause: str) -> frozenset[str]:
    """The terms ``clause`` says only in a phrase of purpose: {"develop", "linux", "kernel"} for "... created
    Git in 2005 for the development of the Linux kernel"; empty when it has no such phrase."""
    text = clause[:2_000]
    phrases = [m.group() for m in _PURPOSE.finditer(text)]
    if not phrases:
        return frozenset()
    rest = _PURPOSE.sub(" ", text)
    return frozenset(t for p in phrases for t in terms(p)) - frozenset(terms(rest))
