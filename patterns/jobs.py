"""Jobs: when several sentences of a request are one job for one worker, not parts of their own.

Two shapes of request read as several sentences but ask for one thing:

- **Code and its symptom.** A request that holds code (a ``` block, or lines that open as code does) is a
  review of that code; the sentences around it that describe what goes wrong ("It's off by a few cents", "0.1 +
  0.2 should be 0.3", "why do I get a KeyError") are the symptom the review must explain, not questions for a
  calculator or a fact checker. ``about_the_code`` tells such a sentence from a separate job: a sentence that
  orders something (an action verb first) is a job of its own, and so is a question that neither describes a
  fault, nor points at the code, nor names anything the code names ("What is 15% of 80?").
- **A text to write and its facts.** "Write a short notice for the gym members. The sauna is out of order until
  Friday." names a kind of text to write (``names_text_to_write``); the statements after it are what the text
  must say, not tasks for a researcher.

Every scan reads a bounded opening of the text, linearly.
"""

from __future__ import annotations

import re

from patterns.contents import heads_contents
from patterns.courtesy import courteous_order
from patterns.forms import is_code
from patterns.lexical import NUMBER_WORDS
from patterns.material import ACTION_VERBS, ASKING, TEXT_KINDS, WORD, WORK_NOUNS, opens_instruction
from patterns.whereabouts import says_where_it_is

SCAN = 400
"""Only this much of a sentence is read for its words."""
CODE_SCAN = 4_000
"""Only this much of a code block is read for the names it defines and uses."""

# Words by which a sentence describes a fault: what goes wrong, what was expected instead.
_FAULT_WORDS = frozenset(
    """why wrong bug buggy error errors crash crashes crashing fail fails failing failed broken exception
    traceback instead expected expect expecting should shouldn't returns returned prints printed output outputs
    get gets getting got works work doesn't isn't won't keeps always never missing off slow hangs loops raises
    raised throws thrown undefined null nan""".split()
)
# A money amount or a percentage: beside one, "off", "get" and "work" say what a sum takes off or comes to.
_PRICED = re.compile(r"[$\u20ac\u00a3\u00a5]\s?\d|\d\s?%|\bper\s?cent\b", re.IGNORECASE)
_SUM_WORDS = frozenset("off get gets getting got work works".split())
# Words by which a sentence points at the code beside it.
_POINTING = frozenset("it this that these my mine our its".split())
_OWNING = frozenset("my mine our".split())
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_ERROR_NAME = re.compile(r"\b[A-Z][A-Za-z]*(?:Error|Exception)\b")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]{3,}")
# Filler before a sentence's first real word ("please", "so", "and", "ok").
_FILLER = frozenset("please so and ok okay well hi hey also but".split())


def has_code(text: str) -> bool:
    """Whether ``text`` holds code: a ``` block, or two lines or more that open as code does."""
    return is_code(text)


def about_the_code(sentence: str, code: str) -> bool:
    """Whether ``sentence``, beside ``code`` in one request, describes the code's behaviour rather than asking for
    a separate job: it orders nothing (no action verb first), and it describes a fault ("why", "wrong", "should",
    "instead", a ``KeyError``), points at the code ("it", "this", "my"), or names something the code names."""
    head = sentence[:SCAN]
    words = [w for w in WORD.findall(head.lower()) if w not in _FILLER]
    if not words or opens_instruction(words[:2]):
        return False
    found = set(words)
    if _PRICED.search(head):  # "What's 35% off £240?", "what do I get for €50?": a sum's words, no fault's
        found -= _SUM_WORDS
        if len(_FIGURE.findall(head)) > 1:
            # "What's my margin if a plate costs me $3.85 and sells for $12?": the user's own figures, a sum of its
            # own; "my" and "our" own the figures, they point at no code
            found -= _OWNING
    if found & (_FAULT_WORDS | _POINTING) or _ERROR_NAME.search(head):
        return True
    names = {n.lower() for n in _IDENTIFIER.findall(code[:CODE_SCAN])}
    return bool(found & names)


