"""What a word problem asks for, read as a kind: money, a count of a named thing, a time, a length, or one of those
per another ('£ per child', 'hours a week'), with what the question says about the sums and the rounding.

``read_asked`` finds the one question ('how many packs', 'how much will they cost', 'how long', 'what's the total
cost') and reads its kind. 'how many <things>' asks a count of those things (or their unit: 'how many hours');
'how much' asks money when money is given; 'how long' a time; 'how far' a length; a 'what' question asks money only
when it names it ('cost', 'price', 'total', 'pay'). 'per child', 'each', 'a week' in the question make it a rate.

Words that say which sum is meant are read too: 'left', 'change', 'short' or 'more' ask what remains (only a
subtraction adds up); 'total', 'altogether', 'in all' what is added. A count that does not come out whole is
rounded only as the question says: down for 'full' or what one 'can' afford or fit, up for what one 'needs'.

Two questions, no question, or a word the reckoning has no way to honour ('tax', 'average', 'twice', 'than', 'or',
'per cent' asked, 'after') read as nothing (None): the request is left declined.
"""

from __future__ import annotations

from dataclasses import dataclass

from servers.tools.calculator.quantities import Measure, lookup, singular
from servers.tools.calculator.reckoning import kinds
from servers.tools.calculator.reckoning.kept import kept_asked, only_asked, spends_asked
from servers.tools.calculator.reckoning.kinds import Kind
from servers.tools.calculator.reckoning.typed import PHYSICAL, asked_word, counted_word
from servers.tools.calculator.reckoning.unpriced import names_unpriced
from servers.tools.calculator.tokens import Token

SPOILERS = frozenset(
    """than or nor vs versus which whichever better best worse cheaper cheapest dearer compare compared
    tax taxes vat gst back deposit refund refundable assuming assume assumed suppose supposing
    subtract subtracted deduct deducted add added
    tip tips tipping gratuity discount discounted off sale interest compound commission markup
    margin profit loss average mean median ratio proportion percentage percent cent twice double doubled triple
    tripled half halves halved quarter quarters third thirds fifth dozen pair couple convert conversion exchange
    except but without excluding exclude including include incl inc increase increased decrease decreased raise
    raised rise rose reduce reduced growth drop dropped divide divided multiply multiplied square squared
    cube cubic root power x again another extra additional else other others same also too both either
    neither rounded nearest estimate first previous ago since until till later earlier before
    after free deal offer return way minimum maximum least most older younger age aged old born instead rather
    not no none never don't doesn't didn't won't can't isn't aren't wasn't weren't unless whether between
    among shared share split ways fraction fractions times""".split()
)
"""Words that ask for arithmetic the reckoning does not do, or that leave which sum is meant open: what is
shared 'between' people other readers read; a kind reckoning of them would be a guess."""

OTHER_ASKS = frozenset(
    """who when where why whose whom write draft summarize summarise translate explain true false email letter
    note report review check essay poem story rewrite proofread then separately""".split()
)
"""Words of another question or task beside the sum ('and who wrote Hamlet?', 'then write a note'): the request
is more than its numbers, and is left to the readers that split it."""

_MINUS = frozenset("left remaining remain remains leftover change short shortfall difference still less fewer more "
                   "minus spare".split())  # fmt: skip
