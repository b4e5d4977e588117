"""How many decimals the answer is wanted to, said at the end of any question ('whats the mean goals per game to
2dp', 'what's the area, to 2 decimal places?', 'how many miles is 10 km, to the nearest whole number?').

Plain arithmetic reads its own rounding clause; the word problems do not, and need not: the clause changes only
how the answer is shown. So a request that is not understood as written is read again without a closing rounding
clause, and the answer found is shown to the places asked. The clause is set aside only at the very end of the
request (before 'please', a question mark or a full stop), where it can say nothing else; an answer that is not one
number followed by its unit (a pace '5:15', several values) is not rounded, and the request declines as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import currencies, numbers
from servers.tools.calculator.asked_units import honour_unit_asked, unit_named
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.remarks import CLOSING_PARTICLES
from servers.tools.calculator.solution import CENTS_SHOWN, Solution
from servers.tools.calculator.tokens import Token, tokenize
from servers.tools.inputs import ToolInputError

_PLACES = (("decimal", "places"), ("decimal", "place"), ("decimals",), ("decimal",), ("dp",), ("d.p",), ("places",))
_NEAREST = {"whole": 0, "integer": 0, "tenth": 1, "hundredth": 2, "thousandth": 3, "penny": 2, "cent": 2,
            "pound": 0, "quid": 0, "dollar": 0, "euro": 0}  # fmt: skip
_CURRENCY_NEAREST = {"pound": "£", "quid": "£", "dollar": "$", "euro": "€"}  # 'to the nearest pound': an amount of £
_OF_MONEY = frozenset({"cent", "penny"})
_CLOSING = frozenset({"?", ".", "!", "please", "pls", "thanks"}) | CLOSING_PARTICLES  # '... is enough hle'
_MAX_PLACES = 12
_MONEY = "$€£¥₹"
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
"""A figure as an answer shows it ('1,234.5'); a percentage change's working values are not in its answer."""
_BRACKETED = re.compile(r"\([^()]*\)")  # '50.67 minutes (50 min 40 s)': the same value shown again
_TWO_PLACES_SHOWN = re.compile(r"\s*\([^()]*\bto 2 decimal places\)")


@dataclass(frozen=True, slots=True)
class Rounding:
    """A closing rounding clause: the text before it (``before``) and after it (``after``), and the places; the
    currency symbol when it names the unit ('to the nearest pound'), which an answer in money must then be in, and
    the unit it names ('km/h'; a pound may be a weight too)."""

    before: int
    after: int
    places: int
    symbol: str = ""
    unit: str = ""  # 'to the nearest km/h': the unit the whole number is counted in, as said


def to_places(text: str, solve: Callable[[str], Solution]) -> Solution | None:
    """'whats the mean goals per game to 2dp': ``text`` solved without its closing rounding clause, the answer then
    shown to the places asked; None when it has no such clause, or what is left is not understood in full."""
    clause = closing_rounding(tokenize(text))
    if clause is None:
        return None
    before, after = text[: clause.before].rstrip(), text[clause.after :]
    if before.endswith(("?", "!", ".")) and not after.strip(" .!?"):
        after = ""  # '... Average per day? One decimal.': the question keeps its own mark, not '? .'
    try:
        solution = solve(before + " " + after)
    except ToolInputError:
        return None
    if any(
        note.startswith("rounded to") and ("decimal place" in note or "whole number" in note) for note in solution.notes
    ):
        return None  # 'To 1dp, what's 10 / 3, to 2dp?': the places asked twice
    if clause.symbol and _money_opening(solution):
        # 'to the nearest pound' of money, 'round to the vatu': whole units of it
        return _money_rounded(solution, clause.places, clause.symbol)
    if clause.unit:  # 'average speed to the nearest mph': in miles per hour, whatever the givens' unit
        solution = in_whole_units(clause.unit, solution)
    return rounded(solution, clause.places)


