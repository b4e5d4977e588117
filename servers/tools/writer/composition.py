"""Composing a text offline from what the request gives, and from nothing else.

The rule: **every sentence of a draft is either a given fact or a frame that claims nothing.** Facts come from
the request: the content clause of its instruction ("... saying the Friday release moves to Monday", "inviting
the team to a workshop on 3 June") and the material after a colon, in quotes, in a ``` block or on the lines
below it (which is where an earlier step's output arrives). Each fact appears in the draft, worded as given
(capitalised and punctuated), in the order given. The frame is what the style needs and asserts nothing: an
email's subject, greeting and sign-off, a post's title, "Once upon a time" and "The end" (``frames``).

A topic is not content. "Write a blog post about remote work" or "Describe the new bicycle lanes" names what
to write about but gives nothing to say, and offline there is no model to know it; so the writer declines
with a one-line ``ToolInputError`` that asks for the points to include. The one exception is slogans, which
restate their subject: they are built from the subject's own words, and the result says so. The same honesty
applies to length: a draft is never padded to reach a length the facts cannot fill, and facts are never dropped
to fit a length they exceed; either way the writer says so instead.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from servers.tools.inputs import ToolInputError
from servers.tools.writer.announcements import change_noted, news_opener
from servers.tools.writer.apologies import apology_opening
from servers.tools.writer.asides import contains_aside
from servers.tools.writer.bare_figures import figures_without_facts, only_figures
from servers.tools.writer.briefs import Brief
from servers.tools.writer.forms import Forms, bullet, fit_sentences, list_items, lowered, sentence
from servers.tools.writer.frames import CLOSINGS, GIVEN_IN_SUBJECT, Composition, frame_for, subject_first
from servers.tools.writer.greetings import greeting
from servers.tools.writer.households import household_named
from servers.tools.writer.lengths import LengthAsk, measure
from servers.tools.writer.named_subjects import with_subject_said
from servers.tools.writer.negated_asks import negated_request
from servers.tools.writer.notes import listed, prose
from servers.tools.writer.occasions import call_to_come, event_sentence, event_told, names_occasion
from servers.tools.writer.persons import (
    KIN_READER,
    OTHER_PERSON,
    about_reader,
    names_another,
    said_to_reader,
    second_person,
    spoken_of,
)
from servers.tools.writer.points import split_points
from servers.tools.writer.shapes import in_lines
from servers.tools.writer.slogans import slogans
from servers.tools.writer.speeches import check_something_to_say
from servers.tools.writer.welcomes import welcome_to_own

_SLOGAN_NOTE = (
    "Built offline from the words of your request; for original slogans, set ANTHROPIC_API_KEY "
    "(or point the writer at a local model)."
)
OFFLINE_HINT = "set ANTHROPIC_API_KEY (or point the writer at a local model) to have a model write from a topic"
_NO_FORMS = Forms()
# Intents whose content speaks of the one person addressed: "he"/"she" in it means the reader.
_ADDRESSED_INTENTS = frozenset(
    {"thank", "congratulate", "apologize", "follow up", "remind", "ask", "request", "announce", "share", "decline"}
)
# What an intent says when the request gives only the facts behind it ("a thank-you note to Greta. You ...").
_BARE_OPENINGS = {
    "thank": "Thank you so much!",
    "congratulate": "Congratulations!",
    "welcome": "Welcome!",
    "apologize": "Please accept my apologies.",
}
# What every business is: a slogan for one of these alone has nothing of its own to say.
_GENERIC = re.compile(
    r"^(?:(?:a|an|the|my|our|your|this|new)\s+){0,2}(?:business|company|firm|brand|shop|store|startup|start-up|product|"
    r"app|service|website|organi[sz]ation|project|thing)\W*$",
    re.I,
)
_LINKS = ("to", "for", "about", "of", "on", "that", "whether", "if")
# Intents whose text exists to bring people to an event: without its when or where they have nothing to say.
_TELLS_OF_EVENT = (None, "invite", "announce")
# "our new website", "the spring menu": a thing named by a noun phrase, no verb saying anything of it.
_NAMES_A_THING = ("announce", "share", "introduce")  # "I'd like to share our new menu." says only the topic
_BARE_THING = re.compile(r"^(?:the|our|my|a|an|this|their)\s+[^,;:.!?\d]{1,60}$", re.I)
# "the news", "all the details", "the latest update": a name for what to say, never what is said.
_NAMED_NEWS = re.compile(
    r"^(?:about\s+)?(?:the|our|my|your|their|this|that|these|those|all the|some)\s+(?:(?:latest|new|full|big|"
    r"exciting|good|bad|important|recent)\s+)?(?:news|details|update|updates|plans?|info|information|story|situation|"
    r"changes|arrangements|rules|results?)\W*$",
    re.I,
)
# ("there will be no party for the new starters" says something: a clause, never an event's name)
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|will|won't|has|have|had|be|been|can|can't|could|would|should|must|may|might|do|does|"
    r"did)\b|'(?:re|ll|ve)\b",
    re.I,
)
_TO_READERS = re.compile(r"\s+(?:to|for|with)\s+(?:everyone|everybody|(?:the|our|my|all)(?:\s+[\w'-]+){1,3})$", re.I)
# A point that already says what a bare opening would ("Thank you for ...", "Congratulations on ...").
_SAYS_INTENT = {
    "thank": re.compile(r"^thank you\b", re.I),
    "congratulate": re.compile(r"^congratulations\b", re.I),
    "welcome": re.compile(r"^welcome\b", re.I),
    "apologize": re.compile(r"^(?:i'?m sorry|sorry|(?:please accept )?my apologies|i apologi[sz]e)\b", re.I),
}
_NEVER = re.compile(r"(?!)")

# A courtesy that says the intent again and claims nothing new: it may make up a number of sentences asked for
# ("a two-sentence thank-you note" from one reason given), never fill an ordinary draft.
_PROFILES = frozenset({"bio", "biography", "profile", "staff profile", "about me", "speaker bio"})
_COURTESIES = {
    "thank": "I really appreciate it.",
    "apologize": "Please accept my apologies.",
    "congratulate": "Well done!",
    "welcome": "It's great to have you with us.",
    "remind": "Please keep this in mind.",  # (asks the reader to remember, which the reminder is; it claims nothing)
}


# Forms made of sound and wit rather than stated points: composing from the user's facts cannot make one, and
# the facts laid out as prose under the form's name would be a confident wrong answer.
_CRAFTED_FORMS = re.compile(
    r"\b(?:haikus?|poems?|poetry|limericks?|sonnets?|songs?|lyrics|raps?|verses?|rhymes?|rhyming|jingles?|jokes?|"
    r"puns?|riddles?|odes?|acrostics?)\b",
    re.IGNORECASE,
)


# Material that only names what to write about: "something about productivity", "about the project".
_TOPIC_ONLY = re.compile(
    r"^(?![^.!?;]*,\s+(?:it|they|we|you|there|he|she|this|that)\s)"  # "about the parking, it is closed": a fact
    r"(?:(?:something|anything|stuff|things|a (?:bit|few words|piece|post))\s+(?:about|on|regarding|re)|"
    r"about|regarding|concerning)\b[^.!?;]*[.!?]?$",
    re.I,
)
# A sentence that only says what the piece is about ("It's about the Tudors.", "The topic is gardening.",
# "Subject: climate change"): a topic, like "about the Romans", not a fact to write. "It's about 5 miles",
# "about time" and "about to" say how far, when and what next, so they are facts.
_ABOUT_PIECE = re.compile(
    r"^(?:(?:it|this|that)(?:'s|\u2019s|\s+is|\s+will be|\s+should be)\s+(?:all\s+)?(?:about|regarding|"
    # "It's on Friday", "it's on the table": "on" a day or a place is when or where, not what the piece is about
    r"on(?!\s+(?:the|a|an|my|our|your|his|her|their|its|this|that|me|us|him|them|you|time|hold|sale|fire|track|"
    r"tomorrow|today|tonight|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec)\b))|"
    r"(?:the|its|my|our)\s+(?:topic|subject|theme)(?:'s|\s+is|\s+will be|\s*:)|(?:topic|subject|theme)\s*:)\s+"
    r"(?!(?:time|to|half|a\s+(?:quarter|third|half|mile|minute|hour|week|day|month|year)|an\s+hour|\d|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred)\b))"
    r"[^.!?;]{2,80}[.!?]?$",
    re.I,
)


def crafted_form(brief: Brief) -> str | None:
    """The verse or joke form an instruction asks for, when it names no prose style the writer composes."""
    if brief.style_word != "text":
        return None
    found = _CRAFTED_FORMS.search(" ".join(brief.instruction.split()[:8]))
    return found.group(0).lower() if found else None


def compose(
    brief: Brief, material: str, length: LengthAsk, forms: Forms = _NO_FORMS, *, notes: bool = False
) -> Composition:
    """A text in the brief's style from its content and the material, in the forms asked for (bullets, a subject
    line, a signature, a number of sentences); ToolInputError when there is nothing to write from, when the facts
    cannot meet the length or count asked, or when the form asked for (a poem, a joke) is beyond composing from
    facts. With ``notes`` the material is jotted notes, said as the sentences of the text (``notes.prose``)."""
    form = crafted_form(brief)
    if form is not None:
        raise ToolInputError(
            f"Offline I compose prose from the points you give (emails, posts, paragraphs, stories); a {form} "
            f"needs a model: {OFFLINE_HINT}."
        )
    points = split_points(material) if material else []
    run = listed(points[0]) if len(points) == 1 and not forms.bullets else None
    if run:  # "- 2 bedrooms, in Leith, £1,150 pcm, ...": jotted fragments, said as the short sentences of a listing
        points = [run]
    elif notes and points and not forms.bullets:
        points = prose(points)
        if brief.style == "paragraph" and not GIVEN_IN_SUBJECT.search(brief.subject):
            # notes about something: the sentences say it, not a "Topic: ..." line; but a subject that gives a
            # fact ("release notes for version 2.4.1") leads them, or the text would leave the fact out
            brief = replace(brief, subject="")
    labelled = re.search(
        r"(?:^|[.!?,;]\s*)(?:(?:the|its)\s+)?(?:subject(?:\s+line)?|re|topic|theme)\s*$",
        brief.instruction.strip(),
        re.I,
    )
    if labelled and points and not brief.content and len(points) == 1:
        # "Write an article. Subject: the history of tea": the line names the topic, as "It's about tea" does
        raise ToolInputError(_nothing_to_say(replace(brief, subject=points[0][:80].rstrip(".!?"))))
    if points and not brief.content and all(_TOPIC_ONLY.match(p) or _ABOUT_PIECE.match(p) for p in points):
        # "write a blog post: something about productivity": the material names a topic and says nothing
        raise ToolInputError(_nothing_to_say(replace(brief, subject=" ".join(points)[:80].rstrip(".!?"))))
    if only_figures(points, brief):  # "Write the product description for it: £59.99"
        raise figures_without_facts("; ".join(points), brief.style_word, OFFLINE_HINT)
    reader = brief.audience or ""
    check_something_to_say(brief.style_word, points)  # "my best man speech? The wedding is on Saturday"
    brief, points = with_subject_said(brief, points)  # "the owner of Biscuit": "Biscuit's had his dental"
    if points and (_one_person(reader) or KIN_READER.match(reader)) and not names_another(brief.content):
        # (a note to Mrs Patel "for looking after our cat. she was very happy": "she" may be the cat, left as said)
        points, did = about_reader(points, reader)
        left = spoken_of(points, reader)
        if left:  # "It's her birthday and Dad says he will cook" on a card to Mum: "her" never goes to Mum
            raise ToolInputError(
                f"'{left[:60]}' speaks of {reader} as someone else in a {brief.style_word} to them, and offline I "
                f"can't tell which words mean them; say it to them (e.g. 'your birthday'), or {OFFLINE_HINT}."
            )
        if did and brief.intent is None and not brief.content:
            raise ToolInputError(
                f"You tell me what {brief.audience} did, but not what the {brief.style_word} should say to them about "
                f"it offline; say it (e.g. 'thanking them for ...', 'asking them to ...'), or {OFFLINE_HINT}."
            )
    if (
        not points
        and brief.intent in _NAMES_A_THING
        and _BARE_THING.match(brief.content)
        and not _FINITE_VERB.search(brief.content)
        and not event_sentence(brief.content)  # "announcing the book fair on Thursday": when it is, said
    ):
        # "a tweet announcing our new website": a thing named, nothing said of it ("Our new website.")
        raise ToolInputError(_nothing_to_say(replace(brief, subject=brief.content)))
    if not points and brief.intent in _TELLS_OF_EVENT + ("remind", "share") and _NAMED_NEWS.match(brief.content):
        # "telling the members the news", "reminding everyone about the changes": what to say, named and not said
        raise ToolInputError(_nothing_to_say(replace(brief, subject=brief.content)))
    opening = _opening(brief, bool(points)) or (_BARE_OPENINGS.get(brief.intent or "", "") if points else "")
    if opening and points and not brief.content and _SAYS_INTENT.get(brief.intent or "", _NEVER).match(points[0]):
        opening = ""  # "Thank you for the dinner." given first: "Thank you so much!" before it would say it twice
    if brief.style == "slogan":
        if not brief.subject.strip() and not points:
            raise ToolInputError(_nothing_to_say(brief))
        if not points and _GENERIC.match(brief.subject.strip()):
            # "a slogan for my business": no name, no kind, nothing a line could say ("Think business.")
            raise ToolInputError(
                f"A {brief.style_word.removesuffix('s')} needs something of its own to say: give me the name and what "
                "it does (e.g. "
                f"'a slogan for my bakery, Crumb & Co, which bakes sourdough'), or {OFFLINE_HINT}."
            )
        # "a slogan under 10 words": one line within the limit, not options that break it together
        one = length.max_words is not None and not brief.style_word.endswith("s")
        lines = slogans(brief.subject, points, length.max_words, one=one)
        return Composition(
            "\n".join(f"- {line}" for line in (lines[:1] if one else lines)),
            None,
            points or [brief.subject.strip()],
            _SLOGAN_NOTE,
        )
    unsaid = not opening and not brief.content and brief.intent is None
    told = event_told(brief.subject, brief.instruction) if unsaid else None
    if told:  # "a message to the office about the fire drill on Wednesday at 11am": when it is, said
        opening, points = told[0], [*told[1], *points]
        brief = replace(brief, subject="")
    # ("our quiz night to the parents": the readers named after the event are not part of it)
    event = brief.content if _FINITE_VERB.search(brief.content) else _TO_READERS.sub("", brief.content)
    if brief.intent == "remind":  # "a reminder about the quiz": the event reminded of, with no when or where
        event = re.sub(r"^about\s+", "", event, flags=re.I)
    # ("the key is at reception" says something: a sentence that ends on an event's word is no bare event)
    bare_invite = not points and brief.intent in (*_TELLS_OF_EVENT, "remind") and names_occasion(event)
    bare_invite = bare_invite and not _FINITE_VERB.search(event)
    if not opening and not points or bare_invite:
        # "an invitation for my son's birthday party", "a post announcing our open day": the occasion alone says no
        # when or where, and a text that only names it ("Our open day.") restates the request's topic
        topic = brief.subject or brief.content
        if not topic and brief.described and brief.audience:
            # "a note to my neighbour, the Jones family": it names only whom the text is for, which is no content
            topic = f"a {brief.style_word} to {brief.audience}"
        raise ToolInputError(_nothing_to_say(replace(brief, subject=topic)))
    facts = ([brief.content] if brief.content else []) + points
    framed = _framed(brief, opening, points, length, forms)
    words = measure(framed.text).words
    if length.max_words is not None and words > length.max_words:
        raise ToolInputError(
            f"The points you gave take {words} words, more than '{length.said}' allows; "
            "I won't drop any offline: ask for a longer text or give fewer points."
        )
    if length.min_words is not None and words < length.min_words:
        raise ToolInputError(
            f"The points you gave make a text of {words} words, far short of the '{length.said}' you asked for, "
            f"and I won't pad it with claims you did not make: add more points, or {OFFLINE_HINT}."
        )
    if _echoes(brief.instruction, framed.text) or contains_aside(framed.text):
        raise ToolInputError(f"I could not tell the instruction from the content offline; {OFFLINE_HINT}.")
    return Composition(_signed(framed.text, brief, forms), framed.title, facts)


def _framed(brief: Brief, opening: str, points: list[str], length: LengthAsk, forms: Forms) -> Composition:
    """The text in its style's frame, in the shape asked: bullets, a number of sentences, a word limit."""
    composer = frame_for(brief.style)
    framed_style = brief.style in ("email", "letter", "card", "chat")
    if forms.bullets:
        if not points:
            raise ToolInputError("List what? Give the points to list after a colon, one per line or comma.")
        items = list_items(points, forms.bullet_count)
        block = "\n".join(bullet(item, n if forms.numbered else None) for n, item in enumerate(items, 1))
        body = ([opening] if opening else []) + [block]
        if framed_style:
            return composer(brief, body, length.max_words is None, points)
        lead = _lead_line(brief)
        return Composition("\n\n".join(([lead] if lead else []) + body), None, [])
    body = ([opening] if opening else []) + [sentence(p) for p in points]
    if not framed_style:
        body = _addressed(brief, body)
    if length.lines is not None:  # "a two-line caption": a sentence a line; "a two-line note to Sam": "Hi Sam," one
        lettered = brief.style_word in ("email", "e-mail", "letter")
        kind = "" if brief.audience else brief.style_word
        hello = greeting(brief) if brief.audience and framed_style and not lettered else ""
        lines = body if framed_style else subject_first(brief, body)
        lined = "\n".join(in_lines(lines, length.lines, at_most=length.most_lines, kind=kind, hello=hello))
        return composer(brief, [lined], False, points) if lettered else Composition(lined, None, [])
    if length.sentences is not None:
        closing = CLOSINGS.get(brief.intent or "") or _COURTESIES.get(brief.intent or "")
        closing = closing or call_to_come(brief.style_word, brief.subject, points) or change_noted(body)
        body = body if framed_style else subject_first(brief, body)
        opener = news_opener(brief.style, body)
        if opener and closing is None and len(body) < length.sentences:
            try:
                body = fit_sentences(body, length.sentences, None, at_most=length.most_sentences)
            except ToolInputError:
                # "I've passed my final exams" in two sentences: the post opens by saying it shares the news
                body = [opener, *body]
        profile = brief.style_word.lower() in _PROFILES
        body = fit_sentences(body, length.sentences, closing, at_most=length.most_sentences, profile=profile)
        if framed_style:
            return composer(brief, body, False, points)
        return Composition(" ".join(body), None, [])
    if length.paragraphs is not None and length.paragraphs > 1 and not framed_style:
        # "two short paragraphs": the sentences shared out over the paragraphs asked for, nothing added
        count = length.paragraphs
        body = subject_first(brief, body)
        body = fit_sentences(body, count, None) if len(body) < count else body
        cuts = [i * len(body) // count for i in range(count + 1)]
        return Composition("\n\n".join(" ".join(body[a:b]) for a, b in pairwise(cuts)), None, [])
    framed = composer(brief, body, length.max_words is None, points)
    if length.max_words is not None and measure(framed.text).words > length.max_words:
        framed = composer(brief, body, False, points)
        bare = "\n\n".join(body)
        # (never without the name or number the lead gave, "the Orbit 2 desk lamp": the text would lose a fact)
        named = GIVEN_IN_SUBJECT.search(f" {brief.subject}") and brief.subject.lower() not in bare.lower()
        if measure(framed.text).words > length.max_words and measure(bare).words <= length.max_words and not named:
            framed = Composition(bare, None, [])
    return framed


def _addressed(brief: Brief, body: list[str]) -> list[str]:
    """A text with no greeting that speaks to one person names them: "Priya, your budget is 100."."""
    who = (brief.audience or "").strip()
    said = " ".join(body)
    # "Mateo, congrats on ...": named first, but never where a "he"/"him" in the body might mean the reader
    plain = brief.style_word.startswith("text") and not re.search(r"\b(?:he|him|his|she|her|hers)\b", said, re.I)
    if body and who and who.lower() not in said.lower() and body[0] in _BARE_OPENINGS.values():
        # "Thank you so much, Mia!", "Thank you so much to our volunteers!" (never "Welcome to new members!")
        to = f", {who}" if _one_person(who) else f" to {who}" if body[0][:5] in ("Thank", "Congr") else ""
        return [f"{body[0][:-1]}{to}!", *body[1:]] if to else body
    if body and _one_person(who) and who.lower() not in said.lower() and (re.match(r"^Your?\b", body[0]) or plain):
        return [f"{who}, {lowered(body[0])}", *body[1:]]
    return household_named(body, who) if plain else body


def _signed(text: str, brief: Brief, forms: Forms) -> str:
    """The subject line and signature the request asked for, in place of the defaults."""
    if forms.subject_line:
        if text.startswith("Subject: "):
            text = f"Subject: {forms.subject_line}" + text[text.index("\n") :] if "\n" in text else text
        else:
            text = f"Subject: {forms.subject_line}\n\n{text}"
    if forms.signature:
        if text.endswith("[Your name]"):
            text = text.removesuffix("[Your name]") + forms.signature
        else:
            text = f"{text}\n\n{forms.signature}"
    return text


def _lead_line(brief: Brief) -> str:
    """What a list is of, as its heading ("What to bring on Saturday's hike:"), when the request names it."""
    subject = re.sub(r"^(?:an?|the)\s+", "", brief.subject.strip(), flags=re.I)
    return f"{subject[:1].upper() + subject[1:]}:" if subject else ""


def _echoes(instruction: str, text: str) -> bool:
    """Whether ``text`` repeats the opening words of its instruction: the failure this module exists to prevent."""
    lead = " ".join(instruction.lower().split()[:4]).strip(" .:")
    return len(lead.split()) >= 3 and lead in " ".join(text.lower().split())


def _nothing_to_say(brief: Brief) -> str:
    what = brief.style_word if brief.style_word != "text" else "text"
    if brief.subject:
        return (
            f"I can only write from facts you give me offline, and '{brief.subject}' is a topic, not content: "
            f"add the points the {what} should make after a colon (e.g. '...: first point; second point'), "
            f"or {OFFLINE_HINT}."
        )
    return f"Write what? Give me the points the {what} should make after a colon, or {OFFLINE_HINT}."


def _opening(brief: Brief, given_points: bool = False) -> str:
    """The content clause as the sentence that opens the text, phrased for the intent; ``given_points`` when the
    request gives the text's points apart from it."""
    content = brief.content.strip(" ,.;")
    if not content:
        return ""
    first, _, after = content.partition(" ")
    link = first.lower() if first.lower() in _LINKS and after else ""
    bare = after if link else content
    intent = brief.intent
    if link == "" and content.lower().startswith("who "):  # "... for Amir, who starts on Monday"
        # "the nurses on Ward 7": the readers are named before where they are
        readers = re.sub(r"\s+(?:on|in|at|from|of)\s.*$", "", brief.audience or "", flags=re.I)
        plural = re.search(r"s$|\b(?:team|staff|everyone|all|crew)$", readers, re.I)
        said = sentence(second_person(content))
        if intent == "thank":
            return f"Thank you to everyone {content}." if plural else f"Thank you! {said}"
        return f"{'Welcome' if intent == 'welcome' else 'Congratulations'}! {said}"
    # (not when the reader is described through someone else, "my mum's neighbour, Pat": "she" may be mum)
    through = "'s " in brief.described and OTHER_PERSON.search(brief.described)
    if brief.unclear_whose and _one_person(brief.audience):
        raise ToolInputError(
            f"I can't tell offline whether '{brief.unclear_whose}' means {brief.audience} or someone in "
            f"'{brief.described}'; say it to them (e.g. 'your help with Amy's reading'), or {OFFLINE_HINT}."
        )
    if intent in _ADDRESSED_INTENTS and _one_person(brief.audience) and not through:
        bare = second_person(bare)  # "Thank Mr. Evans for the letter he wrote" -> "... the letter you wrote"
    elif intent is None and link in ("", "that") and _one_person(brief.audience):
        # "a text to my brother Luca saying I'll pick him up": said to Luca, "him" is "you"
        bare = said_to_reader(bare)
        content = bare if not link else content
    negated = negated_request(bare, intent) if link == "to" and intent in ("ask", "remind") else None
    if negated:  # "asking them not to park ...": asked not to, never the opposite
        return negated
    if intent == "invite":
        return f"You're invited to {bare}."
    if intent == "thank":  # "thanking everyone who came" thanks people: "to", never "for"
        whom = re.match(
            r"^(?:her|him|them|you)\b(?:\s*,?\s*and\s+(?:saying|telling \w+)\s+(?:that\s+)?(?P<said>\S.*))?$",
            bare,
            re.I,
        )
        if whom:  # "thanking her and saying yes": she is thanked; what follows "saying" is said after it
            return "Thank you so much!" + (f" {sentence(whom.group('said'))}" if whom.group("said") else "")
        people = re.match(r"(?:everyone|everybody|all|those|anyone|the [\w-]+s)\s+(?:who|that)\b", bare, re.I)
        return f"Thank you {'to' if people and not link else 'for'} {bare}."
    if intent == "remind":
        return f"Please remember to {bare}." if link == "to" else f"A reminder: {bare}."
    if intent == "ask":
        if link == "to":
            return f"Could you please {bare}?"
        if link in ("whether", "if"):  # ("if she'd swap shifts" asked of her: "if you'd swap shifts")
            return f"Could you let me know {link} {bare}?"
        if not link:  # "asking the spare keys": what is asked of the reader is not said, and is not guessed
            raise ToolInputError(f"I can't tell what the text should ask offline; say it, or {OFFLINE_HINT}.")
        return f"I'd like to ask {content}."
    if intent == "congratulate":
        return f"Congratulations on {bare}!"
    if intent == "welcome":
        if link != "to" and _BARE_THING.match(bare) and not _FINITE_VERB.search(bare):
            if given_points and (welcome := welcome_to_own(bare)) is not None:  # "for my stall: <facts>"
                return welcome
            # "a welcome email for new staff about the office": the office is named, nothing is said of it
            raise ToolInputError(_nothing_to_say(replace(brief, subject=bare)))
        return f"Welcome {content}!" if link == "to" else f"Welcome! {sentence(content)}"
    if intent == "apologize":
        return apology_opening(bare, link)
    templates = {
        "request": "I'd like to request {}.",
        "confirm": "I'm writing to confirm {}.",
        "cancel": "We're cancelling {}.",
        "postpone": "We're postponing {}.",
        "introduce": "I'd like to introduce {}.",
        "follow up": "I'm following up on {}.",
        "propose": "I'd like to propose {}.",
        "complain": "I'm writing about a problem: {}.",
        "share": "I'd like to share {}.",
        "decline": "Unfortunately, I have to decline {}.",
        "accept": "I'd like to accept {}.",
        "claim": "I'd like to claim {}.",
    }
    if re.search(r"\b(?:and|while)\s+(?:explaining|saying|giving|telling \w+)\s+(?:why|the reason)\s*$", bare, re.I):
        # "declining her wedding and explaining why": the reason is not given, and is not made up
        raise ToolInputError("You ask me to say why, but not the reason; give it after a colon offline.")
    event = re.split(r"\s+(?:on|at|this|next|in|to)\s+", bare, maxsplit=1)[0]
    # "declining her wedding on 21 June": the event, not "the offer of a trip"
    if intent == "decline" and link != "that" and " of " not in event and names_occasion(event):
        return f"Unfortunately, I won't be able to come to {bare}."
    told = event_sentence(content) if intent == "announce" and link == "" else None
    if told:  # "announcing the summer fete on 12 July": "The summer fete is on 12 July."
        return told
    if intent in templates:
        # ("sharing that our new menu starts on Friday": the "that" is kept, or the sentence loses its verb's object)
        return templates[intent].format(f"that {bare}" if link == "that" and intent in ("share", "confirm") else bare)
    return sentence(bare if link == "that" else content)


def _one_person(audience: str | None) -> bool:
    """Whether the audience is one named person ("Mr. Evans", "Maria"), whom "he"/"she" in the content means."""
    words = (audience or "").split()
    return 0 < len(words) <= 3 and all(w[:1].isupper() for w in words)
