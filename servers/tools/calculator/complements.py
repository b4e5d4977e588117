"""The rest of a counted group, or the part said of it: 'Out of 80 apples, 20 were rotten. How many were not
rotten?', 'In a group of 40 people, 15 walk to work. How many don't walk to work?', 'A class has 30 students and 12
are boys. What percent are the rest?', 'A team won 12 of 20 games. What percentage did they win?'.

A group is one count of things (``30 students``, ``20 games``); the part is a count or a percentage of it, with
the words that say what the part is or did (``are boys``, ``won``, ``were rotten``). The question asks how many, or
what percentage, and of which part: the part said ('did they win', with its verb in another form), or the part said
negated ('how many did not walk', 'the rest', 'the others'). A question about another part — an opposite word
('girls' of 'boys', 'lose' of 'won', 'no' of 'yes') as much as a new one ('teachers') — is declined: games can be
drawn and voters abstain, so the other part is never taken to be the rest.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.givens import PEOPLE, Given, givens_or_none
from servers.tools.calculator.quantities import plural, singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.stories import question_start
from servers.tools.calculator.tokens import Token

_FORMS: tuple[frozenset[str], ...] = tuple(
    frozenset(forms.split())
    for forms in (
        "won win wins winning", "lost lose loses losing", "passed pass passes passing", "failed fail fails failing",
        "voted vote votes voting", "said say says saying", "walked walk walks walking",
    )
)  # fmt: skip
"""A verb's forms, so the question's 'win' is the story's 'won'."""
_NEGATIONS = frozenset("not didn't don't doesn't wasn't weren't aren't isn't haven't hasn't never".split())
_REST = frozenset("rest others other remaining remainder".split())
_FILLERS = frozenset(
    "are is were was will would did do does have has had of them those these the there in it that they he she we "
    "i you who get got make made score scored be been a an".split()
)
_COMPARED = frozenset(
    "more less fewer than increase decrease increased decreased up down off extra bigger smaller last next ago "
    "before after average each per".split()
)
_PERCENT_ASKS = (("what", "percent"), ("what", "percentage"), ("what", "%"), ("how", "many", "percent"))


def solve_complement(tokens: list[Token], start: int) -> Solution | None:
    """How many (or what percentage) of a group are in the part asked for; None unless the request is that."""
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    if len(givens) != 2 or any(g.quantity.measure is not None for g in givens):
        return None
    if any(t.word in _COMPARED for t in tokens[start:]):
        return None  # '600 is 20% more than last year': a percentage of another amount, not a part of this group
    ask = question_start(tokens, start)
    if ask == start or any(g.start >= ask for g in givens):
        return None  # the question is a sentence of its own, after every number
    group = _group(tokens, givens)
    asked = _asked(tokens, ask)
    if group is None or asked is None:
        return None
    whole, part, said, noun = group
    percent, words = asked
    rest = _side(words, said, noun)
    if rest is None:
        return None
    share = 1 - part if rest else part
    if percent:
        value = numbers.checked(share * 100)
        shown = numbers.format_number(value)
        steps = [f"{numbers.format_number(share)} × 100 = {shown}%"]
        solution = Solution(f"{shown}%", value, "part of a group", steps[0].split(" =")[0], steps, "%")
    else:
        value = numbers.checked(share * whole)
        if not numbers.is_integer(value):
            return None  # '40% of 27 students' is no whole number of them: the numbers do not fit
        shown = numbers.format_number(value)
        expression = f"{numbers.format_number(share)} × {numbers.format_number(whole)}"
        solution = Solution(shown, value, "part of a group", expression, [f"{expression} = {shown}"])
    return solution


