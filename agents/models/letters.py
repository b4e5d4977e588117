"""A pasted letter or notice that opens by speaking to its own reader.

Letters and notices open with a formula aimed at whoever receives them: "We are writing to let you know that ...",
"Just to let you know ...", "Please note that ...", "Thank you for your order ...", "Congratulations, you have been
selected ...". After an opening question ("Can you summarise this supplier email?") such a sentence says "you" or
"please" because the text speaks to its reader, not because the asker is adding instructions. The formula alone is
not enough: "Please note that I need it by Friday" is the asker, so the rest of the sentence must not speak of the
asker ("I", "me", "my"). Every pattern is anchored at the sentence start and linear.
"""

from __future__ import annotations

import re

# The sender announcing, informing, confirming or thanking: anchored at the start of the first sentence.
_OPENING = re.compile(
    r"^\W*(?:"
    r"(?:we|i)(?:['’]re|['’]m|\s+are|\s+am)\s+(?:writing|pleased|delighted|happy|sorry|glad|excited|contacting\s+you)"
    r"\s+to\s+(?:let\s+you\s+know|inform\s+you|tell\s+you|confirm|advise\s+you|announce|remind\s+you|say)"
    r"|(?:we|i)(?:['’]d|\s+would)\s+like\s+to\s+(?:let\s+you\s+know|inform\s+you|remind\s+you|tell\s+you|confirm|"
    r"thank\s+you|announce)"
    r"|(?:we|i)\s+regret\s+to\s+(?:inform|tell|advise)\s+you"
    r"|(?:this\s+is\s+)?(?:just\s+)?(?:a\s+(?:quick\s+|short\s+|friendly\s+)?(?:note|reminder|message)\s+)?"
    r"to\s+(?:let\s+you\s+know|inform\s+you|remind\s+you|confirm)"
    r"|this\s+is\s+(?:to\s+)?(?:confirm|a\s+reminder)"
    r"|please\s+(?:note|be\s+(?:aware|advised))\b"
    r"|(?:thank\s+you|thanks|many\s+thanks)\s+(?:so\s+much\s+)?for\s+(?:your\s+(?:recent\s+)?(?:order|booking|"
    r"application|enquiry|inquiry|email|message|letter|payment|purchase|interest|patience|feedback|support|"
    r"reservation|subscription|custom)|getting\s+in\s+touch|contacting\s+us|choosing\s+us|booking\s+with\s+us|"
    r"shopping\s+with\s+us)"
    r"|congratulations\b|welcome\s+to\b|good\s+news\b"
    r")",
    re.I,
)
_ASKER = re.compile(r"\b(?:i|i['’](?:m|d|ve|ll)|im|me|my|mine)\b", re.I)
# The sender speaking as "we" / "us" / "our": a letter's closing line ("Please contact us with any questions.")
# "Please note it's for the newsletter", "Please note that the summary must be short": the asker on the ask.
_ABOUT_THE_ASK = re.compile(r"\b(?:summar\w*|shorten\w*|shorter|bullet\w*|sentences?|words|tone|gist|tl;?dr)\b", re.I)
_POINTS_AT_ASK = re.compile(r"\W*(?:that\s+)?(?:it|it['’]s|this|these|those|here|below)\b", re.I)
_SENDER = re.compile(r"\b(?:we|us|our|ours)\b", re.I)
_ASKS_ASSISTANT = re.compile(r"\b(?:can|could|would|will)\s+(?:you|u)\b", re.I)


def opens_a_letter(sentence: str) -> bool:
    """Whether ``sentence`` is a letter's or notice's opening formula to its own reader, not the asker's aside."""
    opening = _OPENING.match(sentence)
    if opening is None:
        return False
    rest = sentence[opening.end() :]
    if _ASKER.search(rest) or _ASKS_ASSISTANT.search(rest) or _ABOUT_THE_ASK.search(rest):
        return False
    return _POINTS_AT_ASK.match(rest) is None


_SECOND_PERSON = re.compile(r"\b(?:you|your|yours)\b", re.I)
_WANTS = re.compile(r"\b(?:need|needs|want|wants|like|help)\b", re.I)
_READER_WORDS = 10
"""The fewest words of a sentence read as a sender telling its reader something: shorter ones may be the asker."""


def tells_its_reader(sentence: str) -> bool:
    """Whether ``sentence`` is a sender speaking as "we" to the text's own reader ("Following our inspection on 4
    September, we are pleased to confirm that your premises have passed."): a long sentence with "we" or "our" and
    "you" or "your", which neither speaks of the asker, asks the assistant anything, says what the asker wants, nor
    speaks of the ask."""
    return (
        len(sentence.split()) >= _READER_WORDS
        and _SENDER.search(sentence) is not None
        and _SECOND_PERSON.search(sentence) is not None
        and _ASKER.search(sentence) is None
        and _ASKS_ASSISTANT.search(sentence) is None
        and _WANTS.search(sentence) is None
        and _ABOUT_THE_ASK.search(sentence) is None
    )


def sender_speaks(sentence: str) -> bool:
    """In a letter, a sentence where the sender speaks as "we"/"us" ("Please contact us if you have questions.")
    and neither asks the assistant anything nor speaks of the asker; or its closing thanks for what its reader
    gives ("Thank you for your continued business."), which no asker says to an assistant."""
    if _CLOSING_THANKS.match(sentence):
        return True
    return (
        _SENDER.search(sentence) is not None
        and _ASKS_ASSISTANT.search(sentence) is None
        and _ASKER.search(sentence) is None
    )


# A letter's closing thanks for what its reader gives it: custom, patience, an order ("for your help" may be the
# asker thanking the assistant, so it is not one of them).
_CLOSING_THANKS = re.compile(
    r"^\W*(?:thank\s+you|thanks|many\s+thanks)\s+(?:again\s+)?for\s+your\s+(?:continued\s+|ongoing\s+|kind\s+)?"
    r"(?:business|custom|order|orders|support|patience|understanding|co-?operation|loyalty|payment|interest|"
    r"booking|purchase|membership|patronage)\W*$",
    re.I,
)
