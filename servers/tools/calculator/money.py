"""Money word problems: a bill with discount, tax, tip and a split (interest and loans are ``interest.py``).

Conventions, stated in every answer's notes so nothing is silently assumed: a discount comes off the price, tax
is charged on the discounted price, and a tip is figured on the amount before tax unless the request says "after
tax". Amounts are exact; money is shown rounded to the cent.
"""

from __future__ import annotations

from servers.tools.calculator import numbers
from servers.tools.calculator.expression import render
from servers.tools.calculator.frames import Frame, Reading, Slot, has_word
from servers.tools.calculator.givens import PEOPLE
from servers.tools.calculator.grammar import NotUnderstood
from servers.tools.calculator.invoice_names import BILL_SAID, on_named
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.quantities import AMOUNT, Quantity, is_money, lookup, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_PEOPLE = (*sorted(PEOPLE - {"us", "of_us"}), "of us")  # who shares a bill: the nouns that count people anywhere
_DISCOUNTS = tuple(f"{kind} discount".strip() for kind in (
    "", "student", "employee", "staff", "senior", "military", "member", "members", "loyalty", "bulk", "cash",
    "early bird", "coupon", "promo", "sale",
))  # fmt: skip
_SHARED = ("each person", "per person", "per head", "each of us", "each of them", "we each", "they each",
           "how much each", "each pay", "each owe", "everyone pay", "everyone owe", "split", "divide", "divided",
           "shared")  # fmt: skip
"""Words asking for a share of the bill: with no count of people, the share cannot be worked out."""
_EACH_ASKED = ("each", "apiece", "a head", "everyone", "everybody", "share", "split", "per")
"""Words that ask for a share at all: a count of people with none of them is a given the answer would not use."""
_MEAL_FOR = tuple(f"{meal} for" for meal in ("dinner", "lunch", "breakfast", "brunch", "meal", "table", "drinks"))
"""'Dinner for four came to $86.40': the meal's party, counted with no noun after it."""
_TOTAL_ASKED = ("total", "altogether", "in all", "all together", "whole bill", "overall")
_BILL = Frame(
    slots=(
        Slot("bill", "amount", BILL_SAID,
             ("dinner bill", "restaurant bill", "bill", "check", "tab", "meal", "dinner", "lunch", "order", "total")),
        Slot("people", "count", ("split between", "split among", "split across", "split by", "divided between",
             "divided among", "shared between", "shared among", "between", "among", "amongst", "across", "by",
             "for", "group of", "party of", "table of", "family of", "team of", *_MEAL_FOR), _PEOPLE, needs_noun=True),
        Slot("discount", "percent", ("discount of", "discounted by", "markdown of", "after", "after a", "marked down",
             "marked down by", "reduced by", "knocked down by"),
             (*_DISCOUNTS, "off"),
             needs_noun=True),
        # a second discount taken off the already discounted price: "30% off, then another 10% off"
        Slot("extra discount", "percent", ("another", "an extra", "an additional", "a further", "extra",
             "additional", "further"), ("off", "discount"), bare=False, needs_noun=True),
        Slot("coupon", "money", ("coupon for", "coupon of", "rebate of"), ("coupon", "off", "rebate", "instant rebate"),
             needs_noun=True),
        Slot("tax", "percent", ("tax of", "tax at", "sales tax of", "vat of", "tax rate of"),
             ("sales tax", "tax", "vat", "gst"), needs_noun=True),
        Slot("tip", "percent", ("tip of", "tip at", "tipping", "tip", "gratuity of", "leave", "leaving"),
             ("tip", "gratuity"), needs_noun=True),
    ),
    fillers=frozenset(
        "a an the and plus + with then after add adding including include leave leaving what is how much does do "
        "should each person pay owe we i they split splitting share divide evenly equally per that it our my "
        "comes come to total final price cost costs will be would if there on top of in get bill had have has want "
        "wants wanted ate got spent spend came sale new now discounted take knock there's was were are save "
        "saving it's whole full thing lot everything also actually she he her his their saves gets i'd we'd i'll "
        "we'll i'm we're like going gonna planning plan gross included buying loyalty card holders holder customer "
        "customers normally usually that's giving give gives regular".split()
    ),
    options={
        **dict.fromkeys(
            ("after tax", "on the total", "including tax", "of the total", "on top of the total", "on the new total",
             "on the full total", "on the whole total", "on the total amount", "on the new price", "on the new amount",
             "on the taxed amount", "on the amount after tax", "on the total after tax", "on the whole bill",
             "on the whole thing", "post-tax", "after-tax"),
            "tip after tax",
        ),
        **dict.fromkeys(
            ("before tax", "pre-tax", "pretax", "on the subtotal", "of the subtotal", "on the pre-tax amount",
             "on the pre-tax bill", "on the pre-tax total", "on the amount before tax", "on the bill before tax"),
            "tip before tax",
        ),
        **dict.fromkeys(  # tax is figured on the price after its cuts anyway: 'sales tax on the reduced price'
            ("on the reduced price", "on the discounted price", "on the reduced amount", "on the discounted amount"),
            "tax after the cuts",
        ),
        **dict.fromkeys(
            ("on the original", "of the original", "on the original bill", "on the original price",
             "on the original amount", "of the original price", "of the original bill"),
            "tip on the original",
        ),
    },
    item_nouns=True,
    verbs=("is", "are", "was", "were", "comes to", "came to", "that's"),
)  # fmt: skip


