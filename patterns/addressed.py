"""Agents the user names as the ones to ask: "Ask both the fact checker and the researcher: did ...?", "Get the
summarizer and the writer to each give me a short version of this: ...".

A request that opens by addressing two or more agents by name asks each of them the same thing: a fan-out to
those agents, not a plan of parts for whoever ranks first. What is asked is the rest of the request (after the
colon, or the instruction after "to each"), so no agent reads the addressing as part of its job. An agent's name
is read as users write it: "the fact checker", "fact-checker", "the code reviewer", "summariser".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from patterns.material import ASKING, WORD, opens_instruction, split_material, with_material
from patterns.remarks import without_closing_remark

# "Ask", "Get", "Have", "Let", "Send this to", "Give this to", "Run this past", with "both", "all of" or "each of"
# before the names.
_OPENING = re.compile(
    r"^\W*(?:(?:please|can you|could you)\s+)?"
    r"(?:ask|get|(?P<bare>have|let)|(?P<sent>(?:send|put|give|pass|show)\s+(?:this|it)\s+to|run\s+(?:this|it)\s+(?:past|by)))\s+"
    r"(?:(?:both|all|each)\s+(?:of\s+)?)?",
    re.I,
)
# "Both the summarizer and the writer, please, make this shorter: ...", "Summarizer and writer: ...": the agents
# named with no verb before them, as people are spoken to. Only a vocative that is then given an order, after a
# comma, a colon or "please", addresses them ("Both the summarizer and the writer gave short answers" does not).
_VOCATIVE = re.compile(r"^\W*(?:(?:both|all|each)\s+(?:of\s+)?)?(?=\w)", re.I)
_SPOKEN_TO = re.compile(r"^\s*(?:,|:|\s+please\b)", re.I)
# "take this and make it shorter": taking the text up is no job of its own; the order after it is the job
_TAKE_UP = re.compile(
    r"^(?:take|grab|look\s+at|go\s+over|read)\s+(?:this|it|the\s+text|the\s+following)\s+and\s+(?=[a-z])", re.I
)
# ", I'll pick whichever is better", "so I can compare": what the user will do with the answers, said to whoever
# asks the agents, before the colon that hands over the text; no agent's job
_CHOOSING = re.compile(
    r"[,;]?\s*(?:and\s+|so\s+|then\s+)?(?:i'?ll|i\s+will|i\s+can|i\s+want\s+to|i'd\s+like\s+to)\s+"
    r"(?:pick|choose|compare|decide|go\s+with|use|see)\s+(?:whichever|which|the\s+best|the\s+better|the\s+one"
    r"|between|them|both)\b[^:.?!\n]{0,60}(?=:)",
    re.I,
)
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", re.I)
# After the names: "this one", "this", "both", "each", "about this", "at the same time", then a colon, or "to (each)
# <instruction>", or a dash or comma before the things wanted of them ("- I want a short summary and a note to the
# tenant: <text>", ", a summary for my file and a friendly note to the couple: <text>", "- summary for the staff and a
# post for our Instagram: <text>").
# A thing wanted named by its kind without an article, as a list of them opens: "summary for the staff and a post
# for our Instagram: <text>".
NAMED_PRODUCT = (
    r"(?:(?:short|quick|brief|one-line|plain)\s+)?(?:summary|summaries|gist|tl;?dr|post|note|tweet|email|message"
    r"|caption|notice|version|rewrite|outline|review|fact[\s-]check|total|sum)\b"
)
_AFTER = re.compile(
    r"^\s*(?:,?\s*(?:this(?:\s+one)?|(?:both|each)(?:\s+of\s+you)?|you\s+(?:two|both)|too|please|the\s+same\s+(?:question|thing)|about\s+(?:this|it)"
    r"|at\s+the\s+same\s+time|at\s+once|for\s+me)\b\s*)*"
    r"(?::\s*(?P<asked>\S.*)|\s*to\s+(?:(?:each|both|all)\s+)?(?P<instruction>\S.*)"
    rf"|[-\u2013\u2014,.]\s*(?P<wanted>(?:(?:i\s+(?:want|need|would\s+like)|i'd\s+like|a|an)\s|{NAMED_PRODUCT}).*)"
    r"|,?\s*(?P<bare>[a-z]\S*\s.*))$",
    re.I | re.S,
)


@dataclass(frozen=True, slots=True)
class Addressed:
    """The agents a request names as the ones to ask, in its order, and what it asks each of them."""

    names: tuple[str, ...]
    text: str


def name_pattern(name: str) -> str:
    """An agent's name as a pattern of the ways users write it ("fact_checker": "fact checker", "fact-checker")."""
    words = [re.escape(word).replace("z", "[sz]") for word in name.split("_")]
    return r"(?:the\s+)?" + r"[\s-]?".join(words) + r"s?\b"


def addressed(text: str, names: Sequence[str]) -> Addressed | None:
    """The agents ``text`` opens by addressing (two or more of ``names``) and what it asks them; None when it
    addresses fewer, or says nothing after the names."""
    found = _addressed_opening(text, names) or _addressing_sentence(text, names)
    # ("...: Everest is 8,848 m high. the kids are doing mountains this term": why it came up is asked of none)
    return Addressed(found.names, without_closing_remark(found.text)) if found is not None else None