def as_asked(tokens: list[Token], solution: Solution) -> Solution:
    """``solution`` to the places the request's closing rounding clause asks for, when the reading that answered
    did not round it itself: a reading by the givens' units reads the figures, not the words after them, and
    '51.53 km/h' is not the answer to 'average speed to the nearest km/h'. An answer that is not one number and
    its unit (a pace '5:12'), or money in another currency than the one named, is left as it is."""
    if any(
        ("rounded to" in note and not note.startswith(CENTS_SHOWN)) or "rounded up" in note or "rounded down" in note
        for note in solution.notes
    ):
        return solution
    clause = closing_rounding(tokens)
    money = bool(_money_opening(solution))
    if clause is None or clause.symbol and money and not solution.answer.startswith(clause.symbol):
        return solution
    if clause.unit and not (clause.symbol and money):
        solution = in_whole_units(clause.unit, solution)
    return rounded(solution, clause.places) or solution


def in_whole_units(unit: str, solution: Solution) -> Solution:
    """``solution`` in the ``unit`` a 'to the nearest' clause names ('to the nearest mph' of a speed worked out in
    km/h); a ToolInputError when the answer is a measure of another kind ('to the nearest minute' of a speed).
    Degrees are a temperature's; money, and an answer with no unit, are left as they are."""
    answered = unit_named(solution.unit or "", short=False)
    if answered is None or answered.dimension == "temperature" and unit.lower().startswith(("degree", "deg")):
        return solution
    solution = honour_unit_asked(f"in {unit}", solution)
    asked = unit_named(unit, short=True)
    now = unit_named(solution.unit or "", short=False)
    if asked is None or now is None or asked.key != now.key:
        raise ToolInputError(f"the answer is in {answered.label()}, which can't be rounded to the nearest {unit}")
    return solution


def closing_rounding(tokens: list[Token]) -> Rounding | None:
    """The rounding clause closing the request, or None: '[,] [rounded] to 2 dp', 'to the nearest whole number',
    '? round it to 1 dp', '? just round to the nearest whole number', and after a pause the places alone ('? 2 dp
    please', ', 2 decimal places is fine')."""
    end = _closing_words(tokens)
    places, first = _places_before(tokens, end)
    if places is None or first < 2:
        return None
    if tokens[first - 1].word == "to":
        at = _asked_by(tokens, first - 1)
    elif tokens[first - 1].word in ("me", "in") and first >= 3 and tokens[first - 2].word in _ROUND:
        at = first - 2  # 'Give me two decimals.', 'Answer in 2 decimal.': the places asked by a verb of their own
    elif tokens[first - 1].word in _ROUND and tokens[first - 2].text in _PAUSES:
        at = first - 1  # '? Give one decimal please.'
    elif tokens[first - 1].text in _PAUSES and (tokens[end - 1].word != "places" or tokens[end - 2].word == "decimal"):
        at = first  # '? 2 dp please': the places alone, after the question
    else:
        return None
    if tokens[at - 1].text == ",":
        at -= 1
    if at < 2:
        return None
    after = tokens[end].start if end < len(tokens) - 1 else tokens[-1].start
    symbol = _money_sign(tokens[end - 1].word)
    return Rounding(tokens[at].start, after, places, symbol, _nearest_unit(tokens, end) or "")  # a pound of either


_PAUSES = frozenset({"?", ",", ".", "!", "-", "—", ";", ":"})
_ROUND = frozenset({"round", "rounded", "give", "answer", "show", "put"})
_IT = frozenset({"it", "that", "this", "them", "answer", "the", "me", "off", "up"})
_ALLOWED = (("is", "fine"), ("is", "ok"), ("is", "okay"), ("is", "good"), ("would", "be", "good"), ("will", "do"),
            ("is", "enough"),
            ("would", "be", "great"), ("is", "great"), ("fine",), ("ok",))  # fmt: skip


def _closing_words(tokens: list[Token]) -> int:
    """Where the clause must end: before 'please', a stop, or words allowing it ('is fine', 'will do')."""
    end = len(tokens) - 1
    moved = True
    while moved:
        moved = False
        while end > 0 and (tokens[end - 1].word in _CLOSING or tokens[end - 1].text in _CLOSING):
            end -= 1  # 'to 2 decimal places please?'
            moved = True
        for phrase in _ALLOWED:
            width = len(phrase)
            if end > width and tuple(t.word for t in tokens[end - width : end]) == phrase:
                end -= width  # 'to 2 dp is fine'
                moved = True
                break
    return end