# Verbs that ask for a text to be written.
WRITING_VERBS = frozenset("write draft compose pen prepare create craft put".split())
# Words before the verb that only ask politely ("could you please").
# (and the hedges a request may open with: "Reckon you could write ...", "Do you think you could draft ...", "Any
# chance you could ...")
_POLITE = frozenset("please kindly can could would will you just help me us reckon think do suppose any chance".split())
# "I'd like a brief email to ...", "I need a note for ...": a text asked for by what the user wants.
_WANTING = re.compile(
    r"^(?:(?:please\s+)?(?:i'd|i\s+would|we'd|we\s+would)\s+like|i\s+need|we\s+need|i\s+want|we\s+want"
    r"|(?:can|could)\s+(?:i|we)\s+(?:get|have))\s+(?:a|an|some)\s+",
    re.IGNORECASE,
)
KIND_WORDS = 6
"""The kind of text is named within this many words of the verb (or of "I'd like a")."""


# Plain verbs that make a text only when a text follows ("make a poster", "do me a sign").
_MAKING = frozenset("make do".split())


def names_text_to_write(sentence: str) -> bool:
    """Whether ``sentence`` asks for a text of a named kind to be written: "Could you write a short notice for
    the gym members", "Write a message to my book club", "I'd like a brief email to the cleaning crew", "A
    reminder for the team, please?"."""
    head = sentence[:SCAN].strip()
    if _AWAY_REPLY.match(head):
        return True  # "Write my out of office": a reply of the user's own, named by what it says
    wanted = _WANTING.match(head)
    if wanted is not None:
        return bool(TEXT_KINDS & set(WORD.findall(head[wanted.end() :].lower())[:KIND_WORDS]))
    if names_kind_alone(head):
        return True  # "lost cat poster.", "flyer for our bake sale": the text asked for by its name alone
    words = WORD.findall(head.lower())
    if words[:1] in (["a"], ["an"]) and TEXT_KINDS & set(words[1:4]):
        # "A reminder for the team, please?": a text asked for by its name alone, as a request
        return "please" in words or head.endswith("?")
    # "Would you mind drafting an email to ...": the courtesy's -ing verb read as the order's
    words = courteous_order(words, WRITING_VERBS | _MAKING | _SENDING) or words
    start = next((i for i, w in enumerate(words) if w not in _POLITE), len(words))
    if words[start : start + 1] != [] and words[start] in _SENDING:
        return _sends_a_message(words[start + 1 : start + 1 + KIND_WORDS]) or _only_whom(words[start + 1 :])
    if words[start : start + 1] == [] or words[start] not in WRITING_VERBS | _MAKING:
        return False
    if words[start] == "put" and words[start + 1 : start + 2] != ["together"]:
        return False
    if words[start] in _MAKING and words[start + 1 : start + 2] not in (["a"], ["an"], ["me"], ["us"]):
        return False  # "make a poster", "do me a sign"; not "make this email shorter", a rewrite
    return bool((TEXT_KINDS | _DISPLAYED | _WRITTEN) & set(words[start + 1 : start + 1 + KIND_WORDS]))


# Verbs that send a message ("Email my client Dana a friendly nudge", "Text the team a quick heads-up").
_AWAY_REPLY = re.compile(
    r"^\W*(?:(?:please|can you|could you)\s+)?(?:write|draft|do|set up|make|put together)\s+(?:me\s+|us\s+)?"
    r"(?:my|our|an?|the)\s+(?:[\w-]+\s+){0,2}?(?:out[- ]of[- ]office|auto-?reply|away message)\b",
    re.I,
)
_SENDING = frozenset("email e-mail text message dm".split())
# Whom a message is not written for: sent to the user, it is a delivery ("Text me a reminder at 5").
_SELF = frozenset("me us myself".split())


def _sends_a_message(after: list[str]) -> bool:
    """Whether the words after a verb of sending name whom to and then what ("my client Dana a friendly nudge"):
    the message is the text to write, and the statements after it are its facts."""
    if not after or after[0] in _SELF or after[0] in ("a", "an"):
        return False
    return "a" in after[1:] or "an" in after[1:]


# Words after whom a message goes to that ask nothing more ("Email Mr Patel for me please."), and words by which the
# verb sends something else or the user ("Email it to Sam", "Text me").
_COURTESY = frozenset("for me us please pls thanks asap today now quickly".split())
_NOT_WHOM = frozenset("to it this that them these those me us myself about saying".split())


