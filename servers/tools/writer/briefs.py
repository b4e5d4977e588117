"""Reading a writing instruction: what kind of text, in what tone, for whom, to what end, and saying what.

"Write a short email to the team saying the Friday release moves to Monday" is read as: style email, length
short, audience the team, and the *content* "the Friday release moves to Monday". The instruction words never
become content. Content is what the text must say; a *subject* ("a blog post about remote work") only names a
topic, and a topic alone gives the writer nothing to say.

An *intent* (inviting, thanking, reminding, asking...) with its object is content too: "inviting the design team
to a workshop on 3 June" says everything a short invitation needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.writer.addressees import Addressed, addressed
from servers.tools.writer.asks import topic_with_ask
from servers.tools.writer.described import described_facts
from servers.tools.writer.occasions import names_occasion
from servers.tools.writer.persons import OTHER_PERSON, second_person
from servers.tools.writer.styles import STYLE_INTENTS, STYLE_PATTERN, STYLE_WORDS, TONE_PATTERN, names_style, tone_named
from servers.tools.writer.venues import VENUE, names_place, without_venue

# Gerund or infinitive (after "to") that names an intent, with the words that may introduce its object.
_INTENT_VERBS = {
    "invit": "invite",
    "thank": "thank",
    "remind": "remind",
    "ask": "ask",
    "request": "request",
    "apolog": "apologize",
    "congratulat": "congratulate",
    "welcom": "welcome",
    "confirm": "confirm",
    "cancel": "cancel",
    "postpon": "postpone",
    "introduc": "introduce",
    "follow": "follow up",
    "propos": "propose",
    "complain": "complain",
    "shar": "share",
    "announc": "announce",
    "declin": "decline",
    "accept": "accept",
}
_SAYING = re.compile(
    r"^(?:saying|stating|noting|explaining|mentioning|to say|that says|which says|that explains|to explain|"
    r"with the news)\s+(?:that\s+(?!(?:is|was|will be|would be)\b))?|^that\s+(?!(?:is|was|will be|would be)\b)",
    re.I,
)
_TELLING = re.compile(
    r"^(?:telling|to tell|informing|to inform|letting|to let|reminding)\s+(?P<who>[\w' ]{1,40}?)\s+"
    r"(?:know\s+)?(?:that\s+)",
    re.I,
)
_TELLING_PRONOUN = re.compile(
    r"^(?:telling|to tell|informing|to inform|letting|to let)\s+(?P<who>them|him|her|everyone|everybody|us|people)"
    r"\s+(?:know\s+)?(?:that\s+)?",
    re.I,
)
# "tell the team the office is closed": without "that", the audience is a short noun phrase or a name.
_TELLING_SHORT = re.compile(
    r"^(?:telling|to tell|informing|to inform|letting|to let)\s+(?P<who>(?:the|our|my|all|all the)\s+"
    r"(?:[\w-]+\s+){0,2}?[\w-]+|(?-i:[A-Z])[\w'-]+|everyone|everybody|staff|customers|clients|users|members|"
    r"parents|guests|students|residents|visitors|volunteers|employees|subscribers|readers|colleagues|shoppers|"
    r"patients|passengers|followers)\s+(?:know\s+)?(?:that\s+)?"
    r"(?=(?:the|a|an|our|your|my|her|his|their|we|i|it|they|there|this|these|those|everyone|\d)\b|(?-i:[A-Z]))",
    re.I,
)
_LEAD = re.compile(
    r"^\s*(?:please\s+|can you\s+|could you\s+|would you\s+|i need(?: you)? to\s+|help me\s+|"
    r"i want(?: you)? to\s+|i'?d like(?: you)? to\s+)*"
    # "make my notes into an email": the converting verb first, or "make" alone would leave "my notes into"
    r"(?P<verb>(?:make|write up|type up) (?:this|these|that|those|the following|my|our)(?:\s+\w+)? (?:into|as)|"
    r"write|draft|compose|create|make|prepare|produce|generate|come up with|give me|put together|"
    r"i need|i want|i'?d like|i would like|"
    r"craft|pen|suggest|brainstorm|send|word|type up|describe|explain|tell|let|announce|remind|invite|thank|ask|"
    r"apologi[sz]e|congratulate|set up(?= (?:an?|my) (?:out[ -]of[ -]office|auto-?reply|away))|"
    r"e-?mail|message|text|"
    r"turn (?:this|these|that|those|the following|the|my|our)(?:\s+\w+)? into|use (?:this|these|the following)"
    r"(?:\s+\w+)? (?:for|in|to write))\b"
    # ("thank-you email", "thank you note" name a kind of text, not the verb)
    r"(?!-|\s+you\s+(?:note|card|email|e-mail|message|letter|text)\b)\s*"
    r"(?:me\s+|us\s+)?",
    re.I,
)
_DETERMINER = r"(?:a|an|the|some|one|two|three|four|five|a few|few|\d+|a couple of|couple of|my|our)"
_PUT_UP = ("sign", "poster", "flyer")
# A statement set off after the reader: a subject ("our flight", "the kitchen tap", "I'm") and a finite verb.
_TOLD_AFTER_READER = re.compile(
    r"^\s*,\s+(?=(?:i|i'm|i've|i'll|we|we're|we've|we'll|our|my|the|it|it's|there|there's|this|his|their|"
    r"[a-z]+'s)\b|(?-i:[A-Z])[a-z]+\s+(?:will|is|has|can|was|won't|isn't|\w+s)\b)",
    re.I,
)
_FINITE = re.compile(
    r"^(?:i'm|i've|i'll|we're|we've|we'll|it's|there's|(?:[\w']+\s+){0,3}?(?:is|are|was|were|am|will|won't|can|can't|"
    r"has|have|had|isn't|aren't|wasn't|\w+ed|(?-i:[a-z])\w+[^su]s(?=\s+(?:at|on|in|to|from|again|the|a|an|my|our|"
    r"every|by|for|with|tomorrow|today|tonight|up|down|off|out)\b)))\b",
    re.I,
)  # (a word in -s only before what a verb takes: "our flight lands at", never "the Jones family")
_ADJECTIVES = (
    r"(?:catchy|punchy|nice|good|great|simple|detailed|long|little|new|quick|short|brief|clear|"
    r"polite|kind|thank-you|\d+-word|\w+-sentence|one-line|personal|official|warm)"
)
_MODIFIER = re.compile(
    r"^(?:in|with|using)\s+(?:a|an)\s+[\w-]+(?:\s+(?:and|,)\s*[\w-]+)?\s+(?:tone|voice|style|way)\b\s*|"
    r"^(?:in|of|under|within|at most|no more than|about|around)\s+(?:\d+|\w+)\s+(?:words?|sentences?|paragraphs?|"
    r"lines?)\b\s*|^in plain (?:english|language)\s*|^for (?:kids|children|beginners)\s*|^,\s*",
    re.I,
)
# "the nurses on Ward 7", "the children in Class 3", "the crew from Station 12": a numbered place says which
# readers, it is no topic
_NUMBERED_PLACE = (
    r"(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)\s+[a-z]+\s+(?:\d{1,3}[a-z]?|(?-i:[A-Z]))\b"
)
_AUDIENCE_STOP = (
    rf"(?:saying|stating|noting|explaining|mentioning|telling|letting|informing|about|on(?!{_NUMBERED_PLACE})|"
    rf"regarding|re|concerning|that|which|with|to|for|in(?!{_NUMBERED_PLACE})|and|who|whose|based|using|"
    rf"from(?!{_NUMBERED_PLACE})|following)\b|"
    # "to the team asking them ...": a verb in -ing ends the audience, but "the marketing team" is one audience
    r"\w+ing\b(?=\s+(?:that|to|him|her|them|us|me|you|whether|if|for|about|on|with|the|a|an|my|our|their|your|"
    r"his|its|this|these|those|everyone|everybody|all|(?-i:[A-Z])|\d)|\s*(?:$|[,.;:]))"
)
# Where the material is the content: "based on this:", "using the notes below", "from these points".
_SOURCE = re.compile(
    r"\b(?:based on|using|from|with|out of|covering)\s+(?:this|that|these|those|the following|the notes?|my notes|"
    r"the points?|these (?:notes|points)|the text|it)\b(?:\s+(?:below|above|notes|points))?",
    re.I,
)
_UNNAMED_TEXT = re.compile(r"^(?:something|some (?:copy|text|words)|a few lines)\b\s*", re.I)
_FORMAL_STYLES = ("email", "letter", "announcement")
_SIZE_LEAD = re.compile(
    r"^(?P<size>(?:in\s+)?(?:(?:exactly|just|about|around|under|no more than|at most|fewer than|less than)\s+)?"
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:words?|sentences?|lines?|paragraphs?)),\s+"
    r"(?=[a-z])",
    re.I,
)
_SENDER = re.compile(
    r"^from\s+(?P<sender>all of us|(?:our|my|the|all the)\s+[\w'-]+(?:\s+[\w'-]+)?)(?=\s+(?:to|for)\b)", re.I
)
_BARE_COUNT = re.compile(
    r"^(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:sentences?|lines?|paragraphs?|words?)|"
    r"an?\s+(?:single\s+)?line)\b\s*",
    re.I,
)
# Size and reading-level asks anywhere in the instruction: read by ``lengths``, never part of the subject.
# "under 10 words", "10 words max", "7 words or less", "max 12 words": the bound before or after the count.
_COUNTED = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|a single)\s+"
    r"(?:words?|sentences?|paragraphs?|lines?)\b"
)
_ASKS = re.compile(
    r",?\s*\b(?:(?:in|of|within|under|at most|no more than|about|around|fewer than|less than|up to|exactly|"
    rf"max(?:imum)?)\s+){{1,2}}{_COUNTED}|,?\s*\b{_COUNTED},?\s+(?:max(?:imum)?|tops|at most|or (?:less|fewer))\b|"
    r",?\s*\b(?:for (?:kids|children|a child|beginners|young readers)|in plain (?:english|language)|simply)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Brief:
    """What to write. ``content`` is what the text must say (a clause of the instruction, or empty);
    ``subject`` is the topic it names; ``intent`` is a key of ``INTENT_LABELS`` or None."""

    style: str
    tone: str
    audience: str | None = None
    intent: str | None = None
    content: str = ""
    subject: str = ""
    style_word: str = "text"
    instruction: str = ""
    described: str = ""  # the role or place that says who the reader is ("my neighbour"), left out of the greeting
    sender: str = ""  # whom a card is from, as said ("our family" of "a card from our family to the nurses")


INTENT_LABELS = {
    "invite": "Invitation",
    "thank": "Thank you",
    "remind": "Reminder",
    "ask": "A question",
    "request": "Request",
    "apologize": "Apology",
    "congratulate": "Congratulations",
    "welcome": "Welcome",
    "confirm": "Confirmation",
    "cancel": "Cancellation",
    "postpone": "Postponed",
    "introduce": "Introduction",
    "follow up": "Following up",
    "propose": "Proposal",
    "complain": "A problem",
    "share": "Sharing",
    "announce": "Announcement",
    "decline": "Declining",
    "accept": "Accepting",
}


def read_brief(instruction: str) -> Brief:
    """Take a writing instruction apart; whatever it does not name takes the style's default."""
    text = " ".join(instruction.split()).rstrip(".!?:; ")
    sized = _SIZE_LEAD.match(text)
    if sized:  # "In exactly two sentences, tell our customers that ...": the size, said first, read after the ask
        text = f"{text[sized.end() :]}, {sized.group('size')}"
    rest, verb = text, ""
    lead = _LEAD.match(rest)
    if lead:
        verb, rest = lead.group("verb").lower(), rest[lead.end() :]
    style_word, tone, intent, named_for = "", None, None, ""
    rest = _BARE_COUNT.sub("", rest)  # "Write 2 sentences inviting ...": the count is read by ``lengths``
    head = re.match(
        rf"^(?:{_DETERMINER}\s+)?((?:(?:{TONE_PATTERN}|{_ADJECTIVES}|[\w-]+),?\s+(?:and\s+)?){{0,3}}?)"
        rf"({STYLE_PATTERN})(?:(?<=paragraph)s|(?<=sentence)s)?\b\s*",  # "two short paragraphs": a size, a style
        rest,
        re.I,
    )
    if head:
        style_word = head.group(2).lower()
        tone = tone_named(head.group(1))
        # "lost cat poster", "sale sign": what a notice put up is for, said before it, is its heading
        named_for = head.group(1).strip(" ,") if style_word in _PUT_UP and not tone else ""
        named_for = "" if re.match(rf"^(?:{_ADJECTIVES})\b", named_for, re.I) else named_for
        # "a follow-up email", "a welcome message", "a thank-you note": a word before the style names the intent
        intent = STYLE_INTENTS.get(style_word) or next(filter(None, map(_intent_of, head.group(1).split())), None)
        rest = rest[head.end() :]
        second = re.match(rf"({STYLE_PATTERN})\b\s*", rest, re.I)
        # (never across a preposition: "a sentence for the notice board" is for a board, not a notice)
        sized = (
            re.match(
                rf"(?!(?:for|to|about|on|in|of|with|from)\b)((?:[\w-]+\s+){{1,2}}?)({STYLE_PATTERN})\b\s*", rest, re.I
            )
            if not second
            else None
        )
        if sized and style_word in ("sentence", "paragraph"):
            # "a two sentence thank-you email": a size, then words before the kind of text saying what it is for
            intent = next(filter(None, map(_intent_of, sized.group(1).split())), None)
            style_word, rest = sized.group(2).lower(), rest[sized.end() :]
        if second:  # "an apology email", "a reminder note": the second word is the kind of text
            style_word, rest = second.group(1).lower(), rest[second.end() :]
            # "a two sentence thank-you note": the first word was a size, the second says what the text is for
            intent = intent or STYLE_INTENTS.get(style_word)
    elif verb and (unnamed := _UNNAMED_TEXT.match(rest)):
        # "write something for our about page: ...": a text of no named kind, a paragraph
        style_word, rest = "text", rest[unnamed.end() :]
    elif verb in ("tell", "let", "announce", "remind", "invite", "thank", "ask", "congratulate") or verb.startswith(
        "apologi"
    ):
        gerund = {"announce": "announcing", "let": "letting", "congratulate": "congratulating"}.get(verb, f"{verb}ing")
        rest = ("apologizing" if verb.startswith("apologi") else gerund) + f" {rest}"
        style_word = "announcement" if verb == "announce" else "email"
    elif verb in ("describe", "explain"):
        style_word = "description"
    elif verb in ("email", "e-mail", "message", "text") or re.match(r"^to\s", rest, re.I):
        # "Email my landlord asking ...", "Write to the printers asking ...": a message to someone.
        style_word, rest = "email", rest if re.match(r"^to\s", rest, re.I) else f"to {rest}"
    style = STYLE_WORDS.get(style_word, "paragraph")
    tone = tone or tone_named(text) or ("formal" if style == "letter" else None)
    tone = tone or ("professional" if style in _FORMAL_STYLES else "friendly")
    rest = _ASKS.sub("", _SOURCE.sub("", rest)).strip(" ,")
    describing = style_word in _DESCRIBING
    # "to my neighbour Greta": the reader is greeted by name; the role says who they are, not what to write
    sender = _SENDER.match(rest) if style == "card" else None
    rest = rest[sender.end() :] if sender else rest  # "a card from our family to the nurses": who signs it
    # a slogan greets no one: "for my dog walking business called Happy Tails" names what it sells, not a reader
    named = addressed(_skip_modifiers(rest)) if style != "slogan" else Addressed(_skip_modifiers(rest))
    audience, intent, content, subject = _purpose(named.rest, style, intent, describing)
    subject = subject or (named_for if not content else "")
    who = sender.group("sender") if sender else ""
    return Brief(style, tone, audience, intent, content, subject, style_word or "text", text, named.described, who)


