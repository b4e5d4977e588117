"""Every given of a word problem typed by what it is: money, a count of a named thing, a rate of one per another.

``read_typed`` takes the givens the calculator's givens reader found (``givens.read_givens``: every number read by
the amount grammar, with the noun it counts) and types each one by the words right around it:

- money, a stretch of time, a length, mass or volume: its own unit ('£624', '3 hours', '25 kg');
- a count of a named thing: '96 jars', '42 children' (people words are one kind, 'people');
- a rate of one per another: '£6.50 a jar', '£18 each' (each of the thing the sentence names, 'articles cost $18
  each'), '12 eggs per box', '40 pages an hour', '£15 an hour', 'packs of 150' (of the one other thing counted),
  '340g jars', 'each gives 25 kg' (per the thing counted just before: '14 hives and each gives 25 kg');
- 'x% of' a given right after it ('18% of £1,250'), or of 'it' when there is only one other given: joined to it as
  one quantity, so a percentage is only ever taken of what it names.

A given it cannot type (a bare number that counts nothing, a percentage of nothing named, a temperature, a thing
'each' that could be several) makes the whole request unread: the reckoning must account for every number.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator.givens import PEOPLE, Given
from servers.tools.calculator.quantities import Measure, is_money, lookup, singular
from servers.tools.calculator.reckoning import kinds
from servers.tools.calculator.reckoning.kinds import Kind
from servers.tools.calculator.tokens import Token
from servers.tools.calculator.trailing_each import each_trails

PHYSICAL = frozenset({"length", "mass", "volume", "area"})
"""Dimensions whose units convert by a fixed factor (km and m, kg and g); time does not (see ``kinds``)."""

CONTAINERS = frozenset(
    "pack packet box case crate carton bag tray roll bundle set tub tin jar bottle sack reel batch pallet can "
    "pot tube bar loaf punnet bucket barrel jug flask".split()
)
"""Things that hold a number of others: 'packs of 150', 'boxes of 12 eggs', '340g jars'."""

_NOT_NOUNS = frozenset(
    "a an and or the in on at for to of from by per each is are was were it this that then more less than total "
    "what how which out minus plus times go pop time trip visit week day month year hour minute".split()
)
_OF_TAKEN = frozenset("the my our your his her their this a an".split())
_EACH_AFTER = (("each",), ("apiece",), ("a", "piece"), ("per", "item"), ("per", "unit"))
_PEOPLE_AFTER = (("a", "head"), ("per", "head"), ("per", "person"), ("a", "person"), ("each", "person"))
_RATE_WORDS = frozenset({"a", "an", "per", "every", "/"})
_CLAUSE_ENDS = frozenset({".", "?", "!", ";", ",", ":", "-"})
_JOINS = frozenset({"and", "but", "so", "while", "then"})
_OWNERS = frozenset("the my our your his her their these those".split())


@dataclass(frozen=True, slots=True)
class Typed:
    """A given typed: ``value`` in its kind's units (base units for physical ones), ``unit`` the one it was said in."""

    value: Fraction
    kind: Kind
    start: int
    end: int
    unit: Measure | None = None
    percent_of: Fraction | None = None  # 'x% of' joined to it: the percentage, shown in the working
    parts: tuple[Typed, ...] = ()  # a line of a bill, '7 yards at ₦9,500 per yard': the two it multiplies


def count_nouns(givens: list[Given]) -> set[str]:
    """The things the givens count ('jar', 'people'), by their singular."""
    return {_noun(g.noun) for g in givens if g.noun}


def read_typed(tokens: list[Token], givens: list[Given], asked_nouns: set[str]) -> list[Typed] | None:
    """Every given typed, percentages joined to what they are of; None when one cannot be typed."""
    if len(_kinds_of_people(tokens)) > 1:
        return None  # '2 adults at £30 each plus £10 per child': people of two kinds are not one count
    nouns = count_nouns(givens) | asked_nouns | _containers(givens)
    wholes = _wholes(tokens, givens)
    if wholes is None:
        return None
    typed: list[Typed | None] = []
    for k, g in enumerate(givens):
        if g.quantity.percent:
            typed.append(None)  # joined below, to the given it is of
            continue
        one = _typed(tokens, givens, k, nouns)
        if one is None and k in wholes.values() and g.quantity.measure is None and not g.noun:
            one = Typed(Fraction(g.quantity.value), kinds.NONE, g.start, g.end)  # '35% of 2300': a plain number
        if one is None:
            return None
        typed.append(one)
    return _joined(givens, typed, wholes)


