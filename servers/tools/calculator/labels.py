"""Labels opening a request: a few words and a colon or dash naming what the question is about ('Homework
check: 3x + 7 = 31', 'Simple interest question from my son's homework: ...'). They carry no number and no word the
calculator reads, so the request is read again without them — and answered only when what is left accounts for
itself in full.
"""

from __future__ import annotations

from collections.abc import Callable

from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.inert import inert
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

Solve = Callable[[str], Solution]
"""The whole reading of a request, raising ToolInputError when it cannot be answered."""


_LABEL_WORDS = 3
_LABEL_ENDS = frozenset({":", "-", "—"})


def after_label(text: str, tokens: list[Token], start: int, solve: Solve) -> Solution | None:
    """'Homework check: 3x + 7 = 31 ...', 'Road trip stats: we drove ...': up to three words and a colon or dash
    opening the request, naming what the question is about. They carry no number and no word the calculator reads
    (no unit, no operation, no 'sample' or 'population'), so the request is read again without them — and answered
    only when what is left accounts for itself in full."""
    equation = _equation_after(text, tokens, start, solve)
    if equation is not None:
        return equation
    j = start
    while j < start + _LABEL_WORDS and (tokens[j].kind == "word" and tokens[j].word.isalpha() or _pronoun(tokens, j)):
        if tokens[j].word in _READ_WORDS or lookup(tokens[j].word, short=False) is not None:
            return None
        j += 1
    if j == start or tokens[j].text not in _LABEL_ENDS or tokens[j + 1].kind == "end":
        return None
    if tokens[j].text == "-" and tokens[j + 1].kind != "word":
        return None  # 'tax - 5' takes 5 away
    try:
        return solve(text[tokens[j + 1].start :])
    except ToolInputError:
        return None


_TALK_WORDS = 20


def _equation_after(text: str, tokens: list[Token], start: int, solve: Solve) -> Solution | None:
    """'Solve this for me, my eyes aren't what they were: 0.8x + 150 = 630.': talk of any kind before a colon, with
    no number in it, and after the colon an equation in one unknown — a sum whole in itself, which the talk cannot
    change. The equation is read alone ('solve 0.8x + 150 = 630') and answered only when it reads in full."""
    colon = next((k for k in range(start, min(start + _TALK_WORDS, len(tokens))) if tokens[k].text == ":"), None)
    if colon is None or any(t.kind not in ("word", "symbol") for t in tokens[start:colon]):
        return None
    after = tokens[colon + 1 :]
    unknowns = {t.word for t in after if t.kind == "word" and len(t.word) == 1 and t.word.isalpha()}
    if sum(t.text == "=" for t in after) != 1 or len(unknowns) != 1:
        return None
    if any(t.kind == "word" and t.word not in unknowns for t in after):
        return None  # 'x + 3 = 10 apples': words after it may say something the equation does not
    try:
        return solve("solve " + text[tokens[colon + 1].start :])
    except ToolInputError:
        return None


_TOPIC_NOUNS = frozenset("question questions problem problems homework exercise puzzle task help check q".split())
_TOPIC_WORDS = 10
_SUBJECTS = frozenset(
    "maths math percentage percentages percent fractions fraction algebra arithmetic statistics stats conversion "
    "conversions unit units word money science physics chemistry ratio ratios probability".split()
)
"""Names of a school subject or a kind of sum, which the question after the label says again in full."""
_OWNERS = frozenset("my our his her their the a".split())
"""Whose homework it is ('My nephew's maths homework:'): said of the label, never of the sum."""


def topic_label(text: str, tokens: list[Token], start: int, solve: Solve) -> Solution | None:
    """'Simple interest question from my son's homework: ...', 'Percentage problem for work - ...': a label naming
    the kind of problem and then where it comes from. The kind may be what the reading needs ('simple interest'),
    so it is kept as a label of its own ('Simple interest: ...'); the words from 'question' or 'problem' to the
    colon carry no number, unit or word the calculator reads, and are set aside."""
    noun = None
    j = start
    while j < start + _TOPIC_WORDS and tokens[j].kind == "word":
        if noun is None and tokens[j].word in _TOPIC_NOUNS and j > start:
            noun = j
        elif noun is not None and (tokens[j].word in CHANGES or lookup(tokens[j].word, short=False) is not None):
            return None  # 'question about the tip:', 'problem in feet:': the words go on to say something read
        j += 1
    if noun is None or tokens[j].text not in (":", "—") or tokens[j + 1].kind == "end":
        return None
    try:
        return solve(text[: tokens[noun].start] + text[tokens[j].start :])
    except ToolInputError:
        pass
    if not all(t.word in _SUBJECTS or t.word in _OWNERS or t.word.endswith("'s") for t in tokens[start:noun]):
        return None  # 'simple', 'sample', 'compound': a kind the reading needs, never set aside
    try:
        return solve(text[tokens[j + 1].start :])  # 'Percentage question from my homework:'
    except ToolInputError:
        return None


def _pronoun(tokens: list[Token], at: int) -> bool:
    """'one' after a word and before the label's pause: 'Random one:', 'easy one -' (a question, not a number)."""
    return (
        tokens[at].text.lower() == "one"
        and at > 0
        and tokens[at - 1].kind == "word"
        and tokens[at + 1].text in _LABEL_ENDS
    )


