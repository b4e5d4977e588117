"""Word problems as frames: typed slots introduced by marker words, inside a closed vocabulary.

A frame reads a request left to right. At each point it expects one of four things:

* an option phrase ("compounded monthly", "population") that sets a flag;
* a slot: optional marker words ("at", "for", "split between"), an optional article, a quantity that the
  expression grammar reads ("$5,000", "4%", "10 years", "(120 + 45)"), and optional nouns after it
  ("people", "tip") — the marker, the quantity's kind and the nouns together decide which slot it fills;
* a filler word from the frame's vocabulary ("if", "invest", "how", "much", "will", "I", "have");
* punctuation.

Anything else is not understood, and the frame fails at that token — so a frame accounts for every word of the
request or does not answer. Fillers carry no numbers and no operations: the meaning comes only from slots and
options, each filled at most once. A frame whose every number is typed by its slot (a principal, a rate, a term)
may also let pass the open-class words of a story (``passes``: 'Cattle note for $60,000', 'a van loan'), which
name things and change nothing in its sum; the words that could change it are a closed class, still read or
refused.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from functools import cached_property

from servers.tools.calculator.expression import Evaluation, Node, Number
from servers.tools.calculator.grammar import NotUnderstood, Parser
from servers.tools.calculator.quantities import Measure, Quantity, lookup
from servers.tools.calculator.tokens import Token

PUNCTUATION = frozenset({",", ".", "?", ":", ";", "!", "-", "—", "(", ")"})
ARTICLES = ("a", "an", "the")
QUESTION_WORDS = frozenset(
    "what what's whats is are was were how much the a an and then so if i we you my our me it that this be will "
    "would does do did can could please tell find work out calculate compute its their his her they them u we're i'm "
    "everyone everybody".split()
)
"""Words of asking that any frame may contain; none of them changes what is asked."""


@dataclass(frozen=True)
class Slot:
    """One quantity a frame needs. ``kind`` is checked on the value; ``nouns`` may follow it ('4 people')."""

    name: str
    kind: str  # amount, money, percent, duration, count, length, speed, measure, number
    markers: tuple[str, ...] = ()  # phrases, e.g. "at", "split between"
    nouns: tuple[str, ...] = ()
    bare: bool = True  # may be filled without a marker
    needs_noun: bool = False  # a bare value fills it only when one of its nouns follows

    @property
    def marker_words(self) -> list[tuple[str, ...]]:
        return sorted((tuple(m.split()) for m in self.markers), key=len, reverse=True)


@dataclass
class Reading:
    """What a frame read: slot values (and the trees they came from), options set, and the order of slots."""

    values: dict[str, Quantity] = field(default_factory=dict[str, Quantity])
    nodes: dict[str, Node] = field(default_factory=dict[str, Node])
    options: set[str] = field(default_factory=set[str])
    order: list[str] = field(default_factory=list[str])
    markers: dict[str, tuple[str, ...]] = field(default_factory=dict[str, tuple[str, ...]])
    mentioned: list[str] = field(default_factory=list[str])  # slots whose nouns occur somewhere in the request
    at: dict[str, int] = field(default_factory=dict[str, int])  # where each slot's phrase starts
    goods: dict[str, str] = field(default_factory=dict[str, str])  # what a measured amount is of ('flour')


@dataclass(frozen=True)
class Frame:
    slots: tuple[Slot, ...]
    fillers: frozenset[str]
    options: dict[str, str] = field(default_factory=dict[str, str])  # phrase -> option name
    item_nouns: bool = False  # a money amount may be followed by what it buys ('a $120 jacket')
    goods: bool = False  # a measured amount may say what it measures ('5 pounds of beef')
    verbs: tuple[str, ...] = ()
    """Verbs a named subject may stand right before: 'the town grew', 'sneakers were', 'the coat is'."""
    named_later: bool = False  # a subject may be named after an amount ('... 42 mpg. My sister lives 315 miles away')
    passes: Callable[[Token], bool] | None = None
    """Words outside the vocabulary the frame lets pass: only a frame none of whose sums a story's noun or verb can
    change (``inert.inert``, for interest on a principal)."""

    def read(self, tokens: list[Token], start: int) -> Reading:
        """Read ``tokens[start:]`` into slots; NotUnderstood at the first token that fits nowhere."""
        reading = Reading()
        vocabulary = self._vocabulary
        mentioned = {t.word for t in tokens[start:] if t.word}
        reading.mentioned = [s.name for s in self.slots if any(n in mentioned for n in s.nouns)]
        i = start
        subject_named = False
        while tokens[i].kind != "end":
            matched = self._option_at(tokens, i)
            if matched is not None:
                phrase, option = matched
                reading.options.add(option)
                i += len(phrase)
                continue
            after = self._slot_at(tokens, i, reading)
            if after is not None:
                i = after
                continue
            token = tokens[i]
            if token.text in PUNCTUATION or token.text.lower() in vocabulary or token.word in QUESTION_WORDS:
                i += 1
                continue
            if self.passes is not None and self.passes(token):
                i += 1
                continue
            named = (
                None
                if subject_named or not (self.named_later or _all_percent(reading))
                else self._named_item(tokens, i)
            )
            if named is not None:  # what the problem is about is named once, before its amounts
                subject_named = True
                i = named
                continue
            raise NotUnderstood(i, "a word this kind of problem uses")
        return reading

    @cached_property
    def _vocabulary(self) -> frozenset[str]:
        return self.fillers | {w for s in self.slots for p in (*s.markers, *s.nouns) for w in p.split()}

    @cached_property
    def _options_by_word(self) -> dict[str, list[tuple[int, tuple[str, ...], str]]]:
        """The option phrases by their first word, each with its rank (the longest phrases first)."""
        ranked = sorted(((tuple(p.split()), o) for p, o in self.options.items()), key=lambda x: -len(x[0]))
        index: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
        for rank, (phrase, option) in enumerate(ranked):
            index.setdefault(phrase[0], []).append((rank, phrase, option))
        return index

    def _option_at(self, tokens: list[Token], i: int) -> tuple[tuple[str, ...], str] | None:
        """The longest option phrase at ``tokens[i]``; only phrases starting with that word are tried."""
        token = tokens[i]
        index = self._options_by_word
        candidates = index.get(token.word, [])
        if token.text != token.word:
            candidates = sorted([*candidates, *index.get(token.text, [])])
        for _, phrase, option in candidates:
            if _words_at(tokens, i, phrase):
                return phrase, option
        return None

    def _slot_at(self, tokens: list[Token], i: int, reading: Reading) -> int | None:
        open_slots = [s for s in self.slots if s.name not in reading.values]
        marker: tuple[str, ...] = ()
        marked: list[Slot] = []
        for slot in open_slots:
            for words in slot.marker_words:
                if _words_at(tokens, i, words) and len(words) >= len(marker):
                    marked = [*marked, slot] if words == marker else [slot]
                    marker = words
        found = self._quantity(tokens, _skip_articles(tokens, i + len(marker)))
        if found is None and marker:
            found = _one_unit(tokens, i + len(marker))
        if found is None:
            return None  # a marker word with no number after it may still be a filler
        node, value, end = found
        reading.at[""], goods_end = i, self._goods(tokens, end, value)
        if goods_end > end:
            reading.goods[""] = " ".join(t.word for t in tokens[end + 1 : goods_end])
            end = goods_end
        fitting = [s for s in open_slots if _fits(s, value)]
        for slot in fitting:  # a noun after the value decides first: "4 people", "18% tip"
            after = _noun_end(tokens, end, slot)
            if after is not None:
                return _fill(reading, slot, node, value, marker, after)
        named = [s for s in fitting if s.name in reading.mentioned and s.needs_noun and s.bare]
        chosen = (
            next((s for s in fitting if s in marked), None)
            or next((s for s in fitting if s.bare and not s.needs_noun), None)
            or (named[0] if len(named) == 1 else None)  # "the tip on $45 at 18%": the only kind named
        )
        if chosen is None:
            raise NotUnderstood(i, "a number this kind of problem uses")
        return _fill(reading, chosen, node, value, marker if chosen in marked else (), self._item(tokens, end, value))

    def _item(self, tokens: list[Token], i: int, value: Quantity) -> int:
        """After a money amount, up to three words may name what it buys: 'a $120 jacket', 'the £1,260 Christmas
        bonus pot'."""
        if not (self.item_nouns and value.measure is not None and value.measure.symbol):
            return i
        j = i
        while j < i + 3 and tokens[j].kind == "word" and tokens[j].word.isalpha() and self._free(tokens[j]):
            j += 1
        return j

    def _goods(self, tokens: list[Token], i: int, value: Quantity) -> int:
        """After a measured amount, 'of' and up to two words may say what it measures: '3 cups of flour'."""
        if not (self.goods and value.measure is not None and not value.measure.symbol and tokens[i].word == "of"):
            return i
        j = i + 1
        while j < i + 3 and tokens[j].kind == "word" and tokens[j].word.isalpha() and self._free(tokens[j]):
            j += 1
        return j if j > i + 1 else i

    def _named_item(self, tokens: list[Token], i: int) -> int | None:
        """Up to three words may name what the problem is about, directly before one of the frame's verbs: 'a
        jacket costs $120', 'my electricity bill went from', 'sneakers were 110'. Only there, at least one of them
        a word the frame does not know, and none a marker, a slot's noun or an option — words that carry no number
        or operation — so a stray word elsewhere is still not understood."""
        verbs = (*self.verbs, *(("costs", "cost", "is priced") if self.item_nouns else ()))
        if not verbs:
            return None
        for j in range(i + 1, i + 4):
            word = tokens[j - 1]
            if not (word.kind == "word" and word.word.isalpha() and self._nameable(word)):
                return None
            if any(_words_at(tokens, j, tuple(v.split())) for v in verbs) and any(self._free(t) for t in tokens[i:j]):
                return j
        return None

    def _quantity(self, tokens: list[Token], i: int) -> tuple[Node, Quantity, int] | None:
        token, after = tokens[i], tokens[min(i + 1, len(tokens) - 1)]
        share = _share_off(tokens, i)
        if share is not None:
            return share
        if token.kind not in ("number", "currency"):
            if token.text not in ("(", "-") or after.kind not in ("number", "currency") and after.text != "(":
                return None  # a dash between clauses is punctuation, not a minus sign
        parser = Parser(tokens, i, relations=False)
        node = parser.unary()
        return node, Evaluation().value(node), parser.i

    def _nameable(self, token: Token) -> bool:
        """A word that may be part of a subject's name: a filler or a free word, but no marker, noun or option."""
        word = token.word
        if any(word in p.split() for p in self.options):
            return False
        return not any(word in m.split() for s in self.slots for m in (*s.markers, *s.nouns))

    def _free(self, token: Token) -> bool:
        """A word that may name a purchase: not part of this frame's vocabulary."""
        word = token.word
        if word in self.fillers or word in ARTICLES or any(word in p.split() for p in self.options):
            return False
        return not any(word in m.split() for s in self.slots for m in (*s.markers, *s.nouns))


