"""A question said the way people talk, put back in the order the notes are searched in.

People ask in spoken order: the topic first and the question after it ("Mount Everest north side, which country is
it?", "The Danube, how long is it?"), a word of politeness or dialect before it ("Abeg which river ...", "Kindly,
who ..."), a shrug before it ("Daft question maybe, but ..."), the part they know with the rest asked ("bronze is
copper and what else?"), or the unit they want after it, in a fragment of its own ("Average salinity of seawater?
g per kg."). Each is read as the plain question it stands for:

- a fronted topic takes the place of the one "it" (or "they") in the question after it, and a question of which
  country, city or region it is asks where the topic is ("which country is Mount Everest north side in?");
- a leading word that only softens the asking names no topic, and is dropped;
- "S is A and what else?" asks what S is made of (the answer must still name A and the rest);
- a trailing fragment that only names units asks the answer in them: it joins the question, written out ("in
  grams per kilogram"), so a note must give the figure in those units to answer it.

Anything else is left as it is. Every regex here is linear: bounded classes and word alternations.
"""

from __future__ import annotations

import re

_WH = r"(?:who|whom|whose|what|which|when|where|why|how)"
# a word that softens the asking: politeness, dialect, a vocative
_SOFTENER = re.compile(
    r"^\W*(?:(?:abeg|biko|oya|please|pls|plz|kindly|por\s+favor)\b\s*(?:[,!.:;-]+\s*)?)+"
    rf"(?={_WH}\b|is\b|are\b|was\b|were\b|do\b|does\b|did\b|can\b|(?-i:[A-Z]))",
    re.I,
)
# a shrug before the question: "Daft question maybe, but ...", "Silly one I know -", "Random question, ..."
# ... or after it, before the question mark: "What is the capital of Australia please?"
_SOFTENER_AFTER = re.compile(
    r"(?<!\s)(?:\s*,\s*|\s+)(?:please|pls|plz|thanks|thank\s+you|cheers|abeg|o)(?=\s*[?!]+\s*$)", re.I
)
_SHRUG = re.compile(
    r"^\W*(?:(?:a|another)\s+)?(?:daft|silly|dumb|stupid|random|quick|odd|weird|strange|basic|obvious|simple|easy)"
    r"\s+(?:question|one|q)(?:\s+(?:maybe|perhaps|probably|i\s+know|sorry|here|for\s+you))?"
    r"\s*[,:;!.-]*\s*(?:but\s+)?(?=\w)",
    re.I,
)
_FRONTED = re.compile(
    rf"^(?P<topic>(?!{_WH}\b)[^,?!.:;]{{3,80}}?)\s*,\s*(?P<before>{_WH}\b[^,?!.]{{0,60}}?)\b(?P<it>it|they)\b"
    r"(?P<after>[^,?!.]{0,60}?)\s*\?\s*$",
    re.I,
)
# a fronted topic is a thing named, not a clause: "My daughter asked what gas ..., what's it called?" tells a story
_CLAUSE_WORDS = (
    r"i|i'm|i've|we|you|he|she|they|my|our|your|me|us|is|are|was|were|am|be|been|has|have|had|do|does|did|asked"
    r"|asks|said|says|told|forgot|forgotten|and|but|or|because|if|when|that|what|which|who|how|why|where|can|will"
)
_NAMES_A_THING = re.compile(rf"(?!.*\b(?:{_CLAUSE_WORDS})\b)(?:[\w'’-]+\s+){{0,5}}[\w'’-]+", re.I)
_WHERE_ASKED = re.compile(r"^(?:which|what)\s+(?:country|city|town|region|state|province|continent|county)\b", re.I)
_WHAT_ELSE = re.compile(
    r"^(?P<subject>[\w'’ -]{2,60}?)\s+(?:is|are|was|were)\s+(?:made\s+(?:of|from)\s+|mostly\s+)?"
    r"(?P<known>[\w'’ -]{2,40}?)\s+(?:and|plus|with)\s+what\s+else\s*\?\s*$",
    re.I,
)
_UNITS = {
    "g": "grams", "gram": "grams", "grams": "grams", "kg": "kilograms", "kilo": "kilograms", "kilos": "kilograms",
    "kilogram": "kilograms", "kilograms": "kilograms", "km": "kilometres", "m": "metres", "metre": "metres",
    "metres": "metres", "meter": "metres", "meters": "metres", "cm": "centimetres", "mm": "millimetres",
    "l": "litres", "litre": "litres", "litres": "litres", "liter": "litres", "liters": "litres", "ml": "millilitres",
    "ft": "feet", "feet": "feet", "mi": "miles", "miles": "miles", "lb": "pounds", "lbs": "pounds",
    "oz": "ounces", "mph": "miles per hour", "°c": "degrees Celsius", "celsius": "degrees Celsius",
    "°f": "degrees Fahrenheit", "fahrenheit": "degrees Fahrenheit", "percent": "percent", "%": "percent",
}  # fmt: skip
_UNIT = r"(?:°[cf]|%|[a-z]{1,10})"
_UNITS_ONLY = re.compile(
    rf"^\W*(?:in\s+)?(?P<a>{_UNIT})(?:\s*(?:per|/|a|an)\s*(?P<b>{_UNIT}))?(?:\s*,?\s*please)?\s*[.!?]*\s*$", re.I
)
_SENTENCE_END = re.compile(r"(?<=[?.!])\s+")


