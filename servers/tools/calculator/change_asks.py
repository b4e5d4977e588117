"""A change told in a story, asked as a percentage: 'Beef was 40 yuan per jin, now 46 yuan per jin. Up how many
percent?', 'Green leaf intake was 48,600 kg in May and 41,310 kg in June. By how much percent did it fall?'.

The sum is one: the change over the first figure. A story may say the two figures with any nouns, so it is read by
its shape and restated as the plain request every reader knows ('It went from 40 yuan to 46 yuan. What is the
percentage change?'), which is then read in full as any request is:

* exactly two numbers, each in the same unit or currency (and the same 'per' unit, or one said once, which changes
  nothing in a change: 'per jin', 'a year'), and no percentage, clock time or date among them;
* the earlier first: the first figure beside a word of before ('was', 'before', 'from', 'last', 'used to'), the
  second beside a word of after ('now', 'after', 'to', 'this', 'today'), and not both the other way round as well
  ('is 46 yuan now, was 40 yuan last year'), or both named by months in their order;
* the question asks a percentage ('percent', 'percentage', 'per cent') of the change itself ('change', 'up',
  'fall', 'lower'; 'what percent is that?' could ask what one is of the other); compared with anything but before
  ('than before') it is not read, and a direction asked must be the direction the figures moved;
* every other word a frame word or a word of the story that changes no sum (``inert``).
"""

from __future__ import annotations

from servers.tools.calculator.inert import FRAME_WORDS, droppable
from servers.tools.calculator.timespans import MONTHS
from servers.tools.calculator.tokens import Token

_BEFORE = frozenset("was were before from last used previously earlier old had".split())
_AFTER = frozenset("now after to this today currently new is are".split())
_UP = frozenset("up rise rose risen increase increased higher more grew gain gained raise raised dearer".split())
_DOWN = frozenset(
    "down fall fell fallen drop dropped decrease decreased lower less cheaper shrank declined lose lost".split()
)
_PERCENT = frozenset("percent percentage pct".split())
_CHANGED = frozenset("change changed".split())
_OWN = (
    _BEFORE
    | _AFTER
    | _UP
    | _DOWN
    | _PERCENT
    | frozenset(
        "how many much what by did does has it go went gone change changed cent per than and a an year years month "
        "months week weeks season seasons time "
        # 'now they charge me $4.00': what a price is said with, in a story of exactly two prices
        "charge charges charged price prices they me us paid pay pays paying".split()
    )
)
_CUE_WITHIN = 6  # 'Last season the mill pressed 1,850 tonnes': the cue opens the figure's clause
_STOPS = frozenset({".", ",", ";", "?", "!"})
_MONTH_NAMES = frozenset(MONTHS)


def as_change(text: str, tokens: list[Token]) -> str | None:
    """``text`` restated as the plain request for a percentage change, or None when it is not one (see above)."""
    words = [t.word for t in tokens]
    said = set(words)
    if (
        not _PERCENT & said
        or not (_UP | _DOWN | _CHANGED) & said
        or any(t.kind in ("clock", "date") or t.text == "%" for t in tokens)
    ):
        return None
    figures = [k for k, t in enumerate(tokens) if t.kind == "number"]
    if len(figures) != 2:
        return None
    first, second = (_amount(tokens, k) for k in figures)
    if first is not None and second is None and tokens[figures[1] + 1].text in _STOPS:
        second = (figures[1], first[1], figures[1] + 1)  # 'I had 180 goats, now I have 153.': the same goats
    if first is None or second is None or first[1] != second[1] and not _per_said_once(first[1], second[1]):
        return None
    if not _in_order(tokens, figures, (first[2], second[2])):
        return None
    than = [k for k, w in enumerate(words) if w == "than"]
    if any(words[k + 1] not in ("before", "last", "earlier", "then") for k in than):
        return None  # 'than the national average': another base
    figured = {k for begin, _, end in (first, second) for k in range(begin, end)}
    # ('380 din per kilo'): the 'per' unit said with a figure is its, checked against the other figure's above
    figured |= {k for _, unit, end in (first, second) if not unit.endswith(" per ") for k in (end, end + 1)}
    for k, token in enumerate(tokens):
        if token.kind == "word" and k not in figured and not droppable(token, _OWN | _MONTH_NAMES):
            return None
    before, after = tokens[figures[0]].value, tokens[figures[1]].value
    asked = _UP & said, _DOWN & said
    if (asked[0] and asked[1]) or (asked[0] and after <= before) or (asked[1] and after >= before) or before == 0:
        return None  # 'up' when it fell, or both asked
    shown = [text[tokens[begin].start : tokens[end - 1].start + len(tokens[end - 1].text)] for begin, _, end in
             (first, second)]  # fmt: skip
    return f"It went from {shown[0]} to {shown[1]}. What is the percentage change?"


