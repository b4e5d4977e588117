"""The company a speaker shares with: 'Split £90 with my two brothers' is three people, not two.

Who splits, shares or divides a sum WITH others is one of the party: 'I share the rent with 2 flatmates', 'Split a
£40 taxi with 3 friends', 'Sharing £240 with 3 others', 'the bill split with my two kids' are each the others and
the speaker. Read by the company's number alone, every share is one party too large. Before any reader sees the
request, the company is replaced in place by the whole party ('between 3 people').

The speaker is one of the party only when the sharer is plainly them: an order ('Split ...'), 'I ...', or a
company that is theirs ('... split with my two kids'). When the sharer is a group of its own ('We split the £300
deposit with 2 flatmates' — how many are 'we'?) or someone else, the party cannot be counted, and the request is
declined rather than shared by the company's number.

Two more ways a party is said without its count: a list with the speaker in it ('me, my wife and our 2 kids' is
four) and couples or pairs when the share asked is a person's ('split between 3 couples, how much per person' is
six people).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

SHARING = frozenset(
    "split splits splitting share shares shared sharing divide divides divided dividing halve halved halving".split()
)
"""Verbs of sharing a sum: whoever does it WITH others is one of the party."""

ONE_OTHER = frozenset(
    "friend mate pal buddy flatmate housemate roommate sister brother partner wife husband girlfriend boyfriend "
    "fiancé fiancée fiance fiancee mum mom dad mother father son daughter colleague coworker workmate neighbour "
    "neighbor cousin kid child teammate classmate lodger other sibling niece nephew aunt uncle grandson "
    "granddaughter grandchild helper worker".split()
)
"""One other person, said with 'my', 'a' or 'his' ('with my sister', 'with a friend', 'my friend and his wife')."""

MANY_OTHERS = frozenset(
    "others friends mates pals buddies flatmates housemates roommates sisters brothers colleagues coworkers "
    "workmates neighbours neighbors cousins kids children sons daughters teammates classmates siblings people "
    "persons guests adults nieces nephews aunts uncles grandsons granddaughters grandchildren helpers workers women "
    "men girls boys lads".split()
)
"""Others counted by a number before them ('2 flatmates', '3 others', 'two of my friends')."""

_OWNERS = frozenset("my our a his her their".split())
_BARE_ONE = frozenset("mum mom dad".split())
"""Kin named with no 'my' ('Mum, Dad and me')."""

_PARENTS = frozenset({"parents"})
_SPEAKER = frozenset("i i'm im i've i'd i'll me myself".split())
_SELF = frozenset("i me myself".split())
"""The speaker as a member of a list ('my partner and I')."""
_FILLERS = frozenset("please pls just let's lets can could would will you u help now then so ok okay and hi".split())
"""Words before an order that leave the one asked as the sharer ('Can you split £90 with my brothers?')."""
_GROUP = frozenset("we we're were we've we'll they they're he she he's she's".split())
"""Sharers who are not plainly the speaker alone."""

_STOPS = frozenset({".", ";", "?", "!"})
_BY_PERSON = (("per", "person"), ("each", "person"), ("per", "head"), ("a", "head"), ("a", "person"))
_PAIRED = frozenset("couples pairs".split())


@dataclass(frozen=True)
class Counted:
    """A party counted from how it was said, with the working line that says how."""

    step: str


def count_company(tokens: list[Token]) -> Counted | None:
    """Replace, in place, the others a speaker shares WITH by the whole party ('between 3 people'), a list with the
    speaker in it by its count, or couples by their people when a person's share is asked; what was read, or None.
    Raise ToolInputError when the sharer is a group of unknown size."""
    if _unequal(tokens):
        return None  # 'Me and my flatmate split the £75 bill 3:2': the ratio's readers place each one as named
    said = _with_company(tokens) or _listed(tokens) or _paired(tokens)
    return None if said is None else Counted(said)


_UNEQUAL = frozenset("ratio half halves twice double triple proportion proportionally".split())
"""Words of shares that are not equal ('half and half', 'I pay double'), read with their parties as named."""


def _unequal(tokens: list[Token]) -> bool:
    """Whether the sum is shared other than equally: a ratio ('3:2', '50/50') or words of unequal shares."""
    return any(
        t.word in _UNEQUAL
        or t.text in (":", "/")
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].kind == tokens[k + 1].kind == "number"
        for k, t in enumerate(tokens)
    )


def _with_company(tokens: list[Token]) -> str | None:
    for k in range(1, len(tokens) - 1):
        if tokens[k].word != "with":
            continue
        found = _company(tokens, k + 1)
        if found is None:
            continue
        end, others, owned = found
        verb = _sharing_verb(tokens, k)
        if verb is None:
            continue
        sharer = _sharer(tokens, verb)
        ways = _ways(tokens, verb)
        if (sharer == "group" or sharer is None and not owned) and ways is not None:
            said = _said(tokens[k:end])
            del tokens[k:end]  # 'split it three ways with their friend': the ways count everyone, the friend too
            return f"{said}: one of the {ways} ways"
        if sharer == "group" or sharer is None and not owned:
            raise ToolInputError(
                "I can't tell how many people share it: the sharers beside the company named are not counted. "
                "Say how many people share it in all, counting yourself, and ask again."
            )
        whole = others + 1
        if _counted_otherwise(tokens, end, whole):
            raise ToolInputError(
                "the party is counted twice and the counts disagree. Say how many people share it in all, "
                "counting yourself, and ask again."
            )
        said = _said(tokens[k:end])
        tokens[k:end] = [
            Token("word", "between", tokens[k].start),
            Token("number", str(whole), tokens[k].start, value=Fraction(whole)),
            Token("word", "people", tokens[end - 1].start),
        ]
        return f"{said}, and me: {others} + 1 = {whole} people"
    return None


def _said(tokens: list[Token]) -> str:
    """The words as the user put them ('me, my wife and our 2 kids')."""
    return " ".join(t.text for t in tokens).replace(" ,", ",")


def _company(tokens: list[Token], at: int) -> tuple[int, int, bool] | None:
    """The others named from ``at`` ('my 2 flatmates', '3 others', 'two of my friends', 'my mum and dad'): where
    they end, how many, and whether they are the speaker's own; None when they are not counted."""
    member = _member(tokens, at)
    if member is None:
        return None
    end, total = member
    while True:
        joiner = _joiner(tokens, end)
        if joiner and tokens[end + joiner].word in ("me", "myself"):
            return end + joiner + 1, total, True  # 'with my 2 flatmates and me': the speaker said again
        more = _member(tokens, end + joiner) if joiner else None
        if more is None:
            return end, total, tokens[at].word in ("my", "our")
        end, total = more[0], total + more[1]


