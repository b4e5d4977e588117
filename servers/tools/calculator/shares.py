"""An amount shared in a ratio, told as people say it: 'Split $45 of pocket money between my three kids in the
ratio 2:3:4. How much does the one with the smallest share get?', 'Ann and Ben share 90 in the ratio 2:1. How much
does Ann get?', 'divide 600 among Amy, Ben and Cal in a 3:2:1 ratio'.

The split is one sentence: a verb of sharing, one amount (with what it is of: 'of pocket money'), who shares it
(names, or a group: 'my three kids', '4 friends'), and the ratio. Who shares must agree with the ratio: three
names or 'three kids' against a ratio of two parts is declined, not shared. The question after it may ask for every
share (or there is none), for a named one's share (names are given the ratio's parts in order), or for the
smallest or largest share. A difference between shares ('how much more'), a share for someone not named, or any
other number declines the reading.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.expression import Evaluation
from servers.tools.calculator.givens import PEOPLE
from servers.tools.calculator.grammar import Parser
from servers.tools.calculator.quantities import Quantity, show, singular
from servers.tools.calculator.reader import NotUnderstood
from servers.tools.calculator.solution import Solution, answer_for
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token
from servers.tools.inputs import ToolInputError

_VERBS = frozenset("split splits splitting divide divides divided dividing share shares shared sharing distribute "
                   "distributes distributed".split())  # fmt: skip
_LEADS = frozenset("i we you want to need have how do can should would like i'd we'd i'm we're am are going".split())
"""Words before the verb that are the asker's, never names ('I want to split ...')."""
_GROUPS = PEOPLE | frozenset("sons daughters sisters brothers partners nephews nieces grandkids".split())
_SHARERS = frozenset("between among amongst across in".split())
"""Words after the amount and what it is of: who shares it, or the ratio ('in the ratio')."""
_SMALL = frozenset("smallest least lowest smaller less littlest".split())
_LARGE = frozenset("largest biggest most highest larger bigger greatest".split())
_ALL = frozenset("each everyone everybody all shares".split())
_QUESTION = frozenset(
    "how much many does do did will would should get gets got receive receives is are the a one with who that "
    "share part portion of them us end up what what's whats be person kid child friend".split()
)
_SPOILERS = frozenset("more than difference fewer after before keep keeps kept except first then left rest "
                      "remaining off tax fee plus minus twice double half extra already".split())  # fmt: skip


def solve_ratio_split(tokens: list[Token], start: int) -> Solution | None:
    """Every share, or the one asked for, of an amount split in a ratio; None when the request is not that."""
    ask = question_start(tokens, start)
    if ask == start:
        ask = _closing_clause(tokens, start)  # '£2,400 split 1:2:3, biggest share?'
    if ask == start:
        ask = len(tokens) - 1  # one sentence, all of it the split
    words = {t.word for t in tokens[start:] if t.kind == "word"}
    if words & _SPOILERS or not words & _VERBS:
        return None
    split = _read_split(tokens, start, ask)
    if split is None:
        return None
    total, parts, names, count = split
    if count is not None and count != len(parts) or names and len(names) != len(parts):
        raise ToolInputError(f"the ratio has {len(parts)} parts but {len(names) or count} share it")
    if total.percent or total.value <= 0:
        return None
    whole = sum(parts, Fraction(0))
    shares = [Quantity(numbers.checked(Fraction(total.value) * p / whole), total.measure) for p in parts]
    ratio = ":".join(numbers.format_number(p) for p in parts)
    steps = [f"{ratio} is {len(parts)} parts of {numbers.format_number(whole)}; one part is "
             f"{show(Quantity(Fraction(total.value) / whole, total.measure), exact=True)}"]  # fmt: skip
    labels = names or [f"{numbers.format_number(p)} parts" for p in parts]
    steps += [f"{label}: {show(s, exact=True)}" for label, s in zip(labels, shares, strict=True)]
    expression = f"{show(total, exact=True)} in the ratio {ratio}"
    chosen = _asked(tokens, ask, parts, names) if ask < len(tokens) - 1 else "all"
    if chosen is None:
        return None
    if chosen == "all":
        shown = [show(s) for s in shares]
        if names:
            shown = [f"{name} {text}" for name, text in zip(names, shown, strict=True)]
        solution = Solution(", ".join(shown[:-1]) + f" and {shown[-1]}", None, "ratio split", expression, steps)
        solution.values = {f"share_{k}": s.value for k, s in enumerate(shares, 1)}
        return solution
    assert isinstance(chosen, int)
    who = f" ({names[chosen]})" if names else ""
    return answer_for(shares[chosen], "ratio split", expression, steps, suffix=who)