_INCLUDING = frozenset("including incl inclusive includes included inc".split())
_QUESTION_WORDS = frozenset("what what's whats how".split())


def _tax_included(tokens: list[Token], start: int) -> bool:
    """Whether an 'including' says the tax is already in an amount given ('$54 including 8% tax'), rather than
    asking for the price with it ('what's the price including VAT?': it follows the question word)."""
    asked = False
    for token in tokens[start:]:
        if token.word in _QUESTION_WORDS:
            asked = True
        elif token.text in (".", ";", "!"):
            asked = False
        elif token.word in _INCLUDING and not asked:
            return True
    return False


def solve_bill(tokens: list[Token], start: int) -> Solution | None:
    """A bill with any of: a discount, a coupon, tax, a tip, and a split between people."""
    if not has_word(tokens, start, "tip", "gratuity", "tax", "vat", "gst", "discount", "coupon", "off", "split",
                    "marked down", "knocked down",
                    "share", "shared", "bill", "each", "per person"):  # fmt: skip
        return None
    reading = _BILL.read(tokens, start)
    values = reading.values
    if "tax" in values and _tax_included(tokens, start):
        raise NotUnderstood(start, "a bill before tax")  # "$54 including 8% tax": the tax is already in the $54
    if "tax" in values and not _named_beside(tokens, reading.at["tax"], _TAX_NOUNS):
        # "I add 60% on top. How much is the VAT?": a percentage the story never calls a tax may be a markup
        shown = tokens[reading.at["tax"]].text
        raise ToolInputError(f"it never says the {shown}% is the tax; say the tax rate and ask again")
    for part in ("discount", "tax", "tip"):
        if part not in values and _asks_for(tokens, start, part):
            raise NotUnderstood(start, f"the {part}'s rate")  # "..., what was the tax" with no tax rate given
        if reading.markers.get(part) in (("after",), ("after", "a")) and _asks_for(tokens, start, part):
            # "it was $90 after a 25% discount, how much did I save": $90 may be the price after, not before
            raise NotUnderstood(start, f"the price before the {part}")
        if part in reading.at and _told_after(tokens, reading, part):
            # "After 20% off it's £48. What's it now?": the £48 is what is left once the 20% is off, not the price
            # it comes off
            raise NotUnderstood(start, f"the price before the {part}")
    _check_tip_base(reading)
    if "tax" in values and "tip" in values and not reading.options & _TIP_BASES:
        # 'Add a 15% tip and 20% VAT to £100': the tip may be on £100 or on £120, and the words do not say which
        raise NotUnderstood(start, "whether the tip is figured before or after the tax")
    if "tax" in values and _tax_unplaced(tokens, start, reading.at["tax"]):
        # 'Takings were £1,440 and VAT is 20%': takings may hold the VAT already, or have it to come on top
        raise NotUnderstood(start, "whether the tax comes on top of the amount or is already in it")
    _check_charge_asked(tokens, start, values)
    for part in ("tax", "tip"):
        if part not in values and _named_without_rate(tokens, start, part):
            raise NotUnderstood(start, f"the {part}'s rate")  # '$180 plus a tip': how much tip is not said
    if "people" not in values and has_word(tokens, start, *_SHARED):
        raise NotUnderstood(start, "how many people share the bill")  # 'split it evenly' among how many is not said
    if "people" in values and _price_each(tokens, start):
        return None  # "8 people at $27.50 each": a price each, for every one of them, not a bill to split
    if "people" in values and _asks_total(tokens, start) and not has_word(tokens, start, *_SHARED, *_EACH_ASKED):
        raise NotUnderstood(start, "a question about each one's share")  # '5 of us ... what was the total?'
    if "coupon" in values and not _coupon_said(tokens, start):
        return None  # '$400 with 10% off plus $5 delivery': 'off' is the discount's; the $5 is a charge, not a coupon
    adjustments = [k for k in ("discount", "coupon", "tax", "tip", "people") if k in values]
    if "bill" not in values or not adjustments or ("extra discount" in values and "discount" not in values):
        raise NotUnderstood(start, "a bill amount with a tip, tax, discount or split")
    base = values["bill"] if adjustments in (["discount"], ["coupon"]) else as_money(values["bill"])
    steps: list[str] = []
    notes: list[str] = []
    price = base
    parts: dict[str, Real] = {}
    for name in ("discount", "extra discount"):
        if name in values:
            cut = parts[name.replace(" ", "_")] = numbers.checked(price.value * values[name].value)
            steps.append(f"{name}: {percent(values[name])} of {cents(price)} = {cents(price, cut)}")
            price = _minus(price, cut, steps, f"after the {name}")
    if "coupon" in values:
        price = _minus(price, values["coupon"].value, steps, "after the coupon")
    before_tax = price
    total = price
    if "tax" in values:
        tax = parts["tax"] = numbers.checked(price.value * values["tax"].value)
        steps.append(f"tax: {percent(values['tax'])} of {cents(price)} = {cents(price, tax)}")
        total = _plus(total, tax, steps, "with tax")
    if "tip" in values:
        tip_base = total if "tip after tax" in reading.options else before_tax
        tip_value = parts["tip"] = numbers.checked(tip_base.value * values["tip"].value)
        steps.append(f"tip: {percent(values['tip'])} of {cents(tip_base)} = {cents(tip_base, tip_value)}")
        if "tax" in values:
            notes.append("the tip is figured on the amount " + ("after" if tip_base is total else "before") + " tax")
        total = _plus(total, tip_value, steps, "with the tip")
    expression = _expression(reading)
    result_values: dict[str, Real] = {"bill": base.value, **parts, "total": total.value}
    shared = has_word(tokens, start, *_EACH_ASKED, *_SHARED)
    if "people" in values and "tip" in values and shared and _tip_named_asked(tokens, start):
        raise NotUnderstood(start, "one thing asked: the tip, or each one's share")  # 'how much is the tip each?'
    if "people" in values and "tip" in values and not shared and _tip_asked(tokens, start):
        # 'Dinner for four came to $86.40, how much is the tip at 18%?': the party is who ate, the tip is asked
        solution = answer_for(Quantity(parts["tip"], base.measure), "tip", expression, steps, suffix=" tip")
        solution.notes.append(f"the total is {show(Quantity(total.value, base.measure))}")
    elif "people" in values:
        people = values["people"].value
        share = Quantity(numbers.checked(total.value / people), total.measure)
        steps.append(f"split {people} ways: {cents(total)} ÷ {people} = {cents(share)}")
        result_values["per_person"] = share.value
        solution = answer_for(share, "bill split", expression, steps, suffix=" per person")
    elif (part := _asked_part(reading, tokens, start)) is not None:
        name, amount = part
        solution = answer_for(Quantity(amount, base.measure), name, expression, steps, suffix=f" {name}")
        solution.notes.append(f"the total is {show(Quantity(total.value, base.measure))}")
    else:
        suffix = " in total" if "tax" in values or "tip" in values else ""
        solution = answer_for(total, "bill", expression, steps, suffix=suffix)
    solution.notes = notes + solution.notes
    solution.values = result_values
    return solution


