"""Slogans built offline from the words of the request: its name, what kind of thing it is, what it does.

"a slogan for my dog-walking business, Happy Paws, which walks dogs twice a day" gives a name (Happy Paws), a
kind (dog-walking business) and what it does (walks dogs twice a day); each line says those words again and
nothing else. Given lines ("... Crumb & Co. We bake sourdough before 6am.") are said under the name.

A slogan is a short line. A line longer than ``MAX_WORDS`` is a sentence of facts under a slogan's name, which
ignores the form asked for: such lines are left out, and when no line is short enough the request is declined.
A limit the request sets ("under 10 words") is each line's limit, and the fullest line within it comes first:
one slogan asked for under a limit is that line alone (``composition``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.inputs import ToolInputError
from servers.tools.summarizer.sentences import STOPWORDS, stem, words
from servers.tools.writer.forms import lowered, sentence, title_case
from servers.tools.writer.lengths import measure

MAX_WORDS = 12
_DETERMINERS = re.compile(r"^(?:a|an|the|our|my|your|their)\s+", re.I)
_NAME = r"(?-i:[A-Z])[\w'.&-]*(?:\s+(?:&|(?-i:[A-Z])[\w'.&-]*)){0,4}"
_DOES = r"(?:,?\s+(?:that|which|who)\s+(?P<q>.+))?"
# How a name is tied to what it names: "called", "which is called", "it's named", "the business is called", "its
# name is". The kind before it is read shortest first, so the linking words never become part of the kind.
_LINK = (
    r"(?:(?:(?:which|that|and)\s+)?(?:it|(?:the|our|my|its|their)\s+\w+)\s*(?:is|'s|’s)\s+(?:called|named)|"
    r"(?:which|that)\s+(?:is|'s)\s+(?:called|named)|(?:the|its|our|my|their)\s+(?:\w+\s+)?name\s+is|called|named)\s+"
)
_CALLED = rf"(?:,|\s+[-–—]+)?\s+{_LINK}"
# A point that only names the subject: "it's named Pedal Power", "the business is called Muddy Paws".
_NAMING = re.compile(rf"^(?P<link>(?i:{_LINK}))(?P<name>{_NAME})[.!]?$")
# "a vegan bakery called Crumb & Leaf", "my van, the business is called Muddy Paws", "my bakery, Crumb & Co.",
# "Pedal Power, our bike repair shop", each with an optional "that/which/who ..." saying what it does.
_SUBJECTS = (
    re.compile(rf"^(?P<kind>[^,]{{1,80}}?){_CALLED}(?P<name>{_NAME}){_DOES}$"),
    re.compile(rf"^(?P<kind>[^,]{{1,80}}),\s+(?P<name>{_NAME}),?{_DOES}$"),
    re.compile(rf"^(?P<name>{_NAME}),\s+(?:an?|our|my|the|their)\s+(?P<kind>[^,]{{1,80}}?){_DOES}$"),
)


def slogan_parts(subject: str) -> tuple[str, str, str]:
    """(name, kind of thing, what it does) from a slogan's subject; the name and what it does may be ""."""
    subject = subject.strip(" ,.")
    for shape in _SUBJECTS:
        found = shape.match(subject)
        if found:
            kind = _DETERMINERS.sub("", found.group("kind").strip(" ,"))
            return found.group("name").strip(" ,"), kind, (found.group("q") or "").strip(" ,.")
    parts = re.split(r"\s+(?:who|that|which|with)\s+", subject, maxsplit=1)
    return "", _DETERMINERS.sub("", parts[0]), parts[1] if len(parts) > 1 else ""