def _one_unit(tokens: list[Token], i: int) -> tuple[Node, Quantity, int] | None:
    """'for a year', 'in an hour' after a marker: one of the unit."""
    if tokens[i].word not in ("a", "an", "one") or tokens[i + 1].kind != "word":
        return None
    measure = lookup(tokens[i + 1].text, short=False)
    if measure is None or measure.symbol or tokens[i + 2].word in ("per", "/"):
        return None
    q = Quantity(Fraction(1), measure)
    return Number(q, f"1 {measure.name}"), q, i + 2


def _all_percent(reading: Reading) -> bool:
    """Whether every value read so far is a percentage: 'after a 20% discount a shirt costs $48' names its subject
    after the percentage, but never after an amount."""
    return all(q.percent for q in reading.values.values())


def _share_off(tokens: list[Token], i: int) -> tuple[Node, Quantity, int] | None:
    """A fraction taken off a price, read as the percentage it is: '1/3 off', 'half off' (33⅓%, 50%)."""
    token, slash, under, off = (tokens[min(i + k, len(tokens) - 1)] for k in range(4))
    if token.word == "half" and slash.word == "off":
        share, end = Fraction(1, 2), i + 1
    elif (
        token.kind == "number"
        and slash.text == "/"
        and under.kind == "number"
        and off.word == "off"
        and token.value.denominator == under.value.denominator == 1
        and 0 < token.value < under.value
    ):
        share, end = token.value / under.value, i + 3
    else:
        return None
    q = Quantity(share, percent=True)
    return Number(q, f"{share.numerator}/{share.denominator}"), q, end


