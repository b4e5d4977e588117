"""A purchase or a bill told as a little story: what was bought at what price, fees, a tip or tax, and who shares.

"Sam bought two coffees at 3.20 each and a muffin for 2.75. How much did he pay?" — every number of the story
takes one role from the words beside it, and the total is the sum of the lines:

- a count followed in its clause by a price each ('3 shirts at 12.50 each') is a line of count × price; followed
  by a price 'for' them ('two coffees for 6.40') the price is the line's;
- a price per thing ('£18 a tin') with a count of those things ('three tins') is a line of count × price;
- a price per unit ('$0.142 per kWh', '1.50 an hour') with the one usage in that unit ('845 kWh', '3 hours') is
  a line of rate × usage;
- any other price ('a muffin for 2.75', 'a $12 monthly fee', 'the bill came to $140') is a line;
- one percentage named a tip, tax or service charge is added, named a discount or 'off' taken away, of the
  lines it is said of (``scopes.py``);
- a count of people ('four of us', 'dinner for three', 'we were six') shares the total when the question asks
  what each pays, and only then.

A number with no currency sign is a price only where the words say so ('at', 'for', 'costs', 'each', 'a bag'):
'my friend is 30' is not money. A number left without a role, two currencies, money that is not spent ('paid with
a $50 note'), two percentages, or a question about anything but the amount paid declines the reading."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import named_lines, numbers, split_company
from servers.tools.calculator.fuel_costs import each_way
from servers.tools.calculator.givens import Given, givens_or_none
from servers.tools.calculator.money_ratios import money_for_money
from servers.tools.calculator.quantities import (
    AMOUNT,
    Measure,
    Quantity,
    convert,
    currency,
    is_money,
    lookup,
    multiply,
    plural,
    rate,
    show,
    singular,
)
from servers.tools.calculator.rated_lines import chains, named_per_word, one_period, per_asked, per_word, usage_in
from servers.tools.calculator.scopes import WHOLE, less_taken, percent_role, scope
from servers.tools.calculator.set_aside import not_added
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import (
    REDUCED,
    adding_opening,
    asks_other_than_paid,
    charge_asked,
    counted_apart,
    has_phrase,
    led_by_ask,
    periods,
    question_start,
    question_words,
    unpriced_item,
    unrated_words,
    words_outside,
)
from servers.tools.calculator.tokens import Token
from servers.tools.calculator.unpriced import unpriced

_SPOILERS = frozenset(
    "not no except without only but instead already change budget remaining refund back save saved saving wallet gave "
    "average handed note notes or either more less fewer cheaper dearer difference free half twice double triple if "
    "ago included including inclusive incl percentage deposit borrowed loan interest earn earned earns salary wage "
    "profit sold sell sells per-cent percent than rest remainder third thirds quarter quarters didn't doesn't isn't "
    "wasn't won't hasn't haven't aren't weren't take-home takehome net gross payslip paycheck paycheque wages income "
    "overtime short shortfall minus subtract subtracted deduct deducted deducting rebate rebates half-price".split()
)
"""Words that relate the amounts in ways a sum of lines cannot say: the story is left to other rules."""
_ASKS_PAID = frozenset(
    "spend spent pay paid cost costs owe total bill fare order charge charged come came invoice figure quote".split()
) | {"ring", "damage"}  # 'what do I ring up?': what is charged at the till; 'what's the damage?': the bill
_MADE = ("make", "made", "raise", "raised", "clear", "cleared", "net", "take")
_MAKERS = ("i", "we", "they", "you", "he", "she")
"""Who made money ('how much did we make'); 'how much does that make' is still a total."""
_QUESTION_WORDS = frozenset("how what what's whats total".split())
_NOT_SPENT = frozenset("had have has with carry carried brought budget saved".split())
"""Words before money that is held rather than spent: 'paid with a $50 note', 'I had $40'."""
_EACH_ASKED = ("each", "apiece", "per person", "per head", "a head", "everyone", "everybody", "each person")
_PRICE_BEFORE = frozenset("at @ for costs cost costing priced charges charged charge plus paid spent is was".split())
_BILL_NOUNS = frozenset("bill invoice total price cost fee fare charge rent meal dinner lunch order tab".split())
_MEALS = frozenset("dinner lunch breakfast brunch supper meal table booking".split())
_GROUPS = frozenset("group party family team table".split())


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    value: Fraction
    givens: tuple[int, ...]  # the indices of the givens the line was read from


def solve_purchase(tokens: list[Token], start: int) -> Solution | None:
    """The amount paid (or each one's share of it) for a story of purchases; None when it is not one."""
    if start > 0 and tokens[start].word in ("a", "an") and tokens[min(start + 2, len(tokens) - 1)].text == "%":
        return None  # 'what's a 10% service charge on £74.60': the charge is what is asked (``named_cuts``)
    start += adding_opening(tokens, start)  # 'add up 3 radiators at £165 each plus £90 labour': asked as a cost
    asked = question_words(tokens, start)
    alone = question_start(tokens, start) > start
    led = not alone and led_by_ask(tokens, start)
    if led:  # 'How much are 3 tickets at $42.50 each ...': the lead was the question, the rates are the story's
        asked = ["how", "much", *unrated_words(tokens, question_start(tokens, start))]
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    spoilers = (_SPOILERS - {"deposit"} if _rent_deposit(tokens, start, givens) else _SPOILERS) | each_way(tokens)
    spoilers -= less_taken(tokens, givens)  # '..., less the 10% society discount': 'less' takes the discount off
    rated = per_asked(tokens, question_start(tokens, start), givens)
    if not _asks_paid(asked, alone=alone, per_asked=rated) or set(words_outside(tokens, start, givens)) & spoilers:
        return None  # 'half' in 'two and a half hours' is the number's, not a spoiler
    if len(periods(tokens, start)) > 1 or len(givens) < 2 or not_added(tokens, start, givens):
        return None  # 'per person per month', 'excluding the £15 tourist tax': not a sum of what is paid
    money = _currency(givens, tokens)
    if money is None:
        return None
    if unpriced(tokens, start, givens, whole=led) or unpriced_item(tokens, start):
        return None
    if _paid_against_bill(givens) or money_for_money(givens) or named_lines.one_line_asked(tokens, start, givens):
        return None  # 'What's the labour cost?' of parts and labour: one line asked, not the whole
    story = _Story(givens, tokens, money)
    if not story.read():
        return None
    if story.percent is None and set(words_outside(tokens, start, givens)) & REDUCED:
        return None  # 'with a discount for students': a reduction of no stated size
    # in a question that is also the story, 'each' and 'apiece' are said of a price ('3 tickets at $42.50 each')
    each = any(has_phrase(asked, p) for p in _EACH_ASKED if not led or p not in ("each", "apiece"))
    if each and any(_each_per_period(g) for g in givens):
        return None  # 'kids get £4.50 a week each': each one's amount already, never a whole to share
    if each != (story.people is not None) or not story.lines:
        return None  # people counted but not sharing, or a share asked of nobody counted: a given left unused
    return _answer(story, money)


_RENTING, _HELD = frozenset("rent rental renting lease tenancy".split()), frozenset("damage security breakage".split())


def _rent_deposit(tokens: list[Token], start: int, givens: list[Given]) -> bool:
    """'Rent is €450 a month ... and I paid a €300 deposit', 'plus a £200 damage deposit': held against a tenancy or a
    hire, paid on top (a deposit on a thing bought is part of its price). Its own amount, beside a rent a period."""
    if not {t.word for t in tokens[start:]} & (_RENTING | _HELD) or any(g.quantity.percent for g in givens):
        return False
    held = [g for g in givens if g.after[:2] in {(w, "deposit") for w in _HELD} and is_money(g.quantity.measure)]
    rated = held or any(is_money(m := g.quantity.measure) and m.per and m.per.dimension == "time" for g in givens)
    named = held or [g for g in givens if g.after[:1] == ("deposit",) and is_money(g.quantity.measure)]
    return bool(rated) and len(named) == 1 and sum(t.word == "deposit" for t in tokens[start:]) == 1


def _each_per_period(g: Given) -> bool:
    """'£4.50 a week each': an amount every one of a group gets or pays each period."""
    m = g.quantity.measure
    return g.after[:1] == ("each",) and m is not None and m.per is not None and m.per.dimension == "time"


def purchase_total(tokens: list[Token], start: int, givens: list[Given], said: frozenset[str]) -> Solution | None:
    """The total of a story of purchases made of ``givens`` with no one sharing it; ``said`` are words the caller
    has accounted for itself, which are not spoilers here ('paid with a $20 note' to a reader of change)."""
    outside = set(words_outside(tokens, start, givens)) & (_SPOILERS - said)
    if outside or unpriced_item(tokens, start) or not_added(tokens, start, givens, said):
        return None
    money = _currency(givens, tokens) if not money_for_money(givens) else None
    story = _Story(givens, tokens, money) if money is not None else None
    if story is None or not story.read() or story.people is not None or not story.lines:
        return None
    return _answer(story, story.money)


def _asks_paid(asked: list[str], *, alone: bool, per_asked: bool) -> bool:
    """Whether the question asks for the amount paid; ``alone`` when it is a sentence of its own ('cost?'),
    ``per_asked`` when it says a 'per' of its own ('how much is that per egg')."""
    if asks_other_than_paid(asked) or charge_asked(asked) or not (alone or set(asked) & _QUESTION_WORDS):
        return False  # no question ('a jacket costs $120 and my cat is 25% off'), or one about something else
    if any(has_phrase(asked, f"{whose} pay") for whose in ("my", "his", "her", "their", "your", "our")):
        return False  # 'what's my pay': pay earned, not paid out
    if any(has_phrase(asked, f"{who} {made}") for who in _MAKERS for made in _MADE):
        return False  # 'how much did we make': money taken in, less what was spent (takings.py), not a bill
    rated = any(w in ("a", "an") and (m := lookup(after, short=False)) is not None and not is_money(m)
                for w, after in zip(asked, asked[1:], strict=False))  # fmt: skip
    if (per_asked or rated) and not any(has_phrase(asked, p) for p in _EACH_ASKED):
        return False  # 'how much is that per egg', 'what is that a month': a rate asked, not the amount paid
    return has_phrase(asked, "how much") or bool(set(asked) & _ASKS_PAID)


def _paid_against_bill(givens: list[Given]) -> bool:
    """'The invoice was $2,400 and we paid $1,850', 'she pays £350 of it': a part of a bill, not one more bought."""
    billed = any(set(g.before) & _BILL_NOUNS or g.after[:2] in (("of", "it"), ("of", "that")) for g in givens)
    return billed and any(g.before[-1:] in (("paid",), ("spent",)) or g.after[:1] == ("of",) for g in givens)


def _currency(givens: list[Given], tokens: list[Token]) -> Measure | None:
    """The one currency of the story's money ('pounds' said in words is sterling here), or AMOUNT for none."""
    codes = {g.quantity.measure.dimension for g in givens if is_money(g.quantity.measure)}
    if any(_pounds(g, tokens) for g in givens):
        codes.add("money GBP")
    if len(codes) > 1:
        return None
    return currency(codes.pop().removeprefix("money ")) if codes else AMOUNT


def _pounds(given: Given, tokens: list[Token]) -> bool:
    measure = given.quantity.measure
    return measure is not None and measure.name == "pound" and tokens[given.end - 1].word in ("pound", "pounds")


class _Story:
    """The roles of the givens, filled in by ``read``: lines of money, one percentage, one count of people."""

    def __init__(self, givens: list[Given], tokens: list[Token], money: Measure) -> None:
        self.givens = givens
        self.tokens = tokens
        self.money = money
        self.used = [False] * len(givens)
        self.lines: list[_Line] = []
        self.percent: Given | None = None
        self.role: tuple[Fraction, int, str] | None = None  # the percentage's rate, sign and name
        self.scope = WHOLE  # the one line the percentage is said of, or WHOLE
        self.people: Given | None = None

    def read(self) -> bool:
        """Whether every given found its role."""
        for k, g in enumerate(self.givens):
            if g.quantity.percent:
                if self.percent is not None:
                    return False
                self.percent, self.used[k] = g, True
            elif self._is_people(g):
                if self.people is not None or "with" in g.before:
                    return False  # 'me and 3 friends' or 'with 3 friends': who is counted is two readings
                self.people, self.used[k] = g, True
        for k in range(len(self.givens) - 1):  # '3 shirts at 12.50 each', 'two coffees for 6.40'
            if not self.used[k + 1] and (not self.used[k] or self.givens[k] is self.people):
                self._count_and_price(k)  # 'lunch for 8 people at $27.50 each': 8 lunches, unless a share is asked
            if not self.used[k] and (not self.used[k + 1] or self.givens[k + 1] is self.people):
                self._price_for(k)
        for k, g in enumerate(self.givens):  # '$0.142 per kWh' with '845 kWh', '£18 a tin' with 'three tins'
            if not self.used[k] and self._price(g) is not None and not self._rate_line(k):
                return False
        for k, g in enumerate(self.givens):  # '4 of us each chipped in $12': what the people gave together
            if not self.used[k] and self.people is not None and _given_by_each(g):
                self._given_by_people(k)
        for k, g in enumerate(self.givens):  # 'a muffin for 2.75', 'a $12 monthly fee'
            if not self.used[k]:
                price = self._price(g)
                if (
                    price is None
                    or per_word(g)
                    or named_per_word(g)
                    or _given_by_each(g)
                    or g.per_each
                    or set(g.before[-2:]) & _NOT_SPENT
                ):
                    return False
                self.lines.append(_Line(show(price), Fraction(price.value), (k,)))
                self.used[k] = True
        if self.percent is not None:
            self.role = percent_role(self.percent, len(self.lines), self.tokens)
            lines = [line.givens for line in self.lines]
            said_of = scope(self.tokens, self.givens, lines, self.percent)
            if said_of is None:
                return False  # which amounts the percentage is of, the words leave open
            self.scope = said_of
        return all(self.used) and (self.percent is None or self.role is not None)

    def _is_people(self, g: Given) -> bool:
        if g.quantity.measure is not None or g.quantity.percent:
            return False
        before = g.before
        if g.noun == "people":
            return True
        if len(before) >= 2 and before[-1] == "for" and before[-2] in _MEALS:
            return True  # 'dinner for three', 'a table for 6'
        if len(before) >= 2 and before[-1] == "of" and before[-2] in _GROUPS:
            return True  # 'our group of 4'
        return not g.noun and len(before) >= 2 and before[-2:] in (("we", "are"), ("we", "were"), ("there", "were"))

    def _price(self, g: Given) -> Quantity | None:
        """The given as money: an amount in a currency, or a plain number the words make a price."""
        q = g.quantity
        if is_money(q.measure):  # in the story's main unit: '40 cents' is $0.40, '14 cents per kWh' $0.14 a kWh
            per = q.measure.per
            value = Fraction(q.value) * q.measure.factor * (per.factor if per is not None else 1) / self.money.factor
            return Quantity(value, self.money if per is None else rate(self.money, per))
        if _pounds(g, self.tokens):
            return Quantity(q.value, self.money)
        if q.measure is not None or q.percent or g.noun:
            return None
        if g.per_each or g.after[:1] in (("each",), ("apiece",)) or per_word(g):
            return Quantity(q.value, self.money)
        before = g.before
        if before[-2:] in (("came", "to"), ("comes", "to"), ("come", "to")):
            return Quantity(q.value, self.money)
        if before[-1:] == ("for",) and self.money is not AMOUNT:
            return None  # 'a cake for 8 costs $20': beside a price in a currency, a bare number after 'for' counts
        if before and before[-1] in _PRICE_BEFORE and g.after[:1] != ("times",):  # not 'at 2.5 times cost'
            if before[-1] not in ("is", "was") or set(before) & _BILL_NOUNS:
                return Quantity(q.value, self.money)
        return None

    def _count_and_price(self, k: int) -> None:
        count, price_given = self.givens[k], self.givens[k + 1]
        if count.quantity.measure is not None or count.quantity.percent or not count.noun and count is not self.people:
            return  # 'breakfast for six at €11 each' counts people with no noun
        between = [
            t for t in self.tokens[count.end : price_given.start] if t.kind != "currency" and not _hyphen(t)
        ]  # '3 t-shirts at', 'two packs of butter at'
        if len(between) > 4 or any(
            t.kind != "word" and t.text != "@" or t.word in ("and", "or", "plus") for t in between
        ):
            return  # '3 shirts and a hat for 8': the 8 is the hat's
        price = self._price(price_given)
        if price is None or price.measure is None or price.measure.per is not None:
            return
        said_of = self.tokens[price_given.end : price_given.end + 2]
        if said_of[0].word in ("the", "a", "per") and lookup(said_of[1].word) is not None:
            return  # '9 legs at 24,50 € the kilo': a price of a measure the count is not in
        listed = self.givens[k + 2] if k + 2 < len(self.givens) else None
        if listed is not None and listed.start == price_given.end + 1 and self._price(listed) is not None:
            if self.tokens[price_given.end].text in ("and", ",", "or"):
                return  # 'three things for $12 and $8': a list of prices, not one for the count
        each = price_given.per_each or price_given.after[:1] in (("each",), ("apiece",))
        marker = between[-1].text.lower() if between else ""
        if count is self.people:  # 'pizza for twelve people at $9.50 a head': a price for each one of them
            opening = not count.before and len(self.givens) > 2  # '27 pupils at £12.50 each, plus a £45 fee'
            if not (each and marker in ("at", "@")) or count.before[-1:] != ("for",) and not opening:
                return  # '8 people at $27.50 each' alone names nothing bought; with a charge for them all, a trip
            self.people = None
        if each or marker in ("at", "@"):
            value = Fraction(count.quantity.value) * Fraction(price.value)
            text = f"{numbers.format_number(count.quantity.value)} × {show(price)}"
        elif marker == "for":
            value, text = Fraction(price.value), f"{show(price)} for {numbers.format_number(count.quantity.value)}"
        else:
            return
        self.lines.append(_Line(text, value, (k, k + 1)))
        self.used[k] = self.used[k + 1] = True

    def _price_for(self, k: int) -> None:
        """'15 dollars each for the 4 of us' (a price for every one of them), '$40 for 2 books' (the price of both)."""
        g, count = self.givens[k], self.givens[k + 1]
        price = self._price(g)
        if price is None or price.measure is None or price.measure.per is not None:
            return
        if count.quantity.measure is not None or count.quantity.percent or not count.noun:
            return
        between = [t.word for t in self.tokens[g.end : count.start]]
        people = count is self.people
        if people and g.per_each and counted_apart(self.tokens[g.end : count.start]):
            between = ["for"]  # '€45 per person, there are 7 of us': the people the price each is for
        if "for" not in between or len(between) > 3 or not all(between) or set(between) & {"and", "plus", "or"}:
            return
        # '$120 a night for 4 nights': a price of one of the things counted is a price each
        one_of = (
            g.after[:1] in (("a",), ("an",), ("per",)) and singular(g.after[1] if g.after[1:2] else "") == count.noun
        )
        if g.per_each or g.after[:1] in (("each",), ("apiece",)) or one_of:
            value = Fraction(count.quantity.value) * Fraction(price.value)
            text = f"{numbers.format_number(count.quantity.value)} × {show(price)}"
        elif not people:
            value, text = Fraction(price.value), f"{show(price)} for {numbers.format_number(count.quantity.value)}"
        else:
            return  # '$90 for the 3 of us': a bill the people share
        self.lines.append(_Line(text, value, (k, k + 1)))
        self.used[k] = self.used[k + 1] = True
        if people:
            self.people = None

    def _given_by_people(self, k: int) -> None:
        g, people = self.givens[k], self.people
        price = self._price(g)
        if people is None or price is None or price.measure is None or price.measure.per is not None:
            return
        between = self.tokens[people.end : g.start]
        if not 0 < len(between) <= 4 or any(t.kind not in ("word", "currency") for t in between):
            return
        value = Fraction(people.quantity.value) * Fraction(price.value)
        self.lines.append(_Line(f"{numbers.format_number(people.quantity.value)} × {show(price)}", value, (k,)))
        self.used[k] = True
        self.people = None

    def _rate_line(self, k: int) -> bool:
        """A price per unit or per thing, with the one usage or count it is for; True when the given is not one."""
        g = self.givens[k]
        price = self._price(g)
        assert price is not None
        per = price.measure.per if price.measure is not None else None
        word = per_word(g) or named_per_word(g)
        if per is None and word is None:
            return True  # a plain price, read as its own line later
        if per is None and word is not None:
            per = lookup(word, short=False)
            if per is not None and (per.per is not None or is_money(per)):
                return False
        matches = [j for j, other in enumerate(self.givens) if j != k and self._for(other, per, word)]
        unused = [j for j in matches if not self.used[j] or self.givens[j] is self.people]
        # '3 nights at £89 a night plus £15 parking each night': an extra per night is paid on the same 3 nights
        matches = unused or [j for j in matches if len(matches) == 1 and self.givens[j] is not self.people]
        if not matches and per is not None and per.dimension == "time" and one_period(self.tokens, per.name):
            each = Fraction(price.value)
            self.lines.append(_Line(f"{show(Quantity(each, self.money))} for the {per.name}", each, (k,)))
            self.used[k] = True  # '$35 a month ... I sent 240 texts last month': the charge for that one month
            return True
        if not matches and per is not None:
            return self._chained_line(k, price, per)
        if len(matches) != 1:
            return False
        usage = self.givens[matches[0]]
        if usage is self.people:
            self.people = None  # '$25 per student' and '28 students': the students are counted, not sharing
        if per is not None:
            amount = usage_in(usage, per)
            if amount is None:
                return False
            unit = per.name
        else:
            amount, unit = Fraction(usage.quantity.value), singular(word or usage.noun)
        each = Fraction(price.value)
        label = per.label(amount) if per is not None else unit if amount == 1 else plural(unit)
        text = f"{numbers.format_number(amount)} {label} × {show(Quantity(each, self.money), exact=True)}"
        self.lines.append(_Line(text, each * amount, (k, matches[0])))
        self.used[k] = self.used[matches[0]] = True
        return True

    def _chained_line(self, k: int, price: Quantity, per: Measure) -> bool:
        """'1.80 a litre' with '6.5 litres per 100 km' and '420 km': the usage is itself a rate times an amount."""
        pairs = [
            (r, u)
            for r, rated in enumerate(self.givens)
            for u, other in enumerate(self.givens)
            if not self.used[r] and not self.used[u] and k not in (r, u) and chains(rated, other, per)
        ]
        if len(pairs) != 1:
            return False
        r, u = pairs[0]
        rated, other = self.givens[r].quantity, self.givens[u].quantity
        used = multiply(rated, other)
        assert used.measure is not None
        amount = Fraction(convert(used.value, used.measure, per))
        each = Fraction(price.value)
        text = f"{show(rated, exact=True)} × {show(other, exact=True)} × {show(Quantity(each, self.money), exact=True)}"
        self.lines.append(_Line(text, each * amount, (k, r, u)))
        self.used[k] = self.used[r] = self.used[u] = True
        return True

    def _for(self, other: Given, per: Measure | None, word: str | None) -> bool:
        q = other.quantity
        if q.percent or is_money(q.measure):
            return False
        if per is not None:
            return q.measure is not None and q.measure.dimension == per.dimension and q.measure.per is None
        if q.measure is not None or not other.noun or word is None:
            return False
        return singular(word) in (other.noun, singular(self.tokens[other.end - 1].word))


def _given_by_each(g: Given) -> bool:
    """'4 of us each chipped in $12': an amount each one gave, not a thing bought ('$3 each plus a $2 fee' is)."""
    if "each" not in g.before:
        return False
    after_each = g.before[len(g.before) - g.before[::-1].index("each") :]
    return not set(after_each) & {"and", "plus"}


def _hyphen(token: Token) -> bool:
    return token.text == "-" and token.attached


def _answer(story: _Story, money: Measure) -> Solution:
    subtotal = sum((line.value for line in story.lines), Fraction(0))
    steps = [" + ".join(line.text for line in story.lines) + f" = {show(Quantity(subtotal, money))}"]
    parts = [line.text for line in story.lines]
    total = subtotal if story.people else split_company.whole_paid(subtotal, story.tokens)  # shared by nobody counted
    if story.role is not None:
        fraction, sign, name = story.role
        base = subtotal if story.scope == WHOLE else story.lines[story.scope].value
        of = show(Quantity(subtotal, money)) if story.scope == WHOLE else story.lines[story.scope].text
        part = base * fraction
        total = subtotal + sign * part
        pct = numbers.format_number(fraction * 100)
        steps.append(f"{name}: {pct}% of {of} = {show(Quantity(part, money))}")
        steps.append(f"{'with' if sign > 0 else 'after'} the {name}: {show(Quantity(total, money))}")
        adjusted = f"{'+' if sign > 0 else '-'} {pct}% {name}"
        if story.scope == WHOLE:
            parts = [f"({' + '.join(parts)}) {adjusted}"]
        else:
            parts[story.scope] = f"({parts[story.scope]} {adjusted})"
    expression = " + ".join(parts)
    if story.people is None:
        return answer_for(Quantity(total, money), "purchase total", expression, steps, suffix=" in total")
    people = Fraction(story.people.quantity.value)
    share = total / people
    steps.append(f"shared by {numbers.format_number(people)}: {show(Quantity(total, money))} ÷ {people} = ")
    steps[-1] += show(Quantity(share, money))
    return answer_for(
        Quantity(share, money), "shared purchase", f"({expression}) / {people}", steps, suffix=" per person"
    )