def slogans(subject: str, points: list[str], max_words: int | None = None, *, one: bool = False) -> list[str]:
    """Slogan lines from the given points (said under the subject's name) or from the subject's own words; each at
    most ``MAX_WORDS`` words, or ``max_words`` when the request sets a smaller limit, and then the fullest line
    first (the one that says most of what was given). With ``one`` (a single slogan under a limit) the first line
    is the answer. When those lines leave a given fact out, or none is short enough, the facts are read as a
    business's profile (``profiled``): the options then say the name and one thing each, and say every fact
    together. ToolInputError when the words given make no line short enough."""
    try:
        lines = _worded(subject, points, max_words)
    except ToolInputError:
        lines = []
    told = _told(subject, points)
    profile = profiled(subject, points)
    # "my tutoring business, Bright Sparks, we do ...", "our gym? We're called IronWorks ...": a name the shapes of
    # ``slogan_parts`` do not read is still the name every line says
    unnamed = profile is not None and not slogan_parts(subject)[0] and not _NAMING.match(points[0] if points else "")
    if lines and not _left_out(lines[:1] if one else lines, told) and not unnamed:
        return lines
    limit = min(MAX_WORDS, max_words or MAX_WORDS)
    options = _options(profile, limit, one) if profile else []
    if options and not _left_out(options, told):
        return options
    return lines or _worded(subject, points, max_words)


def _worded(subject: str, points: list[str], max_words: int | None) -> list[str]:
    naming = _NAMING.match(points[0]) if points and subject.strip() else None
    if naming:  # "my bike shop - it's named Pedal Power": the name after a dash is the subject's, not a point
        subject, points = f"{subject.strip(' ,.')}, {naming.group('link')}{naming.group('name')}", points[1:]
    name, kind, does = slogan_parts(subject) if subject.strip() else ("", "", "")
    core = name or kind
    if points:
        # "We do sourdough ...": under the name, what is done is said without the verb that only introduces it
        points = [_FILLER.sub("", p).strip() or p for p in points] if core else points
        lines = [sentence(f"{core[:1].upper() + core[1:]}: {lowered(p)}" if core else p) for p in points]
    elif does:
        lines = [f"{title_case(core)}: {does}.", f"{does[:1].upper() + does[1:]}: that's {core}."]
        lines.append(f"{name}, the {kind} that {does}." if name else f"The {kind} that {does}.")
    else:
        lines = [f"{title_case(core)}.", f"Think {kind}. Think {name}." if name else f"Think {core}."]
        # "Your bakery, your way" for a kind of thing; a name is nobody's to own ("Rise & Shine Bakery, your way")
        owned = f"{core}, your way." if core[:1].isupper() else f"Your {core}, your way."
        lines.append(f"{name}: your {kind}, your way." if name else owned)
    limit = min(MAX_WORDS, max_words or MAX_WORDS)
    short = [line for line in lines if measure(line).words <= limit]
    if max_words is not None:
        short.sort(key=lambda line: -measure(line).words)
    if not short:
        longest = max(measure(line).words for line in lines)
        raise ToolInputError(
            f"A slogan is a short line, and the facts you gave make one of {longest} words; give me a short phrase "
            "to build it from (the name and one thing it does), or set ANTHROPIC_API_KEY (or point the writer at a "
            "local model)."
        )
    return short


@dataclass(frozen=True, slots=True)
class Profile:
    """A business as its slogan request describes it: its ``name``, what it is (``kind``, with where: "dog walking
    business in Leeds") and the ``things`` it does or has ("group walks and puppy visits"), each as worded."""

    name: str
    kind: str
    things: tuple[str, ...]


