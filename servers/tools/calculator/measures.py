"""Statistics of a list of numbers, asked in words.

Statistics: "mean", "average", "median", "mode", "range", "sum", "minimum", "maximum", "variance" and
"standard deviation" of a list ("3, 5 and 10", "71 88 93"). The standard deviation and variance are the
*sample* ones (dividing by n − 1) unless the request says "population"; the answer says which.

The list may be told in a story before the question asks for the statistic ('My students got 78, 85 and 92 on the
spelling test. What's the class average?').
"""

from __future__ import annotations

from collections import Counter
from fractions import Fraction

from servers.tools.calculator import numbers, stat_measures
from servers.tools.calculator.day_labels import first_of_labelled, leading_label, name_label, told_as, weekday_label
from servers.tools.calculator.expression import Evaluation
from servers.tools.calculator.frames import PUNCTUATION, QUESTION_WORDS
from servers.tools.calculator.grammar import NotUnderstood, Parser
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.quantities import Measure, Quantity, currency, is_money, lookup, show
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.spaced_figures import unsettled_pair
from servers.tools.calculator.spread_kinds import kind_said
from servers.tools.calculator.stat_labels import (
    counted_period,
    in_period,
    maximum_mark,
    period_named,
    said_per,
    scale_range,
    shared_period,
    top_mark,
    within_mark,
)
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_MEASURES = {
    ("arithmetic", "mean"): "mean", ("mean",): "mean", ("average",): "mean", ("avg",): "mean", ("median",): "median",
    ("mode",): "mode", ("range",): "range", ("sum",): "sum", ("total",): "sum", ("minimum",): "min",
    ("min",): "min", ("smallest",): "min", ("lowest",): "min", ("maximum",): "max", ("max",): "max",
    ("largest",): "max", ("highest",): "max", ("biggest",): "max", ("count",): "count",
    ("standard", "deviation"): "stdev", ("std", "dev"): "stdev", ("stdev",): "stdev", ("sd",): "stdev",
    ("std",): "stdev", ("variance",): "variance", ("statistics",): "all", ("stats",): "all",
    ("summary", "statistics"): "all", ("descriptive", "statistics"): "all",
}  # fmt: skip
_STAT_FILLERS = frozenset(
    "of for in these those this the following numbers number values value scores score data dataset set list "
    "grades grade marks mark results result readings measurements series sample's and give me find get what's what "
    "is are their my our test exam tests exams quiz quizzes term semester class course homework assignments got "
    "scored were so far on treat as whole entire length duration distance".split()
)
_ORDER = ("count", "sum", "mean", "median", "mode", "min", "max", "range", "variance", "stdev")


