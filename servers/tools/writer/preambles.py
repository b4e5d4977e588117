"""Context told around the ask: the facts in plain sentences, and one sentence that asks for the text.

People often tell the news first and ask for the text after it: "We're closing early on Friday for the staff
party. Can you write a note for customers?", "The lift in block B is out of order until Wednesday but the
stairs are open. Please put up a notice for residents.", "The office wifi will be down on Saturday. Let everyone
know please." Or they ask first with no kind of text named and tell after: "Could you write something for the
staff room fridge? Anything left in it after Friday goes in the bin." Read whole, such a request is an
instruction with no content, and is declined as a topic; read the other way round, the ask is the instruction
and the statements are the material, as they would be after a colon.

``told_around`` reads that shape, and only that shape: exactly one sentence asks (a writing verb, or a request
to tell or let people know), it is the first or the last, and every other sentence is a statement (no question,
no order to the writer). It declines to read the shape (returns None) when

- the ask points at its reader with a pronoun ("Can you write him a thank-you note?", "Write her an apology"):
  the statements then speak *of* the reader ("Our plumber, Dave, fixed the leak", "I missed my sister's dinner")
  and a text that repeated them would speak of its own reader in the third person (unless they are the writer's
  own, about the reader by their tie: "I missed my sister's dinner. Write her an apology." says "your dinner");
- the statements speak of someone by their tie to the writer ("my neighbour", "my son's teacher") or name the
  reader the ask names: the text would very likely speak of its own reader;
- the ask is for thanks, congratulations or a welcome and does not say what for: a statement of the writer's own
  ("I have an interview tomorrow") is not what a reader is thanked for;
- the ask is for a form the statements cannot make (a story, a poem, a speech, a cover letter) or names no kind
  of text the writer knows ("a shopping list"): a text of the statements is not the form asked for.

``intended_text`` reads a text meant in one sentence and its words asked for in the next: "I'd like to send a
thank-you card to the nurses on Ward 7 who looked after my dad. Could you write a few warm lines?" is "Write a warm
thank-you card to the nurses on Ward 7 who looked after my dad"; the second sentence names nothing to say.

``size_first`` reads the other order of a size: "Under 50 words please: an email to the parents saying ..." says
the size before the colon and the whole text asked for after it; read as instruction and material, the size
alone would be the instruction.
"""

from __future__ import annotations

import re

from servers.tools.writer.briefs import read_brief
from servers.tools.writer.lengths import length_ask
from servers.tools.writer.styles import STYLE_PATTERN

