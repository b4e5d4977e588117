"""Sentences of context before the problem: who asks, why, where they are going ('Bit confused by my payslip.',
'Going to Spain next month.', 'Planning ahead for the wedding!').

People often open with a sentence that sets the scene and says nothing the arithmetic uses. Such a sentence is
set aside only when it can carry nothing: no number, no amount, no unit (other than saying *when*: 'next month',
'last week'), and no word that could change the arithmetic (a tax, a fee, a share, a condition, a question word).
What follows is then read on its own and must account for itself in full; a sentence with any of those words stays,
and the readers decline what they cannot place.
"""

from __future__ import annotations

from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.givens import PEOPLE
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_ENDS = frozenset({".", "!", ";"})
_MAX_WORDS = 16  # a sentence of scene-setting, not a paragraph: keeps each scan short
_WHEN = frozenset("next last this coming past".split())
_SEASONS = frozenset("spring summer autumn fall winter weekend time".split())
_MOODS = frozenset("good great bad long busy hard tough rough slow quiet record bumper lovely".split())
_SPANS = frozenset("day days week weeks month months year years".split())
CARRIES = frozenset(
    "fee fees charge charges charged surcharge commission deposit delivery shipping postage insurance bonus bonuses "
    "overtime deduction deductions allowance pension rebate cashback coupon voucher credit penalty levy duty toll "
    "service gratuity gst hst markup margin rate rates inflation exchange twice double triple half third quarter "
    "couple pair dozen none nothing all again too same more less add added subtract minus plus evenly equally "
    "between among split splitting shared sharing includes include included including inclusive excludes taxed "
    "tipped tipping discounted compounded compounding doubled halved rounded people person us them everyone "
    "cover treat owe lend borrow give gift refund reimburse contribute chip only alone myself ourselves "
    "number amount price prices cost costs paid pay pays worth weekday weekdays weekend weekends monday tuesday "
    "wednesday thursday friday saturday sunday january february march april may june july august september october "
    "november december extend shrink enlarge widen lengthen shorten resize scale reduce increase expand grow cut "
    "cutting trim trimming halve quadruple upsize downsize mean average median mode range what what's whats how "
    "which".split()
)
"""Words beyond the calculator's CHANGES that say something a sum could use: kept, never set aside. Verbs that
alter the thing ('Extending a patio that's 4 m by 3 m') are among them: its size now is not the size asked. So are
the names of a statistic and the question words: 'what are the mean and' asks, it sets no scene."""


def context_end(tokens: list[Token], start: int) -> int | None:
    """The index just past a leading sentence of context that carries nothing the arithmetic could use, when
    another sentence follows it, or past its 'and' when the story goes on in the same sentence; None when the
    request does not open with one."""
    i = start
    said: list[int] = []  # numbers the sentence says, each to be said again after it
    while tokens[i].kind in ("word", "number") or tokens[i].text in (",", "'", "-", "—"):
        if tokens[i].word == "and" and i - start >= 2 and tokens[i + 1].kind == "word":
            # 'Retired last spring and put $10,000 into a CD ...': a clause of the scene, then the story
            return i + 1 if all(_restated(tokens, k, i + 1) for k in said) else None
        if tokens[i].kind == "number":
            said.append(i)
            i += 1 + (tokens[i + 1].kind == "word" and _unit_of(tokens, i) is not None)
            continue
        if i - start >= _MAX_WORDS or not _inert(tokens, i, first=i == start):
            return None
        i += 1
    if i == start or tokens[i].text not in _ENDS:
        return None
    while tokens[i].text in _ENDS:
        i += 1
    if not all(_restated(tokens, k, i) for k in said):
        return None
    return i if tokens[i].kind != "end" else None


_PAUSES = frozenset({",", "-", "—", ":"})
_NEW_CLAUSE = frozenset("what what's whats how the my our i i'm we we're a an it it's if can could everything".split())


