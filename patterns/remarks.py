"""Remarks: what the user says beside a question of themselves, of why they ask, or of the answer they expect.

"What is photosynthesis? My son's asking and I've forgotten" asks what photosynthesis is. The sentence after the
question says who wants to know and why; it names no job, but its words ("my son", "asking", "forgotten") are
nobody's topic and pulled the request to the summarizer, as if the question were about a text. Routing reads the
question alone, as it does with a guess at the answer after it (``without_guess``).

A sentence that gives a number ("We had a nice meal, the bill is £84") is what a sum after it works on, and one
that says where a text is ("It's in the attachment") points at material: both are kept. Only one short sentence
after the question is read so (``jobs.remarks_on_the_question`` decides what a remark is); anything more is left.
A guess at the answer after the question ("My friend says it's 20 million") is read out the same way
(``without_guess``), and the user's day told before a colon ("Did a job today: ...") is no question of its own
(``tells_the_day``); nor is what holds of someone the question names as the user's ("How much Calpol should I
give my 4 year old? She's got a temperature.", ``tells_of_them``).
"""

from __future__ import annotations

import re

from patterns.forms import has_number
from patterns.jobs import guesses_the_answer, remarks_on_the_question
from patterns.occasions import tells_how_it_came_up, without_stake
from patterns.sum_asides import aside_after_a_sum
from patterns.whereabouts import says_where_it_is

SCAN = 400
"""Only a question and remark within this many characters are read."""

_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def without_guess(text: str) -> str:
    """A question without the guess at its answer after it ("What's the population of Lagos? My friend says it's
    20 million" -> the question): the guess is what the answer is checked against, not what is asked. Only a
    single sentence after the question is read so: anything more (code, a text) is material."""
    ask = text.find("?", 0, SCAN)
    rest = text[ask + 1 :] if ask >= 0 else ""
    one_sentence = len(_SENTENCE_STOP.findall(rest.strip())) <= 1 and not ("\n" in rest.strip() or "`" in rest)
    if not rest.strip() or "?" in rest or len(rest) > SCAN or not one_sentence:
        return text
    if not guesses_the_answer(rest):
        return text
    return text[: ask + 1]


# Past tenses the user's day is told with, its "I" left out ("Did a job today:", "Had a busy week:", "Got paid:").
_DIARY = frozenset("did had went got was were".split())


def tells_the_day(words: list[str]) -> bool:
    """Whether ``words``, a lead before a colon ("Did a job today: £240 labour plus ..."), tell what the user did,
    their "I" left out: a past tense, then what was done, and no question mark (a lead ends with a colon). A
    question opening so ("Did the shop close?") ends with its mark and is no lead."""
    return len(words) >= 2 and words[0] in _DIARY and words[1] not in _ASKED_OF


# After "did", "was": the one a question asks about ("Did you ...", "Was it ..."), not what the user did.
_ASKED_OF = frozenset("you u i we it they he she this that there".split())


# "She's got a temperature", "He weighs 80 kg": what holds of someone, said of them by a pronoun.
_TOLD_OF = re.compile(r"^\W*(?:he|she|they)(?:'s|'re|'ve|'d|'ll)?\s+[a-z]", re.IGNORECASE)
# Whom a question names as the user's own ("my 4 year old", "our son", "my mum"): whom a pronoun after it means.
_THEIRS = re.compile(
    r"\b(?:my|our)\s+(?:[\w-]+\s+){0,3}?(?:son|sons|daughter|daughters|kid|kids|child|children|baby|boy|girl|mum|mom"
    r"|dad|mother|father|wife|husband|partner|friend|old|toddler|teenager|teen|nephew|niece|grandma|grandad|granny"
    r"|grandson|granddaughter|brother|sister|patient|client|dog|cat|puppy|kitten)\b",
    re.IGNORECASE,
)
TOLD_WORDS = 12
"""What is told of someone after a question is at most this many words; more says more than their state."""


def tells_of_them(sentence: str, question: str) -> bool:
    """Whether ``sentence``, after ``question``, only tells what holds of someone the question names as the
    user's ("How much Calpol should I give my 4 year old?" then "She's got a temperature."): what the answer is
    for ("He weighs 80 kg": what it is worked out from), no claim to check and no job of its own. Not a question
    of its own. After a question asking for a figure from numbers the request gives, it is also what is told of
    the people and the day around that sum ("Treasurer's asking", "Governors meeting tonight":
    ``sum_asides.aside_after_a_sum``)."""
    if aside_after_a_sum(sentence, question):
        return True
    text = sentence.strip()
    if "?" in text or len(text.split()) > TOLD_WORDS or _TOLD_OF.match(text) is None:
        return False
    return question.rstrip().endswith("?") and _THEIRS.search(question[-SCAN:]) is not None


def without_remark(text: str) -> str:
    """``text`` without a last sentence after its question that only remarks on it ("What is photosynthesis? My
    son's asking and I've forgotten" -> "What is photosynthesis?"); otherwise ``text`` as it is."""
    if len(text) > SCAN:
        return text
    ask = text.find("?")
    while 0 <= ask < len(text) - 1 and text[ask + 1] in "?!":  # "... altogether?? send help": one question
        ask += 1
    rest = text[ask + 1 :].strip() if ask >= 0 else ""
    if not rest or "?" in rest or "\n" in rest or "`" in rest or len(_SENTENCE_STOP.findall(rest)) > 1:
        return text
    if has_number(without_stake(rest)) or says_where_it_is(rest):  # not "we've got R50 on it": no figure to work on
        return text
    told = remarks_on_the_question(rest) or tells_of_them(rest, text[: ask + 1]) or tells_how_it_came_up(rest)
    if not told:
        return text
    return text[: ask + 1]


_STATEMENT_THEN_REMARK = re.compile(r"^(?P<said>[^?!\n]{8,300}?[.!])\s+(?P<rest>[^.?!\n]{3,120})[.!]?\s*$")


def without_closing_remark(text: str) -> str:
    """A statement without the one sentence after it that says how it came up ("Mount Everest is 8,848 metres
    high. the kids are doing mountains this term" -> "Mount Everest is 8,848 metres high."): what each agent asked
    the same thing is to check or answer, not why the user wants it. A request with a question is
    ``without_remark``'s; a last sentence with a figure, or that says where, is kept."""
    found = _STATEMENT_THEN_REMARK.match(text.strip()) if len(text) <= SCAN else None
    if found is None or "?" in text or ":" in text:  # a text handed over after a colon is the agents' material
        return text
    rest = found.group("rest")
    if has_number(rest) or says_where_it_is(rest):
        return text
    if not (remarks_on_the_question(rest) or tells_how_it_came_up(rest)):
        return text
    return found.group("said").rstrip(".!")


__all__ = ["tells_of_them", "tells_the_day", "without_closing_remark", "without_guess", "without_remark"]


_NEXT_ANNOUNCED = re.compile(r"^\s*(?:and|also|plus|oh\s+and)\b", re.IGNORECASE)


def remarks_before_next(sentence: str, following: str) -> bool:
    """Whether ``sentence``, after a question, is a remark on it because the next question is announced with "And"
    ("Is it true that sugar makes kids hyperactive? My wife says no more sweets. And how much is ...?"): with no
    figure in it, it is no context of that next one."""
    return not has_number(sentence) and _NEXT_ANNOUNCED.match(following) is not None
