"""What a word problem told as a little story asks: the question is its last sentence, the story the rest.

Users tell the context first and ask last ("I bought 3 shirts at 12.50 each. What did I spend?"). The readers
of stories (``purchases``, ``legs``, ``marks``) give every number of the story a role from the words beside it,
and read what is asked from the question sentence alone, so a word in the story ('each' in '12.50 each') is not
mistaken for what the question asks ('how much each').
"""

from __future__ import annotations

from servers.tools.calculator.givens import Given
from servers.tools.calculator.quantities import is_money, lookup
from servers.tools.calculator.tokens import Token

_SENTENCE_ENDS = frozenset({".", "?", "!", ";"})
_QUESTION_WORDS = frozenset("what what's whats how which".split())
_CLAUSE_PAUSES = frozenset({",", "-", "—", ":"})  # '... at £45/hr - what's the total?': a dash before a word


def question_start(tokens: list[Token], start: int) -> int:
    """Index of the first token of the question: the last sentence, or in one sentence the clause after its last
    comma or dash that opens with a question word ('620 kWh at $0.15 per kWh, what's the bill?')."""
    end = len(tokens) - 1
    sentence = start
    for i in range(end - 1, start - 1, -1):
        if tokens[i].text in _SENTENCE_ENDS:  # a decimal point is inside its number's token, never one of these
            sentence = i + 1
            break
    for i in range(end - 2, sentence - 1, -1):
        if tokens[i].text in _CLAUSE_PAUSES and tokens[i + 1].word in _QUESTION_WORDS:
            return i + 1
    return sentence


def last_sentence(tokens: list[Token]) -> int:
    """Index of the first token of the last sentence of tokens as written (its closing marks kept): the question a
    story ends on. A full stop after a word cut short ends no sentence ('Total incl. VAT?')."""
    last = len(tokens) - 1
    while last > 0 and (tokens[last].kind == "end" or tokens[last].text in _FINAL_MARKS):
        last -= 1
    ends = (k for k in range(last, 0, -1) if tokens[k].text in _FINAL_MARKS and tokens[k - 1].word not in _CUT_SHORT)
    return next((k + 1 for k in ends), 0)


_FINAL_MARKS = frozenset({".", "?", "!"})
_CUT_SHORT = frozenset("incl inkl excl exkl approx ca".split())


def plain_figures(tokens: list[Token]) -> list[int] | None:
    """The places of the request's numbers when they are all plain figures; None when it says money, a percentage, a
    clock time, a date or an ordinal, each of which makes it another kind of problem than a story of counts and
    measures."""
    if any(t.kind in ("currency", "clock", "date", "ordinal") or t.text == "%" for t in tokens):
        return None
    return [k for k, t in enumerate(tokens) if t.kind == "number"]


def question_words(tokens: list[Token], start: int) -> list[str]:
    """The lowercase words of the question sentence."""
    return [t.word for t in tokens[question_start(tokens, start) :] if t.kind == "word"]


def has_phrase(words: list[str], phrase: str) -> bool:
    """Whether ``phrase`` (words separated by spaces) occurs in ``words``."""
    parts = phrase.split()
    width = len(parts)
    return any(words[k : k + width] == parts for k in range(len(words) - width + 1) if words[k] == parts[0])


def story_words(tokens: list[Token], start: int) -> set[str]:
    """Every lowercase word of the request from ``start``."""
    return {t.word for t in tokens[start:] if t.kind == "word"}


_ASKING_LEADS = frozenset("much calculate calc compute work figure find determine what's whats what add".split())


def led_by_ask(tokens: list[Token], start: int) -> bool:
    """Whether the lead-in set aside before ``start`` asked for the amount ('how much are', 'work out', 'what's'):
    then a request of one sentence is all question, and the cost of what it lists is what it asks ('work out the
    cost of ...'; 'calculate 3 tickets at $42.50 each'), when it opens on what was bought rather than a verb."""
    lead = {t.word for t in tokens[:start] if t.kind == "word"}
    if "much" in lead or lead & _ASKING_LEADS and set(story_words(tokens, start)) & {"cost", "total"}:
        return True
    opening = tokens[start]  # '3 tickets at ...', 'lunch for 8 people at ...', 'a $6 fee plus ...'
    listed = opening.kind in ("number", "currency") or opening.kind == "word" and opening.word not in _NOT_LISTS
    return bool(lead & _ASKING_LEADS) and listed