def _only_whom(after: list[str]) -> bool:
    """Whether the words after a verb of sending name only whom to, then courtesy that ends the ask ("Mr Patel for
    me please"): the statements after the sentence are the message's facts. Without the courtesy ("Email the
    team") the words may go on to what is sent, and name no message."""
    end = len(after)
    while end and after[end - 1] in _COURTESY:
        end -= 1
    whom = after[:end]
    return end < len(after) and 0 < len(whom) <= 4 and not _NOT_WHOM & set(whom)


# "Max 50 words.", "Under 100 words please", "no more than 3 sentences", "2 paragraphs tops": how long a text is to
# be, said on its own after the request for it.
_LIMIT = re.compile(
    r"^(?:please\s+)?(?:(?:keep|make)\s+it\s+)?(?:(?:max(?:imum)?|under|below|up\s+to|no\s+more\s+than|less\s+than"
    r"|fewer\s+than|at\s+most|about|around|roughly|exactly)\s+)?(?:\d{1,4}|one|two|three|four|five|six|ten|twenty|fifty"
    r"|a\s+hundred|hundred)[\s-]?(?:words?|sentences?|characters?|chars|lines?|paragraphs?|bullets?|bullet\s+points)"
    r"(?:\s+(?:max(?:imum)?|or\s+(?:less|fewer|under)|tops|long|please|pls|thanks))?(?:\s+(?:please|pls|thanks))?[\s.!]*$",
    re.IGNORECASE,
)


# The same length said after a text's name ("LinkedIn post in exactly two sentences", "card, 30 words max").
_SIZED = re.compile(
    r"(?:\s*[,(\u2013\u2014-]\s*|\s+)(?:in\s+|of\s+)?(?:(?:max(?:imum)?|under|below|up\s+to|no\s+more\s+than|less\s+than"
    r"|fewer\s+than|at\s+most|about|around|roughly|exactly|just)\s+)?(?:\d{1,4}|one|two|three|four|five|six|ten|twenty"
    r"|fifty|a\s+hundred|hundred)[\s-]?(?:words?|sentences?|characters?|chars|lines?|paragraphs?)(?:\s+(?:max(?:imum)?"
    r"|or\s+(?:less|fewer|under)|tops|long))?\)?$",
    re.IGNORECASE,
)


def limits_the_text(sentence: str) -> bool:
    """Whether ``sentence`` only says how long the text asked for before it is to be ("Max 50 words.", "Under 100
    words please", "no more than 3 sentences"): a remark on that text, no job of its own."""
    return _LIMIT.match(sentence.strip()[:SCAN]) is not None


# Words that only size or colour a text named first ("a short note for...", "quick message to..."), and the
# words after its name that say whom or what it is for.
_SIZING = frozenset("a an the short quick brief little friendly polite formal one-line two-line nice".split())
_ADDRESSED_TO = frozenset("for to about announcing inviting thanking asking telling saying reminding".split())


# Texts put up rather than sent ("lost cat poster", "garage sale sign"): a kind only where it ends the name, as
# "sign" and "poster" are other words elsewhere ("sign the form", "the poster says ...").
_DISPLAYED = frozenset("poster sign banner placard".split())
# Kinds of text named only after a verb that writes them ("Write a short reference for Tom"): alone, the word may
# mean something else ("the code, for reference").
_WRITTEN = frozenset("reference testimonial eulogy obituary essay headline pitch".split())
_THANKED = re.compile(r"[\s,]+(?:please|pls|plz|thanks|thank\s+you|ta)\W*$", re.IGNORECASE)
# Words by which a name is the user's own text ("my poem", "the email"), one already written, not one to write.
_OWNED = frozenset("my our your his her their this that these those the".split())
KIND_NAME_WORDS = 4
"""A text asked for by its name alone is named in at most this many words ("lost cat poster")."""


