"""Numbers that name a thing instead of counting it: 'I drive *the number 42 bus*', 'we take *the 73 bus*', '*route
9* is 14 km', '*flight 302* leaves at ...'. Such a number is part of a name; read as a quantity it would be one
number too many, and the request would be declined (or, worse, used). It is set aside and the request read again
without it — answered only when what is left accounts for itself in full.

Eight forms, each a whole number: 'number N' between an article or owner and a noun ('the number 42 bus', 'my number
7 shirt'); 'the N bus' (a bus or tram named by its number, one of it); a school year before who is in it ('my year
10 class', 'the grade 5 students'), as its pupils ('my year 9s') or opening the request before its work ('Year 10
test scores'); a rating said of the things ('were 5 stars'); a race named by its distance and stroke ('in the 50
free'); and a place or service named by its number ('route 9',
'platform 4', 'gate 12', 'flight 302') with a pause or a verb after it, not a unit ('route 9 km' is a length); a code
of capital letters written onto its number ('today's *P2* tickets', 'my *A2* prints', 'the *A14*', '*Q3* sales'); and a
product or thing named by a capitalised word and its number after a preposition ('devices still on *Windows 10*',
'upgrading to *iOS 17*'), closing its clause.
"""

from __future__ import annotations

from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

_OWNERS = frozenset("the a my our his her their your".split())
_SERVICES = frozenset("bus tram".split())
_STROKES = frozenset("free freestyle back backstroke breast breaststroke fly butterfly im medley hurdles".split())
"""'the 50 free', 'her 200 IM': a race named by its distance and stroke, never a count or a length to use."""
_NAMED = frozenset("route platform gate flight bay line terminal room bed ward cabin pitch table pen cage".split())
"""'Guest in room 9 is staying', 'bed 4:', 'Pen 4.': a room, bed, pitch or fish pen named by its number, never a
count of them."""
_AFTER_NAME = frozenset("is was runs ran goes went takes took leaves left and which that".split()) | frozenset(
    "had has stayed booked ordered owes want wants asked asks".split()
)
"""'The man in room 14 had 3 nights', 'bed 6 has owed since': who is in the room or bed did something; the number
names where, never how many."""
_TABLE_THINGS = frozenset("bill bills order orders tab check cheque total booking".split())
"""'Table 12 bill', 'the table 7 order': a restaurant table named by its number, never a count of tables or diners."""
_SCHOOL_YEARS = frozenset("year yr grade".split())
_PUPILS = frozenset("class classes pupils students kids children group groups set form tutor maths math".split())
"""'My year 10 class', 'the grade 5 students': a school year names who is taught, never a stretch of time or a count."""
_ASSESSED = frozenset("test tests exam exams mock mocks quiz scores marks grades results homework".split())
"""'Year 10 test scores', 'Grade 5 quiz marks': a school year opening the request names whose work is listed."""
_RATED = frozenset("were was are is got gave rated get give".split())
_STARS = frozenset("star stars".split())
_MAX_STARS = 5
"""'were 5 stars': a rating names which of the things are meant, never a count of them."""
_PAUSES = frozenset({",", ".", ";", ":", "!", "?", "—"})
_MAX_DIGITS = 5  # a name, not an amount: 'flight 302', not 'route 120000'


