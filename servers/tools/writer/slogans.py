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

from servers.tools.inputs import ToolInputError
from servers.tools.writer.forms import sentence, title_case
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


def slogans(subject: str, points: list[str], max_words: int | None = None) -> list[str]:
    """Slogan lines from the given points (said under the subject's name) or from the subject's own words; each at
    most ``MAX_WORDS`` words, or ``max_words`` when the request sets a smaller limit, and then the fullest line
    first (the one that says most of what was given). ToolInputError when the words given make no line that
    short."""
    naming = _NAMING.match(points[0]) if points and subject.strip() else None
    if naming:  # "my bike shop - it's named Pedal Power": the name after a dash is the subject's, not a point
        subject, points = f"{subject.strip(' ,.')}, {naming.group('link')}{naming.group('name')}", points[1:]
    name, kind, does = slogan_parts(subject) if subject.strip() else ("", "", "")
    core = name or kind
    if points:
        lines = [sentence(f"{core[:1].upper() + core[1:]}: {p[:1].lower() + p[1:]}" if core else p) for p in points]
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