_GROUPS = frozenset("they we you both all these those them us".split())
_OWING = frozenset("price cost bill invoice owe owed owes debt fee fees due pay paid paying".split())
_NOT_COSTS = frozenset("owe owed owes owing loan loans debt debts borrow borrowed lend lent savings".split())
_BACKWARDS = frozenset("more short shortfall difference need needed".split())
_REST = frozenset("rest remainder keep kept save saved leaves leaving over".split())
_PLUS = frozenset("total altogether combined together sum plus overall".split())
_FLOOR = frozenset("full whole complete can could afford fit".split())
_CEIL = frozenset("need needs needed must require required".split())
_CAN = frozenset("can could afford fit".split())
_ORDERING = frozenset("order orders ordering buy buying purchase".split())
_SOURCE = frozenset("from out".split())
_STOCK = frozenset("have has had left stock got".split())  # a stock the packs are filled from
_REACHING = frozenset("take takes took taking until till reach reaching".split())
_NOT_AIMS = frozenset("the a an nearest whole full be".split())
_SKIPPED = frozenset("full whole complete individual separate single new more".split())
_AUX = frozenset(
    "can could do does did will would should must is are was were have has need i we you they he she it that this "
    "in altogether total money cash more".split()
)
_MUCH_PER = frozenset("each a an per for".split())  # 'how much each', 'how much a day', 'how much for 100 km'
_MONEY = frozenset(
    "cost costs price prices bill pay paid owe owed spend spent earn earned make made charge charged takings "
    "revenue income budget worth value take took collect collected salary salaries wage wages payroll".split()
)
_PER_AFTER = frozenset("cost costs is that it pay pays earn earns make makes spend spends each much".split())
_SENTENCE_ENDS = frozenset({".", "?", "!", ";"})
_ASKS = frozenset("how what what's whats what'd what'll".split())


@dataclass(frozen=True, slots=True)
class Asked:
    """The kind asked for (``any_time``: whatever time unit the sum comes out in), the unit to show it in, which
    of + and − the words allow, and how a count that is not whole is rounded ('down', 'up' or '')."""

    kind: Kind
    unit: Measure | None
    any_time: bool
    adds: frozenset[str]
    rounding: str
    backwards: bool = False  # 'how much more do I need': the later amount may be the whole
    takes: str = ""  # 'change' or 'profit' asked: only a reckoning that takes something away is one


