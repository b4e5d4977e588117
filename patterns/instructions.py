"""New instructions inside a clause: where ", and VERB" or ", QUESTION-WORD" opens another part of a request.

"Work out 15% of 80, and who wrote Hamlet?" is two parts; "In two sentences, summarize this" is one (an opening
adverbial), as are "total bill $1,284 for twelve, add 15% gratuity" (what comes before the comma asks for
nothing), "Write an email to the staff, and ask everyone to review it" (what the message asks of its readers),
and "Treat these as the whole population and give me the standard deviation: ..." (a stipulation says how the
job after it is done). ``patterns.clauses`` cuts a request's sentences; this module cuts one clause.

Every scan is linear and reads a bounded opening of the clause.
"""

from __future__ import annotations

import re

from patterns.contents import heads_contents
from patterns.coordinated import coordinated_questions
from patterns.inversion import inverts_subject
from patterns.jobs import asks_a_verdict, names_text_to_write, writes_message
from patterns.lists import announces_list
from patterns.live import asks_about_now
from patterns.material import (
    ACTION_VERBS,
    ASKING,
    MATERIAL_NOUNS,
    PURPOSE,
    QUESTION_PREPOSITIONS,
    SCAN_LIMIT,
    SEQUENCERS,
    WORD,
    opens_instruction,
)
from patterns.references import names_a_result

# "If so, write a caption": a part on the condition of the one before depends on it, as a sequenced one does
LEADING_SEQUENCER = re.compile(rf"^(?:{SEQUENCERS}|if\s+(?:so|not|yes|true))\b[\s,]*", re.IGNORECASE)
# "Separate question, what do ...", "Unrelated question - ...", "One more thing: ...": a part announced as another
# one, its announcement and the mark after it no part of what it asks.
ANOTHER_PART = (
    r"(?:and\s+)?(?:also\s+)?(?:a\s+|one\s+)?(?:separate|different|another|other|unrelated|quick|last|second|more)"
    r"\s+(?:question|thing|one|query|request|q)\s*[,:\u2013\u2014-]"
)
LEADING_FILLER = re.compile(
    rf"^(?:{ANOTHER_PART}\s*|(?:and\s+also|also|and|first(?:ly)?|please|plus|separately|independently|additionally"
    r"|besides|in\s+addition|(?:second|third|fourth)(?:ly)?(?=\s*,))\b[\s,]*)",
    re.IGNORECASE,
)
# "..., and separately work out ...": an adverb between the "and" and the verb still opens a new instruction.
_NEW_INSTRUCTION = re.compile(
    r"(?:,\s*(?:and\s+)?|(?<!\s)\s+and\s+)(?:(?:also|separately|additionally|independently|too)\s+)?([a-z][a-z-]*)"
)
LABEL = re.compile(r"^([^:\n]{1,40}):\s+")
_COUNTED = re.compile(r"(?<![\w.,])\d[\d,.]*\s+(?!of\b)[^\W\d_]{3,}")
"""A count of things a label gives ("for 22 people", "3 tables"), not a number that orders it ("Part 2", "Q1")."""


def gives_a_count(label: str) -> bool:
    """Whether a label before a colon gives a figure of the task ("Staff party for 22 people: each gets ..."), which
    the task after it needs, rather than announcing its parts ("3 questions:")."""
    return _COUNTED.search(label) is not None and not announces_list(label)


# "In two sentences, summarize ...", "For my landlord, write ...": a phrase opening with one of these before the
# comma says how or for whom the verb after it acts; it is no instruction of its own.
_ADVERBIAL = frozenset("in for with using by from within without as on at to under over into".split())


