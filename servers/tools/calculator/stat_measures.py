"""The measure a list of numbers is of, named in the words around it, which changes no statistic of the list.

'Weighed six ewes: 62, 58 and 71 kg. What's the median weight?', 'Relay splits were 31.2, 30.8 and 32.5 seconds.
What was the total time?', 'Hive weights in kg: 38.2, 41.6. The average weight?': the question names what the
figures measure, so it is the same question as without the name. The name is set aside only when it fits the
figures — a weight of kilograms, a time of seconds; a 'weight' of seconds is no such thing, and 'weights' beside
bare numbers may be the weights of a weighted mean, so the list is then not read at all. Bare figures may be named
by any other measure before they are given ('the range of these temperatures: -3, 5, 12'), not in a question after
them, where the unit they were said in may have been set aside.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import Quantity, is_money, lookup
from servers.tools.calculator.tokens import Token

NAMES: dict[str, frozenset[str]] = {
    "weight": frozenset({"mass"}),
    "weights": frozenset({"mass"}),
    "mass": frozenset({"mass"}),
    "time": frozenset({"time"}),
    "times": frozenset({"time"}),
    "duration": frozenset({"time"}),
    "height": frozenset({"length"}),
    "heights": frozenset({"length"}),
    "length": frozenset({"length", "time"}),  # 'the average shift length' of hours
    "lengths": frozenset({"length"}),
    "distance": frozenset({"length"}),
    "distances": frozenset({"length"}),
    "depth": frozenset({"length"}),
    "temperature": frozenset({"temperature"}),
    "temperatures": frozenset({"temperature"}),
    "temp": frozenset({"temperature"}),
    "volume": frozenset({"volume"}),
}
"""What a word names a list of figures by, and the dimensions of the figures it can name."""
_WEIGHTS = frozenset({"weight", "weights"})


def measure_name(tokens: list[Token], i: int) -> bool:
    """Whether the word at ``i`` names what the figures measure ('weight', 'time'), not a number of times ('3 times')
    nor the weights of a weighted mean beside their own figures."""
    if tokens[i].word not in NAMES:
        return False
    return tokens[i - 1].kind != "number" and tokens[i + 1].kind != "number" and tokens[i + 1].word != "of"


def fits(tokens: list[Token], named: list[int], items: list[Quantity], first: int) -> bool:
    """Whether every measure named (at ``named``) is the dimension of the figures: their own unit, or the unit said
    before the list ('weights in kg: 38.2, 41.6')."""
    if not named:
        return True
    dimensions = {_dimension(q) for q in items if q.measure is not None}
    if not dimensions:
        said = [
            lookup(tokens[k + 1].word, short=False)
            for k in range(first)
            if tokens[k].word == "in" or tokens[k].text == "("
        ]
        dimensions = {m.dimension for m in said if m is not None and m.per is None}
    if not dimensions:  # 'the range of these temperatures: -3, 5, 12': bare figures named as they are given
        return all(k < first and tokens[k].word not in _WEIGHTS for k in named)  # weights of bare ones may weigh
    if len(dimensions) != 1:
        return False
    return all(dimensions <= NAMES[tokens[k].word] for k in named)


def _dimension(q: Quantity) -> str:
    assert q.measure is not None
    if q.percent or q.measure.per is not None:
        return "rate"
    return "money" if is_money(q.measure) else q.measure.dimension


_NOT_THINGS = frozenset("and or to of in on at for by from with is are was were than each per a an the".split())


def counts_things(tokens: list[Token], after: int) -> bool:
    """Whether the bare number just before ``after`` counts things ('24 children', '3 boxes'): a plain word follows
    it that is no unit and no joining word."""
    word = tokens[after]
    return (
        word.kind == "word"
        and word.word.isalpha()
        and word.word not in _NOT_THINGS
        and lookup(word.word, short=False) is None
    )


_CLAUSE_VERBS = frozenset("is are was were has have had".split())
_OWNERS = frozenset("my our the their his her your its".split())


def opens_clause(tokens: list[Token], after: int) -> bool:
    """Whether the number ending at ``after`` (with the unit or noun after it) is the subject of a clause of its
    own, so no value of the list before it: '540 and 3 days were shut', 'and 2 players were absent'. A verb that
    says what the list is ('80, 75 and 92 are my scores') does not open one."""
    verb = after + (tokens[after].kind == "word" and tokens[after].word not in _CLAUSE_VERBS)  # past 'days'
    return tokens[verb].word in _CLAUSE_VERBS and tokens[verb + 1].word not in _OWNERS
