"""More ways one given sentence holds two sentences' facts, for a text asked in more sentences than it was given
in (``forms.fit_sentences``): an earlier agent's one-sentence answer handed on with "write a two-sentence intro
using it".

- A second clause with a subject of its own after ", and": "Charlotte Brontë wrote Jane Eyre, and her sister Emily
  Brontë wrote Wuthering Heights" -> "... Jane Eyre. Her sister Emily Brontë wrote Wuthering Heights."
- A person's role set beside their name: "discovered by Alexander Fleming, a Scottish doctor, in 1928" -> "...
  discovered by Alexander Fleming in 1928. Alexander Fleming was a Scottish doctor."
- A contrast after "not": "The seasons are caused by the tilt of the axis, not by the distance to the Sun" -> "...
  caused by the tilt of the axis. The seasons are not caused by the distance to the Sun."
- A plea run on after a comma: "Mr Hughes is now on a minced and moist diet, please do not give him biscuits" ->
  "Mr Hughes is now on a minced and moist diet. Please do not give him biscuits." (the plea is a sentence of its own)
- Thanks for two things: "Thank you for playing at the spring concert and for staying late to help stack the
  chairs" -> "Thank you for playing at the spring concert. Thank you also for staying late to help stack the chairs."
- What is on at an event after the invitation and its times: "You're invited to our open weekend on 7 and 8 June,
  11am to 5pm, free tastings in the cellar and vineyard tours every hour" -> "... 11am to 5pm. Free tastings in the
  cellar and vineyard tours every hour." (a flyer's line, in the user's words, with no verb added).
- Facts listed with commas, three or more of a few words each, none going on from the one before: "grown in the
  Manihiki lagoon, colours from silver to peacock green, each pearl comes with a certificate" -> a sentence each,
  more facts than sentences shared out neighbours together; never "Canberra, a planned city" (a fact and its
  aside), "Shakespeare, the English playwright, wrote ..." or "..., which is free". The last split tried.
- Two clauses joined by a comma, each stating something: "a full set goes from $165 to $180, trims stay at $55".

Each split says only what the sentence said, with its own words; the subject or name a second sentence needs is
repeated from the first, never a pronoun guessed (a person's "he" or "she" is not given). Each splitter takes a
sentence and the most parts wanted, and returns the sentence whole when it holds no such break.
"""

from __future__ import annotations

import re

_MAX_CHARS = 400
# Past-tense verbs a person's or a thing's second clause opens on ("and her sister wrote ...").
_PAST_VERB = (
    r"(?:wrote|won|built|made|found|founded|discovered|invented|painted|composed|became|led|ran|took|gave|sang|began|"
    r"designed|directed|published|starred|played|created|developed|produced|married|died|lived|flew|sank|fell|came|"
    r"went|saw|met|left|sold|bought|told|said|held|stood|grew|drew|rose|swam|drove|rode|fought|taught|brought|kept|"
    r"lost|beat|broke|chose|spoke|wore|sought|"
    r"was|were|is|are|has|had)"
)
# ", and her sister Emily Brontë wrote": a subject of up to four words naming someone, then its verb.
_AND_SUBJECT = re.compile(
    rf",\s+and\s+(?=(?:(?:her|his|their|its|the)\s+)?(?:[\w'-]+\s+){{0,1}}(?-i:[A-Z])[\w'-]+"
    rf"(?:\s+(?-i:[A-Z])[\w'-]+){{0,2}}\s+(?:{_PAST_VERB}|(?-i:[a-z]+ed))\b)",
    re.I,
)
_VERB_BEFORE = re.compile(rf"\b(?:{_PAST_VERB}|\w+ed)\s+\S", re.I)
# A role beside a name of two or more capitalised words: "Alexander Fleming, a Scottish doctor and scientist, in".
_ROLE = (
    r"(?:doctor|scientist|physician|chemist|biologist|physicist|writer|author|novelist|poet|painter|artist|composer|"
    r"engineer|inventor|teacher|nurse|explorer|pilot|queen|king|president|leader|singer|musician|architect|"
    r"mathematician|astronomer|philosopher|soldier|sailor|captain|campaigner|activist|politician|"
    r"businessman|businesswoman|entrepreneur|designer|actor|actress|athlete|footballer|player|surgeon|botanist)s?"
)
_APPOSED = re.compile(
    r"^(?P<head>[^,;]{3,200}?\b(?P<name>(?-i:[A-Z])[\w'-]+(?:\s+(?-i:[A-Z])[\w'-]+){1,3})),\s+"
    rf"(?P<role>(?:a|an|the)\s+(?:[\w'-]+\s+){{0,4}}?{_ROLE}(?:\s+and\s+(?:[\w'-]+\s+){{0,2}}?{_ROLE})?),\s+"
    r"(?P<rest>[^,;]{2,200}?)[.!]?$",
    re.I,
)
_PAST = re.compile(r"\b(?:was|were|had|\w+ed)\b", re.I)
# "The seasons are caused by A, not by B": a subject, its passive verb, and what it is not caused by.
_CONTRAST = re.compile(
    r"^(?P<subject>(?:(?:the|a|an|our|most|many)\s+)?[^,;:]{2,60}?)\s+(?P<aux>is|are|was|were)\s+(?P<verb>[a-z]+(?:ed|en))"
    r"\s+(?P<prep>by|in|on|at|from|with)\s+(?P<said>[^;]{2,200}?),\s+(?:and\s+)?not\s+(?P=prep)\s+(?P<denied>[^;,]"
    r"{2,200}?)[.!]?$",
    re.I,
)