# "What is 25% of 640, is it true that...": after a comma, these open a question of its own, when the part
# before the comma is itself a question or an instruction (not "If it rains, what should I bring?").
_QUESTION_OPENERS = frozenset("is are was were does did do what who how when where why which".split())
# After a noun these open a relative clause ("a note for Amir, who starts on Monday, and..."), not a question: one
# asked after a comma ends its sentence with a question mark before any further comma.
_RELATIVE = frozenset("who whom whose which where when".split())
_CLAUSE_REST = re.compile(r"[^,;?]*")
_AUXILIARIES = frozenset("is are was were does did do".split())
_AFTER_NUMBER = re.compile(r"[\d%]\s*$")


def _narrows(clause: str, at: int) -> bool:
    """Whether the words from ``at`` to the question mark are a bare noun of a word or two ("which country?", "what
    year?"): no question of their own, but what the question before them asks for."""
    rest = _CLAUSE_REST.match(clause, at, at + 60)
    if rest is None or not clause.startswith("?", rest.end()) or any(c.isdigit() for c in rest.group()):
        return False
    words = WORD.findall(rest.group().lower())
    return 1 <= len(words) <= 2 and not set(words) & _QUESTION_OPENERS


_OFFERED = re.compile(r"\bor\b", re.IGNORECASE)
"""Options offered before a "which one": the question after them chooses between those."""