_ADDING = (("add", "up"), ("total", "up"), ("tot", "up"), ("sum", "up"), ("add", "together"))


def adding_opening(tokens: list[Token], start: int) -> int:
    """How many tokens of 'add up', 'total up' open the request before what is listed ('add up 3 radiators at £165
    each plus £90 labour'): an ask for the cost of the list, as 'how much is' would be; 0 when none does."""
    for phrase in _ADDING:
        if all(tokens[start + k].word == w for k, w in enumerate(phrase)):
            after = tokens[start + len(phrase)]
            return len(phrase) if after.kind in ("number", "currency") or after.word in ("a", "an") else 0
    return 0


_NOT_LISTS = frozenset("i we you he she it they my our his her their is are was do does did the if".split())
"""Words opening a sentence that is a story or question of its own rather than a list of what was bought."""


def unrated_words(tokens: list[Token], begin: int) -> list[str]:
    """The words from ``begin`` without the rates said after amounts ('$17.25 an hour', '$40 a week')."""
    words: list[str] = []
    for i in range(begin, len(tokens)):
        rated = i > 0 and tokens[i - 1].kind == "number" or i > 1 and tokens[i - 2].kind == "number"
        if tokens[i].kind == "word" and not (rated and (tokens[i].word in ("a", "an", "per") or words[-1:] == [""])):
            words.append(tokens[i].word)
        elif tokens[i].kind == "word":
            words.append("")  # a placeholder keeps 'a' and its unit out, and the phrase boundaries in
    return [w for w in words if w]


def words_outside(tokens: list[Token], start: int, givens: list[Given]) -> list[str]:
    """The lowercase words of the request from ``start`` outside its givens ('half' in 'two and a half hours' is
    the number's)."""
    inside = {i for g in givens for i in range(g.start, g.end)}
    return [t.word for i, t in enumerate(tokens[start:], start) if t.kind == "word" and i not in inside]


_PARTS = frozenset({",", ".", ";", ":", "!", "?"})
_ITEM_LEADS = frozenset("a an another some the".split())
_BUYS = frozenset("bought buy buying got get ordered order picked need needed want wanted purchased grabbed".split())


def unpriced_item(tokens: list[Token], start: int) -> bool:
    """'3 notebooks at $4 each and a backpack': a thing bought, in its own part of the story, with no price."""
    question = question_start(tokens, start)
    begin = start
    for i in range(start, question + 1):
        if i < question and tokens[i].word not in ("and", "plus") and tokens[i].text not in _PARTS:
            continue
        if i < question and _mixed_number(tokens, i):
            continue  # '3 and a half hours': one amount, not a second thing
        part = tokens[begin:i]
        begin = i + 1
        if any(t.kind in ("number", "currency") for t in part) or not part:
            continue
        if part[0].word in _ITEM_LEADS or any(
            a.word in _BUYS and b.word in _ITEM_LEADS for a, b in zip(part, part[1:], strict=False)
        ):
            return True
    return False


def _mixed_number(tokens: list[Token], i: int) -> bool:
    """The 'and' of '3 and a half', 'two and a quarter': inside one number."""
    return (
        tokens[i].word == "and"
        and i > 0
        and tokens[i - 1].kind == "number"
        and tokens[i + 1].word == "a"
        and tokens[i + 2].word in ("half", "quarter", "third")
    )


_PERIODS = {"annual": "year", "annually": "year", "yearly": "year", "monthly": "month", "weekly": "week",
            "daily": "day", "hourly": "hour", "fortnightly": "fortnight", "quarterly": "quarter"}  # fmt: skip


def periods(tokens: list[Token], start: int) -> set[str]:
    """The stretches of time the request counts by: 'annual', 'a month', 'per week', 'every day'."""
    found: set[str] = set()
    for k in range(start, len(tokens) - 1):
        word = tokens[k].word
        if word in _PERIODS:
            found.add(_PERIODS[word])
        elif word in ("per", "a", "an", "every") and tokens[k + 1].word in _PERIODS.values():
            found.add(tokens[k + 1].word)
    return found


