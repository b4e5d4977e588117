"""The calculator's tokenizer: a request in symbols or words becomes numbers, words and symbols.

One left-to-right pass, no regular expressions, so the cost is linear in the length of the request. Numbers are
read exactly (``Fraction``): thousands separators (``1,234,567``), decimals, scientific notation (``1e308``) and
number words (``twenty-five``, ``a dozen``, ``2.5 million``). Clock times (``9:30``), ISO dates (``2024-03-15``)
and ordinals (``5th``) are tokens of their own. Every character becomes part of some token, so a grammar that
consumes every token has accounted for the whole request.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from servers.tools.calculator.cifrao import as_escudos
from servers.tools.calculator.currencies import SIGNS
from servers.tools.calculator.currency_codes import as_currencies_after, as_currency_signs, signs_held
from servers.tools.calculator.dashes import pause_dashes
from servers.tools.calculator.digits import digits_end, is_digit
from servers.tools.calculator.kept_readings import read_once
from servers.tools.calculator.lakh_grouping import lakh_grouping_end
from servers.tools.calculator.lettered_money import prefixed_currency
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.unit_spellings import per_every, powered_lengths
from servers.tools.calculator.written_figures import as_read_here
from servers.tools.inputs import ToolInputError

MAX_REQUEST_CHARS = 4_000
MAX_NUMBER_DIGITS = 400
MAX_EXPONENT = 1_000

CURRENCY_SYMBOLS = SIGNS  # '₸' is the tenge's, as '$' is the dollar's
_SYMBOL_ALIASES = {"−": "-", "×": "*", "·": "*", "÷": "/", "＝": "=", "’": "'", "‘": "'", "“": '"', "”": '"'}
_WORD_ALIASES = {"√": "sqrt", "∛": "cbrt", "π": "pi", "&": "and"}
_SUPERSCRIPTS = {"²": "squared", "³": "cubed"}
# the operation and question words people misspell most; none of the misspellings is a word of its own
# ('percents' is a learner's plural of a word that has none)
_MISSPELLINGS = {
    "tims": "times", "timse": "times", "tiems": "times", "devided": "divided", "divded": "divided",
    "dividied": "divided", "divied": "divided", "pluss": "plus", "minis": "minus",
    "minues": "minus", "multipled": "multiplied", "mulitplied": "multiplied", "multiplyed": "multiplied",
    "multplied": "multiplied", "percnet": "percent", "precent": "percent", "perecnt": "percent",
    "persent": "percent", "sqaure": "square", "squre": "square", "sqaured": "squared", "squred": "squared",
    "percnt": "percent", "pecent": "percent", "percant": "percent", "percentt": "percent", "prcent": "percent",
    "perecent": "percent", "percents": "percent", "averge": "average", "avrage": "average", "avarage": "average",
    "avergae": "average",
    "wat": "what", "wats": "what's", "waht": "what", "whta": "what", "wht": "what", "hw": "how", "tottal": "total",
    "totla": "total", "divde": "divide", "mutliply": "multiply", "multipy": "multiply", "substract": "subtract",
    "mcuh": "much", "muhc": "much", "mutch": "much", "hwo": "how", "waht's": "what's", "whats's": "what's",
    "intrest": "interest", "interst": "interest", "intrst": "interest",
    "wk": "week", "wks": "weeks", "yr": "year", "yrs": "years", "mth": "month", "mths": "months",
    "caculate": "calculate", "calculte": "calculate", "calcualte": "calculate", "calulate": "calculate",
    "poeple": "people", "peopel": "people", "peple": "people", "pepole": "people",
    # number words as people often misspell them; none of the misspellings is a word of its own
    "fourty": "forty", "ninty": "ninety", "nintey": "ninety", "fiveteen": "fifteen", "fivteen": "fifteen",
    "eightteen": "eighteen", "fourtheen": "fourteen", "ninteen": "nineteen", "twleve": "twelve",
}  # fmt: skip

_TEXTING = {"rn": "now"}
"""Texting shorthand, matched as written: 'its 35% off rn' is 'right now', while 'RN' is a registered nurse."""

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 10**6, "billion": 10**9, "trillion": 10**12, "dozen": 12,
          "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7}  # fmt: skip
"""Words that scale a number: the Indian lakh (100,000) and crore (10,000,000) as much as a thousand."""


@dataclass(frozen=True, slots=True)
class Token:
    """One piece of the request. ``text`` is as written; ``start`` is its offset in the request.

    ``value`` is a ``Fraction`` for a number, ``(hour, minute)`` for a clock time, a ``date`` for a date, an
    ``int`` for an ordinal and a currency code for a currency symbol. ``attached`` says no space came before it
    (``5m`` is five metres, ``3x`` is three times x).
    """

    kind: str  # number, word, symbol, currency, clock, date, ordinal, end
    text: str
    start: int
    value: Any = None
    attached: bool = False
    word: str = field(init=False)  # the text lowercased for a word, else ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "word", self.text.lower() if self.kind == "word" else "")


@read_once
def tokenize(request: str) -> list[Token]:
    """The tokens of ``request``, ending with an ``end`` token; a ToolInputError for a request too long to read."""
    if len(request) > MAX_REQUEST_CHARS:
        raise ToolInputError(
            f"the request is too long for the calculator ({len(request):,} characters; "
            f"the limit is {MAX_REQUEST_CHARS:,})"
        )
    tokens = per_every(powered_lengths(list(_scan(as_read_here(request)))))
    tokens = _merge_unit_and_half(_merge_mixed_numbers(_merge_number_words(tokens)))
    tokens = pause_dashes(tokens)  # 'asking prices - £210,000, ...': a pause before the list, not a minus sign
    tokens = as_currencies_after(tokens)  # '650 sol', '500 lek': money right after a figure, a word elsewhere
    tokens = as_currency_signs(tokens)  # 'NOK 21.50', 'Rp 350.000': a code before the figure, as a sign is
    tokens = signs_held(tokens)  # 'Tk 850', 'Fr. 38.50': the figure is the money's, as in 'Tk850'
    tokens = as_escudos(tokens)  # '500$00': escudos and centavos either side of the cifrão
    tokens.append(Token("end", "", len(request)))
    return tokens


_HALVED_UNITS = frozenset(
    "year month week fortnight day hour minute mile kilometre kilometer km metre meter litre liter pound kilo "
    "kilogram gallon cup teaspoon tablespoon foot inch pint kg".split()
)


def _merge_unit_and_half(tokens: list[Token]) -> list[Token]:
    """'a year and a half', 'an hour and a half' are one and a half of the unit, 'half a kilo' and 'a quarter of an
    hour' a share of one, 'half a dozen' six: the number, then the unit."""
    merged: list[Token] = []
    i = 0
    while i < len(tokens):
        words = [t.text.lower() if t.kind == "word" else "" for t in tokens[i : i + 5]]
        if words[:1] in (["a"], ["an"], ["one"]) and len(words) == 5 and words[1] in _HALVED_UNITS:
            if words[2:] == ["and", "a", "half"]:
                first = tokens[i]
                merged += [Token("number", "1.5", first.start, Fraction(3, 2)), tokens[i + 1]]
                i += 5
                continue
        if tokens[i].kind == "number" and _and_a_half(tokens, i, words):
            first = tokens[i]  # '7 hours and a half': seven and a half hours, the way 'an hour and a half' is 1.5
            merged += [Token("number", f"{first.text} and a half", first.start, first.value + Fraction(1, 2)),
                       tokens[i + 1]]  # fmt: skip
            i += 5
            continue
        if words[:1] in (["a"], ["an"]) and _one_and_more(tokens, i, words):
            first = tokens[i]  # 'an hour and 20 minutes' is 1 hour and 20 minutes, read as one quantity
            merged += [Token("number", "1", first.start, Fraction(1)), tokens[i + 1]]
            i += 2
            continue
        if words[:2] in (["half", "a"], ["half", "an"]) and len(words) >= 3 and words[2] in _HALVED_UNITS:
            half = tokens[i]  # 'half a kilo', 'half an hour': a number before its unit, as 'a kilo' is one
            merged += [Token("number", "0.5", half.start, Fraction(1, 2)), tokens[i + 2]]
            i += 3
            continue
        quarters = _quarters(tokens[i], words)
        if quarters:  # 'a quarter of an hour', 'three quarters of a mile': the share of one unit, before the unit
            first = tokens[i]
            merged += [Token("number", str(float(quarters)), first.start, quarters), tokens[i + 4]]
            i += 5
            continue
        if words[0] == "half" and i + 1 < len(tokens) and tokens[i + 1].text.lower() == "a dozen":
            half = tokens[i]  # 'half a dozen' is six
            merged.append(Token("number", "half a dozen", half.start, Fraction(6)))
            i += 2
            continue
        merged.append(tokens[i])
        i += 1
    return merged