def split_on_new_instruction(clause: str) -> list[str]:
    """Split at ", and VERB", " and VERB" or ", VERB" where VERB opens a new instruction (not after an opening
    adverbial phrase: "In two sentences, summarize this" stays whole), and at ", QUESTION-WORD" after a question
    or an instruction."""
    if heads_contents(clause):
        return [clause]  # "Sections: why compost, what goes in": the parts of a text to write, not new instructions
    coordinated = coordinated_questions(clause)
    if coordinated is not None:
        return coordinated  # "Find out which is the largest ocean and what 3.5 kg is in pounds": two questions
    pieces: list[str] = []
    start = 0
    said = clause  # the pieces are cut from the clause as written
    clause = _SHOUTED_AND.sub(" and ", clause)  # "work out 5% GST on C$1,280 AND check this claim": an "and" stressed
    for match in _NEW_INSTRUCTION.finditer(clause):
        before = clause[start : match.start()]
        opening = WORD.match(before.strip().lower())
        adverbial = not pieces and opening is not None and opening.group(0) in _ADVERBIAL
        adverbial = adverbial and "and" not in match.group(0)
        word = match.group(1).lower()
        addressed = WORD.findall(clause[match.start(1) : match.start(1) + 40].lower())[:3]
        following = addressed[:2]
        # "..., and in which year did the Titanic sink?": a question may open with a preposition before its word
        led = word in QUESTION_PREPOSITIONS and following[1:] != []
        opener = following[1] if led else word
        asks = (
            opener in _QUESTION_OPENERS and match.group(0).startswith(",") and _asks_first(before[:200], match.group(0))
        )
        if asks and word in ("which", "what") and "and" not in match.group(0) and _narrows(clause, match.end(1)):
            asks = False  # "Where does vanilla come from, which country?": the question before, narrowed
        if asks and word == "which" and following[1:] in (["one"], ["ones"], ["of"]) and _OFFERED.search(before):
            asks = False  # "Should I plant Polka or stay with Willamette, which one pays more?": the same choice
        if asks and led:  # "..., in which case I pay less" is no question: one asked so ends with its mark
            rest = _CLAUSE_REST.match(clause, match.end(1), match.end(1) + 300)
            asks = rest is not None and clause.startswith("?", rest.end())
        if asks and word in _AUXILIARIES:
            # "our bakery, Crumb & Co, is opening its second shop": an auxiliary before its verb is the predicate of
            # the name before the comma; a question puts its subject after it ("..., is it true that ...?")
            rest = _CLAUSE_REST.match(clause, match.end(1), match.end(1) + 300)
            asked_mark = rest is not None and clause.startswith("?", rest.end())
            asks = inverts_subject(clause[match.end(1) : match.end(1) + 40], asked=asked_mark, before=before)
        # ("Write a thank-you note to Brian, the driver on the number 7, who handed in my purse": in a message the
        # clause after a number still tells of the person before it)
        after_number = _AFTER_NUMBER.search(before[-20:]) is not None and not names_text_to_write(clause[:300])
        if asks and word in _RELATIVE and not after_number:
            # a relative clause follows a noun; "what is 15% of 80, who wrote Hamlet" asks anew after a number
            rest = _CLAUSE_REST.match(clause, match.end(1), match.end(1) + 300)
            asks = rest is not None and clause.startswith("?", rest.end())
        # "What's 7.5% VAT on $640, and can you check this code for problems?": an instruction asked as a question
        # after a question or an instruction of its own, on something other than the answer before ("it", "that")
        # ("What's the median of 4, 9, 2 and can you check this function": after a list of figures the comma is
        # the list's; the modal still asks anew, unless the clause before is a text to write, whose words it may be)
        asked = word in _ASKING_MODALS and opens_request(before[:200])
        asked = asked and (match.group(0).startswith(",") or not names_text_to_write(before[:300]))
        asked_of = WORD.findall(clause[match.start(1) : match.start(1) + 60].lower())[1:6]
        if asked_of[1:2] and asked_of[1] in _POLITE:  # "can you also summarize", "could you please check"
            asked_of = [asked_of[0], *asked_of[2:]]
        if asked_of[1:2] == ["mind"] and asked_of[2:3] and asked_of[2].endswith("ing"):
            # "..., and would you mind checking if it's true that ...": the verb asked for, however politely
            asked_of = [asked_of[0], asked_of[2][:-3], *asked_of[3:]]
        asked_of = asked_of[:3]
        asked = asked and asked_of[:1] == ["you"] and opens_instruction(asked_of[1:3])
        # ("can you double that", "can you round the result"; "can you summarize the report I sent" names a text of
        # its own: "the" works on the answer before only when what follows it names a result)
        on_answer = bool(_BACK.intersection(asked_of[2:3])) and (
            asked_of[2:3] != ["the"] or names_a_result(clause[match.start(1) : match.start(1) + 80])
        )
        asked = asked and not on_answer
        verb = (
            asked
            or opens_instruction(addressed)
            and not (
                # "Write an email to the staff ..., and ask everyone to review it": what the message asks of its readers
                word in _ADDRESSING
                and following[1:] != []
                and not _SELF & set(addressed[1:])
                # (the message may be named after a statement: "I'm a student. Write an email to my tutor ...")
                and (writes_message(clause) or writes_message(_last_sentence(before)))
            )
            # ("Call my distributor and tell him the shipment is late": what to say on the call, not a part apart)
            and not (word in _ADDRESSING and _CONTACTED.match(_last_sentence(before)))
        )
        # "Review this PR and tell me if it's safe to merge", "Summarize this and tell me whether I need to reply":
        # whether what was just worked on holds up, or what it means for the user, is the verdict of that same
        # job, not a question of its own
        asked_next = clause[match.start(1) : match.start(1) + 200]
        # (but "..., and tell me whether it'll rain on the farm on Thursday" asks what holds at a time from now: a
        # question about the world, not the verdict of the job before)
        verb = verb and not (asks_a_verdict(asked_next[:60]) and not asks_about_now(asked_next))
        # "total bill $1,284 for twelve, add 15% gratuity": what comes before the comma asks for nothing, so it is
        # what the instruction after it works on, not a part of its own
        # ("I'm off to Tanzania in June. Can you check ..., and summarise ...": the statement before the request is
        # its context; the request opens after it)
        opening = _last_sentence(before)[:200]
        context = not pieces and match.group(0).startswith(",") and not _asks_first(opening, match.group(0))
        # "Split £86.40 between 6 staff, and make a post ...": a sum ordered by its operation opens a request, though
        # "split" and "average" are no verbs that start a part of their own ("add 18% and split it evenly")
        context = context and not _OPERATION.match(opening)
        context = context and not before.rstrip().endswith("?")
        # "Treat these as the whole population and give me the standard deviation: ...": a stipulation says how
        # the job after it is done; it is no job of its own
        context = context or (not pieces and _stipulates(before))
        if (verb or asks) and before.strip() and not adverbial and not context:
            pieces.append(said[start : match.start()])
            start = match.start(1)
    pieces.append(said[start:])
    return pieces