def read_asked(tokens: list[Token], end: int, given_spans: list[tuple[int, int]], things: set[str],
               money_kinds: set[str], units: dict[str, Measure],
               alone: Kind | None = None, told: bool = False) -> Asked | None:  # fmt: skip
    """The one question of ``tokens[:end]`` read as a kind; None when there is not exactly one, or it is not read.

    ``things`` are the nouns the givens count, ``money_kinds`` their currencies, ``units`` the unit each physical
    dimension was given in; ``alone`` the kind of the one given there is when it is 'x% of' another, which is
    asked for by any 'how much' or 'what' question; ``given_spans`` are the givens' tokens, whose words ('£6.50
    each') are not the question's. ``told``: the request was led by 'work out' or 'calculate' and names no
    question, so it asks what its one currency comes to ('Work out 4 nights for a 9.8 m boat at €3.20 per metre per
    night'); with no money, or money of two currencies, it asks nothing read here.
    """
    inside = {i for a, b in given_spans for i in range(a, b)}
    free = [i for i in range(end) if i not in inside and tokens[i].kind == "word"]
    words = {tokens[i].word for i in free if not _off_a_place(tokens, i, given_spans) and not _verb(tokens, i, inside)}
    asks = [i for i in free if tokens[i].word in _ASKS]
    spoiled = words & SPOILERS
    question = _sentence(tokens, asks[0], end) if len(asks) == 1 else _named(tokens, end)
    if spoiled and len(asks) <= 1 and only_asked(tokens, free, question):
        spoiled = spoiled - {"profit"}  # 'how much profit today?': money kept, read with what is kept below
    if "back" in spoiled and len(asks) == 1 and spends_asked(tokens, question):
        spoiled = spoiled - {"back"}  # 'what will that set me back?': what it costs
    if spoiled or any(any(c.isdigit() for c in tokens[i].text) for i in free):
        return None
    if any(tokens[i].word == "each" and tokens[i - 1].word in _GROUPS for i in free):
        return None  # 'they each walk 3 km a day': a group of no size
    if any(tokens[i].word == "every" and tokens[i + 1].kind == "number" for i in free):
        return None  # 'every 3 days': a count of periods the reckoning does not read
    if words & OTHER_ASKS or names_unpriced(tokens, end, inside):
        return None  # another question or task in the request, or a thing added with no amount
    if not asks and told and len(money_kinds) == 1:
        money = kinds.base(next(iter(money_kinds)))
        return _total_named(tokens, end, money_kinds) or Asked(money, None, False, frozenset("+-"), "")
    if not asks:
        named = _total_named(tokens, end, money_kinds)
        return None if named is not None and named.takes and words & _NOT_COSTS else named
    if len(asks) != 1:
        return None
    ask = asks[0]
    top = _top(tokens, ask, things, money_kinds, units)
    if alone is not None and (tokens[ask].word != "how" or tokens[ask + 1].word == "much"):
        if words & _MINUS or words & _REST:
            return None  # 'spend 30% of it on rent, how much is left': what the share leaves is another sum
        top = (alone, None, False)
    if top is None:
        return None
    kind, unit, any_time = top
    sentence = _sentence(tokens, ask, end)
    per = _per(tokens, [i for i in free if i in sentence and i > ask], things, units)
    if per is None:
        return None
    if per:
        if any_time:
            return None  # 'how long per jar': not read
        kind = kinds.per(kind, per)
    asking = {tokens[i].word for i in sentence}  # the question's own words say which sum and which rounding
    minus, plus = bool(asking & _MINUS), bool(asking & _PLUS)
    kept = kept_asked(tokens, sentence)
    if kept and (plus or not any(b.startswith("money") and p == 1 for b, p in kind)):
        return None  # 'total profit', or a kept amount asked as something other than money
    if kept and words & _NOT_COSTS:
        return None  # 'I owe £200 on the loan': paid out, but not a cost of what was sold
    if minus and words & _OWING and not kept:
        return None  # 'the price is $40 and I paid $30, how much is left?': left to pay, or left over
    if kept:
        return Asked(kind, unit, any_time, frozenset("+-"), "", True, kept)  # takings less costs, tendered less price
    adds = frozenset("-") if minus and not plus else frozenset("+") if plus and not minus else frozenset("+-")
    floor = bool(asking & _FLOOR)
    have_to = any(tokens[i].word in ("have", "has") and tokens[i + 1].word == "to" for i in sentence)
    # ('how many bags do I order, full bags only': packs ordered to cover a need, the last one part used; 'how many
    # can I buy' counts what a sum affords, the full ones)
    ceil = bool(asking & _CEIL) or have_to or bool(asking & _ORDERING) and not asking & _CAN
    if floor and not asking & _CAN and (ceil or _reaches(tokens, ask, sentence)):
        if asking & _SOURCE or _emptying(tokens, sentence):
            return None  # 'how many full boxes to fill from 100 eggs', 'whole days to empty it': full ones, or all?
        floor, ceil = False, True  # 'how many whole days to do 1,000 km': the periods that reach it, the last a part
    if floor and not ceil and not asking & _CAN and words & _CEIL:
        # 'each costume needs 45 sheets, a pack has 50. How many packs, whole packs only?': packs bought to cover a
        # need, the last one part used, unless the story also holds a stock they are filled from ('I have 3 kg')
        floor, ceil = False, not words & _STOCK
    rounding = "down" if floor and not ceil else "up" if ceil and not floor else ""
    return Asked(kind, unit, any_time, adds, rounding, bool(asking & _BACKWARDS))


_NAMING = frozenset("the our my your grand i need want give me just".split())
_KEPT_NAMES = frozenset("change profit profits".split())


def _named(tokens: list[Token], end: int) -> range:
    """The last words of the request, after its last stop or comma: where a question said by name stands."""
    first = end
    while first > 0 and tokens[first - 1].text not in _SENTENCE_ENDS | {",", ":", "-"}:
        first -= 1
    return range(first, end)