def solve_statistics(tokens: list[Token], start: int) -> Solution | None:
    """The statistics a request names, of the list of numbers it gives."""
    if not any(_measure_at(tokens, i) for i in range(start, len(tokens))):
        return None
    asked: list[str] = []
    population = sample = False
    items: list[Quantity] = []
    list_ended = closing = False
    story = _story(tokens, start)
    i: int = start  # declared: the loop below reassigns it from several readers
    measured = -1  # where the last statistic's name ended
    declared: int | None = None  # 'these six readings': how many the list is said to hold
    bracketed: Measure | None = None  # 'delivery times (minutes): 34, 28': the unit of every number
    mark: Token | None = None  # 'out of 50': the most a score could be
    named: list[int] = []  # 'the median weight': what the figures measure, named
    counted = False  # '24 children': a number of things
    first = len(tokens)  # where the list starts
    while tokens[i].kind != "end":
        found = _measure_at(tokens, i)
        if found is not None:
            name, width = found
            asked.extend(_ORDER if name == "all" else [name])
            list_ended = bool(items)
            i += width
            measured = i
            continue
        if len(items) > 1 and set(asked) <= _PER_ITEM and (width := period_named(tokens, i, first, len(items))):
            if width < 0:
                raise NotUnderstood(i, "a period the numbers are each of")  # 'the weekly average' of daily figures
            i += width  # 'the daily average' of a list of one day's figures each: the mean of the list
            continue
        if len(items) > 1 and set(asked) <= _PER_ITEM and (width := counted_period(tokens, i, first, len(items))):
            i += width  # 'the average number of transfers per day' of one day's figure each
            continue
        if _per_item(tokens, i, measured, asked):
            i += 2  # 'the mean goals per game': the mean of the list, one number per game
            continue
        if items and (width := _item_label(tokens, i)):
            i += width  # '72 in maths, 85 in English', '14 on the ground floor': what each number is of
            continue
        if len(items) == 1 and (width := first_of_labelled(tokens, i - 1)):
            i += width  # "140 loaves monday, 165 tuesday": what the first number counts, and its day
            continue
        if width := weekday_label(tokens, i) or name_label(tokens, i):
            i += width  # '165 tuesday, 152 wednesday', 'Mon 6.5, Tue 8', 'Rosa 35 kg': whose or which day's
            continue
        if not items and mark is None and (width := maximum_mark(tokens, i) or scale_range(tokens, i)):
            mark, i = top_mark(tokens, i), i + width  # 'scores out of 50: ...', 'pain scores (0-10): ...
            continue
        if not items and _race_named(tokens, i):
            i += 2  # 'my 5k times were 24, 26 and 28 minutes': which race the list is of, not a number in it
            continue
        if not items and declared is None and _declared_count(tokens, i) and not first_of_labelled(tokens, i):
            declared = int(tokens[i].value)
            i += 1  # 'the mean of these five readings: ...': the list's size, checked against the list below
            continue
        if not items and bracketed is None and (unit := _bracketed_unit(tokens, i)) is not None:
            bracketed = unit
            i += 3
            continue
        said = kind_said(tokens, i)
        if said is not None:  # '(population, not sample)': the one standard deviation asked for
            population, sample = population or said[0] == "population", sample or said[0] == "sample"
            i += said[1]
            continue
        token = tokens[i]
        sign = token.text == "-" and tokens[i + 1].kind in ("number", "currency", "symbol")  # "88 - what's" is a dash
        if token.kind in ("number", "currency") or token.text == "(" or sign:
            if list_ended and _restates_count(tokens, i, len(items)):
                i += 2  # 'I scored 80, 75 and 92 on three quizzes': how many the list holds, said again
                continue
            if list_ended:
                raise NotUnderstood(i, "one list of numbers")
            if items and (pair := unsettled_pair(tokens, i)) is not None:  # 'I bought 2 400 tickets'
                raise ToolInputError(f"'{pair}' could be one number or two; write it as {pair.replace(' ', '')}, or "
                                     f"put a comma between the two")  # fmt: skip
            first = min(first, i)
            closed = bool(items) and tokens[i - 1].word == "and" and any(t.text == "," for t in tokens[start:i])
            parser = Parser(tokens, i, relations=False)
            items.append(Evaluation().value(parser.unary()))
            i = parser.i
            if len(items) > 1 and stat_measures.opens_clause(tokens, i):
                raise NotUnderstood(i, "one list of numbers")  # '540 and 3 days were shut': 3 is no takings
            counted = counted or items[-1].measure is None and stat_measures.counts_things(tokens, i)
            closing = closing or closed  # '67, 72 and 58': the list ends with its 'and'
            continue
        word = token.word
        if word == "population":
            population = True
        elif word == "sample":
            sample = True
        elif i >= story[0] and stat_measures.measure_name(tokens, i) and (items or not _labels_list(tokens, i)):
            named.append(i)  # 'the average distance' of seconds: a name the figures must fit
            list_ended = bool(items)
        elif not (
            token.text in PUNCTUATION
            or word in _STAT_FILLERS
            or word in QUESTION_WORDS
            or _owner(tokens, i)
            or _told(tokens, start, i, story)
            or not items
            and measured >= 0
            and _labels_list(tokens, i)
            or not items
            and story[0] == start
            and leading_label(tokens, start, i)
            and _labels_list(tokens, i)
        ):
            if not stat_measures.measure_name(tokens, i):
                raise NotUnderstood(i, "a list of numbers")
            named.append(i)
        elif items and (word != "and" or closing and tokens[i + 1].kind == "number") and token.text not in (",", ";"):
            list_ended = True  # '67, 72 and 58 and 3 were absent': the 3 is no score of the list
        i += 1
    if not items:
        raise NotUnderstood(i, "the numbers to work on")
    if not asked:  # 'what's 1 h 30 min': the word of a statistic was read as a unit
        raise NotUnderstood(start, "a statistic to work out")
    if len(items) == 1:  # '250 km max per day. What's that in miles?': a limit named, not a list's largest
        raise NotUnderstood(start, "a list of numbers")
    if counted and any(is_money(q.measure) for q in items):
        raise NotUnderstood(first, "one list of amounts")  # '£312.60 and 24 children': money and a count of people
    if not stat_measures.fits(tokens, named, items, first):
        raise NotUnderstood(named[0], "a measure the numbers are in")
    items = shared_period(items, asked)  # '£85, £92 and £78 each month': a month's amount each
    if not within_mark(mark, items, asked):
        raise NotUnderstood(start, "scores within the mark they are out of")
    if declared is not None and declared != len(items):
        raise ToolInputError(f"the request says {declared} numbers but lists {len(items)}; say which to use")
    if bracketed is not None:
        if any(q.measure is not None for q in items):
            raise NotUnderstood(start, "the numbers in the unit named in brackets")
        items = [Quantity(q.value, bracketed, q.percent) for q in items]
    if population and sample:
        raise ToolInputError("say either sample or population, not both")
    return _describe(items, list(dict.fromkeys(asked)), population)


