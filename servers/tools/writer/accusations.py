"""Accusations said to the reader, made plain statements of what has not happened yet.

"You still haven't paid invoice 2231." blames the reader for a fact a polite text can simply state: "It looks like
invoice 2231 hasn't been paid yet." The reader is no longer the subject; the thing is, and the sentence keeps its
verb and every word of its object. Only a verb already in the participle ("paid", "sent", "returned", "signed") and
an object the verb acts on ("invoice 2231", "the projector", "the minutes of the meeting") are read; "You still
haven't replied to me", "You haven't done anything" or "You haven't finished the report on time" have no such plain
object, and the sentence is left for the final check, which declines a polite rewrite that still accuses
(``still_accuses``).
"""

from __future__ import annotations

import re

# A participle: a regular one ("-ed"), or one of the irregular ones a reminder uses.
_IRREGULAR = frozenset(
    """paid sent done given taken written made brought bought kept left told shown signed read put set sold built
    found got gotten seen spent lent chosen drawn torn worn returned held sung run won begun""".split()
)
_ACCUSED = re.compile(
    r"^\W*you\s+(?:(?:still|yet|really|just)\s+)?(?:have(?:n't|\s+not)|'ve\s+not)\s+(?:(?:still|yet|even|ever)\s+)?"
    r"(?P<verb>[a-z]+)\s+(?P<object>[^,;.!?]{2,120}?)(?:\s+(?:yet|so far|either))?\s*(?P<end>[.!]*)\s*$",
    re.I,
)
# What cannot begin the object of the verb: a person, a preposition, a particle or a word standing for nothing.
_NO_OBJECT = re.compile(
    r"^(?:me|us|him|her|them|it|you|yourself|anything|nothing|any|enough|a thing|back|to|for|on|in|at|with|about|"
    r"from|by|up|out|off|over|yet|since|this\s+(?:week|month|year|time)|today|again)\b",
    re.I,
)
# How or when, after the object ("on time", "properly", "by Friday"): as the passive's subject it would say nonsense.
_ADVERBIAL = re.compile(
    r"\b(?:on|in|at|by|since|for|to|from|with|before|after|until|till|during|within|about|like|as)\b|\b\w+ly\b",
    re.I,
)
_MAX_OBJECT_WORDS = 6
# "You didn't read the instructions": the same reproach in the past, said of a thing named with its determiner.
_ACCUSED_PAST = re.compile(
    r"^\W*you\s+(?:just\s+)?(?:didn't|did\s+not)\s+(?:(?:even|bother\s+to)\s+)?"
    r"(?P<verb>[a-z]{2,15})\s+(?P<object>(?:the|your|my|our|this|that|these|those)\s+[^,;.!?]{2,100}?)"
    r"\s*(?P<end>[.!]*)\s*$",
    re.I,
)
# Past participles of the irregular verbs a complaint uses, by their plain form ("read the label", "send the form").
_IRREGULAR_PAST = {
    "read": "read", "send": "sent", "pay": "paid", "do": "done", "give": "given", "take": "taken",
    "write": "written", "make": "made", "bring": "brought", "buy": "bought", "keep": "kept", "leave": "left",
    "show": "shown", "sell": "sold", "build": "built", "find": "found", "see": "seen", "spend": "spent",
    "lend": "lent", "choose": "chosen", "wear": "worn", "hold": "held", "put": "put", "set": "set",
    "shut": "shut", "get": "got", "return": "returned", "fill": "filled", "sign": "signed",
}  # fmt: skip
# "still haven't", "still didn't": the reproach a polite text cannot keep.
_STILL_NOT = re.compile(
    r"\byou\s+still\s+(?:haven'?t|have not|hasn'?t|didn'?t|did not|don'?t|do not|can'?t|cannot|won'?t|will not)\b",
    re.I,
)


def unaccused(sentence: str) -> str | None:
    """``sentence`` ("You still haven't paid invoice 2231.") as a statement of what has not happened ("It looks
    like invoice 2231 hasn't been paid yet."), or None when it is no such accusation or cannot be said so."""
    if len(sentence) > 200:
        return None
    found = _ACCUSED.match(sentence.strip())
    if not found:
        return None
    verb, thing = found.group("verb").lower(), found.group("object").strip()
    if not (verb in _IRREGULAR or (verb.endswith("ed") and len(verb) > 3)) or _NO_OBJECT.match(thing):
        return None
    if _ADVERBIAL.search(thing) or len(thing.split()) > _MAX_OBJECT_WORDS:
        return None  # "the report on time", "the brief properly": the object would carry how or when
    return f"It looks like {thing} {'have' if _plural(thing) else 'has'}n't been {verb} yet."


