"""Code and the sentences beside it: one review, not several parts.

"why is my average always a whole number? for [1, 2] I get 1 ```<code>```": the sentences describe what the code
does wrong (``patterns.jobs.about_the_code``); they are the symptom its review explains, so they go to the
reviewer with the code rather than to whoever their own words would rank first.

So is a short ask with no object of its own beside the code ("Quick review? I think line 3 is off ```<code>```",
"Sanity check please.", "Thoughts?"): it says what to do, and the code is the only thing there to do it to.

And code users put last ("Look over my code and then explain the issues to my boss: ```<code>```") belongs to the
part that names it, not to the later part that works on that part's findings (``code_to_its_reader``).
"""

from __future__ import annotations

import dataclasses

from patterns.asked_sums import sum_asked
from patterns.forms import has_number
from patterns.jobs import about_the_code, has_code
from patterns.material import OPEN, WORD
from patterns.pieces import Piece

BARE_ASK_WORDS = 2
"""An ask of at most this many words, besides the polite and the hurried ones, names no object of its own."""
# Words that only ask politely, hurry or soften ("quick", "pls", "could you"): no object of an ask.
_SOFTENERS = frozenset(
    """please pls plz kindly quick quickly just a an any some can could would will you u me us for i'd like
    love need needed wanted thanks thank""".split()
)


def join_code(pieces: list[Piece]) -> list[Piece]:
    """Each sentence beside code that describes its behaviour joined to the piece with the code: "why is my average
    always a whole number? for [1, 2] I get 1 ```<code>```" is one review, whose symptom the sentences are
    (``patterns.jobs.about_the_code``); so is a bare ask beside it ("Quick review?"). A part set apart ("Also,
    ..."), an order ("write a slogan") or a part that works on an earlier result stays a part of its own."""
    if len(pieces) < 2 or not any(has_code(p.text) for p in pieces):
        return pieces
    joined: list[Piece] = []
    for piece in pieces:
        before = joined[-1] if joined else None
        if before is None or piece.apart or piece.needs_previous or not _one_review(before, piece):
            joined.append(piece)
            continue
        gap = "\n" if before.text.rstrip().endswith("```") else " "
        ended = before.text.rstrip().endswith((".", "?", "!", "```"))
        text = f"{before.text.rstrip()}{'' if ended else '.'}{gap}{piece.text.lstrip()}"
        instruction = f"{(before.instruction or before.text).rstrip()} {piece.instruction or piece.text}"
        joined[-1] = dataclasses.replace(before, text=text, instruction=instruction)
    return code_to_its_reader(joined)


# Names of code a part may point at without carrying it ("my code", "this snippet", "the function").
_CODE_NAMES = frozenset("code codebase function method class script snippet program query regex sql diff pr".split())


def code_to_its_reader(pieces: list[Piece]) -> list[Piece]:
    """The code a later part carries, handed to the part before it that names code and carries none, when the later
    part works on that part's result: "Look over my code and then explain the issues in an email to my boss:
    ```<code>```" reviews the code, and the email is written from the review (it was handed the code, and the
    review had nothing to read)."""
    moved = list(pieces)
    for index in range(1, len(moved)):
        before, piece = moved[index - 1], moved[index]
        split = _trailing_code(piece.text)
        own = before.instruction or before.text
        if split is None or not piece.needs_previous or has_code(before.text) or own != before.text:
            continue
        if not _CODE_NAMES & set(WORD.findall(own[:300].lower())):
            continue
        instruction, code = split
        moved[index - 1] = dataclasses.replace(before, text=f"{own.rstrip().rstrip('.:;,')}:\n{code}", instruction=own)
        moved[index] = dataclasses.replace(piece, text=instruction, instruction=instruction)
    return moved


def _trailing_code(text: str) -> tuple[str, str] | None:
    """``(the words before it, the block)`` when ``text`` ends with a ``` block after some words; else ``None``."""
    start = text.find("```")
    if start <= 0 or not text.rstrip().endswith("```") or start == len(text.rstrip()) - 3:
        return None
    words = text[:start].rstrip().rstrip(":").rstrip()
    return (words, text[start:].strip()) if words else None


def _one_review(before: Piece, piece: Piece) -> bool:
    if has_code(before.text) and not has_code(piece.text):
        return bare_ask(piece) or _describes(piece.instruction or piece.text, before.text)
    if has_code(piece.text) and not has_code(before.text):
        return bare_ask(before) or _describes(before.instruction or before.text, piece.text)
    return False


def _describes(sentence: str, code: str) -> bool:
    """Whether ``sentence`` describes what ``code`` does; not a sum asked of figures it gives ("What's 12% of
    R45,000 for the deposit?" beside a ``deposit`` function): the sum is the user's own, whatever the code is
    named, and its answer does not wait on the review."""
    return sum_asked(sentence) is None and about_the_code(sentence, code)


def bare_ask(piece: Piece) -> bool:
    """Whether ``piece`` asks for something with no object of its own: "Quick review?", "Sanity check please",
    "Thoughts?", "Any bugs?" (a few words, no number, no material); beside code, the code is its object."""
    text = piece.instruction or piece.text
    if text != piece.text or OPEN in text or has_number(text):
        return False
    words = [w for w in WORD.findall(text[:200].lower()) if w not in _SOFTENERS]
    return 0 < len(words) <= BARE_ASK_WORDS
