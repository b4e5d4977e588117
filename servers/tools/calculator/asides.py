"""Asides: words a person adds around a calculation that change nothing in it, set aside before it is read.

Real requests carry talk the calculation does not need: an adverb of emphasis ('what would I *actually* pay'), a
place ('sales tax *here* is 8%'), who is asking ('*Nurse here,* ...'), a label saying an amount has no tax in it yet
('price *before tax* is $45'), the form the answer should take when it is the form it has anyway ('how many hours,
*as a decimal*'), and a condition that only restates the problem ('what do I owe *if I pay nothing back*', 'from 9
to 5 *with no break*'). Each is removed only where it can mean nothing else; an aside that carries a number or could
change the arithmetic ('with a 30 minute break', 'the price before tax' of a total with tax in it) is left for the
readers, which decline what they cannot place. So are words that restate the reading ('*in the same year*', 'lands
06:15 *the next morning*' of a night crossing) and talk after the question that names nothing new it could
change ('...? *need to buy edging*', '*(no waste)*').
"""

from __future__ import annotations

from servers.tools.calculator.calendars import calendar_assumed, calendar_restated, calendar_said
from servers.tools.calculator.charges import worked_out_at
from servers.tools.calculator.currencies import WORDS
from servers.tools.calculator.gross_asked import deductions_after
from servers.tools.calculator.measured_in import names_new_unit
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.reasons import reason_follows
from servers.tools.calculator.restated import restated_figure, restated_kind, restated_sense
from servers.tools.calculator.tokens import Token

_EMPHASIS = frozenset("actually really basically honestly literally usually normally typically obviously".split())
"""Adverbs of emphasis and habit: 'what would I actually pay' asks what 'what would I pay' asks."""
_ROUGHLY = frozenset("roughly approximately approx about around ballpark".split())
_ASKS = frozenset("what what's whats how".split())

_HERE_BEFORE = frozenset({"is", "are", "was", ",", ".", "?", "!", ";", ""})
_NOW = frozenset("today tonight now".split())
_EXACT = frozenset({"exact", "exactly"})
_PRETAX_NOUNS = frozenset("price cost pay wage wages salary income earnings amount subtotal total".split())
_PERIODS = frozenset("hour week month year annum".split())
_WHOLE = frozenset("whole full entire complete".split())
_SPANS = frozenset("day week fortnight month year".split())
_TAX_WORDS = frozenset("tax taxes vat gst".split())
_TIME_WORDS = frozenset("hour hours hr hrs minute minutes mins".split())
_DECIMAL_FORMS = tuple(tuple(p.split()) for p in (  # 'give it as decimal hours': a span's hours are shown so anyway
    "give it as decimal hours", "give it in decimal hours", "give it as a decimal", "give it as decimal",
    "give it in decimal", "as decimal hours", "in decimal hours", "as a decimal number", "as a decimal", "in decimal",
    "in decimals", "decimal hours", "decimal pls", "decimal please", "decimal plz"))  # fmt: skip
_NO_BREAK = tuple(tuple(p.split()) for p in ("with no break", "with no breaks", "without a break", "without breaks",
    "with no lunch break", "without a lunch break", "no breaks", "no break", "no lunch break"))  # fmt: skip
_DEBT_WORDS = frozenset("owe owed borrow borrowed loan debt compounded compound interest".split())
_REPAY_VERBS = frozenset("pay repay make paying repaying making".split())
_NOTHING = (("nothing",), ("no", "payments"), ("no", "repayments"), ("anything",), ("any", "payments"),
            ("any", "repayments"))  # fmt: skip


