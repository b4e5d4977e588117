"""Inert words: the open-class words of a story that name things and change nothing in the sum.

People tell the calculator a story around the numbers: 'Raised *garden* bed is 3.2m by 1.8m', 'it took two and a
half hours *with traffic*', 'they knock 10% off *for groups*', 'won 14 out of 22 games *this season*'. The nouns,
adjectives and verbs of such a story are an open class no list of phrases can keep up with; the words that can
change the arithmetic are a closed one (``ARITHMETIC``): operations and relations ('off', 'less', 'twice',
'split', 'between'), charges and conditions ('tax', 'tip', 'fee', 'unpaid', 'break', 'except', 'already'),
outcomes ('won', 'lost', 'sold'), people a sum may be shared among ('friends', 'my wife'), concessions ('member',
'student'), question words, and every unit and number. A word outside that class, and outside the function words
that hold a sentence together, is inert.

Two places in a story hold nothing but inert words, and those are set aside:

* the words before the head of a noun phrase — 'Raised garden bed' is the bed, 'Group tour' the tour;
* a phrase of place, manner or time closing a clause after a number — 'with traffic', 'for groups', 'in the rain',
  'this season' — a preposition (or 'this', 'last', 'next'), an optional article or owner and inert words, then
  the clause's end.

A word set aside must not be said again elsewhere in the request (as itself or by its stem): 'Large pizza is £12,
small is £8; 2 large and 1 small?' names the pizzas by the words, and nothing is set aside. What is left is then
read as any request is, and answered only when it accounts for every number — so the safety is the readers' own:
every given used, and the units combining into the measure asked for in one way. What a request is for and who asks
it ('for my stats homework', "I'm 74 and not good with sums.") is set aside with these stretches (``lead_ins``).
"""

from __future__ import annotations

import re

from servers.tools.calculator import lead_ins
from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.functions import CONSTANTS, FUNCTIONS
from servers.tools.calculator.givens import PEOPLE
from servers.tools.calculator.preambles import CARRIES
from servers.tools.calculator.quantities import lookup
from servers.tools.calculator.tokens import Token

OUTCOMES = frozenset(
    "won win wins winning lost lose loses losing pass passed passes fail failed fails sold sell sells bought buy "
    "buys gave give gives given got get gets took take takes taken kept keep keeps broke broken used use uses ate "
    "eat eats lent borrowed returned donated raised saved earned withdrew withdrawn deposited added removed dropped "
    "rose fell increased decreased grew shrank".split()
)
"""What a number did, which decides whether it adds or takes away ('won 14', 'lost 8', 'sold 30'). Before a noun
the same word only describes it ('a raised bed', 'a used car')."""

_ALGEBRA = (
    frozenset(FUNCTIONS)
    | frozenset(CONSTANTS)
    | frozenset(
        "sine cosine tangent logarithm log ln root roots square squared cube cubed power powers factorial absolute "
        "value gcd gcf hcf lcm common divisor factor multiple natural times over mod modulo multiplied divided "
        "multiply divide add subtract increased decreased reduced marked discounted thrice degrees degree radians "
        "radian sum product quotient remainder remainders binary hex hexadecimal octal decimal denary base "
        "bases".split()
    )
)
"""The words of arithmetic itself ('sin 90', 'root of 16'): never a story's."""

FRAME_WORDS = frozenset(
    "the my our your his her their its this that these those some any i we you he she it they me us them "
    "is are was were be been being am do does did done have has had will would can could should may might "
    "must shall to of in on at for from by with about into onto over under up down out as than then so and or "
    "but if when where while because there here what which who whom whose how why such very too quite also "
    "even still yet ever never again im i'm we're you're it's its i've we've i'd we'd it'll let's he's she's "
    "they're".split()
)
"""Function words: the frame of a sentence, never its story."""

