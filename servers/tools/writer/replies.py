"""A reply written from what the message said: an acknowledgement, said back to its sender.

"Summarise this complaint, then use the summary to draft a polite reply to the customer" hands the writer the
summary with an instruction that names it as the reply's source ("based on the summary", "using the summary
below"). Offline nothing can be promised or decided for the user (a refund, a date), so the reply is the one a
writer can give honestly: it thanks the sender and says back each point they made, spoken to them ("I ordered a
cake" -> "you ordered a cake", "your Leeds store" -> "our Leeds store"), and claims nothing else.

``said_back`` turns the sender's words round in one pass over the text, so a word is never turned twice. A
"you" of the sender's (the reader of their message, now the one replying) becomes "we" before a verb and "us"
elsewhere.
"""

from __future__ import annotations

import re

_TURNED = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "we": "you",
    "us": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
    "we're": "you're",
    "we've": "you've",
    "we'd": "you'd",
    "we'll": "you'll",
    "your": "our",
    "yours": "ours",
    "yourself": "ourselves",
    "yourselves": "ourselves",
    "you're": "we're",
    "you've": "we've",
    "you'd": "we'd",
    "you'll": "we'll",
}
# "I was" -> "you were": the verb after a turned pronoun agrees with it.
_AGREEING = {("i", "am"): "are", ("i", "was"): "were", ("i", "wasn't"): "weren't", ("you", "was"): "were"}
# A word after "you" that makes it the subject: an auxiliary or a verb in the past ("you sent", "you promised").
_VERB_AFTER = re.compile(
    r"^(?:are|were|have|had|has|will|would|can|could|should|shall|may|might|must|do|did|does|don't|didn't|"
    r"doesn't|won't|can't|couldn't|haven't|hadn't|said|sent|told|gave|made|took|got|kept|lost|never|always|"
    r"still|also|just|[a-z]+ed)$",
    re.I,
)
MAX_REPLY_CHARS = 4_000
_WORD = re.compile(r"([\w'’]+)")


def said_back(text: str) -> str:
    """``text`` as its sender's own words said back to them: first person becomes "you", their "you" becomes
    "we" (a subject) or "us", and the verb after a turned "I" agrees ("I was" -> "you were")."""
    pieces = _WORD.split(text[:MAX_REPLY_CHARS])  # separators at even indexes, words at odd ones
    for i in range(1, len(pieces), 2):
        low = pieces[i].lower().replace("’", "'")
        if low not in _TURNED and low != "you":
            continue
        nxt = pieces[i + 2].lower() if i + 2 < len(pieces) else ""
        new = ("we" if _VERB_AFTER.match(nxt) else "us") if low == "you" else _TURNED[low]
        if (low, nxt) in _AGREEING:
            pieces[i + 2] = _AGREEING[(low, nxt)]
        opens = not "".join(pieces[:i]).strip() or re.search(r"[.!?:]\s*$", pieces[i - 1]) is not None
        pieces[i] = new[:1].upper() + new[1:] if opens else new
    return "".join(pieces)


# A courtesy of the sender's ("Thank you for your help.", "Hi team,"): no point to say back.
_COURTESY = re.compile(r"^\W*(?:thank|thanks|many thanks|hi|hello|hey|dear|regards|best|cheers|kind regards)\b", re.I)


def acknowledgement(points: list[str]) -> list[str]:
    """The points its sender made, said back to them in order; their courtesies are left out. A point that reports
    their message ("A customer left a complaint that their latte was cold") is what they said, to them ("your
    latte was cold")."""
    points = [_GREETED.sub("", p, count=1) for p in points]  # "Dear staff, thank you ...": the thanks, after
    return [reported(p) or asked_of_us(p) or said_back(p) for p in points if p.strip() and not _COURTESY.match(p)]


# "Dear staff, the breakfast was lovely": the greeting a message opens with, before its first point.
_GREETED = re.compile(r"^\W*(?:dear|hi|hello|hey)\b[^,.!?\n]{0,40},\s*(?=\S)", re.I)
# "Please tell the owner.": what the sender asks of us, said back as asked ("You asked us to tell the owner."), never
# repeated as if the reply asked it of them.
_PLEASE = re.compile(r"^\W*(?:please|pls|kindly)\s+(?P<ask>(?-i:[a-z])[^.!?]{2,200}?)[.!]*\s*$", re.I)


def asked_of_us(point: str) -> str | None:
    """A request the sender made, said back to them ("Please send me the bill." -> "You asked us to send you the
    bill."); None when ``point`` asks nothing."""
    found = _PLEASE.match(point.strip())
    return f"You asked us to {said_back(found.group('ask'))}." if found else None


# "A customer left a complaint that their latte was cold", "The guest emailed to say they were charged twice": the
# sender's message reported by the one replying; what they said is the clause, said back to them.
_REPORTED = re.compile(
    r"^(?:a|an|the|one of our|our)\s+(?:[\w-]+\s+){0,2}?(?:customer|client|guest|parent|resident|member|patient|"
    r"tenant|user|diner|reader|buyer|shopper|visitor|neighbou?r)\s+(?:has\s+)?(?:left\s+(?:us\s+)?(?:a|an)\s+"
    r"(?:[\w-]+\s+)?(?:complaint|review|comment|message|note|email)|complained|wrote(?:\s+in)?|emailed|said|told us|"
    r"messaged|posted|rang|called)\s+(?:to\s+say\s+|saying\s+)?(?:that\s+)?(?P<said>\S.*?)[.!]?$",
    re.I,
)
_THEIRS = {"their": "your", "they": "you", "them": "you", "theirs": "yours", "themselves": "yourselves"}