# Where a sentence ends: not after a title or a common abbreviation ("Dr. Okafor", "e.g. this").
_SENTENCE_BREAK = re.compile(
    r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bProf\.)(?<!\bvs\.)(?<!\be\.g\.)"
    r"(?<!\bi\.e\.)(?<!\betc\.)(?<![ \t][A-Z]\.)(?<=[.!?])[ \t]+(?=[\"'(A-Z0-9])"
)
_MAX_TOLD_CHARS = 1_500
_MAX_SENTENCES = 6
_POLITE_LEAD = (
    r"^\W*(?:(?:so|and|now|then)\s+)?(?:(?:please|pls|can you|could you|would you|will you|can u|could u|"
    r"i need you to|i'?d like you to|i want you to|help me)\s+)*"
)
_GROUP = (
    r"(?:the|our|my|all|every|them|everyone|everybody|people|customers|staff|residents|guests|parents|members|"
    r"neighbours|neighbors|tenants|volunteers|players|students|visitors)\b"
)
# A sentence that asks for a text with a writing verb: "Can you write a note for customers?", "Please put up a
# notice for residents", "I need a reminder for the cleaners". What follows the verb is the text asked for.
_WRITE_ASK = re.compile(
    _POLITE_LEAD + r"(?:(?:write|draft|compose|create|prepare|put together|put up|pen|craft|come up with|knock up|"
    r"whip up|do me|do|give me|send out|send|make)\s+(?:me\s+|us\s+|him\s+|her\s+|them\s+)?|"
    r"(?:i|we) (?:need|want|would like|'?d like)\s+|"
    r"need\s+)(?P<text>(?:an?|some|something)\b.*|"
    # "Can you write the invitation to members?": the text the facts before it are for
    rf"the\s+(?:[\w-]+\s+){{0,2}}?(?:{STYLE_PATTERN})\b.*|"
    # "Write my out of office", "do our away message": a reply of one's own, named by "my"
    r"(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:out[- ]of[- ]office|auto-?reply|away message)\b.*)$",
    re.I,
)
# A sentence that asks for the news passed on: "Let everyone know please", "Tell the members, short and casual".
_TELL_ASK = re.compile(
    _POLITE_LEAD + rf"(?:tell|let|inform|notify|warn|update)\s+(?P<who>{_GROUP}(?:\s+[\w'-]+){{0,4}}?)"
    r"(?:\s+know)?(?P<rest>(?:\s*,?\s*(?:please|pls|thanks|short|brief|quick|quickly|friendly|casual|formal|"
    r"polite|politely|warm|professional|simple|and|but|keep it|about (?:it|this|that))\b)*)\W*$",
    re.I,
)
_TELL_TONE = re.compile(
    r"\b(?:short|brief|quick|friendly|casual|formal|polite|warm|professional|simple|sweet|clear)\b", re.I
)
# "celebrating it", "about this": the ask pointing at the statements, which are what the text says anyway.
_POINTER = re.compile(
    r"\s+(?:(?:celebrating|announcing|sharing|explaining|marking|about|on|regarding|covering|saying)\s+"
    r"(?:it|this|that|the news|them))\b",
    re.I,
)
# The ask speaks of its reader with a pronoun: the statements speak of that reader in the third person.
_PRONOUN_READER = re.compile(
    r"\b(?:write|draft|send|compose|give|make|prepare|tell)\s+(?:him|her|them)\b|\b(?:to|for)\s+(?:him|her)\b", re.I
)
# Forms a text of statements is not: they need invention, or a shape no plain sentence of facts has.
_OTHER_FORM = re.compile(
    r"\b(?:story|stories|tale|fable|poem|poems|poetry|verse|rhyme|limerick|haiku|sonnet|song|lyrics|rap|joke|"
    r"jokes|pun|speech|toast|eulogy|essay|article|blog|slogan|slogans|tagline|motto|script|riddle|quiz|"
    r"cover letter|application|cv|resume|report|proposal|review)\b",
    re.I,
)
# The statements speak of a person by their tie to the writer ("my neighbour", "our landlord"): very likely the one
# the text is for, who would then be spoken of in the third person.
_PERSON = re.compile(
    r"\b(?:my|our|his|her|their)\s+(?:[\w-]+\s+)?(?:boss|manager|landlord|landlady|neighbou?r|teacher|tutor|"
    r"colleague|co-?worker|friend|sister|brother|mum|mom|dad|mother|father|wife|husband|partner|son|daughter|aunt|"
    r"uncle|cousin|client|customer|tenant|doctor|dentist|coach|flatmate|roommate|girlfriend|boyfriend|grandma|"
    r"grandad|grandmother|grandfather|niece|nephew|kid|child|children)s?\b",
    re.I,
)
# Thanks, congratulations and a welcome are for something the reader did or is about to do: an ask that does not
# say what ("Write a thank-you email") leaves the statements to say it, and a statement of one's own ("I have an
# interview tomorrow") is not what anyone is thanked for.
_FOR_THE_READER = ("thank", "congratulate", "welcome")
_DETERMINERS = frozenset({"the", "our", "my", "all", "a", "an", "your", "their", "every", "of"})
_KIND = re.compile(rf"\b(?:{STYLE_PATTERN}|something)\b", re.I)
# A statement is no order to the writer and no question.
_ORDER = re.compile(
    r"^\W*(?:please\s+)?(?:write|draft|make|keep|add|include|mention|say|use|sign|avoid|don'?t|do not|also|"
    r"translate|summari[sz]e|list|give|format|can you|could you|would you|"
    # "Tell him what happened", "Ask them what they think": said to the writer about the reader, not to the reader
    r"(?:tell|ask|remind|thank|let|inform|warn)\s+(?:him|her|them|everyone|everybody)\b)\b",
    re.I,
)