def _and_a_half(tokens: list[Token], i: int, words: list[str]) -> bool:
    """'7 hours and a half', '2 years and a half?': a whole number of a unit, then half of one more, said last; not
    'and a half day' (half of another thing) nor after an amount ('£15 an hour')."""
    if len(words) < 5 or words[2:] != ["and", "a", "half"] or words[1].removesuffix("s") not in _HALVED_UNITS:
        return False
    if not isinstance(tokens[i].value, Fraction) or tokens[i].value.denominator != 1 or tokens[i + 1].attached:
        return False
    after = tokens[i + 5] if i + 5 < len(tokens) else None
    return after is None or after.kind != "word" or after.text.lower() in _AFTER_HALF


_AFTER_HALF = frozenset("is are in of to for at how what and or was it that".split())


def _one_and_more(tokens: list[Token], i: int, words: list[str]) -> bool:
    """'an hour and twenty minutes', 'a mile and 200 yards': one of a unit, then more of a smaller unit of the same
    kind. Not after an amount: '$15 an hour and 20 hours a week' keeps its rate."""
    if len(words) < 5 or words[1] not in _HALVED_UNITS or words[2] != "and" or tokens[i + 3].kind != "number":
        return False
    if i > 0 and tokens[i - 1].kind in ("number", "currency"):
        return False
    big, small = lookup(words[1], short=False), lookup(words[4], short=False) if words[4] else None
    return (
        big is not None
        and small is not None
        and big.per is None
        and small.per is None
        and big.dimension == small.dimension
        and small.factor < big.factor
    )


