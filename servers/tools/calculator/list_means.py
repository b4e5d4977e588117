"""The average of figures listed in a story: 'The canoes brought in 34, 41, 28, 52 and 45 kg of usipa this morning.
What is the average catch per canoe?', 'The bags of parchment I bought this week weigh 52, 48, 61, 55, 49 and 57 kg.
What is the average weight of a bag?'.

The sum is the mean of the figures listed. The story names what was measured with any nouns, and the question may
name the one thing each figure is of ('per canoe', 'of a bag'), so it is read by its shape rather than its phrases
and restated as the plain request every other reader knows ('What is the average of 34, 41, 28, 52 and 45 kg?'),
which is then read in full:

* one run of three or more figures joined by commas (and perhaps a last 'and'), bare or each with one sign before it
  ('$12, $15 and $20'), the last one perhaps with its unit after it; no other figure, percentage, clock time or date;
* the last sentence, after the list, asks for the average or the mean, and for nothing else ('median', 'total',
  'highest'); a measure it names ('the average weight') is the one the figures are in;
* the list ends at a stop or before a phrase of what or when ('kg of usipa', 'this morning'), never before a
  clause of its own ('620, 580 and 3 days were shut');
* in the story, no word that could change what is averaged ('except', 'more', 'each'); in the question, every word
  a frame word, a word of asking, or a word outside the closed class of words that change sums (``inert``): 'per
  canoe' of canoes, never 'per day'.
"""

from __future__ import annotations

from servers.tools.calculator.inert import droppable
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.stories import last_sentence
from servers.tools.calculator.tokens import Token

_MEAN = frozenset("average mean avg".split())
_OWN = _MEAN | frozenset("what what's whats is was the a an of per for one how much many".split())
_SPOILERS = frozenset(
    "except excluding without not no only more less extra plus minus each per every twice double half third quarter "
    "total sum another other others rest remaining left missing instead but if also ignoring ignore ignored drop "
    "dropping dropped lowest highest best worst top bottom".split()
)
"""Words of the story that could change what is averaged ('except the last', 'each', 'twice'); any other word of the
story only tells what was measured ('The canoes brought in ...'), which changes nothing in a mean."""
_CLOSING = frozenset("of in on at from for this last today yesterday".split())
_MEASURES = {
    "weight": "mass", "weights": "mass", "mass": "mass", "distance": "length", "length": "length",
    "height": "length", "depth": "length", "width": "length", "time": "time", "duration": "time",
    "price": "money", "cost": "money", "temperature": "temperature", "speed": "speed",
}  # fmt: skip
"""Measures a question may name, by the dimension of the units they are in ('money USD' starts with 'money')."""
_CHANGES = frozenset("gain gains loss losses growth increase decrease change rise fall".split())
_LEAST = 3  # two figures are a pair, not a list to average


def as_plain(text: str, tokens: list[Token]) -> str | None:
    """``text`` restated as the plain request for the mean of its listed figures, or None when it is not one (see
    above)."""
    if any(t.kind in ("clock", "date", "ordinal") or t.text == "%" for t in tokens):
        return None
    figures = [k for k, t in enumerate(tokens) if t.kind == "number"]
    run = _listed(tokens, figures)
    question = last_sentence(tokens)
    if run is None or run[1] > question or not any(t.word in _MEAN for t in tokens[question:]):
        return None  # 'What's the mean of these five weights: 61, 64, ...': the readers of statistics' own
    begin, end = run
    if not _closes(tokens[end]) or not _measured_as(tokens[question:], tokens[end - 1]):
        return None
    for k, token in enumerate(tokens):
        if begin <= k < end or token.kind in ("symbol", "end"):
            continue
        if k < question and _per_asked(tokens, k, question):
            continue  # 'Pounds landed per trip: ... the average per trip?': each figure is one trip's
        if token.kind != "word" or k < question and token.word in _SPOILERS:
            return None
        if k >= question and tokens[k - 1].word == "per" and _per_asked(tokens, k - 1, 0):
            continue  # '... the average per trip?' of figures said per trip: the thing each is of
        if k >= question and not droppable(token, _OWN):
            return None  # 'What is the average per day?': a period the figures are not said of
    listed = text[tokens[begin].start : tokens[end - 1].start + len(tokens[end - 1].text)]
    return f"What is the average of {listed}?"


def _per_asked(tokens: list[Token], k: int, question: int) -> bool:
    """Whether ``tokens[k]`` is the 'per' of a 'per <thing>' that is said again from ``question`` on (the story's
    label asked again, or the question's said in the story): what each figure is of, which changes no mean."""
    if tokens[k].word != "per" or tokens[k + 1].kind != "word":
        return False
    thing = tokens[k + 1].word
    return any(
        t.word == "per" and tokens[j + 1].word == thing and j != k for j, t in enumerate(tokens[question:], question)
    )


def _closes(after: Token) -> bool:
    """Whether the list ends where the word after it stands: at a stop, or before a phrase of what or when ('kg of
    usipa', 'this morning'); not before a clause of its own ('... 540 and 3 days were shut')."""
    return after.kind in ("symbol", "end") or after.word in _CLOSING


def _measured_as(question: list[Token], last: Token) -> bool:
    """Whether the measure the question names, if any, is the one the list is in: 'the average weight' of figures
    in kg, never of scores or of seconds; a gain or a loss asked of figures is a second thing, and is declined."""
    unit = lookup(last.text) if last.kind == "word" else None
    for token in question:
        if token.word in _CHANGES:
            return False
        kind = _MEASURES.get(token.word)
        if kind is not None and (unit is None or not unit.dimension.startswith(kind)):
            return False
    return True


def _listed(tokens: list[Token], figures: list[int]) -> tuple[int, int] | None:
    """The span of the one run of figures (see above), with their signs and the unit after the last; None when the
    request's figures are anything else."""
    if len(figures) < _LEAST:
        return None
    signed = tokens[figures[0] - 1].kind == "currency" if figures[0] else False
    for before, after in zip(figures, figures[1:], strict=False):
        between = [t for t in tokens[before + 1 : after] if not (signed and t.kind == "currency")]
        joins = [t.text if t.kind == "symbol" else t.word for t in between]
        if joins not in ([","], ["and"], [",", "and"]):
            return None
    if any(signed != (tokens[k - 1].kind == "currency") for k in figures):
        return None  # a sign on some figures only: two kinds of figure
    begin, end = figures[0] - signed, figures[-1] + 1
    unit = tokens[end]
    if unit.kind == "word" and lookup(unit.text) is not None:
        end += 1
    return begin, end
