"""A long lead-in that asks for a summary in one of its sentences and speaks of the asker in the others.

"Can you give me the gist of this notice from the ferry company? Passengers keep asking me about it: <notice>",
"The council sent all us market traders this. What does it actually say, in short: <letter>", "Pull the keywords
out of this memo for the bakery team, I want them on a sticky note: <memo>". Each runs past the short lead-in's
word count, and its last sentence is neither a label nor an ask; yet every sentence before the colon is either the
ask for a summary (its gist, keywords, what it says in short) or a word about the asker and the text ("me", "us",
"this"): none could be the pasted text's own first sentence. A sentence that is neither ("The board agreed three
changes:") may be the text's own, and then the lead-in is not read this way.

The summarizer still reads the whole instruction afterwards, so an ask beyond a summary ("... and tell me whether
to reply") is declined there; this only says where the text starts. Every pattern is linear and bounded.
"""

from __future__ import annotations

import re

_MOST_WORDS = 40
"""The longest lead-in read this way."""
_SENTENCES = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+")
# The ask: a summary named by its work ("the gist", "keywords", "sum up", "in short", "what does it say").
_ASKS_SUMMARY = re.compile(
    r"\b(?:summar(?:y|ies|i[sz]e|i[sz]ing)|gist|tl;?dr|sum\s+(?:(?:it|this|that|them)\s+)?up|"
    r"boil\s+(?:(?:it|this|that|them)\s+)?down|in\s+(?:short|brief|a\s+nutshell)|key\s*words|key\s+(?:points|terms)|"
    r"main\s+points|takeaways|short\s+version|"
    r"what\s+(?:does|do)\s+(?:it|this|that|they)\s+(?:actually\s+|really\s+|even\s+)?(?:say|mean)|"
    r"what['’]?s\s+(?:it|this|that)\s+(?:actually\s+|really\s+)?(?:saying|about))\b",
    re.I,
)
# Another job in the same lead-in: the request is then several tasks, and the text is not read past it.
_OTHER_JOB = re.compile(
    r"\b(?:translat\w*|rewrite|reword|reply|respond|draft|write|calculate|work\s+out|convert|check|fact|explain\s+why|"
    r"whether|should\s+i|is\s+(?:it|this|that)\s+(?:true|right|legal)|french|spanish|german|italian|welsh|"
    r"tell\s+me\s+(?:if|whether|who|which|what|how)|how\s+(?:much|many)|and\s+then)\b",
    re.I,
)
_FIGURE = re.compile(r"\d|[£$€¥%]")
# A word about the asker or the text they point at: a sentence with one is not the pasted text's own first sentence.
_ASKER = re.compile(
    r"\b(?:i|i['’](?:m|d|ve|ll)|me|my|us|you|your|this|these|it|it['’]s)\b",
    re.I,
)

# The asker speaking for their workplace or household, before the ask: "We have received ...", "Our vet sent ...".
_WE = re.compile(r"\b(?:we|we['’](?:ve|re|d|ll)|our|ours)\b", re.I)


_QUESTION_WORDS = 32
"""The longest opening question read as an ask for a summary with what it is for."""


def summary_question(question: str) -> bool:
    """Whether ``question``, an opening question before a text, asks for a summary by its name or its work ("sum
    up", "the gist", "in short") and for no other job, in at most ``_QUESTION_WORDS`` words: "Can you sum up this
    review in a line or two so I can pass it on to the lads in the yard?" says what the summary is for after the
    ask, which makes it longer than a bare ask, not a text of its own."""
    return (
        len(question.split()) <= _QUESTION_WORDS
        and _ASKS_SUMMARY.search(question) is not None
        and _OTHER_JOB.search(question) is None
        and not _FIGURE.search(question)
    )


def asked_lead_in(head: str) -> bool:
    """Whether ``head`` (the words before the colon) is an ask for a summary with only words about the asker
    around it."""
    if len(head.split()) > _MOST_WORDS or _OTHER_JOB.search(head) or _FIGURE.search(head):
        return False  # a figure before the colon is a sum asked beside the summary ('15% off a £240 cake, ...')
    sentences = [s for s in _SENTENCES.split(head.strip()) if s.strip()]
    if not any(_ASKS_SUMMARY.search(s) for s in sentences):
        return False
    first = next(i for i, s in enumerate(sentences) if _ASKS_SUMMARY.search(s))
    # before the ask, the asker may speak as "we" ("We have received new guidance from the crematorium. I would be
    # grateful for a summary for the staff:"): what they were sent, then the ask; after it, a "we" sentence ending at
    # the colon may be the text's own first ("Summarise this. We have made three changes:")
    return all(
        _ASKS_SUMMARY.search(s) or _ASKER.search(s) or (i < first and _WE.search(s)) for i, s in enumerate(sentences)
    )
