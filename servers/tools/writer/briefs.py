"""Reading a writing instruction: what kind of text, in what tone, for whom, to what end, and saying what.

"Write a short email to the team saying the Friday release moves to Monday" is read as: style email, length
short, audience the team, and the *content* "the Friday release moves to Monday". The instruction words never
become content. Content is what the text must say; a *subject* ("a blog post about remote work") only names a
topic, and a topic alone gives the writer nothing to say.

An *intent* (inviting, thanking, reminding, asking...) with its object is content too: "inviting the design team
to a workshop on 3 June" says everything a short invitation needs. This module reads the kind of text and its tone;
``purposes`` reads what follows them (the audience, the intent, the content or subject).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.writer.addressees import Addressed, addressed
from servers.tools.writer.aims import aimed_at, without_aim
from servers.tools.writer.canvassing import canvasses
from servers.tools.writer.households import said_to_several
from servers.tools.writer.lowercase_names import audience_capitalised, reader_capitalised
from servers.tools.writer.persons import OTHER_PERSON, second_person
from servers.tools.writer.pronouns import told_apart, unclear_whose
from servers.tools.writer.purposes import intent_of, read_purpose, skip_modifiers
from servers.tools.writer.styles import (
    STYLE_INTENTS,
    STYLE_PATTERN,
    STYLE_WORDS,
    TONE_PATTERN,
    names_style,
    posted_in_chat,
    tone_named,
)
from servers.tools.writer.venues import names_place

_LEAD = re.compile(
    # ("can ye", "could u": the same ask in other Englishes)
    # ("help write a notice", "help to write": the same ask without its "me")
    r"^\s*(?:please\s+|(?:can|could|would) (?:you|ye|u|ya|youse)\s+|i need(?: you)? to\s+|help me\s+|"
    r"help (?:(?:us|me) )?(?:to )?(?=write|draft|compose|make|prepare|put)|"
    r"i want(?: you)? to\s+|i'?d like(?: you)? to\s+|"
    # "Would you mind writing ...", "Reckon you could write ...": the same ask, put politely
    r"(?:would|do) you mind\s+(?=writing|drafting|putting)|(?:do you )?reckon you could\s+|"
    r"(?:is there )?any chance you could\s+|i was wondering if you could\s+)*"
    # "make my notes into an email": the converting verb first, or "make" alone would leave "my notes into"
    r"(?P<verb>(?:make|write up|type up) (?:this|these|that|those|the following|my|our)(?:\s+\w+)? (?:into|as)|"
    r"write|draft|compose|create|make|prepare|produce|generate|come up with|give me|put together|"
    r"writing|drafting|putting together|"
    r"i need|i want|need(?= (?:an?|some|the) )|want(?= (?:an?|some|the) )|i'?d like|i would like|"
    r"craft|pen|suggest|brainstorm|send|word|type up|describe|explain|tell|inform|let|announce|remind|invite|thank|ask|"
    # "can you do a product description", "do me a poster": "do" asks for writing only before a kind of text
    rf"do(?=\s+(?:me\s+|us\s+)?(?:an?|some|the|my|our)\s+(?:[\w-]+\s+){{0,2}}?(?:{STYLE_PATTERN})\b)|"
    r"apologi[sz]e|congratulate|set up(?= (?:an?|my) (?:out[ -]of[ -]office|auto-?reply|away))|"
    r"e-?mail|message|text|reply|respond|answer|"
    # "Put this in bullet points": the material laid out as a list
    # (read again once the list words are taken out: "Put this please")
    r"put (?:this|these|that|those|it|the following)(?:\s+\w+)?(?: (?:in|into|as)(?= (?:an? )?(?:[\w-]+ )?"
    r"(?:bullet|numbered))|(?=\s*(?:,?\s*please)?\s*$))|"
    r"turn (?:this|these|that|those|the following|the|my|our)(?:\s+\w+)? into|use (?:this|these|the following)"
    r"(?:\s+\w+)? (?:for|in|to write))\b"
    # ("thank-you email", "thank you note" name a kind of text, not the verb)
    r"(?!-|\s+you\s+(?:note|card|email|e-mail|message|letter|text)\b)\s*"
    r"(?:me\s+|us\s+)?",
    re.I,
)
_DETERMINER = r"(?:a|an|the|some|one|two|three|four|five|a few|few|\d+|a couple of|couple of|my|our)"
_PUT_UP = ("sign", "poster", "flyer")
_ADJECTIVES = (
    r"(?:catchy|punchy|nice|good|great|simple|detailed|long|little|wee|small|new|quick|short|brief|clear|"
    r"polite|kind|thank-you|thank\s+you|\d+-word|\w+-sentence|(?:one|two|single)[\s-]line|personal|official|warm)"
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
# "Remind the parents in 2 sentences that ...": the size said between the reader and what they are told
_SIZE_INSIDE = re.compile(
    r",?\s+(?P<size>in\s+(?:(?:exactly|just|about|around|under|no more than|at most|fewer than|less than)\s+)?"
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:words?|sentences?|lines?|paragraphs?)),?"
    r"(?=\s+(?:that|saying|telling|about|asking|thanking|inviting)\b)",
    re.I,
)
_SIZE_TAIL = re.compile(
    r"(?:,\s*(?:in\s+)?|\s+in\s+)(?:(?:exactly|just|about|around|under|no more than|at most|fewer than|less than)\s+)?"
    r"(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:or|to|-|–)\s*)?"  # "3 or 4 sentences"
    r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:words?|sentences?|lines?|paragraphs?)"
    r"(?:\s+(?:max|maximum|at most|or less|or fewer|long))?"
    r"(?:,?\s+(?:and\s+)?no\s+(?:title|heading|headline|hashtags?|emojis?))?$",  # "3 sentences, no title"
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
    r"(?:words?|sentences?|paragraphs?|lines?|characters?|chars?)\b"
)
_ASKS = re.compile(
    r",?\s*\b(?:(?:in|of|within|under|at most|no more than|not more than|about|around|fewer than|less than|"
    rf"up to|exactly|max(?:imum)?)\s+){{1,2}}{_COUNTED}|"
    rf",?\s*\b{_COUNTED},?\s+(?:max(?:imum)?|tops|at most|or (?:less|fewer))\b|"
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
    # a "his" or "her" said of a reader described through someone else, whose it is can't be told ("to Mrs Lee, my
    # daughter Amy's teacher, for all her help with her reading")
    unclear_whose: str = ""


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
    "claim": "Claim",
}


# Who reads the text out and how: "for me to read over the PA", "for the bingo caller to read out", "for the steward
# to announce". They say the text aloud to others; they are neither its subject nor whom it greets. ("a story for the
# kids to read": they read it themselves, and are whom it is for: only the bare "to read" goes.)
_READ_ALOUD_BY = re.compile(
    r"\s*\bfor\s+(?:me|us|him|her|them|(?:the|my|our)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+to\s+(?:announce\b|"
    r"(?:read|say)(?=\s+(?:out|aloud|over|on|at|to)\b)(?:\s+(?:out|aloud)\b)?)",
    re.I,
)
_TO_READ = re.compile(r"(?<=\w)\s+to\s+read$", re.I)


def read_brief(instruction: str) -> Brief:
    """Take a writing instruction apart; whatever it does not name takes the style's default."""
    text = " ".join(instruction.split()).rstrip(".!?:; ")
    text = without_aim(text)  # "an advert for my shop that will bring more customers": a goal, not what it says
    # "no greeting": the text without an email's frame, said wherever the size and manner are
    unframed = _NO_FRAME.search(text)
    text = _unframed(text) if unframed else text
    # "for the bingo caller to read out": who says it, not whom to; "for the crew to read": whom for, and no subject
    text = _TO_READ.sub("", _READ_ALOUD_BY.sub("", text).strip()) if " to " in text else text
    sized = _SIZE_LEAD.match(text)
    if sized:  # "In exactly two sentences, tell our customers that ...": the size, said first, read after the ask
        text = f"{text[sized.end() :]}, {sized.group('size')}"
    inside = _SIZE_INSIDE.search(text)
    if inside:  # "Remind the parents in 2 sentences that ...": the size, read after what they are told
        text = f"{text[: inside.start()]}{text[inside.end() :]}, {inside.group('size')}"
    tail = _SIZE_TAIL.search(text)  # "Email the letting agent, 2 sentences": a size, read by ``lengths``, no kind
    rest, verb = text[: tail.start()] if tail else text, ""
    lead = _LEAD.match(rest)
    if lead:
        verb, rest = lead.group("verb").lower(), rest[lead.end() :]
    style_word, tone, intent, named_for = "", None, None, ""
    rest = _BARE_COUNT.sub("", rest)  # "Write 2 sentences inviting ...": the count is read by ``lengths``
    # "and say sorry", "saying sorry that ...": the apology, said the way the intents are read
    rest = _SAY_SORRY.sub(" apologising", rest).strip()
    # "Answer this message from a parent": after a verb of replying, "this message" is what is answered, not the
    # kind of text asked for (a reply)
    # "Email my client Dana a friendly nudge": whom to, then the kind of text they are sent (never "Dana a" as words
    # before the kind)
    given = _GIVEN_TEXT.match(rest) if verb in ("email", "e-mail", "message", "text") else None
    head = (
        None
        if verb in ("reply", "respond", "answer") or given
        else re.match(
            rf"^(?:{_DETERMINER}\s+)?((?:(?:{TONE_PATTERN}|{_ADJECTIVES}|[\w-]+),?\s+(?:and\s+)?){{0,3}}?)"
            rf"({STYLE_PATTERN})(?:(?<=paragraph)s|(?<=sentence)s)?\b\s*",  # "two short paragraphs": a size, a style
            rest,
            re.I,
        )
    )
    if head is None and verb in _SENT_TO_WHOM:
        given = _GIVEN_TEXT.match(rest)  # "write the elevator buyer a short note": more words of whom than a head has
    if head:
        style_word = head.group(2).lower()
        tone = tone_named(head.group(1))
        # "lost cat poster", "sale sign": what a notice put up is for, said before it, is its heading
        named_for = head.group(1).strip(" ,") if style_word in _PUT_UP and not tone else ""
        # ("a two-line sign", "a 10-word poster": the size, read by ``lengths``, is no heading)
        sized_kind = re.search(r"\b[\w]+-(?:lines?|words?|sentences?|paragraphs?)$", named_for, re.I)
        named_for = "" if re.match(rf"^(?:{_ADJECTIVES})\b", named_for, re.I) or sized_kind else named_for
        # "a follow-up email", "a welcome message", "a thank-you note": a word before the style names the intent
        intent = STYLE_INTENTS.get(style_word) or next(filter(None, map(intent_of, head.group(1).split())), None)
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
            intent = next(filter(None, map(intent_of, sized.group(1).split())), None)
            style_word, rest = sized.group(2).lower(), rest[sized.end() :]
        if second:  # "an apology email", "a reminder note": the second word is the kind of text
            style_word, rest = second.group(1).lower(), rest[second.end() :]
            # "a two sentence thank-you note": the first word was a size, the second says what the text is for
            intent = intent or STYLE_INTENTS.get(style_word)
    elif verb and (unnamed := _UNNAMED_TEXT.match(rest)):
        # "write something for our about page: ...": a text of no named kind, a paragraph
        style_word, rest = "text", rest[unnamed.end() :]
    elif verb in (
        "tell",
        "inform",
        "let",
        "announce",
        "remind",
        "invite",
        "thank",
        "ask",
        "congratulate",
    ) or verb.startswith("apologi"):
        gerund = {"announce": "announcing", "let": "letting", "congratulate": "congratulating"}.get(verb, f"{verb}ing")
        rest = ("apologizing" if verb.startswith("apologi") else gerund) + f" {rest}"
        style_word = "announcement" if verb == "announce" else "email"
    elif verb in ("describe", "explain"):
        style_word = "description"
    elif verb in ("reply", "respond", "answer"):
        # "Reply politely to this customer, apologising ...", "Answer this message from a parent": a reply to them
        rest = re.sub(r"^\w+ly\s+", "", rest)
        answered = _ANSWERED.match(rest)
        if answered:  # "to this review, thanking them", "this message from a parent": the message, then its sender
            sender = answered.group("sender")
            after = re.sub(
                r"^[\s,]*(?:\w+ly\b[\s,]*)?(?:and\s+)?(?:say\b)?",
                lambda m: "saying" if m.group().rstrip().endswith("say") else "",
                rest[answered.end() :],
            )
            rest = f"to {sender} {after}".strip() if sender else after.strip()
        style_word, rest = "reply", rest if re.match(r"^(?:to\s|$)", rest, re.I) or answered else f"to {rest}"
    elif verb in ("email", "e-mail", "message", "text") and _NOUN_AFTER.match(rest):
        # "Message for the team Slack: ...", "Email about the outage: ...": the kind of text, said as a noun
        style_word = verb
    elif given:
        style_word, tone = given.group("kind").lower(), tone_named(given.group("manner"))
        intent = STYLE_INTENTS.get(style_word)
        rest = f"to {given.group('who')} {rest[given.end() :]}".strip()
    elif verb in ("email", "e-mail", "message", "text") or re.match(r"^to\s", rest, re.I):
        # "Email my landlord asking ...", "Write to the printers asking ...": a message to someone ("Text the team:
        # ..." a text message, which has no subject line or sign-off)
        style_word = "text" if verb == "text" else "email"
        rest = rest if re.match(r"^to\s", rest, re.I) else f"to {rest}"
    # "a reply that apologises and offers a free drink": what the text does, said as "apologising and offering ..."
    does = _DOES.match(rest)
    if does:
        rest = _DONE.sub(lambda m: _DOING[m.group(1).lower()], rest[does.end() :], count=2)
    style = STYLE_WORDS.get(style_word, "paragraph")
    style = "paragraph" if unframed and style in ("email", "letter") else style
    # "a Slack message to the team": a chat message greets, but has no subject line and no letter's sign-off
    style = "chat" if style == "email" and style_word != "email" and posted_in_chat(text) else style
    tone = tone or tone_named(text) or ("formal" if style == "letter" else None)
    tone = tone or ("professional" if style in _FORMAL_STYLES else "friendly")
    rest = _ASKS.sub("", _SOURCE.sub("", rest)).strip(" ,")
    describing = style_word in _DESCRIBING
    # "to my neighbour Greta": the reader is greeted by name; the role says who they are, not what to write
    sender = _SENDER.match(rest) if style == "card" else None
    rest = rest[sender.end() :] if sender else rest  # "a card from our family to the nurses": who signs it
    rest = reader_capitalised(rest)  # "to my wife marcy": a name typed in lowercase
    # a slogan greets no one: "for my dog walking business called Happy Tails" names what it sells, not a reader
    named = addressed(skip_modifiers(rest)) if style != "slogan" else Addressed(skip_modifiers(rest))
    # "to Mrs Patel ... her help with his reading", her son Leo's: "your help with Leo's reading"
    named = Addressed(told_apart(named.rest, named.described), named.described)
    through = "'s " in named.described and OTHER_PERSON.search(named.described) is not None
    unclear = (unclear_whose(named.rest) or "") if through else ""
    audience, intent, content, subject = read_purpose(named.rest, style, intent, describing)
    audience = audience_capitalised(audience, text)  # "a text to marcy": her name, typed in lowercase
    aimed = aimed_at(content)
    if aimed is not None:  # "an advert for my shop that will make more customers come": a goal, not a fact
        content, subject = "", subject or aimed or (audience or "")
    if content and (audience or "").lower() in ("her", "him"):
        # "a reminder for her that her physio is on Tuesday": she reads it, so it is "your physio"
        content = second_person(content)
    content = said_to_several(content, audience) if intent is None else content  # "to the Hendersons saying their"
    subject = subject or (named_for if not content else "")
    subject = "" if _HUNG_AT.fullmatch(subject) else subject  # "the sign at our bakery": where it hangs, no topic
    who = sender.group("sender") if sender else ""
    return Brief(
        style, tone, audience, intent, content, subject, style_word or "text", text, named.described, who, unclear
    )