def drop_asides(tokens: list[Token]) -> None:
    """Remove from ``tokens``, in place, the asides that change nothing in the calculation."""
    words = [t.word for t in tokens] + [""] * 6  # room to look a few words past the end
    keep = [True] * len(tokens)
    decimal = any(t.kind == "clock" for t in tokens) or any(w in _TIME_WORDS for w in words)
    debt = any(w in _DEBT_WORDS for w in words)
    taxed = sum(w in _TAX_WORDS for w in words)
    dated = any(t.kind in ("clock", "date") for t in tokens) or any(w in _MONTHS for w in words)
    one_day = _one_day(words)  # once: the same for every word
    based = any(t.kind == "number" and t.text[1:2].lower() in ("x", "b", "o") for t in tokens)
    i = 0
    while i < len(tokens) - 1:
        word = words[i]
        width = 0
        if word in _EMPHASIS:
            width = 1
        elif word in _ROUGHLY and words[i + 1] in _ASKS and (i == 0 or tokens[i - 1].text in _HERE_BEFORE):
            width = 1  # 'Roughly what would the payment be?': an exact answer is a fine rough one
        elif word == "before" and words[i + 1] in _TAX_WORDS and taxed == 1 and _pretax_label(tokens, words, i):
            width = _pretax_label(tokens, words, i)  # 'Before tax and NI, what's my gross pay?': as it stands
        elif word == "gross" and words[i + 1] in _PERIOD_ADJECTIVES and not taxed:
            width = 1  # 'my gross annual pay': pay before deductions, as every amount here is
        elif i == 0 and _introduction(tokens, words):
            width = _introduction(tokens, words)  # 'Nurse here, ...': who is asking, said before the question
        elif word in _WHOLE and words[i - 1] in ("a", "an") and i > 0 and _span_follows(tokens, words, i + 1):
            width = 1  # 'for a whole year', 'an entire week', 'a full 24 hours': the span, as 'a year' says
            keep[i - 1] = tokens[i + 1].kind != "number"  # 'in a full 24 hours' is 'in 24 hours'
        elif word in ("here", "outside") and i > 0 and (tokens[i + 1].word or tokens[i + 1].text) in _HERE_BEFORE:
            width = 1  # 'sales tax here is 8%', 'it's 30 degrees here,' — not 'from here to the shop'
        elif word in ("here", "outside") and i > 0 and words[i + 1] in _NOW and tokens[i + 2].text in _HERE_BEFORE:
            width = 2  # 'it's 95 degrees outside today!': where and when it is said, not how much
        elif word == "before" and words[i + 1] in _TAX_WORDS and taxed == 1 and _pretax(tokens, i - 1):
            width = 2  # 'my pay before tax', '$60,000 before tax' with no tax given: the amount as it stands
        elif word == "before" and words[i + 1] in _TAX_WORDS and taxed == 1 and _bracketed(tokens, i):
            keep[i - 1] = False  # 'what do I pay (before tax)': the same label, in brackets
            width = 3
        elif word == "before" and words[i + 1] in _TAX_WORDS and _after_amount(tokens, i - 1):
            width = 2  # '45 euros before VAT. VAT is 20%': a label on the amount it follows, saying it has no tax
        elif word == "before" and words[i + 1] in _TAX_WORDS and words[i - 1] in _PRETAX_NOUNS:
            width = 2 if _labels_given(tokens, i + 2) else 0  # 'price before tax is $45, tax is 8%'
        elif based and word in ("in", "to", "into", "as") and _in_base_ten(tokens, i):
            width = _in_base_ten(tokens, i)  # '0x1F4 in decimal': the number is read in base ten anyway
        elif decimal and _phrase_at(words, i, _DECIMAL_FORMS):
            width = _phrase_at(words, i, _DECIMAL_FORMS)
        elif _phrase_at(words, i, _NO_BREAK) and any(t.kind == "clock" for t in tokens):
            width = _phrase_at(words, i, _NO_BREAK)
        elif debt:
            width = _no_repayment(words, i) or _no_deposits(tokens, words, i)
        if not width and word == "if" and (i == 0 or tokens[i - 1].text in _SENTENCE_ENDS | {","}):
            width = _even_split(tokens, words, i)  # 'If we split it evenly, what does each person owe?'
        if not width and tokens[i].text in ("(", ",", "-", "—"):
            width = restated_kind(tokens, words, i)
        if not width and tokens[i].text == "(":
            width = restated_sense(tokens, words, i) or restated_figure(tokens, words, i)  # '£203 (best £203 ever)'
        if not width and word == "before":
            width = deductions_after(tokens, words, i)  # '... before I take off petrol and the rest?'
        if not width and tokens[i].text == "(" and words[i + 1] in _ROUGHLY and tokens[i + 2].text == ")":
            width = 3  # '26.2 miles (roughly)?': an exact answer is a fine rough one
        if not width and dated and word in ("same", "next", "the", "in"):
            width = _same_or_next(tokens, words, i, keep)
        if not width and not dated and tokens[i - 1].kind != "number" and i > 0:
            width = _phrase_at(words, i, _DAY_PARTS)  # 'I ran 5 km in 27 minutes this morning': when, not how long
        if not width and not dated and i > 0 and tokens[i - 1].kind == "word" and one_day:
            width = _phrase_at(words, i, _ON_A_DAY)  # 'ran 10 km in 52 minutes on saturday': when, as above
        if not width and word in _PLACE_WORDS and i > 0 and tokens[i - 1].kind == "word":
            width = _place_of(tokens, words, i)
        if not width and (
            tokens[i].text in ("?", "(")
            or tokens[i].text in (",", "-", "—")
            and (_closed(tokens, words, i) or reason_follows(tokens, i))  # ', he needs it for his homework'
        ):
            width = _talk_after(tokens, words, i)  # '...? doing my first 5k', '... to cm please, it's for a form'
        if not width and tokens[i].text == ",":
            width = _nothing_extra(tokens, words, i)
        if not width and tokens[i].kind == "number" and (tokens[i - 1].text == "," or words[i - 1] == "and"):
            width = calendar_said(tokens, words, i)
            keep[i - 1] = keep[i - 1] and not width  # the comma or 'and' that joined it goes with it
        if not width and words[i] in ("assuming", "assume", "based"):
            width = calendar_assumed(tokens, words, i)  # 'Assuming 52 paid weeks, what's my hourly rate?'
        if not width and (tokens[i].text == "(" or words[i] == "a"):
            width = calendar_restated(tokens, words, i)  # '(52 weeks a year)', 'a year of 26 fortnights'
        for k in range(i, i + width):
            keep[k] = False
        i += max(width, 1)
    tokens[:] = [t for t, kept in zip(tokens, keep, strict=True) if kept]


