"""A request read as a story of figures: each amount with the word after it, each clock time with its part of the
day, each stretch of time in minutes, and the words between them.

The readings of ``story_kinds`` come last, after every reading that places each word of the request has failed:
a user tells the sum inside a story ('The tubab from the NGO asks the size of my farm in acres. It is 3.5 hectares
and 1 hectare is 2.471 acres.'), and the story's own words are not the calculator's to understand. So a kind here
reads only the figures and the few words that decide its sum, and accounts for every figure; any word that could
change the sum ('except', 'twice', 'per', 'minus', ...) and that its kind does not read declines it.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import dialect_words, numbers, remarks, rounding
from servers.tools.calculator.clock_plans import duration_at
from servers.tools.calculator.quantities import lookup, plural, singular
from servers.tools.calculator.tokens import Token, tokenize
from servers.tools.inputs import ToolInputError

SHIFTING = frozenset(
    "shared shares halved doubled tripled "
    "don't doesn't didn't won't never can't cannot "
    "except minus less without not half double twice triple thrice extra plus discount off tip tax each per every "
    "more fewer back return both total altogether together but if instead only already before after ago late "
    "early than times divided multiplied square cubed percent add added subtract remove take away left remaining "
    "rest share split between among deposit loan interest vat profit lose lost loses gained gain save saved = out "
    "speed vegetarian vegan doubling halving round nearest about around roughly approximately maybe or and/or "
    "last next first second third quarter".split()
)
"""Words that can change a sum a story tells. Each kind lists those it reads; any other declines it."""

_STOPS = frozenset(".?!;")
_SPOKEN = remarks.GREETINGS | remarks.SPOKEN_TO | remarks.CLOSING_PARTICLES
_PLACES = frozenset("decimal dp place".split())  # 'with two decimals', 'one decimal', '2 dp', '2 decimal places'
_NOT_UNITS = frozenset("and or to in of the for at from with per each a an is was are were on by then but".split())
_SCALED = frozenset("k bn mn".split())
_FRANCS = frozenset("f fcfa cfa".split())
_MINUTES = frozenset("minute minutes min mins".split())
_MORNING = frozenset("am morning".split())
_AFTERNOON = frozenset("pm afternoon evening night".split())


@dataclass(frozen=True, slots=True)
class Figure:
    """A number of the story: its value, its tokens (``at`` to ``end``), the word after it as one of it ('kg',
    'drum'), its currency's code and whether it is a percentage."""

    value: Fraction
    at: int
    end: int
    unit: str = ""
    currency: str = ""
    percent: bool = False


@dataclass(frozen=True, slots=True)
class Clock:
    """A clock time: minutes after midnight and whether its part of the day is said (am, pm, 'in the morning', a
    24-hour figure), as written ('10:50 am')."""

    minutes: int
    at: int
    end: int
    settled: bool
    written: str


@dataclass(frozen=True, slots=True)
class Stretch:
    """A stretch of time said in hours and minutes ('1 hour 40 minutes'), in minutes."""

    minutes: Fraction
    at: int
    end: int


@dataclass(frozen=True, slots=True)
class Story:
    tokens: list[Token]
    figures: tuple[Figure, ...]
    clocks: tuple[Clock, ...]
    stretches: tuple[Stretch, ...]
    words: frozenset[str]
    places: int | None  # 'Give me feet with one decimal.': the places the answer is shown to
    sentences: tuple[int, ...]  # the sentence each token is in, counted once for every reading of the story
    said: str  # the story's words and marks, one space apart, for ``asks``

    def shifts(self, read: frozenset[str] = frozenset()) -> bool:
        """Whether a word that can change the sum is in the story and not among the words its kind ``read``s."""
        return bool((self.words & SHIFTING) - read)

    def sentence(self, k: int) -> int:
        """The number of the sentence token ``k`` is in (0 for the first)."""
        return self.sentences[k]

    @property
    def question(self) -> int:
        """The number of the last sentence, the one that asks."""
        return self.sentences[len(self.tokens) - 2]

    def asks_unsaid(self) -> bool:
        """'how many gram powder, sugar?': a last word of the question, after a comma, that the story never said."""
        tokens = self.tokens
        last = len(tokens) - 2
        while last > 0 and tokens[last].kind == "symbol":
            last -= 1
        if last < 2 or tokens[last].kind != "word" or tokens[last - 1].text != ",":
            return False
        word = tokens[last].word
        return word not in {t.word for t in tokens[: last - 1]} and word not in _SPOKEN and tokens[last].text.islower()

    def asks(self, *phrases: str) -> bool:
        """Whether the story says one of ``phrases`` ('how long', 'what time'), word for word."""
        return any(f" {phrase} " in self.said for phrase in phrases)