def clause_end(tokens: list[Token], start: int) -> int | None:
    """'Helping my daughter with her homework - what is 2/3 of 90?', 'Doing up the garden, the patio is 5 m by 4
    m.', 'stuck on homework, 3x + 7 = 25': a clause of scene-setting closed by a pause before a question, a new
    subject or the problem's first number, carrying nothing the
    arithmetic could use (as ``context_end`` asks of a sentence). The index after the pause, or None."""
    i = start
    while tokens[i].kind == "word" and i - start < _MAX_WORDS:
        joins = tokens[i].word == "and" and i > start and tokens[i + 1].kind == "word"  # 'Retired and thinking'
        if not (joins or _inert(tokens, i, first=i == start) or _unit_again(tokens, i)):
            return None
        i += 1
    if i - start < 2 or tokens[i].text not in _PAUSES:
        return None
    opens = tokens[i + 1].kind in ("number", "currency") and tokens[i].text != "-"  # a '-' there may be a sign
    if tokens[i + 1].word not in _NEW_CLAUSE and not opens and not _equation_follows(tokens, i + 1):
        return None  # 'stuck on homework, 3x + 7 = 25': the problem itself may follow the pause
    return i + 1


def _unit_again(tokens: list[Token], at: int) -> bool:
    """'wants the flat size in square feet - it's 68 square metres. What's that in sq ft?': a unit the scene names
    that the request names again after it, where it still says what is wanted."""
    unit = lookup(tokens[at].word, short=False)
    if unit is None or tokens[at].word in CARRIES or tokens[at].word in CHANGES:
        return False
    later = (lookup(t.word) for t in tokens[at + 1 :] if t.kind == "word")
    return any(m is not None and m.name == unit.name for m in later)


def _equation_follows(tokens: list[Token], i: int) -> bool:
    """'stuck on homework, 3x + 7 = 25, what is x': the clause after the pause is an equation, all symbols."""
    j = i
    while j < i + _MAX_WORDS and tokens[j].kind != "end" and tokens[j].text not in (",", "?", "."):
        j += 1
    return any(t.text == "=" for t in tokens[i:j])


def _unit_of(tokens: list[Token], at: int) -> str | None:
    """The unit said right after the number at ``at`` ('5 km' -> kilometer; a race's '5k' is kilometres too)."""
    after = tokens[at + 1 + (tokens[at + 1].text == "°")]  # '180°C', '180 C': a temperature's short unit
    if after.word == "k":
        return "kilometer"
    unit = (lookup(after.word, short=False) or lookup(after.word)) if after.kind == "word" else None
    return unit.name if unit is not None else None


def _restated(tokens: list[Token], at: int, rest: int) -> bool:
    """'signed up for my first 5k! how far is 5 kilometres in miles?': the number at ``at`` is said again after
    ``rest``, in the same unit, so the sentence that says it first carries nothing the rest does not."""
    unit = _unit_of(tokens, at)
    return unit is not None and any(
        tokens[k].kind == "number" and tokens[k].value == tokens[at].value and _unit_of(tokens, k) == unit
        for k in range(rest, len(tokens) - 1)
    )