def told_around(text: str) -> tuple[str, str] | None:
    """(the ask, the statements) when ``text`` tells its facts in sentences around one sentence that asks for
    the text; None for any other shape (see the module docstring)."""
    text = " ".join(text.split())
    if len(text) > _MAX_TOLD_CHARS:
        return None
    sentences = [s.strip() for s in _SENTENCE_BREAK.split(text) if s.strip()]
    if not 2 <= len(sentences) <= _MAX_SENTENCES:
        return None
    # "... Can you write the invitation to members? Mention there'll be tea and cake.": a fact to say, told as an
    # order; said with the other facts, before the ask
    mentioned = [m for s in sentences if (m := _mentioned(s))]
    if mentioned:
        sentences = [s for s in sentences if not _mentioned(s)]
        at = next((i for i, s in enumerate(sentences) if _asked(s)), len(sentences))
        sentences = sentences[:at] + mentioned + sentences[at:]
    asking = [i for i, s in enumerate(sentences) if _asked(s)]
    if len(asking) != 1:
        return None
    ask = sentences[asking[0]]
    told = [s for i, s in enumerate(sentences) if i != asking[0]]
    if any(s.endswith("?") or _ORDER.match(s) or _asked(s) for s in told):
        return None
    if asking[0] > 0 and read_brief(_asked(ask) or ask).style == "slogan":
        # "I run a ... called Clearview. Could you write me a catchy slogan? We do gutters too.": the business
        # first, the ask after it, more of what it does after that or not
        return _business_told(_asked(ask) or ask, told)
    if asking[0] not in (0, len(sentences) - 1):
        return None
    if _PRONOUN_READER.search(ask) and not _OTHER_FORM.search(ask) and asking[0] == len(sentences) - 1:
        return _reader_told(ask, told) or _named_reader_told(ask, told)
    if _PRONOUN_READER.search(ask) or _OTHER_FORM.search(ask):
        return None
    instruction = _asked(ask) or ask
    brief = read_brief(instruction)
    praised = any(_PRAISE.search(s) for s in told)
    # "Our quiz night raised $3,120 for the food bank. Write a thank-you post for our volunteers": what the helpers
    # achieved together is what they are thanked for
    praised = praised or bool(_HELPERS.search(brief.audience or "") and any(_SHARED_RESULT.match(s) for s in told))
    if brief.style == "card" and brief.intent is None and brief.audience and praised:
        # "... the night staff were wonderful with him. Could you write a card to the nurses?": a card to the people
        # just praised thanks them
        instruction = re.sub(r"\bcard\b", "thank-you card", instruction, count=1)
        brief = read_brief(instruction)
    # someone spoken of by their tie to the writer ("my dad") may be the reader, unless the ask names another one
    named_reader = brief.style == "card" and brief.audience is not None
    if sum(len(s.split()) for s in told) < 4 or (not named_reader and any(_PERSON.search(s) for s in told)):
        return None
    reader = {w for w in re.findall(r"[a-z]+", (brief.audience or "").lower()) if w not in _DETERMINERS}
    said = set(re.findall(r"[a-z]+", " ".join(told).lower()))
    unsaid = brief.intent in _FOR_THE_READER and not brief.content and not (brief.intent == "thank" and praised)
    if reader & said or unsaid or not _KIND.search(instruction):
        return None  # the reader spoken of, thanks for nothing said, or no kind of text the writer knows
    return instruction, " ".join(told)


# "Mention there'll be tea and cake.", "Also say that parking is free.": a fact the text is to say, as an order.
_MENTION = re.compile(
    r"^\W*(?:please\s+)?(?:also\s+)?(?:(?:don'?t forget to|make sure (?:you|to))\s+)?(?:mention|say|add|include|"
    r"note|point out)\s+(?:that\s+)?(?P<fact>\S.*?)[.!]?$",
    re.I,
)
_STATES = re.compile(
    r"\b(?:is|are|was|were|will|won't|can|has|have|there's|it's|we're|they're|must|should)\b|'ll\b|"
    r"\b(?:starts?|opens?|closes?|runs?|costs?|begins?|ends?)\b",
    re.I,
)


