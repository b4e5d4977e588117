"""Threats and ultimatums in a text to be made polite: what goes, and what is kept as a plain consequence.

"Pay it this week or we stop work.", "Fix it by Friday or I'll report you to HR.", "If you can't make it, I'll
cancel the booking.": the order before the threat becomes a request elsewhere (``politeness``); here the threat is
cut from it, and a consequence that carries information (stopping work, reporting to HR) is kept as a statement of
its own ("Otherwise we may need to stop work."). An ultimatum that says nothing but the end ("or I'm done with
you", "or else", "or you're fired") goes whole. A bare "or we ..." is a threat only after an order ("Pay it ... or
we stop work"); after anything else it may be a choice ("Tea, or we could have coffee"), and it is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ESCALATION = re.compile(r"\bI(?:'ll| will)\s+(?=report|escalate|complain|tell|go to|take this)", re.I)
# An ultimatum that says nothing but the end: "or I'm done with you", "or we're finished", "or forget it". Said
# before a real consequence ("or that's it, I'm calling the police"), it goes and the consequence is kept.
_ENDS_IT = (
    r"(?:that(?:'s| is) it|it(?:'s| is) over|forget (?:about )?it|(?:I(?:'m| am)|we(?:'re| are))\s+"
    r"(?:done|finished|through|out)(?:\s+with\s+(?:you|it|them|us|me|this|that)(?!\s+\w))?)\b"
)
# Any ultimatum at all, for the check: "or we're done with this contract" is not softened, so it is declined.
_ULTIMATUM = re.compile(rf"\bor\s+{_ENDS_IT}", re.I)
# "or else." and "or else we'll ...", but not the choice in "tea, or else coffee"
_ELSE = r"else(?=\s*(?:[.!?,;]|$)|\s+(?:I|we|you|they|there|it)\b)"
_THREAT_OR = re.compile(
    rf",?\s+or\s+(?:{_ENDS_IT},?\s+(?:and\s+)?)?(?:(?:{_ELSE}|you(?:'re| are|'ll| will)|there(?:'ll| will)|"
    r"do(?:n'?t|n't| not)\s+(?:even\s+)?(?:bother|come back|show up|come in))\b[^.!?]*|"
    r"(?P<who>I|we)(?:'ll| will|'m going to| am going to|'re going to| are going to)\s+(?P<rest>[^.!?]+)|"
    r"I(?:'m| am)\s+(?P<doing>[a-z]+ing\b[^.!?]*)|"
    rf"{_ENDS_IT}(?=\s*(?:[.!?,;]|$)))",
    re.I,
)
# "... or we stop work", "... or I cancel the order": a consequence in the plain present, after an order.
_BARE_THREAT = re.compile(
    r",?\s+or\s+(?P<who>I|we)\s+(?!(?:can|could|would|should|might|may|must|do|does|did|don'?t|didn'?t|have|had|"
    r"am|was|were|are|think|guess|mean|suppose|hope|know|need|want|will|shall|also|both|all)\b)"
    r"(?P<rest>[a-z][^.!?]*)",
    re.I,
)
# "... or don't expect payment this month", "... or you won't get a seat": an ultimatum whose end is something
# withheld. Kept as the plain consequence it states ("Otherwise I'm afraid I can't promise payment this month."),
# never as the "or ..." that makes it a threat.
_WITHHELD = re.compile(
    r",?\s+(?:or(?:\s+else)?|otherwise),?\s+(?:"
    r"do(?:n'?t|n't| not)\s+(?:even\s+)?expect\s+(?:(?P<them>me|us|him|her|them)\s+to\s+(?P<doing>[^.!?]+)|"
    r"(?P<expected>[^.!?]+))|"
    r"you\s+(?:won'?t|will not|can'?t|cannot)\s+(?P<denied>[^.!?]+))",
    re.I,
)
# "Finish the slides tonight, otherwise I'll present without them.": "otherwise" is a threat only after an order
# ("I'll bring cake, otherwise we'll buy some" is a plan).
_OTHERWISE = re.compile(
    r",?\s+otherwise,?\s+(?P<who>I|we)(?:'ll| will|'m going to| am going to|'re going to| are going to)?\s+"
    r"(?!(?:can|could|would|should|might|may|think|guess|hope)\b)(?P<rest>[a-z][^.!?]*)",
    re.I,
)
_THREAT_IF = re.compile(
    r"^\W*if you (?:don'?t|do not|can'?t|cannot|fail to|won'?t)\s+(?P<ask>[^,.!?]+),?\s+(?:then\s+)?"
    r"(?:(?P<who>I|we)(?:'ll| will)\s+(?P<rest>[^.!?]+)|(?:you(?:'re| are|'ll| will)|there(?:'ll| will))"
    r"[^.!?]*)",
    re.I,
)

# "If you lose your keys again I'm charging double", "If this happens again we'll cancel the booking": a warning about a
# repeat, with its consequence said as a done deal. Kept as what may follow ("..., I may end up charging double."),
# so the reader still learns the charge, without the threat's certainty.
_REPEAT_IF = re.compile(
    r"^\W*(?P<cond>if (?:you|this|that|it|they|he|she|your \w+|the \w+|(?-i:[A-Z])\w+)\b[^,.!?]{1,120}?\bagain),?\s+"
    r"(?:then\s+)?"
    r"(?:(?P<who>I|we)(?:'m| am|'re| are)\s+(?P<doing>[a-z]+ing\b[^.!?]*)|"
    r"(?P<will>I|we)(?:'ll| will)\s+(?!(?:be\s+(?:happy|glad|pleased|able))\b)(?P<rest>[^.!?]+))(?P<end>[.!]*)\s*$",
    re.I,
)

Demanding = Callable[[str], bool]
"""Whether a sentence (the part before "or") is an order: ``politeness`` knows orders; this module knows threats."""


def threatens(sentence: str, demanding: Demanding) -> bool:
    """Whether ``sentence`` still holds a threat or an ultimatum."""
    if _THREAT_OR.search(sentence) or _THREAT_IF.match(sentence) or _ULTIMATUM.search(sentence):
        return True
    if _REPEAT_IF.match(sentence):
        return True
    if _WITHHELD.search(sentence):
        return True
    otherwise = _OTHERWISE.search(sentence)
    if otherwise is not None and demanding(sentence[: otherwise.start()]):
        return True
    bare = _BARE_THREAT.search(sentence)
    return bare is not None and demanding(sentence[: bare.start()])


def without_threat(sentence: str, demanding: Demanding) -> tuple[str, str]:
    """(``sentence`` without its threat, a consequence worth keeping as a plain statement, or "")."""
    conditional = _THREAT_IF.match(sentence)
    if conditional:
        return f"Could you please {conditional.group('ask').strip()}?", _otherwise(
            conditional.group("who"), conditional.group("rest")
        )
    repeat = _REPEAT_IF.match(sentence)
    if repeat:
        cond = repeat.group("cond").strip()
        cond = cond[:1].upper() + cond[1:]
        if repeat.group("doing"):
            return f"{cond}, {repeat.group('who')} may end up {repeat.group('doing').strip()}.", ""
        return f"{cond}, {repeat.group('will')} may need to {_needless(repeat.group('rest'))}.", ""
    withheld = _WITHHELD.search(sentence)
    if withheld:
        ending = sentence[withheld.end() :]
        head = re.sub(r"^(\W*)either\s+", r"\1", sentence[: withheld.start()], flags=re.I)
        return head + (ending if ending.strip() else "."), _withheld(withheld, head)
    threat = _THREAT_OR.search(sentence)
    if threat is None:
        otherwise = _OTHERWISE.search(sentence)
        threat = otherwise if otherwise is not None and demanding(sentence[: otherwise.start()]) else None
    if threat is None:
        bare = _BARE_THREAT.search(sentence)
        threat = bare if bare is not None and demanding(sentence[: bare.start()]) else None
    if threat:
        found = threat.groupdict()
        consequence = _otherwise(found.get("who"), found.get("rest"))
        doing = found.get("doing")
        consequence = f"Otherwise I may end up {doing.strip()}." if doing else consequence
        ending = sentence[threat.end() :]
        # "Either reply today or don't bother": with the "or" gone, "either" has nothing to choose between
        head = re.sub(r"^(\W*)either\s+", r"\1", sentence[: threat.start()], flags=re.I)
        return head + (ending if ending.strip() else "."), consequence
    return _ESCALATION.sub("I may need to ", sentence), ""


def _withheld(found: re.Match[str], head: str) -> str:
    """The plain consequence of an ultimatum whose end is something withheld (``_WITHHELD``)."""
    denied = found.group("denied")
    if denied:
        can = re.match(r"(?:can'?t|cannot)\b", found.group()[found.group().lower().rfind("you") + 3 :].strip(), re.I)
        return f"Otherwise I'm afraid you may not {'be able to ' if can else ''}{denied.strip()}."
    them, doing = found.group("them"), found.group("doing")
    if them and doing:
        subject = {"me": "I", "us": "we", "him": "he", "her": "she", "them": "they"}[them.lower()]
        return f"Otherwise I'm afraid {subject} may not be able to {doing.strip()}."
    who = "we" if re.search(r"\b(?:we|us|our)\b", head, re.I) else "I"
    return f"Otherwise I'm afraid {who} can't promise {found.group('expected').strip()}."


def _needless(rest: str) -> str:
    """What will be done, without a "have to" that "may need to" already says."""
    return re.sub(r"^(?:have to|need to|be forced to|just)\s+", "", rest.strip(), flags=re.I)


def _otherwise(who: str | None, rest: str | None) -> str:
    if not rest:
        return ""
    rest = _needless(rest)
    rest = rest[:1].lower() + rest[1:] if not rest[:2].isupper() else rest
    # "or I'm going to the ombudsman", "or we're going to court": going somewhere, never a verb
    rest = re.sub(r"^(?=(?:the|a|an|my|our|your|their|court|hr|tribunal)\b)", "go to ", rest, flags=re.I)
    return f"Otherwise {'we' if (who or '').lower() == 'we' else 'I'} may need to {rest}."
