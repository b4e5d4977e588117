"""A party counted with the speaker in it: 'me and 3 mates' is four people, not three.

People say who shares a bill or a cost by naming the others and adding themselves ('me and 3 mates', 'my 2 kids
and I', 'myself and four friends'). Read by its number alone, such a party is one short: a bill 'split between me
and 3 friends' was split three ways. Before any reader sees the request, the party is replaced in place by its
whole count ('4 people'), and the working says so. When the party is counted again later ('each of the four of
us') and the counts agree, the second count is only said again, and is set aside; when they disagree, both stay,
and the readers decline what they cannot place.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from servers.tools.calculator import numbers, split_company
from servers.tools.calculator.givens import PEOPLE
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token, tokenize

COMPANY = (PEOPLE - {"us", "of_us", "ways"}) | frozenset(
    "mates mate pals pal buddies buddy brothers brother sisters sister sons son daughters daughter cousins cousin "
    "neighbours neighbors classmates workmates".split()
)
"""Nouns for the others in a party; 'of us' and 'ways' already count everyone."""

_SELF = frozenset({"me", "myself"})
_SELF_AFTER = frozenset({"me", "myself", "i"})
_OWNERS = frozenset({"my", "our"})


@dataclass(frozen=True)
class Party:
    """A party the speaker is in: ``others`` named beside them, said as ``said``."""

    others: int
    said: str

    @property
    def step(self) -> str:
        whole = self.others + 1
        return f"{self.said}: {self.others} + 1 = {whole} {'person' if whole == 1 else 'people'}"


def count_party(tokens: list[Token]) -> Party | split_company.Counted | None:
    """Replace, in place, the first party said with the speaker ('me and 3 mates') by its whole count ('4 people'),
    and set aside a later count of the same party ('the four of us'); the party read, or None. The others a speaker
    shares with ('Split £90 with my two brothers') are ``split_company``'s."""
    for k in range(len(tokens) - 1):
        found = _party_at(tokens, k)
        if found is None:
            continue
        end, others = found
        said = " ".join(t.text for t in tokens[k:end])
        whole = Fraction(others + 1)
        tokens[k:end] = [
            Token("number", str(whole), tokens[k].start, value=whole),
            Token("word", "people", tokens[end - 1].start),
        ]
        _drop_restated(tokens, k + 2, others + 1)
        _drop_ways(tokens, k + 2, others + 1)
        split_company.refuse_others_owing(tokens, k + 2)  # 'for me and 2 friends ... each friend owe me?'
        return Party(others, said)
    return _with_company(tokens) or split_company.count_company(tokens)


def _with_company(tokens: list[Token]) -> Party | None:
    """'went out w/ 4 mates, ... between the five of us': company named after 'with' counts the speaker only when
    the party is counted again with them in it; the later count stays and the company is set aside."""
    for k in range(len(tokens) - 1):
        at = k + 1 + (tokens[k].word == "w" and tokens[k + 1].text == "/")
        if tokens[k].word not in ("with", "w") or at == k + 1 and tokens[k].word == "w":
            continue
        found = _others(tokens, at + (tokens[at].word in _OWNERS))
        if found is None:
            continue
        end, others = found
        rest = tokens[end:]
        if _drop_restated(rest, 0, others + 1, keep=True):
            said = " ".join(t.text for t in tokens[k:end]).replace("w /", "w/")
            del tokens[k:end]
            return Party(others, said)
    return None


