"""Figures as the world writes them, rewritten once into the one form the tokenizer reads.

Much of the world writes a decimal comma and groups thousands with dots ('4,50 zł', 'Rp 1.250.000', '48.000 TL',
'1.250,50 €'), with spaces ('1 850 kg', '62 000 fish', 'NOK 12 500', a thin space as typeset), or with an
apostrophe ('CHF 12'000'). Each such figure is rewritten in place, character for character, into the form read
everywhere else ('4.50', '1,250,000', '12,000'), so every reader sees the number that was meant and every offset
into the request stays where it was.

A figure is rewritten only when its form, or the request around it, settles how it is written:

- two or more dot groups ('1.250.000'), dots before a decimal comma ('1.250,50'), an apostrophe or a thin space
  between groups of three: thousands, however the request is written;
- a comma before one or two digits ('4,50', '5,5 hours', '0,92'): a decimal comma, unless the request also writes
  thousands with commas ('1,250') or decimals with a dot ('4.50'), where it stays as it was read before;
- one dot before three digits ('12.500'): thousands when the request writes in that convention elsewhere (a
  decimal comma, several dot groups) or the amount is in a currency written that way ('48.000 TL', 'Rp 350.000',
  '14.400 kr.'); as an amount in any other currency it could be twelve and a half or twelve thousand five hundred,
  and a figure like '$12.500' is declined with the reason, while a measure like '1.609 km' stays a decimal;
- a comma before three digits ('1,250') where the request writes a decimal comma: either reading is possible, and
  the request is declined with the reason;
- a space between groups of three ('1 850'): thousands when a group starts with a nought ('62 000', '2 040'), the
  amount is in a currency written beside it ('3 480 Kč', 'kr 12 500'), or another figure of the request is settled
  so ('1 850 kg yesterday, 2 040 kg today'); otherwise the figures stay apart, as '3 250 g packs' is three packs of
  250 g, even beside a decimal comma.

Hyphened fractions ('two-thirds full', 'three-quarters of it') are spaced as the words are ('two thirds'), so a
share told in words is a number of the request that every reader must account for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.calculator.cifrao import cifrao_thousands
from servers.tools.calculator.currencies import NAMES_AFTER, SIGNS, signs_of, words_of
from servers.tools.calculator.quantities import lookup
from servers.tools.inputs import ToolInputError

_THIN = "\u00a0\u202f\u2009"
_FIGURE = re.compile(r"\d+(?:(?:[.,'" + _THIN + r"]| (?=\d{3}(?!\d)))\d+)*")
"""A run of digit groups joined by a dot, comma, apostrophe or thin space, or by a space before three digits."""

_DOTTED_CURRENCIES = signs_of("dots") | words_of("dots", short=True)
"""Currencies whose amounts are written with dot thousands and a decimal comma where they are spent: 'zł', 'kr',
'TL', 'Rp', 'R$', '€' ('48.000 TL', '1.250,50 €')."""
_SPACED_CURRENCIES = _DOTTED_CURRENCIES | signs_of("spaces") | words_of("spaces", short=True)
_MILLIMES = signs_of("millimes") | words_of("millimes", short=True)
"""Currencies of a thousand minor units ('2.205 DT' is 2 dinars 205 millimes): three figures after a dot beside
them are the decimals, never thousands."""
_CURRENCY_SIGNS = "".join(SIGNS)
_FRACTION_WORDS = frozenset(
    "half halves third thirds quarter quarters fifth fifths sixth sixths eighth eighths tenth tenths".split()
)
_COUNT_WORDS = frozenset("one two three four five six seven eight nine".split())
_ABBREVIATED = frozenset({"kr"})
"""Currencies written with a dot after them ('500 kr. per bike'): the dot closes the abbreviation, not a sentence."""


@dataclass(frozen=True, slots=True)
class _Figure:
    start: int
    end: int
    groups: tuple[str, ...]
    separators: tuple[str, ...]


def as_read_here(text: str) -> str:
    """``text`` with every figure written in another convention rewritten as read here, character for character;
    a ToolInputError for a figure whose convention the request leaves open."""
    text = _spaced_fractions(_closed_abbreviations(_unhyphened(_whole_dashes(cifrao_thousands(text)))))
    if not any(ch in text for ch in ".,'" + _THIN + " "):
        return text
    figures = [_split(m.group(), m.start()) for m in _FIGURE.finditer(text)]
    figures = [f for f in figures if f.separators]
    if not figures:
        return text
    english = any(_english(f) for f in figures)
    european = any(_european(f) for f in figures) or (not english and any(_decimal_comma(f) for f in figures))
    dotted = european or any(_dot_thousands(f) and _currency_beside(text, f, _DOTTED_CURRENCIES) for f in figures)
    spaced = any(_space_thousands(f) and _settled_spaces(text, f) for f in figures)
    # 'Saturday BD 212.500, Sunday 187.250': once a figure is priced in a currency of a thousand minor units, the
    # request's other figures with three after a dot are its decimals too
    millimes = not dotted and any(
        _dot_thousands(f) and f.groups[1] != "000" and _currency_beside(text, f, _MILLIMES) for f in figures
    )  # 'BD 212.500': fils; '40.000 KWD' alone could still be forty thousand
    chars = list(text)
    for figure in figures:
        rewritten = _rewritten(
            text, figure, english=english, european=european, dotted=dotted, spaced=spaced, millimes=millimes
        )
        if rewritten is not None:
            chars[figure.start : figure.end] = rewritten
    return "".join(chars)


def _split(written: str, start: int) -> _Figure:
    groups: list[str] = []
    separators: list[str] = []
    digits = ""
    for ch in written:
        if ch.isdigit():
            digits += ch
        else:
            groups.append(digits)
            separators.append(ch)
            digits = ""
    groups.append(digits)
    return _Figure(start, start + len(written), tuple(groups), tuple(separators))


def _grouped(figure: _Figure, upto: int) -> bool:
    """Whether the groups before separator ``upto`` are thousands: one to three digits, then threes."""
    groups = figure.groups[: upto + 1]
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _english(figure: _Figure) -> bool:
    """'1,250,000', '1,250.50', '4.50': thousands in commas or a decimal dot, as English writes them."""
    seps = figure.separators
    if set(seps) == {","}:
        return len(seps) >= 2 and _grouped(figure, len(seps))
    if seps[-1] == "." and all(s == "," for s in seps[:-1]):
        return len(seps) > 1 and _grouped(figure, len(seps) - 1) or len(seps) == 1 and len(figure.groups[1]) != 3
    return False


def _european(figure: _Figure) -> bool:
    """'1.250.000', '1.250,50': thousands in dots, as much of the world writes them."""
    seps = figure.separators
    if set(seps) == {"."}:
        return len(seps) >= 2 and _grouped(figure, len(seps))
    if seps[-1] == "," and set(seps[:-1]) == {"."}:
        return _grouped(figure, len(seps) - 1) and len(figure.groups[-1]) <= 2
    return False


def _decimal_comma(figure: _Figure) -> bool:
    """'4,50', '5,5', '0,142': one comma before one or two digits, or after a lone nought."""
    return figure.separators == (",",) and (1 <= len(figure.groups[1]) <= 2 or figure.groups[0] == "0")


def _spaced_decimal_comma(figure: _Figure) -> bool:
    """'4 320,00', '12 400,50': thousands in spaces and a decimal comma, as French, Portuguese and Nordic write."""
    seps = figure.separators
    return (
        len(seps) >= 2
        and seps[-1] == ","
        and set(seps[:-1]) == {" "}
        and _grouped(figure, len(seps) - 1)
        and len(figure.groups[-1]) <= 2
    )


def _dot_thousands(figure: _Figure) -> bool:
    """'12.500': one dot before three digits, thousands or a decimal."""
    return figure.separators == (".",) and len(figure.groups[0]) <= 3 and len(figure.groups[1]) == 3


def _fraction_only(text: str, figure: _Figure) -> bool:
    """'0.142', '8.875%': a figure that can only be a decimal — nothing before its point, or a percentage."""
    return figure.groups[0] == "0" or text[figure.end : figure.end + 2].strip()[:1] == "%"


def _comma_thousands(figure: _Figure) -> bool:
    return figure.separators == (",",) and len(figure.groups[0]) <= 3 and len(figure.groups[1]) == 3


def _space_thousands(figure: _Figure) -> bool:
    return set(figure.separators) == {" "} and _grouped(figure, len(figure.separators))


def _settled_spaces(text: str, figure: _Figure) -> bool:
    """'62 000', '2 040 kg', '3 480 Kč', 'NOK 12 500', '1 840 m³ of logs': a group that starts with a nought, a
    currency beside it, or a measure of stuff ('of' after its unit: one amount, never a count of things that size,
    which are named after the unit: '3 250 g packs')."""
    if any(g.startswith("0") for g in figure.groups[1:]) or _currency_beside(text, figure, _SPACED_CURRENCIES):
        return True
    if _word_before(text, figure.start) == "r":
        return True  # 'R1 265': rand, written against its figure (``tokens``), grouped with spaces as South Africans do
    if _OPERATED.match(text, figure.end, figure.end + 24) is not None:
        return True  # '2 400 divided by 16': an operation on one figure; two figures side by side are never operated
    return _MEASURE_OF.match(text, figure.end, figure.end + 24) is not None or _amount_closed(text, figure)


_OPERATED = re.compile(r"[ \t]*(?:[+×÷*/=]|(?:divided|multiplied)[ \t]+by\b|times\b|plus\b|minus\b)", re.IGNORECASE)
"""An operation straight after the figure: '2 400 divided by 16', '12 500 + 3 400' (not 'x', which is a letter
too)."""


def _amount_closed(text: str, figure: _Figure) -> bool:
    """'2 400 birr and I must add 15% VAT', 'it costs 6 800 birr.', 'it did 1 350 km.': a currency's or a unit's
    name after the figure, and after the name the clause ends or goes on with a word that prices nothing ('and',
    'per', 'for'): one amount. Before a noun ('2 400 birr tickets', '3 250 g packs') the figure may count things of
    that price or size, and stays as it was."""
    found = _NAMED_AMOUNT.match(text, figure.end, figure.end + 40)
    if found is None:
        return False
    return found["name"].lower() in NAMES_AFTER or lookup(found["name"]) is not None  # '1 350 km.': a distance


_NAMED_AMOUNT = re.compile(
    r"[ \t]+(?P<name>[^\W\d_]{2,12})(?=[ \t]*(?:[.,;:!?)]|$)|[ \t]+(?:and|or|plus|per|for|a|an|each|to|in|on|at|is|was|"
    r"with|from|total|only|but|so|then)\b)",
    re.IGNORECASE,
)


_MEASURE_OF = re.compile(r"[ \t]?[^\W\d_]{1,5}[²³23]?[ \t]+of\b")
"""A unit's short name straight after the figure, then 'of': '840 m³ of', '250 g of', '12 kg of'."""