def _noun_end(tokens: list[Token], i: int, slot: Slot) -> int | None:
    for noun in sorted((tuple(n.split()) for n in slot.nouns), key=len, reverse=True):
        if _words_at(tokens, i, noun):
            return i + len(noun)
    return None


def _fits(slot: Slot, q: Quantity) -> bool:
    measure = q.measure
    match slot.kind:
        case "percent":
            return q.percent
        case "money":
            return measure is not None and bool(measure.symbol) and measure.per is None
        case "amount":
            return not q.percent and (measure is None or bool(measure.symbol) and measure.per is None)
        case "count":
            return measure is None and not q.percent and q.value > 0 and Fraction(q.value).denominator == 1
        case "number":
            return measure is None and not q.percent
        case "duration":
            return measure is not None and measure.dimension == "time" and measure.per is None
        case "length":
            return measure is not None and measure.dimension == "length" and measure.per is None
        case "speed":
            return measure is not None and measure.key == "length per time"
        case "measure":
            return measure is not None and measure.per is None and not measure.symbol
        case "value":
            return not q.percent
        case "rate":
            return measure is not None and measure.per is not None
        case "volume":
            return measure is not None and measure.dimension == "volume" and measure.per is None
        case "economy":
            return measure is not None and measure.key in ("length per volume", "volume per length")
        case "extent":
            return measure is not None and measure.per is None and not measure.symbol
        case _:
            return False