def split_and_subject(text: str, most: int) -> list[str]:
    """Two sentences at ", and <someone> <verb>", when a clause of its own comes before."""
    text = text.strip()
    if most < 2 or len(text) > _MAX_CHARS:
        return [text]
    found = _AND_SUBJECT.search(text)
    if not found or not _VERB_BEFORE.search(text[: found.start()]):
        return [text]
    return [_sentence(text[: found.start()]), _sentence(text[found.end() :])]


def split_role(text: str, most: int) -> list[str]:
    """The sentence without the role set beside a name, and the role as a sentence of that name."""
    text = text.strip()
    found = _APPOSED.match(text) if most >= 2 and len(text) <= _MAX_CHARS else None
    if not found:
        return [text]
    main = f"{found.group('head')} {found.group('rest')}"
    verb = "was" if _PAST.search(main) else "is"
    return [_sentence(main), _sentence(f"{found.group('name')} {verb} {found.group('role')}")]


def split_contrast(text: str, most: int) -> list[str]:
    """What the subject is, and (with its own subject and verb again) what it is not."""
    text = text.strip()
    found = _CONTRAST.match(text) if most >= 2 and len(text) <= _MAX_CHARS else None
    if not found:
        return [text]
    subject, aux, verb, prep = (found.group(k) for k in ("subject", "aux", "verb", "prep"))
    said = f"{subject} {aux} {verb} {prep} {found.group('said')}"
    denied = f"{subject} {aux} not {verb} {prep} {found.group('denied')}"
    return [_sentence(said), _sentence(denied)]


# The invitation itself: what the writer's "invite" opens with, or the user's own "join us for".
_INVITED = re.compile(
    r"^(?:you['’]re|you\s+are|you['’]re\s+all|everyone\s+is)\s+(?:warmly\s+)?invited\s+to\s|^(?:please\s+)?"
    r"(?:join\s+us\s+(?:for|at)|come\s+(?:along\s+)?to)\s",
    re.I,
)
# An item saying when, which stays with the invitation ("11am to 5pm", "from 2pm", "every Saturday in May").
_WHEN_ITEM = re.compile(
    r"^(?:(?:from|until|till|to|between|at|on|by|starting|every|each|this|next)\s+)?(?:\d|noon|midday|midnight|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|morning|afternoon|evening|all\s+day|doors)",
    re.I,
)
# An item that leans on what came before it ("which is free", "so bring a coat") is no sentence of its own.
_LEANS_BACK = re.compile(r"^(?:which|who|that|where|when|as|so|but|because|if|or|then|with)\b", re.I)


def split_invitation(text: str, most: int) -> list[str]:
    """The invitation with when it is, then each thing on offer after it, a sentence each (the last share one when
    more are given than sentences wanted)."""
    text = text.strip()
    if most < 2 or len(text) > _MAX_CHARS or not _INVITED.match(text) or ";" in text:
        return [text]
    items = [item.strip() for item in text.rstrip(".!").split(",")]
    keep = 1
    while keep < len(items) and _WHEN_ITEM.match(items[keep]):
        keep += 1
    extras = [re.sub(r"^(?:and|plus)\s+", "", item, flags=re.I) for item in items[keep:]]
    if not extras or any(not item or _LEANS_BACK.match(item) for item in extras):
        return [text]
    room = most - 1
    if len(extras) > room:
        rest = extras[room - 1 :]
        extras = [*extras[: room - 1], f"{', '.join(rest[:-1])} and {rest[-1]}"]
    return [_sentence(", ".join(items[:keep])), *(_sentence(item) for item in extras)]


# ", please do not give him biscuits", ", don't park on the grass", ", bring your own bib": an ask to the reader, after
# a clause of its own
# (", so please use the stairs" keeps its "So": the reason is the user's word)
_PLEA = re.compile(
    r",\s+(?=(?:so\s+)?(?:please\s+(?:do\s+not\s+|don['’]t\s+|never\s+|always\s+)?[a-z]{2,}|"
    r"(?:do\s+not|don['’]t|never|always|remember\s+to|make\s+sure)\s+[a-z]{2,}|"
    # an order run on without "please": ", bring your own bib", ", wear something warm"
    r"(?:bring|wear|use|leave|keep|park|call|ring|book|check|arrive|meet|pay|send|sign|return|label|lock|switch|"
    r"turn|put|take|allow|note|expect|come)\s+(?:your|a|an|the|some|any|all|it|them|this|these|by|in|at|on|off|"
    r"up|out|back|early|plenty|extra|warm|something)\b)\b)",
    re.I,
)
_FINITE = re.compile(
    r"\b(?:is|are|am|was|were|will|has|have|had|can|must|should|[a-z]{3,}ed|starts|opens|closes|begins|ends|runs|"
    r"moves|meets|goes|takes|needs|comes|leaves|arrives|finishes|stays)\b",
    re.I,
)