_TAX_NOUNS = frozenset({"tax", "vat", "gst", "hst"})
_SENTENCE_ENDS = frozenset({".", "?", "!", ";"})
_CLAUSE_ENDS = _SENTENCE_ENDS | {","}
_TELLING = frozenset("is it's its was were are came comes come cost costs paid priced went goes".split())
_TIP_BASES = frozenset({"tip after tax", "tip before tax", "tip on the original"})
_TAX_WORDS = _TAX_NOUNS | {"rate", "sales"}
_ADDED = frozenset(
    "plus add added adding adds + with extra ex excluding exc excl exclusive before pre-tax pretax without net top "
    "charge charged charges charging apply applied applies".split()
)
"""Words that put a tax on top of an amount ('plus VAT', '£120 ex VAT', 'before tax', 'add 20% VAT')."""
_RECEIVED = frozenset("takings taking sales turnover revenue receipts till income earnings".split())
"""Money a seller took in: what customers paid, so it may hold the tax already."""
_INSIDE = tuple(f"{tax} {verb}{place}" for tax in _TAX_NOUNS for verb in ("", "is ", "was ") for place in (
    "in", "inside", "within")) + ("how much of", "part of", "element of", "portion of", "share of")  # fmt: skip
_ADDED_IN_PRICE = frozenset({"vat", "gst", "hst"})
"""Taxes shown inside the prices where they are charged; a sales tax told apart goes on top of the price."""
_STATING = frozenset("is was are were of".split())


