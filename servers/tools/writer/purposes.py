"""Reading what a writing instruction says after its kind of text: whom it is for, to what end, and saying what.

After "a short email" in "Write a short email to the team saying the Friday release moves to Monday" comes
"to the team saying ...": the *audience* (the team), and the *content* (the Friday release moves to Monday), what
the text must say. An *intent* and its object are content too ("inviting the design team to a workshop on 3
June"); content said about the reader is turned to address them ("their badges expire" -> "your badges
expire"). What only names a topic ("about remote work") is the *subject*, which gives the writer nothing to say;
a topic that carries its facts ("a steel water bottle that keeps drinks cold for 24 hours", "Casa Verde, a
family-run bakery in Lisbon") is content. ``briefs`` reads the kind of text and tone before this.
"""

from __future__ import annotations

import re

from servers.tools.writer.asks import topic_with_ask
from servers.tools.writer.described import described_facts
from servers.tools.writer.negated_asks import negation_moved, told_to
from servers.tools.writer.occasions import names_occasion
from servers.tools.writer.persons import OTHER_PERSON, THEIR_KIN, second_person, you_verb
from servers.tools.writer.topic_tells import topic_with_told
from servers.tools.writer.venues import VENUE, after_place, names_place, without_venue

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
    "claim": "claim",  # "an email to accounts claiming the total of £153.69"
}
_SAYING = re.compile(
    r"^(?:saying|stating|noting|explaining|mentioning|to say|that says|which says|that explains|to explain|"
    r"with the news)\s+(?:that\s+(?!(?:is|was|will be|would be)\b))?|^that\s+(?!(?:is|was|will be|would be)\b)",
    re.I,
)
# One reader named by a role: "the manager of the Ezulwini hotel", "my landlord" (not "the parents", "our team").
_ONE_READER = re.compile(
    r"^(?:the|my|our)\s+(?:[a-z]+\s+)?(?!(?:team|staff|group|class|club|crew|committee|family)\b)[a-z]+[^s\W]"
    r"(?:\s+(?:of|at|from|in)\s+[\w' -]{1,60})?$",
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
    # ("tell the team about the party": a preposition ends who is told, and is never one of their words)
    r"(?:(?!(?:about|on|of|regarding)\b)[\w-]+\s+){0,2}?(?!(?:about|on|of|regarding)\b)[\w-]+|(?-i:[A-Z])[\w'-]+|everyone|everybody|"
    # ("club members", "swim parents": a group, with what it is a group of said first)
    r"(?:(?-i:[a-z])[\w-]*\s+)?(?:staff|customers|clients|users|members|"
    r"parents|guests|students|residents|visitors|volunteers|employees|subscribers|readers|colleagues|shoppers|"
    # ("let the choir know rehearsal is cancelled": after "know", whatever follows is what they are told)
    r"patients|passengers|followers))\s+(?:know\s+(?:that\s+)?"
    r"(?=(?!about\b)[a-z\d])|(?:that\s+)?"
    r"(?=(?:the|a|an|our|your|my|her|his|their|we|i|it|they|there|this|these|those|everyone|\d)\b|(?-i:[A-Z])))",
    re.I,
)
# "giving my view that ...", "sharing our opinion that ...", "arguing that ...": a view is content, said as one
_VIEW = re.compile(
    r"^(?:(?:giving|sharing|stating|expressing|explaining|putting|setting out|with|about|on)\s+(?P<whose>my|our)\s+"
    r"(?:(?:own|honest|personal|humble|strong)\s+)?(?:view|views|opinion|take|position|belief)|arguing|"
    r"making the case)\s+that\s+(?=\S)",
    re.I,
)
# "telling the team about the party", "let Sam know about the move": who is told, then a topic ("about ...")
_TELLING_ABOUT = re.compile(
    r"^(?:telling|to tell|informing|to inform|letting|to let)\s+(?P<who>(?:(?:the|our|my|all|all the)\s+)?"
    r"(?:(?!(?:about|know|all)\b)[\w'-]+\s+){0,2}?(?!(?:about|know|all)\b)[\w'-]+)\s+(?:know\s+)?(?:all\s+)?"
    r"(?=about\s)",
    re.I,
)
# "Dana in accounts", "Sam from HR", "Priya at the bank": the team or place a named reader is in, said before what
# the text tells them; it says which reader, and is neither a topic nor a fact to write (no digits, no time of day).
_READER_TEAM = re.compile(
    # ("from Jo" is who sends it, a person; "from HR", "from facilities" the team the reader is in)
    r"^\s*(?:in|from(?!\s+(?-i:[A-Z][a-z]))|at)\s+(?:(?:the|our|their)\s+)?(?!(?:the|our|their|a|an|this|that|next|every|each|morning|"
    r"afternoon|evening|night|noon|weekend|week|month|year|end|start|moment|time|person|writing|advance|future|"
    r"short|full|total|brief|case|fact|general|particular|today|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)\b)"
    r"[A-Za-z][\w&'-]*(?:\s+(?!(?:saying|stating|telling|letting|informing|explaining|confirming|asking)\b)"
    r"[A-Za-z][\w&'-]*){0,2}(?=,?\s+(?:saying|stating|telling|letting|informing|explaining|confirming)\b)",
    re.I,
)
# A statement set off after the reader: a subject ("our flight", "the kitchen tap", "I'm") and a finite verb.
_TOLD_AFTER_READER = re.compile(
    r"^\s*,\s+(?=(?:i|i'm|i've|i'll|we|we're|we've|we'll|our|my|the|it|it's|there|there's|this|his|their|she|he|"
    r"[a-z]+'s)\b|(?-i:[A-Z])[a-z]+\s+(?:will|is|has|can|was|won't|isn't|\w+s)\b)",
    re.I,
)
_FINITE = re.compile(
    # (a subject of up to six words: "the heater in my flat is broken")
    r"^(?:i'm|i've|i'll|we're|we've|we'll|it's|there's|(?:[\w']+\s+){0,5}?(?:is|are|was|were|am|will|won't|can|can't|"
    r"has|have|had|isn't|aren't|wasn't|\w+ed|(?-i:[a-z])\w+[^su]s(?=\s+(?:at|on|in|to|from|again|the|a|an|my|our|"
    r"every|by|for|with|tomorrow|today|tonight|up|down|off|out)\b)))\b",
    re.I,
)  # (a word in -s only before what a verb takes: "our flight lands at", never "the Jones family")
_MODIFIER = re.compile(
    r"^(?:in|with|using)\s+(?:a|an)\s+[\w-]+(?:\s+(?:and|,)\s*[\w-]+)?\s+(?:tone|voice|style|way)\b\s*|"
    r"^(?:in|of|under|within|at most|no more than|about|around)\s+(?:\d+|\w+)\s+(?:words?|sentences?|paragraphs?|"
    r"lines?|characters?|chars?)\b\s*|^in plain (?:english|language)\s*|^for (?:kids|children|beginners)\s*|^,\s*",
    re.I,
)
# "the nurses on Ward 7", "the children in Class 3", "the crew from Station 12": a numbered place says which
# readers, it is no topic
_NUMBERED_PLACE = (
    r"(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)\s+[a-z]+\s+(?:\d{1,3}[a-z]?|(?-i:[A-Z]))\b"
)
_AUDIENCE_STOP = (
    # ("the letting agent", "the lettings team": whom it is for, no verb)
    rf"(?:saying|stating|noting|explaining|mentioning|telling|letting(?!\s+(?:agents?|agency|office|team)\b)|"
    rf"informing|about|on(?!{_NUMBERED_PLACE})|"
    # ("Sam and Priya", "Mr Lee and Ms Shah": two readers named, one audience)
    rf"regarding|re|concerning|that|which|with|to|for|in(?!{_NUMBERED_PLACE})|and(?!\s+(?-i:[A-Z])(?!\w*day\b))|"
    rf"who|whose|based|using|"
    rf"from(?!{_NUMBERED_PLACE})|following)\b|"
    # "to my cousin Aisha politely declining ...": how the text does it, said before what it does
    r"(?-i:[a-z])\w+ly\b(?=\s+\w+ing\b)|"
    # "to the team asking them ...": a verb in -ing ends the audience, but "the marketing team" is one audience, and
    # so are "new nurses starting on Ward 7" and "new staff joining the Leeds office": where they start is who they are;
    # a capitalised word in -ing is part of a name ("the Riverside Running Club", "the Reading Group"), not a verb
    r"(?!(?:starting|joining|beginning)\s+(?:(?:on|at|in|with)\s+)?(?:the\s+)?(?-i:[A-Z]))"
    r"(?!letting\s+(?:agents?|agency|office|team)\b)(?-i:[a-z])\w*ing\b(?=\s+(?:that|to|him|her|them|it|us|me|you|we|i|they|whether|if|for|about|on|with|the|a|an|my|our|their|your|"
    r"his|its|this|these|those|everyone|everybody|all|(?-i:[A-Z])|\d|"
    # ("asking people to ...", "reminding passengers to ...": whom the text asks is no part of where it goes)
    r"people|passengers|residents|customers|guests|visitors|members|parents|staff|students|pupils|tenants|"
    r"drivers|riders|users|shoppers|diners|patients|neighbours|neighbors|colleagues|volunteers|players)\b|"
    r"\s+[a-z]+s\s+(?:not\s+)?to\s+[a-z]|"  # ("asking swimmers to shower", "reminding cyclists not to ...")
    r"\s*(?:$|[,.;:]))"
)