REDUCED = frozenset("discount discounts discounted off coupon voucher concession reduced reduction".split())
_THERE_ARE = frozenset({",", "and", "there", "are", "there're", "we", "we're", "were"})


def counted_apart(between: list[Token]) -> bool:
    """', there are 7 of us', 'and we are 6': the people counted in a clause of their own after a price each."""
    words = [t.word or t.text for t in between]
    return bool(words) and words[0] in (",", "and") and all(w in _THERE_ARE for w in words)


_CHARGES = frozenset("tip tips tax vat gst discount gratuity surcharge saving savings service".split())
_WITH_CHARGE = frozenset("total with including incl inc included plus altogether after".split())


def charge_asked(asked: list[str]) -> bool:
    """'How much is the tip?', 'what's the VAT', 'how much tip each': the question asks for a charge itself, not the
    amount paid with it ('what's the total with the tip', 'how much do I pay including VAT')."""
    return bool(set(asked) & _CHARGES) and not set(asked) & _WITH_CHARGE


_NOT_PAID = frozenset(
    "many far long left back change still outstanding balance remaining due gross save saves saving savings off "
    "original originally".split()
)
"""Questions about something besides the amount paid: 'how much is left', 'how much change', 'how much she saves',
'the original price'."""
_TAXES = frozenset("vat tax taxes gst hst pst iva tva".split())
"""What a total may be asked 'before': the total before VAT is still the amount paid for the lines."""


_MEASURED = frozenset(
    "weigh weighs weighed weight weights heavy heavier length lengths tall height wide width deep depth distance "
    "size area volume calories calorie kcal".split()
)
"""What a question may ask of the things bought besides their price: 'how much do they weigh', 'the total length'."""
_TOTAL_OF_PAID = frozenset(
    "cost costs price prices bill bills amount amounts spend spent spending pay paid payment payments payable owe owed "
    "owing charge charges charged fare fares fee fees sum outlay expense expenses expenditure damage value order "
    "invoice tab purchase purchases shopping basket cart ttc money cash postage shipping freight delivery claim rent "
    "comes come came coming will would be is was how what much w wid wit "
    "are were for of to with including incl inc included plus and before after at in on so then please pls plz po "
    "i i'll i'm i'd we you he she they it its that this the my our your his her their me us when if altogether".split()
)
"""Words a question may say right after 'total' and still ask for the total paid ('total cost', 'total for the 3
of us', 'total pls'); any other word names the total of something else ('total weight?', 'total shirts?')."""


def asks_other_than_paid(asked: list[str]) -> bool:
    """Whether the question's words ``asked`` ask for something besides the amount paid: 'how much is left', 'what
    did it cost before the sale?' (the price a discount was taken from; 'the total before VAT' is still paid),
    'how much do they weigh?', 'total weight?' — or a total of words it cannot place ('total xyzzy?')."""
    if set(asked) & _NOT_PAID or measure_asked(asked) is not None:
        return True
    if any(w == "total" and not _total_of_paid(asked[k + 1 : k + 2]) for k, w in enumerate(asked)):
        return True
    return any(w == "before" and not set(asked[k + 1 : k + 2]) & _TAXES for k, w in enumerate(asked))


def measure_asked(asked: list[str]) -> str | None:
    """The word of the question ``asked`` that asks a measure of the things themselves rather than their price:
    'weigh' in 'how much do they weigh?', 'hours' in 'total hours?'; None when it asks none."""
    for k, word in enumerate(asked):
        if word in _MEASURED:
            return word
        if k and asked[k - 1] == "total" and (word in _DURATIONS or _measures_other(word)):
            return word
    return None


_DURATIONS = frozenset({"time", "duration"})


def _measures_other(word: str) -> bool:
    """Whether ``word`` names a unit that is not money ('hours', 'km', 'litres')."""
    measure = lookup(word, short=False)
    return measure is not None and not is_money(measure)


def _total_of_paid(after: list[str]) -> bool:
    """Whether the word said right after 'total' (none, or one of ``after``) leaves the total one of money ('total
    cost', 'total in euros', 'total?')."""
    return not after or after[0] in _TOTAL_OF_PAID or is_money(lookup(after[0], short=False))