def _mentioned(sentence: str) -> str | None:
    """The fact ``sentence`` orders the text to say ("Mention there'll be tea and cake." -> "There'll be tea and
    cake."), or None when it orders nothing of the kind or names a thing without saying anything of it."""
    found = _MENTION.match(sentence)
    if found is None or not _STATES.search(found.group("fact")):
        return None
    fact = found.group("fact")
    return f"{fact[:1].upper()}{fact[1:]}."


# "my sister's birthday dinner": the one a thing is of, by their tie to the writer.
_KIN_OWNER = re.compile(
    r"\bmy\s+(?P<who>sister|brother|mum|mom|dad|mother|father|wife|husband|partner|son|daughter|aunt|uncle|"
    r"cousin|friend|neighbour|neighbor|grandma|grandad|gran|nan|niece|nephew|boss|colleague)'s\b",
    re.I,
)
_TO_PRONOUN = re.compile(r"\b(?P<verb>write|draft|send|compose|make|prepare|give)\s+(?:him|her|them)\s+", re.I)


def _reader_told(ask: str, told: list[str]) -> tuple[str, str] | None:
    """ "I missed my sister's birthday dinner because my train was cancelled. Write her an apology.": the writer's
    statements speak of the one the ask points at with a pronoun, by their tie to the writer ("my sister's"). The
    ask is for a text to them, and the statements are said to them ("I missed your birthday dinner ..."). None
    unless exactly one such person is named, and the ask is for thanks or an apology (what the statements are
    for). (A reader named by name, "Our plumber, Dave, fixed the leak", is left declined: the statements then
    speak of them.)"""
    owners = {m.group("who").lower() for s in told for m in _KIN_OWNER.finditer(s)}
    if len(owners) != 1 or not all(re.match(r"^I\b", s) for s in told):
        return None  # (what the writer did is what thanks or an apology is about: "My sister's flat flooded" is not)
    reader = f"my {owners.pop()}"
    said = [_KIN_OWNER.sub("your", s) for s in told]
    instruction = _asked(_TO_PRONOUN.sub(lambda m: f"{m.group('verb')} ", ask, count=1))
    if instruction is None or read_brief(instruction).intent not in ("thank", "apologize"):
        return None
    if any(re.search(rf"\b{re.escape(reader)}\b", s, re.I) for s in said):
        return None  # the reader named again: said back, the text would speak of them
    return f"{instruction} to {reader}", " ".join(said)


# "My neighbour Gwen watered ...", "Our plumber, Dave, fixed ...": the one who did it, by name, then what they did.
_NAMED_DOER = re.compile(
    r"^(?P<subject>(?:(?:my|our)\s+(?:[a-z-]+,?\s+){0,2}?)?(?P<name>(?-i:[A-Z])[a-z]+)(?:\s+(?-i:[A-Z])[a-z]+)?,?)\s+"
    r"(?:(?:really|kindly|just|also)\s+)?(?P<verb>[a-z]+ed|took|gave|made|came|brought|did|got|sent|kept|stood|drove|"
    r"found|fed|lent|built|taught|sang|wrote|ran|spent|paid|put|let|cut|went)\b",
    re.I,
)


def _named_reader_told(ask: str, told: list[str]) -> tuple[str, str] | None:
    """ "My neighbour Gwen watered all my plants while I was away. Write her a thank you note.": what the one the
    ask points at did, told of them by name; the note thanks them, and what they did is said to them ("You
    watered all my plants ..."). None unless every statement opens with the same named doer and a past verb,
    and the ask is for thanks."""
    found = [_NAMED_DOER.match(s) for s in told]
    names = {m.group("name") for m in found if m is not None}
    if None in found or len(names) != 1 or not _TO_PRONOUN.search(ask):
        return None
    instruction = _asked(_TO_PRONOUN.sub(lambda m: f"{m.group('verb')} ", ask, count=1))
    if instruction is None or read_brief(instruction).intent != "thank":
        return None
    said = [f"You {s[m.end('subject') :].strip()}" for s, m in zip(told, found, strict=True) if m is not None]
    return f"{instruction} to {names.pop()}", " ".join(said)


