"""The ask in chat spelling: "pls write ...", "can u draft ...", "hey, could you write ...", "... to the choir pls:".

People type a request the way they type a text message. The words that only ask ("pls", "plz", "kindly", "can u",
"cud you") and a greeting before them ("hi,", "hey") are no part of what to write, yet read as they are they
leave the kind of text unrecognised ("pls write a short email" opens with no writing verb the brief knows) or
end up in the text ("Hello choir pls,"). ``plain_ask`` spells them the plain way ("please", "can you") and drops
the greeting, so every reading after it sees the ask as if it had been typed in full.

Only the ask is touched: the run of asking words that opens the request and the instruction before a colon that
hands over the material. The material is the user's own words and stays as typed.
"""

from __future__ import annotations

import re

_MAX_HEAD_CHARS = 600
# "pls", "plz", "plse", "pleeease", "pretty please", "kindly": please, spelled out.
# ("abeg": please, in the pidgin of West Africa)
_PLEASE = r"(?:pretty\s+)?(?:pl(?:s|z|zz|ease|eas|se|ee+a*se)|pleee*a*s+e*|kindly|abeg)"
_MODAL = r"(?:can|could|cud|cld|would|wud|wld|will|cn)"
_YOU = r"(?:you|u|ya|yu)"
_PLAIN_MODAL = {"cud": "could", "cld": "could", "wud": "would", "wld": "would", "cn": "can"}
# A greeting or a filler before the ask: "hi,", "hey there!", "ok so", "right,".
_GREETING = re.compile(
    r"^\W*(?:hi|hiya|hey|hello|heya|yo|ok|okay|right|so|um+|erm+|hmm+)(?:\s+there|\s+so)?[ \t]*[,!.\-:]*[ \t]+",
    re.I,
)
# One asking word of the opening run: a "please" or a "can you" in any spelling, or "just".
_ASKING_WORD = re.compile(rf"^(?:{_PLEASE}|{_MODAL}\s+{_YOU}|just)\b[ \t]*,?[ \t]*", re.I)
# The writing verb or the need the ask goes on with: a greeting is dropped only before one.
_ASK_GOES_ON = re.compile(
    r"^(?:write|draft|compose|create|make|prepare|put together|come up with|give me|send|craft|pen|produce|"
    r"generate|need|i need|i want|i'?d like|we need|rewrite|rephrase|reword|polish|turn|help me|do me)\b",
    re.I,
)
# The writing verb before its "please" ("Write please a short caption", "Make kindly a sign"), and a writing verb with
# its "up" ("write me up a flyer blurb", "write up a notice"): the ask, said the plain way as "please write a ...".
_VERB_THEN_PLEASE = re.compile(
    rf"^(?P<verb>write|draft|compose|make|prepare|create|send)[ \t]+(?P<please>{_PLEASE})\b[ \t]*,?[ \t]*", re.I
)
_VERB_UP = re.compile(r"^(?P<verb>write)(?P<me>[ \t]+(?:me|us))?[ \t]+up[ \t]+(?=(?:an?|the|some|my|our)\b)", re.I)
# "Write sign for my stall in English": the language the writer writes in anyway, said of a text to write (not of a
# text given to put into English: "write this in English", "translate it")
_IN_ENGLISH = re.compile(
    r"[ \t]+in[ \t]+(?:simple[ \t]+|good[ \t]+|proper[ \t]+)?English\b(?=[ \t]*(?:[,.!?:]|$|for\b|to\b))"
)
_GIVEN_TEXT = re.compile(r"\b(?:this|these|that|those|it|following|translate|translation|say)\b", re.I)
# Chat spellings of "please" anywhere in the ask ("kindly" only opens it: "the kindly neighbour" is no asking word).
_CHAT_PLEASE = re.compile(r"\b(?:pls|plz|plzz|plse|pleeea*s+e*)\b", re.I)
_CHAT_MODAL = re.compile(rf"\b(?P<modal>{_MODAL})\s+(?:u|ya|yu)\b", re.I)
_COLON = re.compile(r":(?=\s)")
# Chat spellings of the words an ask uses: "a msg to the book club", "a quick txt to my flatmates".
_SPELLED = {"msg": "message", "msgs": "messages", "txt": "text", "abt": "about", "ppl": "people", "thx": "thanks"}
_CHAT_WORD = re.compile(rf"\b(?:{'|'.join(_SPELLED)})\b", re.I)
# "... to the choir pls:", "..., thanks:": a courtesy that closes the ask before its colon asks nothing of the text.
_CLOSING_COURTESY = re.compile(r"[ \t]*,?[ \t]+(?:please|thanks|thank you|thx|ty|cheers)[ \t!.]*$", re.I)