def unaccused_past(sentence: str) -> str | None:
    """``sentence`` ("You didn't read the instructions.") as a statement of what did not happen ("It looks like the
    instructions weren't read."), or None when it is no such reproach or cannot be said so."""
    if len(sentence) > 200:
        return None
    found = _ACCUSED_PAST.match(sentence.strip())
    if not found:
        return None
    thing = found.group("object").strip()
    participle = _participle(found.group("verb").lower())
    if participle is None or _ADVERBIAL.search(thing) or len(thing.split()) > _MAX_OBJECT_WORDS:
        return None  # "the report on time": the object would carry how or when
    return f"It looks like {thing} {'were' if _plural(thing) else 'was'}n't {participle}."


# "Nobody bothered to update the rota again.", "No one could be bothered to empty the bins": blame laid on everyone,
# for a thing left undone.
_UNBOTHERED = re.compile(
    r"^\W*(?:nobody|no one|no-one|you)\s+(?:(?:has|have|had|even|ever|really)\s+){0,2}"
    r"(?:bothered|(?:could|would)(?:n't|\s+not)?\s+(?:even\s+)?be\s+bothered|(?:did(?:n't|\s+not)|do(?:n't|\s+not))\s+"
    r"(?:even\s+)?bother)\s+to\s+(?P<verb>[a-z]{2,15})(?:\s+(?P<particle>in|out|up|off|back|away|down))?\s+(?P<object>(?:the|your|my|our|this|that|these|those|any)\s+"
    r"[^,;.!?]{2,100}?)(?:\s+(?:again|yet|either|at all|this time))*\s*(?P<end>[.!]*)\s*$",
    re.I,
)


def unbothered(sentence: str) -> str | None:
    """``sentence`` ("Nobody bothered to update the rota again.") as a statement of what has not been done ("It
    looks like the rota hasn't been updated yet."), or None when it is no such reproach or cannot be said so."""
    if len(sentence) > 200:
        return None
    found = _UNBOTHERED.match(sentence.strip())
    if not found:
        return _undone_by_nobody(sentence)
    thing = re.sub(r"^any\s+", "the ", found.group("object").strip(), flags=re.I)
    participle = _participle(found.group("verb").lower())
    if participle is None or _ADVERBIAL.search(thing) or len(thing.split()) > _MAX_OBJECT_WORDS:
        return None
    done = f"{participle} {found.group('particle').lower()}" if found.group("particle") else participle
    return f"It looks like {thing} {'have' if _plural(thing) else 'has'}n't been {done} yet."


# "Nobody fixed it properly last time.", "No one cleaned the fridge again": the same blame, for a thing done badly
# or not at all; said of the thing ("It wasn't fixed properly last time."), with how and when kept as said.
_DONE_BY_NOBODY = re.compile(
    r"^\W*(?:nobody|no one|no-one)\s+(?:ever\s+|even\s+|actually\s+)?(?P<verb>[a-z]{2,15}ed|paid|sent|made|kept|"
    r"told|bought|built|found|put|set|read|sold|spent)\s+(?P<object>it|them|(?:the|this|that|these|those|our|my)\s+"
    r"[\w'-]+(?:\s+[\w'-]+){0,3}?)(?P<how>(?:\s+(?:properly|correctly|right|well|in time|on time|again|last time|"
    r"yesterday|this week|last week|before|at all|either))*)\s*(?P<end>[.!]*)\s*$",
    re.I,
)


def _undone_by_nobody(sentence: str) -> str | None:
    """ "Nobody fixed it properly last time." as "It wasn't fixed properly last time."; None for any other."""
    found = _DONE_BY_NOBODY.match(sentence.strip())
    if not found or _ADVERBIAL.search(found.group("object")):
        return None
    thing = {"it": "it", "them": "they"}.get(found.group("object").lower(), found.group("object"))
    plural = thing == "they" or _plural(thing)
    said = f"{thing} {'were' if plural else 'was'}n't {found.group('verb').lower()}{found.group('how')}."
    return said[:1].upper() + said[1:]


def _participle(verb: str) -> str | None:
    """The past participle of a plain verb ("check" -> "checked", "send" -> "sent"); None for a word that is no
    plain verb ("bother", "ever") or whose ending a rule cannot tell ("stop": "stoped" or "stopped")."""
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb in ("bother", "ever", "even", "want", "have", "be", "go", "come") or verb.endswith(("ed", "ing")):
        return None
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", verb):
        return None  # one vowel before one consonant: "stop", "plan" double it, "visit", "open" do not
    return verb + "ed"


def still_accuses(text: str) -> list[str]:
    """The "you still haven't ..." reproaches left in ``text``."""
    return [m.group() for m in _STILL_NOT.finditer(text)]


def _plural(thing: str) -> bool:
    """Whether the object is plural: joined by "and", or its head noun (before "of", "for" ...) ends in -s."""
    head = re.split(r"\s+(?:of|for|from|to|on|in|at|by|with|about)\s+", thing, maxsplit=1)[0]
    if re.search(r"\band\b", head):
        return True
    nouns = [w for w in re.findall(r"[A-Za-z']+", head) if not w.isupper()]
    last = nouns[-1].lower() if nouns else ""
    return last.endswith("s") and not last.endswith(("ss", "us", "is", "'s"))
