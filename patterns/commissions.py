"""Commissions: a request that names a text to produce, then gives the facts it is to say.

"put together an announcement for the under-12s parents. training on Wednesday is cancelled ...", "lost cat
poster. ginger tom called Marmalade ...", "quick post for the neighbourhood group - found a set of keys ...",
"could you write an email to the parents, the school trip is postponed ...": the opening names the kind of text
(an announcement, a poster, a sign, a notice, an invitation, an email, a post), with a writing verb or by its
name alone; what follows it, after a full stop, a colon, a dash or a comma, is its material. The facts are about
pitches, cats and school trips, but nobody is asked to check or research them: a request naming its text with no
verb is routed by that name (``commissioned``), as one writing job; the splitter keeps the facts with the name
(``patterns.clauses``, by ``jobs.names_text_to_write``).

Reads a bounded opening of the text, linearly.
"""

from __future__ import annotations

import re

from patterns.instructions import LEADING_FILLER, LEADING_SEQUENCER
from patterns.jobs import names_kind_alone, states

LEAD_CHARS = 160
"""The name of the text ends within this many characters: a longer opening is more than a name."""
# Where a name ends and its facts begin: a full stop, a colon, a semicolon, a spaced dash or a comma.
_BOUNDARY = re.compile(r"[.:;,](?=\s)|\s[-\u2013\u2014](?=\s)")
# A title's full stop ends no name ("bio for Dr. Lena Fischer").
_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Prof|Sr|Jr)$", re.IGNORECASE)


def commissioned(text: str) -> str | None:
    """The opening of ``text`` that names a text to produce, when the rest states its facts ("lost cat poster" of
    "lost cat poster. ginger tom called Marmalade, missing since ..."); ``None`` otherwise: the opening names
    no text by its name alone (a writing verb says who acts by itself), or what follows asks ("?"), orders, or
    goes on to another step ("then ...", "and also ...")."""
    head = text.lstrip()
    found = _BOUNDARY.search(head[:LEAD_CHARS])
    if found is None:
        return None
    lead, body = head[: found.start()].strip(), head[found.end() :].strip()
    # a writing verb already says who acts ("Write a two-sentence bio for Tomas Reyes, a pastry chef ..."): the
    # whole request is read, as the words after the comma may be more of the name; a name alone says nothing else
    if not names_kind_alone(lead) or _TITLE.search(lead):
        return None
    if "?" in body[:LEAD_CHARS] or LEADING_SEQUENCER.match(body) or LEADING_FILLER.match(body):
        return None
    return lead if states(body) else None


__all__ = ["commissioned"]
