"""A word problem read as what it gives and what it asks: quantities with what they count, and a target.

The phrasing around the numbers is not matched; the numbers are. Every number in the request becomes a
``Given`` — a quantity read by the same amount grammar as everything else (``$96``, ``42 litres``, ``$52,000 a
year``, ``1.5 hours``, ``25%``), or a count of what the word after it names (``three friends``, ``4 of us``) —
with the few words before it that say what it is doing (``from``, ``to``, ``off``, ``tax``). A number that
cannot be read that way makes the whole request unreadable here, so no number is ever left out of an answer.

The question is read for its ``Target``: the measure asked for (money, litres, km, a speed) and what it is per
(``per month``, ``per 100 km``, ``each``), from the words left over once the givens are read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

from servers.tools.calculator.amounts import AmountReader
from servers.tools.calculator.count_verbs import COUNT_VERBS, tells_amount
from servers.tools.calculator.each_given import CLAUSE_ENDS, priced_each, pronoun_one
from servers.tools.calculator.expression import Evaluation, Node
from servers.tools.calculator.kept_readings import read_once
from servers.tools.calculator.per_phrases import measure_of_goods, per_unit
from servers.tools.calculator.periods import ADJECTIVES, ADVERBS, named_period, per_quarter, periodic_after
from servers.tools.calculator.quantities import Measure, Quantity, is_money, lookup, rate, singular
from servers.tools.calculator.reader import NotUnderstood
from servers.tools.calculator.said_rates import asked_goods, count_per_said, times_a
from servers.tools.calculator.signs import signed
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

MAX_GIVENS = 8  # a word problem with more numbers than this is not one the reader should guess at

PEOPLE = frozenset(
    "people persons person friends friend guests guest kids children child students student roommates roommate "
    "colleagues colleague coworkers coworker workers worker players player members member adults adult siblings "
    "us of_us ways kid pupils pupil employees employee teammates teammate passengers passenger flatmates flatmate "
    "housemates housemate diners diner lads mates guys blokes".split()
)
"""Nouns that count the people a sum is shared among ('three friends', '4 of us', 'split 3 ways', 'five lads')."""

_EACH = (
    ("each", "one"), ("each", "person"), ("per", "person"), ("per", "head"), ("a", "head"), ("each",), ("apiece",),
    ("a", "piece"), ("everyone",), ("everybody",), ("each", "of", "us"), ("each", "of", "them"),
)  # fmt: skip
_EACH_FIRST = frozenset(phrase[0] for phrase in _EACH)
_NOT_NOUNS = frozenset(
    "a an and or the in on at for to of from by per each is are was were it this that then more less than total "
    "what how which out minus plus times today yesterday tonight tomorrow between among amongst now currently nowadays "
    "ago last".split()
)


@dataclass(frozen=True, slots=True)
class Given:
    """One number of the request with what it counts: ``noun`` names a plain count ('friends'), ``per_each`` marks
    a price each ('$20 each'), ``before`` holds up to four lowercase words before it within its clause."""

    quantity: Quantity
    start: int
    end: int
    noun: str = ""
    per_each: bool = False
    goods: str = ""  # what a measure measures: 'fuel' in '42 litres of fuel'
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    count_per: Measure | None = None  # the time a count is per: '360 loaves a week'


@dataclass(frozen=True, slots=True)
class Target:
    """What the question asks for: ``top`` a measure (or None: whatever the givens are in), ``per`` the unit it is
    per with its ``scale`` ('per 100 km'), or ``each`` for a share of a counted group."""

    top: Measure | None = None
    per: Measure | None = None
    scale: Fraction = Fraction(1)
    each: bool = False
    money: bool = False  # the question asks for an amount of money ('how much does each owe', 'the price')
    span: tuple[int, int] = (0, 0)  # the tokens of the 'per ...' phrase, whose number is not a given


def givens_or_none(tokens: list[Token], start: int, count: int | None = None) -> list[Given] | None:
    """``read_givens``, or None when a number cannot be read as a quantity or (with ``count``) there are not exactly
    ``count`` of them: how a reader says the request is not of its kind, and leaves it to the others."""
    try:
        givens = read_givens(tokens, start)
    except NotUnderstood:
        return None
    return givens if count is None or len(givens) == count else None


@read_once
def read_givens(tokens: list[Token], start: int, skip: tuple[int, int] = (0, 0), *, rates: bool = False) -> list[Given]:
    """Every number from ``start`` as a Given, in order; NotUnderstood when one cannot be read as a quantity.
    ``rates`` reads every rate a reading by units can scale: a count for each unit of a measure other than time
    ('23.5 tons per acre'), an amount so many times a period ('1 gallon twice a day') and a rate each one of them
    has ('78 lbs a day each'), when the request counts things to scale them by; for the other readers the first is
    not understood and the others are amounts with their words after them."""
    givens: list[Given] = []
    i = start
    while tokens[i].kind != "end":
        if skip[0] <= i < skip[1]:
            i = skip[1]
            continue
        token = tokens[i]
        if token.kind in ("clock", "date", "ordinal"):
            raise NotUnderstood(i, "amounts, not clock times or dates")
        if token.kind not in ("number", "currency") or pronoun_one(tokens, i):
            i += 1
            continue
        given = _sized_count(tokens, i) or _given_at(tokens, i, rates)
        if signed(tokens, i):  # '-4 °F outside': the number is below zero, not 4 with a dash before it
            given = replace(given, quantity=replace(given.quantity, value=-given.quantity.value), start=i - 1)
        givens.append(given)
        if len(givens) > MAX_GIVENS:
            raise ToolInputError(f"the problem has more than {MAX_GIVENS} numbers; give them a few at a time")
        i = given.end
    if rates and not any(g.noun for g in givens):  # a rate is scaled here only by things counted beside it
        return read_givens(tokens, start, skip)
    return givens


def _sized_count(tokens: list[Token], i: int) -> Given | None:
    """'three 12.5 hour shifts', 'two 500 ml bottles': so many things of one size, the whole of them (37.5 hours,
    1,000 ml); None when the number at ``i`` is not such a count."""
    count = tokens[i]
    if count.kind != "number" or tokens[i + 1].kind != "number" or count.value is None or count.value <= 0:
        return None
    if Fraction(count.value).denominator != 1 or tokens[i + 1].text.lower() == "one":
        return None
    size = _given_at(tokens, i + 1)
    measure = size.quantity.measure
    thing = tokens[size.end]
    if measure is None or measure.per is not None or size.quantity.percent or is_money(measure):
        return None
    if thing.kind != "word" or not thing.word.isalpha() or singular(thing.word) == thing.word:
        return None  # the things must be named, in the plural, right after their size
    if lookup(thing.word, short=False) is not None or thing.word in PEOPLE:
        return None
    whole = Quantity(Fraction(count.value) * Fraction(size.quantity.value), measure)
    end = size.end + 1
    return Given(whole, i, end, before=_words_before(tokens, i), after=_words_after(tokens, end))


def _given_at(tokens: list[Token], i: int, rates: bool = False) -> Given:
    reader = AmountReader(tokens, i + 1 if tokens[i].kind == "number" else i)
    node: Node = reader.number(tokens[i]) if tokens[i].kind == "number" else reader.currency_amount()
    quantity = Evaluation().value(node)
    end = reader.i
    if tokens[end].text == "%" or tokens[end].word == "percent":
        if quantity.measure is not None or quantity.percent:
            raise NotUnderstood(end, "a percentage of a plain number")
        quantity, end = Quantity(quantity.value / 100, percent=True), end + 1
    elif tokens[end].word == "per" and tokens[end + 1].word == "cent" and quantity.measure is None:
        quantity, end = Quantity(quantity.value / 100, percent=True), end + 2
    noun = ""
    per_each = False
    goods_word = ""
    count_per: Measure | None = None
    if quantity.measure is None and not quantity.percent:
        noun, end = _count_noun(tokens, end)
        if not noun and i > 0 and tokens[i - 1].word in _SERVES:
            noun = "people"  # 'the recipe serves 4': a count of people, said by the verb
        if noun and noun != "people":
            count_per, end = count_per_said(tokens, end, rates)
    elif quantity.measure is not None and quantity.measure.per is None:
        quantity = named_period(tokens, i, quantity)
        quantity, end = per_quarter(tokens, end, quantity)
        quantity, end = _per_scaled(tokens, end, quantity)
        quantity, end = _time_per_time(tokens, end, quantity)
        goods = _goods(tokens, end)
        goods_word = tokens[goods - 1].word if goods > end and tokens[goods - 2].word == "of" else ""
        if goods > end and quantity.measure is not None and quantity.measure.per is None:
            quantity, end = _rate_after_goods(tokens, goods, quantity)  # '2 litres of water a day'
            if end == goods:  # '1.5 lbs of powder per 2 gallons of water': per so much of what it is mixed into
                quantity, scaled = _per_scaled(tokens, goods, quantity)
                end = end if scaled == goods else _goods(tokens, scaled)
        end = max(end, goods)
        if rates and quantity.measure is not None and quantity.measure.per is None:
            quantity, end = times_a(tokens, end, quantity)
        each = _each_at(tokens, end)
        if each is not None and is_money(quantity.measure):
            per_each, end = True, each
            if quantity.measure.per is None:
                quantity, end = _rate_after_goods(tokens, end, quantity)  # '$35 each per day': each one's daily rate
    measure = quantity.measure
    if (
        rates
        and measure is not None
        and measure.per is not None
        and not is_money(measure)
        and tokens[end].word == "each"
    ):
        per_each, end = True, end + 1  # '78 lbs a day each': each one's amount, scaled by how many they are
    before, after = _words_before(tokens, i), _words_after(tokens, end)
    return Given(quantity, i, end, noun, per_each, goods_word, before, after, count_per)


_SERVES = frozenset("serves serve feeds feed serving feeding seats seat sleeps".split())


def _per_scaled(tokens: list[Token], i: int, quantity: Quantity) -> tuple[Quantity, int]:
    """'6 litres per 100 km': a rate over a stated amount, read as the rate per one unit."""
    measure = quantity.measure
    if measure is None or tokens[i].word != "per" and tokens[i].text != "/" or i + 2 >= len(tokens):
        return quantity, i
    count, unit = tokens[i + 1], tokens[i + 2]
    if count.kind != "number" or unit.kind != "word" or count.value <= 0:
        return quantity, i
    per = lookup(unit.word, short=True)
    if per is None or per.per is not None or per.dimension == measure.dimension or is_money(per):
        return quantity, i
    return Quantity(quantity.value / count.value, rate(measure, per)), i + 3


def _time_per_time(tokens: list[Token], i: int, quantity: Quantity) -> tuple[Quantity, int]:
    """'40 hours a week', '3 days a month', '9 hours each week': a time spent per a longer stretch of the calendar."""
    said = tokens[i].word in ("a", "an", "per", "every", "each") or tokens[i].text == "/"  # '22.5 hrs/week'
    if (measure := quantity.measure) is None or measure.dimension != "time" or not said:
        return quantity, i
    per = lookup(tokens[i + 1].word, short=False) if tokens[i + 1].kind == "word" else None
    if per is None or per.dimension != "time" or per.factor <= measure.factor:
        return quantity, i
    return Quantity(quantity.value, rate(measure, per)), i + 2


def _rate_after_goods(tokens: list[Token], i: int, quantity: Quantity) -> tuple[Quantity, int]:
    measure = quantity.measure
    if measure is None or tokens[i].word not in ("a", "an", "per", "every") or tokens[i + 1].kind != "word":
        return quantity, i
    per = lookup(tokens[i + 1].word, short=False)
    if per is None or per.per is not None or is_money(per):
        return quantity, i
    if per.dimension == measure.dimension and not (tokens[i].word == "per" and _dose(measure, per)):
        return quantity, i
    return Quantity(quantity.value, rate(measure, per)), i + 2


def _dose(measure: Measure, per: Measure) -> bool:
    """'5 ml of concentrate per litre': a small amount per a much larger one of the same kind."""
    return measure.dimension in ("mass", "volume") and per.factor >= 100 * measure.factor


def _count_noun(tokens: list[Token], i: int) -> tuple[str, int]:
    """The noun a plain count counts: 'friends', '4 of us', 'split 3 ways'; up to two words, the last naming it."""
    if tokens[i].word == "of" and tokens[i + 1].word in ("us", "them", "you"):
        return "people", i + 2
    k = i + 1 if tokens[i].text == "-" else i
    if tokens[k].word in _PACKS and tokens[k + 1].word == "of" and _counted_noun(tokens[k + 2]):
        return singular(tokens[k + 2].word), k + 3  # 'a 12-pack of pencils' counts pencils
    j = i
    while j < i + 2 and tokens[j].kind == "word" and tokens[j].word.isalpha() and tokens[j].word not in _NOT_NOUNS:
        if tokens[j].word in COUNT_VERBS or j == i and tokens[j].word not in PEOPLE and tells_amount(tokens, j):
            break
        j += 1
        word = tokens[j - 1].word
        if word in PEOPLE and _people_kind(word, tokens[j]):
            j += 1  # '2 adult passes', '3 child tickets': the people word says which kind of thing is counted
            break
        if word in PEOPLE or lookup(word, short=False) is not None:
            break
        if singular(word) != word or tokens[j].word in COUNT_VERBS:
            break  # '12 buses carry', '10 pens costs': a plural noun is the noun; '3 red apples' reads on
    if j == i:
        return "", i
    word = tokens[j - 1].word
    if word not in PEOPLE and lookup(word, short=False) is not None:
        return "", i  # '120 square metres': a unit this reader does not know the kind of, not things counted
    return ("people" if word in PEOPLE else singular(word)), j


def _people_kind(word: str, after: Token) -> bool:
    """Whether a singular people word is said of the plural noun after it ('adult passes', 'student tickets')."""
    noun = after.word
    if word in _NOT_KINDS or singular(word) != word or after.kind != "word" or not noun.isalpha():
        return False
    return not (noun in _NOT_NOUNS or noun in PEOPLE or noun in COUNT_VERBS or noun in _PEOPLE_VERBS) and (
        lookup(noun, short=False) is None
    )


_NOT_KINDS = frozenset("people persons us of_us ways".split())
_PEOPLE_VERBS = frozenset(
    "need needs use uses want wants get gets eat eats pay pays paid go goes went come comes came has have had do "
    "does did say says said share shares shared split splits each every will would can could should must".split()
)
"""Verbs after a count of people: '2 adults pay', '3 kids share' (the people word is the noun there)."""


_PACKS = frozenset("pack pk packet box case crate carton bag".split())
"""A pack of so many things: '12-pack of pencils' (not 'pair' or 'dozen', which multiply)."""


def _goods(tokens: list[Token], i: int) -> int:
    """'42 litres of fuel', '750 g box of cereal': the words saying what a measure measures, read past."""
    j = i
    if tokens[j].word in ("box", "bag", "bottle", "pack", "jar", "can", "tub", "carton", "bar", "loaf", "tin"):
        j += 1
    if tokens[j].word == "of" and tokens[j + 1].kind == "word" and tokens[j + 1].word not in _NOT_NOUNS:
        j += 2
    return j


def _each_at(tokens: list[Token], i: int) -> int | None:
    for phrase in (("each",), ("apiece",), ("a", "piece"), ("per", "item"), ("per", "unit"), ("a", "head"),
                   ("per", "head"), ("per", "person"), ("a", "person")):  # fmt: skip
        if all(tokens[i + k].word == w for k, w in enumerate(phrase)):
            return i + len(phrase)
    return None


def _words_before(tokens: list[Token], i: int) -> tuple[str, ...]:
    words: list[str] = []
    j = i - 1
    while j >= 0 and len(words) < 4 and tokens[j].text not in CLAUSE_ENDS and tokens[j].kind == "word":
        words.insert(0, tokens[j].word)
        j -= 1
    return tuple(words)


def _words_after(tokens: list[Token], i: int) -> tuple[str, ...]:
    words: list[str] = []
    j = i
    while len(words) < 4 and tokens[j].kind == "word" and tokens[j].text not in CLAUSE_ENDS:
        words.append(tokens[j].word)
        j += 1
    return tuple(words)


def read_target(tokens: list[Token], start: int) -> Target:
    """The measure the question asks for, from its 'per ...', 'each', 'how many <unit>' and money words.

    A 'per' phrase right after a number is that number's rate ('$15 per hour'), not the question's; the last
    'per' phrase that follows no number is the question's.
    """
    top: Measure | None = None
    per: Measure | None = None
    scale = Fraction(1)
    span = (0, 0)
    each = False
    for i in range(start, len(tokens) - 1):
        token = tokens[i]
        unit_before = tokens[i - 1].kind == "word" and lookup(tokens[i - 1].word, short=False) is not None
        per_word = token.word in ("a", "an", "every") or token.word == "each" and _time_after(tokens, i)
        after_verb = per_word and (tokens[i - 1].word in _BEFORE_A or unit_before or asked_goods(tokens, i - 1))
        if (token.word == "per" or after_verb) and i > start and tokens[i - 1].kind not in ("number", "currency"):
            if tokens[i - 1].kind == "word" and lookup(tokens[i - 1].word, short=False) is not None:
                if _after_number(tokens, i - 1):
                    continue  # '42 litres per 100 km' is the same either way; '$15 an hour' is a rate given
            if token.word == "per" and measure_of_goods(tokens, i - 1):
                continue  # '115 grams of feed per day', '6 litres of fuel per 100 km': the rate of a given
            if token.word == "per" and _second_per(tokens, i):
                continue  # 'Tk 9,500 per bigha per year': both 'per's are the price's, not the question's
            found = per_unit(tokens, i, scaled=token.word == "per")
            if found is None and token.word == "per" and _counted_noun(tokens[i + 1]) and not _counts_before(tokens, i):
                each = True
            if found is not None and found[0].dimension != "time" and _counted_noun(tokens[i - 1]):
                if token.word == "per" and _counts_before(tokens, i):
                    continue  # '1 tablet per 10 kg': the rate of a count given, not the question's measure
            if found is not None:
                per, scale, end = found
                span = (i, end)
                before = tokens[i - 1]
                own = i < 2 or tokens[i - 2].word in ("a", "an", "per", "every") or tokens[i - 2].kind == "number"
                unit = lookup(before.word, short=False) if before.kind == "word" and not own else None
                top = unit if unit is not None and unit.per is None else top
        if per is None and token.word in ADVERBS and i > start and tokens[i - 1].word in _BEFORE_A:
            per, span = lookup(ADVERBS[token.word], short=False), (i, i + 1)  # 'what's that annually': a year
        if per is None and token.word in ADJECTIVES and periodic_after(tokens, i) and _asked_after(tokens, i):
            per, span = lookup(ADJECTIVES[token.word], short=False), (i, i + 1)  # 'my annual salary': a year
        if span[0] == i:
            continue  # 'what's my pay each month': a month, not a share each
        if {token.word, token.text.lower()} & _EACH_FIRST and any(_phrase_at(tokens, i, p) for p in _EACH):
            each = each or not priced_each(tokens, i)
    for i in range(start, len(tokens) - 2):
        if tokens[i].word == "how" and tokens[i + 1].word in ("many", "much") and top is None:
            found = lookup(tokens[i + 2].word, short=False)
            top = found if found is not None and not is_money(found) else None
    money = any(t.word in _MONEY_WORDS for t in tokens[start:]) or _how_much_alone(tokens, start)
    money = money or _that_per(tokens, start) or _brought_in(tokens, start)
    return Target(top, per, scale, each, money, span)


_BEFORE_A = frozenset(
    "in that this it is be earn earns make makes spend spends pay pays cost costs save saves get gets use uses drive "
    "drives walk walks run runs need needs eat eats through burn burns drink drinks consume consumes".split()
)
"""Words after which 'a month' asks for a rate ('how much is that a month'); elsewhere 'a' is an article."""

_ASK_ENDS = frozenset({".", "!", ";", "?", "-", "—", ":"})


def _asked_after(tokens: list[Token], i: int) -> bool:
    """Whether a question word comes before ``tokens[i]`` in its sentence: the adjective is the question's."""
    for k in range(i - 1, -1, -1):
        if tokens[k].kind == "number":
            return False
        if tokens[k].text in (".", "!", ";"):
            break
        if tokens[k].text == "," and not any(t.kind in ("number", "currency") for t in tokens[k:]):
            return True  # '$22 an hour, 40 hours a week, annual salary?': the last clause, with no number, asks
        if tokens[k].word in ("what", "what's", "whats", "how"):
            return True
    # 'Calculate the monthly charge per flat if ...', '... flats. monthly cost per flat?': a sentence opening with the
    # amount it names, with no number of its own before its condition or its end, asks for that amount
    for k in range(i + 1, len(tokens)):
        if tokens[k].kind in ("number", "currency"):
            return False
        if tokens[k].kind == "end" or tokens[k].text in _ASK_ENDS or tokens[k].word in ("if", "when"):
            return True  # 'my team's monthly pizza budget - 12 players, ...': the label, then its givens
    return True


