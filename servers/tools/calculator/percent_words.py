"""The closed words a request about one amount and one percentage is read by (``percent_frames``), and where its
question and its clauses are.

Each list is one thing the words can say: that the percentage is taken off or put on, what the part is called,
that the amount has the part inside it already or is asked without it, that the amount once changed is asked.
Any other word is either a story's (``inert``), a sentence's frame (``FRAME``), or a reason to decline.
"""

from __future__ import annotations

from servers.tools.calculator.givens import Given
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

LOWERS = frozenset(
    "off discount discounted discounts reduction reduced reduce reduces knock knocked knocks knocking less minus "
    "down drop drops dropped fall falls fell decrease decreased decreases lose loses losing lost deduct deducted "
    "deducts deduction markdown cheaper".split()
)
"""Words that take the percentage off the amount."""
RAISES = frozenset(
    "increase increased increases increasing up rise rises rising rose raise raised raises raising add added adds "
    "adding plus extra premium uplift markup grow grows grew top".split()
)
"""Words that put the percentage on the amount ('on top' by its last word)."""
ADDED = frozenset(
    "tip tips tipping tipped gratuity vat tax taxes gst hst pst qst iva tva moms kdv mwst ppn sst surcharge".split()
)
"""What is charged on top of an amount, unless the amount is said to include it."""
TAXES = ADDED - {"tip", "tips", "tipping", "tipped", "gratuity"}
"""Charges an amount may or may not include: a tip is always on top, a tax only when the request says so."""
ON_TOP = frozenset("before ex excluding excl exclusive net pre-tax pretax plus add added top extra".split())
"""Words saying the tax is not in the amount yet ('£340 before VAT', 'plus VAT')."""
PARTS = ADDED | frozenset(
    "deposit commission fee pension contribution donation pledge prize saving savings discount premium share "
    "royalty bonus levy extra part".split()
)
"""What the percentage of the amount is called when the question asks for it."""
INSIDE = frozenset("including incl inc included includes include inclusive inside ttc gross".split())
"""Words saying the amount has the part in it already ('£240 incl. VAT', '£120 gross')."""
WITHOUT = frozenset("before ex excluding excl exclusive without net ht pre-tax pretax".split())
"""Words asking for the amount without its part ('the price before tax', 'ex VAT')."""
CHANGED = frozenset(
    "new total final altogether come comes cost costs price rent bill now then after left end pay pays paying".split()
)
"""Words asking for the amount once the percentage is put on or taken off."""
TAKEN = frozenset("left remaining rest".split())
"""What is left asks the amount lowered, never raised ('how much is left of £2,000 after 15% is added?')."""
TOTALS = frozenset("total altogether bill".split())
"""A total of a rate ('£25 an hour ... what's the total?') is for a stretch the request does not say."""
BARE = frozenset(
    "how much what what's whats is was it that this so then please pls do does i we you he she they should will "
    "would need to invoice donate give save contribute pledge".split()
)
"""A question that names nothing ('how much is that?', 'how much do we donate?'): it asks the part only of '15% of
£360', and only with verbs of handing a part over ('how much do I get' may ask what is left)."""
QUESTION = frozenset("how what what's whats how's hows calculate compute tell work figure find".split())
"""The words a question or a request to work something out starts with."""
BASE = frozenset("original previous old initial starting usual usually normal normally full regular".split())
"""Words naming the amount before a change: asked for, the amount said may be the changed one."""
AFTER = frozenset("after now paid spent".split())
"""Words saying the amount told may already be the changed one, when they come before the question."""
YES_NO = frozenset("will would is are was were does do did should shall has have".split())
ASKING = frozenset("can could would will".split())  # 'can you ...': a request, not a yes-or-no question
COMMANDS = {"add": "raise", "increase": "raise", "raise": "raise", "put": "raise", "apply": "raise",
            "take": "lower", "knock": "lower", "reduce": "lower", "decrease": "lower", "deduct": "lower",
            "subtract": "lower", "remove": "lower"}  # fmt: skip
