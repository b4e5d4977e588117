"""A summary with a focus the text names in its own words: "Summarize the following with a focus on the budget: ...",
"I only care about the money part. Summarize this: ...".

A plain extract picks the text's most central sentences, which may leave out exactly what was asked for; so a
focus is declined (``asks``) unless it can be met by the text's own words. It can when the focus names a thing the
text names too ("the budget", "parking", "the canteen"): the answer is then every sentence that names it, whole
and in order, with a note saying it was chosen by those words. Money is named by its sums as well as its words
("$6,500", "£40", "costs", "price"). Dates are said by their values far more than by the word ("Friday the
21st"), so a focus on them is left to the decline, as is a focus that names nothing the text says ("what the
customer disliked", "the risks" of a text that never says "risk") and any other ask the plain extract cannot
account for once the focus is taken out.
"""

from __future__ import annotations

import re

from servers.tools.summarizer import sides
from servers.tools.summarizer.asks import names_whole
from servers.tools.summarizer.sentences import STOPWORDS, count_asked, split_sentences, stem, words, words_asked

NOTE = (
    "These are the text's sentences that mention {focus}, whole and in order; offline I find a focus by its words, "
    "so a sentence that bears on it in other words may be missing."
)
MOST_KEPT = 0.9
"""A focused summary keeping more of the text's words than this is the text handed back."""
# The focus, said as the thing to look at: "with a focus on the budget", "focusing on parking", "I only care about
# the money part", "especially the deadlines"
_FOCUS = re.compile(
    r"\b(?:with (?:an? |the |special |more )?(?:focus|emphasis) on|focus(?:ed|ing|es)? on|concentrat(?:e|es|ing) on|"
    r"(?:i|we)(?:'m| am|'re| are)? (?:only |mostly |mainly |really |just )?(?:care|caring|interested) (?:about|in)|"
    r"especially|particularly|"
    # the reader's stake, said of someone else: "she needs to know about the withheld milk", "he's worried about"
    r"(?:needs?|wants?|has|have|got) to (?:know|hear) about|(?:is|are|'s|'re) (?:worried|concerned|anxious) about|"
    r"cares? (?:most |only |mainly )?about)\s+(?P<what>(?:the |any |all |our |their |its )?(?:[\w'’-]+ ){0,2}?[\w'’-]+)"
    r"(?= *(?:[,.;:!?]|$| and | please| for me))",
    re.I,
)
# Words that name a side of the text without saying which: "the money part", "the cost side", "the dates bit"
_GENERIC = frozenset(
    "part parts side sides bit bits aspect aspects stuff things thing info information details".split()
)
_MONEY_WORDS = frozenset(
    "money cost costs price prices pricing budget budgets spend spending fee fees finance finances financial "
    "payment payments pay paid charge charges funding funds".split()
)
_MONEY = re.compile(r"[£$€¥]\s?\d|\b\d[\d,.]*\s?(?:pounds|dollars|euros|pence|p|k)\b|\bfree\b", re.I)
# Dates and times are said by their values far more than by the word ("Friday the 21st"): a focus on them is not
# met by words, and is left to the decline
_WHEN_WORDS = frozenset("dates date deadlines deadline timing timings schedule when days times".split())


def focused(instruction: str, material: str) -> tuple[list[int], str] | None:
    """The positions of the sentences that meet the instruction's focus, and the note to send with them; ``None``
    when the instruction names no focus, names one the text's words do not meet, or asks a count or length."""
    found = list(_FOCUS.finditer(instruction[:2000]))
    side = sides.side_asked(instruction)
    if (not found and side is None) or count_asked(instruction) is not None or words_asked(instruction) is not None:
        return None
    if side is not None:  # "focusing on what the customer disliked": said in words of complaint, not its own
        return sides.sided(side, material)
    sentences = split_sentences(material)
    chosen: set[int] = set()
    named: list[str] = []
    found = [f for f in found if not names_whole(f.group("what"))]  # "focusing on the main points": the gist
    if not found:
        return None
    for focus in found:
        terms = [w for w in words(focus.group("what")) if w not in STOPWORDS and w not in _GENERIC]
        if not terms or _WHEN_WORDS & set(terms):
            return None
        hits = {i for i, sentence in enumerate(sentences) if _meets(terms, sentence)}
        if not hits:
            return None  # a focus the text never names: whatever the extract picked could miss it
        chosen |= hits
        named.append(" ".join(terms))
    if len(chosen) == len(sentences):
        return None
    kept = sum(len(words(sentences[i])) for i in chosen)
    if kept > MOST_KEPT * len(words(material)):
        return None
    return sorted(chosen), NOTE.format(focus=" or ".join(f"'{n}'" for n in dict.fromkeys(named)))


def focus_terms(instruction: str) -> list[list[str]]:
    """The words of each thing the instruction names as its focus ("needs to know about the withheld milk" ->
    ["withheld", "milk"]); empty when it names none by words a sentence could carry."""
    found = [f for f in _FOCUS.finditer(instruction[:2000]) if not names_whole(f.group("what"))]
    named = [[w for w in words(f.group("what")) if w not in STOPWORDS and w not in _GENERIC] for f in found]
    return [terms for terms in named if terms]


def meets(terms: list[str], sentence: str) -> bool:
    """Whether ``sentence`` names the focus ``terms`` (money by its sums as well as its words)."""
    return _meets(terms, sentence)


def without_focus(instruction: str) -> str:
    """The instruction with its focus taken out, for the other rules to read what else it asks."""
    return " ".join(_FOCUS.sub(" ", sides.without_side(instruction[:2000])).split())


def _meets(terms: list[str], sentence: str) -> bool:
    said = {stem(w) for w in words(sentence)}
    if any(stem(t) in said for t in terms):
        return True
    money = any(t in _MONEY_WORDS for t in terms)
    return money and (_MONEY.search(sentence) is not None or bool(said & {stem(w) for w in _MONEY_WORDS}))
