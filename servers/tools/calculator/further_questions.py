"""A second question asked beside the one answered: answered too, or the request is declined.

Readers that read a problem by its quantities do not match the words around the numbers, so a second question
can pass them unread: 'The roofer charged £48 an hour for 6 hours. What's his bill, and what did the scaffolder
charge?' was answered with the roofer's £288 alone, as if that were all that was asked. A question starts with a
question word at the start of a sentence, after a comma or a semicolon, or after 'and', 'also' or 'plus'; when the
request asks two or more and the answer says one figure ('£83 each, £1 left over' says two), it is declined. The
pairs that ``both_asked`` answers together are its own. 'Which' is left out: 'which is cheaper per kg, and what's
that price?' is answered by a comparison that names both, and 'the van, which came to £86.40' asks nothing; so is
'who' after a comma ('Ann, who is 10'), and a question word in a sentence that ends with a full stop or an
exclamation mark, which tells rather than asks ('… and what's left is split across 4 teams. How much each?').
"""

from __future__ import annotations

from servers.tools.calculator import both_asked, remarks
from servers.tools.calculator.quantities import singular
from servers.tools.calculator.solution import Solution
from servers.tools.calculator.tokens import Token, tokenize
from servers.tools.inputs import ToolInputError

_ASKING = frozenset("what what's whats how when who whose why where".split())
_RELATIVE = frozenset("who whose".split())
_JOINING = frozenset("and also plus".split())
_BOUNDARIES = frozenset(".?!,;:")


def question_starts(tokens: list[Token]) -> list[int]:
    """Where each question of the request begins: a question word opening a sentence or a clause."""
    starts: list[int] = []
    for k, token in enumerate(tokens):
        if token.word not in _ASKING:
            continue
        j = k - 1
        while j >= 0 and tokens[j].word in _JOINING:
            j -= 1
        relative = token.word in _RELATIVE and tokens[j].text == ","  # 'Ann, who is 10'
        opens = j < 0 or j < k - 1 or tokens[j].text in _BOUNDARIES and not relative
        if opens and _asked(tokens, k):
            starts.append(k)
    return starts


def _asked(tokens: list[Token], k: int) -> bool:
    """Whether the sentence from ``k`` ends with a question mark or the request: 'what's left is split across 4
    teams.' tells, it does not ask."""
    for token in tokens[k:]:
        if token.text in (".", "!"):
            return False
        if token.text == "?":
            return True
    return True


def refuse_unanswered(tokens: list[Token], solution: Solution) -> None:
    """Raise ToolInputError when the request (``tokens``, as written) asks more questions than ``solution`` answers."""
    if (again := _same_again(tokens)) is not None and _figures_said(solution.answer) < 2:
        # 'the wage bill for 4 staff ..., and the same for the weekend crew': a second sum, on figures not given
        raise ToolInputError(f"it also asks for '{again} …', a second sum on figures it does not give; ask it alone")
    if (joined := _yes_no_joined(tokens)) is not None:
        # 'What would I pay, and will the council pay it back?': a yes or no no figure answers
        raise ToolInputError(f"it also asks '{joined} …', which no sum answers; ask the sum alone")
    if (elliptical := _elliptical_ask(tokens)) is not None and _figures_said(solution.answer) < 2:
        # 'Price before VAT, and the deposit?': a second thing asked by its name alone
        raise ToolInputError(f"it also asks for '{elliptical} …'; ask them one at a time")
    if (unsaid := _unsaid_tail(tokens)) is not None and _figures_said(solution.answer) < 2:
        # 'For 30 guests how many kg of rice, onions?': a second thing, named last and nowhere else
        raise ToolInputError(f"it also names '{unsaid}', which nothing before it tells of; ask one thing at a time")
    starts = question_starts(tokens)
    if len(starts) == 1 and (named := _named_ask(tokens)) is not None and _figures_said(solution.answer) < 2:
        if starts[0] > named and tokens[starts[0] - 1].word in _JOINING | {","} and not _ending_only(tokens, starts[0]):
            # 'Total of $125,000 and $86,500, and what is the GST on it?': the total is asked by its name
            raise ToolInputError(
                f"it asks for '{_opening(tokens, starts[0])} …' beside the {tokens[named].word}; ask them one at a time"
            )
    if len(starts) < 2 or _figures_said(solution.answer) >= 2:
        return
    if both_asked.counts_asked(tokens) or both_asked.share_with_whole(tokens) or both_asked.asked_pair(tokens):
        return
    said = _opening(tokens, starts[1])
    raise ToolInputError(f"it asks a second question ('{said} …') beside the first; ask them one at a time")


def _unsaid_tail(tokens: list[Token]) -> str | None:
    """The word a question ends with after a comma and a thing the request named before ('... of rice, onions?'),
    when the request never said it before and it is not said to the person asked ('..., bro?', '..., please?') nor
    of the answer ('..., total?')."""
    last = len(tokens) - 2
    while last > 0 and tokens[last].text in ("?", "!", "."):
        last -= 1
    if last < 2 or tokens[last].kind != "word" or tokens[last - 1].text != "," or "?" not in (t.text for t in tokens):
        return None
    word, named = tokens[last].word, tokens[last - 2].word
    if not tokens[last].text.islower() or word in _SPOKEN or any(t.word == word for t in tokens[: last - 1]):
        return None
    if (
        tokens[last - 3].word != "of"
        or singular(word) == word
        or not named
        or not any(t.word == named for t in tokens[: last - 3])
    ):
        return None  # '... per day, tashakkur?', '... of cheese, caro?': only 'of rice, onions' lists things asked
    return word


