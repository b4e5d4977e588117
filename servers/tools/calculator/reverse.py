"""Prices worked backwards: the price before a percentage was taken off or added on.

* "after a 20% discount a shirt costs $48, what was the original price" → $48 ÷ (1 − 20%) = $60
* "I paid $70.20 including 8% tax, what was the price before tax" → $70.20 ÷ (1 + 8%) = $65
* "$54 including 8% tax, how much of that is tax" → $54 − $54 ÷ 1.08 = $4

A discount and a tax together undo in the order a bill applies them (tax on the discounted price). The question
must say what is wanted — the price before, or the part added or taken — else the request is declined: "$54
including 8% tax" alone does not say.
"""

from __future__ import annotations

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import Frame, Reading, Slot, has_word
from servers.tools.calculator.grammar import NotUnderstood
from servers.tools.calculator.included_charges import solve_included_charge
from servers.tools.calculator.numbers import Real
from servers.tools.calculator.quantities import AMOUNT, Quantity, show
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_TAKEN = ("discount", "off", "markdown", "reduction")
_ADDED = (
    "sales tax",
    "tax",
    "vat",
    "gst",
    "tip",
    "gratuity",
    "markup",
    "service charge",
    "pay rise",
    "pay raise",
    "rise",
    "raise",
    "increase",
)
_RISES = ("rise", "raise", "increase")
_ORIGINAL = ("original", "originally", "full price", "regular price", "list price", "pre-tax", "pretax", "pre-vat")
_INCLUDED = ("including", "incl", "inclusive of", "includes", "included", "inc")
_NAMED_RATE = tuple(
    f"{noun} {by}" for noun in ("sales tax", "tax", "vat", "gst") for by in ("at", "of", "@", "included at")
)
"""'VAT at 20%', 'tax of 8%': the percentage said after the tax it is, and after 'including' ('including VAT at
20%', 'inc. VAT at 20%') a percentage the amount already holds."""
_INCLUDED_RATE = tuple(
    f"{inc} {rate}" for inc in ("including", "incl", "incl .", "inc", "inc .", "inclusive of") for rate in _NAMED_RATE
) + tuple(rate for rate in _NAMED_RATE if "included" in rate)  # 'VAT included at 20%'

_FRAME = Frame(
    slots=(
        Slot("final", "amount", ("costs", "cost", "is", "was", "are", "were", "pay", "paid", "for", "sells for",
             "now earn", "earn", "now make", "make", "now get",
             "sold for", "selling for", "now", "total of", "total", "comes to", "came to", "came out to", "at",
             "priced at", "of", "charged", "sale price is", "sale price of", "sale price", "now costs")),
        Slot("taken", "percent", ("after", "after a", "after an", "with", "with a", "at"), _TAKEN, needs_noun=True),
        Slot("added", "percent", ("after", *_INCLUDED, *_INCLUDED_RATE), _ADDED, needs_noun=True),
    ),
    fillers=frozenset(
        "what was is were the a an original originally price prices cost before full regular list sticker how much "
        "did does do i we it its pay paid after applied included includes including incl inclusive with without "
        "excluding ex pre pre-tax pretax net amount that if then and so of find work out tax taxes vat gst "
        "discount tip markup sale get got save saved says said shows showed reads added adding charged earn earns "
        "earning make makes making salary wage pay rise raise increase my".split()
    )
    # the paper the amount is on ('the invoice total is'), and what the amount before is called ('the net figure')
    | frozenset("invoice invoiced bill receipt quote quoted figure sum".split()),
    item_nouns=True,
    # 'an invoice says £54', 'the receipt shows £54': the paper that states the amount, named before it
    verbs=("costs", "cost", "is", "was", "are", "were", "sells for", "sold for", "says", "shows", "reads"),
)  # fmt: skip