def _fill(reading: Reading, slot: Slot, node: Node, value: Quantity, marker: tuple[str, ...], end: int) -> int:
    reading.at[slot.name] = reading.at.pop("")
    if "" in reading.goods:
        reading.goods[slot.name] = reading.goods.pop("")
    reading.values[slot.name] = value
    reading.nodes[slot.name] = node
    reading.order.append(slot.name)
    reading.markers[slot.name] = marker
    return end


def _words_at(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    if i + len(words) > len(tokens):
        return False
    return all(tokens[i + k].word == w or tokens[i + k].text == w for k, w in enumerate(words))


def _skip_articles(tokens: list[Token], i: int) -> int:
    while tokens[i].word in ARTICLES:
        i += 1
    return i


def names_unit_of(tokens: list[Token], start: int, dimension: str) -> bool:
    """Whether ``tokens[start:]`` name a unit of ``dimension`` (a rate's top counts: 'mph' names a length).

    A frame that needs a quantity in such a unit cannot read a request that names none, so it need not try:
    reading slots parses expressions at every number, which for plain arithmetic is most of the work.
    """
    rest = tokens[start:]
    for i in range(len(rest)):
        for width in (1, 2, 3):  # a unit is up to three words, as the grammar reads it
            if i + width > len(rest) or rest[i + width - 1].kind != "word":
                break
            measure = _unit(" ".join(t.text for t in rest[i : i + width]), width == 1)
            if measure is not None and measure.dimension == dimension:
                return True
    return False


@functools.lru_cache(maxsize=4096)
def _unit(phrase: str, short: bool) -> Measure | None:
    return lookup(phrase, short=short)


def has_word(tokens: list[Token], start: int, *words: str) -> bool:
    """Whether any of ``words`` (single words or phrases) occurs in ``tokens[start:]`` — a frame's trigger."""
    present = {t.text.lower() for t in tokens[start:]}
    phrases = [tuple(w.split()) for w in words if w.split()[0] in present]
    if not phrases:
        return False
    firsts = {p[0] for p in phrases}
    return any(
        _words_at(tokens, i, p) for i in range(start, len(tokens)) if tokens[i].text.lower() in firsts for p in phrases
    )
