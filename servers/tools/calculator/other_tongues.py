"""'How much' asked in another language at the end of an English question: 'total berapa?', 'wax cost magkano?',
'and the deposit, cuánto?', 'per hour koto pcs?'. People who work in two languages often ask in the one they count
in.

Only a word that asks how much or how many in its own language, said last in its sentence or before at most two
words that say what is counted ('koto pcs', 'koto kg lagbe'), is read: there it can only be the question. A
particle such as 'kak', 'po' or 'lagbe' ('is needed') may follow. Anywhere else it is left as written, so a reader
that cannot place it declines the request.
"""

from __future__ import annotations

from servers.tools.calculator.question_frame import PARTICLES
from servers.tools.calculator.tokens import Token

_ASKS = {
    "berapa": "much",  # Malay, Indonesian
    "magkano": "much",  # Tagalog: how much money
    "ilan": "many",  # Tagalog: how many
    "cuánto": "much",  # Spanish
    "cuanto": "much",
    "cuántos": "many",
    "cuantos": "many",
    "cuántas": "many",
    "cuantas": "many",
    "quanto": "much",  # Portuguese, Italian
    "quantos": "many",
    "quantas": "many",
    "kitna": "much",  # Hindi, Urdu
    "kitne": "many",
    "combien": "much",  # French
    "koto": "much",  # Bengali: how much, how many
    "kitni": "much",  # Hindi, Urdu
    "ngapi": "many",  # Swahili: how many
}
_PARTICLES = PARTICLES | {"lagbe", "hobe", "lage"}  # Bengali: 'is needed', 'will be'
_COUNTED = 2  # 'koto square meter?': at most this many words of what is counted before the sentence ends
_SENTENCE_ENDS = frozenset({"?", ".", "!"})


def ask_in_english(tokens: list[Token]) -> None:
    """Replace, in place, each such word that ends its sentence by 'how much' or 'how many'."""
    i = 0
    while i < len(tokens) - 1:
        word = tokens[i].word
        counted = _counted_before_end(tokens, i + 1) if word in _ASKS and i > 0 else None
        if counted is not None:
            at = tokens[i].start  # 'koto pcs?': how many pieces, whatever the word asks alone
            tokens[i : i + 1] = [Token("word", "how", at), Token("word", "many" if counted else _ASKS[word], at)]
            i += 1
        i += 1


def _counted_before_end(tokens: list[Token], k: int) -> int | None:
    """How many words of what is counted come between the asking word and the end of its sentence at ``tokens[k]``
    on ('berapa?': 0, 'koto pcs?': 1, 'koto kg lagbe?': 1), a particle allowed last; None when the sentence goes on
    past ``_COUNTED`` of them."""
    counted = 0
    while tokens[k].kind == "word" and tokens[k].word not in _PARTICLES and counted < _COUNTED:
        k, counted = k + 1, counted + 1
    k += tokens[k].word in _PARTICLES
    return counted if tokens[k].kind == "end" or tokens[k].text in _SENTENCE_ENDS else None