def asks_for_text(instruction: str) -> bool:
    """Whether ``instruction`` asks for a text: it opens with a writing verb or names a kind of text. "My son asked
    which gas plants take in" does neither, and composing it would answer what was never asked."""
    text = " ".join(instruction.split())
    sized = _SIZE_LEAD.match(text)
    text = text[sized.end() :] if sized else text  # "In two sentences, tell the team ..."
    return _LEAD.match(text) is not None or names_style(text)


def _skip_modifiers(rest: str) -> str:
    for _ in range(6):
        found = _MODIFIER.match(rest)
        if not found or not found.group():
            break
        rest = rest[found.end() :]
    return rest.strip()


def _purpose(
    rest: str, style: str, intent: str | None, describing: bool = False
) -> tuple[str | None, str | None, str, str]:
    """(audience, intent, content, subject) from what follows the style word."""
    audience = None
    # "a message for me": the one asking is no reader and no topic
    rest = re.sub(r"^(?:for|to)\s+(?:me|myself|us|ourselves)\b[\s,]*", "", rest, flags=re.I)
    addressed = re.match(
        rf"^(?:to|for)\s+(?!(?:me|myself|us|ourselves)\b)(?P<who>(?:(?!{_AUDIENCE_STOP})[\w'.-]+\s*){{1,6}})",
        rest,
        re.I,
    )
    takes_audience = style in ("email", "letter", "announcement", "post", "card")
    # "a sentence for the team saying ...": whoever a text says something to is its audience, whatever the style
    after = rest[addressed.end() :].lstrip(" ,") if addressed else ""
    saying_next = _SAYING.match(after) is not None and not after.lower().startswith("that ")
    if (
        addressed
        and (takes_audience or rest.lower().startswith("to ") or saying_next)
        and not _starts_with_verb(addressed)
        and not names_occasion(addressed.group("who"))  # "an invitation for my dad's 70th birthday lunch"
    ):
        if rest.lower().startswith("for ") and names_place(rest):
            # "a post for the cafe's Facebook page": where the text goes, no reader; what follows may say more
            return _purpose(rest[addressed.end() :].lstrip(" ,"), style, intent, describing)
        audience, to = addressed.group("who").strip(), rest.lower().startswith("to ")
        rest = rest[addressed.end() :]
        # "to my tutor, Dr Hale, asking her ...": the name after the comma is whom the text greets
        named = re.match(r"^,\s*(?P<name>(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,3}),\s+", rest)
        if to and named and re.match(r"^(?:my|our|your)\s", audience, re.I):
            audience, rest = named.group("name"), rest[named.end() :]
        told_after = _TOLD_AFTER_READER.match(rest)
        if told_after and _FINITE.search(rest[told_after.end() :][:200]):
            # "a message to my airbnb host Lucia, our flight lands at 11:40pm ...": what follows the reader's comma
            # is a statement, the text's content
            return audience, intent, rest[told_after.end() :].strip(" ,.;"), ""
        rest = _skip_modifiers(rest)
    one_name = re.fullmatch(r"(?-i:[A-Z])[\w'-]+", audience or "") is not None
    spliced = re.match(r"^,?\s*(?:she|he|they)\s+(?=[a-z])", rest) if one_name else None
    if (
        intent in _ABOUT_READER and spliced and not re.search(r"[,;:]", rest[spliced.end() :])
    ):  # "a note to Aisha, she passed her test": what she did, said to her
        rest = "who " + rest[spliced.end() :]
    if intent in _ABOUT_READER and audience and re.match(r"^who\s", rest, re.I):
        return audience, intent, rest, ""  # "a welcome message for Amir, who starts on Monday"
    if intent == "apologize" and audience and re.match(r"^(?:who|whose)\s", rest, re.I):
        # "an apology to a customer whose order arrived damaged": what went wrong, said to the reader
        return audience, intent, "that " + second_person(re.sub(r"^whose\b", "your", rest, flags=re.I)), ""
    # "to the intern who wrote it about what to change": the clause says who the reader is, not what to write
    reader_clause = _READER_CLAUSE.match(rest) if audience else None
    if reader_clause:
        rest = rest[reader_clause.end() :].lstrip(" ,")
    # "a welcome message for new members of the chess club, which meets on Tuesdays": the club meets
    group = re.search(r"\bof\s+(?:the|our|my)\s+(?P<group>[\w' -]{2,40})$", audience or "", re.I)
    if intent in _ABOUT_READER and group and re.match(r"^which\s", rest, re.I):
        return audience, intent, f"the {group.group('group')} {rest.split(None, 1)[1]}", ""
    if intent and re.match(r"^(?:for|about|of|on|to)\s+", rest, re.I) and not names_place(rest):
        return audience, intent, _to_reader(re.sub(r"^(?:for|about|of|on|to)\s+", "", rest, flags=re.I)), ""
    rest = re.sub(r"^(?:to|for)\s+(?=\w+ing\b)", "", rest, flags=re.I)
    said = _SAYING.match(rest)
    if said:
        content = rest[said.end() :]
        if re.fullmatch(r"(?-i:[A-Z])[\w'-]+", audience or ""):  # "to Priya saying her share is 90": hers is yours
            content = re.sub(r"^(?:her|his)\b", "your", content.strip(), flags=re.I)
        return audience, intent, _to_reader(content, possessives=False) if audience else content.strip(" ,.;"), ""
    told = _TELLING_PRONOUN.match(rest) or _TELLING.match(rest) or _TELLING_SHORT.match(rest)
    if told:
        who = told.group("who")
        if audience is None and who.lower() not in ("them", "him", "her", "us", "people"):
            audience = who
        reminding = rest.lower().startswith("remind")
        content = rest[told.end() :]
        one = re.fullmatch(r"(?-i:[A-Z])[\w'-]+", who) is not None
        if who.lower() in ("her", "him") or one:  # "telling her that her bonus is 126": her bonus is the reader's
            content = second_person(content)
        return audience, "remind" if reminding else intent, _to_reader(content), ""
    gerund = re.match(r"^(?:to\s+)?(?P<verb>[a-z]+?)(?:ing|e|s)?\b\s*(?P<rest>.*)$", rest, re.I)
    found_intent = _intent_of(gerund.group("verb")) if gerund else None
    if gerund and found_intent and re.match(r"^(?:to\s+)?\w+(?:ing)?\b", rest, re.I):
        return _intent_object(found_intent, gerund.group("rest"), audience)
    # "a paragraph for our newsletter": where the text goes, not what it is about. A slogan is for the business
    # it sells: "a tagline for a flower shop" names its subject, not where it is posted.
    venue = VENUE.match(rest) if style != "slogan" else None
    if venue and not venue.group("topic"):
        return audience, intent, "", ""
    rest = f"about {venue.group('topic')}" if venue else rest  # "for the team wiki on booking rooms"
    asking = topic_with_ask(rest)  # "about Thursday's zoo trip and tell them to pack a lunch"
    if asking:
        return audience, intent, asking, ""
    subject = re.sub(r"^(?:about|on|regarding|re|concerning|for|of)\s*:?\s+", "", rest, flags=re.I).strip(" ,.")
    subject = without_venue(subject) if style != "slogan" else subject
    # "a steel water bottle that keeps drinks cold for 24 hours": the topic carries its facts. Not for a story (a
    # premise is not a plot) nor a slogan (built from its subject's words).
    described = described_facts(subject) if style not in ("story", "slogan") else None
    if described:
        return audience, intent, described, ""
    # "a bio for Tomas Reyes, a pastry chef who runs a café in Porto": a name and what it is are facts to state.
    topical = re.match(r"^(?:about|on|regarding|concerning)\s", rest, re.I)  # "about Lisbon, the capital ..."
    apposed = _APPOSED.match(subject) if style not in ("story", "slogan", "blog") and not topical else None
    if apposed:
        return audience, intent, f"{apposed.group('name')} is {apposed.group('facts')}", ""
    equipped = _EQUIPPED.match(subject) if describing else None
    if equipped:
        return audience, intent, _having(equipped.group("thing"), equipped.group("facts")), ""
    return audience, intent, "", subject