def _total_named(tokens: list[Token], end: int, money_kinds: set[str]) -> Asked | None:
    """A question said as what it asks for alone, last in the request: '..., total takings?', 'Total cost?',
    'Change?', 'my profit?'."""
    named = _named(tokens, end)
    words = [tokens[i].word for i in named]
    if not words or len(money_kinds) != 1 or any(tokens[i].kind != "word" for i in named):
        return None
    if set(words) & _KEPT_NAMES and set(words) <= _KEPT_NAMES | _NAMING:
        kept = "change" if "change" in words else "profit"
        return Asked(kinds.base(next(iter(money_kinds))), None, False, frozenset("+-"), "", True, kept)
    if not set(words) & _PLUS or not set(words) <= _PLUS | _MONEY | _NAMING:
        return None
    if not set(words) & _MONEY and not set(words) & {"need", "want"}:
        return None  # 'Total?' alone may ask the total of a group or of a price; 'I need the total' asks it
    return Asked(kinds.base(next(iter(money_kinds))), None, False, frozenset("+"), "")


def _verb(tokens: list[Token], i: int, inside: set[int]) -> bool:
    """'we average 2.6 km per litre': 'average' said of a rate given straight after it is how much, not a mean."""
    return tokens[i].word in ("average", "averages", "averaged") and tokens[i - 1].kind == "word" and i + 1 in inside


def _off_a_place(tokens: list[Token], i: int, given_spans: list[tuple[int, int]]) -> bool:
    """'Took 14 supers off the hives', 'were off the road': 'off' after a word is where things are or came from, not
    a discount, which follows an amount of money or a percentage ('£5 off', '10% off the bill')."""
    if tokens[i].word != "off" or tokens[i - 1].kind != "word" or tokens[i + 1].word not in ("the", "my", "our"):
        return False
    span = next(((a, b) for a, b in given_spans if a <= i - 1 < b), None)
    return span is None or not any(t.kind == "currency" or t.text == "%" for t in tokens[span[0] : span[1]])


def _sentence(tokens: list[Token], i: int, end: int) -> range:
    first = i
    while first > 0 and tokens[first - 1].text not in _SENTENCE_ENDS:
        first -= 1
    last = i
    while last < end and tokens[last].text not in _SENTENCE_ENDS:
        last += 1
    return range(first, last)


def _top(tokens: list[Token], ask: int, things: set[str], money_kinds: set[str],
         units: dict[str, Measure]) -> tuple[Kind, Measure | None, bool] | None:  # fmt: skip
    measured = bool(units)  # a length, mass or volume given: 'how much' could ask it rather than money
    word, nxt = tokens[ask].word, tokens[ask + 1]
    one_money = next(iter(money_kinds)) if len(money_kinds) == 1 else None
    if word == "how" and nxt.word == "many":
        k = ask + 2
        while tokens[k].word in _SKIPPED:
            k += 1
        named = asked_word(tokens, k)
        if named is not None and named != counted_word(tokens[k]):
            return kinds.count(named), None, False  # 'how many laptop stands'
        return _many(tokens[k], things)
    if word == "how" and nxt.word == "much":
        after = tokens[ask + 2]
        kept = after.word in ("change", "profit", "profits")  # 'how much change', 'how much profit'
        if after.kind != "word" or after.word in _AUX or after.word in _MONEY or after.word in _MUCH_PER or kept:
            sentence = _sentence(tokens, ask, len(tokens) - 1)
            named = any(tokens[i].word in _MONEY for i in sentence) or after.word in ("money", "cash") or kept
            if one_money is None or not named and measured:
                return None  # 'how much do I need' with kg and £ given: the flour or its price
            return kinds.base(one_money), None, False
        return None
    if word == "how" and nxt.word == "long":
        return kinds.NONE, None, True
    if word == "how" and nxt.word == "far":
        unit = units.get("length")
        return None if unit is None else (kinds.base("length"), unit, False)
    if word in _ASKS and one_money is not None:
        sentence = _sentence(tokens, ask, len(tokens) - 1)
        said = any(tokens[i].word in _MONEY for i in sentence)
        if said or kept_asked(tokens, sentence) or spends_asked(tokens, sentence):
            return kinds.base(one_money), None, False
    return None