def _tax_unplaced(tokens: list[Token], start: int, at: int) -> bool:
    """Whether the tax part is asked of an amount the words never put the tax on or in: a VAT or GST rate told as a
    statement of its own ('The invoice is £1,440 and VAT is 20%. How much VAT is that?'), the amount told as money
    taken in ('VAT at 20% on takings of £1,440'), or the tax asked as part of the amount ('how much VAT is in
    £11.50'); and no word of adding ('plus', 'ex VAT', 'add') anywhere."""
    if has_word(tokens, start, *_ADDED):
        return False
    if has_word(tokens, 0, *_INSIDE):
        return True  # 'how much VAT is in £11.50', 'how much of the £11.50 is VAT': a part of the amount
    if not _asks_for(tokens, start, "tax"):
        return False
    if any(t.word in _RECEIVED and tokens[k + 1].word not in _TAX_NOUNS for k, t in enumerate(tokens[start:-1], start)):
        return True  # 'takings', 'turnover', 'sales' (not 'sales tax'): money customers paid, tax and all
    begin, end = _stretch(tokens, at, at, _SENTENCE_ENDS)
    if tokens[end].text == "?" or any(t.word in _QUESTION_WORDS for t in tokens[begin:end]):
        return False  # 'How much is the VAT at 20%?': the rate said with the question
    before = [t.word for t in tokens[max(begin, at - 3) : at]]
    return bool(before) and before[-1] in _STATING and any(w in _ADDED_IN_PRICE for w in before)


def _named_beside(tokens: list[Token], at: int, nouns: frozenset[str]) -> bool:
    """Whether one of ``nouns`` is said in the sentence of the token at ``at``, or that sentence is the question
    ('What's 20% of 450? It's for the VAT.': the rate asked about is named by the remark after it)."""
    begin, end = _stretch(tokens, at, at, _SENTENCE_ENDS)
    return tokens[end].text == "?" or any(t.word in nouns for t in tokens[begin:end])


