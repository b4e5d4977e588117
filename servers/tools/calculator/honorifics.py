"""People named by a title and a surname: 'Customer Mrs Lee gets 12% off her 480 pound order' is 'She gets 12% off
her 480 pound order'.

A name carries nothing a sum could use, but it is an open class no list can hold, so the readers would stop at it.
A title ('Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Mx') before a capitalised name marks one person for certain; the two are
replaced in place by the pronoun the rest of the request already uses for them ('she', 'he', 'they'; 'her', 'his',
'their' for "Mrs Lee's"), and a role said right before the title at the start of a sentence ('Customer', 'Tenant')
goes with them. Every reader then sees the plain sentence.
"""

from __future__ import annotations

from servers.tools.calculator.tokens import Token

_TITLES = {"mr": ("he", "his"), "mrs": ("she", "her"), "ms": ("she", "her"), "miss": ("she", "her"),
           "dr": ("they", "their"), "mx": ("they", "their")}  # fmt: skip
_ROLES = frozenset(
    "customer client tenant landlord patient guest member student pupil employee colleague neighbour neighbor "
    "teacher manager boss".split()
)
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def name_people(tokens: list[Token]) -> None:
    """Replace, in place, each title and surname (and a role opening the sentence before them) by a pronoun."""
    i = 0
    while i < len(tokens) - 2:
        title = tokens[i].word
        dotted = tokens[i + 1].text == "."
        name = tokens[i + 1 + dotted]
        if title not in _TITLES or name.kind != "word" or not _surname(name.text):
            i += 1
            continue
        begin = i - 1 if i > 0 and tokens[i - 1].word in _ROLES and _opens(tokens, i - 1) else i
        subject, owner = _TITLES[title]
        pronoun = owner if name.text.endswith("'s") else subject
        tokens[begin : i + 2 + dotted] = [Token("word", pronoun, tokens[begin].start)]
        i = begin + 1


def _surname(text: str) -> bool:
    """A capitalised word, owned or not: 'Lee', "Lee's", "O'Brien"."""
    bare = text.removesuffix("'s")
    return bare[:1].isupper() and bare.replace("'", "").replace("-", "").isalpha()


def _opens(tokens: list[Token], at: int) -> bool:
    return at == 0 or tokens[at - 1].text in _SENTENCE_ENDS
