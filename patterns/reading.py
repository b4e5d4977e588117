"""Reading a request: what it is routed by, the verb phrase it opens with, and whether it only states a claim.

A request is read before it is ranked (``routing_text``): by its instruction, not by the material it hands over
(after a colon, in a long quote, after a short lead such as "tldr:", or after a first sentence that points at the
text following it: "What are the takeaways from this notice? <text>"); a bare statement, or one with a tag
question ("..., right?"), as the question it implies ("Is it true that ...?"). A sum in words is no claim
(``is_expression``). The verb phrase an instruction opens with (``verb_head``: "Summarize this product review",
"Look up") says who should act while the rest says what about, and "Make this email shorter" is read as the
rewrite it asks for (``recast_head``).

Nothing here knows a worker: ``patterns.deciding`` ranks workers by what these functions read.
"""

from __future__ import annotations

import re

from patterns.answer_forms import ends_asking, without_answer_form
from patterns.commissions import commissioned
from patterns.forms import AMOUNT_WORDS, MAX_NUMBER_SCAN, has_number, is_code, question_form, with_code_mark
from patterns.jobs import TEXT_KINDS, names_text_to_write, states
from patterns.lexical import NUMBER_WORDS
from patterns.material import (
    ACTION_VERBS,
    ASKING,
    MATERIAL_NOUNS,
    OWN_TEXT,
    PLACEHOLDER,
    QUESTION_PREPOSITIONS,
    WORD,
    WORK_NOUNS,
    mask,
    opens_instruction,
    orders_on_listed_figures,
    split_material,
)
from patterns.measures import converts_units
from patterns.remarks import tells_the_day, without_guess
from patterns.sections import plain_sections
from patterns.situation import CUTTING, asked_after_situation, asks, first_sentence, label_lead, polite_ask, wondered
from patterns.spelling import corrected
from patterns.tags import without_tag_question

# Words before the verb that only ask politely ("please", "could you kindly", hedges: "Reckon you could write ...",
# "Any chance you could draft ...", "Abeg write ..."): skipped to find it. Not "think" ("think up a slogan").
_POLITE = frozenset("please pls plz kindly abeg can could would will you u ye just reckon suppose any chance".split())
_LEAD = re.compile(r"^([^:\n]{1,100}):\s+(?=\S)")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")
_QUOTES = ('"', "\u201c")
LEAD_WORDS = 10
"""A lead of at most this many words before a colon and a body of two sentences or more is an instruction."""
LEAD_BODY_WORDS = 8
"""The body after such a lead has at least this many words: a text of its own, not the rest of a sentence."""

# Finite verbs a bare statement is made with ("is", "has", "never"...), the reporting verbs that hand one on ("my
# uncle says ..."), and any word in "-ed": a request without any is a noun phrase ("median of 4, 8, 15"), no claim.
_STATING = frozenset(
    """is are was were isn't aren't wasn't weren't has have had hasn't haven't can can't cannot could couldn't
    will won't would does doesn't did didn't do don't never always says said claims claimed swears told thinks
    believes built wrote left made took became began fell sank won gave grew ran came went found got held led
    lost kept saw sold""".split()
)
# Words of a request that asks for something rather than stating it.
_REQUESTING = frozenset("please thank thanks help want need let i'd i'm i've how what what's whats".split())
# A verb opens an instruction with its object or particle next ("Order me...", "Dig up...", "Announce to..."),
# where a statement's subject is followed by its verb ("Bats are...") or more of its name ("Mount Everest is...").
_AFTER_VERB = frozenset(
    """me us him her them it everyone everybody all to up out down off on over about into a an the this that
    these those my our your some""".split()
)
_CONDITIONS = frozenset("if suppose supposing assuming given say".split())
_REPORTING = frozenset("says said reckons reckoned claims claimed swears swore thinks insists insisted".split())
CLAIM_WORDS = (3, 40)
"""A bare claim has at least and at most these many words."""
MAX_CLAIM_CHARS = 400
"""Longer text is no bare claim: it is not read word by word for one."""
MAX_CLAIM_NUMBERS = 3
"""A statement of this many quantities or more is the data of a calculation, not a claim to check."""
_QUANTITY = re.compile(r"\d[\d,.]*")
_DIGIT = re.compile(r"\d")


