"""Sum asides: what the user says after a question about figures they gave, which asks nothing more.

"Bought 12 tents at £89.99 each with 30% off. What did we actually spend? Treasurer's asking" asks one sum. The
sentence after the question says who wants the figure, what it is for or how the user feels ("Purser wants the
figure for the paperwork", "Governors meeting tonight", "Feet are still recovering", "Wife reckons it's too
much", "I need it for the application form", "send help"). Read as a part of its own it went to the researcher,
the fact checker or the writer, which declined it, and the sum was never answered alone. After a question that
works on figures the request gives, such a sentence is the sum's context: a figure is what is asked for, so a
statement beside it is no claim the user wants checked.

A sentence is read so only when it asks for nothing of its own: no asking word first ("who wrote Hamlet", its
mark left off), no figure (one is what a sum works on, or a claim such as "The Nile is 6,650 km long" that may be
checked apart), no question mark, no order (a verb first, after "just", "please", "and" or "then"), nothing set
apart ("also", "too", "as well", "another"), no words to the assistant beyond thanks ("can you", "you"), no text to
write named ("Treasurer wants a note about it"), no material (a colon, quotes, a code mark, a line break), and at
most ``ASIDE_WORDS`` words. A plea or sign-off made only of such words ("Send help", "Cheers", "Thanks in advance")
is no order. The question must ask for a figure (not "Is 17 prime?", a yes/no question that may be a claim) and
the request must give one (a digit or a number word).
"""

from __future__ import annotations

import re

from patterns.forms import has_number, question_form
from patterns.jobs import names_text_to_write
from patterns.material import ASKING, WORD, opens_instruction

SCAN = 300
"""Only this much of the sentence, and this much of the question's end, is read."""
ASIDE_WORDS = 18
"""An aside after a sum is at most this many words; a longer sentence says more than its occasion."""

# Words that open a sentence before its verb without changing what it does ("Just checking", "Then send it").
# (and a courtesy before the verb: "Kindly summarise the letter")
_LEADING = frozenset("just please pls and then so oh ah right well kindly abeg plz do".split())
# Words by which a sentence asks for something more, or sets itself apart as another part.
_MORE = frozenset("also too another separately additionally besides plus second".split())
# Words of a plea or sign-off that orders nothing, whatever verb it has ("send help", "thanks in advance").
_PLEA = frozenset(
    """send help please pls plz thanks thank thx ta cheers in advance urgent urgently asap quick quickly much
    appreciated lol haha me us sos""".split()
)
_ADDRESSED = frozenset("you u your ya".split())
_AS_WELL = re.compile(r"\bas\s+well\b", re.IGNORECASE)
_MATERIAL_MARKS = ('"', "`", "\u201c", ":", "\n")
_DIGIT = re.compile(r"\d")


def asks_a_figure(question: str) -> bool:
    """Whether ``question`` (a request's part ending with its question mark) asks for a figure from numbers it
    gives: a number in it, and a closing question that is not a yes/no one ("What percentage is that?",
    "Percentage increase?", not "Is 17 a prime number?")."""
    text = question.strip()
    if not text.endswith("?") or not has_number(text[-2 * SCAN :]):
        return False
    closing = re.split(r"(?<=[.!?])\s+", text[-SCAN:])[-1]
    return question_form(closing) != "polar"


def aside_after_a_sum(sentence: str, question: str) -> bool:
    """Whether ``sentence``, said after ``question``, is only the occasion of a sum (see the module's docstring):
    ``question`` asks for a figure from numbers it gives and ``sentence`` asks for nothing of its own."""
    text = sentence.strip()[:SCAN]
    words = WORD.findall(text.lower())
    if not words or len(words) > ASIDE_WORDS or "?" in text or any(m in text for m in _MATERIAL_MARKS):
        return False
    if _DIGIT.search(text):
        return False  # a figure: what a sum works on, or a claim ("The Nile is 6,650 km long") to check apart
    if not asks_a_figure(question):
        return False
    if set(words) <= _PLEA:
        return True  # "Send help", "Thanks in advance": no order, however it opens
    if _MORE & set(words) or _AS_WELL.search(text) or _addressed(words) or names_text_to_write(text):
        return False
    verb_at = next((i for i, word in enumerate(words) if word not in _LEADING), len(words))
    if words[verb_at : verb_at + 1] and words[verb_at] in ASKING:
        return False  # "who wrote Hamlet": a question of its own, its mark left off
    return not opens_instruction(words[verb_at : verb_at + 2])


def _addressed(words: list[str]) -> bool:
    """Whether ``words`` speak to the assistant other than to thank it ("can you ...", "you'll need ...")."""
    return any(w in _ADDRESSED and not (i and words[i - 1] in ("thank", "thanks")) for i, w in enumerate(words))


__all__ = ["ASIDE_WORDS", "aside_after_a_sum", "asks_a_figure"]
