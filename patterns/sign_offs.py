"""Sign-offs: thanks said after the last ask ("Ta!", "Cheers!", "Many thanks in advance.", "Gracias amigo!") is
no part of the request.

A request that ends by thanking asks nothing more: the thanks is neither a step of its own nor a fact for the text
the step before it writes ("... write a short note to the pub with the total. Ta!" wants no "Ta!" in the note),
and a pipeline's parts are its asks, not its courtesies. Thanks is read in the words many Englishes and their
neighbours use for it, with whom it is said to; a closing sentence with any other word, a figure or a question is
left as written ("Thanks, and convert 5 km to miles.", "Cheers, 3 of us then.").
"""

from __future__ import annotations

import re

_MOST_WORDS = 6
# Words in any script ("dziękuję", "teşekkürler"), an apostrophe inside one ("ma'am").
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")

_THANKS = frozenset(
    """thanks thank thx thnx tnx ty ta cheers appreciated appreciate grateful gracias merci danke grazie obrigado
    obrigada dziekuje dziękuję dzięki dzieki dankie asante shukran shukriya teşekkürler tesekkurler sağol salamat
    terima kasih děkuji dekuji takk tak tack kiitos arigato arigatou gomawo kamsahamnida dhanyavaad dhanyavad
    nandri medaase daalu""".split()
)
# Words said around the thanks: how much, when, and to whom ("many thanks in advance", "ta love", "thanks heaps").
_AROUND = frozenset(
    """you u ya so very much many a lot lots million bunch heaps loads again in advance all your for help the
    mate love hun boss bro sis amigo amiga friend dear sir madam ma'am my o oh oo abeg please pls really
    muchas mille beaucoup vielen tusen hartelijk bedankt god bless x xx xxx lol""".split()
)


def signs_off(sentence: str) -> bool:
    """Whether ``sentence`` only thanks (see the module's docstring)."""
    text = sentence.strip()
    if not text or "?" in text or re.search(r"\d", text):
        return False
    words = _WORD.findall(text.lower())
    return 0 < len(words) <= _MOST_WORDS and bool(_THANKS & set(words)) and set(words) <= _THANKS | _AROUND


def without_sign_off(sentences: list[str]) -> list[str]:
    """``sentences`` without a last one that only thanks, when an ask comes before it."""
    if len(sentences) > 1 and signs_off(sentences[-1]):
        return sentences[:-1]
    return sentences


__all__ = ["signs_off", "without_sign_off"]