def _span_follows(tokens: list[Token], words: list[str], i: int) -> bool:
    """'year', 'week' or '24 hours' at ``i``: a span of time, with or without its count."""
    if tokens[i].kind == "number":
        i += 1
    return words[i].removesuffix("s") in _SPANS | {"hour"}


_PERIOD_ADJECTIVES = frozenset("annual yearly monthly weekly daily hourly fortnightly".split())
_DEDUCTIONS = frozenset("ni national insurance deductions super superannuation pension contributions".split())
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def _pretax_label(tokens: list[Token], words: list[str], i: int) -> int:
    """'Before tax and NI, what should my gross pay be?', '... what should my pay be before tax?': the only tax
    word, with no percentage anywhere, labels what is asked as the amount before any tax — the amount as it stands.
    Said at the opening of the question with a comma after it, or closing it after a word ('... that annually
    before tax?') or after its question mark ('... for the week? before tax obviously'); after an amount it is the
    amount's own label (above)."""
    if any(t.text == "%" or t.word in ("percent", "percentage") for t in tokens):
        return 0  # a rate is given: the tax could be worked out, so 'before' it may say which amount is meant
    j = i + 2
    if words[j] == "and" and words[j + 1] in _DEDUCTIONS:
        j += 2 + (words[j + 2] in _DEDUCTIONS)
    opening = (i == 0 or tokens[i - 1].text in _SENTENCE_ENDS) and tokens[j].text == ","
    k = j + (words[j] in _EMPHASIS)  # '... for the week? before tax obviously': the adverb goes on its own
    closing = (
        i > 0
        and (tokens[i - 1].kind == "word" or tokens[i - 1].text == "?")
        and (tokens[k].kind == "end" or tokens[k].text in "?.")
    )
    return j - i + 1 if opening else j - i if closing else 0