def solve_reverse(tokens: list[Token], start: int) -> Solution | None:
    """The price before a discount, tax or tip, from the price after it; or the part a percentage added or took."""
    included = solve_included_charge(tokens, start)  # 'a bill of £64 includes a 12.5% service charge'
    if included is not None:
        return included
    before = has_word(tokens, start, *_ORIGINAL) or _asks_before(tokens, start)
    if not (before or has_word(tokens, start, *_INCLUDED)) or _given_without(tokens, start):
        return None
    if _original_given(tokens, start):
        return None  # 'Full price is $50, 20% off, what do I pay?': the price before is the one given
    try:
        reading = _FRAME.read(tokens, start)
    except NotUnderstood:
        if before:
            raise
        return None
    values = reading.values
    # "including 8% tax", "with 8% tax included": the percentage is in the amount ("20% tip including tax" is not)
    marker = " ".join(reading.markers.get("added", ()))
    included = "added" in values and (
        marker in _INCLUDED or marker in _INCLUDED_RATE or has_word(tokens, start, *(f"{w} included" for w in _ADDED))
    )
    if not (before or included):
        return None
    if not (included or has_word(tokens, start, *_ORIGINAL) or _after(reading)):
        # "what's the total before tax if the bill is $50 with 8% tax": is the $50 before or after the tax?
        raise ToolInputError("say whether the amount given is before or after the percentage (e.g. 'I paid $63 "
                             "after a 30% discount')")  # fmt: skip
    if "final" not in values or not ("taken" in values or "added" in values):
        raise NotUnderstood(start, "a price and the percentage taken off or added to it")
    if values["final"].measure is None and has_word(tokens, start, *_RISES):
        return None  # 'my salary is 48000 after a 3.5% raise': pay worked back is said in money
    final = values["final"] if values["final"].measure is not None else Quantity(values["final"].value, AMOUNT)
    taken = values["taken"].value if "taken" in values else 0
    added = values["added"].value if "added" in values else 0
    if taken >= 1:
        raise ToolInputError("a discount of 100% or more leaves no price to work back from")
    factor = (1 - taken) * (1 + added)
    original = numbers.checked(final.value / factor)
    steps = [f"{_how(reading)}: {show(final, exact=True)} ÷ {numbers.format_number(factor)} = "
             f"{show(Quantity(original, final.measure), exact=True)}"]  # fmt: skip
    asked = _asked(tokens, start, reading, included)
    expression = f"{show(final, exact=True)} / {numbers.format_number(factor)}"
    if asked == "original":
        solution = answer_for(Quantity(original, final.measure), "price before a percentage", expression, steps)
    else:
        part: Real = final.value - original if asked == "added" else original - final.value
        name = _part_name(tokens, start, asked)
        steps.append(f"{name} = {show(Quantity(abs(part), final.measure), exact=True)}")
        solution = answer_for(Quantity(numbers.checked(abs(part)), final.measure), name, expression, steps,
                              suffix=f" {name}")  # fmt: skip
        solution.notes.append(f"the price before it was {show(Quantity(original, final.measure))}")
    solution.values = {"final": final.value, "original": original}
    return solution


_PAID = frozenset(tuple(p.split()) for p in (
    "paid", "pay", "now", "sells for", "sold for", "selling for", "sale price is", "sale price of", "sale price",
    "now costs", "now earn", "now make", "now get"))  # fmt: skip


def _after(reading: Reading) -> bool:
    """Whether the amount is plainly the price after the percentage: 'after a 20% discount', 'I paid $63'."""
    marked_after = any(reading.markers.get(k, ())[:1] == ("after",) for k in ("taken", "added"))
    return marked_after or reading.markers.get("final", ()) in _PAID


def _how(reading: Reading) -> str:
    parts: list[str] = []
    if "taken" in reading.values:
        parts.append(f"× (1 − {numbers.format_number(reading.values['taken'].value * 100)}%)")
    if "added" in reading.values:
        parts.append(f"× (1 + {numbers.format_number(reading.values['added'].value * 100)}%)")
    return "the price before " + " ".join(parts) + " is the price after, divided back"


