"""Charges named without their amount: 'Shipping is extra.', 'plus a service charge', 'we'll add a tip'.

A reader that finds what it needs in a request can answer without noticing a clause that adds to the bill but
gives no figure for it; its answer would then be short by a charge the user told us about. So before a solution
is returned, each clause of the request is read once more: a clause that names a charge (a fee, shipping, a tip,
tax) and holds no number of its own — and does not say the charge is free, included, excluded or someone else's
to ignore — makes the request one the calculator cannot account for in full. A clause that asks ('how much is the
tax?') names what is wanted, not an extra, and is left to the readers.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

CHARGES = frozenset(
    "fee fees charge charges surcharge surcharges shipping delivery postage insurance deposit tip tips gratuity "
    "tax taxes vat gst hst commission toll tolls coupon coupons voucher vouchers rebate rebates".split()
)
"""Words that name an amount added to a bill, or taken off it ('a rebate'): either way, one the answer needs."""
_DEDUCTIONS = frozenset("coupon coupons voucher vouchers rebate rebates".split())
_NEAR = 4  # '$200 instant rebate', 'a rebate of $200', 'a coupon for 10% off': its figure is within a few words
_FIGURE_AFTER = frozenset("of for worth".split())
_BEFORE = 2  # '$200 instant rebate', 'a 10% coupon': the figure, then at most one word, then the deduction

_SETTLED = frozenset(
    "no free included including inclusive incl inc without not before excluding exclusive ex ignore ignoring "
    "already waived none zero nothing except".split()
)
"""Words that say the charge adds nothing here, or is left out of what is asked."""

_NOT_A_CHARGE = frozenset(
    "return returns year years bracket brackets band bands code codes form forms office purposes refund refunds "
    "rate rates jar".split()
)
"""Nouns after a charge word that make it something else ('tax return', 'tax year', 'the tip jar')."""

_ASKS = frozenset("what what's whats how which much many".split())
_CALCULATING = frozenset("calculate calculating calculated".split())
"""Words that say the charge is what the user works out ('trying to calculate the VAT'), not one added."""


def _worked_out(words: list[str]) -> bool:
    """'trying to work out the VAT', 'figuring out the tip': the charge named as what is being worked out."""
    return any(w == "out" and k > 0 and words[k - 1] in _OUT_VERBS for k, w in enumerate(words))


_OUT_VERBS = frozenset("work working worked figure figuring figured".split())
_BREAKS = frozenset({".", ",", ";", "!", "?", ":"})
_JOINS = frozenset({"and", "but", "then", "also"})


def unpriced_charge(tokens: list[Token]) -> str | None:
    """The first charge named in a clause with no figure of its own, when nothing settles it; else None."""
    clause: list[Token] = []
    pending: str | None = None  # a charge seen; 'Delivery: $5', 'Shipping is extra, $4.99' give it next
    answered = False  # a question asked already: talk after it may name the charge it works out
    priced: set[str] = set()  # the charges said with a figure ('VAT at 20%')
    asked_with: str | None = None  # a charge the question asks the amount with ('the total with VAT?')
    for k, token in enumerate(tokens):
        if token.kind in ("number", "currency") and not clause:
            pending = None  # the figure opens the clause after the charge's
        dash = token.text in ("-", "—") and tokens[min(k + 1, len(tokens) - 1)].word in _ASKS  # '... - what's'
        if token.kind == "end" or token.text in _BREAKS or token.word in _JOINS or dash:
            if clause and pending is not None:
                return pending
            pending = pending or _unpriced(clause, asked=token.text == "?", purpose=answered)
            answered = answered or token.text == "?" and any(t.kind == "number" for t in clause)
            words = [t.word for t in clause]
            if any(t.kind in ("number", "currency") or t.text == "%" for t in clause):
                priced |= {_KINDS.get(w, w) for w in words if w in CHARGES}
            elif _ASKS & set(words):
                asked_with = asked_with or _asked_with(words)
            clause = []
        else:
            clause.append(token)
    if pending is None and asked_with is not None and _KINDS.get(asked_with, asked_with) not in priced:
        return asked_with
    return pending or _unpriced_deduction(tokens)


def _unpriced_deduction(tokens: list[Token]) -> str | None:
    """'a $1,899 lens with a rebate and then 8.25% sales tax': money taken off with no figure near it, in a clause
    that has another's. Left out, the answer would be more than the user pays; a question about the deduction
    itself ('how much is the rebate') names what is wanted."""
    for k, token in enumerate(tokens):
        if token.word not in _DEDUCTIONS:
            continue
        before = tokens[max(0, k - _BEFORE) : k]
        before = before[
            max((i + 1 for i, t in enumerate(before) if t.word in _JOINS or t.text in _BREAKS), default=0) :
        ]
        after = tokens[k + 1 : k + 1 + _NEAR]
        figured = after[:1] and after[0].word in _FIGURE_AFTER and any(t.kind in ("number", "currency") for t in after)
        if figured or any(t.kind in ("number", "currency") or t.text == "%" for t in before):
            continue  # '$200 instant rebate', 'a rebate of $200'
        if {t.word for t in before + after} & (_SETTLED | _ASKS):
            continue
        return token.word
    return None


_WITH = frozenset("with including incl inc plus after".split())
_KINDS = {"taxes": "tax", "vat": "tax", "gst": "tax", "hst": "tax", "tips": "tip", "gratuity": "tip"}
"""Names of one charge: '20% VAT' prices the tax a question asks 'with tax'."""


def _asked_with(words: list[str]) -> str | None:
    """'what's the total with VAT', 'how much including the tip': the charge the amount asked must hold."""
    for k, word in enumerate(words):
        if word in CHARGES and k > 0 and (words[k - 1] in _WITH or k > 1 and words[k - 2] in _WITH):
            return word
    return None