_EXTRAS = frozenset("overtime bonus bonuses tips commission allowances extras".split())


def _nothing_extra(tokens: list[Token], words: list[str], i: int) -> int:
    """', no overtime, no bonuses.': pay the request says it leaves out, each named nowhere else, ending the
    sentence — what the sum leaves out anyway."""
    j = i
    while tokens[j].text in (",", "and", "or") or words[j] in ("and", "or"):
        if words[j + 1] not in ("no", "without") or words[j + 2] not in _EXTRAS or words.count(words[j + 2]) > 1:
            break
        j += 3
    if j == i or not (tokens[j].kind == "end" or tokens[j].text in _SENTENCE_ENDS):
        return 0
    return j - i


_NOT_WHO = frozenset("from to in at near over out up down right there around".split())


def _introduction(tokens: list[Token], words: list[str]) -> int:
    """'Nurse here,', 'Night shift nurse here:': up to three words and 'here' opening the request, then a pause.
    The words say who asks; no number and nothing after the pause is touched."""
    j = 0
    while j < 3 and tokens[j].kind == "word" and tokens[j].word.isalpha() and words[j] != "here":
        j += 1
    if j == 0 or words[0] in _NOT_WHO or words[j] != "here" or tokens[j + 1].text not in (",", ":", ".", "-", "—", "!"):
        return 0
    return j + 2


_MONTHS = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun jul "
    "aug sep sept oct nov dec".split()
)
_SAME = (("in", "the", "same"), ("the", "same"), ("same",))
_SAME_WHAT = (("time", "zone"), ("timezone",), ("year",), ("month",), ("day",), ("week",))
_NEXT = (("the", "next", "morning"), ("the", "next", "day"), ("next", "morning"), ("next", "day"))


def _same_or_next(tokens: list[Token], words: list[str], i: int, keep: list[bool]) -> int:
    """'in the same year', 'same time zone' of dates or clock times: the reading they get anyway. 'the next
    morning' after the later of two clock times that is earlier on the clock: the night the reading crosses anyway
    ('leaves 23:40, lands 06:15 the next morning'); after any other time it adds a day and is left to the readers."""
    same = _phrase_at(words, i, _SAME)
    if same:
        what = _phrase_at(words, i + same, _SAME_WHAT)
        if not what or tokens[i + same + what].kind not in ("end", "symbol"):
            return 0
        if i > 0 and tokens[i - 1].text == ",":
            keep[i - 1] = False  # ', same time zone.': the pause goes with the words
        elif what < 3 and words[i + same] in ("time", "timezone"):
            _said_of_places(tokens, words, i, keep)
        return same + what
    ahead = _phrase_at(words, i, _NEXT)
    clocks = [t for t in tokens if t.kind == "clock"]
    if not ahead or len(clocks) != 2 or tokens[i - 1] is not clocks[1] or clocks[1].value >= clocks[0].value:
        return 0
    return ahead


def _said_of_places(tokens: list[Token], words: list[str], i: int, keep: list[bool]) -> None:
    """', and both cities are in the same time zone': the places the zone is said of, back to the pause before
    them — up to four plain words ending in 'are' or 'is'; nothing with a number or another word is touched."""
    if words[i - 1] not in ("are", "is", "were", "was") or i < 3:
        return
    back = i - 1
    while back > i - 5 and tokens[back - 1].kind == "word" and tokens[back - 1].word.isalpha():
        if words[back - 1] in CHANGES and words[back - 1] not in ("and", "both"):
            return
        back -= 1
    if tokens[back - 1].text != ",":
        return
    for k in range(back - 1, i):
        keep[k] = False


_DAY_PARTS = tuple(
    tuple(p.split())
    for p in (
        "this morning", "this afternoon", "this evening", "last night", "yesterday morning", "yesterday afternoon",
        "yesterday evening", "tonight", "earlier today",
    )
)  # fmt: skip
"""When something happened, said of a day with no clock time in the request: it changes nothing in a sum."""
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_ON_A_DAY = tuple(
    (lead, day, *part) for lead in ("on", "last", "this") for day in _WEEKDAYS
    for part in (("morning",), ("afternoon",), ("evening",), ("night",), ())
)  # fmt: skip
_DAY_COUNTS = _WEEKDAYS | frozenset("day days daily week weeks weekly weekend weekends fortnight".split())