def _rewritten(
    text: str, figure: _Figure, *, english: bool, european: bool, dotted: bool, spaced: bool, millimes: bool
) -> str | None:
    seps = set(figure.separators)
    written = text[figure.start : figure.end]
    if seps <= {"'", *_THIN} and _grouped(figure, len(figure.separators)):
        return _thousands(figure, ",")
    if seps == {"'", "."} and figure.separators[-1] == "." and _grouped(figure, len(figure.separators) - 1):
        return written.replace("'", ",")  # "CHF 12'000.50"
    if _european(figure):
        return _swapped(written)
    if _spaced_decimal_comma(figure) and _settled_spaces(text, figure):
        return ",".join(figure.groups[:-1]) + "." + figure.groups[-1]  # '4,320.00': as long as it was written
    if _decimal_comma(figure) and not english:
        return written.replace(",", ".")
    if _dot_thousands(figure) and not _fraction_only(text, figure):
        if len(figure.separators) == 1 and (
            millimes or (figure.groups[1] != "000" and _currency_beside(text, figure, _MILLIMES))
        ):
            return None  # '18.500 DT': 18 dinars 500 millimes, as written
        if _currency_beside(text, figure, _DOTTED_CURRENCIES):
            return written.replace(".", ",")
        if dotted and english:
            raise _open(written, f"{written.replace('.', '')} or {written}", "the request writes figures both ways")
        if dotted:
            return written.replace(".", ",")
        if figure.groups[1].endswith("0"):  # '$12.500', '2.500 km': a decimal would not be written so
            raise _open(written, f"{written.replace('.', ',')} or {written.rstrip('0').rstrip('.')}", "")
        return None
    if _comma_thousands(figure) and european and not english:
        raise _open(
            written, f"{written.replace(',', '')} or {written.replace(',', '.')}", "the request writes a decimal comma"
        )
    if _space_thousands(figure) and (spaced or _settled_spaces(text, figure)):
        return _thousands(figure, ",")
    return None