def routing_text(text: str) -> str:
    """What a request is routed by: its instruction, without the material it hands over.

    Who should act is said by the instruction; the material (the text to summarize, the code to review) is
    about something else and would pull the request towards that topic's agent. Material is what
    ``split_material`` finds after a colon, a long quote anywhere ("\"...\" can you summarize that?"), or the
    body after a short lead ("tldr: A. B. C."). A request that only states something ("Bats are blind.") asks,
    implicitly, whether it is true, and is routed as that question. The question and arithmetic words people
    misspell most are read as meant ("wat is 40 percnt of 95").
    """
    text = without_answer_form(corrected(text))  # "... average? Give one decimal please.": how, not who, answers
    instruction, material = split_material(text)
    if material and instruction:
        # numbers are no topic: a list of them ("mean of these: 4, 8, 15") says what the work is on
        if _mostly_numbers(material) or _data_then_question(instruction, material):
            return text
        if _introduces(instruction, material):
            return routing_text(material)  # "Nurse here, quick one: <the question>": read as the question
        situation = asked_after_situation(instruction)
        if situation is not None and not situation[1].strip():
            # "I missed the standup. Give me the short version of the notes: ...": why the user asks is no part of
            # what is asked
            instruction = situation[0]
        # nor is code, but that it is code says who reads it ("Review:" and a ``` block)
        if is_code(material):
            return with_code_mark(instruction)
        return _plain_material(polite_ask(_unpresented(instruction)))
    fenced = _without_code_blocks(text)
    if fenced is not None:
        return fenced
    situation = asked_after_situation(text)
    if situation is not None and states(first_sentence(situation[1])):
        # "These are the reviews of our lamp. What's the overall picture? Several customers said ...": the user's
        # situation, the ask, then the text it is about
        return _plain_material(situation[0])
    lead = _lead(text)
    pointing = lead or _pointing_sentence(text) or commissioned(text)  # a text named, then its facts
    if pointing is not None and _data_then_question(pointing, text):
        return text
    body = text[text.index(":") + 1 :] if lead is not None else ""  # a lead ends at the first colon
    if lead is not None and _introduces(lead, body):
        return routing_text(body)  # "Our gas: 1200 kWh at $0.09 per kWh ... What do we owe?": a label, then the ask
    if pointing is not None:
        return _plain_material(pointing)
    labelled = label_lead(text)
    if labelled is not None and _introduces(*labelled):
        return routing_text(labelled[1])  # "Anatomy revision - how many bones ...?": a label, then the question
    instruction = without_guess(_without_quotes(text))
    told = wondered(instruction)  # "my nephew wants to know how far away the Moon is": the question it tells
    if told is not None:
        return told
    claim = without_tag_question(instruction)
    # a tag question ("..., right?") shows the rest is a statement, whatever its verb
    asked = claim != instruction.strip()
    return f"{CLAIM_ASK} {claim.rstrip(' .!')}?" if is_claim(claim, verb_known=asked) else instruction


CLAIM_ASK = "Is it true that"
"""How a bare claim is asked about: the question it implies, and the opening a request asking it is read by."""


