"""Who or what a story is about, said before what it did: 'The giraffe gets 4.5 kg of browse a day', 'An elephant
drinks 150 litres a day', 'My little one has a temperature of 38.5 C', 'One pupil attended 152 out of 178 sessions'.

The readers know the story told of a person ('She gets 4.5 kg a day'), but the one it is about is an open class
no list can hold, so they stop at it. When the request cannot be read as written, it is read again with such an
opening said as 'She': a determiner ('the', 'a', 'my', 'one', ...), up to three plain words naming one thing (no
number, unit, or word that could change a sum) and then the story's verb. A plural subject is never replaced ('My
kids eat 2 slices each'): how many there are would be a number of the sum. Nor is a request that shares anything
out ('each', 'split', 'between'). What is left must account for every number in it, as any reading must.
"""

from __future__ import annotations

from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.preambles import CARRIES
from servers.tools.calculator.quantities import lookup, singular
from servers.tools.calculator.tokens import Token

_DETERMINERS = frozenset("the a an my our his her their your this that one".split())
_SUBJECT_WORDS = 3
_SHARED = frozenset("each per split share shared sharing between among apiece everyone everybody head".split())
_VERBS = frozenset(
    "is was has had does did gets got takes took makes made needs needed uses used eats ate drinks drank runs ran "
    "goes went covers covered weighs weighed measures measured holds held burns burnt burned earns earned".split()
)
"""Verbs of a story that do not end as most do ('-s', '-ed'); a verb that does is read by its ending."""
_REPORTING = frozenset(
    "says said reads read shows showed states stated lists listed quotes quoted tells told asks asked recommends "
    "recommended suggests suggested specifies specified".split()
)
"""Verbs that report what a label, recipe or form says: its words are the request's content, not a story."""
_QUALIFIERS = frozenset(
    "uk us usa british american imperial metric english european australian canadian fan conventional gas old "
    "new".split()
)
"""Words of a subject that may decide a unit or a reading ('the UK recipe', 'the fan oven'): never set aside."""
_SUMS = frozenset(
    "bill tab invoice total subtotal sum rent salary wage budget balance loan mortgage income fare order value "
    "profit revenue takings turnover debt savings account".split()
)
"""Subjects that are themselves amounts ('The bill comes to £84'): what they name is part of the sum."""


def as_pronoun(text: str, tokens: list[Token]) -> str | None:
    """``text`` with the one its story is about said as 'She', or None when it opens with no such subject."""
    if any(t.word in _SHARED for t in tokens) or len(tokens) < 4:
        return None
    if tokens[0].text.lower() not in _DETERMINERS:
        return None
    verb = 1
    while verb < 1 + _SUBJECT_WORDS and _named(tokens, verb) and not _verb(tokens[verb], tokens[verb + 1]):
        verb += 1
    head = tokens[verb - 1]
    if verb == 1 or verb + 1 >= len(tokens) or not _verb(tokens[verb], tokens[verb + 1]):
        return None
    if tokens[verb].word in _REPORTING or any(t.word in _QUALIFIERS for t in tokens[1:verb]):
        return None  # 'The UK recipe says 2 pints': what says it, and how, decides the pint
    if singular(head.word) != head.word and not head.word.endswith("ss"):
        return None  # 'The kids eat ...': how many of them is a number of the sum
    return "She " + text[tokens[verb].start :]


def _named(tokens: list[Token], i: int) -> bool:
    """A word of the subject: plain, or 'one' after one ('my little one', 'the eldest one')."""
    if tokens[i].text.lower() == "one":
        return i > 1 and _plain(tokens[i - 1])
    return _plain(tokens[i])


def _verb(token: Token, after: Token) -> bool:
    """The story's verb: a plain word, known or ending as verbs do, with more of the sentence after it."""
    if not _plain(token) or after.kind == "end":
        return False
    word = token.word
    return word in _VERBS or (len(word) > 3 and word.endswith(("s", "ed")) and not word.endswith("ss"))


def _plain(token: Token) -> bool:
    """A word of the scene: no number, unit, or word that could change the arithmetic."""
    word = token.word
    if token.kind != "word" or not word.isalpha() or word in CHANGES or word in CARRIES or word in _SUMS:
        return False
    return lookup(word, short=False) is None
