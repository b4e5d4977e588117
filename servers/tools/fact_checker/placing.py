"""Whether a passage puts the thing where the claim puts it, before its words may support the claim.

A passage can hold every word of a claim of place and still put the thing elsewhere: "Mount Kilimanjaro, in
Tanzania near the border with Kenya" for "Mount Kilimanjaro is in Kenya"; "just north of the equator" and a "Pole"
elsewhere for "penguins live at the North Pole"; "born ... in Warsaw ... who worked in Paris" for "Marie Curie was
born in Paris". A claim of a location, a habitat or a birthplace is supported only by a passage that says it.
"""

from __future__ import annotations

from servers.tools.fact_checker.birthplaces import born_there, claimed_birthplace
from servers.tools.fact_checker.places import claimed_habitat, claimed_location, names_whole, places_it_in


def puts_there(claim: str, passage: str) -> bool:
    """Does ``passage`` put the thing where ``claim`` puts it (or does the claim name no place)?"""
    if (where := claimed_location(claim)) is not None and not places_it_in(where, passage):
        return False
    if (home := claimed_habitat(claim)) is not None and not names_whole(home, passage):
        return False
    return (born := claimed_birthplace(claim)) is None or born_there(born[1], passage)