_SPOKEN = (
    remarks.GREETINGS
    | remarks.SPOKEN_TO
    | remarks.CLOSING_PARTICLES
    | frozenset(
        "total each altogether together exactly now today again too yes no right ok okay thanks please pls".split()
    )
)
_NAMED_ASKS = frozenset("total sum average mean difference product".split())
_OF = frozenset("of for between".split())
_ENDINGS = (("what", "is", "it"), ("what's", "it"), ("what", "is", "that"), ("what's", "that"), ("how", "much"))


def _named_ask(tokens: list[Token]) -> int | None:
    """Where the request opens by naming what it asks for ('Total of …', 'The average for …', 'Sum of …'), after
    any courtesy: the asked word's index, or None when it opens otherwise."""
    k = 0
    while tokens[k].word in _COURTESIES or tokens[k].text in (",", ":"):
        k += 1
    k += tokens[k].word in _DETERMINERS
    return k if tokens[k].word in _NAMED_ASKS and tokens[k + 1].word in _OF else None


def _ending_only(tokens: list[Token], k: int) -> bool:
    """'…, what is it?', '…, how much?': a question that only asks for the answer already asked for."""
    words: list[str] = []
    for token in tokens[k:]:
        if token.text == "?" or token.kind == "end":
            break
        words.append(token.word)
    return tuple(words) in _ENDINGS


def _same_again(tokens: list[Token]) -> str | None:
    """'..., and the same for the weekend crew', 'and do the same for Saturday': the words of a sum asked again for
    something else, after a joining word or a clause's break; None when the request has none."""
    for k in range(1, len(tokens) - 2):
        if tokens[k].word == "the" and tokens[k + 1].word == "same" and tokens[k + 2].word in ("for", "again"):
            j = k - 1
            while j > 0 and tokens[j].word in ("do", "work", "out", "please"):
                j -= 1
            if tokens[j].word in _JOINING or tokens[j].word == "then" or tokens[j].text in _BOUNDARIES:
                return _opening(tokens, k)
    return None


_DETERMINERS = frozenset("the my our your his her their its".split())
_COURTESIES = frozenset("thanks thank cheers ta please pls thx".split())


def _elliptical_ask(tokens: list[Token]) -> str | None:
    """', and the deposit?', '? And the VAT?': a joining word after a clause's break, then only a thing's name
    (no number, no verb of its own) closing the request as a question. The words it opens with, or None."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].word not in _JOINING or tokens[k - 1].text not in (",", "?", ".", ";"):
            continue
        m = k + 1
        while tokens[m].word in _DETERMINERS:
            m += 1
        names = 0
        while tokens[m].kind == "word" and tokens[m].word not in _COURTESIES and names < 5:
            m, names = m + 1, names + 1
        if names and (tokens[m].text == "?" and tokens[m + 1].kind == "end" or tokens[m].kind == "end"):
            if tokens[m].text == "?" or any(t.text == "?" for t in tokens[:k]):
                return _opening(tokens, k)
    return None


_AUXILIARIES = frozenset(
    "will would can could should shall does do did is are was were has have may might must".split()
)
_SUBJECTS = frozenset(
    "i we you they he she it that this there the my our your his her their a an any anyone someone".split()
)


def _yes_no_joined(tokens: list[Token]) -> str | None:
    """'..., and will the council reimburse us?', 'and can I claim it back?': a yes-or-no question joined to the
    sum by 'and', 'also' or 'plus', or asked after the sum's question mark ('What do I pay? Is that under £300?'):
    a helping verb then its subject, in a sentence ending with a question mark ('Can you round it?' asks for no
    second answer). The words it opens with, or None when the request has none."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].word not in _AUXILIARIES or tokens[k + 1].word not in _SUBJECTS:
            continue
        joined = tokens[k - 1].word in _JOINING or tokens[k - 1].text == "?" and tokens[k + 1].word != "you"
        if joined and _ends_asking(tokens, k):
            return _opening(tokens, k)
    return None


def _ends_asking(tokens: list[Token], k: int) -> bool:
    """Whether the sentence from ``k`` closes with a question mark (the request's end alone does not say it)."""
    for token in tokens[k:]:
        if token.text in (".", "!", "?"):
            return token.text == "?"
    return False


def _opening(tokens: list[Token], k: int) -> str:
    """Up to six words of the request from ``k`` to its clause's end: what a decline quotes of a further ask."""
    words: list[str] = []
    for token in tokens[k : k + 6]:
        if token.text in _BOUNDARIES or token.kind == "end":
            break
        words.append(token.text)
    return " ".join(words)


def _figures_said(answer: str) -> int:
    """How many parts of ``answer`` state a figure, parts cut at commas, semicolons and colons: '£83 each, £1 left
    over' says two; '8 h 25 min' and '12.5 hours (12 h 30 min)' say one."""
    parts, figure = 0, False
    for token in tokenize(answer):
        if token.text in (",", ";", ":") or token.kind == "end":
            parts += figure
            figure = False
        elif token.kind in ("number", "clock"):
            figure = True
    return parts
