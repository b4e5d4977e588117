"""The knowledge base called by the user's own name for it: "what do your books say about X?", "tell me what your
records say", "according to your books, when did X open?".

"Your books" says where to look, never what about: a note on children's books does not answer "what do your books
say about the Parthenon?". Whatever the user calls them, they are the notes, and are said so, as the rest of the
researcher reads them ("what do your notes say about X" is an overview of X, or a question about it). When the
request says nothing past them ("tell me what your books say", "... say about it"), it names nothing to look up:
it is asked back rather than answered with whatever note mentions books. Both patterns read only the request's
first ``LEAD_CHARS`` characters, so no input makes them slow.
"""

from __future__ import annotations

import re

_HOLDINGS = (
    r"(?:books?|sources?|notes?|documents?|docs|files?|records?|library|references?|knowledge(?:\s+base)?|"
    r"database|archives?|materials?|texts?|data)"
)
_WHOSE = r"(?:your|the|my|our)"
# "(tell me|look|check) what your books say (about)": the ask and whom it is put to, before the topic
_WHAT_THEY_SAY = re.compile(
    r"^(?P<ask>\W*(?:and\s+)?(?:also\s+)?(?:please\s+)?(?:(?:can|could|would)\s+you\s+)?(?:also\s+)?"
    r"(?:(?:tell|show)\s+(?:me|us)|let\s+(?:me|us)\s+know|look(?:\s+up)?|see|check|find(?:\s+out)?|say)?\s*"
    rf"what\s+(?:do(?:es)?\s+)?){_WHOSE}\s+{_HOLDINGS}\s+(?P<says>(?:say|says|said|have|has|tell\s+(?:me|us))"
    r"(?:\s+(?:about|on|of|regarding|concerning)\b)?\s*)",
    re.I,
)
# "according to your books, ...", "in your records, ...": where to look, said before the question
_ACCORDING = re.compile(
    rf"^(?P<ask>\W*(?:according\s+to|in|from|going\s+by)\s+){_WHOSE}\s+{_HOLDINGS}(?P<says>\s*,\s*)", re.I
)
_WORD = re.compile(r"[^\W_]+")
_POINTERS = frozenset("it this that them these those".split())
LEAD_CHARS = 200
"""The words that address the knowledge base are looked for in this many characters from the start."""


def in_notes_words(request: str) -> str:
    """``request`` with the knowledge base called "the notes" ("what do the notes say about X"), whatever the user
    called it; an empty string when that was all it said, or was said of "it" alone ("what your books say about
    it"); ``request`` itself when it does not address the knowledge base."""
    if (according := _ACCORDING.match(request[:LEAD_CHARS])) is not None:
        request = request[according.end() :]  # the question after it is asked of the notes anyway
    found = _WHAT_THEY_SAY.match(request[:LEAD_CHARS])
    if found is None:
        return "" if according and _names_nothing(request) else request
    rest = request[found.end() :]
    if _names_nothing(rest):
        return ""
    return f"{found.group('ask')}the notes {found.group('says')}{rest}"


def _names_nothing(text: str) -> bool:
    """Whether ``text`` holds no word, or only one that points back ("it", "this")."""
    first = _WORD.search(text)
    return first is None or (first.group().lower() in _POINTERS and _WORD.search(text, first.end()) is None)


__all__ = ["in_notes_words"]
