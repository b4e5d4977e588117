"""Whether a passage puts the thing where the claim puts it, before its words may support the claim.

A passage can hold every word of a claim of place and still put the thing elsewhere: "Mount Kilimanjaro, in
Tanzania near the border with Kenya" for "Mount Kilimanjaro is in Kenya"; "just north of the equator" and a "Pole"
elsewhere for "penguins live at the North Pole"; "born ... in Warsaw ... who worked in Paris" for "Marie Curie was
born in Paris"; "on the border between France and Italy" for "Mont Blanc is on the border between France and
Spain". A claim of a location, a habitat, a birthplace or a place between two named ones is supported only by a
passage that says it.
"""

from __future__ import annotations

import re

from servers.tools.fact_checker.birthplaces import born_there, claimed_birthplace
from servers.tools.fact_checker.places import claimed_habitat, claimed_location, names_whole, places_it_in

_NAME = r"(?:the\s+)?(?-i:[A-Z][\w'’-]{1,30})(?:\s+(?-i:[A-Z][\w'’-]{1,30})){0,3}"
_BETWEEN = re.compile(
    rf"\b(?:between|(?:border|borders|frontier)\s+(?:of|with))\s+(?P<a>{_NAME})\s+and\s+(?P<b>{_NAME})", re.I
)


# what a claim sets its thing beside: "in the same plant family as cannabis", "the same age as the Moon"
_SAME_AS = re.compile(r"\bthe\s+same\s+(?:[\w'’-]+\s+){1,3}?as\s+(?:the\s+|a\s+|an\s+)?(?P<other>[\w'’-]{3,30})", re.I)


def puts_there(claim: str, passage: str) -> bool:
    """Does ``passage`` put the thing where ``claim`` puts it (or does the claim name no place)? A thing said to be
    the same as another is put beside that other only by a passage that names it."""
    for same in _SAME_AS.finditer(claim[:400]):
        other = same.group("other").lower().removesuffix("s")
        if re.search(rf"\b{re.escape(other)}", passage[:2_000], re.I) is None:
            return False  # "the same family as roses" is not said by "the same family as cannabis"
    for between in _BETWEEN.finditer(claim[:400]):
        for place in between.group("a", "b"):
            name = re.sub(r"^the\s+", "", place, flags=re.I)
            if re.search(rf"\b{re.escape(name)}\b", passage[:2_000]) is None:
                return False  # "between France and Spain" is not said by "between France and Italy"
    if (where := claimed_location(claim)) is not None and not places_it_in(where, passage):
        return False
    if (home := claimed_habitat(claim)) is not None and not names_whole(home, passage):
        return False
    return (born := claimed_birthplace(claim)) is None or born_there(born[1], passage)