_NOT_COUNTED = frozenset("and or of to in on at for by from with is are was were".split())


def _declared_count(tokens: list[Token], i: int) -> bool:
    """'these six readings', 'five absorbance readings', before the list: a whole number and the plain (plural) noun
    it counts. The caller holds the list to that many numbers, so a number of the list is never mistaken for it."""
    number = tokens[i]
    if number.kind != "number" or number.value.denominator != 1 or number.value < 2:
        return False
    if tokens[i + 1].word in ("times", "x"):
        return False  # '4 times 5' multiplies; 'my 4 lap times' counts
    for noun in tokens[i + 1 : i + 3]:  # 'five readings', 'five absorbance readings'
        if not (
            noun.kind == "word"
            and noun.word.replace("-", "").isalpha()  # "five call-out times"
            and noun.word not in _NOT_COUNTED
            and noun.word not in _STAT_CHANGES
            and lookup(noun.word, short=False) is None
        ):
            return False
        if noun.word.endswith("s"):
            return True
    return False


def _bracketed_unit(tokens: list[Token], i: int) -> Measure | None:
    """'(minutes)', '(kg)', '(£)' before the list: the unit every number of it is in."""
    named = tokens[i + 1]
    if tokens[i].text != "(" or tokens[i + 2].text != ")":
        return None
    if named.kind == "currency":
        return currency(str(named.value))
    return lookup(named.word, short=False) if named.kind == "word" else None


def _restates_count(tokens: list[Token], i: int, count: int) -> bool:
    """'on three quizzes', 'over 4 weeks', 'in the last seven games' after a list of that many: the count of the
    list, not another number."""
    number, noun = tokens[i], tokens[i + 1]
    before = i - 1
    while before > i - 3 and tokens[before].word in _WHICH_ONES:
        before -= 1  # 'in the last seven games', 'over my past 5 runs'
    return (
        number.kind == "number"
        and number.value == count
        and tokens[before].word in ("on", "in", "from", "across", "over", "for")
        and noun.word.isalpha()
        and noun.word.endswith("s")
    )