def without_designators(text: str, tokens: list[Token]) -> str | None:
    """``text`` without the numbers that name a thing, or None when it has none."""
    cuts: list[tuple[int, int, str]] = []  # character spans to replace, with what replaces them
    for k in range(1, len(tokens) - 2):
        if not _whole(tokens[k]):
            continue
        before, after = tokens[k - 1], tokens[k + 1]
        if k >= 2 and before.word == "number" and tokens[k - 2].word in _OWNERS and _noun(after):
            cuts.append((before.start, after.start, ""))  # 'the number 42 bus' -> 'the bus'
        elif before.word in ("the", "my", "her", "his", "their") and after.word in _STROKES:
            cuts.append((tokens[k].start, after.start, ""))  # 'in the 50 free' -> 'in the free': a swimming event
        elif before.word == "the" and after.word in _SERVICES:
            cuts.append((tokens[k].start, after.start, ""))  # 'the 73 bus' -> 'the bus'
        elif before.word in _SCHOOL_YEARS and _opens(tokens, k - 1) and _assessed(tokens, k + 1):
            cuts.append((before.start, after.start, ""))  # 'Year 10 test scores: ...' -> 'test scores: ...'
        elif k >= 2 and before.word in _SCHOOL_YEARS and tokens[k - 2].word in _OWNERS and after.word in _PUPILS:
            cuts.append((before.start, after.start, ""))  # 'my year 10 class' -> 'my class'
        elif k >= 2 and before.word in _SCHOOL_YEARS and _owned(tokens[k - 2]) and after.word in _PUPILS | _ASSESSED:
            cuts.append((before.start, after.start, ""))  # "my pupils' Grade 3 marks" -> "my pupils' marks"
        elif k >= 2 and before.word in _SCHOOL_YEARS and tokens[k - 2].word in _OWNERS and _plural_s(tokens, k + 1):
            cuts.append((before.start, tokens[k + 1].start + 1, "class"))  # 'my year 9s got' -> 'my class got'
        elif k >= 2 and before.text in ("Year", "Grade") and tokens[k - 2].word in _OWNERS and _noun(after):
            cuts.append((before.start, after.start, ""))  # 'our Year 4 sponsored read' -> 'our sponsored read'
        elif before.word in _OWNERS and after.word == "o'clock" and _noun(tokens[k + 2]) and _one_clock(tokens):
            cuts.append((tokens[k].start, tokens[k + 2].start, ""))  # "the 9 o'clock meeting" -> 'the meeting'
        elif before.word in _RATED and after.word in _STARS and _one_rating(tokens, k):
            cuts.append((tokens[k].start, tokens[k + 2].start, ""))  # '156 of our 240 reviews were 5 stars, ...'
        elif (
            before.word == "table"
            and after.word in _TABLE_THINGS
            and (_opens(tokens, k - 1) or k >= 2 and tokens[k - 2].word in _OWNERS)
        ):
            cuts.append((before.start, after.start, ""))  # 'Table 12 bill is HK$1,860' -> 'bill is HK$1,860'
        elif before.word in _NAMED and (after.text in _PAUSES or after.word in _AFTER_NAME):
            cuts.append((tokens[k].start, after.start, ""))  # 'route 9 is 14 km' -> 'route is 14 km'
    for k in range(1, len(tokens) - 1):  # a name may close the request: 'still on Windows 10'
        if _whole(tokens[k]) and (_coded(tokens, k) or _named_version(tokens, k)):
            begin = tokens[k - 1].start if _coded(tokens, k) else tokens[k].start
            cuts.append((begin, tokens[k + 1].start, ""))  # 'today's P2 tickets' -> "today's tickets"
    cuts.sort()
    if not cuts:
        return None
    for begin, end, replaced in reversed(cuts):
        text = text[:begin] + replaced + text[end:]
    return text


def _whole(token: Token) -> bool:
    return (
        token.kind == "number"
        and token.text.isdigit()
        and len(token.text) <= _MAX_DIGITS
        and token.value.denominator == 1
    )


def _plural_s(tokens: list[Token], at: int) -> bool:
    """'year 9s', 'Year 11s': an 's' written on the number makes the year's pupils, not a stretch of time."""
    return tokens[at].text.lower() == "s" and tokens[at].attached


def _noun(token: Token) -> bool:
    """A plain word naming the thing ('bus', 'shirt'): not a unit, which would make the number an amount."""
    return token.kind == "word" and token.word.isalpha() and lookup(token.word, short=False) is None


def _one_clock(tokens: list[Token]) -> bool:
    """One clock time in the request: two ('the 9 o'clock class', 'the 6 o'clock class') tell things apart."""
    return sum(t.word == "o'clock" for t in tokens) == 1