_SHOUTED_AND = re.compile(r"(?<=\S) AND (?=[a-z])")


# Verbs by which a message asks something of its readers ("..., and remind them to bring laptops") or puts
# something to them ("..., and suggest Jo Patel goes instead", "and explain that the coach company went bust"); a
# request that addresses the assistant ("and tell me ...", "and explain to me ...") is a part of its own.
_ADDRESSING = frozenset(
    """ask tell remind invite urge encourage let thank warn request beg suggest propose recommend offer explain
    mention apologise apologize""".split()
)
_SELF = frozenset("me us myself ourselves".split())
_CONTACTED = re.compile(
    r"^\W*(?:(?:please|pls)\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:call|phone|ring|text|"
    r"whatsapp|message|contact)\s+(?!me\b|us\b)\w",
    re.IGNORECASE,
)
"""An instruction opening by getting in touch with someone: what it goes on to tell them is said to them."""
# "..., and can you ...": a modal by which an instruction is asked; the words by which it works on the answer before.
_ASKING_MODALS = frozenset("can could would will".split())
_BACK = frozenset("it that them those the".split())
_POLITE = frozenset("also please just kindly quickly".split())


# Verbs that stipulate how a job is done rather than ordering one: "treat ... as", "assume ...".
_STIPULATING = frozenset("assume suppose imagine pretend".split())
_STIPULATING_AS = frozenset("treat regard count consider take".split())


_OPERATION = re.compile(r"(?:please\s+)?(?:split|divide|multiply|subtract|average)\s+\S*\d", re.IGNORECASE)


def _stipulates(chunk: str) -> bool:
    words = WORD.findall(LEADING_FILLER.sub("", chunk.strip()[:200]).lower())
    if not words:
        return False
    return words[0] in _STIPULATING or (words[0] in _STIPULATING_AS and "as" in words[1:8])


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def _last_sentence(text: str) -> str:
    """The last sentence of ``text``: what a statement told before it leaves as the request's opening."""
    return _SENTENCE_BREAK.split(text.strip())[-1]


# "did 7 full grooms at £48 today", "Had 3 deliveries at £12": the user's day told with its "I" left out, a past
# tense then what was done and counted; a question opening so ("Did 7 people come?") ends with its mark.
_TOLD_DAY = re.compile(r"^\W*(?:did|had|was|were)\s+(?:\d|an?\s)", re.IGNORECASE)


def _asks_first(chunk: str, cut: str) -> bool:
    """Whether ``chunk``, a clause before the comma ``cut``, asks or instructs (``opens_request``), and is not the
    user's day told before what is asked of it, after a bare comma ("..., and what is ..." asks anew)."""
    told = _TOLD_DAY.match(chunk) is not None and "?" not in chunk and not re.search(r"\band\b", cut, re.I)
    return opens_request(chunk) and not told


def opens_request(chunk: str) -> bool:
    """Whether ``chunk`` opens with an asking word or an action verb (after any filler such as "also")."""
    text = chunk.strip()
    label = LABEL.match(text)  # "Three things: what is..." — the label is no part of the request's wording
    head = text[label.end() :] if label else text
    head = LEADING_FILLER.sub("", LEADING_SEQUENCER.sub("", head[:200]))[:80].lower()
    found = WORD.findall(head)[:2] if WORD.match(head) else []
    # "In which year did...", "At what time...": a question may open with a preposition before its asking word
    asked = len(found) > 1 and found[0] in QUESTION_PREPOSITIONS and found[1] in ASKING
    return bool(found) and (found[0] in ASKING or asked or opens_instruction(found))