def read_story(request: str) -> Story | None:
    """The story of ``request`` without its closing rounding clause (honoured after); None when its figures are
    written in a way this reading does not take (a date, a range, a figure in words it cannot place)."""
    try:
        clause = rounding.closing_rounding(tokenize(request))
        if clause is not None and (clause.symbol or clause.unit):
            return None  # 'to the nearest pound': in which money, the rounding's own reader says
        if clause is not None:
            request = request[: clause.before].rstrip() + " " + request[clause.after :]
        tokens = tokenize(dialect_words.in_english(request))
    except ToolInputError:
        return None
    pairs = zip(tokens, tokens[1:], strict=False)
    if any(t.kind == "number" and after.attached and after.word in _SCALED for t, after in pairs):
        return None  # '$30k', '2bn': a figure scaled by a letter is another reading's to place
    if any(t.text == "KM" for t in tokens):
        return None  # Bosnian marks or kilometres: the figures alone do not say
    if any(t.kind in ("date", "ordinal") or t.text in ("–", "/", "×", "*", "+") for t in tokens):
        return None  # a range, a fraction or a sum written out is another reading's to place
    dashes = [k for k, t in enumerate(tokens) if t.text == "-"]
    if any(tokens[k - 1].kind == "number" or tokens[k + 1].kind == "number" for k in dashes if k):
        return None  # '20-25 kg', '-5': a dash beside a figure; 'half-inch chips' is a word
    figures: list[Figure] = []
    clocks: list[Clock] = []
    stretches: list[Stretch] = []
    k = 0
    while k < len(tokens):
        clock = _clock(tokens, k)
        if clock is not None:
            clocks.append(clock)
            k = clock.end
            continue
        stretch = _stretch(tokens, k)
        if stretch is not None:
            stretches.append(stretch)
            k = stretch.end
            continue
        if tokens[k].kind == "number":
            figures.append(_figure(tokens, k))
            k = figures[-1].end
            continue
        k += 1
    words = frozenset(t.word or t.text for t in tokens if t.word or t.text == "=")
    asked_places = [f for f in figures if f.unit in _PLACES and f.value.denominator == 1 and 0 <= f.value <= 4]
    if len(asked_places) > 1:
        return None
    places = int(asked_places[0].value) if asked_places else None
    figures = [f for f in figures if f not in asked_places and not _one_of(tokens, f)]
    sentences: list[int] = []
    stops = 0
    for token in tokens:
        sentences.append(stops)
        stops += token.text in _STOPS
    said = f" {' '.join(t.word or t.text for t in tokens)} "
    return Story(tokens, tuple(figures), tuple(clocks), tuple(stretches), words, places, tuple(sentences), said)


def _figure(tokens: list[Token], k: int) -> Figure:
    value = Fraction(tokens[k].value)
    start = k
    while _grouped(tokens[k], tokens[k + 1]):  # '4 200 rejets': thousands set apart by a space
        value = value * 1000 + Fraction(tokens[k + 1].value)
        k += 1
    return _figure_at(tokens, start, k, value)


def _grouped(first: Token, second: Token) -> bool:
    return (
        first.kind == second.kind == "number" and first.text.isdigit() and len(first.text) <= 3
        and second.text.isdigit() and len(second.text) == 3 and not second.attached
    )  # fmt: skip


def _figure_at(tokens: list[Token], start: int, k: int, value: Fraction) -> Figure:
    """The figure written from ``start`` to ``k``, with what is said right before or after it."""
    before, after = tokens[start - 1] if start else None, tokens[k + 1]
    if after.text == "%" or after.word in ("percent", "pct"):
        return Figure(value, start, k + 2, percent=True)
    if after.kind == "currency":
        return Figure(value, start, k + 2, currency=str(after.value))
    if before is not None and before.kind == "currency":
        return Figure(value, start - 1, k + 1, currency=str(before.value))
    if after.word in _FRANCS and after.kind == "word":
        return Figure(value, start, k + 2, currency="XOF")  # '600 000 F', '16 500 FCFA': West African francs
    if after.kind != "word" or after.word in _NOT_UNITS:
        return Figure(value, start, k + 1)
    return Figure(value, start, k + 2, unit=singular(after.word))


