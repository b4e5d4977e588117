"""What a request to the researcher asks for: an answer, a list of sources, a stored document, or a new one.

The researcher's whole-request tool reads the user's words itself, so it can tell "Read document 12" and
"Save this note: ..." from a question. Anything that is not one of those is a question (or a topic) to answer
from the knowledge base.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from patterns.manner import without_manner
from servers.tools.researcher.chatter import allows_approximation, asked_in_request, asker_chatter
from servers.tools.researcher.checked import claim_checked
from servers.tools.researcher.context import tells_context
from servers.tools.researcher.hearsay import place_claimed
from servers.tools.researcher.own_sources import in_notes_words
from servers.tools.researcher.owned_acronyms import owner_after
from servers.tools.researcher.situation import names_in, names_topic, situated
from servers.tools.researcher.spoken_order import in_spoken_order
from servers.tools.researcher.wording import as_typed

_READ = re.compile(
    r"\s*(?:please\s+)?(?:read|open|show|display|print|fetch|get)\s+(?:me\s+)?(?:the\s+)?(?:full\s+)?"
    r"(?:text\s+of\s+)?(?:document|doc)\s*(?:#|no\.?|number|id)?\s*(?P<id>\d{1,9})\b",
    re.I,
)
_ADD = re.compile(
    r"\s*(?:please\s+)?(?:save|add|store|ingest|file|keep|put)\s+(?:(?:this|these|the following|following|it|my|a|an"
    r"|the)\b|(?:notes?|documents?|articles?|text)\b)",
    re.I,
)
_SOURCES = re.compile(
    r"\b(?:reading list|bibliography)\b|\b(?:sources?|papers?|literature|references|articles|documents|studies)\s+"
    r"(?:on|about|for|covering|regarding)\b|\bwhat (?:documents|notes|sources) (?:do )?(?:you|we) have\b",
    re.I,
)
# An initial ("C.S. Lewis", "J. K. Rowling") ends no sentence.
_SENTENCE_END = re.compile(r"(?<=[?.!])(?<!\b[A-Z]\.)\s+")
_POINTING = re.compile(r"\b(?:it|its|that|this|these|those|they|them|he|him|his|she|her|there)\b", re.I)
# "How many continents are there?": the "there" of a count points at nothing in an aside.
_EXISTENTIAL = re.compile(r"\b(?:are|is|were|was)\s+there\b", re.I)
# An aside: someone's view ("My son insists it's Sydney", "I always thought it was Sydney"), where it came up ("The
# nurses were on about it on the ward") or what the question is for ("It's for a pub quiz", "Just curious"). Bounded
# gaps only.
_ASIDE = re.compile(
    r"(?:my|our|a|the|some|someone|somebody|people|everyone|everybody|i|we|he|she|they|it)\b[^.?!]{0,60}?\b"
    r"(?:says?|said|insists?|insisted|thinks?|thought|believes?|believed|claims?|claimed|swears?|reckons?"
    r"|argues?|argued|told me|keeps? saying|(?:is|was|am|are) (?:sure|convinced|certain)|bet me|guessed"
    # where the question came up: "The nurses were on about it on the ward", "My GP mentioned it last week"
    r"|on about|talking about|talked about|going on about|banging on about|arguing (?:about|over)|debating|discussing"
    r"|discussed|chatting about|mentioned|mentions|brought (?:it|this|that) up|came up|comes up|asked about)\b"
    r"|(?:just curious|thanks|thank you|cheers|(?:it'?s|this is|asking) for (?:a|my|our|the)\b)",
    re.I,
)
# An aside that asks for more after all ("My GP mentioned it, so explain how it's measured too"): no aside.
_MORE_ASKED = re.compile(
    r"\b(?:tell me|tell us|let me know|explain|compare|list|give me|show me|include|as well as|and also|what about)\b",
    re.I,
)
# A question passed on: "My son asked which gas ...", "my daughter wants to know who ...", "I was wondering why ...".
_EMBEDDED = re.compile(
    r"^(?:my|our|a|the|i|we|someone|somebody)\b[^.?!]{0,40}?\b(?:asked|asks|wants to know|wanted to know"
    r"|want to know|was wondering|were wondering|am wondering|wonders|wondered)\s+(?:me\s+|us\s+)?"
    # where or when it was asked: "My grandson asked me on the bus last night how far ..."
    r"(?:(?:on|at|in|during|over|after|before|last|this|yesterday|today|earlier|tonight)\b[^.?!,]{0,40}?\s+)?"
    r"(?P<question>(?:who|whom|whose|what|which|when|where|why|how)\b[^?!]{3,300})[.?!]?$",
    re.I,
)
# ... and what the asker answered, or that they could not: "... and I said Toronto", "... and I blanked".
_ANSWERED = re.compile(
    r",?\s+(?:and|but|so)\s+(?:i|we|he|she|they)(?:'ve|’ve|\s+have|'d|’d|\s+had)?\s+"
    r"(?:(?:totally|completely|just|honestly|clean|already)\s+)?(?:said|told (?:him|her|them)|answered|guessed"
    r"|thought|reckoned|replied|blanked|forgot|forgotten|went blank|drew a blank|(?:was|were|got) (?:stumped|stuck)"
    r"|(?:had|have|got) no (?:idea|clue)|no (?:idea|clue)|(?:didn't|did not|don't|couldn't|could not"
    r"|can't|cannot) (?:know|remember|recall|answer|say|tell)|(?:wasn't|was not|am not|i'm not|weren't) sure)\b"
    r"[^.?!]{0,80}\.?$",
    re.I,
)
# A follow-up that only asks for the answer: "What is it?", "Do you know?", "Any idea?".
_POINTER = re.compile(
    r"(?:(?:so\s+)?what(?:'s| is| was| are)\s+(?:it|that|the answer)|(?:do|does) (?:you|anyone) know|any ideas?"
    r"|(?:can|could) you (?:tell me|help)|which (?:one )?is it|who (?:is|was) it"
    # whether the asker's own answer was right: "Was I right?", "Am I wrong?", "Who's right?"
    r"|(?:was|am|were|is) (?:i|we|he|she) (?:right|wrong|correct)|who(?:'s| is) right"
    # the asked question again, its thing as "it": "How far is it?", "How old is it then?"
    r"|(?:so\s+)?how (?:far(?: away)?|big|old|long|tall|high|deep|hot|heavy|wide|fast) (?:is|was|are) (?:it|that|they)"
    r"(?: (?:then|exactly|actually|really))?)(?:,?\s*please)?\s*[?.!]?",
    re.I,
)
# A question asked indirectly, as a request to find the answer: "Look up what the Rosetta Stone is", "Check what a
# blockchain is", "Read up on how GPS works", "Could you dig up who founded the UN?". The verbs of finding out
# (looking, checking, reading, telling) only say to answer: the question is the clause from the question word on.
_INDIRECT = re.compile(
    r"\W*(?:please\s+)?(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:just\s+|quickly\s+|go\s+and\s+)?"
    r"(?:help\s+(?:me|us)\s+(?:to\s+)?)?(?:understand|look|find|search|check|research|investigate|explore|tell|explain|describe|say|show|dig|read|figure|work"
    r"|learn|discover|establish|determine|confirm|verify|google|see|ask|remind|clarify|summari[sz]e|outline)"
    r"(?:\s+(?:up|out|into|on|over|about|for|me|us|around)){0,2}\s+"
    r"(?P<question>(?:who|whom|whose|what|which|when|where|why|how)\s[^?!\n]{3,300})",
    re.I,
)
# A superlative, whose answer depends on where it is asked of.
_RANKED = re.compile(
    r"\b(?!(?:interest|forest|west|test|rest|honest|modest|nest|chest|guest|request|protest|suggest|harvest|pest"
    r"|contest|invest|digest|latest)\b)[a-z]{2,}est\b|\b(?:most|least|best|worst)\b",
    re.I,
)
# A superlative ranked among everything, said so: "the biggest coral reef in the world", "the tallest ever".
_SCOPED = re.compile(
    r"\b(?:in|on|of)\s+(?:the\s+|our\s+)?(?:world|earth|planet|globe|universe|solar\s+system|history)\b"
    r"|\b(?:ever|of\s+all\s+time)\b",
    re.I,
)
_FENCE = re.compile(r"```[\w+-]*\n?(?P<body>.*?)```", re.S)
_MATERIAL = re.compile(r"(?P<head>[^:\n]{1,200}?)(?::\s*|\n)(?P<tail>\S.*)", re.S)
_HEADING = re.compile(r"^#{1,3}\s+(?P<title>\S[^\n]{0,200})", re.M)


@dataclass(frozen=True, slots=True)
class Intent:
    """What the request asks for; ``text`` is the question, the topic, or the document to add."""

    kind: str  # "question", "sources", "read", "add"
    text: str
    doc_id: int | None = None
    title: str = ""
    situation: str = ""  # the asker's situation told before the question ("Visiting the Louvre next week.")


# A greeting, a word to take the floor or a word joining on before a question, which names no topic: "hey, what's
# ...", "ok so how ...", "Random one but how hot ...", "Quick q - who ...", "Secondly, who ...".
_OPENER = re.compile(
    r"^\W*(?:(?:hey|hi|hello|hiya|ok|okay|so|um+|hmm+|right|well|oh|btw)(?:\s+(?:so|then|there))?"
    # a word joining the question on to another request: "Secondly, who ...", "plus when ...", "and also what ..."
    r"|(?:oh\s+)?and(?:\s+also)?|also|plus|then|secondly|thirdly|finally|lastly|one more thing"
    r"|(?:random|quick|silly|dumb|daft|stupid|weird|odd|strange|simple|easy|basic|obvious|general)\s+(?:one|question|q))"
    r"(?:\s*[,!.:;-]+\s*(?:but\s+)?|\s+but\s+|\s+)"
    r"(?=(?:who|whom|whose|what|what's|whats|which|when|where|why|how|is|are|was|were|do|does|did|can|could)\b)",
    re.I,
)


# Who the request is sent to, before a colon: "Send this to both the fact checker and the researcher: ...", "Ask
# both of your checkers: ...", "Run this past the researcher and the fact checker both: ...", "Have the calculator
# and the researcher both answer this: ...". The agents it names
# are no topic; what follows the colon is what is asked.
_ADDRESSED = re.compile(
    r"^\W*(?:please\s+)?(?:can\s+you\s+|could\s+you\s+)?(?:send|ask|run|put|pass|give|forward|check|show|have|get|let)\b"
    r"[^:\n]{0,80}?\b(?:(?:the|your|our|both|all|each)\s+(?:researchers?|fact[- ]?checkers?|checkers|summari[sz]ers?|"
    r"writers?|reviewers?|agents)|both\s+of\s+you|you\s+both|all\s+of\s+you|each\s+of\s+you)\b[^:\n]{0,30}:\s*(?=\S)",
    re.I,
)


def read_intent(request: str) -> Intent:
    """The intent of ``request`` (already stripped and size-checked)."""
    request = _ADDRESSED.sub("", request, count=1)
    request = _OPENER.sub("", request, count=1)
    request = in_notes_words(request)  # "what do your books say about X?": what the notes say, not the books
    if not request:
        return Intent("question", "")  # "tell me what your books say": about what, it does not say
    request = in_spoken_order(request)  # "Abeg ...", "The Danube, how long is it?", "... ? g per kg."
    wants_read = _READ.match(request)
    if wants_read:
        return Intent("read", request, doc_id=int(wants_read.group("id")))
    if _ADD.match(request):
        body = _material(request)
        return Intent("add", body, title=_title(body) if body else "")
    if _SOURCES.search(request):
        return Intent("sources", request)
    if (where := place_claimed(request)) is not None:
        return Intent("question", where)  # "Someone said the Eiffel Tower is in Rome - is that right?"
    if (claim := claim_checked(request)) is not None:
        return Intent("question", as_typed(claim))  # "Claim: the adult human body has 206 bones."
    question = question_only(request)
    question = asked_in_request(question) or question  # "Kindly tell me the capital of Peru."
    if question != request and (lead := situated(question)) is not None:
        question = lead.question  # "Settle something for me, what's ...? The lads reckon ...": the lead-in goes too
    # "what is it actually?", "..., in simple words?": how the answer is wanted is no topic to look up
    if question == request and (found := situated(request)) is not None:
        return Intent("question", without_manner(as_typed(found.question)), situation=found.situation)
    asked = asked_directly(question)
    if asked != question:  # "Can you explain what X is, in simple words": the manner ends the inner question too
        asked = without_manner(f"{asked}?")[:-1]
    return Intent("question", owner_after(without_manner(as_typed(asked))))


def asked_directly(question: str) -> str:
    """The question a request to find something out asks: "what the Rosetta Stone is" for "Look up what the
    Rosetta Stone is." Any other request is returned as it is."""
    indirect = _INDIRECT.fullmatch(question.strip().rstrip("?.! "))
    return indirect.group("question") if indirect else question