def _stretch(tokens: list[Token], first: int, last: int, ends: frozenset[str]) -> tuple[int, int]:
    """Where the stretch holding the tokens from ``first`` to ``last`` begins, and the index of the mark (or the
    end) that closes it, a stretch being cut at any of ``ends``."""
    begin = first
    while begin > 0 and tokens[begin - 1].text not in ends:
        begin -= 1
    end = last
    while tokens[end].kind != "end" and tokens[end].text not in ends:
        end += 1
    return begin, end


def _told_after(tokens: list[Token], reading: Reading, part: str) -> bool:
    """Whether the bill is told, not asked, in one sentence with 'after' the ``part`` ('It's £48 after 20% off.'):
    then the amount is what the part left. Asked ('what's £48 after 20% off?') the amount is what it comes off."""
    if reading.markers.get(part) not in (("after",), ("after", "a")) or "bill" not in reading.at:
        return False
    first, last = sorted((reading.at[part], reading.at["bill"]))
    begin, end = _stretch(tokens, first, last, _CLAUSE_ENDS)
    between = tokens[first:last]
    asked = tokens[end].text == "?" or any(t.word in _QUESTION_WORDS for t in tokens[begin:end])
    told = any(t.word in _TELLING for t in tokens[begin:end])  # 'price after 40% off on $85' tells nothing
    return told and not asked and not any(t.text in _CLAUSE_ENDS for t in between)


def _coupon_said(tokens: list[Token], start: int) -> bool:
    """Whether money taken off is said as such: a coupon or voucher named, or an amount right before 'off'."""
    if has_word(tokens, start, "coupon", "voucher", "rebate"):
        return True
    return any(
        t.kind == "number" and i > 0 and tokens[i - 1].kind == "currency" and tokens[i + 1].word == "off"
        for i, t in enumerate(tokens[start:-1], start)
    )


def _tip_named_asked(tokens: list[Token], start: int) -> bool:
    """'how much is the tip', 'how much is the 15% tip': the question's words lead straight to the tip, its rate
    between them or not."""
    for i in range(start, len(tokens)):
        if tokens[i].word in _QUESTION_WORDS:
            j = i + 1
            while tokens[j].word in _ASKING or tokens[j].kind == "number" or tokens[j].text == "%":
                j += 1
            if tokens[j].word in _PART_WORDS["tip"]:
                return True
    return _asks_for(tokens, start, "tip")


def _tip_asked(tokens: list[Token], start: int) -> bool:
    """'how much is the tip', 'what's a 12% gratuity on that?': the tip named in the question's own sentence."""
    if _tip_named_asked(tokens, start):
        return True
    for k, token in enumerate(tokens[start:], start):
        if token.word in _PART_WORDS["tip"]:
            begin, end = _stretch(tokens, k, k, _SENTENCE_ENDS)
            if tokens[end].text == "?" or any(t.word in _QUESTION_WORDS for t in tokens[begin:end]):
                return True
    return False


def _asks_total(tokens: list[Token], start: int) -> bool:
    return has_word(tokens, start, *_TOTAL_ASKED)


def _named_without_rate(tokens: list[Token], start: int, part: str) -> bool:
    """'plus a tip', 'and tax', 'and the sales tax': a tip or tax added to the bill with no rate given ('before tip'
    leaves it out)."""
    words = (part, "gratuity") if part == "tip" else (part, "vat", "gst")
    adding = ("a", "plus", "add", "added", "and", "with", "some")
    for i in range(start + 1, len(tokens)):
        if tokens[i].word not in words:
            continue
        before = i - 1
        while before > start and tokens[before].word in ("the", "sales", "any"):
            before -= 1  # 'and the tax', 'plus sales tax': the same addition, its article or kind between
        if tokens[before].word in adding:
            return True
    return False