ARITHMETIC = (
    OUTCOMES
    | _ALGEBRA
    | CHANGES
    | CARRIES
    | PEOPLE
    | frozenset(
        # relations, conditions and charges beyond CHANGES and CARRIES
        "earn earns less minus off discount discounts tax vat tip fee fees unpaid paid unpaid break breaks lunch "
        "except "
        "excluding including without each per every a an twice double half halves back refund more fewer extra "
        "plus left remaining spent spend owe owed owes already paid deposit between among amongst split share "
        "shared only just not no none nor neither either whole full entire all both same total partly partially "
        "part partway mostly nearly almost least most minimum maximum min max limit cap capped threshold target "
        "goal remaining return returned round trip trips way ways one once single sole first second last final "
        "other others another else rest instead unless until till except apart besides beyond over under above "
        "below within late early overdue missing spare free gross net cash card member members membership "
        "student students senior seniors pensioner pensioners concession loyalty promo code voucher sale offer "
        "offers deal deals bulk wholesale retail original new old previous current initial starting remaining "
        "skip skipped missed absent closed holiday holidays sick leave off-peak peak "
        # a day crossed: 'lands at 06:50 the next morning' is a day after it set off
        "next following overnight tomorrow "
        # conditions of a count of ways: 'with repetition' is another formula
        "repetition repetitions repeat repeats repeated repeating replacement duplicates duplicate matters adjacent "
        "identical "
        # whose measures: a UK pint is not a US one
        "uk us usa british american imperial metric australian canadian english scottish irish european "
        # relatives and companions: people a sum may be shared among
        "wife husband partner partners mum mom dad mother father parents parent son sons daughter daughters "
        "brother brothers sister sisters kids kid child children baby babies family families friend friends "
        "mate mates boyfriend girlfriend grandma grandpa grandparents uncle aunt cousin cousins nephew niece "
        "team teams group groups couple couples class classmates dog dogs cat cats".split()
    )
    | FRAME_WORDS
)
"""The closed class: words that can change arithmetic or hold a sentence's frame. Anything else is inert.

Groups ('for groups') are listed too: a group may be the people a sum is shared among, so a phrase with one is
never set aside — though the same phrase with no number after it in the request is, below (``_GROUP_TALK``)."""

_STEM_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "ers")
# A metric unit, known to the calculator or not ('in nanometres', 'in kilopascals'): the word a conversion is asked
# in, which must never be set aside as a story's, or the request would be answered in the unit it was given in.
_METRIC_UNIT = re.compile(
    r"(?:nano|micro|milli|centi|deci|kilo|mega|giga|tera)?"
    r"(?:grams?|grammes?|met(?:re|er)s?|lit(?:re|er)s?|seconds?|joules?|watts?|volts?|amps?|amperes?|ohms?|"
    r"pascals?|hertz|bytes?|bits?|calories?|moles?|newtons?|tonnes?)"
)
_CLAUSE_ENDS = frozenset({",", ".", "?", "!", ";", ":", "-", "—"})
_PREPOSITIONS = frozenset("with for in on at during through throughout despite from".split())
_BECAUSE = (("because", "of"), ("due", "to"), ("thanks", "to"))
_WHEN = frozenset("this last next".split())
_DAY_PARTS = frozenset("morning afternoon evening night".split())
_OWNERS = frozenset("the a an my our your his her their this that its".split())
_PHRASE_WORDS = 3  # 'with heavy morning traffic': the phrase is short, so each scan is too
_RUN_WORDS = 4


def stems(word: str) -> set[str]:
    """The word and what it may be an inflection of: 'groups' -> group, 'raised' -> raise, 'seeding' -> seed."""
    found = {word}
    for suffix in _STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            found |= {stem, stem + "e"}
    return found


def inert(token: Token) -> bool:
    """Whether ``token`` is an open-class word that changes nothing in a sum: not a number, unit, currency or word of
    ``ARITHMETIC`` (by itself, its stem, or a part of it joined by a hyphen: 'half-price'), not a contraction of
    'not', not an adverb in -ly (which may say how much: 'partly', 'roughly')."""
    if token.kind != "word":
        return False
    word = token.word.removesuffix("'s").removesuffix("s'")
    parts = word.split("-")
    if not all(part.isalpha() for part in parts) or word.endswith(("n't", "ly")):
        return False
    if lookup(word, short=False) is not None or lookup(token.text, short=False) is not None:
        return False
    if _METRIC_UNIT.fullmatch(word):
        return False
    # ('shed', 'things': a stem that is only a frame word, 'she' or 'th(e)', is no word of the story's own)
    return not any(
        stem in ARITHMETIC and (stem == part or stem not in FRAME_WORDS)
        for part in [word, *parts]
        for stem in stems(part)
    )


