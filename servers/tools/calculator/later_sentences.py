"""Sentences said after the question that change what it asks, with no figure of their own.

People ask, then add what they forgot: who did not take part ('How much each? Dave didn't eat.'), that a figure
has moved ('... Rates went up since.'), where part of it goes ('... The rest goes to my sister.'), whom it is
shared among ('What's 15% of 4,200? Each.'), or the unit someone wants ('... miles per litre? The fleet manager
wants it in mpg.'). A reader that answers the question alone answers a different sum. Such a sentence carries no
number, so the sum it asks for cannot be worked out: the request is declined, unless the answer already is what
the sentence asks (the share each, in the unit wanted).

Only sentences after the first question are read, and only those with no figure: a sentence with a figure is
read by the readers themselves, and one before the question is part of the story they read.
"""

from __future__ import annotations

from servers.tools.calculator.asked_units import unit_named
from servers.tools.calculator.quantities import Measure, is_money, lookup, rate
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token
from servers.tools.calculator.whole_remarks import counted_pack, rounded_up, says_whole
from servers.tools.inputs import ToolInputError

_ENDS = frozenset({".", "!", "?", ";"})
_FIGURES = frozenset({"number", "currency", "clock", "date", "ordinal"})
_NEGATIONS = frozenset(
    "not no never didn't doesn't don't won't isn't wasn't aren't weren't can't cannot couldn't wouldn't shouldn't "
    "hasn't haven't hadn't didnt doesnt dont wont isnt wasnt cant couldnt".split()
)
_TAKING_PART = frozenset(
    "eat eats ate eaten eating drink drinks drank drinking pay pays paid paying come comes came coming join joins "
    "joined joining attend attends attended attending go goes went going stay stays stayed staying order ordered "
    "chip chips chipped chipping pitch pitched pitching contribute contributed contributing share sharing included "
    "counted count turn turned show showed make".split()
)
_LEFT_OUT = frozenset(
    "skipped skips skip missed dropped pulled opted bailed cancelled canceled excused exempt covering covers "
    "covered treat treats treating shout shouting absent sick free freebie comped".split()
)
"""Someone taking no part, or a part of their own: 'Dave left early', 'Sam skipped dessert', 'Mum's covering hers'."""
_MOVED = frozenset(
    "rose risen fell fallen increased decreased doubled halved raised lowered reduced hiked changed jumped climbed "
    "crept dipped slashed".split()
)
"""A figure that has moved since it was said: 'Rates went up since', 'the price has doubled' (in the past: 'it feels
like it's going up' says how the given figures run)."""
_STEPS = frozenset("add subtract deduct minus multiply divide".split())
_STEP_PAIRS = frozenset(
    {("take", "off"), ("take", "away")} | {(w, o) for w in ("double", "halve") for o in ("it", "that")}
)
"""A further step of arithmetic told after the question: 'How many kg is 150 lb? Then add a kilo.'"""
_LEAVING = frozenset("early before after halfway first soon".split())
_GOING = frozenset("went gone put puts come came been moved since".split())
_PARTS = frozenset("rest remainder remaining balance half third quarter leftover leftovers".split())
"""Where part of the sum goes: 'The rest goes to my sister', 'half is mine'."""
_SHARED = frozenset("each per apiece everyone everybody split share shared between among".split())
_WHOLE = frozenset("whole full complete entire".split())
_SHARE_ANSWERED = (" each", " per ", " a head", " a person")
_WANTING = frozenset("want wants wanted need needs needed prefer prefers asked asks asking expects like".split())
_PASSED = frozenset("it in the answer result that them to be a as please figure one".split())


def refuse_later_changes(tokens: list[Token], solution: Solution) -> None:
    """Raise ToolInputError when a figure-less sentence after the question changes what it asks."""
    spans = _sentences(tokens)
    asked = next((k for k, (_, b) in enumerate(spans) if tokens[b - 1].text == "?"), None)
    if asked is None:
        return
    for a, b in spans[asked + 1 :]:
        said = tokens[a:b]
        if any(t.kind in _FIGURES for t in said):
            continue
        words = [t.word for t in said if t.kind == "word"]
        if rounded_up(solution) and says_whole(words, counted_pack(tokens[: spans[asked][1]])):
            continue  # 'How many tins? No half tins.': whole packs, as the count is
        if _to_the_cent(words) and is_money(unit_named(solution.unit or "", short=False)):
            continue  # '... after 5 years? To the cent.': money is answered to the cent
        if rounded_up(solution) and _not_short(words):
            continue  # "How many sacks? Don't wanna come up short.": the packs are rounded up to cover it
        question = {t.word for t in tokens[spans[asked][0] : spans[asked][1]]}
        reason = _changes(words, solution, whole=bool(question & _WHOLE))
        if reason:
            raise ToolInputError(f"{reason}; say it with its figures in one question and ask again")