def _asked_by(tokens: list[Token], to: int) -> int:
    """Where the clause starts, given its 'to': the verb that asks it ('round it', 'give me the answer', 'just
    round'), read back over at most three words, or 'to' itself."""
    at = to
    while at > to - 3 and tokens[at - 1].word in _IT:
        at -= 1
    if tokens[at - 1].word not in _ROUND:
        return to  # 'the answer to 2 dp' with no verb: only 'to 2 dp' is the clause, and the rest must be read
    at -= 1
    if tokens[at - 1].word in ("just", "please", "and", "pls"):
        at -= 1
    return at


def _places_before(tokens: list[Token], end: int) -> tuple[int | None, int]:
    """The places a clause ending just before ``end`` asks for, and where the clause starts after 'to'."""
    for phrase in _PLACES:
        first = end - len(phrase)
        if first >= 2 and all(tokens[first + k].word == w for k, w in enumerate(phrase)):
            count = tokens[first - 1]
            if count.kind != "number" or count.value.denominator != 1 or not 0 <= count.value <= _MAX_PLACES:
                return None, 0
            return int(count.value), first - 1
    if end >= 4 and tokens[end - 1].word in ("number", "numbers") and tokens[end - 2].word in _NEAREST:
        word_at = end - 2
    elif end >= 4 and _percent_at(tokens, end) and tokens[end - 2].word in ("whole", "nearest"):
        word_at = end - 2 if tokens[end - 2].word == "whole" else end - 1  # 'to the nearest (whole) percent'
        if word_at == end - 1:
            return 0, end - 2 - (tokens[end - 3].word == "the")
    elif end >= 3 and (tokens[end - 1].word.removesuffix("s") in _NEAREST or _money_sign(tokens[end - 1].word)):
        word_at = end - 1
        said = tokens[word_at].word.removesuffix("s")
        money = said in _OF_MONEY or _money_sign(tokens[word_at].word)
        if tokens[word_at - 1].word == "the" and tokens[word_at - 2].word == "to" and money:
            return _NEAREST.get(said, 0), word_at - 1  # 'round to the vatu', 'to the cent': of the money itself
    elif _nearest_unit(tokens, end):
        nearest = next(k for k in range(end - 1, 0, -1) if tokens[k].word == "nearest")
        return 0, nearest - (tokens[nearest - 1].word == "the")
    else:
        return None, 0
    if tokens[word_at - 1].word != "nearest":
        return None, 0
    first = word_at - 1 - (tokens[word_at - 2].word == "the")  # 'to the nearest', 'round to nearest'
    return _NEAREST.get(tokens[word_at].word.removesuffix("s"), 0), first


def _money_sign(word: str) -> str:
    """The sign an amount is shown with in the money a word names ('pound': '£', 'kwacha': 'MWK '), for 'to the
    nearest pound'; '' when the word names no money, or one shown by its name after the figure ('pesos')."""
    if word.removesuffix("s") in _CURRENCY_NEAREST:
        return _CURRENCY_NEAREST[word.removesuffix("s")]
    code = currencies.WORDS.get(word) or currencies.AFTER.get(word)
    symbol = currencies.BY_CODE[code].symbol if code is not None else ""
    return "" if symbol.startswith(" ") else symbol


def _percent_at(tokens: list[Token], end: int) -> bool:
    """Whether the clause ending before ``end`` ends on a percent ('nearest whole percent', 'nearest %')."""
    return tokens[end - 1].word in ("percent", "percents", "pc") or tokens[end - 1].text == "%"


def _nearest_unit(tokens: list[Token], end: int) -> str | None:
    """'to the nearest km/h', 'nearest kg': the unit said between 'nearest' and ``end`` (at most three tokens,
    'km / h'), or None when no unit is said there."""
    for nearest in range(end - 2, max(end - 5, 0), -1):
        if tokens[nearest].word != "nearest":
            continue
        said = tokens[nearest + 1 : end]
        if said and all(t.kind in ("word", "symbol") for t in said):
            phrase = said[0].text
            for before, token in zip(said, said[1:], strict=False):
                phrase += token.text if "symbol" in (before.kind, token.kind) else " " + token.text
            return phrase if unit_named(phrase, short=True) is not None else None
    return None