def _typed(tokens: list[Token], givens: list[Given], k: int, nouns: set[str]) -> Typed | None:
    g = givens[k]
    q = g.quantity
    value = Fraction(q.value)
    if q.measure is None:
        return _count(tokens, givens, k, nouns, value)
    own = _own_kind(q.measure)
    if own is None or value < 0:
        return None
    kind, factor, unit = own
    end = g.end
    if g.per_each:
        thing = _each_thing(tokens, g, nouns)
        return None if thing is None else Typed(value * factor, kinds.per(kind, kinds.count(thing)), g.start, end, unit)
    if q.measure.per is not None:
        each = _each_of_before(tokens, givens, k, nouns) or _each_after(tokens, givens, k)
        if each is not None:  # 'my 3 kids each get £5 a week': £5 a week per kid
            return Typed(value * factor, kinds.per(kind, kinds.count(each[0])), g.start, end, unit)
        stretch = _per_time(tokens, end, q.measure)
        if stretch is not None:  # '€3.20 per metre per day': per each of both
            return Typed(value * factor, kinds.per(kind, kinds.time(stretch.name)), g.start, end + 2, unit)
        then = _per_thing(tokens, end)
        if then is not None:  # '€3.20 per metre per night'
            return Typed(value * factor, kinds.per(kind, kinds.count(then[0])), g.start, then[1], unit)
    if q.measure.per is None:
        stretch = _per_time(tokens, end, q.measure)
        if stretch is not None:  # 'three 12.5 hour shifts a week': 37.5 hours a week
            return Typed(value * factor, kinds.per(kind, kinds.time(stretch.name)), g.start, end + 2, unit)
        per = (
            _per_thing(tokens, end)
            or _at_price(tokens, givens, k)
            or _priced_kind(tokens, givens, k, nouns)
            or _container_after(tokens, end)
            or _each_of_before(tokens, givens, k, nouns)
            or _each_after(tokens, givens, k)
            or _one_named_before(tokens, givens, k, nouns)
            or _priced_container(tokens, givens, k)
            or _one_lap(tokens, givens, k)
        )
        if per is not None:
            kind, end = kinds.per(kind, kinds.count(per[0])), max(end, per[1])
            then = _per_time(tokens, end, q.measure) if per[1] == end else None
            if then is not None:  # '£620 per bus per day'
                return Typed(value * factor, kinds.per(kind, kinds.time(then.name)), g.start, end + 2, unit)
            again = _per_thing(tokens, end) if per[1] == end else None
            if again is not None and again[0] != per[0]:  # '€38 per boat per night'
                return Typed(value * factor, kinds.per(kind, kinds.count(again[0])), g.start, again[1], unit)
            return Typed(value * factor, kind, g.start, end, unit)
        if is_money(q.measure) and each_trails(tokens, end):  # 'cost me G$3,800 fi each cage': one thing's
            return None
    return Typed(value * factor, kind, g.start, end, unit)


LAPS = frozenset({"length", "lap"})
"""What a course is gone round or along in: 'did 64 lengths' of a 25 m pool, '12 laps' of a 400 m track."""


def _one_lap(tokens: list[Token], givens: list[Given], k: int) -> tuple[str, int] | None:
    """'Pool is 25 m and I did 64 lengths': the one distance given, beside a count of laps (or lengths, of a pool),
    is one of them; a second distance ('10 m wide') leaves which open; 'cut 4 lengths' of rope are pieces, not laps."""
    g = givens[k]
    pool = any(t.word in ("pool", "pools") for t in tokens if t.kind == "word")
    measure = g.quantity.measure
    if measure is None or measure.dimension != "length" or measure.per is not None:
        return None
    lengths = [h for h in givens if h.quantity.measure is not None and h.quantity.measure.dimension == "length"]
    laps = {_noun(h.noun) for h in givens if h.noun and h.quantity.measure is None} & (LAPS if pool else {"lap"})
    if len(lengths) != 1 or len(laps) != 1:
        return None
    return next(iter(laps)), g.end


