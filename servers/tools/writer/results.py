"""A one-line text made from a result handed over: the occasion the instruction names, then the result.

When the orchestrator chains a step into the writer, the writer gets "<instruction>:\\n\\n<the earlier answer>":
"Write a one-line sale sign:\\n\\nThe new price is $52.00", "Write a one-line Instagram caption about finishing
my first marathon:\\n\\n42.16 kilometers", "Write a one-line heat alert for the town website:\\n\\n37.78 °C". The
answer is the fact; the instruction names the form (a caption, a sign, an alert, a one-line note) and the
occasion it is for (a sale, a heat alert, finishing a marathon, our bake sale). Read as a topic, that occasion
is declined; read as a heading it is the instruction pasted back ("A one-line sale sign: ..."). ``one_liner``
writes the line the form asks for: the occasion as its label and the result said whole ("Sale: the new price
is $52.00."). Where the place it goes is all the instruction names ("for the town website"), the place is no
occasion; where nothing is named but the form, there is nothing to add and the usual composition decides.
"""

from __future__ import annotations

import re

from servers.tools.writer.briefs import Brief
from servers.tools.writer.forms import sentence
from servers.tools.writer.frames import Composition
from servers.tools.writer.greetings import greeting
from servers.tools.writer.lengths import LengthAsk
from servers.tools.writer.styles import STYLE_PATTERN, TONE_PATTERN
from servers.tools.writer.values import value_of
from servers.tools.writer.venues import VENUE, venue_words

MAX_RESULT_WORDS = 30
"""Longest result said in one line: a value, or one sentence of an answer; longer material is a text to write up."""
MAX_READER_LINE_WORDS = 60
"""Longest sentence said as a whole line to its reader ("a one-sentence postcard line to my aunt")."""
# The short forms a result goes into. "post", "note", "message" and "sentence" are short only when asked in one line.
_SHORT_FORM = r"(?:caption|sign|signs|alert|warning|headline|banner|shout-?out|status|greeting|tweet|toast)"
_ANY_FORM = rf"(?:{_SHORT_FORM}|post|note|message|sentence|line|one-liner|text|blurb|update|announcement)"
# "write a one-line sale sign", "give me a punchy Instagram caption": the words before the form are its kind.
_FORM = re.compile(
    r"^\W*(?:(?:please|can you|could you|now|then|and)\s+)*(?:write|draft|compose|create|make|prepare|craft|"
    r"come up with|give me|put together|produce)\s+(?:me\s+|us\s+)?(?:an?|one|the|some)\s+"
    # (the kind never runs across a preposition: "a 3-sentence intro for a toast" asks for an intro, whose
    # occasion is no "3-sentence intro for a")
    r"(?P<kind>(?:(?!(?:for|to|about|of|on|from|with|by|in)\b)[\w'-]+\s+){0,4}?)"
    rf"(?P<form>{_ANY_FORM})\b(?P<rest>[^:\n]*)$",
    re.I,
)
# Words of a form's kind that say its size, tone or look, not what it is for.
_PLAIN = re.compile(
    rf"^(?:{TONE_PATTERN}|one-line|one-sentence|single-line|two-line|one|single|short|quick|brief|little|catchy|"
    r"punchy|snappy|fun|funny|cute|simple|nice|good|great|new|proud|happy|clear|bold|big|small|urgent|social|"
    r"media|sentence|line|instagram|facebook|linkedin|twitter|x|tiktok|whatsapp|slack|sms|text|photo|"
    r"\d+-word)$",
    re.I,
)
_ABOUT = re.compile(
    r"^\s*,?\s*(?:about|on|celebrating|marking|announcing|for)\s+(?P<topic>[^,;]{2,80}?)\s*[.!]?$", re.I
)
_OWNER = re.compile(r"^(?:the|a|an)\s+", re.I)
# "for our bake sale post": a form word ending the occasion names where it goes, not what it is for.
_TRAILING_FORM = re.compile(rf"\s+(?:{STYLE_PATTERN}|{_SHORT_FORM}|page|photo|picture|pic|event)s?$", re.I)


