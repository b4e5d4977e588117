"""Idle remarks: what a user says around the sum that holds no figure and no word of arithmetic.

People thank, explain and grumble around the numbers: 'Props budget was £3,200 and it's £2,720 this year (thanks,
board).', '... What will it be worth at maturity? Old habits - I like to check the bank's figures.', 'Convert 30 °C
to °F for the reptile house log.' Such a remark is set aside when it can change nothing in the arithmetic, which
is judged by every word in it, not by a list of phrases: it holds no number (digits or words), no amount, unit,
clock time or date, no word of ``inert.ARITHMETIC`` beyond the plain frame of a sentence ('the', 'I', 'to', 'is',
...), no adverb in -ly ('roughly', 'monthly'), and none of the words below that qualify a reading though
``inert.inert`` lets them pass beside a number ('simple', 'working', 'combined', 'morning'). Three shapes are read:

* a bracket ('(thanks, board)') after something else;
* a sentence of its own that asks nothing (no '?'), with another sentence in the request;
* the close of a sentence after its figures: a pause (',', a dash) or a preposition ('for', 'in', 'at', 'on',
  'during', 'from', 'with') and the words to the sentence's end ('... to °F for the reptile house log.').

``inert.without_inert`` cuts these with its own stretches (through ``lead_ins``), only when none of their words is
said again in what is kept, and the rest is answered only when it accounts for every number — so a remark that was
needed leaves a request that declines, never one answered differently.
"""

from __future__ import annotations

import re

from servers.tools.calculator import inert as words  # a module: inert sets these stretches aside with its own
from servers.tools.calculator.functions import FUNCTIONS
from servers.tools.calculator.tokens import Token

FRAME = frozenset(
    "the a an my our your his her their some i we you he she me him is are was were be been being am do does did "
    "have has had will would can could should may might must to of in on at for from with about as and there here "
    "i'm im we're you're i've we've i'd we'd he's she's let's like old new".split()
)
"""The frame of a sentence: words that hold a remark together and say nothing of a sum on their own. People a sum
may be shared among ('us', 'them', 'everyone') are not among them, nor 'not', 'only', 'each', 'but' or 'then'. A
state ('old habits', 'new pump') names no amount where no number is said. Nor is a word that points back at the
thing of the sum ('it', 'they', 'this', 'that'): 'and it runs hot' says something of the oven asked about."""

QUALIFIERS = frozenset(
    "simple compound apiece overall combined together altogether since nett exclusive business working calendar "
    "leap grand k refundable nonrefundable fluid troy nautical cubic square next against versus vs ratio cheaper "
    "dearer better worse best worst saving savings speed pace average ish around approx approximate exact precise "
    "morning afternoon evening night tonight overnight midnight noon midday am pm today yesterday tomorrow weekend "
    "weekends dawn dusk budget value round rounded nearest decimal decimals sig significant places hot cold warm "
    "cool fast slow quick high low heavy light big small large long short tall wide narrow deep thick thin full "
    "empty run runs running ran separate allow allowing allowance wastage waste breakage buffer contingency "
    "leeway headroom fan conventional gas mark hundred hundreds thousand thousands million millions billion "
    "billions dozen dozens score interval intermission break breaks pause stopover layover delay delays".split()
)
"""Words ``inert.inert`` passes beside a number that still qualify a reading when said apart from one: which interest
('simple'), which days ('working', 'calendar'), which time of day ('in the morning'), which measure is wanted
('speed', 'pace', 'ratio'), how it is rounded, how the thing behaves ('runs hot', 'is slow'), what is set apart or
allowed for ('the wine was separate', 'allow for breakage'), a wait of no said length ('with an interval'). A
remark with any of them stays."""

_CONDITIONING = re.compile(r"\w{3}(?:ing|est)$")
"""A word that may set a condition on the figures however it is spelt: a participle ('ignoring the lowest',
'excluding weekends', 'assuming two shifts') or a superlative ('the lowest', 'the latest')."""
_DAYS = frozenset("mon tue wed thu fri sat sun".split())
"""'Mon-Fri', 'Saturdays': days say over which the figures run."""
_PAUSES = frozenset({",", "-", "—"})
_JOINING = frozenset("and but so though although yet because if unless except".split())
"""A remark opened by a conjunction ('..., and it runs hot', 'but only on weekdays') joins a condition to the story."""
_PREPOSITIONS = frozenset("for in at on during from with".split())
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
_JOINS = frozenset({",", "-", "—", "'", "!"})
_MAX_TOKENS = 16  # a remark, not a second story: keeps each scan short