def _one_day(words: list[str]) -> bool:
    """Only one day is named and nothing is counted in days or weeks: 'on saturday' says when, not how often
    ('8 hours a day and 5 on saturday' counts that day's hours apart, and stays)."""
    return sum(w in _WEEKDAYS for w in words) == 1 and sum(w in _DAY_COUNTS for w in words) == 1


_PLACE_WORDS = frozenset({"at", "in", "from", "on"})
_PLACE_VERBS = frozenset("is are was were costs cost sells sell goes".split())


def _place_of(tokens: list[Token], words: list[str], i: int) -> int:
    """'Oat milk *at the corner shop* is $3.60': where the thing is sold or found, between it and its verb — 'the'
    or an owner and up to two plain words, no number, unit or word that could change the arithmetic."""
    if words[i + 1] not in ("the", "my", "our", "a", "this", "that"):
        return 0
    j = i + 2
    while j < i + 4 and tokens[j].kind == "word" and tokens[j].word.isalpha() and words[j] not in _PLACE_VERBS:
        if words[j] in CHANGES or lookup(words[j], short=False) is not None:
            return 0
        j += 1
    if j == i + 2 or words[j] not in _PLACE_VERBS:
        return 0
    return j - i


_TALK_WORDS = 12  # a clause of why it is asked ('my late husband\'s calculator has finally given up')
CHANGES = frozenset(
    "not no don't without except minus plus times twice double triple half more less fewer than left remaining rest "
    "extra free instead already refund discount off tip tax vat interest compound loan ago later earlier difference "
    "percent percentage profit round rounded rounding nearest whole total each per every both also and or average "
    "altogether decimal decimals fraction after before with include included including excluding but if then "
    "convert exact exactly approx approximately roughly monthly weekly yearly daily annual annually hourly net gross "
    "what how which when where why wrong other another share split sum population sample".split()
)
"""Words that could change the arithmetic: a tail that says one of them anew is not talk."""


def _talk_after(tokens: list[Token], words: list[str], i: int) -> int:
    """'...for 4 years? just the interest pls', '...by 8 ft? need to buy edging', 'how much flooring (no waste)?':
    words after the question, or in brackets before its end, that carry no number, no unit, and no word that could
    change the arithmetic unless the question said it already. They say why it is asked; the answer is the same."""
    bracket = tokens[i].text == "("
    asked = set(words[:i])
    j = i + 1
    while tokens[j].kind != "end" and not (bracket and tokens[j].text == ")"):
        word = words[j]
        if j - i > _TALK_WORDS:
            return 0
        if tokens[j].kind == "number":
            if bracket and j == i + 1 and tokens[i - 1].kind == "number":
                return 0  # '81 (40 credits)': a number in brackets labels the amount before it, it is not talk
            restated = _restated(tokens, words, i, j)
            if not restated:
                return 0
            j += restated
            continue
        if tokens[j].text in ".!," and (not bracket or tokens[j].text == ","):
            j += 1  # 'please — my calculator has given up.', '(revising for my A level, want the working)'
            continue
        if tokens[j].kind != "word" or word in ("?", "(", ")"):
            return 0
        if words[j - 1] in _WHEN and word.removesuffix("s") in _SPANS:
            j += 1  # 'next month', 'this week': when it happens, not how long
            continue
        if tokens[j].text in ".!," or word in _PLEASANTRIES:
            j += 1
            continue
        if words[j - 2 : j] == ["by", "the"] and word in _BILLED_BY:
            j += 1  # '...? I bill by the hour so want it right': how the user is paid, with no rate to use
            continue
        if bracket and word in ("no", "without") and words[j + 1] not in asked and tokens[j + 2].text == ")":
            j += 2  # '(no waste)': leaving out what the question never counted
            continue
        if worked_out_at(words, j):
            j += 1  # '...? trying to work out the VAT': the charge the question works out, named as its purpose
            continue
        if word == "net" and words[j - 1] in ("a", "the"):
            j += 1  # '(buying a net to cover it)': a thing, not pay after deductions
            continue
        if names_new_unit(tokens, i, j) or word in CHANGES - _EXACT and word not in asked:
            return 0  # 'want to tell the tenant the exact figure': the answer is exact anyway
        j += 1
    if j == i + 1 or bracket and (tokens[j].text != ")" or tokens[j + 1].text not in ("?", ".", "")):
        return 0
    return j - i + bracket if bracket else j - i