def droppable(token: Token, own: frozenset[str]) -> bool:
    """Whether a reading that restates the request may drop ``token``: a frame word, one of the reading's ``own``
    words, or a word of the story outside the closed class of words that change sums."""
    return token.word in FRAME_WORDS or token.word in own or inert(token)


def without_inert(text: str, tokens: list[Token]) -> str | None:
    """``text`` with its inert modifiers and closing inert phrases cut out, or None when it has none. A stretch
    whose word is said again in what is kept ('Large pizza is £12 ... 2 large') names what is asked about, and
    stays."""
    regions: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens) - 1:
        width = (
            _closing_phrase(tokens, i)
            or _modifiers(tokens, i)
            or _doing(tokens, i)
            or _naming_phrase(tokens, i)
            or lead_ins.set_aside(tokens, i)
        )
        if width:
            regions.append((i, i + width))
        i += max(width, 1)
    cut = [False] * len(tokens)
    for begin, end in regions:
        for k in range(begin, end):
            cut[k] = True
    kept = {s for t, c in zip(tokens, cut, strict=True) if not c and t.kind == "word" for s in stems(t.word)}
    regions = [r for r in regions if not any(stems(t.word) & kept - ARITHMETIC for t in tokens[r[0] : r[1]])]
    if not regions:
        return None
    pieces: list[str] = []
    at = 0
    for begin, end in regions:
        pieces.append(text[at : tokens[begin].start])
        at = tokens[end].start
    pieces.append(text[at:])
    return " ".join(piece.strip() for piece in pieces if piece.strip()) or None


def _modifiers(tokens: list[Token], i: int) -> int:
    """'Raised garden bed is', 'the grass seed box says 35 g', 'Group tour is': inert words before an inert head,
    which is kept. The run starts a noun phrase (after a clause's end, an article or owner, or the request's start)
    and its head is followed by the verb the sentence turns on ('is', 'costs', 'says') or a pause; when a number
    follows the run its last word is that verb ('the box says 35 g'). The width of the modifiers, or 0."""
    priced = _priced(tokens, i)
    if i > 0 and not (tokens[i - 1].text in _CLAUSE_ENDS or tokens[i - 1].word in _OWNERS | {"and", "but"} or priced):
        return 0
    j = i
    while (
        j < i + _RUN_WORDS
        and tokens[j].kind == "word"
        and tokens[j].word not in _TURNS
        and (inert(tokens[j]) or _describing(tokens, j))
    ):
        j += 2 if tokens[j + 1].text == "'" and tokens[j].word.endswith("s") else 1  # "the kids' mat"
    after = tokens[j]
    if after.kind in ("number", "currency"):
        return max(j - i - 2, 0)  # 'Supplier quoted £340': the verb before the amount, the head before it
    if after.word in _TURNS or after.text in _PAUSES or priced and (after.kind == "end" or after.text in ("?", "!")):
        return max(j - i - 1, 0)  # 'the £8.50 brunch plate?': the plate, named by its price at the question's end
    return 0


def _priced(tokens: list[Token], i: int) -> bool:
    """'the £8.50 brunch plate': a noun phrase named by its price, which opens it after an article or owner."""
    if i < 3 or tokens[i].attached:  # '£85k salary': the thousands of the amount, not a word naming it
        return False
    return tokens[i - 1].kind == "number" and tokens[i - 2].kind == "currency" and tokens[i - 3].word in _OWNERS


_DOERS = frozenset("i we he she they you".split())