def _one_rating(tokens: list[Token], k: int) -> bool:
    """The only rating the request says, out of five at most, and closing its clause ('were 5 stars,')."""
    rating = tokens[k].value
    closing = tokens[k + 2].kind == "end" or tokens[k + 2].text in _PAUSES
    said = sum(t.word in _STARS for t in tokens)
    return closing and said == 1 and rating is not None and 1 <= rating <= _MAX_STARS


_CODE_LETTERS = 3
_CODE_DIGITS = 2
_MONEY_LETTERS = frozenset("r k rs rp rm kr ksh tk fr sh ft kc zl".split())
"""Letters written before an amount as its currency ('R50', 'RM20', 'Rs 80'): an amount, never a code."""


def _coded(tokens: list[Token], k: int) -> bool:
    """'P2', 'A14', 'MP3', 'Q3', 'FY24': up to three capital letters written onto a number of one or two digits,
    standing alone as a word. A code names a thing (a priority, a paper size, a road, a quarter); a letter written
    onto a number in algebra is lower case ('3x', 'x2'), and 'X' may be a times sign ('£5 X2'), so neither is one."""
    before, number, after = tokens[k - 1], tokens[k], tokens[k + 1]
    letters = before.text
    if not (number.attached and before.kind == "word" and letters.isalpha() and letters.isupper()):
        return False
    if len(letters) > _CODE_LETTERS or len(number.text) > _CODE_DIGITS or letters.lower() in _MONEY_LETTERS:
        return False
    if letters == "X" or before.attached or after.attached and after.kind != "end":
        return False  # '3x4', 'X2', 'A2B': a size or a product, not a code standing alone
    return lookup(letters, short=False) is None  # a unit or currency: 'GB 2', 'CHF 20' is an amount


_NAME_PREPOSITIONS = frozenset("on in to from with for running using".split())
_DATED = frozenset(
    "january february march april may june july august september october november december jan feb mar apr jun jul "
    "aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs "
    "fri sat sun".split()
)
_NAME_DIGITS = 3


def _named_version(tokens: list[Token], k: int) -> bool:
    """'still on Windows 10', 'upgrading to iOS 17': after a preposition, a word written with a
    capital (not a month or a day, not a unit or currency) and a whole number closing the clause, the last
    number the request says — a product or
    a thing by its name and number, never an amount of it."""
    if k < 2:
        return False
    name, number, after = tokens[k - 1], tokens[k], tokens[k + 1]
    if tokens[k - 2].word not in _NAME_PREPOSITIONS or name.kind != "word" or not name.text.isalpha():
        return False
    if name.text.islower() or name.word in _DATED or lookup(name.word) is not None or number.attached:
        return False
    if len(number.text) > _NAME_DIGITS:
        return False  # 'in June 2024', 'from Heathrow 2024': a year or a date, not a version
    if any(t.kind in ("number", "currency") for t in tokens[k + 1 :]):
        return False  # 'with Bob 20, Sue 25': names with what each gives; a version closes the story's numbers
    return after.kind == "end" or after.text in _PAUSES


def _opens(tokens: list[Token], k: int) -> bool:
    """Whether the token at ``k`` opens the request or a sentence of it."""
    return k == 0 or tokens[k - 1].text in (".", "!", "?", ";")


def _owned(token: Token) -> bool:
    """ "pupils'", "Sam's": a word that owns what follows, as 'my' does."""
    return token.kind == "word" and (token.word.endswith("'") or token.word.endswith("'s")) and len(token.word) > 2


def _assessed(tokens: list[Token], i: int) -> bool:
    """'test scores', 'spelling test scores': who is taught or whose work is listed, at most one word on."""
    if tokens[i].word in _PUPILS | _ASSESSED:
        return True
    return tokens[i].kind == "word" and tokens[i].word.isalpha() and tokens[i + 1].word in _ASSESSED