def _amount(tokens: list[Token], k: int) -> tuple[int, str, int] | None:
    """The figure at ``k`` with its currency before it or its unit after it: where it begins, what it is measured
    in, and where it ends (a 'per' unit after it is left out, but must be the other figure's too)."""
    begin = k - 1 if k and tokens[k - 1].kind == "currency" else k
    unit = tokens[begin].text.lower() if begin < k else ""
    end = k + 1
    if not unit and tokens[end].kind == "currency" and not tokens[end].attached:
        unit, end = str(tokens[end].value).lower(), end + 1  # '380 din': a currency named after the figure
    if not unit and tokens[end].kind == "word" and tokens[end].word not in _OWN | FRAME_WORDS:
        unit, end = tokens[end].word, end + 1
    per = ""
    if tokens[end].word in ("per", "a", "the") and tokens[end + 1].kind == "word":  # 'S/ 160 the kilo'
        per = tokens[end + 1].word
    return (begin, f"{unit} per {per}", end) if unit else None


def _per_said_once(one: str, other: str) -> bool:
    """'48 600 Kč a year, after 29 160 Kč': the 'per' unit said with one figure only is the other's too."""
    unit, per = one.split(" per ")
    measured, measured_per = other.split(" per ")
    return unit == measured and not (per and measured_per)


def _in_order(tokens: list[Token], figures: list[int], ends: tuple[int, int]) -> bool:
    """Whether the first figure is the earlier: a word of before nearest to it ('was 40', '$1,200 last year') and a
    word of after nearest to the second ('now 46', '$1,350 now'), and not both the other way round as well ('is 46
    yuan now, was 40 yuan last year'); or each in a month, in the year's order."""
    spans = [(k, end) for k, end in zip(figures, ends, strict=True)]
    cues: list[set[str]] = [set(), set()]
    for p, token in enumerate(tokens):
        if token.word not in _BEFORE | _AFTER:
            continue
        distances = [k - p if p < k else p - end + 1 for k, end in spans]
        # a word of before or after tells of the figure in its own clause, never of one past a stop
        within = [i for i, (k, end) in enumerate(spans) if not _stop_between(tokens, p, k, end)]
        if not within:
            continue
        nearest = min(within, key=lambda i: distances[i])
        if distances[nearest] <= _CUE_WITHIN and (len(within) == 1 or distances[0] != distances[1]):
            cues[nearest].add(token.word)
    if cues[0] & _BEFORE and cues[1] & _AFTER:
        return not (cues[0] & _AFTER and cues[1] & _BEFORE)
    first, second = (_month_after(tokens, k) for k in figures)
    return first is not None and second is not None and first < second


def _stop_between(tokens: list[Token], p: int, k: int, end: int) -> bool:
    between = tokens[p + 1 : k] if p < k else tokens[end:p]
    return any(t.text in _STOPS for t in between)


def _month_after(tokens: list[Token], k: int) -> int | None:
    """'48,600 kg in May': the month a figure is told of, by its place in the year."""
    return next((MONTHS[t.word] for t in tokens[k + 1 : k + 4] if t.word in MONTHS), None)
