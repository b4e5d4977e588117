"""Informal words a professional or formal text does not keep: slang for broken things, "loads of", "till".

Politeness (``politeness``) takes out what is rude; this module takes out what is merely casual, for the tones
that ask for more than civility. A word with a plain equivalent that keeps the meaning is replaced ("busted" ->
"broken", "till" -> "until"); a word with none ("sucks", "ain't") is left for the final gate, which declines a
professional text that still says it, rather than guess what the writer meant.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "till" the word, not the noun: "until Friday", never "the till is broken"
_TILL = r"(?<!\bthe )(?<!\ba )(?<!\bcash )(?<!\bshop )\b(?:till|til|'til)\b"
# "messed up" said of what the writer did ("we messed up", "I've screwed up"), not of what happened to a thing
_OWN_SLIP = (
    r"(?:(?<=\bwe\s)|(?<=\bI\s)|(?<=\bwe've\s)|(?<=\bI've\s)|(?<=\bhave\s))(?:messed|screwed|mucked|fouled)\s+up\b"
)
# Applied in order before the shared slang rules (``tone._SLANG``): a line opened by "yeah so" loses both.
INFORMAL_RULES: list[tuple[str, str]] = [
    (r"^(?:yeah|yep|yup|ok|okay)(?:,\s*|\s+so\b,?\s*)|^so,\s+", ""),
    (r"\b(?:busted|borked|kaput|knackered)\b", "broken"),
    # ("the pump is stuffed again", "the ute's cactus"): said of a thing after its verb, never "stuffed peppers"
    (
        r"(?<=\bis\s)(?:stuffed|cactus|munted|rooted|buggered)\b|(?<='s\s)(?:stuffed|cactus|munted|rooted|buggered)\b",
        "broken",
    ),
    (r"\b(?:totally\s+|completely\s+)?(?:wrecked|trashed)\b", "badly damaged"),
    (r"\b(?:loads|tons|heaps)\s+of\b|\ba\s+(?:ton|load|bunch)\s+of\b", "plenty of"),
    (r"\btho\b", "though"),
    (_TILL, "until"),
    (r"\bkids\b", "children"),
    (r"\by'?all\b", "everyone"),
    (r"\bno worries\b", "no problem"),
    # a smell said plainly: "it stinks" -> "there is an unpleasant smell", "the bins stink" -> "... smell unpleasant"
    (r"\b(?:it|there)\s+(?:stinks|reeks|pongs)\b(?!\s+of\b)", "there is an unpleasant smell"),
    (r"\b(?:stinks|reeks|pongs)\s+of\b", "smells strongly of"),
    (r"\b(?:stink|reek|pong)\s+of\b", "smell strongly of"),
    (r"\b(?:stinks|reeks|pongs)\b", "smells unpleasant"),
    (r"\b(?:stink|reek|pong)\b(?![\w'-])", "smell unpleasant"),
    # "can someone sort it" -> "can someone resolve it", "nobody has sorted them out" -> "... dealt with them"
    *(
        (rf"\b{verb}\s+{it}(?:\s+out)?\b|\b{verb}\s+out\s+{it}\b", f"{plain} {it}")
        for verb, plain in (("sort", "resolve"), ("sorted", "dealt with"))
        for it in ("it", "this", "that", "them")
    ),
    # The writer's own slip, said plainly: "we messed up the delivery date" -> "we made an error with the delivery
    # date"; only after "I" or "we", so "the order got messed up" is left for the gate to decline.
    (_OWN_SLIP + r"(?=\s+(?:the|your|our|my|this|that|these|those|a|an)\b)", "made an error with"),
    (_OWN_SLIP, "made a mistake"),
    (r"\b(?:so\s+)?sorry about (?:that|this)\b", "apologies for this"),
    # "cos the venue flooded": "because", only where a clause follows ("cos(x)" is no conjunction)
    (
        r"(?<![\w(])(?:cos|coz|cuz|'cause)\b(?=\s+(?:the|it|its|it's|we|we're|i|i'm|you|they|there|he|she|this|that|"
        r"my|our|your|their|of|a|an)\b|\s+(?-i:[A-Z])[a-z])",
        "because",
    ),
    # chat asides that only say how the writer feels about saying it ("tbh", "ngl"), and a tag ("..., innit")
    (r"\b(?:tbh|tbf|ngl|to be honest|not gonna lie)\b,?\s*|,?\s*\binnit\b", ""),
    (r"(?:^|(?<=,\s))(?:quick one|quick q),?\s*", ""),
    (r"\bimo\b", "in my view"),
    (r"\blemme\b", "let me"),
    (r"\bno probs?\b", "no problem"),
    (r"\bfolks\b", "everyone"),
    (r"\blegit\b(?=\s+[a-z]+ed\b)", "genuinely"),
    (r"\bmega\s+(?=[a-z])", "very "),
    (r"\bgutted\b", "very disappointed"),
    # "we blew the marketing budget by 12k": a budget gone over, said so ("the wind blew the fence down" is kept)
    (
        r"\b(?:blew|blown)\s+(?:through\s+)?(?=(?:the|our|my|their|its|this|that)\s+(?:[\w-]+\s+){0,2}?budget\b)",
        "exceeded ",
    ),
    (r"\b(?:smashed|nailed|aced)\s+it\b", "did very well"),
    # "ta for sorting the tickets": thanks (only the word on its own in lower case: "our TA" is a person)
    (r"(?-i:^[Tt]a\b|\bta(?=\s+(?:for|very much|so much)\b))", "thank you"),
    # "..., soz" / "soz for the late reply": the apology, said in full
    (r"(?<=[.!?])\s*\b(?:soz|sozz+|sry)\b[.!]*\s*$", " Apologies."),
    (r",?\s*\b(?:soz|sozz+|sry)\b[.!]*\s*$", ". Apologies."),
    (r"\b(?:soz|sozz+|sry)\b", "apologies"),
]
# "party's off", "the match is off": an event called off. Only an event: "Sam's off today" is someone away.
_EVENT = (
    r"party|night|meeting|match|game|gig|trip|show|event|concert|picnic|dinner|lunch|drinks|quiz|rehearsal|practice|"
    r"training|session|class|lesson|fair|sale|launch|barbecue|bbq|outing|tour|festival|race|parade|ceremony|"
    r"social|meetup|meet-up|workshop|talk|screening|drill|assembly|disco|dance|ball|fete|fête|raffle|auction|walk|run|swim"
)
_CALLED_OFF = re.compile(
    rf"(?P<owner>\b(?:the|our|my|your|their|this|that|tonight's|today's|tomorrow's|friday's|saturday's|"
    rf"sunday's|monday's|tuesday's|wednesday's|thursday's|next week's|this week's)\s+)?"
    rf"(?P<event>\b(?:[\w-]+\s+)?(?:{_EVENT}))(?:'s|’s|\s+is)\s+off\b(?!\s+(?:to|for|until|till)\b)",
    re.I,
)


def called_off(text: str, log: Callable[[str, str], None]) -> str:
    """``text`` with an event said to be "off" said to be cancelled ("party's off" -> "the party has been
    cancelled"); the formal word for what the slang means, with nothing added."""

    def cancelled(found: re.Match[str]) -> str:
        event = found["event"]
        said = f"{found['owner'] or 'the '}{event} has been cancelled"
        start = found.start() == 0 or found.string[: found.start()].rstrip().endswith((".", "!", "?", "\n"))
        said = said[:1].upper() + said[1:] if start else said
        log(found.group(), said)
        return said

    return _CALLED_OFF.sub(cancelled, text)


# Casual words with no plain equivalent that keeps the meaning offline: a professional text that says one is
# declined, not guessed at.
_NO_EQUIVALENT = (
    r"sucks?|sucked|ain'?t|crap|crappy|pissed(?:\s+off)?|messed\s+up|mucked\s+up|freaking\s+out|screwed|dodgy|"
    r"sketchy|meh|no biggie|stinky|stinking|stank|"
    r"whatevs|gonna|wanna|gotta|kinda|sorta|yeah|yep|nope|guys|dude|bro|soz|sozz+|sry|cos|coz|cuz|"
    r"tbh|tbf|ngl|innit|lemme|legit|gutted|smashed it|no probs?|(?-i:[Tt]a)"
)
_MARKERS = re.compile(
    rf"\b(?:busted|borked|kaput|knackered|wrecked|trashed|loads of|tons of|heaps of|a bunch of|tho|y'?all|"
    rf"{_NO_EQUIVALENT})\b|{_TILL}",
    re.I,
)


def informal_markers(text: str) -> list[str]:
    """The casual words still in ``text`` that a professional or formal text would not say."""
    return [found.group() for found in _MARKERS.finditer(text[:40_000])]