_CENT_TALK = frozenset("to the de nearest cent cents penny pennies round rounded it please pls exact exactly".split())


def _to_the_cent(words: list[str]) -> bool:
    """ "To the cent.", "Round to de nearest cent please": the answer's money given to the cent, which it is."""
    return bool(words) and bool({"cent", "cents", "penny", "pennies"} & set(words)) and set(words) <= _CENT_TALK


def _not_short(words: list[str]) -> bool:
    """ "Don't wanna come up short", "I'd hate to run out": only a wish to have enough, which rounding up gives."""
    ran_out = any(w in ("run", "runs", "running", "ran") and words[k + 1] == "out" for k, w in enumerate(words[:-1]))
    return ("short" in words or ran_out) and not set(words) & (_LEFT_OUT | _MOVED | _STEPS | _PARTS | _SHARED)


def _changes(words: list[str], solution: Solution, *, whole: bool) -> str:
    said = set(words)
    left = any(w == "left" and words[k + 1] in _LEAVING for k, w in enumerate(words[:-1]))  # 'Dave left early'
    if said & _NEGATIONS and said & _TAKING_PART or said & _LEFT_OUT or left:
        return "a later sentence says someone takes no part or a different part, which changes each one's share"
    if said & _MOVED or said & {"up", "down"} and said & _GOING:  # 'went up', 'they put the rate up'
        return "a later sentence says a figure has changed, without saying by how much"
    stepped = ", then " in solution.problem  # 'What is 5 miles in km? Then double it.': the chain took the step
    if not stepped and (said & _STEPS or any((w, words[k + 1]) in _STEP_PAIRS for k, w in enumerate(words[:-1]))):
        return "a later sentence asks for a further step of arithmetic that the answer does not take"
    if said & _PARTS and not whole:  # 'how many full jars? The rest goes on my toast': the count stands
        return "a later sentence sends part of it elsewhere, without saying how much"
    wanted = _wanted(words)
    if wanted is not None and not _same(wanted, unit_named(solution.unit or "", short=False)):
        return f"a later sentence asks for it in {wanted.label()}, which is not the unit the question asks"
    a_head = any(w in ("a", "per") and words[k + 1] in ("head", "person") for k, w in enumerate(words[:-1]))
    if (said & _SHARED or a_head) and not any(s in solution.answer for s in _SHARE_ANSWERED):
        return "a later sentence asks for a share each, without saying how many share it"
    return ""


def _wanted(words: list[str]) -> Measure | None:
    """The unit a sentence asks for: 'wants it in mpg', 'In kg please', 'the inspector wants C'."""
    for k, word in enumerate(words):
        if word not in _WANTING and not (word == "in" and (k == 0 or words[k - 1] in _PASSED)):
            continue
        j = k + 1
        while j < len(words) and words[j] in _PASSED:
            j += 1
        if j < len(words):
            unit = lookup(words[j], short=True)
            if unit is not None:
                return _per(words, j, unit)
    named = [w for w in words if w not in _PASSED and w not in _BARE]
    return lookup(named[0], short=True) if len(named) == 1 else None  # 'Celsius please.', 'Actually kg.'


def _per(words: list[str], j: int, unit: Measure) -> Measure:
    """'in km/h' (the slash is no word), 'in km per hour': the rate a unit opens, or the unit alone."""
    k = j + 1 + (j + 1 < len(words) and words[j + 1] == "per")
    bottom = lookup(words[k], short=True) if k < len(words) else None
    if bottom is None or bottom.per is not None or k == j + 1 and bottom.dimension != "time":
        return unit
    return rate(unit, bottom)


_BARE = frozenset("please pls plz actually thanks ta cheers mate only just".split())


def _same(a: Measure, b: Measure | None) -> bool:
    if b is None or a.name != b.name or a.dimension != b.dimension:
        return False
    if a.per is None or b.per is None:
        return a.per is None and b.per is None
    return a.per.name == b.per.name


def _sentences(tokens: list[Token]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    first = 0
    for i, token in enumerate(tokens):
        if token.text in _ENDS or token.kind == "end":
            if i > first or token.kind != "end":
                spans.append((first, i + 1 if token.kind != "end" else i))
            first = i + 1
    return [s for s in spans if s[1] > s[0]]
