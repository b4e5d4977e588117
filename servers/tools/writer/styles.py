"""The kinds of text a writing instruction names ("email", "blog post", "listing") and the tones it asks for.

Each kind of text maps to the style the composition writes it in: a note is written as an email, a blurb as a
paragraph. A few kinds also say what the text is for ("a reminder", "an apology"). Tones map the words people use
("business", "warm", "fun") to the tones the writer has.
"""

from __future__ import annotations

import re

STYLE_WORDS = {
    "email": "email",
    "e-mail": "email",
    "message": "email",
    "dm": "email",  # a direct message, posted in a chat app (``posted_in_chat``)
    "direct message": "email",
    "note": "email",
    "reply": "email",
    "response": "email",
    "reminder": "email",
    "nudge": "email",  # "a friendly nudge about the invoice": a reminder
    # an automatic reply is an email, whatever it is called: "Set up an out of office for me: I'm away ..."
    "out of office": "email",
    "out-of-office": "email",
    "out of office reply": "email",
    "out-of-office reply": "email",
    "auto-reply": "email",
    "autoreply": "email",
    "away message": "email",
    "invitation": "email",
    "invite": "email",
    "thank-you": "email",  # "a quick thank-you to Priya for ...": the noun, never the verb "thank you"
    "thank-you email": "email",
    "thank you email": "email",
    "thank-you message": "email",
    "thank you message": "email",
    "thank-you letter": "letter",
    "thank-you note": "email",
    "thank you note": "email",
    "apology": "email",
    "complaint": "letter",
    "letter": "letter",
    "cover letter": "letter",
    "blog post": "blog",
    "blog": "blog",
    "article": "blog",
    "essay": "blog",
    "newsletter": "blog",
    "story": "story",
    "short story": "story",
    "bedtime story": "story",
    "tale": "story",
    "fable": "story",
    "slogan": "slogan",
    "slogans": "slogan",
    "tagline": "slogan",
    "taglines": "slogan",
    "motto": "slogan",
    "catchphrase": "slogan",
    # "a catchy line for the van": a line that must catch the eye is a slogan, a plain "line" is a sentence
    "catchy line": "slogan",
    "punchy line": "slogan",
    "snappy line": "slogan",
    "catchy phrase": "slogan",
    "announcement": "announcement",
    "memo": "announcement",
    "update": "email",
    "status update": "email",
    "notice": "announcement",
    "press release": "announcement",
    "post": "post",
    "call-out": "post",  # "a call-out for our group Instagram": a post asking for people
    "callout": "post",
    "shout-out": "post",
    "shoutout": "post",
    "tweet": "post",
    "linkedin post": "post",
    "social media post": "post",
    "social post": "post",
    "caption": "post",
    "card": "card",
    "postcard": "card",
    "greeting": "card",  # "a one-line postcard greeting to my grandad", "a birthday greeting for my aunt"
    "greeting card": "card",
    "greetings card": "card",
    "thank-you card": "card",
    "thank you card": "card",
    # "a thank-you card message for Mr Lewis": the words inside a card, greeted and signed as a card, never an email
    "card message": "card",
    "thank-you card message": "card",
    "thank you card message": "card",
    "paragraph": "paragraph",
    "description": "paragraph",
    "product description": "paragraph",
    "listing": "paragraph",
    "product listing": "paragraph",
    "blurb": "paragraph",
    "bio": "paragraph",
    # "the about-us line for the shop window": what a business says of itself, from the facts given
    "about-us line": "paragraph",
    "about us line": "paragraph",
    "about-us text": "paragraph",
    "about us text": "paragraph",
    # "a short reference for Tom Reyes. He worked ...": what the writer says of someone, from the facts given
    "reference": "paragraph",
    "character reference": "paragraph",
    "testimonial": "paragraph",
    "intro": "paragraph",
    "introduction": "paragraph",
    "pitch": "paragraph",
    # "an ad for the community noticeboard": a small ad says what is offered, as a listing does
    "ad": "paragraph",
    # "a two-sentence teaser for our school play": a few lines drawing people to it
    "teaser": "paragraph",
    "promo": "paragraph",
    "advert": "paragraph",
    "advertisement": "paragraph",
    "text": "paragraph",
    "text message": "paragraph",  # a text has no subject line or sign-off, whatever it is called
    # "a match report for the club page. We won by 4 wickets ...": what happened, told from the facts given
    "match report": "paragraph",
    "report": "paragraph",
    # a message sent in a chat app, called by the app's name: "a WhatsApp to Mrs Naidoo", "an SMS to the parents"
    # (a message, posted in a chat app: ``posted_in_chat``)
    "whatsapp": "email",
    "whatsapp message": "email",
    "sms": "email",
    "sentence": "paragraph",
    "one-liner": "paragraph",
    "toast": "paragraph",
    "speech": "paragraph",
    "fun fact": "paragraph",  # "a two-sentence fun fact for the newsletter": the facts, said plainly
    # a sign, a poster or a flyer is a notice put up: "sign for the shop door: closed from 24 December ..."
    "sign": "announcement",
    # "a 2-sentence warning for the neighbours. We'll be running the chipper on Thursday ...": a notice of what is
    # coming, said to whoever it is for
    "warning": "announcement",
    "heads-up": "announcement",
    "poster": "announcement",
    "flyer": "announcement",
    # cards that are no greeting: shown or handed over, they greet no one ("Menu card for Sunday: ...", never
    # "Dear Sunday,")
    "menu card": "announcement",
    "place card": "announcement",
    "business card": "announcement",
    "recipe card": "announcement",
    "name card": "announcement",
    "cue card": "announcement",
    "index card": "announcement",
    "price card": "announcement",
    "table card": "announcement",
    # what an award says of whom it is for: "Certificate wording for Ellie - she swam her first 400 m ..."
    "certificate": "paragraph",
    "certificate wording": "paragraph",
}
# A style word that also says what the text is for.
STYLE_INTENTS = {
    "reminder": "remind",
    "nudge": "remind",
    "invitation": "invite",
    "invite": "invite",
    "thank-you": "thank",
    "thank-you email": "thank",
    "thank you email": "thank",
    "thank-you message": "thank",
    "thank you message": "thank",
    "thank-you letter": "thank",
    "thank-you note": "thank",
    "thank you note": "thank",
    "thank-you card": "thank",
    "thank you card": "thank",
    "thank-you card message": "thank",
    "thank you card message": "thank",
    "apology": "apologize",
    "complaint": "complain",
}
TONE_WORDS = {
    "professional": "professional",
    "business": "professional",
    "polite": "professional",
    "courteous": "professional",
    "respectful": "professional",
    "formal": "formal",
    "friendly": "friendly",
    "warm": "friendly",
    "cheerful": "friendly",
    "kind": "friendly",
    "fun": "casual",
    "casual": "casual",
    "informal": "casual",
    "relaxed": "casual",
    "concise": "concise",
    "confident": "confident",
}