def _thousands(figure: _Figure, mark: str) -> str:
    return mark.join(figure.groups)


def _swapped(written: str) -> str:
    return written.translate(str.maketrans({".": ",", ",": "."}))


def _open(written: str, readings: str, why: str) -> ToolInputError:
    because = f" ({why})" if why else ""
    return ToolInputError(
        f"{written} could be read as {readings}{because}; write it with no thousands mark, or with a decimal point "
        "for a decimal"
    )


def _currency_beside(text: str, figure: _Figure, currencies: frozenset[str]) -> bool:
    """Whether a currency is written right before or after the figure: one of ``currencies`` ('Rp 350.000',
    '48.000 TL', '14.400 kr.'), or any currency sign when ``currencies`` is empty ('$12.500')."""
    before, after = _word_before(text, figure.start), _word_after(text, figure.end)
    if not currencies:
        return before[-1:] in tuple(_CURRENCY_SIGNS) or after[:1] in tuple(_CURRENCY_SIGNS)
    reais = "r$" in currencies and before.endswith("r$")  # '(R$2.400': the sign after a bracket
    cfa = after == "f" and _CFA_AFTER.match(text, figure.end) is not None and "cfa" in currencies  # '2 500 F CFA'
    return before in currencies or after in currencies or before[-1:] in currencies or reais or cfa


