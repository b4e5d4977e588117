"""'the', 'them', 'this', 'that', 'for' and 'with' as Caribbean and West African Englishes write them: 'What's de
average a week?', 'To de cent.', 'i sell dem G$12,500 each', 'cost me G$3,800 fi each cage', 'dis month'.

Each such word is read as its English only between two words ('fi each', 'de average'), after a word that can come
before it ('what's de', 'to de', 'sell dem'), so a name or a phrase of another language ('Pain de Sucre', 'Triunfo
de la Cruz', 'Dis is') keeps its words: a capitalised one is never read so.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import tokenize

_ENGLISH = {"de": "the", "dem": "them", "dis": "this", "dat": "that", "fi": "for", "wid": "with"}
_BEFORE = frozenset(
    "what's whats what is was are in on at to of for from by per all with and or sell sold buy bought pay paid give "
    "gave take took tell pick picked me cost costs charge charged each put round after before how".split()
)
"""Words after which 'de', 'dem', 'fi' can only be English ('in de morning', 'sell dem', 'me fi')."""


def in_english(text: str) -> str:
    """``text`` with each such word written in lower case, between a word of ``_BEFORE`` (or an amount) and another
    word, said in English; ``text`` itself when it has none."""
    tokens = tokenize(text)
    for k in range(len(tokens) - 2, 0, -1):  # from the end, so the offsets before each word still hold
        token = tokens[k]
        if token.kind != "word" or token.text not in _ENGLISH or tokens[k + 1].kind not in ("word", "number"):
            continue
        if tokens[k - 1].word in _BEFORE or tokens[k - 1].kind in ("number", "currency"):
            text = text[: token.start] + _ENGLISH[token.text] + text[token.start + len(token.text) :]
    return text