def _asks_before(tokens: list[Token], start: int) -> bool:
    """Whether the question asks for a price before something: 'what was it before tax', 'what did it cost before
    the 30% discount'. 'Before' said of the amount given ('$50 before tax') makes that amount the price before."""
    asking = next((i for i in range(start, len(tokens)) if tokens[i].word in ("what", "what's", "whats", "how")), None)
    if asking is None:
        return False
    # 'the price without VAT', 'excluding VAT', 'ex VAT': the price before it, said by leaving it out
    if any(t.word == "before" or t.word in _LEAVING_OUT and u.word in _ADDED for t, u in zip(
            tokens[asking:], tokens[asking + 1 :], strict=False)):  # fmt: skip
        return True
    # 'what's the net figure' of an invoice with VAT: the amount before the VAT ('net pay' is after a tax)
    return has_word(tokens, start, "vat", "gst") and any(t.word == "net" for t in tokens[asking:])


_LEAVING_OUT = frozenset("without excluding exclusive ex minus".split())
_GIVEN_WITHOUT = frozenset("ex excl excluding exclusive plus + before".split())


def _original_given(tokens: list[Token], start: int) -> bool:
    """'Full price is $50', 'the original price was £80': the price before, named and then given, before the
    question — so nothing is to be worked back to."""
    for i in range(start, len(tokens) - 3):
        if tokens[i].word in ("what", "what's", "whats", "how"):
            return False
        for phrase in _ORIGINAL:
            words = phrase.split()
            k = i + len(words)
            if all(tokens[i + n].word == w for n, w in enumerate(words)) and tokens[k].kind == "currency":
                return True  # 'List price £64': the price before, said with its amount right after it
            if all(tokens[i + n].word == w for n, w in enumerate(words)) and tokens[k].word in ("is", "was", "of"):
                return tokens[k + 1].kind in ("currency", "number")
    return False


def _given_without(tokens: list[Token], start: int) -> bool:
    """'Supplier quoted £340 ex VAT. With VAT at 20%, what's the full price?': the amount given is said to leave the
    tax out (or to have it still to add: 'plus VAT'), before the question; the full price is then the amount with
    the tax added, not one to work back from."""
    for i in range(start, len(tokens) - 1):
        if tokens[i].word in ("what", "what's", "whats", "how"):
            return False
        if (tokens[i].word or tokens[i].text) in _GIVEN_WITHOUT and tokens[i + 1].word in ("vat", "tax", "gst"):
            return i > start and tokens[i - 1].kind in ("number", "word")
    return False


_ASKED_WORDS = frozenset("how much what what's whats was is the did do i we in of that it".split())


def _asked(tokens: list[Token], start: int, reading: Reading, included: bool) -> str:
    """What the question wants: the original price, or the part added ('how much was the tax') or taken off."""
    for kind, words in (("added", _ADDED), ("taken", (*_TAKEN, "save", "saved", "savings"))):
        if kind in reading.values and _asks(tokens, start, words):
            return kind
    if has_word(tokens, start, *_ORIGINAL) or _asks_before(tokens, start) or not included:
        return "original"
    raise ToolInputError(
        "the percentage is already included in that amount: say whether you want the price before it or the "
        "amount it adds"
    )


def _asks(tokens: list[Token], start: int, words: tuple[str, ...]) -> bool:
    """'how much was the tax', 'what is the VAT', 'how much did I save': only asking words between."""
    wanted = {w.split()[-1] for w in words}
    for i in range(start, len(tokens)):
        if tokens[i].word in ("how", "what", "what's", "whats"):
            j = i + 1
            while tokens[j].word in _ASKED_WORDS:
                j += 1
            if tokens[j].word in wanted and tokens[j + 1].word not in ("included", "includes"):
                return True
    return False


def _part_name(tokens: list[Token], start: int, asked: str) -> str:
    if asked == "taken":
        return "discount"
    return next((w for w in ("tip", "gratuity", "markup", "vat", "gst") if has_word(tokens, start, w)), "tax")
