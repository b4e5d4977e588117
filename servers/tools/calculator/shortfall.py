"""How many more are needed, from what is had and what is needed: "I've got three quarters of a 24-pack of balloons
left and need 30 for the hall. how many more do I need to buy?" → 30 − ¾ × 24 = 12.

What is had is said after a verb of having ('I've got', 'we have', 'there are') as a count or as a share of a pack
('three quarters of a 24-pack', 'half a 12-pack'); what is needed after 'need' or 'want'. The question asks how
many more. Only those two numbers: a share that is not a whole number of things, more had than needed, packs asked
for instead of things, or a word that changes either amount ('each', 'lost', 'used', 'twice') declines.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.amounts import FRACTION_WORDS
from servers.tools.calculator.asked_periods import new_period_asked
from servers.tools.calculator.quantities import singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import has_phrase, question_start, question_words
from servers.tools.calculator.tokens import Token

_HAVING = frozenset("got have has had i've we've there's".split())
_NEEDING = frozenset("need needs want wants".split())
_SPOILERS = frozenset(
    "each per every plus minus lost lose broke broken popped burst used use gave give twice double triple extra "
    "spare already packs boxes bags dozen percent price cost costs".split()
)
_PACK = frozenset("pack packet box bag tub".split())


def solve_shortfall(tokens: list[Token], start: int) -> Solution | None:
    """What is needed less what is had; None unless the request is exactly that."""
    if new_period_asked(tokens, start):
        return None  # asked per another period than the story's
    asked = question_words(tokens, start)
    if not has_phrase(asked, "how many more"):
        return None
    ask = question_start(tokens, start)
    if any(t.word in _SPOILERS for t in tokens[start:-1]):
        return None
    had: Fraction | None = None
    wanted = kept = ""
    needed: Fraction | None = None
    shown = ""
    i = start
    while i < ask:
        token = tokens[i]
        if token.kind != "number":
            if token.kind not in ("word", "symbol"):
                return None
            i += 1
            continue
        verb = _verb_before(tokens, i, start)
        if verb in _HAVING and had is None:
            found = _had_at(tokens, i)
            if found is None:
                return None
            had, i, shown = found
            kept = _noun(tokens, i + (tokens[i].word == "of"))
        elif verb in _NEEDING and needed is None:
            needed, i = Fraction(token.value), i + 1
            wanted = _noun(tokens, i)
        else:
            return None
    if any(t.kind in ("number", "currency") for t in tokens[ask:]):
        return None
    if had is None or needed is None or not numbers.is_integer(had) or not 0 <= had < needed:
        return None
    if kept and wanted and singular(kept) != singular(wanted):
        return None  # '18 balloons ... need 30 chairs': two different things
    more = needed - had
    steps = [f"had: {shown}", f"{numbers.format_number(needed)} − {numbers.format_number(had)} = "
             f"{numbers.format_number(more)} more"]  # fmt: skip
    expression = f"{numbers.format_number(needed)} - {numbers.format_number(had)}"
    return Solution(f"{numbers.format_number(more)} more", more, "how many more", expression, steps)


_NOT_NOUNS = frozenset("for to of and in at on the a an more left so but or".split())


def _noun(tokens: list[Token], at: int) -> str:
    """The thing counted, said right after its number ('18 balloons'); '' when none is said."""
    token = tokens[at]
    return token.word if token.kind == "word" and token.word not in _NOT_NOUNS else ""


def _verb_before(tokens: list[Token], at: int, start: int) -> str:
    """The nearest word of having or needing before the number at ``at``, within its clause; '' for none."""
    k = at - 1
    while k >= start and tokens[k].text not in (",", ".", ";") and k > at - 6:
        if tokens[k].word in _HAVING or tokens[k].word in _NEEDING:
            return tokens[k].word
        k -= 1
    return ""


def _had_at(tokens: list[Token], i: int) -> tuple[Fraction, int, str] | None:
    """A count ('18') or a share of a pack ('three quarters of a 24-pack', 'half a 12-pack') at ``i``: how many,
    the index after it, and how it reads."""
    count = Fraction(tokens[i].value)
    share_word = tokens[i + 1].word
    if share_word in FRACTION_WORDS and share_word.endswith("s") and tokens[i + 2].word == "of":
        at = i + 3 + (tokens[i + 3].word in ("a", "an", "the", "my", "our"))
        size = _pack_at(tokens, at)
        if size is None:
            return None
        share = count / FRACTION_WORDS[share_word]
        if not 0 < share < 1:
            return None
        return share * size, at + 3, f"{numbers.format_number(share)} × {numbers.format_number(size)}"
    return count, i + 1, numbers.format_number(count)


def _pack_at(tokens: list[Token], at: int) -> Fraction | None:
    """'24-pack' at ``at``: the number of things in the pack."""
    number, dash, pack = tokens[at], tokens[at + 1], tokens[at + 2]
    if number.kind == "number" and dash.text == "-" and pack.word in _PACK:
        return Fraction(number.value)
    return None