def names_kind_alone(phrase: str) -> bool:
    """Whether ``phrase`` is only the name of a text to produce, no verb: a few words ending in its kind ("lost
    cat poster", "bake sale flyer", "garage sale sign") or the kind and whom or what it is for (``asks_by_kind``).
    The facts the text is to say follow it ("lost cat poster. ginger tom called ..."): asking for the text is
    all such a phrase can mean."""
    # "LinkedIn post in exactly two sentences", "Thank-you note, 50 words max": how long it is, no part of its name
    text = _SIZED.sub("", phrase[:SCAN].strip().rstrip(".!"))
    text = _THANKED.sub("", text)  # "LinkedIn post please": the kind still ends the name
    if asks_by_kind(text):
        return True
    words = WORD.findall(text.lower())
    if not words or words[0] in _OWNED or words[0] in ASKING or opens_instruction(words[:2]):
        return False
    # the kind ends the name ("lost cat poster") or says next whom or what it is for ("leaving card message for
    # Tom"); "sign" first is the verb ("sign for the parcel")
    kinds = [i for i, w in enumerate(words[:KIND_NAME_WORDS]) if w in TEXT_KINDS | _DISPLAYED]
    at = kinds[-1] if kinds else None  # "leaving card message": the last of the kind words names it
    if at is None or (at == 0 and words[0] == "sign"):
        return False
    if at == len(words) - 1:
        return len(words) > 1 and text.lower().endswith(words[-1])
    return words[at + 1] in _ADDRESSED_TO


def asks_by_kind(instruction: str) -> bool:
    """Whether ``instruction`` asks for a text by naming its kind and whom or what it is for, with no verb
    ("message for the ward group chat", "short note to the neighbours about the skip", "slogan for our
    bookshop"): the name is the request, as "write a message for..." would be."""
    words = WORD.findall(instruction[:SCAN].lower())
    start = next((i for i, w in enumerate(words) if w not in _SIZING), len(words))
    named = words[start : start + 2]
    return len(named) == 2 and named[0] in TEXT_KINDS and named[1] in _ADDRESSED_TO


# Verbs and nouns by which a clause opens with writing a message ("Write an email to the staff, and ask ...").
_MESSAGE_VERBS = frozenset("write draft compose pen prepare send create craft email text".split())
_MESSAGES = frozenset(
    """email e-mail note message letter memo announcement post text notice invitation invite reminder newsletter
    update reply card sms dm""".split()
)
_ASKING_POLITELY = frozenset("please kindly can could would will you just".split())


def writes_message(clause: str) -> bool:
    """Whether ``clause`` opens (after polite words) with writing a message: "Write an email to the staff",
    "Could you draft a note to the team"; what the message then asks of its readers belongs to it."""
    words = WORD.findall(clause[:200].lower())[:12]
    start = next((i for i, w in enumerate(words) if w not in _ASKING_POLITELY), len(words))
    return (
        words[start : start + 1] != [] and words[start] in _MESSAGE_VERBS and bool(_MESSAGES & set(words[start + 1 :]))
    )


# Verbs that make a text from what the user gives ("Make a bullet list of ...: water, sun cream").
_COMPOSING = frozenset("write make turn compose create draft convert prepare craft".split())
_NOTE_BREAK = re.compile(r"[;,\n]|\s[-\u2022]\s")
# In one sentence of points, "and" parts two as a comma does ("swimming kit on Monday and forms due by Friday").
_POINT_BREAK = re.compile(r"[;,\n]|\s[-\u2022]\s|\sand\s")
_FULL_STOP = re.compile(r"[.!?](?:\s+[A-Z]|\s*$)")
NOTE_WORDS = 12
"""A note is at most this many words; a longer stretch is a sentence of a text."""


def are_notes(material: str) -> bool:
    """Whether ``material`` is notes, not a text: two items or more, each a few words ("water, sun cream, a packed
    lunch"; "bake sale on Saturday; stalls from 10"), with no more than one full stop between them."""
    head = material[:SCAN].strip()
    items = [i for i in _NOTE_BREAK.split(head) if i.strip()]
    if len(items) < 2 or len(_FULL_STOP.findall(head)) > 1:
        return False
    return all(len(i.split()) <= NOTE_WORDS for i in items)