_ADDRESS = frozenset(
    "ask get have let the calculator calculators and researcher fact checker fact-checker writer summarizer "
    "summariser code reviewer both all of you this these question to answer each please can could tell me "
    "quick agents".split()
)
_ADDRESS_WORDS = 12


def addressed(text: str, tokens: list[Token], start: int, solve: Solve) -> Solution | None:
    """'Ask the calculator and the researcher this one: how many metres are there in a mile?': who the question is
    put to, named before a colon, is set aside and the question after it read on its own. The words before the
    colon must name the calculator and say nothing else than whom to ask (no number, no word a sum could use)."""
    j = start
    while j < start + _ADDRESS_WORDS and (
        tokens[j].kind == "word"
        and tokens[j].word in _ADDRESS
        or tokens[j].text.lower() == "one"
        and j > start
        and tokens[j - 1].word == "this"  # 'this one': the question, not a number
    ):
        j += 1
    if tokens[j].text != ":" or not any(t.word == "calculator" for t in tokens[start:j]):
        return None
    if tokens[j + 1].kind == "end":
        return None
    try:
        return solve(text[tokens[j + 1].start :])
    except ToolInputError:
        return None


_ADDING = (("add", "up"), ("total", "up"), ("tot", "up"), ("add", "together"))
_OWNED = frozenset("our my the his her their your these those this that".split())
_LABEL_PERIODS = frozenset("monthly weekly quarterly yearly annual daily".split())
_LISTED = frozenset({",", "and", "+"})
_PAUSES = frozenset({",", ":", "-", "—"})


def _owner(word: str) -> bool:
    """'the quarter's materials', 'this month's bills': whose or when the listed amounts are, a plain word owning."""
    whose = word[:-2]
    if not word.endswith("'s") or not whose.isalpha() or whose in _READ_WORDS:
        return False
    return whose in ("day", "week", "month", "year") or lookup(whose) is None  # 'the week's receipts': when


def listed_label(text: str, tokens: list[Token], start: int, solve: Solve) -> Solution | None:
    """'Add up our quarterly bills of £84, £92, £78 and £101': what the listed amounts are, named between 'add up'
    and 'of', is set aside ('add up £84, £92, £78 and £101') when the list runs to the end of the request — so the
    name can only say what is added, never change it. The name holds an owner and plain words (a period adjective
    too: the bills are each one's amount, added as given), no number, unit or word the calculator reads."""
    opening = next((len(p) for p in _ADDING if all(tokens[start + k].word == w for k, w in enumerate(p))), 0)
    if not opening:
        return _split_adding(text, tokens, start, solve)
    begin = j = start + opening
    while j < begin + 5 and tokens[j].kind == "word" and tokens[j].word != "of":
        word = tokens[j].word
        if not (word in _OWNED or word in _LABEL_PERIODS or inert(tokens[j]) or _owner(word)):
            return None
        j += 1
    if tokens[j].kind in ("number", "currency"):
        j -= 1  # 'add up my expenses £1,240 + £385': the list follows the name at once
    elif tokens[j].word != "of" and tokens[j].text not in _PAUSES:
        return None  # 'of', or a pause: 'Add up the quarter's materials, £1,240 + £385 + £72.50'
    if j < begin or tokens[j + 1].kind not in ("number", "currency"):
        return None
    listed = tokens[j + 1 : -1]
    if sum(t.kind == "number" for t in listed) < 2 or not all(
        t.kind in ("number", "currency") or t.text in _LISTED or t.word in _LISTED for t in listed
    ):
        return None
    try:
        return solve(text[: tokens[begin].start] + text[tokens[j + 1].start :])
    except ToolInputError:
        return None


_ADDERS = frozenset("add total tot sum".split())
_FOR_WHOM = (("for", "me"), ("for", "us"), ("please",), ("pls",))


def _split_adding(text: str, tokens: list[Token], start: int, solve: Solve) -> Solution | None:
    """'add these receipts up for me: 14.99, 3.49 and 0.99', 'add these up: ...': the verb split around what is
    added, then a pause and the list. Read as 'add up' and the list, when the words between are a plain name."""
    if tokens[start].word not in _ADDERS:
        return None
    j = start + 1
    while j < start + 5 and tokens[j].kind == "word" and tokens[j].word not in ("up", "together"):
        word = tokens[j].word
        if not (word in _OWNED or word in _LABEL_PERIODS or inert(tokens[j]) or _owner(word)):
            return None
        j += 1
    if tokens[j].word not in ("up", "together"):
        return None
    j += 1
    j += next((len(p) for p in _FOR_WHOM if all(tokens[j + k].word == w for k, w in enumerate(p))), 0)
    if tokens[j].text not in _PAUSES or tokens[j + 1].kind not in ("number", "currency"):
        return None
    listed = tokens[j + 1 : -1]
    if sum(t.kind == "number" for t in listed) < 2 or not all(
        t.kind in ("number", "currency") or t.text in _LISTED or t.word in _LISTED for t in listed
    ):
        return None
    try:
        return solve("add up " + text[tokens[j + 1].start :])
    except ToolInputError:
        return None


_READ_WORDS = CHANGES | frozenset(
    "sample population of to from by in add added subtract take multiply multiplied divide divided square squared "
    "cube root sum product quotient increase decrease raise reduce imperial metric us uk british american".split()
)
