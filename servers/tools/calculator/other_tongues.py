"""'How much' asked in another language at the end of an English question: 'total berapa?', 'wax cost magkano?',
'and the deposit, cuánto?'. People who work in two languages often ask in the one they count in.

Only a word that asks how much or how many in its own language, said last in its sentence (a particle such as
'kak' or 'po' may follow), is read: there it can only be the question. Anywhere else it is left as written, so a
reader that cannot place it declines the request.
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
}
_SENTENCE_ENDS = frozenset({"?", ".", "!"})


def ask_in_english(tokens: list[Token]) -> None:
    """Replace, in place, each such word that ends its sentence by 'how much' or 'how many'."""
    i = 0
    while i < len(tokens) - 1:
        word = tokens[i].word
        following = tokens[i + 1 + (tokens[i + 1].word in PARTICLES)]  # 'total berapa kak?'
        if word in _ASKS and i > 0 and (following.kind == "end" or following.text in _SENTENCE_ENDS):
            at = tokens[i].start
            tokens[i : i + 1] = [Token("word", "how", at), Token("word", _ASKS[word], at)]
            i += 1
        i += 1