_RESULTS = frozenset("times time results splits races runs paces finishes".split())


def _race_named(tokens: list[Token], i: int) -> bool:
    """'my 5k times', 'our 10k results': a race named by its distance ('5k', written as one word), whose it is
    before it and what the list holds of it after it."""
    number, k = tokens[i], tokens[i + 1]
    return (
        number.kind == "number"
        and k.word == "k"
        and k.attached
        and tokens[i - 1].word in _OWNERS
        and tokens[i + 2].word in _RESULTS
        and tokens[i + 3].kind != "number"  # 'the 5k times 3': a product, not a race's times
    )


_OWNERS = frozenset("my our his her their the".split())


def _item_label(tokens: list[Token], i: int) -> int:
    """'in maths' right after a number of the list and before the next ('72 in maths, 85 in English and ...'), 'on
    the ground floor', 'on the first': plain words naming what the number is of — not a unit, a number or a word
    that changes which numbers count. The width of the label, or 0."""
    if tokens[i].word not in ("in", "on", "at") or tokens[i - 1].kind != "number":
        return 0
    j = i + 1 + (tokens[i + 1].word == "the" and tokens[i].word != "in")
    k = j
    while k < j + 2 and (_label_word(tokens[k]) or tokens[k].word == "second" and tokens[k - 1].word == "the"):
        k += 1  # 'on the second': the ordinal, not a unit of time
    closes = tokens[k].kind == "end" or tokens[k].text in (",", ".", "?") or tokens[k].word == "and"
    return k - i if k > j and closes else 0


def _label_word(word: Token) -> bool:
    return (
        word.kind == "word"
        and word.word.isalpha()
        and word.word not in _STAT_CHANGES
        and word.word not in _STAT_FILLERS
        and word.word != "and"
        and lookup(word.word, short=False) is None
    )


_WHICH_ONES = frozenset("the my our his her their last past previous first latest".split())
_PER_ITEM = frozenset({"mean", "median"})


def _per_item(tokens: list[Token], i: int, measured: int, asked: list[str]) -> bool:
    """'mean goals per game', 'average per match': 'per' and a plain noun just after a mean or median, which is
    already a value per item of the list; not a unit ('per hour' of minutes may convert) and not of a sum."""
    noun = tokens[i + 1]
    unit = lookup(noun.word, short=False) if noun.kind == "word" else None
    # 'the mean number of jobs per day' of a list said 'each day': each number is already one day's
    periodic = unit is not None and unit.dimension == "time" and said_per(tokens, measured, unit.name)
    return (
        tokens[i].word == "per"
        and (0 <= i - measured <= 1 or periodic and _named_between(tokens, measured, i))
        and bool(asked)
        and set(asked) <= _PER_ITEM
        and noun.kind == "word"
        and noun.word.isalpha()
        and (unit is None or periodic)
        and (tokens[i + 2].kind == "end" or tokens[i + 2].text in PUNCTUATION)
    )


def _named_between(tokens: list[Token], measured: int, i: int) -> bool:
    """'mean number of jobs per day': up to three plain words between the statistic and its 'per'."""
    between = tokens[measured:i]
    return 0 <= i - measured <= 4 and all(t.kind == "word" and t.word not in _STAT_CHANGES for t in between)


def _story(tokens: list[Token], start: int) -> tuple[int, set[str]]:
    """Where the question sentence starts, and the words of the sentences before it when they tell a story rather
    than ask ('My students got 78, 85 and 92 on the spelling test. What's the class average?')."""
    begin = question_start(tokens, start)
    told = tokens[start:begin]
    changes = [
        k
        for k in range(start, begin)
        if tokens[k].word in _STAT_CHANGES and not in_period(tokens, k) and not stat_measures.measure_name(tokens, k)
    ]
    if any(t.text == "?" for t in told) or changes:  # 'each day' says what every number is of
        return begin, set()  # a question of its own, or a word that changes which numbers count or how
    for k in range(start, begin):  # 'waiting times this morning' names the numbers; '3 times' multiplies
        if tokens[k].word == "times" and (tokens[k - 1].kind == "number" or tokens[k + 1].kind == "number"):
            return begin, set()
    return begin, {t.word for t in told if t.kind == "word"}


