"""Roles only one thing holds: "Canberra is the capital of Australia" leaves no room for Sydney.

A claim that names who or what holds a one-holder role ("Sydney is the capital of Australia", "The capital of
Canada is Toronto") is decided by a note that names the holder of the same role of the same place or thing: the
same holder supports it, another holder contradicts it. Only the present tense counts ("is"): "Abuja has been
the capital of Nigeria since 1991" does not deny that Lagos was the capital once. Both the holder and the
place must be names (capitalized), and the role must be one a single holder fills: a capital, a currency, or
a superlative within its scope ("the largest city of France", "the largest planet in the Solar System": a note
naming Jupiter contradicts Mars); "a city of France" or "the son of" is never read as one. A substance's
chemical formula is such a role too ("the formula of water is CO2" against "H2O, the formula for water" or
"Table salt is sodium chloride, NaCl"), with the formula written in element symbols as its holder; so is an
element's chemical symbol ("the chemical symbol for gold is Ag" against "gold's is Au" in a note's list).

Every regex here is linear: bounded repetitions, no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.fact_checker.degrees import fronted
from servers.tools.fact_checker.vocabulary import terms

MAX_TEXT = 2_000
_NAME = r"(?:[A-Z][\w.'’-]*\s+(?:(?:de|of|the)\s+)?){0,3}[A-Z][\w.'’-]*"
# A place is a name, or the whole world ("the highest mountain in the world", "the largest ocean on Earth").
# The Solar System is named in lower case as often as not ("the largest planet in the solar system").
_PLACE = r"(?:the\s+world|the\s+solar\s+system|(?:the\s+)?" + _NAME + r")"
_ROLE = r"[a-z]{3,20}(?:\s+[a-z]{3,20}){0,1}"
_ONE_HOLDER = frozenset({"capital", "capital city", "currency", "official currency", "seat of government"})
# "in" and "on" only for a superlative: "the longest river in Africa"; "to" and "from" for one of distance: "the
# closest planet to the Sun" (said either way round: ``degrees.fronted``)
_WHERE = r"(?P<where>of|in|on|to|from)"
# ("Angel Falls in Venezuela is the highest waterfall in the world": where the holder lies, said after its name)
_HOLDER_FIRST = re.compile(
    r"(?:^|[,;]\s+|\band\s+)(?P<holder>"
    + _NAME
    + r")(?:,?\s+in\s+"
    + _NAME
    + r",?)?\s+is\s+the\s+(?P<role>"
    + _ROLE
    + r")\s+"
    + _WHERE
    + r"\s+"
    r"(?P<place>" + _PLACE + r")(?=\s*(?:[,;.]|$|\s+and\s|\s+but\s))"
)
_RANKED_ANYWHERE = re.compile(r"^(?P<holder>" + _NAME + r")\s+is\s+the\s+(?P<role>[a-z]{3,20}est\s+[a-z]{3,20})$")
# In a note, at the start of a sentence and with no scope after it: "The Pacific Ocean is the largest and deepest
# ocean, larger than all the land on Earth put together" ranks it among all oceans, in both ways.
_RANKED_ANYWHERE_SAID = re.compile(
    r"^(?P<holder>" + _NAME + r")\s+is\s+the\s+(?P<first>[a-z]{3,20}est)(?:\s+and\s+(?P<second>[a-z]{3,20}est))?"
    r"\s+(?P<noun>[a-z]{3,20})(?=\s*(?:[,;.]|$))"
)
_ROLE_FIRST = re.compile(
    r"^the\s+(?P<role>"
    + _ROLE
    + r")\s+"
    + _WHERE
    + r"\s+(?P<place>"
    + _PLACE
    + r")\s+is\s+(?P<holder>"
    + _NAME
    + r")\s*$",
    re.I,
)
# The same, inside a note: "measured that way, the tallest mountain on Earth is Mauna Kea in Hawaii".
_ROLE_FIRST_SAID = re.compile(
    r"\bthe\s+(?P<role>" + _ROLE + r")\s+" + _WHERE + r"\s+(?P<place>" + _PLACE + r")\s+is\s+(?P<holder>" + _NAME + r")"
)
_EVERYWHERE = frozenset({"world", "earth", "planet", "globe"})
# A place with a role shared among a few named holders: "South Africa has three capitals: Pretoria, Cape Town and
# Bloemfontein". Each holder holds it; a holder the list leaves out does not.
_SHARED_ROLE_SAID = re.compile(
    r"\b(?P<place>" + _NAME + r")\s+has\s+(?:two|three|four)\s+(?P<role>capitals|capital\s+cities)\s*[:,]?\s+"
    r"(?P<holders>" + _NAME + r"(?:\s*,\s*" + _NAME + r"){0,2}\s*,?\s+and\s+" + _NAME + r")"
)
# A substance has one chemical formula: "The chemical formula of water is CO2" against a note's "the formula of
# water is H2O" or "H2O, the formula for water". A formula is element symbols with counts (H2O, NaCl, C6H12O6),
# at least two symbols or one with a count, so a word such as "Oxygen" or "It" is never read as one.
_FORMULA = r"(?P<formula>(?:[A-Z][a-z]?\d{0,3}){1,8})(?![\w'’-])"
_SUBSTANCE = r"(?P<substance>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)"
_FORMULA_ROLE = r"(?:the\s+)?(?:chemical\s+|molecular\s+)?formula\s+(?:of|for)\s+"
_FORMULA_CLAIM = re.compile(r"^" + _FORMULA_ROLE + _SUBSTANCE + r"\s+is\s+" + _FORMULA + r"$", re.I)
_FORMULA_SAID = re.compile(
    r"\b" + _FORMULA_ROLE + _SUBSTANCE + r"\s+is\s+" + _FORMULA + r"|"
    r"\b(?P<formula_first>(?:[A-Z][a-z]?\d{0,3}){1,8}),\s+"
    + _FORMULA_ROLE.replace("(?:the\\s+)?", "the\\s+")
    + r"(?P<substance_after>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3}?)(?=\s*[,;.:)]|\s+(?:is|means|and)\b)|"
    # "Carbon dioxide is CO2", "Table salt is sodium chloride, NaCl": a substance named as its formula.
    r"\b(?P<named>[A-Za-z][\w'-]*(?:\s+[a-z][\w'-]*){0,2})(?:,\s+[^,;.]{1,60},)?\s+is\s+(?:[a-z][\w'-]*\s+){0,2}?(?:[a-z][\w'-]*,\s+)?"
    r"(?P<formula_named>(?:[A-Z][a-z]?\d{0,3}){1,8})(?![\w'’-])"
)
_SYMBOL = re.compile(r"[A-Z][a-z]?(\d{0,3})")
# An element has one chemical symbol: "the chemical symbol for gold is Ag" against a note's "gold's is Au" (in a
# list after "Iron's symbol is Fe, ..."), "Gold's symbol, Au, comes from ..." or "Sodium's chemical symbol is Na".
# A symbol is one capital and at most one small letter, standing alone.
_ELEMENT_SYMBOL = r"(?P<symbol>(?-i:[A-Z][a-z]?))(?![\w'’-])"
_ELEMENT = r"(?P<element>[A-Za-z][a-z]{1,20})"
_SYMBOL_ROLE = r"(?:the\s+)?(?:chemical\s+|element(?:al)?\s+)?symbol\s+(?:of|for)\s+"
_SYMBOL_CLAIM = re.compile(
    r"^(?:"
    + _SYMBOL_ROLE
    + _ELEMENT
    + r"\s+is\s+"
    + _ELEMENT_SYMBOL
    + r"|"
    + _ELEMENT.replace("element", "owner")
    + r"(?:'s|’s)\s+(?:chemical\s+)?symbol\s+is\s+"
    + _ELEMENT_SYMBOL.replace("symbol", "owned")
    + r")$",
    re.I,
)
_SYMBOL_SAID = re.compile(
    r"\b" + _SYMBOL_ROLE + _ELEMENT + r"\s+is\s+" + _ELEMENT_SYMBOL + r"|"
    r"\b" + _ELEMENT.replace("element", "owner") + r"(?:'s|’s)\s+(?:(?:chemical\s+)?symbol\s+is\s+|is\s+|"
    r"(?:chemical\s+)?symbol,\s+)" + _ELEMENT_SYMBOL.replace("symbol", "owned")
)


@dataclass(frozen=True, slots=True)
class Role:
    role: frozenset[str]  # "capital"; "height mountain" for both "the tallest" and "the highest mountain"
    place: frozenset[str]  # "australia"; "world" for the world, the Earth or the planet
    holder: frozenset[str]  # "canberra"
    said: str
    wording: str = ""  # the role as written, lower case: "tallest mountain" (a capital's is its role)
    near: frozenset[str] = frozenset()  # the terms of the note that states it, set by the caller


# The same role in longer words: the capital city of a country is its capital.
_SAME_ROLE = {"capital city": "capital", "official currency": "currency"}


def _one_holder(role: str) -> bool:
    """Is ``role`` held by one thing at a time? A capital or a currency is; "the son of" or "the moon of" need
    not be, so such roles decide nothing."""
    return role in _ONE_HOLDER or _superlative(role)


def _superlative(role: str) -> bool:
    first = role.split()[0]
    return first.endswith("est") and first not in ("forest", "west", "interest", "latest", "honest", "modest")


def _role(role: str, place: str, holder: str, said: str, where: str = "of") -> Role | None:
    bare = re.sub(r"^the\s+", "", place)
    named = bare[:1].isupper() or bare.lower() in ("world", "solar system")
    if not _one_holder(role) or not holder[:1].isupper() or not named:
        return None
    if where != "of" and not _superlative(role):
        return None  # "the capital in ..." is no role
    places = frozenset(terms(place))
    places = frozenset({"world"}) if places <= _EVERYWHERE else places
    role = _SAME_ROLE.get(role.lower(), role)
    found = Role(frozenset(terms(role)), places, frozenset(terms(holder, subject=True)), said, role.lower())
    return found if found.role and found.place and found.holder else None


def _formula(substance: str, formula: str, said: str) -> Role | None:
    """The formula role of a substance, when ``formula`` reads as a chemical formula."""
    symbols = _SYMBOL.findall(formula)
    if len(symbols) < 2 and not any(symbols):
        return None  # one symbol with no count ("C", "Na") is an element, not a formula
    found = Role(frozenset({"formula"}), frozenset(terms(substance)), frozenset({formula.lower()}), said, "formula")
    return found if found.place else None


def _element_symbol(element: str, symbol: str, said: str) -> Role | None:
    """The symbol role of a chemical element ("gold", "Au")."""
    found = Role(frozenset({"symbol"}), frozenset(terms(element)), frozenset({symbol.lower()}), said, "symbol")
    return found if found.place else None


def _symbol_of(found: re.Match[str]) -> tuple[str, str]:
    return found.group("element") or found.group("owner"), found.group("symbol") or found.group("owned")


_STILL = re.compile(r"\bis\s+still\s+the\b", re.IGNORECASE)
"""'Bonn is still the capital of Germany' claims it holds the role now, as 'Bonn is the capital of Germany' does."""


def claimed_role(claim: str) -> Role | None:
    """The role a claim names the holder of ("Sydney is the capital of Australia"), or None."""
    text = _STILL.sub("is the", fronted(claim.strip().rstrip(".!?")[:MAX_TEXT]))
    if (symbol := _SYMBOL_CLAIM.match(text)) is not None:
        return _element_symbol(*_symbol_of(symbol), text)
    if (formula := _FORMULA_CLAIM.match(text)) is not None:
        return _formula(formula.group("substance"), formula.group("formula"), text)
    found = _ROLE_FIRST.match(text)
    if found is None:
        found = _HOLDER_FIRST.match(text)
        if found is None or found.end() < len(text.rstrip()):
            unscoped = _RANKED_ANYWHERE.match(text)  # "The Atlantic is the largest ocean": of all of them
            if unscoped is None:
                return None
            return _role(unscoped.group("role"), "the world", unscoped.group("holder"), text, "in")
    return _role(found.group("role"), found.group("place"), found.group("holder"), text, found.group("where"))


def stated_roles(passage: str) -> list[Role]:
    """Every "<Holder> is the <role> of <Place>" a passage states, in a list or alone, and every "the <role> of
    <Place> is <Holder>"."""
    found: list[Role] = []
    text = fronted(passage[:MAX_TEXT])
    for m in (*_HOLDER_FIRST.finditer(text), *_ROLE_FIRST_SAID.finditer(text)):
        holder, role, place = m.group("holder"), m.group("role"), m.group("place").rstrip(".")
        where = m.group("where")
        stated = _role(role, place, holder, f"{holder} is the {role} {where} {place}", where)
        if stated is not None:
            found.append(stated)
    for m in _SHARED_ROLE_SAID.finditer(text):
        role, place = "capital", m.group("place")
        for holder in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("holders").rstrip(".")):
            stated = _role(role, place, holder, f"{holder} is a {role} of {place}")
            if stated is not None:
                found.append(stated)
    if (ranked := _RANKED_ANYWHERE_SAID.match(text)) is not None:
        for first in filter(None, (ranked.group("first"), ranked.group("second"))):
            role = f"{first} {ranked.group('noun')}"
            stated = _role(role, "the world", ranked.group("holder"), f"{ranked.group('holder')} is the {role}", "in")
            if stated is not None:
                found.append(stated)
    if re.search(r"\bsymbols?\b", text, re.I):  # "copper's is Cu" names a symbol only where symbols are spoken of
        for m in _SYMBOL_SAID.finditer(text):
            element, symbol = _symbol_of(m)
            stated = _element_symbol(element, symbol, f"the symbol of {element.lower()} is {symbol}")
            if stated is not None:
                found.append(stated)
    for m in _FORMULA_SAID.finditer(text):
        substance = m.group("substance") or m.group("substance_after") or m.group("named")
        formula = m.group("formula") or m.group("formula_first") or m.group("formula_named")
        stated = _formula(substance, formula, f"the formula of {substance} is {formula}")
        if stated is not None:
            found.append(stated)
    return found


def decided(claimed: Role, stated: list[Role]) -> list[tuple[Role, bool]]:
    """The roles of the notes that decide the claimed one: (role, same holder).

    A holder named in the same wording supports the claim. Another holder contradicts it only when no note
    gives the claimed holder the role in any wording, and, when the note words the role otherwise ("the highest
    mountain" for "the tallest mountain"), that note does not name the claimed holder: the two words may be two
    measures (Everest is the highest above sea level, Mauna Kea the tallest from its base, and the note on
    Everest says both), but a note that never names Kilimanjaro has not ranked it some other way."""
    alike = [(role, same) for role in stated if (same := same_role(claimed, role)) is not None]
    holds_it = any(same for _, same in alike)
    return [
        (role, same)
        for role, same in alike
        if (same and role.wording == claimed.wording)
        or (not same and not holds_it and (role.wording == claimed.wording or not claimed.holder <= role.near))
    ]


def same_role(claimed: Role, stated: Role) -> bool | None:
    """True when the passage names the same holder of the claim's role, False another holder, None when it
    speaks of another role or place."""
    if claimed.role != stated.role or claimed.place != stated.place:
        return None
    return claimed.holder == stated.holder or claimed.holder <= stated.holder or stated.holder <= claimed.holder