# A kind of text named by a word that points at it ("this letter", "my email", "these notes"): the text handed
# over, whose kind says nothing of the work asked. One adjective may come between ("this long email").
# Texts that gather what people said ("this customer feedback", "these survey responses"): handed over like a
# letter, and as little a task of their own (feedback to act on is the writer's word).
_GATHERED = frozenset("feedback comment review response answer minute".split())
# (longest first, and in the same order at every start: a set's order changes with the process's hash seed)
_HANDED_KIND = re.compile(
    r"\b((?:this|these|that|those|following|my|our|of\s+the)\s+(?:[a-z-]+\s+)?)("
    + "|".join(sorted((TEXT_KINDS | _GATHERED) - {"text"}, key=lambda kind: (-len(kind), kind)))
    + r")(?:s|es)?\b",
    re.IGNORECASE,
)
# "the short version of the notes: ...": the text handed over, named by what it is a version of
_PLAIN = {"this": "text", "that": "text", "following": "text", "my": "text", "our": "text", "of": "text"}


def _plain_material(instruction: str) -> str:
    """``instruction`` with the kind of the text it hands over said plainly: "summarize this letter from my
    supplier" is read as "summarize this text from my supplier". The kind is what the text is, not what is asked
    of it: a letter to shorten is no letter to write, and the word would pull it to whoever writes letters; nor is
    the part of it named ("the history section", ``sections.plain_sections``) a topic."""

    def plain(found: re.Match[str]) -> str:
        pointer = found.group(1).split()[0].lower()
        return found.group(1) + _PLAIN.get(pointer, "texts")

    return plain_sections(_HANDED_KIND.sub(plain, instruction[:MAX_CLAIM_CHARS])) + instruction[MAX_CLAIM_CHARS:]


# A last sentence that only hands the text over ("... this policy? Here it is:", "Here you go:", "It reads:").
_PRESENTING = re.compile(
    r"(?<=[.?!])\s+(?:here\s+(?:it\s+is|they\s+are|you\s+go|goes)|here's\s+(?:it|the\s+[a-z]+)"
    r"|it\s+(?:says|reads|goes)|(?:see|pasted|copied)\s+below)[\s.!]*$",
    re.IGNORECASE,
)


def _unpresented(instruction: str) -> str:
    """``instruction`` without a last sentence that only hands its text over: it says nothing of the work."""
    return _PRESENTING.sub("", instruction[-MAX_CLAIM_CHARS:]) if len(instruction) <= MAX_CLAIM_CHARS else instruction


DATA_NUMBERS = 3
"""Material holding this many quantities or more, and ending with a question, is the data of that question."""


def _data_then_question(instruction: str, material: str) -> bool:
    """Whether a statement before the colon introduces the data of a question at the end of the material: "My
    grade is weighted: homework is 20% and I got 90, ... What's my overall grade?". The statement asks nothing
    (it is no claim to check); the question after the data is what is asked."""
    if not states(instruction) or not ends_asking(material):
        return False
    return len(_QUANTITY.findall(material[:MAX_NUMBER_SCAN])) >= DATA_NUMBERS


# Words of a lead that hands a text over or names the work on one ("Summary of this memo:", "My notes:").
_HANDING = MATERIAL_NOUNS | WORK_NOUNS | TEXT_KINDS | frozenset("this these following below above".split())
INTRO_WORDS = 6
"""A lead that only introduces the user or the question is at most this many words ("Nurse here, quick one")."""
ASKED_WORDS = 40
"""The question after such a lead is at most this many words: a longer body is a text handed over."""


def _introduces(lead: str, material: str) -> bool:
    """Whether the lead before a colon only introduces the user or the question ("Nurse here, quick one:",
    "Contractor here:", "Peds dose check:") and what follows asks it ("patient weighs 154 lb. what's that in
    kg?"): the lead asks for nothing and hands nothing over, so the question after it is what is asked."""
    words = WORD.findall(lead.lower())
    body = WORD.findall(material[: 2 * MAX_CLAIM_CHARS].lower())
    if not words or len(words) > INTRO_WORDS or not body or len(body) > ASKED_WORDS:
        return False
    asked = words[0] in ASKING and not tells_the_day(words)  # "Did a job today: ...": the user's day, no question
    if asked or opens_instruction([w for w in words if w not in _POLITE][:2]) or _HANDING & set(words):
        return False
    asked = material.rstrip().endswith("?") or body[0] in ASKING or opens_instruction(body[:2])
    return asked or orders_on_listed_figures(lead, material)  # "Price list: a 250k, b 180k. Calculate total"