def _read_split(
    tokens: list[Token], start: int, ask: int
) -> tuple[Quantity, list[Fraction], list[str], int | None] | None:
    """The amount, the ratio's parts, the names sharing (in order) and a group's count, from the split sentence."""
    told = _amount_first(tokens, start)  # '£2,400 split 1:2:3', '£1,200 is shared between Ann and Ben ...'
    names: list[str] = []
    if told is not None:
        total, i = told
    else:
        verb = next((j for j in range(start, min(start + 6, ask)) if tokens[j].word in _VERBS), None)
        if verb is None or any(t.kind != "word" and t.text != "," for t in tokens[start:verb]):
            return None
        names, after = _names(tokens, start)  # 'Ann and Ben share 90 ...'; else who shares is said later, or a
        if after != verb:  # subject that does not share is read past: 'Gran is sharing 600 between ...'
            names = []
        i = verb + 1
        i += tokens[i].word in ("the", "our", "my", "this", "that", "a", "an")  # 'split the $1,200 bonus'
        amount = _amount_at(tokens, i)
        if amount is None:
            return None
        total, i = amount
        if tokens[i].word == "of" or tokens[i].kind == "word" and tokens[i].word not in _SHARERS:
            j = i + (tokens[i].word == "of")  # 'of pocket money', 'bonus': what the amount is, up to three words
            while j < i + 4 and tokens[j].kind == "word" and tokens[j].word not in _SHARERS:
                j += 1
            i = j
    count: int | None = None
    parts: list[Fraction] | None = None
    for _ in range(2):  # who shares and the ratio, in either order: 'split £560 3:4 between Jo and me'
        if tokens[i].word in _SHARERS and tokens[i].word != "in" and not names and count is None:
            names, count, i = _sharers(tokens, i + 1)
        elif parts is None:
            i += tokens[i].text == ","
            found = _ratio_phrase(tokens, i)
            if found is None:
                return None
            parts, i = found
        i += tokens[i].text == "," and parts is not None and tokens[i + 1].word in _SHARERS
    if parts is None:
        return None
    i += tokens[i].text in (".", "?", "!", ",")
    return (total, parts, names, count) if i >= ask else None


def _closing_clause(tokens: list[Token], start: int) -> int:
    """Where a last clause after a comma or dash starts when it names a share and holds no figure, or ``start``."""
    for k in range(len(tokens) - 2, start, -1):
        if tokens[k].kind not in ("word", "symbol", "end") or tokens[k].text == ":":
            return start
        if tokens[k].text in (",", "-", "—"):
            words = {t.word for t in tokens[k + 1 :]}
            return k + 1 if words & (_SMALL | _LARGE | {"share"}) else start
    return start


def _amount_at(tokens: list[Token], i: int) -> tuple[Quantity, int] | None:
    if tokens[i].kind not in ("number", "currency"):
        return None
    reader = Parser(tokens, i, relations=False)
    try:
        return Evaluation().value(reader.unary()), reader.i
    except (NotUnderstood, ToolInputError):
        return None


def _amount_first(tokens: list[Token], start: int) -> tuple[Quantity, int] | None:
    """An amount that opens the split, then its verb: '£2,400 split 1:2:3', '£1,200 is to be shared between ...'."""
    amount = _amount_at(tokens, start)
    if amount is None:
        return None
    total, i = amount
    while tokens[i].word in ("is", "was", "to", "be", "being", "gets", "get"):
        i += 1
    return (total, i + 1) if tokens[i].word in _VERBS and i > amount[1] - 1 else None


def _names(tokens: list[Token], i: int) -> tuple[list[str], int]:
    """'Ann, Ben and Cal': capitalised single words separated by commas and 'and' (at least two)."""
    names: list[str] = []
    while tokens[i].kind == "word" and tokens[i].text[:1].isupper() and tokens[i].word not in _LEADS | _VERBS:
        names.append(tokens[i].text)
        i += 1
        if tokens[i].text == "," and tokens[i + 1].word == "and":
            i += 2
        elif tokens[i].word == "and" or tokens[i].text == "," and _name_like(tokens[i + 1]):
            i += 1
        else:
            break  # 'between Ann and Ben, what's ...': the comma closes the names
    return (names, i) if len(names) >= 2 and tokens[i - 1].kind == "word" else ([], i)


def _name_like(token: Token) -> bool:
    return token.kind == "word" and token.text[:1].isupper() and token.word not in _LEADS | _VERBS | _ASKING


