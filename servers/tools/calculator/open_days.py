"""A week asked of a daily amount, with the days it is worked said: 'I sell 85 flat whites a day at £3.40 each. Whats
that per week if I open 6 days' is that amount over 6 days. The words are read as 'over 6 days' by the reader of
givens by their units, which accounts for everything else; a week of seven days is never assumed.
"""

from __future__ import annotations

from servers.tools.calculator.dimensions import solve_by_units
from servers.tools.calculator.padding import padded
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token

_PER = frozenset({"per", "a", "each", "every"})
_WHO = frozenset({"i", "we", "you", "they", "it", "he", "she"})
_WORK = frozenset("open work trade run operate do teach drive".split())
_AUX = frozenset({"am", "are", "is", "'m"})
_WHO_ARE = frozenset({"we're", "i'm", "they're", "you're", "it's", "he's", "she's"})
_WHAT_THAT = (("what's", "that"), ("whats", "that"), ("what", "is", "that"))


def solve_open_days(tokens: list[Token], start: int) -> Solution | None:
    """The amount by the day over the days worked in a week; None when the week is not said that way."""
    ahead = padded(tokens)  # read ahead on a padded copy; the reading is built from the request's own tokens
    for k in range(start, len(tokens) - 6):
        if ahead[k].word in _PER and ahead[k + 1].word == "week" and ahead[k + 2].word == "if":
            at = k + 3
            if ahead[at].word in _WHO_ARE:
                at += 1  # "if we're open": the pronoun carries its verb
            elif ahead[at].word in _WHO:
                at += 1 + (ahead[at + 1].word in _AUX)
            else:
                return None
            if ahead[at].word not in _WORK or ahead[at + 1].kind != "number" or ahead[at + 2].word != "days":
                return None
            days = ahead[at + 1]
            if not 1 <= days.value <= 7 or days.value.denominator != 1:
                return None
            after = at + 3 + 2 * (ahead[at + 3].word == "a" and ahead[at + 4].word == "week")
            if ahead[after].kind != "end" and not (ahead[after].text in "?.!" and ahead[after + 1].kind == "end"):
                return None  # '... 6 days and close early Sunday': more said of the week than its days
            over = Token("word", "over", ahead[k].start)
            said, asked = _asked_how_much(tokens, k)  # 'whats that per week' asks how much that is
            read = [*tokens[: k - said], *asked, over, days, tokens[at + 2], *tokens[after:]]
            solution = solve_by_units(read, start)
            if solution is not None:
                solution.notes.append(f"the week is the {days.text} days worked, as the request says")
            return solution
    return None


def _asked_how_much(tokens: list[Token], k: int) -> tuple[int, list[Token]]:
    """'how much is that' for a 'what's that' said right before the week (and how many words it replaces), or
    nothing to change."""
    for said in _WHAT_THAT:
        if [t.word for t in tokens[max(0, k - len(said)) : k]] == list(said):
            at = tokens[k - len(said)].start
            return len(said), [Token("word", w, at) for w in ("how", "much", "is", "that")]
    return 0, []