_CFA_AFTER = re.compile(r"\s*F\s+CFA\b", re.IGNORECASE)


def _word_before(text: str, start: int) -> str:
    said = text[:start].rstrip()
    i = len(said)
    while i > 0 and not said[i - 1].isspace() and said[i - 1] not in "(:,;=":
        i -= 1
    return said[i:].lower()


def _word_after(text: str, end: int) -> str:
    said = text[end:].lstrip()
    j = 0
    while j < len(said) and (said[j].isalpha() or said[j] in _CURRENCY_SIGNS):
        j += 1
    return said[:j].lower()


def _closed_abbreviations(text: str) -> str:
    """'500 kr. per bike', '412.000 kr., August': the dot after an abbreviated currency becomes a space where the
    sentence goes on after it."""
    lowered = text.lower()
    for word in _ABBREVIATED:
        at = lowered.find(word + ".")
        while at != -1:
            dot = at + len(word)
            after = text[dot + 1 : dot + 3].lstrip()[:1]
            whole_word = at == 0 or not text[at - 1].isalpha()
            if whole_word and (after.islower() or after.isdigit() or after in (",", ";", ")")):
                text = text[:dot] + " " + text[dot + 1 :]
            at = lowered.find(word + ".", dot + 1)
    return text


def _spaced_fractions(text: str) -> str:
    """'two-thirds full' as 'two thirds full': a share told in hyphened words, read as the spaced words are."""
    if "-" not in text:
        return text
    chars = list(text)
    for m in re.finditer(r"[A-Za-z]+-[A-Za-z]+", text):
        count, share = m.group().lower().split("-")
        if count in _COUNT_WORDS and share in _FRACTION_WORDS:
            chars[m.start() + len(count)] = " "
    return "".join(chars)


_FRACTION_TAILS = ("-and-a-half", "-and-a-quarter")


_WHOLE_DASH = re.compile(r"(?<=\d)\.[–—-](?![\w–—-])")


def _whole_dashes(request: str) -> str:
    """'Fr. 15'000.–', 'CHF 45.-': a whole amount of money with a dash for its cents, as the Swiss write it. The dot
    and the dash become spaces, so every offset into the request stays where it was."""
    return _WHOLE_DASH.sub("  ", request)


def _unhyphened(request: str) -> str:
    """'twelve-and-a-half hour shifts': a number said in hyphened words, spaced as 'twelve and a half' is. The
    hyphens become spaces, so every offset into the request stays where it was."""
    lowered = request.lower()
    if "-and-a-" not in lowered:
        return request
    for tail in _FRACTION_TAILS:
        at = lowered.find(tail)
        while at != -1:
            request = request[:at] + tail.replace("-", " ") + request[at + len(tail) :]
            at = lowered.find(tail, at + len(tail))
    return request