def _at_price(tokens: list[Token], givens: list[Given], k: int) -> tuple[str, int] | None:
    """'7 full grooms at $65', '12 comb sections @ £9.25': a price said with 'at' straight after a count of things
    is the price of one of them, as on a till receipt."""
    g = givens[k]
    if k == 0 or not is_money(g.quantity.measure) or g.quantity.measure.per is not None:
        return None
    if tokens[g.start - 1].word != "at" and tokens[g.start - 1].text != "@":
        return None
    last = givens[k - 1]
    if not last.noun or last.quantity.measure is not None or last.quantity.percent or last.count_per is not None:
        return None
    between = tokens[last.end : g.start - 1]
    if len(between) > 3 or any(t.kind != "word" or t.word in _JOINS or t.word in _NOT_NOUNS for t in between):
        return None  # 'sold 12 jars on Monday at £5': what the price is of is not said next to it
    later = givens[k + 1] if k + 1 < len(givens) else None
    listed = later is not None and all(t.word in ("and", "or") or t.text == "," for t in tokens[g.end : later.start])
    if listed and later is not None and is_money(later.quantity.measure):
        return None  # 'sold 40 jars at £6.50 and £5': two prices, and which jars were sold at which is not said
    return _noun(last.noun), g.end


def _priced_kind(tokens: list[Token], givens: list[Given], k: int, nouns: set[str]) -> tuple[str, int] | None:
    """'Tickets were $18 adult and $12 concession': a price followed by one of a thing counted elsewhere in the
    request ('we sold 212 adult and 95 concession') is the price of each of that thing."""
    g = givens[k]
    if not is_money(g.quantity.measure) or g.quantity.measure.per is not None:
        return None
    named, after = tokens[g.end], tokens[g.end + 1]
    thing = counted_word(named)
    if thing is None or thing not in nouns or named.word != singular(named.word):
        return None
    if not (after.text in _CLAUSE_ENDS or after.kind == "end" or after.word in ("and", "plus")):
        return None  # '$18 adult tickets': the word names what is priced, not one of what is counted
    counted = [h for h in givens if h.noun and h is not g and _noun(h.noun) == thing and h.quantity.measure is None]
    return (thing, g.end + 1) if counted else None


def _own_kind(measure: Measure) -> tuple[Kind, Fraction, Measure] | None:
    """A measure's kind, the factor taking a value in it to that kind's units, and its top unit to show."""
    top = Measure(measure.name, measure.dimension, measure.factor, measure.symbol)
    if measure.per is not None:
        top = Measure(measure.name, measure.dimension, measure.factor * measure.per.factor, measure.symbol)
    found = _plain_kind(top)
    if found is None:
        return None
    kind, factor = found
    if measure.per is not None:
        below = _plain_kind(measure.per)
        if below is None or is_money(measure.per):
            return None
        kind, factor = kinds.per(kind, below[0]), factor / below[1]
    return kind, factor, top


def _plain_kind(measure: Measure) -> tuple[Kind, Fraction] | None:
    if is_money(measure):
        return kinds.base(measure.dimension), measure.factor  # pence are hundredths of the pound
    if measure.dimension == "time":
        return kinds.time(measure.name), Fraction(1)
    if measure.dimension in PHYSICAL:
        return kinds.base(measure.dimension), measure.factor
    return None  # a temperature, a speed's own unit, data: not reckoned here


