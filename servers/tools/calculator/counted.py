"""What a word problem counts and shares, for the units reader (``dimensions``): the thing 'how much' asks
about, the group a share is 'each' of, the count a question asks for, whether the givens measure one kind of goods,
and whether doers share work (which the units cannot settle).
"""

from __future__ import annotations

from servers.tools.calculator.frames import has_word
from servers.tools.calculator.givens import PEOPLE, Given, Target
from servers.tools.calculator.quantities import is_money, lookup, singular
from servers.tools.calculator.tokens import Token

Vector = frozenset[tuple[str, int]]
"""A dimension as its base names with their powers ('money' 1, 'count people' -1)."""


def asked_thing(tokens: list[Token], start: int) -> str | None:
    """The thing 'how much' asks about when it is not a unit: 'how much fuel', 'how much paint'."""
    for i in range(start, len(tokens) - 2):
        if tokens[i].word == "how" and tokens[i + 1].word == "much":
            asked = tokens[i + 2]
            if asked.kind == "word" and asked.word.isalpha() and asked.word not in _QUESTION_FILLERS:
                return asked.word if lookup(asked.word, short=False) is None else None
    return None


def things_counted(tokens: list[Token], start: int) -> bool:
    """'How many posts', 'how many slabs do I need': the question counts things named in the plural, not a unit;
    no measure (a length, an amount of money) answers it."""
    for i in range(start, len(tokens) - 2):
        if tokens[i].word == "how" and tokens[i + 1].word == "many":
            thing = tokens[i + 3] if tokens[i + 2].word in _WHOLE_THINGS else tokens[i + 2]
            return (
                thing.kind == "word"
                and thing.word.isalpha()
                and thing.word not in ("times", "more")
                and singular(thing.word) != thing.word
                and lookup(thing.word, short=False) is None
            )
    return False


_WHOLE_THINGS = frozenset("whole full complete entire".split())
"""'how many whole loaves': the things are counted whole, and they are still things, not the amount they take."""

_NOT_ACTING = frozenset("in per a an every each of for over during within and or".split())
_TIMES = frozenset({"clock time", "calendar time"})


def work_shared(tokens: list[Token], givens: list[Given], goal: Vector) -> bool:
    """Whether doers share work over time: '4 workers take 6 days', '3 pumps fill a tank in 6 hours'. More doers
    take less time, so a count of them scales against the time, not with it as '30 pages in 2 minutes' does;
    which way is not in the units, so such problems are left to be declined."""
    if not {name for name, _ in goal} <= _TIMES | {name for name, _ in goal if name.startswith("count ")}:
        return False
    if not any(g.quantity.measure is not None and g.quantity.measure.dimension == "time" for g in givens):
        return False
    return any(g.quantity.measure is None and (g.noun == "people" or _acts(tokens, g)) for g in givens if g.noun)


def _acts(tokens: list[Token], given: Given) -> bool:
    """'3 pumps fill ...': the counted things do something (a verb follows them), rather than being done."""
    after = tokens[given.end]
    return after.kind == "word" and after.word not in _NOT_ACTING and lookup(after.word, short=False) is None


def one_kind_of_goods(tokens: list[Token], start: int, givens: list[Given]) -> bool:
    """Whether the givens measure one thing, and the question asks about it: '3 cups of flour ... 5 cups of
    sugar' or '300 g of pasta ... how much rice' relate two things no given links."""
    goods = {g.goods for g in givens if g.goods}
    if len(goods) > 1:
        return False
    if not goods:  # '300 g flour ... how much sugar': a substance named after its amount, not the one asked
        asked = asked_thing(tokens, start)
        return asked is None or not any(_names_substance(g, asked) for g in givens)
    for i in range(start, len(tokens) - 2):
        if tokens[i].word == "how" and tokens[i + 1].word == "much":
            asked = tokens[i + 2]
            if asked.kind == "word" and asked.word.isalpha() and asked.word not in _QUESTION_FILLERS:
                if lookup(asked.word, short=False) is None and asked.word not in goods:
                    return False
    return True


def _names_substance(given: Given, asked: str) -> bool:
    measure = given.quantity.measure
    if measure is None or measure.per is not None or measure.dimension not in ("mass", "volume"):
        return False
    return bool(given.after) and given.after[0].isalpha() and given.after[0] not in ("of", "a", "an", "per", asked)


