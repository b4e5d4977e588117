"""Headings: a first sentence that only names what the request is about ("Painting the bedroom.", "Quick one.").

A few words with no question, no asking word, no order and no name of a thing to make head the sentences after
them: "Bake sale maths. We sold 40 cakes at £1.50. What did we take?" is one sum, not a part "Bake sale maths" that
some worker would have to guess at and a sum without its heading. ``patterns.clauses`` joins such a heading to the
sentences it heads. Bounded: a heading is a few words.
"""

from __future__ import annotations

import re

from patterns.instructions import LEADING_FILLER, LEADING_SEQUENCER
from patterns.material import (
    ASKING,
    LIST_NOUNS,
    MATERIAL_NOUNS,
    OPEN,
    TEXT_KINDS,
    WORD,
    WORK_NOUNS,
    opens_instruction,
)
from patterns.reading import is_claim

QUANTITY = re.compile(r"(?<![\w.,])[$\u20ac\u00a3]?\d[\d,.]*%?")
"""A quantity as a request writes it ("$1,284", "15%", "3.5")."""

LABEL_WORDS = 4
"""A first sentence of at most this many words that neither asks nor orders is a label of what follows."""
# Words by which a short sentence still asks for something ("Summary please.", "A haiku about rain.").
_ASKS_BY_NAME = TEXT_KINDS | WORK_NOUNS | MATERIAL_NOUNS | LIST_NOUNS | {"please", "thanks", "thank"}


def heads_the_request(sentence: str) -> bool:
    """Whether ``sentence`` only names what the request is about ("Painting the bedroom.", "Bake sale maths.",
    "Quick one."): a few words with no question, asking word, order, or name of a thing to make. It is the
    heading of the sentences after it, not a part some worker would have to guess at."""
    text = sentence.strip()
    found = WORD.findall(text.lower())
    if not found or len(found) > LABEL_WORDS or QUANTITY.search(text) or text.endswith("?") or OPEN in text:
        return False
    if found[0] in ASKING or opens_instruction(found[:2]) or _ASKS_BY_NAME & set(found):
        return False
    if LEADING_SEQUENCER.match(text) or LEADING_FILLER.match(text):
        return False
    # a heading is a gerund ("Painting the bedroom"), names the kind of question ("Bake sale maths", "Quick
    # one"), or is two words; three words may be a claim ("Bulls hate red."), which is a part of its own
    gerund = len(found[0]) > 5 and found[0].endswith("ing") and found[0] not in _NOT_GERUNDS
    # "Small landlord here.", "Night nurse here!": who the user is, not a pointer at a text that follows
    introduces = found[-1] == "here" and len(found) > 1 and not is_claim(text)
    # "Easter weekend overtime.", "March mileage.": what the sums after it are of, named by its last word
    # (not an order on a thing: "Pay the invoice.", "Check my mileage.")
    accounts = found[-1] in _ACCOUNT_NOUNS and not _DETERMINERS & set(found[1:])
    return (
        gerund or introduces or accounts or bool(_HEADING_NOUNS & set(found)) or len(found) <= 2 and not is_claim(text)
    )


# "Test scores from my Year 9 class: 72, 85, 90. What's the mean?": a noun phrase naming the figures after its colon,
# whose first word is a verb only by its spelling ("test", "order", "sample"); what is asked comes after the figures.
_FIGURES_LABEL = re.compile(
    r"[A-Za-z]+[^\S\n]+(?:results|scores|marks|grades|readings|figures|numbers|times|prices|costs|sales|totals"
    r"|weights|measurements|counts|temperatures)\b[^:\n?.!]{0,60}:\s*(?=[$\u20ac\u00a3]?\d)",
    re.IGNORECASE,
)


def labels_figures(text: str) -> bool:
    """Whether ``text`` opens with a label of the figures after it ("Test scores from my class: 72, 85, 90.") and
    asks its question after them ("What's the mean?"): the label's first word is no order."""
    found = _FIGURES_LABEL.match(text.lstrip()[:200])
    return found is not None and "?" in text.lstrip()[found.end() : found.end() + 400]


_NOT_GERUNDS = frozenset("nothing something anything everything during".split())
_HEADING_NOUNS = frozenset("maths math question query problem puzzle sum homework help one".split())
_DETERMINERS = frozenset("the a an my our your his her their this that these those it them".split())
_ACCOUNT_NOUNS = frozenset(
    "overtime wages payroll expenses mileage takings budget invoice bill order costs totals quote fees".split()
)


__all__ = ["LABEL_WORDS", "QUANTITY", "heads_the_request", "labels_figures"]