def remark_width(tokens: list[Token], i: int) -> int:
    """The width of an idle remark starting at ``i`` (a bracket, a sentence, a sentence's close), or 0."""
    return _bracket(tokens, i) or _sentence(tokens, i) or _close(tokens, i)


def idle(token: Token) -> bool:
    """Whether ``token`` may stand in an idle remark: a word of its frame, or an inert word that qualifies nothing."""
    if token.kind != "word":
        return False
    if token.word in FRAME:
        return True
    if _CONDITIONING.search(token.word) or token.word[:3] in _DAYS:
        return False
    return words.inert(token) and not words.stems(token.word.removesuffix("'s")) & QUALIFIERS


_ROOM_PARTS = frozenset({"floor", "ceiling"})


def _named_thing(tokens: list[Token], j: int) -> bool:
    """'the reptile house log': a function's name after a plain noun is a noun itself, the last word of a thing
    named ('in log' or 'the log' may still ask for one)."""
    if j == 0 or tokens[j].word not in FUNCTIONS or tokens[j + 1].kind not in ("end", "symbol"):
        return False
    # ('New tiles on the floor.': a room's floor or ceiling, which no remark takes of a number it does not hold)
    return words.inert(tokens[j - 1]) and tokens[j - 1].word not in FRAME or tokens[j].word in _ROOM_PARTS


def _idle_run(tokens: list[Token], i: int, stops: frozenset[str]) -> int | None:
    """The index of the first of ``stops`` (or the end) after ``i`` when every token before it is idle or a join
    and one of them is an inert word; None otherwise."""
    said = False
    j = i
    while tokens[j].kind != "end" and tokens[j].text not in stops:
        if j - i >= _MAX_TOKENS:
            return None
        token = tokens[j]
        if token.kind == "symbol" and token.text in _JOINS:
            j += 1
            continue
        if not (idle(token) or _named_thing(tokens, j)):
            return None
        said = said or token.word not in FRAME
        j += 1
    return j if said else None


def _bracket(tokens: list[Token], i: int) -> int:
    """'(thanks, board)' after something else in the request."""
    if i == 0 or tokens[i].text != "(":
        return 0
    j = _idle_run(tokens, i + 1, frozenset({")", "("}))
    if j is None or tokens[j].text != ")" or tokens[j + 1].text == ":":
        return 0  # 'these (thousands): 3, 4, 5': a bracket before a list's colon says what the list holds
    return j + 1 - i


def _sentence(tokens: list[Token], i: int) -> int:
    """'Old habits - I like to check the bank's figures.': a sentence asking nothing, beside another."""
    if i > 0 and tokens[i - 1].text not in _SENTENCE_ENDS or tokens[i].word in _JOINING:
        return 0
    j = _idle_run(tokens, i, _SENTENCE_ENDS)
    if j is None or tokens[j].text == "?":
        return 0  # a question may be what is asked
    if i == 0 and (tokens[j].kind == "end" or tokens[j + 1].kind == "end"):
        return 0  # the request's only sentence
    return j + (tokens[j].kind != "end") - i


def _close(tokens: list[Token], i: int) -> int:
    """', the keeper asked', 'for the reptile house log': the words closing a sentence after its figures, up to
    (not including) the sentence's end."""
    opens = tokens[i].text in _PAUSES or tokens[i].word in _PREPOSITIONS
    if not opens or tokens[i + 1].word in _JOINING:
        return 0
    j = _idle_run(tokens, i + 1, _SENTENCE_ENDS)
    if j is None or tokens[j].text == "?" or j - i < 2:
        return 0  # the close of a question says what is asked ('how much water for loaves?')
    # last: the look back for a figure is as long as the sentence, the checks above are bounded
    return j - i if words.figure_before(tokens, i, _SENTENCE_ENDS) else 0