def _told(tokens: list[Token], start: int, i: int, story: tuple[int, set[str]]) -> bool:
    """A word of the story around the list (who got the numbers, what they measure, when), or a word of the question
    that names again what the story told ('the median wait' of 'waiting times')."""
    begin, words = story
    word = tokens[i].word
    if not words or not word.replace("'", "").isalpha() or word in _STAT_CHANGES and not in_period(tokens, i):
        return False
    if i < begin:
        return True
    if told_as(words, word):
        return True  # 'the average loss' of what the clients 'lost'
    return any(w == word or len(word) >= 4 and w.startswith(word[:4]) for w in words)


_STAT_CHANGES = frozenset(
    "not no without except excluding excluded exclude ignore ignoring ignored drop dropped dropping remove removed "
    "removing leave leaving plus minus add added adding twice double doubled triple half more less fewer than "
    "extra other another each every per percent percentage weighted weight weights if but only also above below over "
    "under between top bottom best worst round rounded rounding nearest new next missing instead".split()
)
"""Words that change which numbers count or what is done with them: a story that says one is not set aside."""


def _labels_list(tokens: list[Token], i: int) -> bool:
    """'the median of these house prices in thousands: 245, ...', 'the mean of my weekly step counts: ...': after the
    statistic and before the list, the words naming what the numbers are. Any plain word but one that changes
    which numbers count (``_STAT_CHANGES``), or the scale the numbers are said in ('in thousands')."""
    word = tokens[i].word
    if word in ("weight", "weights") and tokens[i - 1].word in _MEAN_WORDS and tokens[i + 1].text in ("of", ":"):
        return True  # 'mean weight of these honey supers': what is measured, not weights of a weighted mean
    if word in _STAT_CHANGES or word.endswith("n't"):
        return False
    if word in _SCALES:
        return tokens[i - 1].word == "in" and tokens[i + 1].text == ":"
    return tokens[i].kind == "word" and word.replace("'", "").replace("-", "").isalpha()  # "call-out times"


_SCALES = frozenset("thousands millions hundreds".split())
_MEAN_WORDS = frozenset("mean average avg median".split())


_NOT_OWNERS = frozenset("what's whats that's it's there's here's let's who's how's".split())


def _owner(tokens: list[Token], i: int) -> bool:
    """ "my daughter's test scores", "Sam's grades": whose list it is, said right before the list's name."""
    word = tokens[i].word
    if not word.endswith("'s") or word in _NOT_OWNERS or not word[:-2].isalpha():
        return False
    if _measure_at(tokens, i + 1) is not None:
        return True  # "the team's total": whose figures the statistic is of
    return tokens[i + 1].word in _STAT_FILLERS and tokens[i + 1].word not in ("of", "and", "is", "are", "what's")


def _variance(values: list[Real], mean: Real, population: bool, steps: list[str]) -> Real:
    squares = sum(((v - mean) ** 2 for v in values), Fraction(0))
    divisor = len(values) if population else len(values) - 1
    variance = numbers.checked(squares / divisor)
    step = (f"sum of squared differences from the mean = {numbers.format_number(squares)}; ÷ {divisor} = variance "
            f"{numbers.format_number(variance)}")  # fmt: skip
    if step not in steps:
        steps.append(step)
    return variance


_FIRST_WORDS = frozenset(phrase[0] for phrase in _MEASURES)


def _measure_at(tokens: list[Token], i: int) -> tuple[str, int] | None:
    if tokens[i].word not in _FIRST_WORDS:
        return None
    for phrase, name in _MEASURES.items():
        if all(tokens[min(i + k, len(tokens) - 1)].word == w for k, w in enumerate(phrase)):
            return name, len(phrase)
    return None