def _joiner(tokens: list[Token], k: int) -> int:
    """How many tokens join two members at ``k`` (', and', 'and', ','), or 0."""
    if tokens[k].text == "," and tokens[k + 1].word == "and":
        return 2
    return 1 if tokens[k].word in ("and", "plus") or tokens[k].text == "," else 0


def _member(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """One member of a company from ``k``: where it ends and how many it counts."""
    owner = tokens[k].word in _OWNERS
    at = k + owner
    token = tokens[at]
    if token.kind == "number":
        if not numbers.is_integer(token.value) or not 0 < token.value < 1000:
            return None
        count = int(token.value)
        at += 1
        if tokens[at].word == "of" and tokens[at + 1].word in ("my", "our"):  # 'two of my friends'
            at += 2
        elif tokens[at].word == "other":
            at += 1
        noun = tokens[at].word
        if noun in MANY_OTHERS or noun in ONE_OTHER and count == 1:
            return at + 1, count
        return None
    if token.word in ONE_OTHER and (owner or token.word in _BARE_ONE):
        return at + 1, 1
    if token.word in _PARENTS and owner:
        return at + 1, 2
    return None


def _sharing_verb(tokens: list[Token], k: int) -> int | None:
    """Where the verb of sharing before ``k`` is, in the same sentence; None when there is none."""
    for j in range(k - 1, -1, -1):
        if tokens[j].text in _STOPS:
            return None
        if tokens[j].word in SHARING:
            return j
    return None


def _sharer(tokens: list[Token], verb: int) -> str | None:
    """Who shares: 'me' (an order, or 'I ...'), 'group' ('we', 'they', 'he'), or None when not said."""
    first = verb
    while first > 0 and tokens[first - 1].text not in _STOPS:
        first -= 1
    before = {t.word for t in tokens[first:verb]}
    if before & _GROUP or before & (ONE_OTHER | MANY_OTHERS | _PARENTS) or _named_with_me(tokens, first, verb):
        return "group"  # 'We split ...', 'My wife and I split ...', 'Tom and I split ...': more than the speaker
    if before & _SPEAKER or before <= _FILLERS:
        return "me"  # 'I share ...', 'I'm splitting ...', 'Split £90 with my two brothers', 'Sharing £240 ...'
    return None


def _named_with_me(tokens: list[Token], first: int, verb: int) -> bool:
    """'Tom and I split ...': someone named beside the speaker before the verb."""
    return any(
        tokens[k].word in ("and", "&") and tokens[k + 1].word in _SPEAKER and tokens[k - 1].text[:1].isupper()
        for k in range(first + 1, verb - 1)
    )


def ways_at(tokens: list[Token], at: int) -> int | None:
    """Where the number of ways a sum is split ('split it three ways') is said, after ``at`` in its sentence, or
    None."""
    for k in range(at + 1, len(tokens) - 1):
        if tokens[k].text in _STOPS:
            return None
        if tokens[k].kind == "number" and tokens[k + 1].word == "ways" and numbers.is_integer(tokens[k].value):
            return k
    return None


def _ways(tokens: list[Token], verb: int) -> int | None:
    """The number of ways a sum is split, said in the sentence of the verb, or None."""
    k = ways_at(tokens, verb)
    return None if k is None else int(tokens[k].value)


def _counted_otherwise(tokens: list[Token], at: int, whole: int) -> bool:
    """'... with my 2 brothers between the 4 of us': a later count of everyone that is not the party's."""
    for k in range(at, len(tokens) - 2):
        if tokens[k].kind == "number" and tokens[k + 1].word == "of" and tokens[k + 2].word == "us":
            return tokens[k].value != whole
    return False


def _listed(tokens: list[Token]) -> str | None:
    """'Me, my wife and our 2 kids', 'my partner and I and our 2 children': a list with the speaker in it, counted
    whole ('4 people'), when every member of it is counted."""
    for k in range(len(tokens) - 2):
        if k > 0 and tokens[k - 1].text not in _STOPS and tokens[k - 1].word not in _LIST_BEFORE:
            continue
        found = _list_at(tokens, k)
        if found is None:
            continue
        end, counts = found
        if _some_asked(tokens, end):  # 'the two of us plus our 2 kids, split by adult only': whose share?
            raise ToolInputError(
                "the share is asked of some of the party only. Say how many people pay and what they share, "
                "and ask again."
            )
        whole = sum(counts)
        said = _said(tokens[k:end])
        if _ways(tokens, end) == whole:  # 'Me and my sister split it two ways': the ways count the party already
            tokens[k:end] = [Token("word", "We", tokens[k].start)]
            return f"{said}: {' + '.join(map(str, counts))} = {whole} people"
        tokens[k:end] = [
            Token("number", str(whole), tokens[k].start, value=Fraction(whole)),
            Token("word", "people", tokens[end - 1].start),
        ]
        return f"{said}: {' + '.join(map(str, counts))} = {whole} people"
    return None


_LIST_BEFORE = frozenset("between among amongst for by".split())


_SOME = frozenset("adult adults grown-ups grownups child children kid kids".split())


def _some_asked(tokens: list[Token], at: int) -> bool:
    """Whether, after a list, a share is asked of some of its members ('per adult', 'each child', 'by adult')."""
    return any(
        t.word in ("per", "each", "by", "a")
        and (tokens[k + 1].word in _SOME or tokens[k + 1].word in ONE_OTHER)
        or t.word == "only"
        for k, t in enumerate(tokens[at:-1], at)
    )


def _list_at(tokens: list[Token], k: int) -> tuple[int, list[int]] | None:
    """Where a list of two or more members with the speaker in it ends, and how many each member counts; or None."""
    counts: list[int] = []
    speaker = False
    while True:
        if tokens[k].word in _SELF:
            k, count, speaker = k + 1, 1, True
        elif _us_counted(tokens, k):  # 'the 3 of us kids': the speaker among them
            value = tokens[k + 1].value
            if not numbers.is_integer(value) or not 0 < value < 1000:
                return None
            k, count, speaker = k + 4 + (tokens[k + 4].word in MANY_OTHERS), int(value), True
        else:
            member = _member(tokens, k)
            if member is None:
                return None
            k, count = member
        counts.append(count)
        joiner = _joiner(tokens, k)
        if not joiner or not _starts_member(tokens, k + joiner):
            break
        k += joiner
    return (k, counts) if speaker and len(counts) >= 2 else None


def _us_counted(tokens: list[Token], k: int) -> bool:
    return (
        tokens[k].word == "the"
        and tokens[k + 1].kind == "number"
        and tokens[k + 2].word == "of"
        and tokens[k + 3].word == "us"
    )


def _starts_member(tokens: list[Token], k: int) -> bool:
    return tokens[k].word in _SELF or _us_counted(tokens, k) or _member(tokens, k) is not None


def _paired(tokens: list[Token]) -> str | None:
    """'split between 3 couples. How much per person?': a person's share of couples is of twice as many people."""
    asked = any(
        all(tokens[k + j].word == w for j, w in enumerate(pair)) for k in range(len(tokens) - 1) for pair in _BY_PERSON
    )
    if not asked:
        return None
    for k in range(len(tokens) - 1):
        number = tokens[k]
        if number.kind != "number" or not numbers.is_integer(number.value) or not 0 < number.value < 1000:
            continue
        noun = tokens[k + 1].word
        end = k + 2 + (noun == "pairs" and tokens[k + 2].word == "of" and tokens[k + 3].word in MANY_OTHERS) * 2
        if noun not in _PAIRED:
            continue
        whole = int(number.value) * 2
        said = _said(tokens[k:end])
        tokens[k:end] = [
            Token("number", str(whole), number.start, value=Fraction(whole)),
            Token("word", "people", tokens[end - 1].start),
        ]
        return f"{said}: {number.value} × 2 = {whole} people"
    return None


_SPLITTING = frozenset("split splitting divide divided dividing halve halved halving sharing shared".split())
"""Verbs that share a sum out; 'share' itself is also the noun of stocks ('bought 100 shares at £2.50')."""
_BEFORE_SHARE = frozenset("to and we i then".split())


def whole_paid(total: Fraction, tokens: list[Token]) -> Fraction:
    """``total``, the whole of a purchase, as the answer to a request that does not share it out; raise
    ToolInputError when the request splits or shares it ('Bought 4 coffees at £3.20 and split the cost. How much do
    I pay?'), for then the whole is not what is asked."""
    for k, token in enumerate(tokens):
        if token.word in _SPLITTING or token.word == "share" and k > 0 and tokens[k - 1].word in _BEFORE_SHARE:
            raise ToolInputError(
                f"the purchase is {token.text} with others, but not said between how many. Say how many people "
                "share it in all, counting yourself, and ask again."
            )
    return total


_OWING = frozenset("owe owes owed back".split())


def refuse_others_owing(tokens: list[Token], at: int) -> None:
    """'I buy for me and 2 friends ... how much does each friend owe me?': what each of the others owes the speaker
    is a share of a whole bill but the whole price of a thing bought each; with the party counted as one, the
    readers cannot tell which, so the request is declined (ToolInputError)."""
    rest = tokens[at:]
    if not any(t.word in _OWING for t in rest):
        return
    for k in range(len(rest) - 2):
        if rest[k].word != "each":
            continue
        said = rest[k + 1].word
        if said in ONE_OTHER or said == "of" and rest[k + 2].word in ("them", "the", "my", "those"):
            raise ToolInputError(
                "what each of the others owes you depends on whether the price is of the whole or of one each. "
                "Say the whole amount paid, or the price of one, and ask again."
            )