_HUNG_AT = re.compile(r"(?:at|in|on)\s+(?:our|my|the|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+)?", re.IGNORECASE)
"""A subject that is only where a text hangs or lies ('at our bakery', 'in the staff room')."""

_DOING = {"apologises": "apologising", "apologizes": "apologizing", "thanks": "thanking", "invites": "inviting",
          "reminds": "reminding", "asks": "asking", "welcomes": "welcoming", "offers": "offering"}  # fmt: skip
_DOES = re.compile(r"^(?:that|which)\s+(?=(?:apologi[sz]es|thanks|invites|reminds|asks|welcomes)\b)", re.I)
# the verb first, and one more after "and" ("apologises and offers a free drink")
_DONE = re.compile(r"(?:^|(?<=\band\s))(apologi[sz]es|thanks|invites|reminds|asks|welcomes|offers)\b(?=\s)", re.I)


# A label on a text handed over ("Email - Hi all, ...", "Checklist - date, time", "The message:"), with no ask
_LABEL_ONLY = re.compile(
    r"^\W*(?:the\s+)?(?:text|message|original|input|content|passage|letter|e-?mail|checklist|note|draft)\W*$", re.I
)


def asks_for_text(instruction: str) -> bool:
    """Whether ``instruction`` asks for a text: it opens with a writing verb or names a kind of text. "My son asked
    which gas plants take in" does neither, and composing it would answer what was never asked."""
    text = _unframed(" ".join(instruction.split()))
    sized = _SIZE_LEAD.match(text)
    text = text[sized.end() :] if sized else text  # "In two sentences, tell the team ..."
    if _ASKED_OF_TEXT.match(text):
        return False  # "Does this email cover everything on the checklist?": a question about a text, not one asked
    if _LABEL_ONLY.match(text):
        return False  # "Email - Hi all, the quiz night is on Friday": a text handed over, nothing asked of it
    if canvasses(text) and not names_style(text):
        return False  # "Ask every agent what they think of the bypass": views to gather, not a text to send
    named = _LIST_NAMED.match(text) is not None or _sentences_for_place(text)
    return _LEAD.match(text) is not None or names_style(text) or named