def question_only(request: str) -> str:
    """The question of a request that adds asides to it: "What's the capital of Australia? My son insists it's
    Sydney." asks only the first sentence; what the son thinks is why the user asks, not more to look up.

    The question is taken alone only when it is the request's one question, stands on its own (no "it",
    "that" or "he" pointing into the aside) and every other sentence is an aside: what someone says or
    thinks, or what the question is for. Anything else is the whole request."""
    sentences = [s for s in _SENTENCE_END.split(request[:2_000].strip()) if s.strip()]
    embedded = [m for m in (_EMBEDDED.search(s) for s in sentences) if m is not None]
    if len(embedded) == 1 and all(_EMBEDDED.search(s) or _POINTER.fullmatch(s.strip()) for s in sentences):
        # "My son asked which gas plants take in. What is it?": the question is the one the son asked, without
        # the answer someone gave to it ("... what the capital of Canada is and I said Toronto").
        return _ANSWERED.sub("", embedded[0].group("question")).strip()
    questions = [s for s in sentences if s.rstrip().endswith("?")]
    if not questions:  # "Kindly tell me the capital city of Australia. A buyer from there is visiting."
        questions = [s for s in sentences if asked_in_request(s) is not None]
    # "Help me settle this, what's ...?": a word pointing from the lead-in is not the question's
    core = (lead.question if (lead := situated(questions[0])) else questions[0]) if len(questions) == 1 else ""
    pointing = _POINTING.search(_EXISTENTIAL.sub(" ", core)) if len(questions) == 1 else None
    if len(sentences) < 2 or len(questions) != 1 or pointing or not names_topic(questions[0]):
        return request  # "My son insists it's Sydney. Who is right?" asks nothing without the aside
    if all(
        s is questions[0]
        or _ASIDE.match(s.strip())
        and not _MORE_ASKED.search(s)
        or tells_context(s)
        or asker_chatter(s)
        or allows_approximation(s)  # "Approximately is fine."
        for s in sentences
    ):
        told = " ".join(s for s in sentences if s is not questions[0])
        if (
            _RANKED.search(questions[0])
            and names_in(told)
            and not names_in(questions[0])
            and not _SCOPED.search(questions[0])
        ):
            return request  # "What is the tallest building? We're staying in Paris": the tallest in Paris
        return questions[0].strip()
    return request


def _material(request: str) -> str:
    """The text to store: a ``` block, or what follows the first colon or line break; "" when there is none."""
    fence = _FENCE.search(request)
    if fence and fence.group("body").strip():
        return fence.group("body").strip()
    match = _MATERIAL.fullmatch(request)
    body = match.group("tail").strip() if match else ""
    # "Save this: ..." holds a placeholder, not a note: a note has at least a few words.
    return body if len(re.findall(r"[^\W\d_]{2,}", body)) >= 3 else ""


def _title(body: str) -> str:
    heading = _HEADING.search(body)
    if heading:
        return heading.group("title").strip(" #")
    first_line = body.split("\n", 1)[0].strip()
    if len(first_line.split()) <= 10 and "\n" in body:
        return first_line.rstrip(".:")
    head = body.split()[:8]
    return " ".join(head) + ("…" if len(body.split()) > 8 else "")