def split_plea(text: str, most: int) -> list[str]:
    """The statement, then the plea to the reader run on after its comma, each a sentence in its own words."""
    text = text.strip()
    found = _PLEA.search(text) if most >= 2 and len(text) <= _MAX_CHARS else None
    if not found or not _FINITE.search(text[: found.start()]):
        return [text]
    return [_sentence(text[: found.start()]), _sentence(text[found.end() :])]


# "Thank you for A and for B", "Thanks so much for A, and also for B": thanks for two things, each said with "for"
_THANKS_TWICE = re.compile(
    r"^(?P<thanks>(?:thank\s+you|thanks|many\s+thanks)(?:\s+(?:so|very)\s+much)?)\s+for\s+(?P<first>[^.!?;]{3,200}?),?"
    r"\s+and\s+(?:also\s+)?for\s+(?P<second>[^.!?;]{3,200}?)[.!]?$",
    re.I,
)


def split_thanks(text: str, most: int) -> list[str]:
    """Thanks for two things as two sentences of thanks, each in its own words."""
    text = text.strip()
    found = _THANKS_TWICE.match(text) if most >= 2 and len(text) <= _MAX_CHARS else None
    if not found:
        return [text]
    thanks = found.group("thanks")
    again = "Thanks" if thanks.lower().startswith("thanks") else "Thank you"
    return [_sentence(f"{thanks} for {found.group('first')}"), _sentence(f"{again} also for {found.group('second')}")]


_FACT_COMMA = re.compile(r",\s+(?!(?:and|or|but)\b)")
_FACT_WORDS = 3
_MIN_FACTS = 3  # "Canberra, a planned city", "by the Moon, not the wind": two parts are one fact and its aside
# A part that goes on with the one before: a relative or joining word, or a verb whose subject is said before it
_GOES_ON = re.compile(
    r"(?:which|who|whose|that|where|when|while|but|so|as|because|wrote|made|built|won|was|were|is|are|has|had|have"
    r"|became|led|ran|began|[a-z]+ed)\b",
    re.IGNORECASE,
)


def split_listed_facts(text: str, most: int) -> list[str]:
    """``text`` as at most ``most`` sentences of the comma-listed facts it holds, or ``[text]`` when it is no
    such list."""
    parts = [p.strip() for p in _FACT_COMMA.split(text.strip().rstrip(".!?"))]
    if len(parts) < _MIN_FACTS or most < 2 or any(len(p.split()) < _FACT_WORDS for p in parts):
        return [text]
    if any(_GOES_ON.match(p) for p in parts[1:]):
        return [text]  # "Shakespeare, the English playwright, wrote ...", "..., which is free": one sentence
    count = min(most, len(parts))
    bounds = [len(parts) * k // count for k in range(count + 1)]  # as even as they go: 4 facts in 3 are 1, 1, 2
    groups = [", ".join(parts[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    return [_sentence(group) for group in groups]


# A clause of its own after a comma: a short subject, then a verb that states ("trims stay at $55", "the shop is
# shut on Mondays", "delivery costs $5").
_OWN_CLAUSE = re.compile(
    r"^(?:(?:the|our|my|all|every|each)\s+)?[a-z][\w'-]*(?:\s+[a-z][\w'-]*)?\s+(?:is|are|was|were|stay|stays|"
    r"remain|remains|go|goes|cost|costs|will|can|open|opens|close|closes|start|starts|run|runs)\b",
    re.I,
)


_STATES = re.compile(
    rf"\b(?:is|are|was|were|goes|costs|stays|remains|opens|closes|starts|runs|will|{_PAST_VERB})\b", re.I
)


def split_comma_clauses(text: str, most: int) -> list[str]:
    """Two sentences where a comma joins two clauses that each state something: "Starting September 1 a full set
    goes from $165 to $180, trims stay at $55" -> "... to $180. Trims stay at $55." Not a list, an aside or a
    clause that goes on from the first ("..., which is free")."""
    parts = [p.strip() for p in _FACT_COMMA.split(text.strip().rstrip(".!?"))]
    if most < 2 or len(parts) != 2 or len(text) > _MAX_CHARS or any(len(p.split()) < 3 for p in parts):
        return [text]
    if _GOES_ON.match(parts[1]) or not _OWN_CLAUSE.match(parts[1]) or not _STATES.search(parts[0]):
        return [text]
    return [_sentence(parts[0]), _sentence(parts[1])]


def _sentence(text: str) -> str:
    text = text.strip(" ,;")
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."