def _stems(word: str) -> set[str]:
    """The word and what it may be an inflection of: 'covering' -> cover, 'shares' -> share, 'treated' -> treat."""
    stems = {word}
    for suffix in ("s", "es", "ed", "d", "ing"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            stems |= {stem, stem + "e"}
    return stems


def scene_word(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i``, inside a sentence, carries nothing the arithmetic could use."""
    return _inert(tokens, i, first=False)


def _inert(tokens: list[Token], i: int, *, first: bool) -> bool:
    token = tokens[i]
    if token.kind != "word":
        return True
    word = token.word.strip("'")
    if word == "how" and tokens[i + 1].word == "to" or word == "with" and _with_thing(tokens, i):
        return True  # 'forgotten how to do these': how a thing is done, not how much
    if word in _TIME_LINKS and tokens[i + 1].word in _SUBJECTS:
        return True  # 'before I hand it out': when the asker does something, not 'before tax'
    if word in _TIME_LINKS and tokens[i + 1].word in _OBJECTS and _inert(tokens, i + 2, first=False):
        return tokens[i + 2].kind == "word"  # 'after the teacher training': when, not 'after the discount'
    if i > 0 and tokens[i - 1].word in _SUBJECTS and lookup(word, short=False) is not None and word not in CARRIES:
        return True  # 'I hand it out', 'we yard the boats': a verb after its subject, not a unit
    if word == "half-price" and any(_half_off(tokens, k) for k in range(1, len(tokens) - 2)):
        return True  # 'Half-price sale this weekend, everything 50% off': the 50% said again, not a second half off
    if word == "off" and i >= 2 and tokens[i - 1].word in ("it", "them") and tokens[i - 2].word in _SIGNINGS:
        return True  # 'before I sign it off': done with, not money off
    if word == "them" and i >= 2 and tokens[i - 2].word in _SUBJECTS and _inert(tokens, i - 1, first=False):
        return True  # 'before I send them': the things the asker does something to, not people sharing
    if word == "weekend" and i > 0 and tokens[i - 1].word in _WHEN:
        return True  # 'Half-price sale this weekend': when it is, not a weekend rate
    if word.endswith("n't") or any(w in CHANGES or w in CARRIES for part in word.split("-") for w in _stems(part)):
        return False  # 'She didn't eat', 'My friend is covering the tip': a condition on the sum
    if lookup(word, short=False) is None:
        return True
    if i > 0 and tokens[i - 1].word in _WHEN or word in _SEASONS:
        return True  # 'next month', 'last week': when, not how long
    if i > 0 and tokens[i - 1].word in _MOODS and word in _SPANS:
        return True  # 'Good year for the bees!', 'Long week at work.': how the time went, not how long it was
    # a unit's name opening the sentence, with no number before it, is a word of the scene ('Bit confused by my
    # payslip'); anywhere else it may name the unit wanted ('answer in pints'), and the sentence stays
    return first


def _half_off(tokens: list[Token], k: int) -> bool:
    """'everything 50% off' at ``k``: half off said as a percentage, not a further 50% off on top."""
    here, sign, then = tokens[k], tokens[k + 1], tokens[k + 2]
    further = tokens[k - 1].word in ("further", "extra", "another", "additional")
    return here.kind == "number" and here.value == 50 and sign.text == "%" and then.word == "off" and not further


_TIME_LINKS = frozenset("before after when while once until till".split())
_SIGNINGS = frozenset("sign signs signed signing drop drops dropped dropping send sent sending".split())
_SUBJECTS = frozenset("i we you he she they i've we've i'm we're".split())


def _with_thing(tokens: list[Token], i: int) -> bool:
    """'Helping my daughter with homework': 'with' and a plain thing of the scene, not a charge ('with tax' names
    one), an amount or people a sum may be shared among ('with friends')."""
    j = i + 1 + (tokens[i + 1].word in _OBJECTS)
    thing = tokens[j]
    if thing.kind != "word" or thing.word in PEOPLE or thing.word in ("with", "how"):
        return False
    return lookup(thing.word, short=False) is None and _inert(tokens, j, first=False)


_DOERS = (("i'm",), ("im",), ("i", "am"), ("we're",), ("we", "are"), ("i've", "been"), ("we've", "been"))
_OBJECTS = frozenset("a an the my our this that".split())
_ON = frozenset("on in for".split())


def doing_end(tokens: list[Token], start: int) -> int | None:
    """'Tiling a kitchen floor that's 4.2 m by 3.5 m.', "I'm carpeting a bedroom ...", 'Laying turf on a lawn
    ...': what the user is doing to the thing the problem is about, said before it. The index of the thing ('a
    kitchen floor ...'), read on its own from there, or None. The doing is one plain verb in -ing (and, after it, up
    to two plain words and 'on', 'in' or 'for'): no number, unit or word that could change the arithmetic."""
    i = start
    for doer in _DOERS:
        if all(tokens[i + k].word == w for k, w in enumerate(doer)):
            i += len(doer)
            break
    verb = tokens[i]
    if verb.kind != "word" or not verb.word.endswith("ing") or not _inert(tokens, i, first=False):
        return None
    j = i + 1
    if tokens[j].word not in _OBJECTS:
        while j < i + 3 and tokens[j].kind == "word" and tokens[j].word not in _ON and _inert(tokens, j, first=False):
            if lookup(tokens[j].word, short=False) is not None:
                return None
            j += 1
        if tokens[j].word not in _ON:
            return None
        j += 1
    if tokens[j].word not in _OBJECTS:
        return None
    sized = tokens[j + 1].kind == "number" and _unit_of(tokens, j + 1) is not None and tokens[j + 3].kind == "word"
    return j if tokens[j + 1].kind == "word" or sized else None  # 'Running a 10 mile charity race': a sized thing