_ASKING = frozenset("what what's whats which who".split())


def _sharers(tokens: list[Token], i: int) -> tuple[list[str], int | None, int]:
    """After 'between': names ('Ann and Ben'), or a group with its count ('my three kids', 'the 4 of us')."""
    names, after = _names(tokens, i)
    if names:
        return names, None, after
    j = i
    j += tokens[j].word in ("my", "our", "the", "his", "her", "their")
    if tokens[j].kind == "number" and tokens[j].value.denominator == 1:
        count = int(tokens[j].value)
        if tokens[j + 1].word == "of" and tokens[j + 2].word in ("us", "them"):
            return [], count, j + 3
        noun = tokens[j + 1].word
        if noun in _GROUPS or noun.isalpha() and singular(noun) != noun:  # 'my three kids', '3 winners'
            return [], count, j + 2
        return [], None, i
    while j < i + 4 and tokens[j].kind == "word" and tokens[j].word not in ("in", "ratio"):
        j += 1  # 'between them', 'among the team': who shares, without a count to check
    return [], None, j


def _ratio_phrase(tokens: list[Token], i: int) -> tuple[list[Fraction], int] | None:
    """'in the ratio 2:3', 'in a ratio of 1:2:3', 'in a 3:2:1 ratio', 'ratio 2:3' (after a comma)."""
    reader = Parser(tokens, i, relations=False)
    try:
        if reader.take("in", "the", "ratio") or reader.take("in", "a", "ratio") or reader.take("in", "ratio"):
            reader.take("of")
            return _ratio(reader), reader.i
        if reader.take("ratio"):
            reader.take("of")
            return _ratio(reader), reader.i
        if reader.take("in", "a") or reader.take("in", "the"):
            parts = _ratio(reader)
            return (parts, reader.i) if reader.take("ratio") else None
        first = reader.peek()
        if first.kind == "clock" or first.kind == "number" and tokens[reader.i + 1].text == ":":
            return _ratio(reader), reader.i  # '3:4' said bare, its colon marking it a ratio
    except NotUnderstood:
        return None
    return None


def _ratio(reader: Parser) -> list[Fraction]:
    """'2:3', '1:2:3', '2 to 3', '3 : 1'; a clock-like '1:20' is the ratio 1:20."""
    parts: list[Fraction] = []
    while True:
        token = reader.peek()
        if token.kind == "clock":
            parts += [Fraction(int(p)) for p in token.text.split(":")]
        elif token.kind == "number":
            parts.append(token.value)
        else:
            raise reader.fail("a ratio such as 2:3")
        reader.i += 1
        if not (reader.take(":") or reader.take("to")):
            break
    if len(parts) < 2 or len(parts) > 20 or any(p <= 0 for p in parts):
        raise NotUnderstood(reader.i, "a ratio of two or more positive numbers")
    return parts


def _asked(tokens: list[Token], ask: int, parts: list[Fraction], names: list[str]) -> int | str | None:
    """Which share the question asks for: an index, 'all', or None when it asks something else."""
    asked = [t for t in tokens[ask:] if t.kind in ("word", "number", "clock", "currency", "ordinal")]
    if any(t.kind != "word" and t.text.lower() != "one" for t in asked):
        return None  # 'the one with the smallest share' is a pronoun; any other number is not the split's
    words = [t.word or t.text.lower() for t in asked]
    if not ("how" in words or "what" in words or "what's" in words or "whats" in words):
        words = [w.removesuffix("'s") for w in words]  # 'Ben's share?'
        if not set(words) - {"the", "share", "part", "portion"} - {n.lower() for n in names} <= _SMALL | _LARGE:
            return None  # 'biggest share?', 'Ben's share?': the question said by its noun alone
    named = [k for k, name in enumerate(names) if name.lower() in words]
    small, large = bool(set(words) & _SMALL), bool(set(words) & _LARGE)
    picks = len(named) + small + large + bool(set(words) & _ALL)
    if picks != 1 or (set(words) & {"smaller", "larger", "bigger", "less"} and len(parts) != 2):
        return None  # nothing or two things asked; 'the smaller' of three shares is not one
    rest = set(words) - _QUESTION - _SMALL - _LARGE - _ALL - {n.lower() for n in names}
    if any(w not in _GROUPS and singular(w) not in _GROUPS for w in rest):
        return None  # 'how much does the oldest get': someone the split does not name
    if named:
        return named[0]
    if small or large:
        value = min(parts) if small else max(parts)
        if names and parts.count(value) > 1:
            return None  # two people share the smallest part: naming one would be wrong
        return parts.index(value)
    return "all"