def plain_ask(text: str) -> str:
    """``text`` with its ask spelled the plain way: the opening greeting dropped, "pls"/"kindly" as "please" and
    "can u" as "can you", in the opening run of asking words and in the instruction before a colon. Everything
    else, the material above all, is returned as typed."""
    head, rest = _ask_and_rest(text)
    if not head:
        return text
    greeting = _GREETING.match(head)
    if greeting and (_ASKING_WORD.match(head[greeting.end() :]) or _ASK_GOES_ON.match(head[greeting.end() :])):
        head = head[greeting.end() :]
    opening: list[str] = []
    at = 0
    while found := _ASKING_WORD.match(head, at):
        opening.append(_spelled(found.group().strip(" \t,")))
        at = found.end()
    rest_of_head = head[at:]
    inverted = _VERB_THEN_PLEASE.match(rest_of_head)
    if inverted:
        opening.append("please")
        rest_of_head = f"{inverted['verb']} {rest_of_head[inverted.end() :]}"
    up = _VERB_UP.match(rest_of_head)
    if up:
        rest_of_head = f"{up['verb']}{up['me'] or ''} {rest_of_head[up.end() :]}"
    head = " ".join(opening) + " " + rest_of_head if opening else rest_of_head
    head = _CHAT_MODAL.sub(lambda m: f"{_PLAIN_MODAL.get(m['modal'].lower(), m['modal'])} you", head)
    head = _CHAT_PLEASE.sub("please", head)
    head = _CHAT_WORD.sub(lambda m: _SPELLED[m.group().lower()], head)
    if not _GIVEN_TEXT.search(head):
        head = _IN_ENGLISH.sub("", head, count=1)
    if rest.startswith(":"):
        head = _CLOSING_COURTESY.sub("", head)
    return head + rest


def _ask_and_rest(text: str) -> tuple[str, str]:
    """The instruction before a colon that ends it (on the first line), or else the first line's opening words up
    to its first full stop, and what follows."""
    colon = _COLON.search(text, 0, _MAX_HEAD_CHARS)
    if colon and "\n" not in text[: colon.start()].strip():
        return text[: colon.start()], text[colon.start() :]
    first = re.match(r"[^\n.!?]{0,300}", text)
    cut = first.end() if first else 0
    return text[:cut], text[cut:]


def _spelled(word: str) -> str:
    modal = re.match(rf"(?P<modal>{_MODAL})\s+{_YOU}$", word, re.I)
    if modal:
        return f"{_PLAIN_MODAL.get(modal['modal'].lower(), modal['modal'].lower())} you"
    return "just" if word.lower() == "just" else "please"


# A sentence of thanks to the writer that closes the request: "Thank you very much.", "Thanks in advance!", "Many
# thanks", "Much appreciated": said to the one asked, it is no sentence of the text.
_THANKS_TO_WRITER = re.compile(
    r"^\W*(?:(?:thank\s+you|thanks|thx|ty)(?:\s+(?:so|very)\s+much|\s+a\s+lot|\s+a\s+million|\s+a\s+bunch)?"
    r"(?:\s+in\s+advance)?(?:\s+(?:o|oh|sir|madam|ma|boss|bro|mate|friend))?|many\s+thanks|much\s+appreciated|"
    r"(?:i\s+)?appreciate\s+it|cheers|god\s+bless)\W*$",
    re.I,
)


def without_closing_thanks(sentences: list[str]) -> list[str]:
    """``sentences`` without the thanks to the writer at their end; as they were when nothing else is left."""
    kept = list(sentences)
    while kept and _THANKS_TO_WRITER.match(kept[-1]):
        kept.pop()
    return kept if kept else sentences