# "Bullet list of 3 points for the governors: ...", "3 bullet points for the board: ...": a list named as the text
_LIST_NAMED = re.compile(
    r"^\W*(?:(?:an?|the|my)\s+)?(?:(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:short\s+)?"
    r"(?:bullet(?:ed)?[\s-]*(?:list|points?)|numbered\s+list|list\s+of\s+(?:\d{1,2}\s+)?(?:bullet\s+)?points)\b",
    re.I,
)

# "Two sentences for the staff noticeboard: ...", "3 sentences for the club website: ...": a count of sentences
# named with the place the text goes is the text asked for (a reader named so, "for my manager", is no place).
_SENTENCES_NAMED = re.compile(
    r"^\W*(?:\d{1,2}|one|two|three|four|five|six)\s+(?:short\s+)?sentences?\s+(?P<place>(?:for|on|in)\s.*)$",
    re.I | re.S,
)


# "Can you write 3 bullet points for the club noticeboard? New lane rules ...": a list is a kind of text too.
_LIST_ASKED = re.compile(
    r"\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:short\s+)?bullet(?:ed)?[\s-]*points?\b|"
    r"\b(?:bullet(?:ed)?|numbered)\s+list\b",
    re.I,
)


def names_list(text: str) -> bool:
    """Whether ``text`` names a list as the text asked for ("3 bullet points for the board", "a numbered list")."""
    return _LIST_ASKED.search(text) is not None