def _doing(tokens: list[Token], i: int) -> int:
    """'cycled sixty-four kilometres on saturday, how many miles is that?', 'I hiked 12 miles': what the user did,
    opening a sentence right before the amount it did — a doer and an inert verb, set aside so the amount is read
    as if said alone. A verb that decides the sum ('lost 8', 'sold 30', ``OUTCOMES``) is never inert."""
    if i > 0 and tokens[i - 1].text not in (".", "!", ";", "?"):
        return 0
    j = i + (tokens[i].word in _DOERS)
    if not inert(tokens[j]) or tokens[j].word in _TURNS or tokens[j + 1].kind not in ("number", "currency"):
        return 0
    if j == i and not (tokens[j].word.endswith("ed") or tokens[j].word in _DID):
        return 0  # 'negate 5': without a doer, only a verb said in the past is what the user did
    return j + 1 - i


_DID = frozenset("ran rode swam drove flew went did walked hit".split())  # 'hit 28 mph on the descent'


def _describing(tokens: list[Token], j: int) -> bool:
    """A word that is not inert on its own but only describes the inert noun after it: an outcome's participle ('a
    raised bed', 'a used car') or an owner ("the kids' play mat", "my son's bedroom")."""
    word = tokens[j].word
    after = j + 2 if tokens[j + 1].text == "'" else j + 1
    if after >= len(tokens):
        return False
    owner = word.endswith("'s") and word.removesuffix("'s").isalpha() or after == j + 2 and word.endswith("s")
    state = word in _STATES and sum(t.word in _STATES for t in tokens) == 1
    if not (word in OUTCOMES and word.endswith(("ed", "en")) or owner or state) or not inert(tokens[after]):
        return False
    return lookup(word.removesuffix("'s"), short=False) is None


_STATES = frozenset("new old current original previous initial starting final".split())
"""'My new vegetable patch': a state said once describes the thing; said with another ('the new price ... the old
one') it tells two amounts apart, and stays."""


_TURNS = frozenset(
    "is are was were has have had measures measure measuring costs cost weighs weigh holds hold says said shows "
    "reads states lists quoted quotes comes came runs takes took needs uses".split()
)
"""The verbs a story's sentence turns on after naming its thing: the noun phrase ends before them."""
_PAUSES = frozenset({",", ":", "-", "—", "."})


def _closing_phrase(tokens: list[Token], i: int) -> int:
    """'with traffic', 'for groups', 'in the rain', 'because of roadworks', 'this season' closing a clause that
    says a number before it: the phrase's width, or 0. The phrase holds only a preposition, an optional article
    or owner and up to three inert words (a group with no number after it: 'for groups')."""
    if [t.word for t in tokens[i : i + 3]] == ["on", "the", "house"]:
        return 0  # 'the £8 cocktail was on the house': given free, which takes it out of the sum
    if tokens[i].word == "next" and tokens[i + 1].word in _DAY_PARTS:
        return 0  # 'lands at 06:50 the next morning': a day later, which a span of clock times counts
    for phrase in _UNTIL_NOW:  # 'we've spent 9,875 so far.': when, which changes nothing in the sum
        width = len(phrase)
        if all(tokens[i + k].word == w for k, w in enumerate(phrase)) and figure_before(tokens, i):
            after = tokens[i + width]
            return width if after.kind == "end" or after.text in _CLAUSE_ENDS or after.word == "and" else 0
    toward = tokens[i].word == "to"  # 'driving 280 miles to the Lakes at 56 mph': where, before a rate
    if tokens[i].word not in _PREPOSITIONS | _WHEN | {b[0] for b in _BECAUSE} and not toward:
        return 0
    if not figure_before(tokens, i):
        return 0
    j = i
    for phrase in _BECAUSE:
        if all(tokens[i + k].word == w for k, w in enumerate(phrase)):
            j = i + len(phrase)
            break
    else:
        if tokens[i].word not in _PREPOSITIONS | _WHEN and not toward:
            return 0
        j = i + 1
    j += tokens[j].word in _OWNERS and tokens[i].word not in _WHEN
    head = j
    while j < head + _PHRASE_WORDS and (
        inert(tokens[j])
        or _group_talk(tokens, j)
        or _meal_of(tokens, j)
        or _fund_of(tokens, i, j)
        or _state_once(tokens, j)
        and j == head
        and inert(tokens[j + 1])
    ):
        j += 1
    if j == head:
        return 0
    if _rate_follows(tokens, j):
        return j - i  # '€45,000 for the new press at 4.5%': what the amount is for, before the rate on it
    if toward or not (tokens[j].kind == "end" or tokens[j].text in _CLAUSE_ENDS or tokens[j].word == "and"):
        return 0
    return j - i