def in_spoken_order(request: str) -> str:
    """``request`` with each of its sentences that asks in spoken order put as the plain question it stands for."""
    sentences = [s for s in _SENTENCE_END.split(" ".join(request[:2_000].split())) if s.strip()]
    if len(sentences) > 8:
        return request
    units = _units_asked(sentences[-1]) if len(sentences) >= 2 else None
    if units is not None and sentences[-2].rstrip().endswith("?"):
        sentences = [*sentences[:-2], f"{sentences[-2].rstrip()[:-1].rstrip()} in {units}?"]
    if sum(s.rstrip().endswith("?") for s in sentences) != 1:
        return request  # a second question is not read in spoken order: each must be asked on its own
    changed = [_plain(s) for s in sentences]
    return request if changed == sentences and units is None else " ".join(changed)


def _plain(sentence: str) -> str:
    said = _SHRUG.sub("", _SOFTENER.sub("", sentence, count=1), count=1)
    said = _SOFTENER_AFTER.sub("", said, count=1)
    if (else_asked := _WHAT_ELSE.match(said)) is not None:
        return f"What is {else_asked.group('subject').strip()} made of?"
    if (fronted := _FRONTED.match(said)) is not None and _NAMES_A_THING.fullmatch(fronted.group("topic").strip()):
        before, topic, after = fronted.group("before"), fronted.group("topic").strip(), fronted.group("after")
        where = " in" if _WHERE_ASKED.match(before) and not after.strip() else ""
        question = f"{before}{topic}{after}{where}?"
        return question[:1].upper() + question[1:]
    if said != sentence and said:
        return said[:1].upper() + said[1:]
    return sentence


def named_besides(request: str) -> tuple[str, str] | None:
    """What a request asks the rest of, and the part it already knows (("bronze", "copper") for "bronze is copper
    and what else?"), or None."""
    for sentence in _SENTENCE_END.split(" ".join(request[:2_000].split())):
        said = _SHRUG.sub("", _SOFTENER.sub("", sentence, count=1), count=1)
        if (found := _WHAT_ELSE.match(said)) is not None:
            return found.group("subject").strip(), found.group("known").strip()
    return None


def lists_more_than(passage: str, asked: tuple[str, str]) -> bool:
    """Does a sentence of ``passage`` about the thing asked name the known part together with something else ("Bronze
    is an alloy of copper and tin")? One that names it alone ("made mostly of tin"), or a sentence about another
    thing ("Gold is mixed with copper and silver" for sterling silver), does not say what else there is."""
    subject, known = asked
    name = re.escape(known)
    together = re.compile(
        rf"\b{name}\s*(?:,|\band\b|\bwith\b|\bplus\b)\s*(?:\w+\s+){{0,2}}?\w+|\w+\s*(?:,|\band\b|\bwith\b)\s*{name}\b",
        re.I,
    )
    about = [w.lower() for w in re.findall(r"[\w'’-]{3,}", subject)]
    for sentence in _SENTENCE_END.split(passage[:4_000]):
        said = sentence.lower()
        if all(re.search(rf"\b{re.escape(w)}", said) for w in about) and together.search(sentence):
            return True
    return False


def _units_asked(fragment: str) -> str | None:
    """The units a fragment names and nothing else ("g per kg" gives "grams per kilogram"), or None."""
    found = _UNITS_ONLY.match(fragment)
    if found is None:
        return None
    first = _UNITS.get(found.group("a").lower())
    if first is None:
        return None
    if found.group("b") is None:
        return first
    second = _UNITS.get(found.group("b").lower())
    if second is None:
        return None
    return f"{first} per {second.removesuffix('s') if second.endswith('s') and ' ' not in second else second}"