def _quarters(first: Token, words: list[str]) -> Fraction:
    """The quarters of one unit said by 'a quarter of an hour' or 'three quarters of a mile'; 0 for none."""
    if len(words) < 5 or words[2] != "of" or words[3] not in ("a", "an") or words[4] not in _HALVED_UNITS:
        return Fraction(0)
    if words[:2] == ["a", "quarter"]:
        return Fraction(1, 4)
    if first.kind == "number" and first.value in (1, 3) and words[1] == ("quarter" if first.value == 1 else "quarters"):
        return Fraction(first.value, 4)
    return Fraction(0)


def _merge_mixed_numbers(tokens: list[Token]) -> list[Token]:
    """'2 1/2' is two and a half: a whole number, a space, then a proper fraction written tight."""
    merged: list[Token] = []
    i = 0
    while i < len(tokens):
        whole, *rest = tokens[i : i + 4]
        if len(rest) == 3 and _mixed(whole, *rest):
            numerator, _, denominator = rest
            value = whole.value + Fraction(numerator.value) / Fraction(denominator.value)
            text = f"{whole.text} {numerator.text}/{denominator.text}"
            merged.append(Token("number", text, whole.start, value, whole.attached))
            i += 4
            continue
        merged.append(whole)
        i += 1
    return merged


def _mixed(whole: Token, numerator: Token, slash: Token, denominator: Token) -> bool:
    parts = (whole, numerator, denominator)
    if any(t.kind != "number" or not t.text.isdigit() for t in parts) or slash.text != "/":
        return False
    tight = not numerator.attached and slash.attached and denominator.attached
    return tight and 0 < numerator.value < denominator.value


def _scan(text: str):
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        attached = i > 0 and not text[i - 1].isspace()
        if is_digit(ch) or (ch == "." and i + 1 < n and is_digit(text[i + 1])):
            token, i = _number_like(text, i)
        elif (prefixed := prefixed_currency(text, i)) is not None:
            code, width = prefixed
            token, i = Token("currency", text[i : i + width], i, code), i + width
        elif ch.isalpha() or ch in _WORD_ALIASES:
            token, i = _word(text, i)
        elif ch in CURRENCY_SYMBOLS:
            token, i = Token("currency", ch, i, CURRENCY_SYMBOLS[ch]), i + 1
        elif text.startswith(("**", "//"), i):
            token, i = Token("symbol", text[i : i + 2], i), i + 2
        elif ch in _SUPERSCRIPTS:
            token, i = Token("word", _SUPERSCRIPTS[ch], i), i + 1
        else:
            token, i = Token("symbol", _SYMBOL_ALIASES.get(ch, ch), i), i + 1
        yield Token(token.kind, token.text, token.start, token.value, attached)


_BASES = {"x": (16, "0123456789abcdef"), "b": (2, "01"), "o": (8, "01234567")}