# What people were to the writer, said in praise: "the night staff were wonderful with him", "you looked after us".
_PRAISE = re.compile(
    r"\b(?:were|was|have been|has been|are|is)\s+(?:(?:so|really|absolutely|just|truly|all|incredibly)\s+)?"
    r"(?:wonderful|amazing|brilliant|fantastic|incredible|lovely|kind|great|excellent|outstanding|marvellous|"
    r"superb|exceptional|helpful|patient|caring)\b|\b(?:looked after|took (?:such )?(?:good |great )?care of|"
    r"went above and beyond)\b",
    re.I,
)
# "Our charity quiz night raised $3,120", "We collected 40 bags of litter": a result the writer's group achieved
_SHARED_RESULT = re.compile(
    r"^(?:our|we|together we|between us|the)\b[^.!?]{0,80}?\b(?:raised|collected|made|sold|cleared|planted|built|"
    r"finished|won|served|delivered|donated|gathered|painted|repaired)\b",
    re.I,
)
# Readers who helped bring such a result about
_HELPERS = re.compile(
    r"\b(?:volunteers|helpers|team|everyone|everybody|staff|members|crew|players|donors|supporters|bakers|"
    r"stallholders|committee|parents)\b",
    re.I,
)
# "I run a mobile dog-grooming van called Suds & Paws", "We own a bakery named Crumb & Co": the business, named.
_NAME = r"(?-i:[A-Z])[\w'.&-]*(?:\s+(?:&|(?-i:[A-Z])[\w'.&-]*)){0,4}"
_BUSINESS = re.compile(
    rf"^(?:i|we)\s+(?:run|own|have|manage|started|opened|set up|founded)\s+(?P<what>(?:a|an|my|our)\s+"
    rf"[^.!?,;]{{2,80}}?\s+(?:called|named)\s+{_NAME})[.!]?$",
    re.I,
)


def _business_told(ask: str, told: list[str]) -> tuple[str, str] | None:
    """A slogan asked for after sentences about the asker's business ("I run a mobile dog-grooming van called Suds
    & Paws. We come to your driveway. Give me a catchy line for the side of the van."): the slogan is for the
    business the first sentence names, and the other sentences are what it says. None when no business is named
    that way, or when the ask names a subject of its own ("a slogan for our Autumn Sale")."""
    business = _BUSINESS.match(told[0])
    if business is None or re.search(r"\s(?-i:[A-Z])", read_brief(ask).subject):
        return None
    most = length_ask(ask).max_words
    size = f" in at most {most} words" if most else ""  # "12 words max": a cap, said the way briefs read it
    return f"Write a slogan{size} for {business.group('what')}", " ".join(told[1:])


# "Would you mind writing ...", "Reckon you could write ...", "Any chance you could draft ...": a polite way round
# to the same ask, said plainly ("write ...").
_ASKED_ROUNDABOUT = re.compile(
    r"^\W*(?:(?:would|do) you mind|(?:do you )?reckon you could|(?:is there )?any chance you could|"
    r"would it be possible to|could i get you to|i was wondering if you could)\s+(?P<verb>writing|drafting|"
    r"putting together|sending|write|draft|put together|send)\b",
    re.I,
)
_BASE_FORMS = {"writing": "write", "drafting": "draft", "putting together": "put together", "sending": "send"} | {
    "write": "write", "draft": "draft", "put together": "put together", "send": "send"
}  # fmt: skip


