"""A price and its VAT told as a story: 'The man who brings me the sea salt sent invoice of 786,50 € and it says
PDV 21% is already inside. I need the amount without PDV for my books' → '€786.5 includes 21% VAT. What is the
price without VAT?'; 'A hotel wants an invoice with ISV 15% added to my price of L 5,200' → 'L 5200 plus 15% VAT.
What is the total?'.

The story gives one amount and one rate named as the tax (VAT, or its name where the user lives: PDV, TVA, BTW,
MwSt, ISV, ...), says whether the tax is in the amount ('inside', 'included', 'TTC') or goes on it ('added', 'on
top'), and asks the price without it, the tax, or the total. Anything else declines the reading.
"""

from __future__ import annotations

from servers.tools.calculator.story_kinds.story import Story, figure_text
from servers.tools.calculator.tax_names import VAT_NAMES

_NAMES = VAT_NAMES | frozenset("vat gst tax".split())
_INSIDE = frozenset("inside included includes including incl inclusive ttc inside".split())
_ON_TOP = frozenset("added add top plus".split())
_WITHOUT = frozenset("without net ht before excluding excl ex".split())
_READS = frozenset("tax vat already add added plus without before".split())


def restate_tax(story: Story) -> str | None:
    """The plain request for the price, tax or total the story asks, or None unless it is exactly that."""
    if story.clocks or story.stretches or story.shifts(_READS) or len(story.figures) != 2:
        return None
    rates = [f for f in story.figures if f.percent]
    amounts = [f for f in story.figures if not f.percent]
    if len(rates) != 1 or len(amounts) != 1 or amounts[0].unit or not _named(story, rates[0].at, rates[0].end):
        return None
    said = {t.word for k, t in enumerate(story.tokens) if story.sentence(k) == story.sentence(rates[0].at)}
    inside, on_top = bool(said & _INSIDE), bool(said & _ON_TOP)  # said with the rate: 'PDV 21% is already inside'
    if inside == on_top:
        return None  # in the amount or on it: the story must say one
    amount, rate = figure_text(amounts[0]), figure_text(rates[0])
    without = bool(story.words & _WITHOUT)
    if inside:
        tax_asked = story.asks("how much vat", "how much tax", "how much is the vat", "how much the vat")
        tax_asked = tax_asked or any(story.asks(f"how much {name}") for name in story.words & _NAMES)
        if without == tax_asked:
            return None  # the price without it, or the tax in it: one of them asked
        asked = "How much is the VAT?" if tax_asked else "What is the price without VAT?"
        return f"{amount} includes {rate} VAT. {asked}"
    if without:
        return None
    return f"{amount} plus {rate} VAT. What is the total?"


def _named(story: Story, at: int, end: int) -> bool:
    """Whether the rate is named as the tax, right before or after it ('PDV 21%', '15% VAT', 'VAT of 21%')."""
    tokens = story.tokens
    near = [t.word for t in tokens[max(0, at - 3) : at]] + [t.word for t in tokens[end : end + 2]]
    return any(word in _NAMES for word in near)