# "who wrote it", "who booked the hall, saying ...": a relative clause on the reader, ending where the request says
# what the text is about or says (or at its end).
_READER_CLAUSE = re.compile(
    r"^,?\s*who\s+[\w'-]+(?:\s+(?!(?:about|regarding|saying|telling|asking|letting|explaining)\b)[\w'-]+){0,7}"
    r"(?=\s*$|\s*,|\s+(?:about|regarding|saying|telling|asking|letting|explaining)\b)",
    re.I,
)
# "noise-cancelling headphones with 30 hours of battery life": a described thing and what it has. Only for a
# description (a blog post "about working with clay" names a topic), and not when the thing is an activity.
_EQUIPPED = re.compile(
    r"^(?P<thing>(?:(?:an?|the|our|my|their|this|these)\s+)?(?!\w+ing\b)(?:[\w'-]+\s+){0,4}?[\w'-]+)\s+with\s+"
    r"(?P<facts>[^;:]+)$",
    re.I,
)
_DESCRIBING = frozenset({"description", "product description", "blurb", "pitch"})
_ABOUT_READER = frozenset({"thank", "welcome", "congratulate"})


def _having(thing: str, facts: str) -> str:
    """ "headphones" with "30 hours of battery life" -> "these headphones have 30 hours of battery life"."""
    bare = re.sub(r"^(?:an?|the|this|these)\s+", "", thing, flags=re.I)
    last = bare.split()[-1].lower()
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    owned = re.match(r"^(?:our|my|their)\s", thing, re.I)
    named = thing if owned else f"{'these' if plural else 'this'} {bare}"
    return f"{named} {'have' if plural else 'has'} {facts.strip(' ,.')}"