_MONEY_WORDS = frozenset(
    "price cost costs owe owes pay pays paying earn earns earning make salary wage wages fare spend spends charge "
    "cheaper cheapest dearer takings revenue turnover costing charging".split()
)


def _time_after(tokens: list[Token], i: int) -> bool:
    """'each month', 'each week': a stretch of time after 'each' (not 'each way', 'each person')."""
    unit = lookup(tokens[i + 1].word, short=False) if tokens[i + 1].kind == "word" else None
    return unit is not None and unit.dimension == "time"


def _counted_noun(token: Token) -> bool:
    return token.kind == "word" and token.word.isalpha() and token.word not in _NOT_NOUNS and lookup(token.word) is None


def _phrase_at(tokens: list[Token], i: int, phrase: tuple[str, ...]) -> bool:
    if i + len(phrase) >= len(tokens):
        return False
    return all(tokens[i + k].word == w or tokens[i + k].text.lower() == w for k, w in enumerate(phrase))


_WHAT_IS = (("what's",), ("whats",), ("what", "is"))


def _that_per(tokens: list[Token], start: int) -> bool:
    """'bought 3 kg of apples for €7.80, what's that per 500g?': 'that' asked per a unit points back to the one
    amount of money given, the only thing priced; with two amounts it could be either, and is not read so."""
    if sum(t.kind == "currency" for t in tokens[start:]) != 1:
        return False
    for i in range(start, len(tokens) - 2):
        for phrase in _WHAT_IS:
            k = i + len(phrase)
            if _phrase_at(tokens, i, phrase) and tokens[k].word in ("that", "it") and tokens[k + 1].word == "per":
                return True
    return False