_PLEASANTRIES = frozenset("pls please plz thanks thx ty cheers".split())
_BILLED_BY = frozenset("hour day job".split())


def _closed(tokens: list[Token], words: list[str], i: int) -> bool:
    """A question closed by a pleasantry before a pause ('Convert 5 feet to cm please, ...', '18400 / 12 please —
    ...'): what follows is talk. The pleasantry ends a question (a word or number before it, or a comma after one)."""
    if i < 2 or words[i - 1] not in _PLEASANTRIES:
        return False
    before = i - 2 - (tokens[i - 2].text == "," and i > 2)
    return tokens[before].kind in ("word", "number")


_WHEN = frozenset("next last this coming".split())


def _restated(tokens: list[Token], words: list[str], question: int, j: int) -> int:
    """'...5 kilometres? doing my first 5k on sunday', '...3 miles? walking the 3 miles to work': a number in the
    talk after the question that says again one the question gave, bare or in the same unit (a race of 5 km is a
    '5k'). Its width, or 0 when it is a number of its own ('I have 2 of them'), which could change the sum."""
    value = tokens[j].value
    given = next((k for k in range(question) if tokens[k].kind == "number" and tokens[k].value == value), None)
    if given is None or value is None:
        return 0
    unit = lookup(words[given + 1], short=True) if tokens[given + 1].kind == "word" else None
    said = words[j + 1] if tokens[j + 1].kind == "word" else ""
    if said == "k" and unit is not None and unit.name == "kilometer":
        return 2
    if said and lookup(said, short=False) is not None:
        return 2 if unit is not None and lookup(said, short=True) == unit else 0
    return 1


def _bracketed(tokens: list[Token], i: int) -> bool:
    """'(before tax)' right after an amount or what names one: the two words alone in brackets."""
    return i > 1 and tokens[i - 1].text == "(" and tokens[i + 2].text == ")" and _pretax(tokens, i - 2)


def _pretax(tokens: list[Token], i: int) -> bool:
    """'my pay before tax', '$60,000 before tax', '$4,200 a month before tax': an amount, or what names one."""
    return i >= 0 and (tokens[i].word in _PRETAX_NOUNS | _PERIODS or tokens[i].kind == "number")


def _after_amount(tokens: list[Token], i: int) -> bool:
    """Whether an amount of money ends at ``i``: '$45', '45 euros', '45 tenge', '45 pounds' (money right after an
    amount, though a weight in the table of units)."""
    if i <= 0:
        return False
    if tokens[i].kind == "number":
        return tokens[i - 1].kind == "currency"
    return tokens[i - 1].kind == "number" and (tokens[i].word in WORDS or tokens[i].word in ("pound", "pounds"))


def _labels_given(tokens: list[Token], i: int) -> bool:
    """Whether a number follows at once ('before tax is $45', 'before tax of 45'): the label of a given."""
    j = i + 1 if tokens[i].word in ("is", "was", "of", "=", ":") or tokens[i].text in ("=", ":") else i
    return tokens[j].kind in ("number", "currency")