_RATE_REACH = 5  # 'at an average of 56 mph': the rate's number within a few words of 'at'


def _rate_follows(tokens: list[Token], j: int) -> bool:
    """'at 4.5%', 'at an average of 56 mph' at ``j``: the rate the amount before the phrase is taken at."""
    if tokens[j].word != "at":
        return False
    for k in range(j + 1, min(j + 1 + _RATE_REACH, len(tokens))):
        if tokens[k].kind in ("number", "currency"):
            return True
        if tokens[k].kind != "word":
            return False
    return False


def _state_once(tokens: list[Token], j: int) -> bool:
    """'for the new press': a state said once describes the thing (``_STATES``), as it does before a head."""
    word = tokens[j].word
    return word in _STATES and sum(t.word in _STATES for t in tokens) == 1


_UNTIL_NOW = (("so", "far"), ("to", "date"), ("at", "the", "moment"))
_GROUP_TALK = frozenset({"group", "groups"})


def _group_talk(tokens: list[Token], j: int) -> bool:
    """'knock 10% off for groups': a group named with no count anywhere after it, so it shares nothing out."""
    return tokens[j].word in _GROUP_TALK and not any(t.kind == "number" for t in tokens[j:])


def _meal_of(tokens: list[Token], j: int) -> bool:
    """'for the lunch order': a meal naming the inert thing after it; 'lunch' alone may be a break ('with lunch'),
    and before 'break' it is one."""
    return tokens[j].word == "lunch" and inert(tokens[j + 1])


_FUNDS = frozenset("bonus bonuses deposit delivery insurance pension gift holiday charity".split())


def _fund_of(tokens: list[Token], i: int, j: int) -> bool:
    """'for the staff bonus pot', 'for the holiday fund': what an amount is set aside for, a kind of money naming the
    inert thing after it. Only after 'for', and said nowhere else: 'with the bonus' may add one, and a bonus named
    twice is one the sum may use."""
    word = tokens[j].word
    return (
        tokens[i].word == "for" and word in _FUNDS and inert(tokens[j + 1]) and sum(t.word == word for t in tokens) == 1
    )


def figure_before(tokens: list[Token], i: int, ends: frozenset[str] = _CLAUSE_ENDS) -> bool:
    """A number or amount earlier than ``i`` in its stretch: back to the nearest of ``ends`` (by default the clause's
    pause or sentence end)."""
    k = i - 1
    while k >= 0 and tokens[k].text not in ends:
        if tokens[k].kind in ("number", "currency"):
            return True
        k -= 1
    return False


_NAMING_PREPOSITIONS = frozenset("for of from on in at by along near beside behind outside over under above".split())
# ('My spot by the Savannah is 3.5 m by 2.4 m', 'Field along the Heereweg is 185 m', 'The bâche over my stall is
# 4.5 m by 3.2 m': where the thing is; 'over' opening a phrase that names a thing is no division)


def _naming_phrase(tokens: list[Token], i: int) -> int:
    """'Our target *for the sponsored walk* was £15,000': a phrase of inert words after the noun a sentence opens
    with, saying which one it is, before the verb the sentence turns on and its amount. The phrase names the thing;
    the verb and the amount after it are the sum's. The width of the phrase, or 0."""
    if i < 1 or tokens[i].word not in _NAMING_PREPOSITIONS or tokens[i - 1].kind != "word":
        return 0
    if not (i == 1 or tokens[i - 2].word in _OWNERS or tokens[i - 2].text in _CLAUSE_ENDS):
        return 0  # 'Our target for ...', '. The target for ...', 'Field along ...': the noun opens its sentence
    j = i + 1
    j += tokens[j].word in _OWNERS
    head = j
    while j < head + _PHRASE_WORDS and inert(tokens[j]):
        j += 1
    if j == head or tokens[j].word not in _TURNS:
        return 0
    after = tokens[j + 1]
    return j - i if after.kind in ("number", "currency") else 0