def composes_from_notes(instruction: str, material: str) -> bool:
    """Whether a request asks for a text to be made (written, made, turned into...) from notes it gives: "Make
    a bullet list of what to bring on Saturday's hike: water, sun cream, a packed lunch". Notes are no text to
    shorten or review; they are what a new text is made of."""
    words = [w for w in WORD.findall(instruction[:SCAN].lower()) if w not in _POLITE]
    if words and words[0] not in _COMPOSING and _names_the_text(words):
        # "A quick message to the group chat: training's off tonight, we'll train Thursday", "Give me three bullet
        # points for the volunteers: arrive by eight, wear the blue shirt": a text named by its kind, and a single
        # sentence of points to make it from
        return _one_sentence_of_points(material)
    if not words or words[0] not in _COMPOSING:
        return False
    # "Write 3 bullet points for the wiki: book through Outlook, the rooms are on floor 4, cancel if ...": asked
    # to write, a single sentence of comma-separated points is what to write from: there is no text to shorten
    return are_notes(material) or (words[0] in WRITING_VERBS and _one_sentence_of_points(material))


# What a text is named by when it is asked for without a verb of writing ("Two short paragraphs for ...").
_NAMED_KINDS = TEXT_KINDS | frozenset("bullet bullets points paragraphs lines sentences".split())
# Verbs that ask for a given text to be shortened or read ("Give me the gist", "boil down"): no text to make.
_READING = WORK_NOUNS | frozenset("summarize summarise shorten condense explain check review".split())


def _names_the_text(words: list[str]) -> bool:
    """Whether ``words`` (an instruction's, polite words left out) open by naming a text to make, with a light verb
    or none ("Give me three bullet points for ...", "A quick message to ...", "Two short paragraphs for ..."), and
    name no summary or reading of a text given ("Give me the gist", "three bullet points summarising")."""
    head = words[:KIND_WORDS]
    light = head[:1] in (["give"], ["get"], ["a"], ["an"]) or (head != [] and head[0] in NUMBER_WORDS)
    # "Announcement for the club WhatsApp as 3 bullet points: ...": the kind itself first, and whom it is for
    light = light or asks_by_kind(" ".join(head))
    return light and bool(_NAMED_KINDS & set(head)) and not _READING & set(words) and "this" not in head


def _one_sentence_of_points(material: str) -> bool:
    """Whether ``material`` is one sentence (no full stop before its end) of two points or more."""
    head = material[:SCAN].strip()
    if len(head) >= SCAN or _FULL_STOP.search(head.rstrip(".!? ")) is not None:
        return False
    return len([i for i in _POINT_BREAK.split(head) if i.strip()]) >= 2


# Verbs that open an order about the text itself, not a fact for it: "Have it reviewed and improved", "Keep
# refining it until it's good", "Let me see two versions".
_ABOUT_THE_TEXT = frozenset("have get keep iterate repeat continue let".split())


def orders_the_text(sentence: str) -> bool:
    """Whether ``sentence`` opens with an order about the text to write ("Have it reviewed and improved")."""
    found = WORD.match(sentence[:SCAN].strip().lower())
    return found is not None and found.group(0) in _ABOUT_THE_TEXT


# "My son insists it's Sydney", "my teacher said 1991", "My dad is sure it was Michelangelo": someone's guess at
# the answer to the question before it; "It's for my kids": what the question is for.
_GUESSED_ANSWER = re.compile(
    r"^[a-z' ]{0,40}?\b(?:says|said|insists|insisted|thinks|thought|claims|claimed|reckons|swears|swore|believes"
    r"|bets|guesses|guessed|is\s+sure|was\s+sure|is\s+convinced)\s+(?:that\s+)?"
    r"(?:it's|it\s+is|it\s+was|that's|he's|she's|they're|it\s+has|it\s+had|\d"
    # "my daughter's homework says seven but her friend says six": a count said in words is a guess too
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)"
    r"|^(?:it's|it\s+is|this\s+is|that's|these\s+are)\s+(?:just\s+|only\s+)?for\b",
    re.IGNORECASE,
)