def _party_at(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """Where a party said from ``k`` ends and how many others it names, or None."""
    if tokens[k].word in _SELF and tokens[k + 1].word == "and":
        at = k + 2 + (tokens[k + 2].word in _OWNERS)
        if tokens[at].word == "the" and tokens[at + 1].word == "other":
            return _the_others(tokens, at + 2)  # 'me and the other three mechanics'
        others = _others(tokens, at)
        return None if others is None else (others[0], others[1])
    if tokens[k].kind == "number" and (k == 0 or tokens[k - 1].word not in _BEFORE_COUNT) and not _listed(tokens, k):
        others = _others(tokens, k)
        if others is None:
            return None
        end, count = others
        if tokens[end].word == "and" and tokens[end + 1].word in _SELF_AFTER:
            return end + 2, count
    return None


_BEFORE_COUNT = frozenset("of than by".split())
"""'one of 3 friends and me', 'more than 3 friends and I': the number is not the party's."""


def _listed(tokens: list[Token], k: int) -> bool:
    """'my wife, my 2 sons and I': the number at ``k`` ends a longer list, which ``split_company`` counts whole."""
    j = k - (k > 0 and tokens[k - 1].word in _OWNERS)
    if j < 2 or tokens[j - 1].text != "," and tokens[j - 1].word != "and":
        return False
    before = tokens[j - 2].word  # 'Pizza £40, 2 mates and me' is no list: only a member before it makes one
    return before in split_company.ONE_OTHER or before in split_company.MANY_OTHERS or before in _SELF_AFTER


def _others(tokens: list[Token], at: int) -> tuple[int, int] | None:
    """'3 mates', '3 other friends' from ``at``: where they end and how many, or None."""
    number = tokens[at]
    if number.kind != "number" or not numbers.is_integer(number.value) or not 0 < number.value < 1000:
        return None
    other = tokens[at + 1].word == "other"
    at += 1 + other
    if other and tokens[at].kind == "word" and tokens[at].word.endswith("s") and tokens[at].word not in _NOT_OTHERS:
        return at + 1, int(number.value)  # 'me and 2 other trucks': the speaker is one more of the same kind
    if tokens[at].word not in COMPANY or tokens[at].word in ("person", "people") and tokens[at - 1].word != "other":
        return None  # '3 people and me' may already count me; '3 other people and me' does not
    return at + 1, int(number.value)


def _the_others(tokens: list[Token], at: int) -> tuple[int, int] | None:
    """'the other three mechanics', 'the other 2' from the number at ``at``: where they end and how many, or None.
    Said with 'the other' they are the rest of a party the speaker is in, whatever noun names them."""
    number, noun = tokens[at], tokens[at + 1]
    if number.kind != "number" or not numbers.is_integer(number.value) or not 0 < number.value < 1000:
        return None
    if noun.kind == "word" and noun.word.isalpha():
        if not noun.word.endswith("s") or noun.word in _NOT_OTHERS:
            return None  # 'me and the other 2 days': not people
        return at + 2, int(number.value)
    return at + 1, int(number.value)


_NOT_OTHERS = frozenset("days weeks months years hours minutes times things items ones".split())
"""'me and 2 other days': not others who share, but a count of something else."""

_RESTATED = (("the",), ("all",), ("all", "the"))


def _drop_restated(tokens: list[Token], at: int, whole: int, *, keep: bool = False) -> bool:
    """'... each of the four of us': the party counted again with the same number is only said again, and set aside
    (unless ``keep``); whether it was found."""
    k = at
    while k < len(tokens) - 2:
        for lead in _RESTATED:
            n = len(lead)
            number = tokens[k + n]
            if (
                all(tokens[k + j].word == w for j, w in enumerate(lead))
                and number.kind == "number"
                and number.value == whole
                and tokens[k + n + 1].word == "of"
                and tokens[k + n + 2].word in ("us", "you", "them")
            ):
                if not keep:
                    del tokens[k : k + n + 2]  # 'the four of us' is 'us'
                return True
        k += 1
    return False


def _drop_ways(tokens: list[Token], at: int, whole: int) -> None:
    """'Me and my two brothers split it three ways': the ways, in the party's sentence and the same number, only say
    the party again, and are set aside; a different number is left to disagree."""
    k = split_company.ways_at(tokens, at - 1)
    if k is not None and tokens[k].value == whole:
        del tokens[k : k + 2]


def show_party(request: str, solution: Solution) -> None:
    """Put the count of a party said with the speaker at the head of ``solution``'s working, as it was read."""
    party = count_party(tokenize(request))
    if party is not None:
        solution.steps.insert(0, party.step)