def _asked(sentence: str) -> str | None:
    """The ask as a plain writing instruction ("Write a notice for residents"), or None when ``sentence`` asks
    for no text."""
    sentence = _ASKED_ROUNDABOUT.sub(lambda m: _BASE_FORMS.get(m.group("verb").lower(), ""), sentence.rstrip(" .!?"))
    tell = _TELL_ASK.match(sentence)
    if tell:
        tones = " and ".join(t.lower() for t in _TELL_TONE.findall(tell.group("rest")))
        return f"Write a {tones + ' ' if tones else ''}message to {tell.group('who')}"
    write = _WRITE_ASK.match(sentence)
    if write:
        # a sign (a poster, a flyer) is a notice: "a sign for the window" is posted there, it is not about the window
        asked = re.sub(
            r"\b(?:sign|poster|flyer|leaflet)\b(?![-'])", "notice", _POINTER.sub("", write.group("text")), count=1
        )
        return "Write " + asked.strip(" ,")
    return None


# "I'd like to send a thank-you card to the nurses on Ward 7 who ...", "We're writing a note to ...", "I want to
# thank the fire crew from Station 12 who ...": the text meant, said as what the asker is about to do.
_INTENDED = re.compile(
    r"^\W*(?:(?:i|we)\s*(?:'d|would|want|need|'m going|am going|are going|'re going|'m hoping|am hoping|'re hoping)"
    r"\s+(?:like\s+)?to|(?:i|we)\s*(?:'m|am|'re|are))\s+"
    r"(?:(?P<send>send|write|give|post|put up|sending|writing|giving|posting|putting up)\s+(?P<text>(?:an?|some)\s.+)|"
    r"(?P<thank>thank|congratulate)\s+(?P<who>\S.+))$",
    re.I,
)
# "Could you write a few warm lines?", "Can you write something warm?", "Would you write a short message for it?":
# an ask for the words of the text meant, naming nothing it should say.
_MANNER = r"(?:warm|kind|nice|short|heartfelt|friendly|sweet|simple|thoughtful|lovely|brief|quick|personal|little)"
_WORDS_ASKED = re.compile(
    _POLITE_LEAD + r"(?:write|draft|compose|put together|come up with|do|give me|suggest|word)\s+"
    r"(?:(?:me|us|them|him|her)\s+)?(?:(?:a few|a couple of|a|an|some|the)\s+)?"
    rf"(?P<manner>(?:{_MANNER}\s+){{0,2}})(?:lines?|words?|message|note|wording|text|something|it)"
    rf"(?:\s+(?P<after>{_MANNER}))?(?:\s+(?:for|on|in|inside)\s+(?:it|the card|the note|them|me|that))?$",
    re.I,
)


def intended_text(text: str) -> str | None:
    """The instruction of a request that says the text meant in one sentence and asks for its words in the next
    ("I'd like to send a thank-you card to the nurses on Ward 7 who looked after my dad. Could you write a few warm
    lines?" -> "Write a warm thank-you card to the nurses on Ward 7 who looked after my dad"); None for any other
    shape. The second sentence names nothing to say, so it is no material: what the first says is the brief."""
    text = " ".join(text.split())
    if len(text) > _MAX_TOLD_CHARS:
        return None
    sentences = [s.strip() for s in _SENTENCE_BREAK.split(text) if s.strip()]
    if len(sentences) != 2:
        return None
    meant = _INTENDED.match(sentences[0].rstrip(" .!"))
    words = _WORDS_ASKED.match(sentences[1].rstrip(" .!?"))
    if meant is None or words is None:
        return None
    manner = " ".join((words.group("manner") + (words.group("after") or "")).split()).lower()
    if meant.group("thank"):
        kind = "thank-you note" if meant.group("thank").lower() == "thank" else "congratulations note"
        asked = f"a {kind} to {meant.group('who')}"
    else:
        asked = meant.group("text")
        if not _KIND.search(asked):
            return None  # "I'd like to send some flowers": no text meant
    if manner:
        article, _, rest = asked.partition(" ")
        article = "an" if manner[:1] in "aeiou" else "a" if article.lower() in ("a", "an") else article
        asked = f"{article} {manner} {rest}"
    return f"Write {asked}"