def _mostly_numbers(material: str) -> bool:
    """Whether at least half the tokens of ``material`` (its opening) are numbers."""
    tokens = material[:MAX_NUMBER_SCAN].split()
    return bool(tokens) and 2 * sum(bool(_DIGIT.search(t)) for t in tokens) >= len(tokens)


def _lead(text: str) -> str | None:
    """The lead of "lead: body" when the lead is a few words and the body is a text of its own."""
    found = _LEAD.match(text)
    if found is None or not 1 <= len(found.group(1).split()) <= LEAD_WORDS:
        return None
    body = text[found.end() :]
    sentences = len(_SENTENCE_STOP.findall(body[:2_000]))
    return found.group(1).strip() if sentences >= 2 and len(body.split()) >= LEAD_BODY_WORDS else None


# Words by which a sentence points at a text that follows it ("What are the takeaways from this notice? <text>").
_POINTING_AHEAD = frozenset("this these here following below".split())
_TITLES = frozenset("mr mrs ms dr st prof sr jr".split())
_FIRST_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=\d)){3,300}(?:[.!?]|\n)")  # "12.5 hrs": a decimal ends none


_IT = frozenset({"it", "them"})


def _pointing_sentence(text: str) -> str | None:
    """The first sentence of a request when it asks or instructs about a text it points at and that text follows
    it without a colon: "Can you boil this down to two sentences? The pool will close... Lessons move...", or when
    it names a text to write and the facts it is to say follow ("Write a welcome post for our page. The first
    meeting is on 3 March."). A statement first ("This bridge opened in 1890. It is...") is no instruction:
    ``None``, as for anything else."""
    found = _FIRST_SENTENCE.match(text.lstrip())
    if found is None:
        return None
    whole = found.group(0).strip()
    lead = polite_ask(whole)  # "Quick favour before I go, could you ...": the ask itself
    body = text.lstrip()[found.end() :]
    words = WORD.findall(lead.lower())
    titled = words[-1:] != [] and words[-1] in _TITLES and lead.endswith(".")  # "... a bio for Dr. Lena Fischer"
    if len(words) <= 2 * LEAD_WORDS and not titled and names_text_to_write(lead) and states(body):
        # "Write a welcome post for our page. The first meeting is on 3 March.": the statements are its facts
        return lead
    # "Our residents' association minutes, could you shorten them? <the minutes>": the user's own text, named; and
    # "My husband wrote this for the newsletter and it's too long, can you condense it? <the text>": the text
    # pointed at before the ask, which the ask calls "it"
    pointed_before = (
        lead != whole and bool(_IT & set(words)) and bool(_POINTING_AHEAD & set(WORD.findall(whole.lower())))
    )
    if not (_POINTING_AHEAD & set(words) or OWN_TEXT.search(whole) or pointed_before) or len(words) > 2 * LEAD_WORDS:
        return None
    opening = [w for w in words if w not in _POLITE][:2]
    if not (lead.endswith("?") or opens_instruction(opening) or (words and words[0] in ASKING)):
        return None
    if is_code(body):
        return with_code_mark(lead)
    sentences = len(_SENTENCE_STOP.findall(body[:2_000]))
    return lead if sentences >= 2 and len(body.split()) >= LEAD_BODY_WORDS else None


