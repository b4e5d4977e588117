"""The opening line of someone's own news in a post: "I'm delighted to share some news."

A post that announces what the writer has done ("I've passed my final ACCA exams", "We've opened our second
shop") may open by saying it shares news, when the sentences asked for are one more than the news makes. The line
claims nothing about anyone but the writer, and only the gladness that posting good news of one's own already
says. It is never used for news that may be bad ("I've been made redundant", "I've left the company") or for
anyone else's news, where gladness would be a guess.
"""

from __future__ import annotations

import re

_POSTS = frozenset({"post"})
_ACHIEVED = (
    r"(?:just\s+|finally\s+|officially\s+)?(?:passed|completed|finished|graduated|joined|started|qualified|launched|"
    r"published|won|earned|achieved|gained|opened|reached|celebrated|been\s+(?:promoted|awarded|accepted|selected|"
    r"shortlisted|named|appointed))\b"
)
_OWN_NEWS = re.compile(
    rf"^(?:(?P<i>I(?:'ve| have))|(?P<we>We(?:'ve| have)))\s+{_ACHIEVED}|^(?:(?P<i2>I)|(?P<we2>We))\s+{_ACHIEVED}"
)


def news_opener(style: str, body: list[str]) -> str | None:
    """The line that may open a post of the writer's own good news (see the module docstring), or None."""
    if style not in _POSTS or not body:
        return None
    news = _OWN_NEWS.match(body[0].strip())
    if news is None:
        return None
    if news.group("we") or news.group("we2"):
        return "We're delighted to share some news."
    return "I'm delighted to share some news."


# "rehearsal has moved to St Mark's", "the meeting has been rescheduled", "the new venue is ...": news of a change
_CHANGED = re.compile(
    r"\b(?:has|have)\s+(?:now\s+)?(?:been\s+)?(?:moved|changed|switched|rescheduled|relocated|brought forward|"
    r"put back|pushed back)\b|\b(?:is|are)\s+(?:moving|changing)\b|\bnew\s+(?:time|date|venue|room|location)\s+"
    r"(?:is|will be)\b",
    re.I,
)


def change_noted(facts: list[str]) -> str | None:
    """ "Please make a note of the change.": what a text telling of a change may close with to make up the number
    of sentences asked ("in exactly two sentences, let the choir know rehearsal has moved ..."); it asks only that
    the news be noted, and claims nothing. None when no fact tells of a change."""
    return "Please make a note of the change." if any(_CHANGED.search(f[:400]) for f in facts) else None