def _check_tip_base(reading: Reading) -> None:
    """The amount the tip is taken of, as the words say it: 'on the total' after tax, 'pre-tax' or 'on the original'
    before it. Words saying both, or 'the original' where a discount makes the original price another amount, are
    two readings: the bill is not guessed."""
    options, values = reading.options, reading.values
    if "tip after tax" in options and options & {"tip before tax", "tip on the original"}:
        raise NotUnderstood(0, "one amount the tip is figured on")
    if options & {"tip before tax", "tip on the original"} and "tip" not in values:
        raise NotUnderstood(0, "a tip for 'before tax' to say where it is figured")  # 'the total before tax'
    if "tip on the original" in options and values.keys() & {"discount", "coupon"}:
        raise NotUnderstood(0, "which amount 'the original' is")


def as_money(q: Quantity) -> Quantity:
    """A bill or principal written without a currency is still money, shown to the cent."""
    return q if q.measure is not None else Quantity(q.value, AMOUNT)


def _check_charge_asked(tokens: list[Token], start: int, values: dict[str, Quantity]) -> None:
    """'How much each, tip included?' asks for the share with the tip added; said of an amount ('$86.40 tip
    included') the tip is already in it, and that is not read here. 'Add 20% VAT to £1,249.99 - what's the gross
    price?': the gross is the price with its tax, asked after every amount. Said of an amount ('£120 gross') it
    may already hold the tax, and with a discount it may be the price before it: those are not read either."""
    last = max((k for k in range(start, len(tokens)) if tokens[k].kind == "number"), default=start)
    if any(tokens[k].word == "included" for k in range(start, last)):  # '$86.40 tip included': in the amount
        raise NotUnderstood(start, "a charge added to the bill, not one already in it")
    said = [k for k in range(start, len(tokens)) if tokens[k].word == "gross"]
    if not said:
        return
    if "tax" not in values or any(k in values for k in ("discount", "coupon", "tip")) or said[0] < last:
        raise NotUnderstood(said[0], "a gross price asked after a price and its tax")


def _asked_part(reading: Reading, tokens: list[Token], start: int) -> tuple[str, Real] | None:
    """'a 15% tip on $84', '8.5% tax on 1,200': one percentage *on* an amount asks for that part, not the total."""
    kinds = [k for k in ("discount", "tax", "tip") if k in reading.values]
    if len(kinds) != 1 or "coupon" in reading.values:
        return None
    if _asks_for(tokens, start, kinds[0]):  # "how much should I tip", "what's the tax"
        return kinds[0], reading.values[kinds[0]].value * reading.values["bill"].value
    if not on_named(reading, tokens) and not _on_owned(tokens, start):
        return None
    if kinds == ["discount"] and not has_word(tokens, start, *_DISCOUNTS):
        return None  # "25% off of 64" takes the discount off: the price that is left, not the discount
    if has_word(tokens, start, "total", "altogether", "final", "pay", "price", "with", "plus", "including", "gross"):
        return None
    (kind,) = kinds
    return kind, reading.values[kind].value * reading.values["bill"].value


def _on_owned(tokens: list[Token], start: int) -> bool:
    """'a 15% tip on my $80 bill', 'tax on our £50 order': the part *on* an amount that is someone's, as 'on the'."""
    return any(
        t.word in ("on", "for", "of") and tokens[k + 1].word in _OWNERS and tokens[k + 2].kind in ("currency", "number")
        for k, t in enumerate(tokens[start:-2], start)
    )


_OWNERS = frozenset("my our his her their your".split())
_PART_WORDS = {
    "tip": ("tip", "gratuity"),
    "tax": ("tax", "vat", "gst"),
    "discount": ("discount", "save", "saves", "saving"),
}
_ASKING = frozenset(
    "how much what what's whats is was are were the should would will do does did i we you he she they be in my our "
    "your his her their".split()
)


_ASK_VERBS = frozenset("calculate compute find out me".split())
"""'Work out the saving', 'calculate the tip', 'tell me the tax': asked as a task, the part is asked as much."""