def _without_code_blocks(text: str) -> str | None:
    """The words around a request's ``` blocks, marked as working on code ("KeyError when counting words, what am
    I missing (code)"): the code is what the words are about, whatever they say. ``None`` without a block, or
    without words beside it."""
    if "```" not in text[:MAX_NUMBER_SCAN]:
        return None
    masked, spans = mask(text)

    def kept(found: re.Match[str]) -> str:
        start, stop = spans[int(found.group(1))]
        return " " if text.startswith("```", start) else text[start:stop]

    rest = " ".join(PLACEHOLDER.sub(kept, masked).split())
    return with_code_mark(rest) if WORD.search(rest.lower()) else None


def _without_quotes(text: str) -> str:
    """``text`` without its long quoted passages, when words remain to route by."""
    masked, spans = mask(text)

    def kept(found: re.Match[str]) -> str:
        start, stop = spans[int(found.group(1))]
        quoted = text.startswith(_QUOTES, start) and stop - start >= 40
        return " " if quoted else text[start:stop]

    rest = " ".join(PLACEHOLDER.sub(kept, masked).split())
    return rest if len(rest.split()) >= 2 and rest != text.strip() else text.strip()


def is_claim(text: str, *, verb_known: bool = False) -> bool:
    """Whether ``text`` is a bare statement: one or two sentences that ask nothing (no question, no asking word
    or verb first, no "please"), with a finite verb (taken as given when ``verb_known``), and no material."""
    stripped = text.strip()
    if len(stripped) > MAX_CLAIM_CHARS or "?" in stripped or stripped.startswith(("`", *_QUOTES)):
        return False
    if "\n" in stripped or "`" in stripped or split_material(stripped)[1]:  # code, a list: material
        return False
    if len(_QUANTITY.findall(stripped)) >= MAX_CLAIM_NUMBERS:  # "$15k at 5% for 10 years": a sum's data
        return False
    words = WORD.findall(stripped.lower())
    if not CLAIM_WORDS[0] <= len(words) <= CLAIM_WORDS[1] or len(_SENTENCE_STOP.findall(stripped)) > 2:
        return False
    # ("bloke on my bus reckons ...": a word that would follow a verb follows a noun when someone is then reported
    # as saying something, "says", "reckons", "claims")
    named = words[0] not in QUESTION_PREPOSITIONS | _AFTER_VERB and bool(_REPORTING & set(words[2:8]))
    after_verb = words[1] in _AFTER_VERB and not named
    if words[0] in ASKING or words[0] in _CONDITIONS or after_verb or opens_instruction(words[:2]):
        return False
    if question_form(stripped) == "open":  # "In which year did the Wall fall": a question without its mark
        return False
    if _REQUESTING & set(words):
        return False
    if any(w in ACTION_VERBS for w in words):  # "..., then send it": an instruction further on
        return False
    if any(asks(s) for s in _SENTENCE_STOP.split(stripped)[1:]):  # "Our budget is £2,400. Work out 15% of it."
        return False
    if is_expression(stripped):  # "9 squared plus 4 cubed": a sum to work out, though "squared" ends in -ed
        return False
    if converts_units(stripped):  # "The table is 72 inches long, she wants it in cm": a measure asked in a unit
        return False
    return verb_known or any(w in _STATING or _past(w) for w in _outside_relative_clauses(words)[1:])


# Words that open a relative clause: the verb after one describes a noun ("a circle which has a radius of 5 cm"),
# it does not state anything; "whose" takes its noun first ("a circle whose diameter is 10 inches").
_RELATIVE = frozenset("which who that".split())


def _outside_relative_clauses(words: list[str]) -> list[str]:
    """``words`` without the verb that opens a relative clause: a noun phrase with one ("the circumference of a
    circle which has a radius of 5 cm") is no statement, while "The Earth, which has one moon, is round" still
    is, by its own verb."""
    kept: list[str] = []
    for i, word in enumerate(words):
        if i >= 1 and words[i - 1] in _RELATIVE or i >= 2 and words[i - 2] == "whose":
            continue
        kept.append(word)
    return kept