def _group(tokens: list[Token], givens: list[Given]) -> tuple[Fraction, Fraction, set[str], str] | None:
    """The group's size, the part as a fraction of it, the words that say what the part is or did, and the
    group's noun."""
    first, second = givens
    if first.quantity.percent:
        return None
    if second.quantity.percent:
        if not first.noun or not 0 <= second.quantity.value <= 1:
            return None
        return Fraction(first.quantity.value), Fraction(second.quantity.value), set(second.after), first.noun
    if first.after[:1] == ("of",) or first.after[:2] == ("out", "of"):  # 'won 12 of 20 games'
        if second.start - first.end > 2 or not second.noun:
            return None
        whole, part, noun = Fraction(second.quantity.value), Fraction(first.quantity.value), second.noun
        said = set(first.before[-1:])  # the verb: 'won' in 'a team won 12 of 20 games'
    elif first.noun and (said := _part_words(first, second, tokens)):  # 'a class has 30 students and 12 are boys'
        whole, part, noun = Fraction(first.quantity.value), Fraction(second.quantity.value), first.noun
    else:
        return None
    if whole <= 0 or not 0 <= part <= whole:
        return None
    return whole, part / whole, said, noun


def _part_words(whole: Given, part: Given, tokens: list[Token]) -> set[str]:
    """What the part of a group is or did: '30 students and 12 are boys', 'Out of 80 apples, 20 were rotten', '40
    people, 15 walk to work', 'played 20 games and won 12'; empty when the part counts something else."""
    written = tokens[part.start + 1].word
    other = singular(written) != written or written in PEOPLE or part.quantity.value == 1  # '1 pear' is a noun
    if part.noun and part.noun != whole.noun and other:
        return set()  # '20 apples and 5 pears', '30 students and 12 teachers': another noun, not what they do
    between = [t for t in tokens[whole.end : part.start] if t.text not in (",", ";")]
    if any(t.kind != "word" for t in between) or len(between) > 5:
        return set()
    said: set[str] = set()
    if between and tokens[part.start - 1].kind == "word" and between[-1].word not in ("and", "of", "them", "those"):
        said.add(between[-1].word)  # 'and won 12': the verb before the part ('in the crate, 9 were ...' has none)
    k = part.start + 1
    if tokens[k].word == "of" and tokens[k + 1].word in ("them", "those", "these"):
        k += 2  # 'won 10 of them'
    while tokens[k].kind == "word" and len(said) < 12:
        said.add(tokens[k].word)
        k += 1
    return said if tokens[k].text in (".", ";", "?", "!", ",") or tokens[k].kind == "end" else set()


def _asked(tokens: list[Token], ask: int) -> tuple[bool, list[str]] | None:
    """Whether a percentage is asked (else a count), and the question's words after its ask."""
    if any(t.kind in ("number", "currency", "clock", "date") and t.text.lower() != "one" for t in tokens[ask:]):
        return None
    words = [t.word or t.text for t in tokens[ask:] if t.kind in ("word", "symbol") and t.text not in "?.!,"]
    for k in range(len(words)):
        for phrase in _PERCENT_ASKS:
            if tuple(words[k : k + len(phrase)]) == phrase:
                return True, words[k + len(phrase) :]
        if words[k : k + 2] == ["how", "many"]:
            return False, words[k + 2 :]
    return None


def _side(words: list[str], said: set[str], noun: str) -> bool | None:
    """Whether the rest of the group is asked (else the part said); None when the question asks something else."""
    nouns = {noun, plural(noun)} | (set(PEOPLE) if noun == "people" else set[str]())
    matched: set[str] = set()
    for word in words:
        if word in _FILLERS or word in _NEGATIONS or word in _REST or word in nouns or singular(word) in nouns:
            continue
        forms = next((f for f in _FORMS if word in f), frozenset({word}))
        if not said & forms:
            return None  # 'how many girls', 'how many teachers': a part the request never said
        matched |= said & forms
    echoed = bool(matched)
    if echoed and said - _FILLERS - nouns - matched:
        return None  # 'how many voted' of '28 voted yes': only part of what the part is said to be
    negated, rest = bool(set(words) & _NEGATIONS), bool(set(words) & _REST)
    if negated and rest:
        return None
    if rest:
        return None if echoed else True  # 'what percentage were the others'
    return True if negated else (False if echoed else None)