def _clock(tokens: list[Token], k: int) -> Clock | None:
    """'10:50 am', '6:10 in the morning', '16:20', '5h45', '1 o'clock', '3 pm'."""
    token = tokens[k]
    end = k + 1
    if token.kind == "clock":
        hour, minute = token.value
    elif token.kind == "number" and token.value.denominator == 1 and 0 <= token.value <= 23:
        after = tokens[k + 1]
        if after.word == "h" and after.attached and tokens[k + 2].kind == "number" and tokens[k + 2].attached:
            hour, minute, end = int(token.value), int(tokens[k + 2].value), k + 3  # '5h45'
        elif after.word in ("o'clock", "am", "pm"):
            hour, minute, end = int(token.value), 0, k + 2 - (after.word != "o'clock")
        else:
            return None
    else:
        return None
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    part = _day_part(tokens, end)
    settled = hour > 12 or hour == 0 or token.text.startswith("0") or tokens[end - 1].word == "h"
    if part == "night" and hour < 6:
        settled = True  # '01:15 in the night': after midnight
    elif part in _AFTERNOON and hour < 12:
        hour, settled = hour + 12, True
    elif part in _MORNING and hour <= 12:
        hour, settled = hour % 12, True
    elif part:
        settled = True
    written = f"{hour:02d}:{minute:02d}"
    return Clock(hour * 60 + minute, k, end, settled, written)


def _day_part(tokens: list[Token], end: int) -> str:
    """'am', 'pm', or the part of the day said after a clock time ('in the morning', 'at night'); '' if none."""
    for k in range(end, min(end + 3, len(tokens))):
        word = tokens[k].word
        if word in _MORNING or word in _AFTERNOON:
            return word
        if word not in ("in", "the", "at", "o'clock"):
            return ""
    return ""


def _one_of(tokens: list[Token], figure: Figure) -> bool:
    """'Quick one, ...', '700 lei for one metre', 'the last one can stay not full': the word 'one' that counts
    nothing, says what a price is for, or stands for a thing already named."""
    if tokens[figure.at].text.lower() != "one":
        return False
    before = tokens[figure.at - 1].word if figure.at else ""
    return not figure.unit or before in ("for", "per", "last", "first", "next", "this", "that", "each")


def _bare(token: Token) -> bool:
    """After '1 hour 40': no unit, so the forty are minutes."""
    return token.kind != "word" or token.word in ("again", "then", "and", "to", "there")


def _stretch(tokens: list[Token], k: int) -> Stretch | None:
    """'1 hour 40 minutes', '2 hours and 50 minutes', '35 min', '1 hour 40 again'."""
    read = duration_at(tokens, k)
    if read is None:
        return None
    minutes, end = read
    if end == k + 3 and not _bare(tokens[end]):
        return None  # 'works 8 hours 5 days a week': the 5 counts days, not minutes
    if tokens[end].word == "and" and tokens[end + 2].word in _MINUTES and (more := duration_at(tokens, end + 1)):
        minutes, end = minutes + more[0], more[1]  # '2 hours and 50 minutes'
    return Stretch(minutes, k, end)


MONTHS = tuple("january february march april may june july august september october november december".split())
"""The months in their order: a story's figures are told by them ('in March but only 1,116 in April')."""


def unit_name(word: str) -> str:
    """One name for a unit however it is written ('kilo' and 'kg' are 'kilogram', 'days' is 'day'); a word that is
    no unit the calculator knows, as one of it ('buckets': 'bucket')."""
    known = lookup(word)
    return known.name if known is not None and known.per is None else singular(word)


def unit_label(unit: str, value: Fraction) -> str:
    """A unit as an answer names it: 'kilograms', '1 liter'; a unit of the user's own as written ('tolas')."""
    known = lookup(unit)
    if known is not None:
        return known.label(value)
    return unit if value == 1 else plural(unit)


def figure_text(figure: Figure) -> str:
    """A figure written plainly for a restated request: 'SRD 8400', '16920 pineapples', '21%'."""
    value = numbers.format_number(figure.value)
    if figure.percent:
        return f"{value}%"
    if figure.currency:
        return f"{figure.currency} {value}"
    if not figure.unit:
        return value
    return f"{value} {plural(figure.unit) if figure.value != 1 else figure.unit}"