# "Research X and, separately, compute Y": the connective left at the end of a clause cut before "compute".
# Entered only at the start of a run of spaces and commas, so a long run is not rescanned from each position.
_TRAILING_FILLER = re.compile(r"(?<![\s,])[\s,]+(?:and|also|separately|additionally|plus)$", re.IGNORECASE)


# "Add up what we spent - £45, £18.50 and £12 - then write ...": the dash that closed an aside, left at the cut.
_TRAILING_DASH = re.compile(r"(?<=\S)\s+[-\u2013\u2014]+$")


def clean_clause(part: str) -> str:
    """A clause as a part's text: without the punctuation, filler and sequencer around it ("Also, ...", "...,
    and"), an aside's closing dash, and a label that only heads it ("Three things: what is ..."), capitalised."""
    text = _TRAILING_DASH.sub("", part.strip(" ,.;\n")).rstrip(" ,.;")
    for _ in range(3):
        text = LEADING_FILLER.sub("", LEADING_SEQUENCER.sub("", text)).strip(" ,")
        text = _TRAILING_FILLER.sub("", text)
    label = LABEL.match(text)
    named: set[str] = set(WORD.findall(label.group(1).lower())) if label else set()
    # "Which is better value: A or B?": a label that asks is the question itself, and stays
    asks = label is not None and label.group(1).lower().split()[:1] in (["which"], ["what"], ["how"], ["who"])
    # "found dog poster: ...", "Work out my fuel cost: ...": a text to write, or an order, is the request, no heading
    head = WORD.findall(label.group(1).lower())[:2] if label else []
    # (not "For the sponsored walk leaflet: convert 15 miles to km": what the answer is for heads the order after it)
    # (kept before a text to write: "For Sam: write a birthday message" is Sam's)
    purpose = label is not None and PURPOSE.match(label.group(1)) is not None
    purpose = purpose and label is not None and not names_text_to_write(text[label.end() :])
    written = label is not None and not purpose and names_text_to_write(label.group(1))
    asks = asks or (label is not None and (written or opens_instruction(head)))
    asks = asks or heads_contents(text)  # "Sections: ...": what a text holds, kept with its heading
    asks = asks or (label is not None and gives_a_count(label.group(1)))  # "Staff party for 22 people: each gets..."
    if label and (purpose or not named & (ACTION_VERBS | MATERIAL_NOUNS)) and not asks:
        text = text[label.end() :]  # "Three things: what is..." — the label is not part of the task
    return text[:1].upper() + text[1:] if text else ""


# "I need the average of 72, 85, 90 and 64, and also a summary of ...": what the user says they want before the
# first of several parts, which asks for each of them, not only the first.
_WISH = re.compile(
    r"^(?:i|we)(?:(?:'d|\s+would)\s+(?:like|love)|(?:\s+(?:really|just|also))?\s+(?:need|want))\s+(?=(?:the|a|an)\s)",
    re.IGNORECASE,
)


def without_wish(clause: str) -> str:
    """``clause`` without the wish it opens with ("I need the average of ..." -> "The average of ..."), when it is
    the first of several parts the wish asks for; a clause with none comes back as it is."""
    found = _WISH.match(clause)
    if found is None:
        return clause
    rest = clause[found.end() :]
    return rest[:1].upper() + rest[1:]


# "Then also tell me what 15% of 480 is": "also" makes the next thing another job, not one on the answer before
_THEN_ALSO = re.compile(r"^(?:and\s+)?then\s+also\b", re.IGNORECASE)
# words by which such a part still works on what came before ("Then also tweet it", "... the total")
_ON_BEFORE = frozenset("it its that them this these those result results answer answers total summary".split())


def also_after(part: str) -> bool:
    """Whether ``part`` opens "then also" and names nothing it would work on from before: a job of its own."""
    text = part.strip()
    return _THEN_ALSO.match(text) is not None and not _ON_BEFORE & set(WORD.findall(text[:SCAN_LIMIT].lower()))