STYLE_PATTERN = "|".join(sorted(map(re.escape, STYLE_WORDS), key=len, reverse=True))
"""The kinds of text the writer knows ("email", "blog post", "tweet"), as a regex alternation, longest first."""
# Kinds of text whose words mostly mean something else ("my gift card", "I'm out of office tomorrow"): a kind of
# text only after an article or a word that sizes it ("a card", "a short thank-you card", "an out of office").
_LOOSE = frozenset(
    {"card", "out of office", "out-of-office", "sign", "poster", "flyer", "ad", "certificate", "certificate wording"}
    # ("on the team WhatsApp": where it is posted; "report it to the council": the verb)
    | {"whatsapp", "sms", "report"}
)
_NAMED = re.compile(rf"\b(?:{STYLE_PATTERN})\b", re.I)
_ASKED_FOR = re.compile(r"\b(?:an?|some|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
# ... or one that opens the request as its head noun: "sign for the shop door: ...", "lost cat poster. ginger tom
# ...", never the verb of "please sign the form", "sign it here"
_OPENS_AS_NOUN = re.compile(r"^\W*(?:[a-z][\w'-]*\s+){0,3}$", re.I)
_PUT_UP_WORDS = frozenset({"sign", "poster", "flyer", "certificate", "certificate wording"})
_ENDS_HEAD = re.compile(r"\s*(?:$|[.:,;!?]|(?:for|about|saying|announcing)\b)", re.I)


def names_style(text: str) -> bool:
    """Whether ``text`` names a kind of text the writer knows, as a kind of text."""
    for found in _NAMED.finditer(text[:4000]):
        if found.group().lower() not in _LOOSE or _ASKED_FOR.search(text, max(0, found.start() - 60), found.start()):
            return True
        head = found.group().lower() in _PUT_UP_WORDS and _OPENS_AS_NOUN.match(text[: found.start()])
        head = head and _ENDS_HEAD.match(text, found.end())
        if head and not re.match(r"^\W*(?:please|pls|just|kindly)\b", text, re.I):
            return True
    return False


# A message posted in a chat app ("a Slack message", "for the team WhatsApp", "a DM"): it has no subject line and no
# letter's sign-off, whatever the kind of text is called.
_CHAT = re.compile(
    r"\b(?:slack|whatsapp|discord|telegram|imessage|group chat|team chat|chat message|dm|direct message|sms|"
    r"text message|(?:ms |microsoft )?teams (?:message|chat|channel|post)|"
    r"(?:on|in|over|via) (?:ms |microsoft )?teams(?!\s+of\b))\b",
    re.I,
)


def posted_in_chat(text: str) -> bool:
    """Whether ``text`` (an instruction) says its message goes to a chat app rather than a mailbox."""
    return _CHAT.search(text[:1000]) is not None


# Languages other than English a text may be asked in: offline the writer writes only in the request's own.
OTHER_LANGUAGES = (
    "spanish|french|german|italian|portuguese|dutch|chinese|japanese|korean|arabic|russian|hindi|polish|turkish|"
    "swedish|greek|hebrew|thai|vietnamese|indonesian|malay|tagalog|swahili|yoruba|igbo|hausa|urdu|bengali|nepali|"
    "tamil|czech|danish|norwegian|finnish|ukrainian|mandarin"
)
TONE_PATTERN = "|".join(sorted(map(re.escape, TONE_WORDS), key=len, reverse=True))


def tone_named(text: str) -> str | None:
    """The tone a text names ("friendly", "polite" -> professional), or None."""
    found = re.search(rf"\b({TONE_PATTERN})\b", text, re.I)
    return TONE_WORDS[found.group(1).lower()] if found else None