_QUESTION_FILLERS = frozenset(
    "is are was does do did will would should can could each per that this it in for of money time total".split()
)


def group_of(tokens: list[Token], start: int, givens: list[Given]) -> str | None:
    """The counted noun a share is 'each' of: the only one, or of two ('50 sweets among 5 kids') the one the
    question names after 'each' / 'per' or the givens share among; None when that is not said."""
    nouns = {g.noun for g in givens if g.noun and not occasions(g)}
    if len(nouns) < 2:
        return next(iter(nouns), None)
    if len(nouns) > 2 or any(g.noun and g.after == ("of",) for g in givens):
        return None  # '5 teams of 8 players': the 8 are in each team already, not shared among them
    named = {
        "people" if tokens[i + 1].word in PEOPLE else singular(tokens[i + 1].word)
        for i in range(start, len(tokens) - 1)
        if tokens[i].word in ("each", "per", "every") and tokens[i + 1].kind == "word"
    } & nouns
    among = {g.noun for g in givens if g.noun and g.before[-1:] in (("among",), ("amongst",), ("between",))}
    if not named and _per_one_of_a_crew(tokens, start):  # '1,846 sheep with 7 shearers. avg per man?'
        among |= {g.noun for g in givens if g.noun and g.before[-1:] == ("with",)}
    found = named or among
    return next(iter(found)) if len(found) == 1 else None


def _per_one_of_a_crew(tokens: list[Token], start: int) -> bool:
    """'per man', 'per head', 'each person': the question's share is one worker's, of a crew said with 'with'."""
    return any(
        tokens[i].word in ("each", "per") and tokens[i + 1].word in _ONE_WORKER for i in range(start, len(tokens) - 1)
    )


_ONE_WORKER = frozenset("man person head worker bloke guy woman".split())


OCCASIONS = frozenset("session lesson visit practice training game match trip outing meeting".split())
"""Things that happen, counted over time ('4 sessions a month'): how often, not things a price each is of."""


def occasions(given: Given) -> bool:
    """'4 sessions a month', '2 lessons a week': a count of occasions per a stretch of time — a frequency."""
    return given.count_per is not None and given.noun in OCCASIONS


def asks_speed(tokens: list[Token], start: int) -> bool:
    if has_word(tokens, start, "how far", "how long", "how many", "how much"):
        return False  # 'how far in 5 hours at that speed' asks for a distance
    return has_word(tokens, start, "how fast", "speed", "average speed")


def counted_noun(tokens: list[Token], start: int, givens: list[Given]) -> str | None:
    """'how many pages', 'bottles per hour': the count of a thing the givens count."""
    nouns = {g.noun for g in givens if g.noun}
    told = {k for g in givens for k in range(g.start, g.end)}  # '23.5 tons per acre' tells a rate, asks nothing
    for i in range(start, len(tokens) - 1):
        if i in told:
            continue
        stem = "people" if tokens[i].word in PEOPLE else singular(tokens[i].word)
        if stem in nouns and (tokens[i - 1].word == "many" or tokens[i + 1].word == "per" != tokens[i - 1].word):
            return f"count {stem}"
    return None


def shared_noun(target: Target, givens: list[Given], tokens: list[Token], start: int) -> str | None:
    """'How many does each kid get' of '50 sweets among 5 kids': the count that is not the group's."""
    if not target.each or not has_word(tokens, start, "how many", "average", "avg", "mean"):
        return None  # 'the average per shearer' of '1,846 sheep with 7 shearers': sheep, exactly shared
    group = group_of(tokens, start, givens)
    others = {g.noun for g in givens if g.noun and g.noun != group}
    return f"count {others.pop()}" if group is not None and len(others) == 1 else None


def said_each(givens: list[Given]) -> bool:
    """'4 of us each paid $12', 'kids get £4.50 a week each', '28 litres a day each': an amount said of each one, so
    a question asking what each has is answered by that amount, not by sharing a whole."""
    return any(
        "each" in g.before[-3:] or "each" in g.after[:6] or g.per_each and not is_money(g.quantity.measure)
        for g in givens
        if g.quantity.measure is not None
    )