# "It's called Paws & Go", "we're called Clearview", "the name is Bean There", "called Spoke Doctor".
_NAMED_AS = re.compile(
    rf"(?:,\s*|\s+[-\u2013\u2014]+\s*|\s+)?(?:(?:and\s+)?(?:(?:it|we|they|(?:the|our|my)\s+\w+)\s*(?:'s|\u2019s|'re|is|"
    rf"are)\s+)?(?:called|named)\s+(?P<name>{_NAME})|(?:and\s+)?(?:the|its|our|my)\s+name\s*(?:is|'s|\u2019s)\s+"
    rf"(?P<other>{_NAME}))",
    re.I,
)
# Where one thing said ends and the next begins: a sentence's end, a comma or semicolon, "with", "that", "who",
# or "and" before a new subject ("... in Leeds and we do group walks").
# "my tutoring business, Bright Sparks, we do ...": a kind, then its name set off by commas.
_APPOSED = re.compile(rf"^(?P<kind>[^,.;:!?]{{1,80}}),\s+(?P<name>{_NAME})(?:,\s+(?P<rest>\S.*))?$")
_CLAUSES = re.compile(
    r"(?<=[.!?])\s+|[,;]\s+|\s+[-\u2013\u2014]+\s+|\s+(?:with|that|which|who)\s+|\s+and\s+(?=(?:we|it|they|i)\b)",
    re.I,
)
# "we do group walks": the doing said by a verb that only introduces what follows; "too", "also" add nothing.
_FILLER = re.compile(
    r"^(?:(?:and|also|plus|but)\s+)?(?:(?:we|they|it|i)\s*(?:also\s+)?(?:do|does|offer|offers|provide|provides|have|"
    r"has|'ve got|have got)\s+)?|(?:\s+(?:too|as well|also))+$",
    re.I,
)
_COURTESY = re.compile(r"\s*\b(?:please|pls|thanks)\b,?", re.I)


def profiled(subject: str, points: list[str]) -> Profile | None:
    """The business a slogan is for, read from the request's subject and points: "my dog walking business in
    Leeds" + "It's called Paws & Go and we do group walks and puppy visits." or "Pinecrest, a campsite in the Lake
    District with hot showers and a dog-friendly policy". None unless a name is given: a slogan picks from what is
    said only under the name the request gives."""
    said = [subject.strip(" ,."), *(p.strip(" ,.") for p in points)]
    told = _COURTESY.sub("", ". ".join(p for p in said if p))[:1_000]
    found = _NAMED_AS.search(told)
    if found:
        group = "name" if found.group("name") else "other"
        # a name ends its sentence: "... called Clearview. We do gutters" names Clearview
        name = re.split(r"[.!?]\s", found.group(group) or "", maxsplit=1)[0]
        rest = f"{told[: found.start()]}. {told[found.start(group) + len(name) :]}"
    else:
        name, kind, does = slogan_parts(subject) if not points else ("", "", "")
        rest = f"{kind}, {does}"
        apposed = None if name else _APPOSED.match(told)
        if apposed:  # "my tutoring business, Bright Sparks, we do GCSE maths": the name set off after the kind
            name, rest = apposed.group("name"), f"{apposed.group('kind')}, {apposed.group('rest') or ''}"
        elif points and re.fullmatch(_NAME, subject.strip(" ,.?")):
            # "Slogan for Brookside Farm Shop? We sell free-range eggs ...": the subject is the name, the points
            # what it does
            name, rest = subject.strip(" ,.?"), ". ".join(_COURTESY.sub("", p) for p in points)
    name = name.strip(" ,.")
    clauses = [_FILLER.sub("", c).strip(" ,.") for c in _CLAUSES.split(rest)]
    clauses = [_DETERMINERS.sub("", c) for c in clauses if re.search(r"\w", c)]
    if not name or not clauses:
        return None
    return Profile(name, clauses[0], tuple(clauses[1:]))


def _options(profile: Profile, limit: int, one: bool) -> list[str]:
    """Slogan lines of ``profile``: all it says in one line when that fits ``limit``, else (unless ``one`` line is
    asked for) the name with one thing each, which together say all of it."""
    said = [profile.kind, *profile.things]
    whole = f"{profile.name}: {lowered(', '.join(said))}."
    if measure(whole).words <= limit:
        return [whole]
    if one:
        return []
    lines = [sentence(f"{profile.name}: {lowered(thing)}") for thing in said]
    return lines if all(measure(line).words <= limit for line in lines) else []


# Words a slogan request uses to tie a name to its business, or to ask: never a fact a slogan must say.
_TYING = frozenset({"called", "named", "name", "it's", "we're", "catchy", "please", "pls", "too", "also"})


def _told(subject: str, points: list[str]) -> set[str]:
    return {w for w in words(" ".join([subject, *points])) if w not in STOPWORDS and w not in _TYING}


def _left_out(lines: list[str], told: set[str]) -> bool:
    said = {stem(w) for w in words(" ".join(lines))}
    return any(stem(w) not in said for w in told)