def _many(token: Token, things: set[str]) -> tuple[Kind, Measure | None, bool] | None:
    """'how many jars', 'how many hours', 'how many can we order' (the one thing counted)."""
    if token.kind != "word":
        return None
    unit = lookup(token.word, short=False)
    if unit is not None:
        if unit.per is not None:
            return None
        if unit.dimension == "time":
            return kinds.time(unit.name), unit, False
        return (kinds.base(unit.dimension), unit, False) if unit.dimension in PHYSICAL else None
    if token.word in _AUX:
        return (kinds.count(next(iter(things))), None, False) if len(things) == 1 else None
    thing = counted_word(token)
    if thing is None or token.word == singular(token.word) and thing != "people" and thing not in things:
        return None  # 'how many' names its things in the plural
    return kinds.count(thing), None, False


def _per(tokens: list[Token], free: list[int], things: set[str], units: dict[str, Measure]) -> Kind | None:
    """What the question's amount is per ('per child', 'each', 'a week'): ``kinds.NONE`` for nothing, None for
    what is not read (two of them, a scale such as 'per 100 g', 'each' of several things)."""
    found: list[Kind] = []
    for i in free:
        word = tokens[i].word
        named = counted_word(tokens[i - 1]) in things or lookup(tokens[i - 1].word, short=False) is not None
        if word == "per" or word in ("a", "an") and (tokens[i - 1].word in _PER_AFTER or named):
            nxt = tokens[i + 1]
            if nxt.kind != "word":
                return None
            unit = lookup(nxt.word, short=False)
            if unit is not None and unit.dimension == "time" and unit.per is None:
                found.append(kinds.time(unit.name))
            elif unit is not None and unit.dimension in PHYSICAL and unit.per is None:
                if units.get(unit.dimension) != unit:
                    return None  # per a unit other than the one given: not shown here
                found.append(kinds.base(unit.dimension))
            elif nxt.word in ("head", "person"):
                found.append(kinds.count("people"))
            elif counted_word(nxt) is not None and word == "per":
                found.append(kinds.count(counted_word(nxt) or ""))
            elif word == "per":
                return None
        elif word == "each":
            nxt = counted_word(tokens[i + 1])
            if nxt is not None and nxt in things:
                found.append(kinds.count(nxt))
            elif "people" in things:
                found.append(kinds.count("people"))
            elif len(things) == 1:
                found.append(kinds.count(next(iter(things))))
            else:
                return None
    if len(found) > 1:
        return None
    return found[0] if found else kinds.NONE


def _reaches(tokens: list[Token], ask: int, sentence: range) -> bool:
    """The question asks what it takes to reach an amount: 'to do 1,000 km', 'to finish', 'until', 'does it take'."""
    for i in sentence:
        if i <= ask or i + 1 >= len(tokens):
            continue
        if tokens[i].word in _REACHING:
            return True
        if tokens[i].word == "to" and tokens[i + 1].kind == "word" and tokens[i + 1].word not in _NOT_AIMS:
            return True
    return False


def _emptying(tokens: list[Token], sentence: range) -> bool:
    """'to empty it', 'until it runs out', 'to use it up': the whole periods a stock lasts, or the one it ends in."""
    for i in sentence:
        word, before = tokens[i].word, tokens[i - 1].word if i else ""
        if word in _EMPTYING or word == "out" and before in _RUNS or word == "up" and tokens[i - 2].word in _USES:
            return True
    return False


_EMPTYING = frozenset("empty empties emptied emptying last lasts drain drains drained".split())
_RUNS = frozenset("run runs running ran".split())
_USES = frozenset("use uses using used eat eats burn burns drink drinks".split())
