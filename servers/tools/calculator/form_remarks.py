"""Remarks after a question on the form its answer may take, which the answer has anyway: 'How many feet is 180 cm?
a decimal answer is fine', '... per month? rough is ok', '(no need to be exact)'.

Such a remark allows a form; it asks for nothing the calculator would not give. It is read in full — a form that
can be allowed (decimal, rough, approximate, an estimate, ballpark, near enough) and the word that allows it ('is
fine', 'ok', 'will do') — and only then set aside, so the question is answered as if asked alone. A rough form may
be asked for outright ('just a rough figure'): an exact answer is a fine rough one. A decimal may only be allowed,
not asked for: an answer shown as a fraction is not one. A remark that asks for something ('to 2 dp please',
'round to the nearest whole number') is honoured by ``rounding``, not set aside here; one that is negated ('rough
won't do'), names another form ('a fraction is fine', 'in feet and inches is fine') or says anything else is not
read, and the request declines as before.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_ROUGH = frozenset(
    "rough roughly approximate approximately approx estimate estimated ballpark near-enough close-enough".split()
)
"""Forms an exact answer always has: asked for or allowed, they change nothing."""
_DECIMAL = frozenset("decimal decimals".split())
"""A form that may only be allowed: an answer shown otherwise (a fraction) would not be one."""
_ENOUGH = (("near", "enough"), ("close", "enough"))
_NOUNS = frozenset("answer answers figure figures number numbers estimate guess idea value result one".split())
_OPENERS = frozenset("just only a an any".split())
_VERBS = (("is",), ("are",), ("would", "be"), ("will", "be"), ("should", "be"), ("is", "totally"), ("is", "perfectly"))
_ALLOWS = frozenset("fine ok okay good alright great enough acceptable".split())
_WILL_DO = (("will", "do"), ("would", "do"), ("works",), ("is", "all", "i", "need"), ("is", "all", "we", "need"))
_NOT_EXACT = tuple(
    tuple(p.split())
    for p in (
        "no need to be exact", "no need to be precise", "doesn't need to be exact", "doesn't have to be exact",
        "doesn't need to be precise", "doesn't have to be precise", "does not need to be exact",
        "does not have to be exact", "needn't be exact", "don't need it exact", "don't need it to be exact",
        "i don't need it exact", "i don't need it to be exact", "not too fussed about decimals",
        "doesn't need to be spot on", "doesn't have to be spot on", "nothing too precise",
    )
)  # fmt: skip
_COURTESIES = frozenset("thanks thank you please pls plz cheers ta thx by me for me too".split())
_BOUNDARIES = frozenset({"?", ".", "!", ",", ";", ":", "-", "—", "(", ")"})


def without_remark(text: str, tokens: list[Token]) -> str | None:
    """``text`` without the remarks that close it on the answer's form, or None when it has none (or they say more).

    The remarks follow a pause ('?', ',', a dash, a bracket) after the question and run to the end; each clause of
    them is a remark or a courtesy ('thanks'), and at least one is a remark."""
    end = len(tokens) - 1
    found = None  # the earliest pause after which every clause is a remark or a courtesy, with a remark among them
    remarked = False
    clause: list[str] = []
    for k in range(end - 1, max(1, end - _REMARK_TOKENS) - 1, -1):
        token = tokens[k]
        if token.kind == "word":
            clause[:0] = _words(token.word)
            continue
        if token.kind != "symbol" or token.text not in _BOUNDARIES:
            break  # a number says something of its own
        if clause and _remark(clause):
            remarked = True
        elif clause and not _courteous(clause):
            break
        clause = []
        if remarked and k >= 2:
            found = k
    if found is None:
        return None
    return text[: tokens[found].start].rstrip() + (" ?" if tokens[found].text == "?" else "")


_REMARK_TOKENS = 24
"""The longest tail read for remarks: a few short clauses ('rough is fine, no need to be exact, thanks')."""


def _words(word: str) -> list[str]:
    """'rough's' is 'rough is'; a curly apostrophe is a straight one."""
    word = word.replace("\u2019", "'")
    return [word[:-2], "is"] if word.endswith("'s") and word not in ("it's", "that's") else [word]


def _courteous(words: list[str]) -> bool:
    return all(w in _COURTESIES or w == "and" for w in words)


def _remark(words: list[str]) -> bool:
    """One clause on the answer's form, read in full: 'a decimal answer is fine', 'rough is ok', 'ballpark figure
    will do', 'just a rough figure', 'no need to be exact'."""
    while words and words[-1] in _COURTESIES:
        words = words[:-1]
    if words[:1] == ["and"]:
        words = words[1:]
    if tuple(words) in _NOT_EXACT:
        return True
    i = 0
    while i < len(words) and words[i] in _OPENERS:
        i += 1
    forms: set[str] = set()
    while i < len(words):
        pair = tuple(words[i : i + 2])
        if pair in _ENOUGH:
            forms.add("rough")
            i += 2
        elif words[i] in _ROUGH:
            forms.add("rough")
            i += 1
        elif words[i] in _DECIMAL:
            forms.add("decimal")
            i += 1
        else:
            break
    if not forms:
        return False
    if i < len(words) and words[i] in _NOUNS:
        i += 1
    rest = tuple(words[i:])
    if not rest:
        return forms == {"rough"}  # 'just a rough figure': asked for, and an exact answer is one
    return _allowed(rest)


def _allowed(rest: tuple[str, ...]) -> bool:
    """'is fine', 'ok', 'would be good', 'will do', 'is all I need': the form is allowed, nothing else said."""
    if rest in _WILL_DO:
        return True
    for verb in _VERBS:
        if rest[: len(verb)] == verb:
            rest = rest[len(verb) :]
            break
    return len(rest) == 1 and rest[0] in _ALLOWS or rest in _WILL_DO
