"""What anyone can do, said as what can be done: "you can score a goal direct from a throw-in" claims that "a goal
can be scored direct from a throw-in".

A claim with a generic "you" (or "we", "one", "people") as its subject is about the thing done, not about the
hearer: a note says "A goal cannot be scored directly from a throw-in", never "you". So a claim of the form
"<generic subject> <modal> <verb> <a thing> <how or where>" is put in the passive with the thing as its subject.
Only a verb whose participle is known is turned ("score" -> "scored", "catch" -> "caught"), and only when the thing
is a noun phrase with its article and something follows it: "you can swim" or "you can do it" stay as they are.

Every regex here is linear: bounded word runs and alternations.
"""

from __future__ import annotations

import re

from servers.tools.researcher.wording import IRREGULAR

_PARTICIPLE = {base: form for form, base in IRREGULAR.items() if form.endswith(("en", "wn", "ne", "t", "d"))}
_PARTICIPLE.update(
    {"see": "seen", "get": "got", "catch": "caught", "put": "put", "cut": "cut", "hit": "hit", "set": "set"}
)
_GENERIC = re.compile(
    r"^(?:you|we|one|people|anyone|anybody|humans)\s+(?P<modal>can(?:not)?|can't|could(?:n't)?|should(?:n't)?"
    r"|must(?:n't)?)\s+(?P<verb>[a-z]{3,15})\s+(?P<thing>(?:a|an|the|your|some)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)"
    r"\s+(?P<rest>(?:from|with|in|on|at|by|into|through|without|during|after|before|direct|directly|straight)\b"
    r".{1,200})$",
    re.I,
)
_NOT_VERBS = frozenset("see spot hear smell notice".split())  # perception is put in the passive elsewhere


def _participle(verb: str) -> str | None:
    if verb in _PARTICIPLE:
        return _PARTICIPLE[verb]
    if verb in IRREGULAR.values():
        return None  # an irregular verb whose participle is not known here
    if verb.endswith("e"):
        return f"{verb}d"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return f"{verb[:-1]}ied"
    return f"{verb}ed"


def as_done(claim: str) -> str:
    """``claim`` in the passive when its subject is a generic "you" and the thing done is named; else as it is."""
    found = _GENERIC.match(claim.strip())
    if found is None or found.group("verb").lower() in _NOT_VERBS:
        return claim
    participle = _participle(found.group("verb").lower())
    if participle is None:
        return claim
    thing = re.sub(r"^(?:your|some)\s+", "", found.group("thing"), flags=re.I)
    modal = found.group("modal").lower().replace("can't", "cannot")
    return f"{thing[:1].upper()}{thing[1:]} {modal} be {participle} {found.group('rest')}"