def skip_modifiers(rest: str) -> str:
    """``rest`` without the tone, size and reader-level phrases that lead it ("in a friendly tone, under 50 words,
    ..."): those are read elsewhere, never as the audience or the content."""
    for _ in range(6):
        found = _MODIFIER.match(rest)
        if not found or not found.group():
            break
        rest = rest[found.end() :]
    return rest.strip()


def read_purpose(
    rest: str, style: str, intent: str | None, describing: bool = False
) -> tuple[str | None, str | None, str, str]:
    """(audience, intent, content, subject) from ``rest``, what follows the style word of an instruction.

    ``intent`` is the one the style word already named (a "thank-you note"), kept unless ``rest`` names another;
    ``describing`` says the text is a description, whose thing "with" its features is content. Content is what
    the text must say, turned to address the audience where it speaks of them; subject is only a topic, and is
    empty whenever there is content.
    """
    audience = None
    # "a message for me": the one asking is no reader and no topic
    rest = re.sub(r"^(?:for|to)\s+(?:me|myself|us|ourselves)\b[\s,]*", "", rest, flags=re.I)
    rest = re.sub(r"[\s,]+for\s+(?:me|us)\W*$", "", rest, flags=re.I)  # "an email to Marco for me": on my behalf
    # "a reply to it confirming ...": what it answers is the material handed over, no reader
    rest = re.sub(r"^to\s+(?:it|this|that)\b(?=\s+(?-i:[a-z])\w+ing\b|[\s,]*$)[\s,]*", "", rest, flags=re.I)
    # "two sentences for the parish newsletter announcing ...": where the text goes, then what it does
    doing = after_place(rest)
    if doing is not None:
        return read_purpose(doing, style, intent, describing)
    addressed = re.match(
        # (six words at most, but a name they cut short runs on: "new members of the Riverside Running Club")
        # ("the Crown & Anchor", "B&Q", "Marks & Spencer": an ampersand joins the words of one name)
        rf"^(?:to|for)\s+(?!(?:me|myself|us|ourselves)\b)(?P<who>(?:(?:&\s*)?(?!{_AUDIENCE_STOP})[\w'.&-]+\s*){{0,5}}"
        rf"(?:(?:(?!{_AUDIENCE_STOP})[\w'.-]+\s*)?(?:(?:&\s*)?(?!{_AUDIENCE_STOP})(?-i:[A-Z])[\w'.&-]*\s*){{1,4}}|"
        rf"(?!{_AUDIENCE_STOP})[\w'.-]+\s*))",
        rest,
        re.I,
    )
    takes_audience = style in ("email", "letter", "announcement", "post", "card", "chat")
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
            return read_purpose(rest[addressed.end() :].lstrip(" ,"), style, intent, describing)
        audience, to = addressed.group("who").strip(), rest.lower().startswith("to ")
        rest = rest[addressed.end() :]
        rest = _READER_TEAM.sub("", rest, count=1)  # "to Dana in accounts telling her ...": which Dana, no topic
        rest = re.sub(r"^\s*(?-i:[a-z])\w+ly\s+(?=\w+ing\b)", " ", rest)  # "politely declining": the tone, said
        # "to my tutor, Dr Hale, asking her ...": the name after the comma is whom the text greets
        named = re.match(r"^,\s*(?P<name>(?-i:[A-Z])[\w'.-]*(?:\s+(?-i:[A-Z])[\w'.-]*){0,3}),\s+", rest)
        if to and named and re.match(r"^(?:my|our|your)\s", audience, re.I):
            audience, rest = named.group("name"), rest[named.end() :]
        told_after = _TOLD_AFTER_READER.match(rest)
        # "..., she turns 7 on Sunday", "..., he's off to university": how things are or will be for the reader, said
        # to them (what they did, "she watered our plants", says nothing of what to tell them, and is not read so)
        after = rest[told_after.end() :] if told_after else ""
        pronoun = re.match(r"(?:she|he)\b", after, re.I)
        spoken = re.match(r"(?:she|he)(?:'s|\s+(?:is|has|will|can|(?-i:[a-z])\w+[^su\W]s)\b)", after, re.I)
        if told_after and (spoken if pronoun else _FINITE.search(after[:200])):
            # "a message to my airbnb host Lucia, our flight lands at 11:40pm ...": what follows the reader's comma
            # is a statement, the text's content
            told = rest[told_after.end() :].strip(" ,.;")
            if re.match(r"(?:she|he)\b", told, re.I) and re.fullmatch(r"(?-i:[A-Z])[\w'-]+", audience or ""):
                # "a birthday message for my granddaughter Isla, she turns 7 on Sunday": said to her, "you turn 7"
                told = second_person(re.sub(r"\b(?:she|he)'s\s+(?=been\b|got\b)", "you've ", told, flags=re.I))
                told = re.sub(r"\b(?:she|he)'s\b", "you're", told, flags=re.I)
            return audience, intent, told, ""
        rest = skip_modifiers(rest)
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
    view = _VIEW.match(rest)
    if view is None and _VIEW.match(f"{rest} ."):
        return audience, intent, "", ""  # "giving my view that: <the points>": the points are the view
    if view:  # "giving my view that remote work is better": the view is said as the writer's, never "giving my view"
        whose = view.group("whose")
        rest = f"saying {f'in {whose.lower()} view, ' if whose else ''}{rest[view.end() :]}"
    said = _SAYING.match(rest)
    if said:
        content = rest[said.end() :]
        # "to Priya saying her share is 90", "to the manager of the hotel that her candles are ready": hers is yours
        if re.fullmatch(r"(?-i:[A-Z])[\w'-]+", audience or "") or _ONE_READER.match(audience or ""):
            content = content.strip()
            # (but "his mum called and he should ring her back" is left whole: the kin says whose "her" is)
            content = content if THEIR_KIN.match(content) else re.sub(r"^(?:her|his)\b", "your", content, flags=re.I)
        return audience, intent, _to_reader(content, possessives=False) if audience else content.strip(" ,.;"), ""
    about = _TELLING_ABOUT.match(rest)
    if about:  # "tell the team about the party": the team reads it, and the party is what it is about
        audience, rest = audience or about.group("who"), rest[about.end() :]
    told = _TELLING_PRONOUN.match(rest) or _TELLING.match(rest) or _TELLING_SHORT.match(rest)
    if told:
        who = told.group("who")
        if audience is None and who.lower() not in ("them", "him", "her", "us", "people"):
            audience = who
        reminding = rest.lower().startswith("remind")
        content = rest[told.end() :]
        ordered = told_to(content) if not reminding else None
        if ordered:  # "telling them not to eat the cake": an instruction, asked of them (and never its opposite)
            intent = "ask"
            content = ordered
        one = re.fullmatch(r"(?-i:[A-Z])[\w'-]+", who) is not None
        if who.lower() in ("her", "him") or one:  # "telling her that her bonus is 126": her bonus is the reader's
            content = second_person(content)
        return audience, "remind" if reminding else intent, _to_reader(content), ""
    gerund = re.match(r"^(?:to\s+)?(?P<verb>[a-z]+?)(?:ing|e|s)?\b\s*(?P<rest>.*)$", rest, re.I)
    found_intent = intent_of(gerund.group("verb")) if gerund else None
    if gerund and found_intent and re.match(r"^(?:to\s+)?\w+(?:ing)?\b", rest, re.I):
        return _intent_object(found_intent, gerund.group("rest"), audience)
    # "a paragraph for our newsletter": where the text goes, not what it is about. A slogan is for the business
    # it sells: "a tagline for a flower shop" names its subject, not where it is posted.
    venue = VENUE.match(rest) if style != "slogan" else None
    if venue and not venue.group("topic"):
        return audience, intent, "", ""
    rest = f"about {venue.group('topic')}" if venue else rest  # "for the team wiki on booking rooms"
    # "about Thursday's zoo trip and tell them to pack a lunch"; "about the trip telling them each person owes $43.50"
    asking = topic_with_ask(rest) or topic_with_told(rest)
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
    said = addressed.group("who").split()[0]
    if said[:1].isupper() and said[1:2].islower():
        return False  # "to Sharon saying ...", "to Mark declining ...": a name, never "share" or "mark"
    first = said.lower()
    return intent_of(first) is not None or first in ("say", "tell", "let", "celebrate", "mark", "explain")