# A name, a comma, and a described noun phrase of at least three words ("Casa Verde, a family-run bakery in Lisbon").
_APPOSED = re.compile(
    r"^(?P<name>(?-i:[A-Z])[\w'.&-]*(?:\s+(?:(?-i:[A-Z])[\w'.&-]*|de|da|van|von|del|la|le)){0,4}),\s+"
    r"(?P<facts>(?:an?|the|our|my|their|his|her)\s+[^\s,;:]+(?:\s+[^\s;:]+){2,40})$",
    re.I,
)


def _starts_with_verb(addressed: re.Match[str]) -> bool:
    first = addressed.group("who").split()[0].lower()
    return _intent_of(first) is not None or first in ("say", "tell", "let", "celebrate", "mark", "explain")


def _intent_of(word: str) -> str | None:
    word = word.lower()
    return next((v for stem, v in _INTENT_VERBS.items() if word.startswith(stem)), None)


def _intent_object(intent: str, rest: str, audience: str | None) -> tuple[str | None, str | None, str, str]:
    """Who the intent addresses and its object: "inviting the team to a workshop" -> (the team, "to a workshop").

    The linking word stays on the object ("to a workshop", "whether it ships"), so the composer can phrase the
    sentence for it; a leading "to <someone>" ("apologizing to customers for the delay") names the audience.
    """
    rest = rest.strip(" ,.")
    if intent == "follow up":
        # "follow up with Dana on the budget figures": Dana is whom the message is for
        with_whom = re.match(r"^up\s+with\s+(?P<who>[\w'.-]+(?:\s+[\w'.-]+)?)\s+(?:on|about|regarding)\s+", rest, re.I)
        if with_whom:
            audience, rest = audience or with_whom.group("who"), rest[with_whom.end() :]
        rest = re.sub(r"^up\s+(?:on|about|with)?\s*", "", rest, flags=re.I)
    # "announcing to everyone that ...": whom it tells, then what
    told = re.match(
        r"^to\s+(?P<who>everyone|everybody|all|(?:the|our|my)\s+[\w-]+(?:\s+[\w-]+)?|(?-i:[A-Z])[\w'-]+)\s+"
        r"(?=(?:that|about)\s)",
        rest,
        re.I,
    )
    if told and intent not in ("invite", "welcome"):
        audience, rest = audience or told.group("who"), rest[told.end() :]
    to_someone = re.match(r"^to\s+(?P<who>[\w'.-]+(?:\s+[\w'.-]+)?)\s+(?=for|about|on)\b", rest, re.I)
    if intent == "apologize" and to_someone:
        audience, rest = audience or to_someone.group("who"), rest[to_someone.end() :]
    people = re.match(
        r"^(?P<who>(?:(?!(?:to|for|on|about|of|that|whether|if|with)\b)[\w'.-]+\s+){1,5}?)"
        r"(?P<rest>(?:to|for|on|about|of|that|whether|if)\s+.+)$",
        rest,
        re.I,
    )
    addressed = intent in ("invite", "thank", "remind", "ask", "congratulate", "welcome", "apologize", "request")
    if addressed and people:
        who = people.group("who").strip()
        if audience is None and who.lower() not in ("them", "him", "her", "us", "me", "everyone"):
            audience = who
        rest = people.group("rest")
    elif intent == "welcome" and audience is None and rest and not rest.lower().startswith("to "):
        audience, rest = rest, ""
    if rest.lower() in ("him", "her", "them", "you", "us", "everyone", "it"):
        rest = ""  # "thanking him" names whom, not what for
    return audience, intent, _to_reader(rest), ""


def _to_reader(content: str, possessives: bool = True) -> str:
    """Content said about the reader, turned to address them: "their badges expire" -> "your badges expire"."""
    content = content.strip(" ,.;")
    content = re.sub(r"^(?:they|he|she) (?:are|is)\b", "you are", content, flags=re.I)
    content = re.sub(r"^(?:they|he|she) (?:were|was)\b", "you were", content, flags=re.I)
    content = re.sub(r"^(?:they|he|she) (?:have|has)\b", "you have", content, flags=re.I)
    if not possessives:
        return content
    # "who looked after my dad, Mr Okafor, after his hip operation": once someone else is named, "his" is theirs
    other = OTHER_PERSON.search(content)
    head, tail = (content[: other.start()], content[other.start() :]) if other else (content, "")
    return re.sub(r"\b(?:their|his)\b", "your", head) + tail
