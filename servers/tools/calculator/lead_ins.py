"""Lead-ins: what a request is for and who asks it, said around the arithmetic and changing nothing in it.

People say why they ask and who they are: 'For my lab report I need the mean of ...', '... for my stats homework',
'what's that in Celsius for my fan oven?', 'Add VAT at 20% to £1,845 for the new projector', "I'm 74 and not good
with sums.", 'a 15% tip on the band's $2,400 fee'. Four shapes are set aside here, each holding no number the
arithmetic could use and no word that could change it (``ARITHMETIC``: operations, charges, shares, people, 'each',
'per', 'except', 'more', 'less', ...):

* a purpose — 'for', an owner or article, and up to four inert words (a state such as 'new' said once describes
  the thing) — closing a clause, or opening the request before the asker says what they want. A purpose closing a
  clause with no number in it is someone's own ('for my fan oven'): 'how much for the basket?' names what is asked
  about, and stays. 'for my 3 kids' has a number and 'for my friends' people a sum is shared among: never set aside;
* a want opening the request before a named thing ('I need the mean of', 'need the sample standard deviation'):
  what follows is the question itself;
* a remark about the asker, a sentence of its own: "I'm 74 and not good with sums." — a doer, at most an age, and
  a confession about sums. An age is set aside only when nothing else in the request speaks of ages;
* an owner right before an amount ('the band's $2,400 fee'): whose the amount is, not how much;
* an idle remark holding no figure and no word of arithmetic ('(thanks, board)', '... for the reptile house log.'),
  read by ``idle_remarks``.

``inert.without_inert`` cuts these with its own stretches, and only when none of their words is said again in what
is kept; the rest is then read as any request is and answered only when it accounts for every number.
"""

from __future__ import annotations

from servers.tools.calculator import idle_remarks
from servers.tools.calculator import inert as words  # a module: inert sets these stretches aside with its own
from servers.tools.calculator.tokens import Token

_PERSONAL = frozenset("my our his her their your".split())
_ARTICLES = frozenset("the a an this that".split())
_STATES = frozenset("new old current".split())
"""A state said once only describes the thing it is for ('the new projector'); said twice it tells two apart."""
_PURPOSE_WORDS = 4
_CLOSES = frozenset({"?", ".", "!", ";", ",", "-", "—"})
_SENTENCE_ENDS = frozenset({".", "!", ";", "?"})
_ASKERS = frozenset("i i'm im we we're i'd we'd need".split())
"""What may follow a purpose opening the request: the asker, then what they want ('For my report I need ...')."""
_WANTS = (("i", "need"), ("we", "need"), ("i", "just", "need"), ("need",))
_NAMED = frozenset("the a an".split())

_DOERS = (("i'm",), ("im",), ("i", "am"))
_AGED = (("years", "old"), ("year", "old"), ("yrs", "old"), ("yo",))
_DEGREES = frozenset("very too that so really particularly all".split())
_ABLE = frozenset("good great clever quick confident strong brilliant".split())
"""How able, said with 'not' ('not good with sums')."""
_UNABLE = frozenset("bad hopeless terrible rubbish useless awful poor weak rusty".split())
"""How unable, said plainly ('hopeless at maths')."""
_WITH = frozenset("with at".split())
_DESCRIBED = 2
_SUMS = frozenset("sums maths math numbers figures arithmetic calculations percentages".split())
_AGE_TALK = frozenset(
    "old older oldest younger youngest age ages aged born birthday birthdays turn turns turned turning retire "
    "retired retirement pension pensions pensioner pensioners senior seniors concession concessions".split()
)
"""Words that may use an age said before them: where any is said, an age is never set aside."""


def set_aside(tokens: list[Token], i: int) -> int:
    """The width of a lead-in starting at ``i`` (a purpose, a want, a remark about the asker, an owner before an
    amount, an idle remark), or 0."""
    return (
        _purpose(tokens, i)
        or _want(tokens, i)
        or _remark(tokens, i)
        or _owner(tokens, i)
        or idle_remarks.remark_width(tokens, i)
    )


def _at(tokens: list[Token], k: int) -> Token:
    return tokens[min(k, len(tokens) - 1)]


def _opens_sentence(tokens: list[Token], i: int) -> bool:
    return i == 0 or tokens[i - 1].text in _SENTENCE_ENDS


def _purpose_words(tokens: list[Token], i: int) -> int:
    """The index after 'for', an owner and its inert words at ``i``, or 0 when ``i`` holds no such phrase."""
    if tokens[i].word != "for" or _at(tokens, i + 1).word not in _PERSONAL | _ARTICLES:
        return 0
    j = head = i + 2
    while j < head + _PURPOSE_WORDS and (words.inert(_at(tokens, j)) or _state(tokens, j)):
        j += 1
    if j == head or not any(words.inert(t) for t in tokens[head:j]):
        return 0
    return j