def rounded(solution: Solution, places: int) -> Solution | None:
    """``solution`` with its one number shown to ``places`` decimals (halves up), or None when its answer is not
    one number and its unit. Money, shown to the cent already, is left as it is when two places are asked."""
    value = solution.result
    sign = _money_opening(solution)
    if places == 2 and value is not None and sign:
        return solution  # money is shown to the cent already, however many amounts the answer names
    if places < 2 and value is not None and sign and solution.answer.count(sign) == 1:
        return _money_rounded(solution, places, sign)  # 'to the nearest pound': in whole pounds
    if value is None or len(_FIGURE.findall(_BRACKETED.sub("", solution.answer))) > 1:
        return None  # 'offer 1: £2.10 each, offer 2: £1.95 each': several values, none of them the one to round
    magnitude = value < 0 and not solution.answer.startswith("-")  # '9.524% decrease': a fall shown by its size
    shown = numbers.format_number(abs(value) if magnitude else value)
    if not solution.answer.startswith(shown):
        shown = _shown_rounded(solution.answer, abs(value) if magnitude else value) or shown
    if not solution.answer.startswith(shown):
        if places == 2 and sign:
            return solution  # money is shown to the cent already
        if places < 2 and sign and not solution.values:
            return _money_rounded(solution, places, sign)  # 'to the nearest pound'
        return None
    rest = solution.answer[len(shown) :]
    if rest and (rest[0].isdigit() or rest[0] in ".:/"):
        return None  # the number shown is longer than the result read ('5:15', '1/3')
    exact = numbers.round_half_up(value, places)
    text = numbers.fixed(abs(exact) if magnitude else exact, places)
    if _TWO_PLACES_SHOWN.search(rest):
        rest = _TWO_PLACES_SHOWN.sub("", rest)  # '(9.52% to 2 decimal places)': the places asked replace it
    how = "the nearest whole number" if places == 0 else f"{places} decimal place{'s' * (places != 1)}"
    if exact != value:
        solution.exact = solution.exact or shown
    solution.answer = text + rest
    solution.result = exact
    solution.steps.append(f"{shown} rounded to {how} = {text}")
    solution.notes.append(f"rounded to {how}, halves rounding up")
    return solution


def _shown_rounded(answer: str, value: Real) -> str | None:
    """The figure an answer opens with when it is ``value`` already shown to fewer decimals ('18.93 liters' of
    18.92705892), so that the places asked round the value itself; None when it opens with anything else."""
    opening = re.match(r"-?\d+(?:\.(\d+))?", answer)
    if opening is None:
        return None
    places = len(opening.group(1) or "")
    if numbers.round_half_up(value, places) != Fraction(opening.group()):
        return None
    return opening.group()


def _money_opening(solution: Solution) -> str:
    """The sign of the money an answer opens with ('£', '₦', 'LSL '), or '' when it opens with no amount of money:
    the common signs, and the symbol of the currency the answer is in ('₦26,201.18' of naira)."""
    if solution.answer[:1] in _MONEY:
        return solution.answer[0]
    money = currencies.BY_CODE.get(solution.unit or "")
    symbol = money.symbol if money is not None else ""
    return symbol if symbol and not symbol.startswith(" ") and solution.answer.startswith(symbol) else ""


def _money_rounded(solution: Solution, places: int, symbol: str) -> Solution | None:
    """An amount of money ('£3,050.78') shown to whole units of its currency (or tenths), as 'to the nearest
    pound' asks; None when the answer does not open with one amount in that currency, or names several."""
    value = solution.result
    opening = re.match(re.escape(symbol) + r"(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?", solution.answer)
    if value is None or opening is None or solution.answer.count(symbol) > 1:
        return None
    if Fraction(opening.group(1).replace(",", "") + (opening.group(2) or "")) != numbers.round_half_up(value, 2):
        return None
    exact = numbers.round_half_up(value, places)
    whole, _, tenths = numbers.fixed(exact, places).partition(".")
    shown = f"{symbol}{int(whole):,}" + (f".{tenths}" if tenths else "")
    if exact != value:
        solution.exact = solution.exact or numbers.format_number(value)
    solution.steps.append(f"{opening.group()} rounded to the nearest whole unit = {shown}")
    solution.notes.append("rounded to whole units of the money, halves rounding up")
    solution.answer = shown + solution.answer[opening.end() :]
    solution.result = exact
    return solution
