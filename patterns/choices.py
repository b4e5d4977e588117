"""Choices asked twice: "Should I take the 0% credit card or the personal loan? Which is the smarter move?"

A question that offers options ("A or B?") is often followed by the same question put shortly ("Which is better?",
"Which one would you pick?", "What makes more sense?"): it names no new thing, only asks for the pick among the
options before it. Cut apart, the second is a fragment that no worker can answer alone ("Which is the smarter
move?" sent to the researcher), and the first loses the pick it asked for. ``adds_nothing_to`` reads such a
sentence, and a sentence that only says what the text before it covers (``jobs.says_what_it_covers``), as no part
of its own: it stays with the sentence before it.

A short question with words of its own ("Which is cheaper per litre?", "Which has more protein?") names what to
compare by, and is read as before. Linear: a bounded word set check.
"""

from __future__ import annotations

import re

from patterns.jobs import says_what_it_covers
from patterns.material import WORD

CHOICE_WORDS = 10
"""A choice asked again is at most this many words."""
# Words by which a short question only asks for the pick among options already given.
_PICKING = frozenset(
    """which what is are would should do does makes make the a an one option options choice move way deal thing idea
    call smarter better best wiser sensible sensibler safer more most sense of them two these those both you your
    i we me us to go pick choose take recommend opinion in overall really honestly here""".split()
)
_OPTIONS = re.compile(r"\bor\b", re.IGNORECASE)
_TELL_ME = re.compile(r"^(?:(?:just|please|so|and|ok|okay)[\s,]+)*(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?", re.I)


def asks_the_choice_again(sentence: str, before: str) -> bool:
    """Whether ``sentence`` only asks for the pick among the options the question ``before`` it offers ("Which is
    the smarter move?" after "Should I take the card or the loan?")."""
    text = sentence.strip()
    asked = before.rstrip()
    told = _TELL_ME.match(text)  # "Just tell me which.": the pick asked for as an order
    if not (text.endswith("?") or told) or not asked.endswith("?") or _OPTIONS.search(asked[-300:]) is None:
        return False
    words = WORD.findall(text[told.end() if told else 0 : 200].lower())
    return 0 < len(words) <= CHOICE_WORDS and words[0] in ("which", "what") and set(words) <= _PICKING


def adds_nothing_to(sentence: str, before: str) -> bool:
    """Whether ``sentence`` adds no part to the one ``before`` it: it says what that text covers
    (``jobs.says_what_it_covers``) or asks its choice again (``asks_the_choice_again``)."""
    return says_what_it_covers(sentence, before) or asks_the_choice_again(sentence, before)


__all__ = ["adds_nothing_to", "asks_the_choice_again"]
