"""What a note's title tells about the sentences under it.

A title may name several things ("IP addresses: IPv4 and IPv6"), and a sentence that names one of them is not
about the others; a title may spell out a short name ("The Model Context Protocol (MCP)"), and a sentence that
says the long name names the short one, though it never writes it.
"""

from __future__ import annotations

import re

from servers.tools.researcher.matching import covers, stem_of, stems_of
from servers.tools.researcher.relevance import spelled_out
from servers.tools.summarizer.sentences import STOPWORDS, words

_TITLE_BREAK = re.compile(r"[,:;&()]|\s(?:and|or|vs\.?|versus)\s", re.I)


def spelled_out_stems(title: str) -> dict[str, set[str]]:
    """The short name a title spells out, as its stem, and the stems of the long name: "The Model Context Protocol
    (MCP)" gives {"mcp": {"model", "context", "protocol"}}, so a sentence that says the long name names MCP."""
    names = spelled_out(title)
    if names is None:
        return {}
    return {stem_of(names[0].lower()): {stem_of(w) for w in words(names[1]) if w not in STOPWORDS}}


def says_long_name(key: str, said: set[str], spelled: dict[str, set[str]]) -> bool:
    """Does a sentence with the stems ``said`` say the long name of ``key``, as its note's title spells it out?"""
    return key in spelled and all(covers(w, said) for w in spelled[key])


def title_parts(title: str) -> list[set[str]]:
    """The things a title names, each as its stems: "IP addresses: IPv4 and IPv6" names three."""
    return [s for s in (stems_of(part) for part in _TITLE_BREAK.split(title)) if s]


def implied_by_title(key: str, said: set[str], parts: list[set[str]]) -> bool:
    """May the title supply ``key`` to a sentence that does not say it? Yes, unless the title names several
    things and the sentence names one that is not ``key``'s: "An IPv4 address is 32 bits long" in a note
    titled "IPv4 and IPv6" is about IPv4, not IPv6."""
    if len(parts) < 2:
        return True
    own = set[str]().union(*(p for p in parts if covers(key, p)))
    others = {w for p in parts if not covers(key, p) for w in p if w not in own}
    return not any(covers(w, said) for w in others)