# "I'm a teacher. Need a text message to parents: ...": who asks, said before the ask. No name in it: "I run a
# bakery called Crumb & Co." names what the text may be about.
# A school year or grade is part of a role, not a fact: "I'm a Year 4 teacher.", "We're a Grade 2 class."
_ROLE_WORD = r"(?:(?-i:[a-z])[\w'-]*|(?:year|grade|class|form|key stage)\s+\d{1,2})"
# ... said as its own sentence, set off by a comma ("As a Year 4 teacher, I need ..."), or joined to the ask by
# "and" ("I'm a nurse and I need ..."); "I teach Year 4." says the role by its verb. "As a thank-you, ..." and "as
# a reminder" say what the text is for, not who asks.
_HELLO = r"(?:(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))(?:\s+there)?[\s,!.]+)?"  # "Hi, I'm a ..."
_SELF_TOLD = re.compile(
    rf"^\W*{_HELLO}(?:(?:i'?m|i am|i work as|i'?ve been|i have been|we'?re|we are)\s+(?:an?|the|one of the)|"
    r"as\s+(?:an?|the|one of the)(?!\s+(?:thank|reminder|favou?r|joke|surprise|result|follow|gift|treat|courtesy|"
    r"rule|whole|first|last|team|group|matter|side|kind|one-off)\b))\s+"
    rf"(?:{_ROLE_WORD}\s+){{0,6}}?(?-i:[a-z])[\w'-]*(?:[.!]\s+|,\s+|\s+and\s+(?=(?:i|we)\s))(?P<ask>\S.*)$|"
    rf"^\W*{_HELLO}(?:i|we)\s+teach\s+(?:{_ROLE_WORD}\s*){{1,3}}[.!]\s+(?P<taught>\S.*)$",
    re.I,
)
# "I need something to read out on the bus.", "I run a small dog walking business.": what the asker needs or runs,
# all in lower case (no name, no figure: those may be facts), said before the ask.
_NEED_TOLD = re.compile(
    r"^\W*(?:(?:i|we)\s+(?:need|want|have to (?:read|say|send|post|put up))\s+(?:something|a few words|some words)"
    r"(?:\s+(?-i:[a-z])[\w'-]*){0,10}|"
    r"(?:i|we)\s+(?:run|own|manage)\s+(?:an?|my|our)\s+(?:(?-i:[a-z])[\w'-]*\s+){0,5}?"
    r"(?:business|company|firm|shop|store|service|club|group|charity|stall|cafe|café|salon|studio)"
    # (only where it is: "that needs volunteers" after it would be a fact)
    r"(?:\s+(?:in|at|on|near|by)\s+(?:(?-i:[a-z])[\w'-]*\s+){0,3}(?-i:[a-z])[\w'-]*)?)"
    r"[.!]\s+(?P<ask>\S.*)$",
    re.I,
)
_WRITING_LEAD = re.compile(
    _POLITE_LEAD + r"(?:(?:i|we)\s+(?:need|want|would like|'?d like)\s+|need\s+|(?:write|draft|compose|create|"
    r"prepare|put together|give me|send|make|do)\s+)",
    re.I,
)
# An ask that refers to the asker as what the text is about ("introducing me", "a bio for my website"): then the
# role may be the text's content. "an email to my tutor asking for an extension" only says whose tutor reads it.
_ABOUT_ASKER = re.compile(
    r"\b(?:me|myself|mine)\b|"
    r"\b(?:my|i)\b.*\b(?:bio|biography|profile|introduction|intro|introducing|cv|r[eé]sum[eé]|cover letter|"
    r"personal statement)\b|"
    r"\b(?:bio|biography|profile|introduction|intro|introducing|cv|r[eé]sum[eé]|cover letter|"
    r"personal statement)\b.*\b(?:my|i)\b",
    re.I,
)


def said_who_asks(head: str) -> str | None:
    """The ask of an instruction that first says who is asking ("I'm a teacher. Need a text message to parents" ->
    "Need a text message to parents"): the asker's role is not what the text says. None for any other head, and
    when the ask refers to the asker ("... introducing me"): then the role may be the text's content."""
    whole = " ".join(head.split())
    head = whole[:400]
    found = _SELF_TOLD.match(head) or _NEED_TOLD.match(head)
    group = "taught" if found is not None and "taught" in found.re.groupindex and found["taught"] else "ask"
    if found is None or not _WRITING_LEAD.match(found.group(group)) or _ABOUT_ASKER.search(whole[found.start(group) :]):
        return None
    return whole[found.start(group) :]