def _unpriced(clause: list[Token], *, asked: bool, purpose: bool) -> str | None:
    if asked or any(t.kind in ("number", "currency") or t.text == "%" for t in clause):
        return None
    words = [t.word for t in clause]
    if _ASKS & set(words) or _SETTLED & set(words) or _asked_for_me(words):
        return None
    if purpose and (_CALCULATING & set(words) or _worked_out(words) or _needed_for(words)):
        return None  # '... £1,280? trying to work out the VAT', '... 1,250? need it for a sales commission'
    for k, word in enumerate(words):
        following = words[k + 1] if k + 1 < len(words) else ""
        if word in CHARGES and following not in _NOT_A_CHARGE and not _account(words, k):
            if following in CHARGES:  # 'a delivery fee': named by both words
                return f"{word} {following}"
            kind = words[k - 1] if k > 0 else ""
            return f"{kind} {word}" if kind.isalpha() and kind not in _NOT_KINDS else word
    return None


def _needed_for(words: list[str]) -> bool:
    """'need it for a sales commission', "it's for the VAT return": what the figure asked before is for."""
    return any(words[k : k + len(p)] == list(p) for p in _NEEDED_FOR for k in range(min(2, len(words))))


_NEEDED_FOR = (("need", "it", "for"), ("needed", "for"), ("it's", "for"), ("its", "for"), ("it", "is", "for"),
               ("this", "is", "for"), ("for",))  # fmt: skip


def _asked_for_me(words: list[str]) -> bool:
    """'can you give me the tip (and the total)', 'tell me the VAT': the charge asked for, not one added."""
    return any(w in _TELLING and k + 1 < len(words) and words[k + 1] in ("me", "us") for k, w in enumerate(words))


_TELLING = frozenset("give tell show".split())
_NOT_KINDS = frozenset(
    "a an the is are was were there's there and plus some any our my your their his her its with extra also then "
    "i we you they he she it gave give left leave add adding added pay paid".split()
)
"""Words before a charge that do not say which charge it is ('a service charge' does; 'a tip' is just a tip)."""


_WORKED_OUT = frozenset("vat tax gst tip interest discount".split())
_WORKING = (("work", "out"), ("working", "out"), ("figure", "out"), ("figuring", "out"), ("calculate",),
            ("calculating",))  # fmt: skip


def worked_out_at(words: list[str], j: int) -> bool:
    """'work out the VAT', 'calculating my tip': ``words[j]`` names a charge as what the user is working out."""
    if words[j] not in _WORKED_OUT:
        return False
    at = j - (words[j - 1] in ("the", "my", "our"))
    return any(tuple(words[at - len(verb) : at]) == verb for verb in _WORKING)


_PLACED_IN = frozenset("in into on".split())
_ACCOUNT_WORDS = frozenset("a an the fixed term savings bank my our their".split())


def _account(words: list[str], k: int) -> bool:
    """'putting the shed fund into a fixed deposit', 'kept on deposit': where money is kept, not a charge on a bill."""
    if words[k] != "deposit":
        return False
    j = k - 1
    while j >= 0 and k - j <= 3 and words[j] in _ACCOUNT_WORDS:
        j -= 1
    return j >= 0 and words[j] in _PLACED_IN