def intent_of(word: str) -> str | None:
    """The intent a verb names in any form ("inviting", "invite", "thanks" -> "invite", "thank"), or None."""
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
    question = _ASKED_WHAT.match(rest) if intent == "ask" else None
    if question:  # "asking the team what they think of the new rota": the question is put to them
        who = question.group("who").strip()
        if audience is None and who and who.lower() not in ("them", "him", "her", "everyone"):
            audience = who
        return audience, intent, "to let me know " + _to_you(question.group("question")), ""
    people = re.match(
        r"^(?P<who>(?:(?!(?:to|for|on|about|of|that|whether|if|with)\b)[\w'.-]+\s+){1,5}?)"
        r"(?P<rest>(?:to|for|on|about|of|that|whether|if)\s+.+)$",
        rest,
        re.I,
    )
    addressed = intent in ("invite", "thank", "remind", "ask", "congratulate", "welcome", "apologize", "request")
    # ("everyone who came to the fete": the "to" is inside the clause that says who they are)
    people = None if people and re.search(r"\b(?:who|that|which)\s", people.group("who"), re.I) else people
    if addressed and people:
        # ("asking them not to park ...": the "not" is the ask's, never part of whom it asks)
        who, rest = negation_moved(people.group("who").strip(), people.group("rest"))
        if audience is None and who.lower() not in ("them", "him", "her", "us", "me", "everyone"):
            audience = who
    elif intent == "welcome" and audience is None and rest and not rest.lower().startswith("to "):
        audience, rest = rest, ""
    elif (
        intent in ("thank", "congratulate", "invite")
        and rest
        and not re.search(r"\b(?:who|that|which|for|on|to)\b", rest, re.I)
    ):
        # "thanking the volunteers", "congratulating the team", "inviting the team": whom, not what for or to
        # ("Thank you for the volunteers.", "You're invited to the team.")
        audience, rest = audience or rest, ""
    if rest.lower() in ("him", "her", "them", "you", "us", "everyone", "it"):
        rest = ""  # "thanking him" names whom, not what for
    return audience, intent, _to_reader(rest), ""