def _describe(items: list[Quantity], asked: list[str], population: bool) -> Solution:
    last = items[-1].measure
    if len(items) > 1 and last is not None and not items[-1].percent and all(q.measure is None for q in items[:-1]):
        items = [Quantity(q.value, last, q.percent) for q in items]  # '24, 26 and 28 minutes': the unit said once
    measures = {q.measure for q in items}
    money = [m for m in measures if m is not None and is_money(m)]
    if len(measures) == 2 and None in measures and len(money) == 1 and money[0].per is None:
        measures = set(money)  # 'invoiced 3,200, 4,150 and £5,075': the sign said once is every amount's
    if any(q.percent for q in items) or len(measures) > 1:
        raise ToolInputError("give the numbers in one unit (or none) to take statistics of them")
    measure = measures.pop()
    values = [q.value for q in items]
    n = len(values)
    spread = {"variance", "stdev"} & set(asked)
    if spread and n < 2 and not population:
        raise ToolInputError("the sample standard deviation and variance need at least two numbers")
    computed: dict[str, Real | list[Real] | None] = {}
    steps: list[str] = [f"{n} numbers: {', '.join(numbers.format_number(v) for v in values[:20])}"
                        + (" …" if n > 20 else "")]  # fmt: skip
    total = sum(values, Fraction(0))
    mean = numbers.checked(total / n)
    ordered = sorted(values)
    for name in asked:
        if name == "count":
            computed[name] = n
        elif name == "sum":
            computed[name] = total
        elif name == "mean":
            computed[name] = mean
            steps.append(f"mean = {numbers.format_number(total)} ÷ {n} = {numbers.format_number(mean)}")
        elif name == "median":
            middle = n // 2
            median = computed[name] = ordered[middle] if n % 2 else (ordered[middle - 1] + ordered[middle]) / 2
            steps.append(f"sorted: the middle value{'s are' if n % 2 == 0 else ' is'} median = "
                         f"{numbers.format_number(median)}")  # fmt: skip
        elif name == "mode":
            counts = Counter(values)
            top = max(counts.values())
            computed[name] = None if top == 1 else sorted(v for v, c in counts.items() if c == top)
        elif name == "min":
            computed[name] = ordered[0]
        elif name == "max":
            computed[name] = ordered[-1]
        elif name == "range":
            computed[name] = ordered[-1] - ordered[0]
        elif name in ("variance", "stdev"):
            variance = _variance(values, mean, population, steps)
            computed[name] = variance if name == "variance" else numbers.power(variance, Fraction(1, 2))
    kind = "population" if population else "sample"
    labels = {"stdev": f"{kind} standard deviation", "variance": f"{kind} variance", "min": "minimum",
              "max": "maximum"}  # fmt: skip
    parts = [f"{labels.get(name, name)} {_shown(computed[name], measure, name)}" for name in asked]
    first = computed[asked[0]]
    answer = _shown(first, measure, asked[0]) if len(asked) == 1 else "; ".join(parts)
    result = first if isinstance(first, Fraction | float | int) else None
    solution = Solution(answer, result, "statistics", f"{', '.join(asked)} of {n} numbers", steps)
    if spread:
        solution.notes.append(
            "population standard deviation and variance (dividing by n)" if population else
            "sample standard deviation and variance (dividing by n − 1); ask for the population ones to divide by n"
        )  # fmt: skip
    solution.values = {
        labels.get(k, k).replace(" ", "_"): v for k, v in computed.items() if isinstance(v, Fraction | float | int)
    }
    return solution


def _shown(value: Real | list[Real] | None, measure: Measure | None, name: str) -> str:
    if value is None:
        return "none (no value repeats)"
    if isinstance(value, list):
        return ", ".join(_shown(v, measure, name) for v in value)
    if name in ("count", "variance") or measure is None:
        return numbers.format_number(value)
    return show(Quantity(value, measure), exact=not is_money(measure))