# "Everyone in the pub quiz said Sydney", "People online say Mercury": someone's answer, a name or two, and nothing
# after it.
_NAMED_GUESS = re.compile(
    r"^[a-z' ]{0,40}?\b(?:say|says|said|insist|insists|insisted|think|thinks|thought|reckon|reckons|guessed|swear"
    r"|swears|swore|bet|bets|went\s+with|answered|put)\s+(?:the\s+)?[A-Z0-9][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}[.!]?$"
)


def guesses_the_answer(sentence: str) -> bool:
    """Whether ``sentence``, after a question, only says what someone guesses its answer is ("My friend says
    it's 20 million", "my teacher said 1991", "Everyone in the pub quiz said Sydney") or what the question is
    for ("It's for my kids")."""
    head = sentence.strip()[:SCAN]
    return _GUESSED_ANSWER.match(head) is not None or _NAMED_GUESS.match(head[:1].lower() + head[1:]) is not None


# Words a remark after a question opens with: the user and theirs ("I want the total", "we had a nice meal", "my
# son says Sydney"), what they are about to do ("deciding whether to pack an umbrella", "need to buy edging"), or
# how they want the answer ("just the interest pls"); or the user's own, with the "I" left out ("Haven't seen it
# yet", "Never watched it"). A question opens with an asking word, an order with its verb.
_REMARKING = frozenset(
    """i i'm im i've we we're we've my our me us need needs just only want wanting so because since cause bc as
    asking deciding trying planning wondering hoping thinking going heading haven't havent hasn't never didn't didnt
    not got gotta""".split()
)
_ADDRESSED = frozenset("you u ya".split())
_ANOTHER = frozenset("also too plus another separately second additionally".split())
REMARK_WORDS = 16
"""A remark on a question is at most this many words: a longer sentence says more than why it is asked."""


def remarks_on_the_question(sentence: str) -> bool:
    """Whether ``sentence``, after a question, only says something of the user or of why they ask ("we had a nice
    meal", "need to buy edging", "I want the total"): it carries no job of its own, so it stays with the question.
    Not a sentence that asks (a "?"), orders someone ("I need you to check ..."), names a text to write or work to
    do on one, holds material, or announces another part ("I also need ...")."""
    text = sentence.strip()[:SCAN]
    words = WORD.findall(text.lower())
    if not words or len(words) > REMARK_WORDS or "?" in text:
        return False
    if says_where_it_is(text):  # "The link is in Slack.": where the text asked about is, for its agent to know
        return True
    # "deciding whether to pack an umbrella", "making soup tonight": what the user is doing, unless it orders
    # something after all ("Using the result, compute ...")
    doing = words[0].endswith("ing") and not ACTION_VERBS & set(words)
    if words[0] not in _REMARKING and not doing:
        return False
    if any(mark in text for mark in ('"', "`", "\u201c", ":")) or _ANOTHER & set(words):
        return False
    if (TEXT_KINDS | WORK_NOUNS) & set(words) or names_text_to_write(text):
        return False
    ordering = any(w in ACTION_VERBS and words[i - 1] in _ADDRESSED for i, w in enumerate(words) if i > 0)
    return not ordering and not opens_instruction([w for w in words if w not in _REMARKING][:2])


# "... and tell me if it's safe to merge", "... and let me know whether I need to reply": the verdict on what was
# just worked on, or what it means for the user; "... and tell me what to fix": what it found, as advice.
# ("... and tell me whether it's true that groomers must be licensed": the "it" of a claim, a question of its own)
_CLAIMED = r"(?!(?:'s|\s+is)\s+(?:true|correct|right|a\s+fact)\s+that\b)"
_VERDICT_ASKED = re.compile(
    rf"(?:tell|show)\s+(?:me|us)\s+(?:if|whether)\s+(?:it\b{_CLAIMED}|(?:this|that|they|these|those|i|we)\b)"
    rf"|let\s+(?:me|us)\s+know\s+(?:if|whether)\s+(?:it\b{_CLAIMED}|(?:this|that|they|these|those|i|we)\b)"
    # "... and tell me what's wrong with it", "... and tell me what to fix": what the review found, said as advice
    r"|(?:tell|show)\s+(?:me|us)\s+(?:what(?:'s|\s+is)\s+wrong|what\s+(?:to|i\s+should|we\s+should)\s+"
    r"(?:fix|change|improve)|how\s+to\s+fix)\b",
    re.IGNORECASE,
)