def one_liner(instruction: str, brief: Brief, material: str, length: LengthAsk) -> Composition | None:
    """The line a short form says with a result handed over, or None when this is no such request.

    Only for an instruction that names a short form (or any form asked in one line or sentence), gives no content
    of its own and no purpose, and hands over one short result; the occasion must be named too.
    """
    # (an audience read from "for our bake sale post" is the occasion; one read from "to Jess" leaves none below)
    several = length.sentences is not None and length.sentences > 1  # "a 3-sentence intro": sentences, not a line
    if brief.content or brief.intent or not material.strip() or length.lines is not None or several:
        return None  # (lines asked, "a two-line caption", are made by ``composition``)
    found = _FORM.match(" ".join(instruction.split()).rstrip(".!?"))
    if found is None:
        return None
    # a line to a reader may say one longer sentence: it is all the line is, with no label before it
    result = _result(material, MAX_READER_LINE_WORDS if _TO_READER.match(found.group("rest")) else MAX_RESULT_WORDS)
    if result is None:
        return None
    one = length.sentences == 1 or re.search(r"\bone[\s-]+(?:line|sentence)\b|\bsingle\b", instruction, re.I)
    if not one and not re.fullmatch(_SHORT_FORM, found.group("form"), re.I):
        return None
    said = occasion_of(instruction)
    on_card = found.group("form").lower() == "greeting" and said.lower() in ("postcard", "card")
    if on_card:  # "a one-line postcard greeting": the card is where it goes; the line greets, then says the fact
        return Composition(f"Greetings! {sentence(result)}", None, [result])
    if not said and _TO_READER.match(found.group("rest")):
        # "a one-sentence postcard line to my aunt": a line for its reader says the result, with no label; a
        # greeting greets them first, by the name they are called ("Hi Grandad!") or, with none, as "Greetings!"
        hello = greeting(brief) if found.group("form").lower() == "greeting" else ""
        hello = ("Greetings!" if "[" in hello else f"{hello.rstrip(',')}!") if hello else ""
        return Composition(f"{hello} {sentence(result)}".strip(), None, [result])
    if not said or re.fullmatch(r"(?:it|this|that|them|these|those)", said, re.I):
        return None  # "a tweet about it": what the result is of was never said, and "It: €45.50." says nothing
    fact = sentence(result)
    # "The new price is ..." follows the label in lower case; a name keeps its capital ("Canberra is ... but
    # Canberra was built ...": written with it again inside the sentence)
    first = re.sub(r"\W+$", "", fact.split()[0])
    proper = first[1:] != first[1:].lower() or not fact[:1].isalpha() or f" {first} " in f" {fact[len(first) :]} "
    fact = fact if proper else fact[:1].lower() + fact[1:]
    return Composition(f"{said[:1].upper()}{said[1:]}: {fact}", None, [result])


# "my sister Emma", "our dad", "Jess": a person the line is for.
_PERSON = re.compile(
    r"^(?:(?:my|our)\s+(?:little\s+|big\s+|best\s+|older\s+|younger\s+)?(?:sister|brother|mum|mom|dad|mother|"
    r"father|wife|husband|partner|son|daughter|aunt|auntie|uncle|cousin|friend|grandma|grandad|granddad|gran|nan|"
    r"niece|nephew|boss|colleague|neighbour|neighbor|girlfriend|boyfriend|fiancee?|bestie|mate|teacher)\b|"
    r"(?-i:[A-Z])[a-z]+$)",
    re.I,
)
# "to my aunt", "to our neighbours": all the instruction says after the form is whom the line is for.
_TO_READER = re.compile(r"^\s*to\s+(?:my|our|the)\s+[\w'-]+(?:\s+[\w'-]+)?\s*$", re.I)


_SIZE_ASKED = re.compile(
    r",?\s*\b(?:(?:in|under|within|no more than|not more than|at most|up to|less than|fewer than)\s+){1,2}"
    r"(?:\d+|[a-z]+)\s+(?:characters?|chars?|words?)\b",
    re.I,
)


def occasion_of(instruction: str) -> str:
    """What a short form is for, as the instruction names it: "sale" of "a one-line sale sign", "finishing my
    first marathon" of "a caption about finishing my first marathon"; "" when it names only a place or nothing."""
    instruction = _SIZE_ASKED.sub("", instruction)  # "a tweet about our sale in under 100 characters"
    found = _FORM.match(" ".join(instruction.split()).rstrip(".!?"))
    if found is None:
        return ""
    rest = found.group("rest")
    venue = VENUE.match(rest.strip())
    if venue and venue.group("topic"):
        return _OWNER.sub("", venue.group("topic")).strip()
    about = None if venue else _ABOUT.match(rest)
    if about:
        topic = _TRAILING_FORM.sub("", about.group("topic").strip())
        if _PERSON.match(topic) or re.fullmatch(r"(?:the|a|an|my|our|your|their|this|that)", topic.strip(), re.I):
            # "for my sister Emma": whom the line is for; "for our photo": only whose photo; no occasion to label it
            return ""
        # ("for my Instagram photo": the place it goes, whoever owns it, is no occasion)
        bare = re.sub(r"^(?:the|a|an|my|our|your|their|this)\s+", "", topic, flags=re.I)
        if topic and not set(bare.lower().split()) <= venue_words(f"for the {bare}"):
            return _OWNER.sub("", topic)
    if rest.strip() and not venue:
        return ""  # more is said after the form than an occasion: the usual composition reads it
    kind = [w for w in found.group("kind").split() if not _PLAIN.match(w)]
    if kind and found.group("form").lower() in ("alert", "warning"):
        kind.append(found.group("form").lower())  # "a heat alert": "Heat alert: 37.78 °C."
    return " ".join(kind)


def _result(material: str, most: int = MAX_RESULT_WORDS) -> str | None:
    """The result handed over, when it is one value or one sentence of at most ``most`` words."""
    text = " ".join(material.split())
    if re.match(r"^[\w ]{1,30}:\s", text):
        return None  # "Supported: ...": another agent's verdict with its label, not a result to say as it stands
    value = value_of(material)
    if value is not None:
        return value
    if len(text.split()) > most or len(re.findall(r"[.!?](?:\s|$)", text)) > 1 or "\n" in material.strip():
        return None
    return text.rstrip(".")