def _brought_in(tokens: list[Token], start: int) -> bool:
    """'What did that bring in?': the money sales or rent brought."""
    pairs = zip(tokens[start:], tokens[start + 1 :], strict=False)
    return any(t.word in ("bring", "brings", "brought") and u.word == "in" for t, u in pairs)


def _how_much_alone(tokens: list[Token], start: int) -> bool:
    for i in range(start, len(tokens) - 2):
        if tokens[i].word == "how" and tokens[i + 1].word == "much":
            after = tokens[i + 2]
            return after.kind != "word" or after.word in ("is", "does", "do", "will", "would", "each", "per", "that")
    return False


def _second_per(tokens: list[Token], i: int) -> bool:
    """'9,500 per bigha per year': the 'per' at ``i`` follows a number's own 'per' phrase of one word."""
    return i > 3 and tokens[i - 2].word == "per" and tokens[i - 3].kind == "number"


def _after_number(tokens: list[Token], i: int) -> bool:
    return i > 0 and tokens[i - 1].kind == "number"


def _counts_before(tokens: list[Token], i: int) -> bool:
    """'3 eggs per cake', '2 slices of bread per sandwich': the 'per' of a count given, its rate, not a share asked."""
    return _after_number(tokens, i - 1) or i > 3 and tokens[i - 2].word == "of" and _after_number(tokens, i - 3)