def _asks_for(tokens: list[Token], start: int, kind: str) -> bool:
    """Whether the question names the part itself: 'how much should I tip', 'what is the tax', 'how much do I save'.

    Only asking words may stand between the question word and the part, so "how much is the total with tip"
    still asks for the total. The question may open the request ('What's my tip? The bill was $80 ...'), its
    'what's' then set aside as a lead-in before ``start``: it is read from the first word.
    """
    for i in range(len(tokens)):
        if (i == 0 or tokens[i - 1].text in (".", "?", "!")) and _terse_ask(tokens, i, kind):
            return True
        if tokens[i].word in ("how", "what", "what's", "whats") or tokens[i].word in _ASK_VERBS:
            j = i + 1
            while tokens[j].word in _ASKING:
                j += 1
            if tokens[j].word in _PART_WORDS[kind] and not has_word(tokens, j + 1, "total", "altogether", "in all"):
                return True
            if kind == "discount" and _taken_off(tokens, j):
                return True
    return False


def _terse_ask(tokens: list[Token], i: int, kind: str) -> bool:
    """'... with a 10% tip. The tip?', 'Tip?': a sentence of the part's name alone, asked, asks for the part."""
    j = i + (tokens[i].word in ("the", "my", "our", "your", "and"))
    j += tokens[j].word == "the"  # 'And the tip?'
    return tokens[j].word in _PART_WORDS[kind] and (tokens[j + 1].text == "?" or tokens[j + 1].kind == "end")


_TAKEN = frozenset("knocked knock taken take took cut".split())


def _taken_off(tokens: list[Token], j: int) -> bool:
    """'how much was knocked off', 'how much off is that': the question asks the part taken off, not the rest."""
    if tokens[j].word == "off":
        return True
    if tokens[j].word not in _TAKEN or j + 2 >= len(tokens) or tokens[j + 1].word != "off":
        return False
    return tokens[j + 2].kind == "end" or tokens[j + 2].text in ("?", ".", "!")


def percent(q: Quantity) -> str:
    """A rate as a person writes it: 0.065 is '6.5%'."""
    return f"{numbers.format_number(q.value * 100)}%"


def cents(q: Quantity, value: Real | None = None) -> str:
    """``value`` (else ``q``'s own) in ``q``'s currency, shown exactly to the cent."""
    return show(Quantity(q.value if value is None else value, q.measure), exact=True)


def _plus(q: Quantity, amount: Real, steps: list[str], label: str) -> Quantity:
    result = Quantity(numbers.checked(q.value + amount), q.measure)
    steps.append(f"{label}: {cents(q)} + {cents(q, amount)} = {cents(result)}")
    return result


def _minus(q: Quantity, amount: Real, steps: list[str], label: str) -> Quantity:
    result = Quantity(numbers.checked(q.value - amount), q.measure)
    if result.value < 0:
        raise ToolInputError("the discounts come to more than the price")
    steps.append(f"{label}: {cents(q)} − {cents(q, amount)} = {cents(result)}")
    return result


def _expression(reading: Reading) -> str:
    parts = [render(reading.nodes["bill"])]
    signs = {"discount": "-", "extra discount": "-", "coupon": "-", "tax": "+", "tip": "+"}
    for name in reading.order:
        if name in signs:
            parts.append(f"{signs[name]} {render(reading.nodes[name])} {name}")
    text = " ".join(parts)
    if "people" in reading.values:
        text = f"({text}) / {render(reading.nodes['people'])}"
    return text


_EACH_AFTER = (("each",), ("apiece",), ("a", "head"), ("per", "head"), ("per", "person"), ("a", "person"))


def _price_each(tokens: list[Token], start: int) -> bool:
    """Whether an amount of money is said to be each one's ('$27.50 each', '$12 a head'), not a bill's."""
    for i in range(start + 1, len(tokens) - 1):
        after_sign = tokens[i + 1].kind == "currency"  # '32,000 won per person', '3,200 MT a head'
        named = after_sign or tokens[i + 1].kind == "word" and is_money(lookup(tokens[i + 1].word))  # '450 rand each'
        if tokens[i].kind != "number" or tokens[i - 1].kind != "currency" and not named:
            continue
        after = [t.word for t in tokens[i + 1 + named : i + 3 + named]]
        if any(tuple(after[: len(phrase)]) == phrase for phrase in _EACH_AFTER):
            return True
    return False