def _past(word: str) -> bool:
    """A regular past tense ("landed", "invented"), not a word that only ends the same ("hundred", "speed"), nor
    a participle that names ("a shop called Spoke & Chain") or works a number ("squared", "divided by")."""
    return (
        len(word) > 4
        and word.endswith("ed")
        and not word.endswith("eed")
        and word not in NUMBER_WORDS
        and word not in _NAMING
        and word not in ARITHMETIC_WORDS
    )


# Participles that give a name, not a statement's verb: "a bakery called Crumbs", "a cat named Tom".
_NAMING = frozenset("called named titled entitled dubbed nicknamed labelled labeled branded".split())
ARITHMETIC_WORDS = frozenset(
    """plus minus times multiplied divided by over add added subtract subtracted less squared cubed square cube
    root roots power powers raised to the of and percent half twice double triple factorial sum product
    difference quotient""".split()
)
"""The words an arithmetic expression is written with, besides its numbers ("nine times seven minus four")."""


def is_expression(text: str) -> bool:
    """Whether ``text`` is an arithmetic expression in words or symbols and nothing else: numbers, operators and
    the words that join them ("9 squared plus 4 cubed", "twelve times twelve divided by three")."""
    if not has_number(text) or len(text) > MAX_CLAIM_CHARS:
        return False
    words = WORD.findall(text.lower())
    operators = [w for w in words if w in _OPERATORS and w not in ("by", "to", "the", "of", "and")]
    return bool(operators) and all(
        w in _OPERATORS or w in NUMBER_WORDS or w in AMOUNT_WORDS or w in _ROUNDING for w in words
    )


# "3.14159 x 27", "12 x 4": the letter x between numbers is a times sign.
_OPERATORS = ARITHMETIC_WORDS | {"x"}
# How a result is to be rounded ("3.14159 x 27, rounded to two decimal places", "to the nearest whole number"): part
# of the sum asked for, not a statement's verb.
_ROUNDING = frozenset(
    """rounded round rounding decimal decimals places place dp nearest whole number significant sig figures figs
    pound pounds penny pence cent cents dollar dollars euro euros""".split()
)


def verb_head(instruction: str) -> str | None:
    """The verb phrase an instruction opens with: its action verb (after polite words such as "could you please")
    and the verb's object, up to the first preposition, clause word or punctuation ("Summarize this product
    review", "Write a short summary", "Look up"). ``None`` when the instruction opens otherwise (a question, a
    statement) or with a light verb ("give me...", "tell me..."), whose object alone does not say who acts."""
    words = instruction[:400].split()[: 4 * HEAD_WORDS]
    lowered = [w.lower() for w in words]
    start = next((i for i, w in enumerate(lowered) if w.strip(",") not in _POLITE), len(words))
    if lowered[start : start + 2] in (["help", "me"], ["help", "us"]) and start + 2 < len(words):
        start += 2  # "Help me write an email to ...": the verb after the help says who acts
    if not opens_instruction([w.strip(",.:;!?") for w in lowered[start : start + 3]]) or lowered[start] in _LIGHT:
        return None
    stop = start + 1
    if stop < len(words) and lowered[stop] in _PARTICLES and not lowered[start].endswith(_ENDS):
        stop += 1  # "look up", "sum up", "work out": the particle belongs to the verb
    while stop < len(words) and stop - start < HEAD_WORDS and not lowered[stop - 1].endswith(_ENDS):
        if lowered[stop].strip(",.:;!?") in _PHRASE_ENDS:
            break
        stop += 1
    return " ".join(words[start:stop]).rstrip(",.:;!?")


HEAD_WORDS = 6
"""At most this many words of an instruction's opening verb phrase are read apart."""
# Verbs that say little of the task on their own ("give me the gist", "tell me about", "make this polite").
_LIGHT = frozenset("give get make tell show let help have do put take find".split())
_PARTICLES = frozenset("up out over down off through into".split())
_ENDS = (",", ".", ":", ";", "!", "?")
# Words that end a verb's object: prepositions, and the words that open a clause of their own.
_PHRASE_ENDS = frozenset(
    """about of for to from in on at with into by over under between after before during as per than and or but
    that which who whom whose whether if how what when where why so because while""".split()
)