def reported(point: str) -> str | None:
    """The message ``point`` reports, said to its sender ("their latte was cold" -> "Your latte was cold."); None
    when it reports none."""
    found = _REPORTED.match(point.strip())
    if found is None:
        return None
    said = re.sub(
        r"\b(?:their|they|them|theirs|themselves)\b",
        lambda m: _THEIRS[m.group().lower()],
        found.group("said"),
        flags=re.I,
    )
    said = re.sub(r"\byou (?:was|is)\b", lambda m: "you were" if m.group().endswith("was") else "you are", said)
    return f"{said[:1].upper()}{said[1:]}."


# "Could you join our panel on 12 March at 3pm?": a question asking the reader to do something.
_ASKED_TO = re.compile(
    r"^\W*(?:(?:hi|hello|hey|dear)\b[^,]{0,30},\s*)?(?:could|can|would|will)\s+you\s+(?:please\s+)?(?P<ask>[^?]{3,200})\?\s*$",
    re.I,
)
_YES = re.compile(r"^\W*(?:yes|yeah|yep|sure|ok(?:ay)?|accept(?:ing)?)\W*$", re.I)
_NO = re.compile(r"^\W*(?:no|nope|decline|declining)\W*$", re.I)


def yes_or_no(answer: str, points: list[str]) -> list[str] | None:
    """The reply to a message asking the reader to do something, when the request says only yes or no: "Yes, I can
    join your panel on 12 March at 3pm." (or "Unfortunately, I can't ..."), then the sender's other points said
    back. None when ``answer`` is neither, or no one point of the message asks "Could you ...?"."""
    agreed = _YES.match(answer) is not None
    if not agreed and _NO.match(answer) is None:
        return None
    asks = [i for i, point in enumerate(points) if _ASKED_TO.match(point)]
    if len(asks) != 1:
        return None
    found = _ASKED_TO.match(points[asks[0]])
    ask = said_back(found.group("ask").strip()) if found else ""
    said = f"Yes, I can {ask}." if agreed else f"Unfortunately, I can't {ask}."
    rest = [said_back(p) for i, p in enumerate(points) if i != asks[0] and p.strip() and not _COURTESY.match(p)]
    return [said, *rest]


def reporters(text: str) -> set[str]:
    """The words that report a message in ``text`` ("a guest wrote in to say"), which a reply to its sender does not
    say again."""
    found: set[str] = set()
    for sentence in re.split(r"(?<=[.!?])\s+", text[:2_000]):
        said = _REPORTED.match(sentence.strip())
        if said:
            found |= set(re.findall(r"[a-z]+", sentence[: said.start("said")].lower()))
    return found


# A message's own frame: the greeting it opens with ("Dear staff,", "Hi team,") and the sign-off it closes with
# ("Best wishes,", "Thanks so much,"), before the sender's name.
_OPENING = re.compile(r"^\W*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\b[^,.!?\n]{0,40}[,!]", re.I)
_CLOSING = re.compile(
    r"(?:^|[.!?\n])\s*(?P<words>(?:(?:best|kind|warm|warmest|many|with)\s+)?(?:wishes|regards|thanks|love|greetings)|"
    r"best|cheers|thank you(?: so much)?|sincerely|yours(?:\s+(?:sincerely|faithfully|truly))?)\s*,?\s*"
    r"(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s*[.!]?\s*$",
    re.I,
)


# A label that marks where the message starts: "Message:", "Her email:", "The guest's review:".
MESSAGE_LABEL = re.compile(
    r"^\s*(?:(?:the|their|her|his|this|a|an|our)\s+)?(?:[\w'’-]+(?:'s|’s)\s+)?(?:[\w-]+\s+)?(?:message|email|e-mail|"
    r"letter|review|note|text|comment|feedback|complaint|enquiry|inquiry|query)\s*:\s*(?=\S)",
    re.I,
)


def frame_words(message: str) -> set[str]:
    """The words of the greeting and the sign-off framing ``message``, and of its courtesies ("thank you for the
    wonderful stay"), which a reply to it does not say again (the sender's name, which the reply greets, is not
    among them)."""
    found: set[str] = set()
    text = MESSAGE_LABEL.sub("", message.strip(), count=1)
    if opening := _OPENING.match(text):
        found |= set(re.findall(r"[a-z]+", opening.group().lower()))
        text = text[opening.end() :].strip()
    for sentence in re.split(r"(?<=[.!?])\s+", text[:2_000]):
        if _COURTESY.match(sentence) and not _CLOSING.search(sentence):
            found |= set(re.findall(r"[a-z]+", sentence.lower()))
    if closing := _CLOSING.search(text[-200:]):
        found |= set(re.findall(r"[a-z]+", closing.group("words").lower()))
    return found