"""Opening commands and the way each changes the amount ('Add 9% to £2,300', 'take 17% off £3,200')."""
TAKES = frozenset("take knock remove".split())
"""Commands that lower only with 'off' ('take 15% of £200' asks the part)."""
LEADS = frozenset("please pls kindly can could would you just so ok okay hi hello hey quick one".split())
FRAME = frozenset(
    "the my our your his her their its this that these those some i we you he she it they me us them is are was "
    "were be been being am do does did done have has had will would can could should may might must to of in on "
    "at for from by with about into as than then so and or but if when where while because there here what which "
    "who how why also please pls plz thanks thank cheers what's whats how's hows it's i'm im we're i'd i've "
    "quick question much a an only just get gets got pay pays paid charge charges charged want wants give gives "
    "giving gave given need needs going goes normally usually currently full original current old previous "
    "initial starting rate amount bulk wholesale retail trade member members membership student students senior "
    "seniors pensioner pensioners concession loyalty sale offer offers deal deals kindly hi hello hey ok okay "
    "one value out whole taken take takes took taking service".split()
)
"""The words that hold a sentence together, and words of paying, asking and describing the amount that change
nothing among the five answers."""
KNOWN = FRAME | LOWERS | RAISES | PARTS | INSIDE | WITHOUT | CHANGED | QUESTION | frozenset(COMMANDS)
WHEN = frozenset("this last next that".split())
PER = frozenset("per a an every each".split())
PERIODS = {"hourly": "hour", "daily": "day", "weekly": "week", "fortnightly": "fortnight", "monthly": "month",
           "yearly": "year", "annual": "year", "annually": "year"}  # fmt: skip
STOPS = frozenset(".?!;")
_CLAUSE_ENDS = frozenset(",.?!;:") | {"and", "but"}


def question(tokens: list[Token]) -> tuple[int, int]:
    """Where the question is: the last sentence that ends in '?', else the last with a question word; from its
    question word, when it has one, to the sentence's end. Empty, at the end, when no sentence asks anything."""
    starts = [0] + [k + 1 for k in range(len(tokens)) if ends_sentence(tokens, k)]
    sentences = [(a, b) for a, b in zip(starts, [*starts[1:], len(tokens)], strict=False) if _worded(tokens[a:b])]
    asked = [(a, b) for a, b in sentences if tokens[b - 1].text == "?"] or [
        (a, b) for a, b in sentences if any(t.word in QUESTION for t in tokens[a:b])
    ]
    if not asked:
        return len(tokens), len(tokens)  # a story with no question in it: what it wants is not said
    a, b = asked[-1]
    return next((k for k in range(a, b) if tokens[k].word in QUESTION), a), b


def ends_sentence(tokens: list[Token], k: int) -> bool:
    """Whether token ``k`` ends a sentence: '?', '!' or ';', or a full stop not closing an abbreviation ('450 kr.
    excl. moms': a word in lower case goes on with the sentence)."""
    if tokens[k].text not in STOPS:
        return False
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return tokens[k].text != "." or after is None or after.kind != "word" or not after.text[:1].islower()


def question_words(tokens: list[Token]) -> list[str]:
    """The question's words, a hyphened one in its parts ('the VAT-exclusive amount')."""
    start, end = question(tokens)
    return [part for t in tokens[start:end] if t.kind == "word" for part in t.word.split("-") if part]


def clause_start(tokens: list[Token], i: int) -> int:
    """Where the clause holding token ``i`` starts: after a stop, a comma, 'and' or 'but'."""
    while i > 0 and tokens[i - 1].text not in _CLAUSE_ENDS and tokens[i - 1].word not in _CLAUSE_ENDS:
        i -= 1
    return i


def clause_words(tokens: list[Token], given: Given) -> list[str]:
    """The words of the given's clause before it ('my rent is going up' of '4.5%')."""
    return [t.word for t in tokens[clause_start(tokens, given.start) : given.start] if t.kind == "word"]


def is_time(word: str) -> bool:
    """Whether ``word`` names a stretch of time ('year', "month's", 'nights')."""
    unit = lookup(word.removesuffix("'s").removesuffix("’s"), short=False)
    return unit is not None and unit.dimension == "time"


def _worded(tokens: list[Token]) -> bool:
    return any(t.kind == "word" for t in tokens)