# "Make this email shorter", "make these notes into a paragraph": a light verb on a text the user gives asks for
# that text rewritten; the object says which text, the rest how.
_RECAST_OBJECTS = frozenset("this these that it my our the".split())
# Verbs that recast a given text into another form when "into" or "as" follows their object.
_RECASTING = frozenset("turn convert transform change rework reshape".split())
_INTO = frozenset(("into", "as"))


# Verbs that place something in a text to write ("Use the result in a caption", "Put that number in a tweet").
_PLACING = frozenset("use put include mention work fit drop".split())
_IN = frozenset(("in", "into"))


def _placed_in_text(words: list[str], lowered: list[str]) -> str | None:
    """ "Use the result in a one-line caption about ..." read as the text it asks for ("Write a one-line
    caption"): a placing verb, "in" or "into" after its object, and a kind of text named within a few words."""
    if not lowered or lowered[0] not in _PLACING:
        return None
    into = next((i for i, w in enumerate(lowered[1 : HEAD_WORDS + 1], 1) if w in _IN), None)
    if into is None:
        return None
    kind = next((i for i, w in enumerate(lowered[into + 1 : into + 1 + HEAD_WORDS], into + 1) if w in TEXT_KINDS), None)
    return None if kind is None else " ".join(["Write", *words[into + 1 : kind + 1]]).rstrip(",.:;!?")


def recast_head(instruction: str) -> str | None:
    """ "Make this sentence clearer" read as the rewrite it asks for ("Rewrite this sentence clearer"), and so is
    "Turn these notes into a paragraph" ("Rewrite these notes into a paragraph"); "Boil this down to 40 words" as
    the shortening it asks for ("Shorten this"): ``None`` unless the instruction opens (after polite words) with
    "make" and a word that points at a given text, with a verb that recasts a text ("turn", "convert") and "into"
    or "as" after its object, or with a verb that cuts a text "down"."""
    words = instruction[:200].split()[: 4 * HEAD_WORDS]
    lowered = [w.lower().strip(",.:;!?") for w in words]
    start = next((i for i, w in enumerate(lowered) if w not in _POLITE), len(words))
    verb, following = lowered[start : start + 1], lowered[start + 1 : start + HEAD_WORDS + 1]
    # "Turn these notes into a paragraph", "Convert my jottings into an email": a text recast into another form
    recast = verb != [] and verb[0] in _RECASTING and following[:1] != [] and _INTO & set(following[1:])
    pointed = verb == ["make"] and following[:1] != [] and following[0] in _RECAST_OBJECTS
    if verb != [] and verb[0] in CUTTING and "down" in following:
        # "Boil this email down to 40 words", "cut it down": a text made shorter, whatever the verb's picture
        rest = [w for w in words[start + 1 : start + 1 + following.index("down")] if w.lower() != "down"]
        return " ".join(["Shorten", *rest]).rstrip(",.:;!?")
    # "What does this letter boil down to?": asked of a text, the same shortening
    asked = lowered[:1] != [] and lowered[0] in ASKING
    cut = next((i for i, w in enumerate(lowered[1:HEAD_WORDS], 1) if w in CUTTING), None) if asked else None
    if cut is not None and lowered[cut + 1 : cut + 2] == ["down"]:
        return " ".join(["Shorten", *words[2:cut]]).rstrip(",.:;!?")
    placed = _placed_in_text(words[start:], lowered[start:])
    if placed is not None:
        return placed
    if not (recast or pointed):
        return None
    rest = words[start + 1 : start + HEAD_WORDS]
    return " ".join(["Rewrite", *rest]).rstrip(",.:;!?")
