"""Where the text sent came from, said after its name: "this feedback we collected at the taproom", "the coach's
email that came in this morning", "the incident report my colleague wrote up", "the minutes we got through the
door".

A summary request often names its text by how the asker came by it. That clause tells the text apart from others,
as its owner or date would ("my manager's", "last night's"); it asks nothing of the summary. ``RELATIVE`` is that
clause as a regular expression, to be taken out with the text's name: who (optionally "that" or "which"), a verb of
the past ("wrote", "collected", "was handed", "came"), a particle ("up", "in", "round") and at most two phrases of
where or when ("at the taproom", "in March", "this morning").

A phrase of how ("in chronological order", "in detail", "by topic", "in plain English") is a form asked of the
summary, not where the text came from, so it is never taken for one: the gate still reads it.
Every part is a bounded run of whole words, each led by a space: linear on any input.
"""

from __future__ import annotations

_WORD = r"[\w'’-]+"
_OWNER = r"(?:my|our|the|his|her|their|your|a|an)"
# Who came by the text or wrote it: "we", "my colleague", "the head of year".
_WHO = rf"(?:(?:i|we|they|he|she|you)(?:['’](?:ve|d))?|someone|somebody|everyone|{_OWNER}(?: {_WORD}){{1,2}}?)"
_AUX = r"(?: (?:was|were|have|has|had|'ve|’ve|'d|’d|just|got|been|all|finally|only|recently|already)){0,2}"
_IRREGULAR = (
    "wrote|written|got|gotten|sent|took|taken|made|ran|run|had|gave|given|put|brought|found|read|heard|kept|left|"
    "held|did|done|drew|drawn|came|bought|caught|shown|saw|seen|forwarded|typed|jotted|scribbled|copied|pasted|"
    # ("this notice wey dem paste for our line": the pidgin of West Africa says its past without "-ed")
    "paste|send|post|share|drop"
)
# a verb of the past: "-ed" (not "need", "feed": a present verb that may ask something) or an irregular one
_PAST = rf"(?:[a-z]{{2,}}(?<![e])ed|{_IRREGULAR})"
_PARTICLE = r" (?:up|in|out|round|around|over|through|back|off|down|along|together|on|home)"
# How the summary is to be made, never where the text came from: "in chronological order", "by topic".
HOW = (
    r"(?!(?:order|detail|details|full|depth|length|brief|short|date|dates|topic|topics|theme|themes|priority|"
    r"importance|sequence|person|speaker|section|sections|bullets?|points?|sentences?|words?|lines?|plain|simple|"
    r"english|summary|list|table|chronological|reverse|time)\b)"
    r"(?!(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several) (?:short )?(?:sentences?|words?|"
    r"lines?|bullets?|bullet points?|points?|paragraphs?)\b)"
)
"""Not a word of how the summary is to be made (nor a count: "in two sentences"): a lookahead, put before a word
read as where the text came from."""
_WHEN = (
    r"(?:today|yesterday|tonight|earlier|recently|lately|again|just now|this (?:morning|afternoon|evening|week|month|"
    r"term|year)|last (?:night|week|month|term|year|time)|(?:on |last |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)"
    r"day)"
)
_PREPOSITIONS = "in|at|on|from|to|through|by|during|over|for|into|via|after|before|with|under|round|around|off|about"
_WHERE = (
    rf"(?: (?:{_PREPOSITIONS})(?: (?:the|my|our|a|an|this|last|their|his|her|your|its|every|each))? {HOW}{_WORD}"
    # (never the start of a when: "from the council | last week", "on the doormat | this morning")
    rf"(?: (?!(?:{_PREPOSITIONS}|this|last|next|every|yesterday|today|tonight|earlier|recently)\b){HOW}{_WORD})?"
    rf"| {_WHEN})"
)
WHERE_OR_WHEN = rf"(?:{_WHERE}){{0,2}}(?![\w'’-])"
"""At most two phrases of where or when, each led by a space: " yesterday", " in the lobby", " on Friday"."""
# (a phrase of where is tried before a bare particle: "got through the door" is one phrase, not "got through")
RELATIVE = rf"(?: (?:that|which)(?: {_WHO})?| {_WHO}){_AUX} {_PAST}(?:{_WHERE}|{_PARTICLE}){{0,3}}(?![\w'’-])"
"""How the asker came by the text, after its name: " we collected at the taproom", " that came in this morning"."""