def _count(tokens: list[Token], givens: list[Given], k: int, nouns: set[str], value: Fraction) -> Typed | None:
    g = givens[k]
    before = g.before
    if not g.noun:
        stretch = _hyphened_time(tokens, g.end)
        if stretch is not None:  # 'a 12-week term': twelve weeks
            return Typed(value, kinds.time(stretch.name), g.start, g.end + 2)
        if len(before) >= 2 and before[-1] == "of" and singular(before[-2]) in CONTAINERS:
            thing = _contents(tokens, g.start - 2, nouns - {singular(before[-2]), "people"})
            if thing is None:
                return None
            return Typed(value, kinds.per(kinds.count(thing), kinds.count(singular(before[-2]))), g.start, g.end)
        return None  # a bare number counts nothing named
    noun = _noun(g.noun)
    kind = kinds.count(noun)
    if g.count_per is not None:
        kind = kinds.per(kind, kinds.time(g.count_per.name))
        each = _each_of_before(tokens, givens, k, nouns) or _one_named_before(tokens, givens, k, nouns)
        if each is not None:  # 'each worker makes 45 widgets an hour'
            kind = kinds.per(kind, kinds.count(each[0]))
        return Typed(value, kind, g.start, g.end)
    if len(before) >= 2 and before[-1] == "of" and singular(before[-2]) in CONTAINERS:
        return Typed(value, kinds.per(kind, kinds.count(singular(before[-2]))), g.start, g.end)  # 'a box of 12 eggs'
    per = (
        _per_thing(tokens, g.end)
        or _each_of_before(tokens, givens, k, nouns)
        or _each_after(tokens, givens, k)
        or _one_named_before(tokens, givens, k, nouns)
        or _each_named_after(tokens, g, nouns)
    )
    if per is not None:
        if per[0] == noun:
            return None
        return Typed(value, kinds.per(kind, kinds.count(per[0])), g.start, max(g.end, per[1]))
    return Typed(value, kind, g.start, g.end)


def _hyphened_time(tokens: list[Token], i: int) -> Measure | None:
    """'12-week term', '3-day course': a number joined by a hyphen to a unit of time names that long a stretch."""
    if tokens[i].text != "-" or tokens[i + 1].kind != "word" or tokens[i + 2].kind != "word":
        return None
    unit = lookup(tokens[i + 1].word, short=False)
    if unit is None or unit.dimension != "time" or unit.per is not None:
        return None
    return unit if tokens[i + 1].word == singular(tokens[i + 1].word) else None


def _contents(tokens: list[Token], container: int, nouns: set[str]) -> str | None:
    """What 'packs of 150' hold: the thing counted elsewhere that its clause names ('the books come in packs of
    10'), or with no thing named there ('they come in packs of 150'), the one other thing counted; None when the
    clause names something else ('envelopes come in packs of 50' for 600 letters)."""
    named: set[str] = set()
    i = container - 1
    while i >= 0 and tokens[i].text not in _CLAUSE_ENDS:
        thing = counted_word(tokens[i])
        if thing is not None and tokens[i].word != singular(tokens[i].word):
            named.add(thing)
        i -= 1
    if named:
        return next(iter(named)) if len(named) == 1 and named <= nouns else None
    return next(iter(nouns)) if len(nouns) == 1 else None


_VES = {"loave": "loaf", "shelve": "shelf", "leave": "leaf", "knive": "knife", "halve": "half", "calve": "calf",
        "wolve": "wolf", "scarve": "scarf", "wive": "wife", "thieve": "thief"}  # fmt: skip
"""'loaves' read as 'loave' by the plain singular: the one noun the request names as 'a loaf'."""


def _priced_container(tokens: list[Token], givens: list[Given], k: int) -> tuple[str, int] | None:
    """'a pack of 6 rolls costs £2.40': the price of the container named with what it holds, in one clause."""
    if k == 0 or not is_money(givens[k].quantity.measure):
        return None
    last = givens[k - 1]
    if len(last.before) < 2 or last.before[-1] != "of" or singular(last.before[-2]) not in CONTAINERS:
        return None
    if any(t.text in _CLAUSE_ENDS or t.word in _JOINS for t in tokens[last.end : givens[k].start]):
        return None
    return singular(last.before[-2]), givens[k].end


def _containers(givens: list[Given]) -> set[str]:
    """Containers named with what they hold ('a pack of 6 rolls'): things one may be asked to count or price."""
    return {singular(g.before[-2]) for g in givens if g.before[-1:] == ("of",) and len(g.before) >= 2} & CONTAINERS


_GENERIC_PEOPLE = frozenset("people persons person us of_us ways everyone everybody head heads".split())
_PEOPLE_ONE = {"children": "child", "kids": "child", "kid": "child"}


def _kinds_of_people(tokens: list[Token]) -> set[str]:
    """The kinds of people a request names ('adult', 'child'), each read as people by the givens."""
    named: set[str] = set()
    for t in tokens:
        if t.kind == "end":
            break
        if t.word in PEOPLE and t.word not in _GENERIC_PEOPLE:
            named.add(_PEOPLE_ONE.get(t.word) or singular(t.word))
    return named


def _noun(word: str) -> str:
    if word in PEOPLE or word == "people":
        return "people"
    one = singular(word)
    return _VES.get(one, one)