def asks_a_verdict(clause: str) -> bool:
    """Whether ``clause`` opens by asking whether what was just worked on holds up ("tell me if it's safe") or
    what it means for the user ("let me know whether I need to reply"): the verdict of that same job."""
    return _VERDICT_ASKED.match(clause.strip()[:SCAN]) is not None


STATEMENT_WORDS = 4
"""A statement of facts has at least this many words."""


def states(sentence: str) -> bool:
    """Whether ``sentence`` states something rather than asking or ordering: four words or more, no question mark,
    no asking word or action verb first."""
    text = sentence.strip()
    words = WORD.findall(text[:SCAN].lower())
    if len(words) < STATEMENT_WORDS or text.endswith("?") or words[0] in _ABOUT_THE_TEXT:
        return False
    return words[0] not in ASKING and not opens_instruction(words[:2])


_ADVERB = re.compile(r"^(?:next|finally|lastly)\s+(?=[^\s,])", re.IGNORECASE)


def tells_what_is_next(after: str) -> bool:
    """Whether ``after`` (the text after a comma) opens with "next" or "finally" inside a statement: "next session
    is Saturday 10am", "next one is at 7pm", "finally the pitch dried out". Only an instruction after it ("next,
    summarize it", "finally convert it to euros") makes it a step of the request."""
    found = _ADVERB.match(after)
    return found is not None and states(after[found.end() :])


__all__ = [
    "TEXT_KINDS",
    "WRITING_VERBS",
    "about_the_code",
    "are_notes",
    "asks_a_verdict",
    "composes_from_notes",
    "guesses_the_answer",
    "has_code",
    "limits_the_text",
    "names_kind_alone",
    "names_text_to_write",
    "orders_the_text",
    "says_what_it_covers",
    "states",
    "tells_what_is_next",
    "writes_message",
]


# What a text to write is to cover, said after the job names it: "I want to cover ...", "It should mention ...".
_SAYS_WHAT_IT_COVERS = re.compile(
    r"^\W*(?:i(?:'d| would)? (?:want|like|need)(?: (?:it|the \w+))? to|(?:it|the \w+|this) (?:should|needs to|must|has "
    r"to|can))\s+(?:cover|include|mention|touch on|talk about|go over|focus on|explain)\b"
    # "Mention there'll be tea and cake.", "Make sure you say ...": what to put in it, ordered of the text's writer
    r"|^\W*(?:please\s+)?(?:also\s+)?(?:(?:make\s+sure|be\s+sure)\s+(?:to|you)\s+|(?:don't|do\s+not)\s+forget\s+to\s+"
    r"|remember\s+to\s+)?(?:mention|include|say|note|point\s+out|add\s+that|stress|explain\s+that)\b",
    re.I,
)
# "Give me an outline for a talk on ...", "a structure for a speech": an outline is written as a text is, though it
# is no kind of text
_OUTLINE_ASKED = re.compile(
    r"^\W*(?:(?:can|could|would) (?:you|u)\s+)?(?:please\s+|pls\s+)?(?:(?:give|get|make|write|draft|do|put together)\s+"
    r"(?:me\s+|us\s+)?an?\s+(?:[\w-]+\s+){0,2}(?:outline|agenda|structure|skeleton|running order)\b"
    r"|(?:outline|plan)\s+(?:me\s+|us\s+)?(?:a|an|the|my|our)\s)",
    re.I,
)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def says_what_it_covers(sentence: str, job: str) -> bool:
    """Whether ``sentence`` says what the text ``job`` asks for is to cover ("Give me an outline for a talk on
    staying safe online." then "I want to cover passwords and phishing."): the job's material, no job of its own."""
    if _SAYS_WHAT_IT_COVERS.match(sentence) is None and not heads_contents(sentence):
        return False
    # "Our AGM is on 19 November. Can you write the invitation to members?": the job's last sentence names the text
    asked = _SENTENCE_BREAK.split(job.strip()[-SCAN:])[-1]
    return any(names_text_to_write(s) or _OUTLINE_ASKED.match(s) is not None for s in {job, asked})