def _sentences_for_place(text: str) -> bool:
    named = _SENTENCES_NAMED.match(text)
    return named is not None and names_place(named.group("place"))


# "Does this email cover everything on the checklist?", "Is my letter too long?", "Has the note got the date in it?":
# a yes-or-no question whose subject is a text; answering it is judging the text, and composing one answers nothing.
_ASKED_OF_TEXT = re.compile(
    r"^\W*(?:does|do|did|is|are|was|were|has|have|will|would|should|could|can|might)\s+(?:this|that|the|my|our|your|"
    r"these|those|his|her|their)\s+(?:[\w'-]+\s+){0,2}?(?:"
    rf"{STYLE_PATTERN}|draft|text|wording|version)s?\b(?!\s+(?:for|to)\s+me\b)",
    re.I,
)


# The message a reply answers, named after the verb: "this review", "the complaint from Mrs Lee".
_ANSWERED = re.compile(
    r"^(?:to\s+)?(?:this|that|the|their|his|her)\s+(?:message|email|e-mail|review|complaint|comment|letter|enquiry|"
    r"inquiry|query|text|note|post|feedback)(?:\s+from\s+(?P<sender>[^,;:]{1,60}?))?(?=\s*(?:[,;:]|$|\s(?:\w+ly|and|by|with|"
    r"saying|telling|thanking|apologi[sz]ing|asking|offering)\b))",
    re.I,
)
_SAY_SORRY = re.compile(r",?\s*\b(?:and\s+)?(?:say|saying|to say)\s+(?:we'?re\s+|i'?m\s+)?sorry\b", re.I)
# What follows a kind of text named as a noun, never the object of a verb: "Message for ...", "Email about ...".
_NOUN_AFTER = re.compile(
    r"^(?:for|about|on|regarding|re|saying|telling|announcing|asking|inviting|thanking|reminding|letting)\b", re.I
)
# "no greeting", "without a greeting or sign-off", set off by commas: the frame of an email left out.
_NO_FRAME = re.compile(
    r"(?:^|,)\s*(?:with\s+)?(?:no|without(?:\s+an?)?)\s+(?:greeting|salutation|sign-?off)"
    r"(?:\s+(?:or|and|,)\s+(?:no\s+|an?\s+)?(?:greeting|salutation|sign-?off))?\s*(?=,|$)",
    re.I,
)


def _unframed(text: str) -> str:
    """``text`` without its "no greeting" and the comma after it ("Tell the cleaners, no greeting, that ...")."""
    found = _NO_FRAME.search(text)
    if found is None:
        return text
    after = text[found.end() :]
    # (the comma before a clause of what to say goes with it: "Tell the cleaners, no greeting, that ...")
    after = re.sub(r"^\s*,(?=\s*(?:that|saying|telling|asking)\b)", "", after) if found.start() else after
    return (text[: found.start()] + after).strip(" ,")


# "my client Dana a friendly nudge", "the team a quick reminder": the reader, then the kind of text sent to them
# (after "email", "message", "text"; and after "write", "send", "draft" when whom is longer than a text's head reads:
# "write the elevator buyer a note").
_SENT_TO_WHOM = frozenset("write send drop draft".split())
_GIVEN_TEXT = re.compile(
    rf"^(?P<who>(?:[\w'.-]+\s+){{0,4}}?[\w'.-]+)\s+(?:an?|some)\s+(?P<manner>(?:[\w-]+\s+){{0,2}}?)"
    rf"(?P<kind>{STYLE_PATTERN})\b\s*",
    re.I,
)
_DESCRIBING = frozenset({"description", "product description", "blurb", "pitch"})
