"""Material that is only a figure ("£59.99", "15%", "3.4 kg"): a value with nothing said of what it is.

A text written from it can only restate it ("It: £59.99."), which answers nothing. An earlier step's result
handed on alone (a sale price, then "write the product description for it") arrives so; the writer then asks
for what the text should say, instead of passing the figure off as the text.
"""

from __future__ import annotations

import re

from servers.tools.inputs import ToolInputError
from servers.tools.writer.briefs import Brief

# A figure: a number with its currency ("£1,450.00", "GBP 59.99"), then its percent or short unit ("12%",
# "38.7 °C", "3 kg"). Figures are read one after another, each piece matched once from where the last ended (no
# pattern repeats another's repetition), so a long run of digits and commas costs time in proportion to its length.
_LEAD = re.compile(r"[^\w£$€¥+-]*")
_NUMBER = re.compile(r"(?:[£$€¥]|[A-Z]{3}\s?)?[-+]?\d[\d,]*(?:\.\d+)?")
_UNIT = re.compile(r"\s?(?:%|°[CF]?|[A-Za-z]{1,3}\b)")
_BETWEEN = re.compile(r"\s*(?:[,;/]|and\b|or\b)?\s*")
_TAIL = re.compile(r"\W*")


def _bare_figures(point: str) -> bool:
    """Whether ``point`` is one figure, or a few joined by commas, "and" or "or", and nothing else."""
    at = _skip(_LEAD, point, 0)
    while number := _NUMBER.match(point, at):
        at = _skip(_UNIT, point, number.end())
        if _skip(_TAIL, point, at) == len(point):
            return True
        at = _skip(_BETWEEN, point, at)
    return False


def _skip(piece: re.Pattern[str], text: str, at: int) -> int:
    """Where ``piece`` ends when it matches at ``at``, else ``at``."""
    found = piece.match(text, at)
    return found.end() if found else at


# the text is about "it" (the figure's referent, never said) or is a piece that describes a thing: a figure alone
# says nothing of either; a note "with the result" to finance says the figure, and that is what it asks
_UNSAID_REFERENT = re.compile(r"(?:it|this|that|them|these|those)", re.I)
_DESCRIBES_A_THING = re.compile(r"\b(?:description|blurb|listing|advert|ad|announcement|tweet|post|review)s?\b", re.I)


# "our handmade oak chopping board", "the solid walnut side table": a thing described by words of its own (what it
# is made of, what kind it is), of which the figures handed over (its size, its price) are said; "the Orbit lamp"
# and "our new blender" only name it, and a figure beside a name says nothing of what it is.
_DESCRIBED_THING = re.compile(
    r"^(?:the|our|my|a|an|this|their|his|her|its)\s+(?P<words>(?:(?-i:[a-z])[\w'-]*\s+){2,5})(?-i:[a-z])[\w'-]*$", re.I
)
_NAMING_WORDS = frozenset({"new", "latest", "great", "lovely", "amazing", "best", "little", "big", "special", "own"})


def is_bare_figure(point: str) -> bool:
    """Whether ``point`` is a figure or a few ("£59.99", "40 x 25 cm, £35") and nothing else."""
    return _bare_figures(point.strip())


def described_thing(subject: str) -> bool:
    """Whether ``subject`` describes a thing in words of its own ("our handmade oak chopping board")."""
    found = _DESCRIBED_THING.match(" ".join(subject.split()))
    return found is not None and len(set(found.group("words").lower().split()) - _NAMING_WORDS) >= 2


def only_figures(points: list[str], brief: Brief) -> bool:
    """Whether every point is a bare figure (or a few) and the text is about an unsaid "it" ("for it", "about it")
    or describes a thing, with nothing else to say; a thing described in words of its own has its figures said
    of it ("a product description for our handmade oak chopping board, 40 x 25 cm, £35")."""
    if not points or not all(_bare_figures(point.strip()) for point in points):
        return False
    if described_thing(brief.subject) and not brief.content:
        return False
    about = re.sub(r"^(?:about|on|regarding|for|with|using|from)\s+", "", brief.content.strip(), flags=re.I)
    if about and not _UNSAID_REFERENT.fullmatch(about):
        return False  # the request says something of its own ("saying the price went up"): the figure goes with it
    return bool(
        _UNSAID_REFERENT.fullmatch(brief.subject.strip()) or about or _DESCRIBES_A_THING.search(brief.style_word)
    )


def figures_without_facts(figures: str, what: str, hint: str) -> ToolInputError:
    """The decline for a text asked of bare figures: say what they are and what to say."""
    return ToolInputError(
        f"'{figures[:60]}' is a figure with nothing said about it, and offline I write only from facts you give: "
        f"say what it is and what the {what} should say (e.g. 'the Orbit lamp is now £59.99 in our sale; solid "
        f"oak base, warm light'), or {hint}."
    )