def _based(text: str, start: int) -> tuple[Token, int] | None:
    """'0x1F4', '0b1011', '0o17': a whole number written in base 16, 2 or 8, read exactly; None when the text is
    not one — a letter or digit running on past the digits ('0b12', '0x1G') is not, and is read as before."""
    base = _BASES.get(text[start + 1 : start + 2].lower()) if text[start] == "0" else None
    if base is None:
        return None
    i = start + 2
    while i < len(text) and text[i].lower() in base[1]:
        i += 1
    if i == start + 2 or i < len(text) and (text[i].isalnum() or text[i] == "."):
        return None
    if i - start - 2 > MAX_NUMBER_DIGITS:
        raise ToolInputError(f"a number with {i - start - 2:,} digits is longer than the calculator reads")
    return Token("number", text[start:i], start, Fraction(int(text[start + 2 : i], base[0]))), i


def _number_like(text: str, start: int) -> tuple[Token, int]:
    based = _based(text, start)
    if based is not None:
        return based
    n = len(text)
    i = digits_end(text, start)
    if i - start in (1, 2) and text[i : i + 1] == ":" and digits_end(text, i + 1) == i + 3:
        if int(text[start:i]) <= 24 or text[i + 3 : i + 4] == ":" or text[i + 3 : i + 4].isalnum():
            return _clock(text, start, i)  # '60:40' is no time of day but a ratio of parts, read as its numbers
    if i - start == 4 and text[i : i + 1] == "-" and digits_end(text, i + 1) == i + 3:
        if text[i + 3 : i + 4] == "-" and digits_end(text, i + 4) == i + 6:
            return _iso_date(text, start, i + 6)
    if i - start <= 2 and (lakhs := lakh_grouping_end(text, start, i)) is not None:
        i = lakhs  # '₹1,25,000': grouped in lakhs
    elif i - start <= 3:  # thousands groups: 1,234,567 but not the list 3,5,10
        while text[i : i + 1] == "," and digits_end(text, i + 1) == i + 4:
            i += 4
    if i < n and text[i] == "." and i + 1 < n and is_digit(text[i + 1]):
        dot = i
        i = digits_end(text, i + 1)
        if dot - start in (1, 2) and i == dot + 3 and _meridiem_after(text, i):
            return _clock(text, start, dot)  # '7.15pm', '7.45 am': a clock time written with a dot
    mantissa_end = i
    exponent = 0
    if i < n and text[i] in "eE":
        j = i + 1 + (i + 1 < n and text[i + 1] in "+-")
        k = digits_end(text, j)
        if k > j and not (k < n and text[k].isalpha()):
            if k - j > 6 or int(text[j:k]) > MAX_EXPONENT:
                raise ToolInputError(f"the number {text[start:k]} is too large to work with")
            exponent = int(text[j:k]) * (-1 if text[j - 1] == "-" else 1)
            i = k
    literal = text[start:mantissa_end].replace(",", "")
    if len(literal) > MAX_NUMBER_DIGITS:
        raise ToolInputError(f"a number with {len(literal):,} digits is longer than the calculator reads")
    suffix_end = i
    while suffix_end < n and text[suffix_end].isalpha():
        suffix_end += 1
    suffix = text[i:suffix_end].lower()
    if exponent == 0 and "." not in literal and suffix in ("st", "nd", "rd", "th"):
        return Token("ordinal", text[start:suffix_end], start, int(literal)), suffix_end
    return Token("number", text[start:i], start, Fraction(literal) * Fraction(10) ** exponent), i


def _meridiem_after(text: str, i: int) -> bool:
    """Whether 'am' or 'pm' follows at ``i``, glued or after one space, as a word of its own ('7.15pm', '9.30 a.m.')."""
    j = i + (text[i : i + 1] == " ")
    said = text[j : j + 4].lower()
    if said in ("a.m.", "p.m."):
        return True
    return said[:2] in ("am", "pm") and not said[2:3].isalpha()


def _clock(text: str, start: int, colon: int) -> tuple[Token, int]:
    hour, minute = int(text[start:colon]), int(text[colon + 1 : colon + 3])
    end = colon + 3
    if text[end : end + 1] == ":" and digits_end(text, end + 1) == end + 3:
        end += 3  # seconds are read and ignored: time spans are reported to the minute
    if hour > 24 or minute > 59:
        raise ToolInputError(f"{text[start:end]} is not a clock time")
    return Token("clock", text[start:end], start, (hour, minute)), end


def _iso_date(text: str, start: int, end: int) -> tuple[Token, int]:
    try:
        day = datetime.date.fromisoformat(text[start:end])
    except ValueError:
        raise ToolInputError(f"{text[start:end]} is not a calendar date") from None
    return Token("date", text[start:end], start, day), end