# "Fan this out to the calculator and the writer please.", "Both the calculator and the writer for this one.",
# "Could the calculator and the writer both have a go at this?": a first sentence made only of the agents' names and
# these words asks nothing of its own; what they are asked is the rest of the request.
_HAILING = frozenset(
    """please could can would will you both all each of the and have a go at this it one for fan out to send pass give
    hand share split between let get on job use try take look work over i i'd want need like ok okay right so""".split()
)
_LISTING = frozenset("both all each of the and".split())
_FIRST_SENTENCE = re.compile(r"^\s*(?P<sentence>[^.!?\n]{3,160}[.!?])\s+(?P<rest>\S.*)$", re.S)


def _addressing_sentence(text: str, names: Sequence[str]) -> Addressed | None:
    """The agents a first sentence only addresses, and the rest of the request as what is asked of them."""
    found = _FIRST_SENTENCE.match(text)
    if found is None:
        return None
    sentence = found.group("sentence")
    hits: list[tuple[int, str]] = []
    for name in names:
        spoken = re.compile(r"\b" + name_pattern(name), re.I)
        at = spoken.search(sentence)
        if at is not None:
            hits.append((at.start(), name))
            sentence = spoken.sub(" ", sentence)
    words = set(WORD.findall(sentence.lower()))
    # ("Both the summarizer and the writer." names them and says nothing to them: a list, not an address)
    if len(hits) < 2 or not words <= _HAILING or not words - _LISTING:
        return None
    return Addressed(tuple(name for _, name in sorted(hits)), found.group("rest").strip())


def _addressed_opening(text: str, names: Sequence[str]) -> Addressed | None:
    opening = _OPENING.match(text)
    vocative = opening is None
    opening = opening or _VOCATIVE.match(text)
    if opening is None or not names:
        return None
    spoken = {name: re.compile(name_pattern(name), re.I) for name in names}
    found: list[str] = []
    at = opening.end()
    while True:
        hit = _first_name(spoken, text, at)
        if hit is None:
            break
        found.append(hit[0])
        at = hit[1]
        joined = _JOIN.match(text, at)
        if joined is None:
            break
        after = text[joined.end() :]
        if not any(pattern.match(after) for pattern in spoken.values()):
            break
        at = joined.end()
    if len(set(found)) < 2:
        return None
    rest = _AFTER.match(text[at:])
    if rest is None or (vocative and not _ordered(text[at:], rest)):
        return None
    if rest.group("bare") and not vocative and not opening.group("bare"):
        return None  # "Ask the calculator and the researcher how ...": only "have" and "let" take a bare verb
    said = rest.group("asked") or rest.group("instruction") or rest.group("wanted") or rest.group("bare")
    asked = _CHOOSING.sub("", _TAKE_UP.sub("", (said or "").strip()), count=1)
    if asked and not vocative and opening.group("sent") and rest.group("asked") and _only_text(asked):
        # "Send this to the summarizer and the fact checker: Our pharmacy opened in 1994. ...": what is sent is the
        # text after the colon, asked of nothing else; each agent gets it as "this", to do its own job on
        return Addressed(tuple(dict.fromkeys(found)), with_material("This", asked))
    return Addressed(tuple(dict.fromkeys(found)), asked[:1].upper() + asked[1:]) if asked else None


# "I need the total and a text to the customer.": a sentence of the text that says what is wanted of it
_WISH = re.compile(r"^(?:i|we)(?:\s+(?:just\s+|also\s+)?(?:need|want|would\s+like)|'d\s+like)\b", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+")


def _only_text(asked: str) -> bool:
    """Whether ``asked`` is a text with no ask of its own: no sentence of it is an order, a question or a wish."""
    if asked.rstrip().endswith("?") or split_material(asked)[1]:
        return False
    for sentence in _SENTENCES.split(asked[:2000]):
        words = WORD.findall(sentence[:80].lower())[:2]
        if words and (words[0] in ASKING or opens_instruction(words) or _WISH.match(sentence.strip())):
            return False
    return True


def _ordered(after_names: str, rest: re.Match[str]) -> bool:
    """Whether the words after agents named with no verb before them speak to them: a comma, a colon or "please"
    right after the names, then what is asked after a colon, or an order ("make this shorter")."""
    if _SPOKEN_TO.match(after_names) is None:
        return False
    if rest.group("asked") is not None:
        return True
    bare = rest.group("bare")
    return bare is not None and opens_instruction(WORD.findall(_TAKE_UP.sub("", bare[:80]).lower())[:2])


def _first_name(spoken: dict[str, re.Pattern[str]], text: str, at: int) -> tuple[str, int] | None:
    """The agent named at ``at`` in ``text`` and where its name ends, or None."""
    for name, pattern in spoken.items():
        found = pattern.match(text, at)
        if found is not None:
            return name, found.end()
    return None