def asked_word(tokens: list[Token], i: int) -> str | None:
    """The thing counted by the words from ``i`` ('jars', 'laptop stands' -> 'stand', 'full jars' -> 'jar')."""
    while tokens[i].word in _SKIPPED:
        i += 1
    if tokens[i].word == singular(tokens[i].word) and counted_word(tokens[i + 1]) is not None:
        if tokens[i + 1].word != singular(tokens[i + 1].word):
            i += 1  # a word saying which kind, then the things
    return counted_word(tokens[i])


_SKIPPED = frozenset("full whole complete individual separate single new more".split())


def counted_word(token: Token) -> str | None:
    """The thing a word counts ('jars' -> 'jar', 'guests' -> 'people'), or None for a unit or a little word."""
    word = token.word
    if token.kind != "word" or not word.isalpha() or word in _NOT_NOUNS or lookup(word, short=False) is not None:
        return None
    return _noun(word)


def _per_thing(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """'a jar', 'per box', '/kg' is not (a unit), 'a head': the thing a rate is per, right after it."""
    for phrase in _PEOPLE_AFTER:
        if all(tokens[i + n].word == w for n, w in enumerate(phrase)):
            return "people", i + len(phrase)
    if tokens[i].word in _RATE_WORDS or tokens[i].text == "/":
        thing = counted_word(tokens[i + 1])
        if thing is not None and tokens[i + 1].word == singular(tokens[i + 1].word):
            return thing, i + 2  # 'a jar', 'per box': one of it, not 'a jars'
    return None


def _per_time(tokens: list[Token], i: int, measure: Measure) -> Measure | None:
    """'a week', 'per day' right after an amount with no rate of its own: the stretch it is per."""
    if tokens[i].word not in ("a", "an", "per", "every") or tokens[i + 1].kind != "word":
        return None
    per = lookup(tokens[i + 1].word, short=False)
    if per is None or per.dimension != "time" or per.per is not None:
        return None
    return None if measure.dimension == "time" and per.factor <= measure.factor else per


def _container_after(tokens: list[Token], i: int) -> tuple[str, int] | None:
    """'340g jars', '500 ml bottles': a size per container named right after it, in the plural."""
    word = tokens[i].word
    if tokens[i].kind == "word" and singular(word) != word and singular(word) in CONTAINERS:
        return singular(word), i + 1
    return None


def _each_of_before(tokens: list[Token], givens: list[Given], k: int, nouns: set[str]) -> tuple[str, int] | None:
    """'14 hives and each gives 25 kg', '28 pupils and each one needs 3 books', 'each of the 6 shelves holds 40
    books': per the thing counted by the given just before, 'each' said of it."""
    g = givens[k]
    if k == 0:
        return None
    last = givens[k - 1]
    if not last.noun or last.quantity.measure is not None or last.quantity.percent:
        return None
    if last.before[-2:] == ("each", "of") or last.before[-3:-1] == ("each", "of") and last.before[-1] in _OWNERS:
        between = tokens[last.end : g.start]
        return (_noun(last.noun), g.end) if not any(t.text in _CLAUSE_ENDS for t in between) else None
    i = g.start - 1
    while i > last.end and g.start - i <= 5 and tokens[i].text not in _CLAUSE_ENDS:
        if tokens[i].word == "each":
            break
        i -= 1
    if tokens[i].word != "each" or tokens[i + 1].word == "of" or counted_word(tokens[i + 1]) in nouns:
        return None  # 'each box holds 12': each of the box, read by ``_one_named_before``
    return _noun(last.noun), g.end


def _one_named_before(tokens: list[Token], givens: list[Given], k: int, nouns: set[str]) -> tuple[str, int] | None:
    """'each box holds 12 cupcakes', 'a roll of tape is £1.80': per one of a thing counted elsewhere in the
    request, named before the amount in its clause."""
    g = givens[k]
    low = givens[k - 1].end if k > 0 else 0
    i = g.start - 1
    own = _noun(g.noun) if g.noun else ""
    while i >= low and g.start - i <= 6 and tokens[i].text not in _CLAUSE_ENDS and tokens[i].word not in _JOINS:
        one = tokens[i].word in ("each", "every", "a", "an") or tokens[i].text.lower() == "one"
        for named in (tokens[i + 1], tokens[i + 2]):  # 'each bouquet', 'each laptop stand'
            thing = counted_word(named)
            if one and thing in nouns and thing != own and named.word == singular(named.word):
                return thing or "", g.end
        i -= 1
    return None


def _each_named_after(tokens: list[Token], g: Given, nouns: set[str]) -> tuple[str, int] | None:
    """'8 chairs go round each table': per one of a thing counted elsewhere, named after 'each' later in the
    clause."""
    own = _noun(g.noun)
    for i in range(g.end, g.end + 4):
        if tokens[i].text in _CLAUSE_ENDS or tokens[i].kind != "word" or tokens[i].word in ("and", "but", "so"):
            return None  # 'and each box holds ...' says what the next clause counts
        thing = counted_word(tokens[i + 1])
        one = tokens[i].word in ("each", "every", "per") or tokens[i].word in ("a", "an") and tokens[i - 1].word == "in"
        if one and thing in nouns and thing != own:  # 'go round each table', '6 bottles in a case'
            return thing or "", i + 2
    return None


def _each_after(tokens: list[Token], givens: list[Given], k: int) -> tuple[str, int] | None:
    """'12 tables seat 8 people each': a count each of the thing counted just before, in the same clause."""
    g = givens[k]
    if tokens[g.end].word != "each" or k == 0 or tokens[g.end + 1].kind == "word" and tokens[g.end + 1].word == "of":
        return None
    counted = [j for j in range(k - 1, -1, -1) if givens[j].noun and givens[j].quantity.measure is None]
    last = givens[counted[0] if counted else k - 1]  # '14 stewards at £12 an hour for 9 hours each': per steward
    if not last.noun or last.quantity.measure is not None or any(t.text in ".?!;" for t in tokens[last.end : g.start]):
        return None
    return _noun(last.noun), g.end + 1


def _each_thing(tokens: list[Token], g: Given, nouns: set[str]) -> str | None:
    """What an amount 'each' is each of: 'per head' of people; 'articles cost $18 each' of the articles named
    before it that are counted or asked about; otherwise the one thing counted in the request, or None."""
    for phrase in _PEOPLE_AFTER:
        if all(tokens[g.end - len(phrase) + n].word == w for n, w in enumerate(phrase)):
            return "people"
    named = [_noun(w) for w in g.before if w.isalpha() and w not in _NOT_NOUNS and lookup(w, short=False) is None]
    known = [w for w in named if w in nouns]
    if known:
        return known[-1]
    if any(w != singular(w) for w in g.before if w.isalpha() and w not in _NOT_NOUNS and w not in PEOPLE):
        return None  # 'pens are $2 each' with 30 students: whether each student gets a pen is not said
    return next(iter(nouns)) if len(nouns) == 1 else None


def _wholes(tokens: list[Token], givens: list[Given]) -> dict[int, int] | None:
    """Each percentage's index with the index of the given it is 'of'; None when one is of nothing given."""
    wholes: dict[int, int] = {}
    for k, g in enumerate(givens):
        if not g.quantity.percent:
            continue
        whole = _of_index(tokens, givens, k)
        if whole is None or whole in wholes.values() or givens[whole].quantity.percent:
            return None
        wholes[k] = whole
    return wholes


def _joined(givens: list[Given], typed: list[Typed | None], wholes: dict[int, int]) -> list[Typed]:
    """Each percentage joined to the given it is 'of' ('18% of £1,250', '35% of it')."""
    joined: dict[int, Typed] = {}
    for k, whole in wholes.items():
        base = typed[whole]
        assert base is not None
        share = Fraction(givens[k].quantity.value)
        joined[whole] = Typed(base.value * share, base.kind, base.start, base.end, base.unit, share)
    return [joined.get(k, one) for k, one in enumerate(typed) if one is not None]


def _of_index(tokens: list[Token], givens: list[Given], k: int) -> int | None:
    g = givens[k]
    if tokens[g.end].word != "of":
        return None
    i = g.end + 1
    if tokens[i].word in ("it", "that", "this") and len(givens) == 2:
        return 1 - k  # '35% of it': of the one other given there is
    while tokens[i].word in _OF_TAKEN and i < g.end + 3:
        i += 1
    nxt = k + 1
    return nxt if nxt < len(givens) and givens[nxt].start == i else None
