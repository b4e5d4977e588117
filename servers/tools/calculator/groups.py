"""A percentage of a counted group: "a school has 800 students and 35% walk to school, how many walk?", and the
share a part is of its group: "18 of the 24 players showed up, what percent is that?".

The group is one count of something (``800 students``), the percentage says what part of it does something
(``35% walk to school``), and the question asks how many do *that*: its words after "how many" must all be
among the words that follow the percentage (or name the group). A question about another part ("how many
girls", "how many said no") is not the part given, and is left to be declined rather than guessed.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import numbers
from servers.tools.calculator.frames import has_word
from servers.tools.calculator.givens import PEOPLE, Given, givens_or_none
from servers.tools.calculator.quantities import percent_shown, plural, show, singular
from servers.tools.calculator.solution import Solution, note_percent_rounded
from servers.tools.calculator.tokens import Token

_QUESTION_FILLERS = frozenset("are is were was will would did do does of them those these the there in it that".split())
_CLAUSE_ENDS = frozenset({"?", ".", ",", ";", "!"})


def solve_group_share(tokens: list[Token], start: int) -> Solution | None:
    """The number in a group that a percentage of it names; None unless the request is exactly that."""
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    if len(givens) != 2 or not givens[0].noun or not givens[1].quantity.percent:
        return None
    group, part = givens
    if group.quantity.measure is not None or not 0 < part.quantity.value <= 1:
        return None
    if any(t.word in _COMPARED for t in tokens[start:]):
        return None  # '600 is 20% more than last year': a percentage of another amount, not a part of this group
    asked = _asked_words(tokens, start)
    if not asked or any(w in ("not", "don't", "didn't", "doesn't", "no", "other", "rest") for w in asked):
        return None
    nouns: set[str] = {group.noun, plural(group.noun)} | (set(PEOPLE) if group.noun == "people" else set[str]())
    said: set[str] = set(part.after) | nouns
    if any(w not in said and w not in _QUESTION_FILLERS and singular(w) not in nouns for w in asked):
        return None
    if not (set(asked) - _QUESTION_FILLERS) & set(part.after):
        return None  # 'how many students are there' asks for the group, which is given ('are' says nothing)
    value = numbers.checked(group.quantity.value * part.quantity.value)
    count = numbers.format_number(value)
    noun = "people" if group.noun == "people" else plural(group.noun)
    whole = f"{numbers.format_number(group.quantity.value)} {noun}"
    step = f"{show(part.quantity)} of {whole} = {count}"
    solution = Solution(count, value, "share of a group", f"{show(part.quantity)} * {whole}", [step])
    if not numbers.is_integer(value):
        solution.notes.append("the percentage does not give a whole number of the group")
    return solution


_COMPARED = frozenset(
    "more less fewer than increase decrease increased decreased up down off extra bigger smaller".split()
)
_SHARE_ASKS = ("what percent", "what percentage", "what %", "how many percent", "as a percentage", "in percent")
_SHARE_SPOILERS = frozenset(
    "not didn't don't doesn't wasn't weren't missed missing absent rest other others left remaining change increase "
    "decrease more less".split()
)


def solve_share_percent(tokens: list[Token], start: int) -> Solution | None:
    """'18 of the 24 players showed up, what percent is that?': a part of a counted whole, as a percentage."""
    if not has_word(tokens, start, *_SHARE_ASKS) or any(t.word in _SHARE_SPOILERS for t in tokens[start:]):
        return None
    givens = givens_or_none(tokens, start)
    if givens is None:
        return None
    if len(givens) != 2 or any(g.quantity.measure is not None or g.quantity.percent for g in givens):
        return None
    part, whole = givens
    joined = part.after in _JOINED  # '18 of the 24', '156 of our 240
    if not joined:
        whole, part = givens
        if not _part_said_after(tokens, start, whole, part):
            return None
    elif part.noun or whole.start - part.end > 3 or not _asks_about_what_was_said(tokens, start):
        return None
    if whole.quantity.value <= 0:
        return None
    if part.quantity.value > whole.quantity.value:
        return None
    share = numbers.checked(Fraction(part.quantity.value) / Fraction(whole.quantity.value) * 100)
    step = f"{numbers.format_number(part.quantity.value)} ÷ {numbers.format_number(whole.quantity.value)} × 100"
    exact = f"{numbers.format_number(share)}%"
    solution = Solution(percent_shown(share), share, "share of a group", step, [f"{step} = {exact}"], "%")
    note_percent_rounded(solution, share)
    return solution


_JOINED = frozenset(
    (*lead, *whose)
    for lead in (("of",), ("out", "of"))
    for whose in ((), ("the",), ("our",), ("my",), ("their",), ("your",), ("his",), ("her",))
)
_BETWEEN = frozenset({",", "and", ";", "-", "—", ":"})
_OF_THEM = (("of", "them"), ("of", "those"), ("of", "whom"), ("of", "these"))


def _part_said_after(tokens: list[Token], start: int, whole: Given, part: Given) -> bool:
    """'In a survey of 160 members, 56 said yes. What percentage is that?': a group, then how many of it did
    something, then a question about exactly those.

    The part counts the group's own things (no other noun), follows the group with only a comma or 'and'
    between, and the question after the percentage asks only about what the part's clause says, so 'what
    percent said no' or 'what percentage are boys' (another part) is not answered from it.
    """
    if not whole.noun or whole.count_per is not None or not _same_things(whole, tokens[part.start + 1]):
        return False
    between = range(whole.end + _participle(tokens, whole.end), part.start)  # '860 offers made, 301 were ...'
    if not all(tokens[k].text.lower() in _BETWEEN for k in between) or not between:
        return False
    clause: list[str] = []
    k = part.start + 1  # the part's count reader may have taken its verb for a noun ('56 said they')
    while tokens[k].kind == "word" and tokens[k].text not in _CLAUSE_ENDS and len(clause) < 12:
        clause.append(tokens[k].word)
        k += 1
    if tokens[k].kind != "end" and tokens[k].text not in _CLAUSE_ENDS or not clause:
        return False
    asked = _words_after_ask(tokens, k)
    if asked is None:
        return False
    nouns = {whole.noun, plural(whole.noun)} | (set(PEOPLE) if whole.noun == "people" else set[str]())
    said = set(clause) | nouns | _QUESTION_FILLERS | {"they", "he", "she", "who"}
    return all(w in said or singular(w) in nouns for w in asked) and part.quantity.value <= whole.quantity.value


_PARTICIPLES = frozenset("made sent given taken sold received done held run submitted".split())


def _participle(tokens: list[Token], at: int) -> int:
    """1 for a participle naming how the group came about ('offers made', 'emails sent'), said before the pause."""
    word = tokens[at].word
    return int((word in _PARTICIPLES or len(word) > 4 and word.endswith("ed")) and tokens[at + 1].text in (",", ";"))


_NEUTRAL = frozenset("they he she i we you who score scored get got have had make made correct right".split())


def _asks_about_what_was_said(tokens: list[Token], start: int) -> bool:
    """'won 12 of 20 games, what percentage did they lose?': a question word the problem never said is another part."""
    for i in range(start, len(tokens)):
        asked = _words_after_ask(tokens, i) if _ask_at(tokens, i) else None
        if asked is not None:  # the words said before the ask itself ('23 out of 28 passed. What % passed?')
            said = {t.word for t in tokens[start:i]}
            return all(w in said or w in _QUESTION_FILLERS or w in _NEUTRAL for w in asked)
    return True  # 'as a percentage' at the end, or the ask before the numbers: nothing more is asked


def _same_things(whole: Given, after: Token) -> bool:
    """Whether the part counts the group's own things: no noun after it ('56 said'), or the group's noun."""
    word = after.word
    if after.kind != "word" or word in (whole.noun, plural(whole.noun)) or singular(word) == whole.noun:
        return True
    if whole.noun == "people" and word in PEOPLE:
        return True
    return singular(word) == word and word not in PEOPLE  # a verb ('said', 'walk'), not another plural noun


def _words_after_ask(tokens: list[Token], start: int) -> list[str] | None:
    """The words of the question after its 'what percent(age)', up to the end; None when it is not the last clause."""
    for i in range(start, len(tokens)):
        for ask in _SHARE_ASKS:
            phrase = ask.split()
            if all(tokens[i + n].text.lower() == w for n, w in enumerate(phrase)):
                words: list[str] = []
                j = i + len(phrase)
                while tokens[j].kind == "word" and len(words) < 12:
                    words.append(tokens[j].word)
                    j += 1
                while tokens[j].text in ("?", "."):
                    j += 1
                return words if tokens[j].kind == "end" else None
    return None


def _ask_at(tokens: list[Token], i: int) -> bool:
    return any(all(tokens[i + n].text.lower() == w for n, w in enumerate(ask.split())) for ask in _SHARE_ASKS)


def _asked_words(tokens: list[Token], start: int) -> list[str]:
    for i in range(start, len(tokens) - 2):
        if tokens[i].word == "how" and tokens[i + 1].word == "many":
            words: list[str] = []
            j = i + 2
            while tokens[j].kind == "word" and tokens[j].text not in _CLAUSE_ENDS and len(words) < 8:
                words.append(tokens[j].word)
                j += 1
            return words if tokens[j].kind == "end" or tokens[j].text in _CLAUSE_ENDS else []
    return []