def _word(text: str, start: int) -> tuple[Token, int]:
    if text[start] in _WORD_ALIASES:
        return Token("word", _WORD_ALIASES[text[start]], start), start + 1
    if text[start] in "apAP" and text[start + 1 : start + 4].lower() == ".m.":
        return Token("word", text[start].lower() + "m", start), start + 4  # a.m. / p.m.
    i = start
    n = len(text)
    while i < n:
        while i < n and text[i].isalpha():
            i += 1
        # what's, o'clock; twenty-five, semi-annually (but x-y stays x minus y)
        if i + 1 < n and text[i] == "'" and text[i + 1].isalpha():
            i += 1
            continue
        if i + 2 < n and text[i] == "-" and i - start >= 2 and text[i + 1 : i + 3].isalpha():
            i += 1
            continue
        break
    if i + 2 < n and text[i] == "'" and text[i - 1] in "sS" and i - start >= 3 and text[i + 1] == " ":
        # "my students' scores": a plural owner, one word as "my son's" is; '5 weeks' rent' is an amount of a unit
        i += lookup(text[start:i], short=False) is None
    word = text[start:i]
    if word.lower() == "b" and text[i : i + 1] == "4" and not text[i + 1 : i + 2].isalnum():
        return Token("word", "before", start), i + 1  # 'gross b4 tax': text-speak for 'before'
    if word.lower() == "log":  # log10(x), log2(x)
        for base in ("10", "2"):
            if text.startswith(base, i) and not is_digit(text[i + len(base) : i + len(base) + 1] or "x"):
                return Token("word", word + base, start), i + len(base)
    return Token("word", _TEXTING.get(word) or _MISSPELLINGS.get(word.lower()) or _hyphened(word), start), i


def _hyphened(word: str) -> str:
    """'fourty-two' as 'forty-two': a hyphened number word with a misspelt part, spelt as its parts are."""
    if "-" not in word:
        return word
    parts = [_MISSPELLINGS.get(part.lower(), part) for part in word.split("-")]
    return "-".join(parts) if all(part in UNITS for part in parts) else word


def _merge_number_words(tokens: list[Token]) -> list[Token]:
    """Runs of number words become one number token: ``two hundred and five``, ``a dozen``, ``3 million``."""
    merged: list[Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        word = token.word
        if token.kind == "number" and i + 1 < len(tokens) and tokens[i + 1].word in SCALES:
            scale = tokens[i + 1]
            value = token.value * SCALES[scale.word]
            merged.append(Token("number", f"{token.text} {scale.text}", token.start, value, token.attached))
            i += 2
            continue
        if word == "a" and i + 1 < len(tokens) and tokens[i + 1].word in SCALES:
            value, j = _number_phrase(tokens, i + 1, counted=1)  # "a hundred and twenty" is 120
            text = " ".join(t.text for t in tokens[i:j])
            merged.append(Token("number", text, token.start, Fraction(value)))
            i = j
            continue
        if word in UNITS or all(part in UNITS for part in word.split("-")) and "-" in word:
            value, j = _number_phrase(tokens, i)
            text = " ".join(t.text for t in tokens[i:j])
            merged.append(Token("number", text, token.start, Fraction(value), token.attached))
            i = j
            continue
        merged.append(token)
        i += 1
    return merged


def _is_number_word(word: str) -> bool:
    return word in UNITS or "-" in word and all(part in UNITS for part in word.split("-"))


def _number_phrase(tokens: list[Token], i: int, counted: int = 0) -> tuple[int, int]:
    # tens may take a unit (twenty five), anything may take a scale (five hundred), a scale may take more;
    # ``counted`` is a count already read before tokens[i] ("a" in "a hundred")
    total, current = 0, counted
    previous = "units" if counted else "scale"
    while i < len(tokens):
        word = tokens[i].word
        parts = word.split("-")
        if len(parts) == 2 and all(p in UNITS for p in parts) and previous == "scale":
            current += UNITS[parts[0]] + UNITS[parts[1]]
            previous = "units"
        elif word in UNITS and (previous == "scale" or previous == "tens" and UNITS[word] < 10):
            current += UNITS[word]
            previous = "tens" if UNITS[word] >= 20 and UNITS[word] % 10 == 0 else "units"
        elif word in SCALES and (previous != "scale" or SCALES[word] >= 1000 and tokens[i - 1].word == "hundred"):
            if SCALES[word] in (100, 12):
                current *= SCALES[word]
            else:
                total, current = total + current * SCALES[word], 0
            previous = "scale"
        elif word == "and" and previous == "scale" and i + 1 < len(tokens) and _is_number_word(tokens[i + 1].word):
            pass  # "one hundred and five", "three hundred and forty-five"
        else:
            break
        i += 1
    return total + current, i