# "Under 50 words please: an email to the parents saying ...": the size said first, then the text asked for.
_SIZE_FIRST = re.compile(
    r"^\W*(?:please\s+)?(?:(?:in|keep it)\s+)?(?P<bound>under|fewer than|less than|at most|no more than|within|"
    r"about|around)?\s*(?P<n>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>words?|sentences?|"
    r"lines?)(?P<most>\s*,?\s*(?:max|maximum|tops|at most|or (?:less|fewer)))?(?:[\s,]+please)?\W*$",
    re.I,
)
# "Short and friendly please: a note to ...": the manner said first.
_MANNER_FIRST = re.compile(
    r"^\W*(?:please\s+)?(?:keep it\s+)?(?P<manner>(?:short|brief|quick|friendly|casual|formal|polite|warm|"
    r"professional|simple|sweet|clear)(?:(?:\s+and\s+|,\s*)(?:short|brief|quick|friendly|casual|formal|polite|warm|"
    r"professional|simple|sweet|clear))?)(?:[\s,]+please)?\W*$",
    re.I,
)
_TEXT_ASKED = re.compile(rf"^(?:an?|some)\s+(?:[\w-]+\s+){{0,2}}?(?:{STYLE_PATTERN})\b", re.I)


def size_first(head: str, tail: str) -> str | None:
    """The instruction of a request that says the size or manner before its colon and the text asked for after
    it ("Under 50 words please: an email to the parents saying ..." -> "Write an email in under 50 words to the
    parents saying ..."); None for any other head."""
    head, tail = " ".join(head.split()), " ".join(tail.split())
    asked = _TEXT_ASKED.match(tail)
    if asked is None or len(head) > 80:
        return None
    sized = _SIZE_FIRST.match(head)
    if sized:
        bound = (sized["bound"] or ("under" if sized["most"] else "in")).lower()
        bound = bound if bound in ("in", "under", "within", "about", "around") else f"in {bound}"
        size = f"{bound} {sized['n']} {sized['unit']}"
        return f"Write {tail[: asked.end()]} {size.lower()}{tail[asked.end() :]}"
    manner = _MANNER_FIRST.match(head)
    if manner:
        article, _, rest = tail.partition(" ")
        article = (
            "an" if manner["manner"][:1].lower() in "aeiou" else "a" if article.lower() in ("a", "an") else article
        )
        return f"Write {article} {manner['manner'].lower()} {rest}"
    return None


def told_before_ask(head: str) -> tuple[str, str] | None:
    """(the ask, what is told before it) when the words before a colon tell a fact, then ask: "My nan turns 90 on
    Saturday. Write an invitation for the family: lunch at the Royal Oak, 1pm" says the birthday and the points.
    None for any other shape, or where the told may speak of the reader, or for a form statements do not make."""
    sentences = [s.strip() for s in _SENTENCE_BREAK.split(" ".join(head.split())) if s.strip()]
    if not 2 <= len(sentences) <= 3:
        return None
    *told, ask = sentences
    if not _WRITING_LEAD.match(ask) or _PRONOUN_READER.search(ask) or _OTHER_FORM.search(ask):
        return None
    if re.search(r"\b(?:outline|plan)\b", ask, re.I) or any(re.match(r"(?:i|we)\b", s, re.I) for s in told):
        return None  # an outline plans from its subject; "I'm giving a talk ..." is who asks, read elsewhere
    if any(s.endswith("?") or _ORDER.match(s) or _asked(s) for s in told):
        return None
    said = " ".join(told)
    if not re.search(r"\d|(?<=\S)\s+(?-i:[A-Z])[a-z]", said):
        return None  # a fact told: a number or a name, not "I'm so stressed"
    reader = {w for w in re.findall(r"[a-z]+", (read_brief(ask).audience or "").lower()) if w not in _DETERMINERS}
    if reader & set(re.findall(r"[a-z]+", said.lower())):
        return None
    return ask, said
