"""Asides: words a person adds around a calculation that change nothing in it, set aside before it is read.

Real requests carry talk the calculation does not need: an adverb of emphasis ('what would I *actually* pay'),
a place ('sales tax *here* is 8%'), a label saying an amount has no tax in it yet ('price *before tax* is $45'),
the form the answer should take when it is the form it has anyway ('how many hours, *as a decimal*'), and a
condition that only restates the problem ('what do I owe *if I pay nothing back*', 'from 9 to 5 *with no
break*'). Each is removed only where it can mean nothing else; an aside that carries a number or could change
the arithmetic ('with a 30 minute break', 'the price before tax' of a total with tax in it) is left for the
readers, which decline what they cannot place.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_EMPHASIS = frozenset("actually really basically honestly literally usually normally typically".split())
"""Adverbs of emphasis and habit: 'what would I actually pay' asks what 'what would I pay' asks."""

_HERE_BEFORE = frozenset({"is", "are", "was", ",", ".", "?", "!", ";", ""})
_PRETAX_NOUNS = frozenset("price cost pay wage wages salary income earnings amount subtotal total".split())
_PERIODS = frozenset("hour week month year annum".split())
_TAX_WORDS = frozenset("tax taxes vat gst".split())
_TIME_WORDS = frozenset("hour hours hr hrs minute minutes mins".split())
_DECIMAL_FORMS = (("as", "a", "decimal", "number"), ("as", "a", "decimal"), ("in", "decimal"), ("in", "decimals"))
_NO_BREAK = (("with", "no", "break"), ("with", "no", "breaks"), ("without", "a", "break"), ("without", "breaks"),
             ("with", "no", "lunch", "break"), ("without", "a", "lunch", "break"), ("no", "breaks"))  # fmt: skip
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
    i = 0
    while i < len(tokens) - 1:
        word = words[i]
        width = 0
        if word in _EMPHASIS:
            width = 1
        elif word in ("here", "outside") and i > 0 and (tokens[i + 1].word or tokens[i + 1].text) in _HERE_BEFORE:
            width = 1  # 'sales tax here is 8%', 'it's 30 degrees here,' — not 'from here to the shop'
        elif word == "before" and words[i + 1] in _TAX_WORDS and taxed == 1 and _pretax(tokens, i - 1):
            width = 2  # 'my pay before tax', '$60,000 before tax' with no tax given: the amount as it stands
        elif word == "before" and words[i + 1] in _TAX_WORDS and _after_amount(tokens, i - 1):
            width = 2  # '45 euros before VAT. VAT is 20%': a label on the amount it follows, saying it has no tax
        elif word == "before" and words[i + 1] in _TAX_WORDS and words[i - 1] in _PRETAX_NOUNS:
            width = 2 if _labels_given(tokens, i + 2) else 0  # 'price before tax is $45, tax is 8%'
        elif decimal and _phrase_at(words, i, _DECIMAL_FORMS):
            width = _phrase_at(words, i, _DECIMAL_FORMS)
        elif _phrase_at(words, i, _NO_BREAK) and any(t.kind == "clock" for t in tokens):
            width = _phrase_at(words, i, _NO_BREAK)
        elif debt:
            width = _no_repayment(words, i)
        if not width and tokens[i].text in ("(", ",", "-", "—"):
            width = _restated_kind(tokens, words, i)
        for k in range(i, i + width):
            keep[k] = False
        i += max(width, 1)
    tokens[:] = [t for t, kept in zip(tokens, keep, strict=True) if kept]


_KINDS = frozenset({"sample", "population"})
_KIND_TALK = frozenset("it's its it is this that these are a an the data whole entire full just of only set".split())


def _restated_kind(tokens: list[Token], words: list[str], i: int) -> int:
    """'(it's a sample, not the whole population)' at the end of a request that already asks for the sample
    statistic: the words only restate which kind, so they change nothing. Any other word, a number, or a kind
    other than the one already asked for leaves the words to the readers."""
    asked = {w for w in words[:i] if w in _KINDS}
    if len(asked) != 1:
        return 0
    said: set[str] = set()
    negated = False
    j = i + 1
    while tokens[j].kind != "end" and tokens[j].text != ")":
        if j - i > 12:
            return 0  # an aside of a few words, not a sentence: keeps the scan short at every comma
        word = words[j]
        if word == "not":
            negated = True
        elif word in _KINDS:
            if (word in asked) == negated:
                return 0  # 'not the sample' of a sample statistic: a contradiction, not an aside
            said.add(word)
        elif word not in _KIND_TALK and tokens[j].text != ",":
            return 0
        j += 1
    if not said or tokens[i].text == "(" and tokens[j].text != ")":
        return 0
    j += tokens[j].text == ")"
    return j - i if tokens[j].kind == "end" else 0


def _pretax(tokens: list[Token], i: int) -> bool:
    """'my pay before tax', '$60,000 before tax', '$4,200 a month before tax': an amount, or what names one."""
    return i >= 0 and (tokens[i].word in _PRETAX_NOUNS | _PERIODS or tokens[i].kind == "number")


def _after_amount(tokens: list[Token], i: int) -> bool:
    """Whether an amount of money ends at ``i``: '$45', '45 euros', '45 dollars'."""
    if i < 0:
        return False
    if tokens[i].kind == "number":
        return i > 0 and tokens[i - 1].kind == "currency"
    return i > 0 and tokens[i - 1].kind == "number" and tokens[i].word in _CURRENCY_WORDS


_CURRENCY_WORDS = frozenset("dollars dollar euros euro pounds pound quid bucks usd eur gbp rupees yen".split())


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


def _phrase_at(words: list[str], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    for phrase in phrases:
        if tuple(words[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0