def _state(tokens: list[Token], j: int) -> bool:
    word = _at(tokens, j).word
    return word in _STATES and sum(t.word == word for t in tokens) == 1


def _purpose(tokens: list[Token], i: int) -> int:
    """'for my stats homework' closing a clause, 'For my lab report' opening the request before the asker."""
    j = _purpose_words(tokens, i)
    if not j:
        return 0
    after = _at(tokens, j)
    if _opens_sentence(tokens, i) and (after.word in _ASKERS or after.text in (",", ":")):
        return j - i  # 'For my lab report I need ...', 'For my homework, what is ...'
    if after.kind != "end" and after.text not in _CLOSES:
        return 0
    if tokens[i + 1].word in _PERSONAL:
        return j - i  # someone's own purpose: 'what's that in Celsius for my fan oven?'
    # a purpose after an amount in its clause says what the amount is for, not what is asked about: 'Add VAT at 20%
    # to £1,845 for the new projector'
    return j - i if words.figure_before(tokens, i, _CLOSES | {":"}) else 0


def _want(tokens: list[Token], i: int) -> int:
    """'I need the mean of ...', 'need the sample standard deviation of ...' opening the request (or following a
    purpose that opens it): what the asker wants, before the thing named ('the', 'a')."""
    if not (_opens_sentence(tokens, i) or _after_purpose(tokens, i)):
        return 0
    for want in _WANTS:
        if all(_at(tokens, i + k).word == w for k, w in enumerate(want)):
            return len(want) if _at(tokens, i + len(want)).word in _NAMED else 0
    return 0


def _after_purpose(tokens: list[Token], i: int) -> bool:
    """Whether a purpose opening the sentence ends right at ``i`` ('For my lab report | I need')."""
    k = i - 1
    while k > 0 and tokens[k - 1].text not in _SENTENCE_ENDS and i - k <= _PURPOSE_WORDS + 2:
        k -= 1
    return tokens[k].word == "for" and _opens_sentence(tokens, k) and _purpose_words(tokens, k) == i


def _remark(tokens: list[Token], i: int) -> int:
    """ "I'm 74 and not good with sums.", "I'm hopeless at maths," opening the request: the asker, at most an age,
    and a confession about sums, ending its sentence (or clause). The width, with its closing mark, or 0."""
    if not _opens_sentence(tokens, i):
        return 0
    j = i + next((len(d) for d in _DOERS if all(_at(tokens, i + k).word == w for k, w in enumerate(d))), 0)
    if j == i:
        return 0
    aged = False
    confessed = False
    described = 0
    while True:
        here = _at(tokens, j)
        if here.kind == "number" and not aged and not confessed:
            if not (here.value == int(here.value) and 5 <= here.value <= 120):
                return 0
            aged = True
            j += 1
            j += next((len(a) for a in _AGED if all(_at(tokens, j + k).word == w for k, w in enumerate(a))), 0)
        elif here.word == "and" or here.text == ",":
            j += 1
        elif not confessed and (width := _confession(tokens, j)):
            confessed = True
            j += width
        elif described < _DESCRIBED and words.inert(here):
            described += 1  # "I'm 74, retired and not good with sums": who the asker is, in plain words
            aged = True  # a state of life may stand for an age: the rest must not speak of ages either
            j += 1
        elif here.word in ("a", "an") and words.inert(_at(tokens, j + 1)):
            j += 1
        else:
            break
    if not confessed or _at(tokens, j).text not in _SENTENCE_ENDS | {","}:
        return 0
    if aged and any(t.word in _AGE_TALK or t.word.removesuffix("s") in _AGE_TALK for t in tokens[j:]):
        return 0  # 'I'm 74 ... how much older': the age may be used
    return j + 1 - i


def _confession(tokens: list[Token], j: int) -> int:
    """'not good with sums', 'no good at maths', 'hopeless at numbers', 'not very confident with percentages'."""
    k = j
    negated = _at(tokens, k).word in ("not", "no")
    k += negated
    k += _at(tokens, k).word in _DEGREES
    able = _at(tokens, k).word
    if not (negated and (able in _ABLE or able == "good") or not negated and able in _UNABLE):
        return 0
    k += 1
    if _at(tokens, k).word not in _WITH:
        return 0
    k += 1
    k += _at(tokens, k).word in ("my", "the")
    return k + 1 - j if _at(tokens, k).word in _SUMS else 0


def _owner(tokens: list[Token], i: int) -> int:
    """'the band's $2,400 fee', 'on the plumber's £180 invoice': an inert owner between an article and the amount
    it owns says whose the amount is; the amount and what it is stay."""
    token = tokens[i]
    if i == 0 or tokens[i - 1].word not in _ARTICLES | _PERSONAL or not token.word.endswith("'s"):
        return 0
    if token.word.removesuffix("'s") in words.ARITHMETIC or not words.inert(token):
        return 0
    return 1 if _at(tokens, i + 1).kind in ("number", "currency") else 0