# "the team what they think of the new rota", "her when she can start": whom, then the question put to them
_ASKED_WHAT = re.compile(
    r"^(?P<who>(?:(?!(?:what|how|when|where|which|who|why|whether|if|to|for|on|about|of|that|with)\b)[\w'.-]+\s+)"
    r"{0,5}?)(?P<question>(?:what|how|when|where|which|why)\s+\S.*)$",
    re.I,
)


def _to_you(question: str) -> str:
    """A question about its readers put to them: "what they think of the rota" -> "what you think of the rota"."""
    question = re.sub(r"\b(?:they|he|she)\s+(?P<verb>[\w']+)", lambda m: f"you {you_verb(m['verb'])}", question)
    return re.sub(r"\b(?:their|his|her)\b", "your", re.sub(r"\bthemselves\b", "yourselves", question))


_OTHER_PEOPLE = re.compile(
    r"\b(?:children|kids|pupils|students|customers|clients|guests|visitors|patients|residents|tenants|players|"
    r"passengers|drivers|people)\b",
    re.I,
)


def _to_reader(content: str, possessives: bool = True) -> str:
    """Content said about the reader, turned to address them: "their badges expire" -> "your badges expire"."""
    content = content.strip(" ,.;")
    content = re.sub(r"^(?:they|he|she) (?:are|is)\b", "you are", content, flags=re.I)
    content = re.sub(r"^(?:they|he|she) (?:were|was)\b", "you were", content, flags=re.I)
    content = re.sub(r"^(?:they|he|she) (?:have|has)\b", "you have", content, flags=re.I)
    if not possessives:
        return content
    # "who looked after my dad, Mr Okafor, after his hip operation": once someone else is named, "his" is theirs
    # ("if her son could bring his phone": once the reader's kin is named, "his" may be the kin's)
    # ("not to send children with nuts in their lunch": once other people are named, "their" may be theirs)
    other, kin, group = OTHER_PERSON.search(content), THEIR_KIN.search(content), _OTHER_PEOPLE.search(content)
    cut = min(other.start() if other else len(content), kin.end() if kin else len(content))
    cut = min(cut, group.end() if group else len(content))
    head, tail = content[:cut], content[cut:]
    return re.sub(r"\b(?:their|his)\b", "your", head) + tail