def _no_repayment(words: list[str], i: int) -> int:
    """'if I pay nothing back', 'without making any payments', 'if I make no repayments': nothing is repaid."""
    j = i
    if words[j] == "if" and words[j + 1] in ("i", "we", "you", "they"):
        j += 2
        if words[j] in ("don't", "dont", "do") and words[j + 1] == "not":
            j += 1
        if words[j] in ("don't", "dont", "not"):
            return 0  # 'if I don't pay' reads on the 'nothing'-free side: left to the readers
    elif words[j] == "without":
        j += 1
    else:
        return 0
    if words[j] not in _REPAY_VERBS:
        return 0
    j += 1
    width = _phrase_at(words, j, _NOTHING)
    if not width or (words[i] == "without") != (words[j] == "anything" or words[j] == "any"):
        return 0  # 'without paying nothing' and 'if I pay anything' do not say nothing is paid
    j += width
    if words[j] in ("back", "off"):
        j += 1
    return j - i


_MORE = frozenset("more further other additional extra new".split())
_ADDED = frozenset("deposits deposit contributions payments top-ups money".split())
_AFTER = (("after", "that"), ("after", "this"), ("afterwards",), ("after",), ("made",), ("added",), ("in",))


def _no_deposits(tokens: list[Token], words: list[str], i: int) -> int:
    """'(no more deposits after that)', 'with no further deposits', 'and no extra contributions': of money put in
    once and left to grow, the saving the reading assumes anyway. Its width, brackets included, or 0."""
    bracket = tokens[i].text == "("
    j = i + 1 if bracket or words[i] in ("with", "and") else i
    if words[j] != "no" or words[j + 1] not in _MORE or words[j + 2] not in _ADDED:
        return 0
    j += 3
    j += _phrase_at(words, j, _AFTER)
    if bracket:
        return j + 1 - i if tokens[j].text == ")" else 0
    return j - i if tokens[j].kind == "end" or tokens[j].text in (".", ",", "?", ";") else 0


def _phrase_at(words: list[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    for phrase in phrases:
        if tuple(words[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


_SPLITTERS = frozenset("we they you".split())
_SPLITS = frozenset("split share divide".split())
_SPLIT_WHAT = (("the", "bill"), ("the", "cost"), ("the", "total"), ("it",), ("that",), ("this",))
_EVENLY = (("evenly",), ("equally",), ("50/50",), ("between", "us"), ("among", "us"), ("between", "everyone"))
_EACH_ASKED = (("each",), ("per", "person"), ("a", "head"), ("per", "head"), ("apiece",))
_QUESTION_OPENS = frozenset("what what's whats how".split())


def _even_split(tokens: list[Token], words: list[str], i: int) -> int:
    """'If we split it evenly, what does each person owe?': a condition that says again what the question asks — each
    one's equal share — so it changes nothing. Only the condition's own words (no number, no one named), then a
    question opening after its comma that asks for each one's share; its width with the comma, else 0."""
    if words[i + 1] not in _SPLITTERS or words[i + 2] not in _SPLITS:
        return 0
    j = i + 3
    j += _phrase_at(words, j, _SPLIT_WHAT)
    while width := _phrase_at(words, j, _EVENLY):
        j += width
    if tokens[j].text == "(" and words[j + 1 : j + 3] in (["tip", "included"], ["including", "tip"]):
        j += 4 if tokens[j + 3].text == ")" else 0  # '(tip included)': the tip is shared with the rest
    if tokens[j].text != "," or words[j + 1] not in _QUESTION_OPENS:
        return 0
    asked = words[j + 1 : len(tokens)]
    if not any(_phrase_at(asked, k, _EACH_ASKED) for k in range(len(asked))):
        return 0
    return j + 1 - i


_BASE_TEN = (("decimal",), ("a", "decimal", "number"), ("a", "decimal"), ("base", "10"), ("denary",), ("base", "ten"))


def _in_base_ten(tokens: list[Token], i: int) -> int:
    """'in decimal', 'to base 10', 'as a decimal number' after a number written in base 16, 2 or 8, closing the
    request: the answer is given in base ten anyway. Its width, or 0."""
    for phrase in _BASE_TEN:
        if all(tokens[min(i + 1 + k, len(tokens) - 1)].text.lower() == w for k, w in enumerate(phrase)):
            end = i + 1 + len(phrase)
            if end < len(tokens) and (tokens[end].kind == "end" or tokens[end].text in ("?", ".", "!")):
                return 1 + len(phrase)
    return 0
