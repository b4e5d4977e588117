"""Lists: the items of a request that lists its parts.

A request may list its parts as a numbered list ("1) what's 1,250 minus 387, 2) who painted the Mona Lisa"), as
numbered steps ("Step 1: ... Step 2: ..."), as bullets, or after a lead that announces them ("Three quick things: a
15% tip on $48, the capital of Canada, and check the claim that ..."). Each item is a part of its own, whatever its
first word: "the capital of Canada" is no verb, but it is asked for all the same, because the lead said it is one
of the things.

The lead announces only when it is made of counting and asking words around a list noun ("things", "questions",
"tasks"): "Write a note: the car park shuts at 6, bring a coat, and ..." is a text and its facts, not a list of
jobs. An announced count must match the items found (commas first, then the last "and"), so a comma inside an
item ("the 1,250 tickets") or a list that says less than it announced stays whole rather than cut at random.

Every scan here is linear.
"""

from __future__ import annotations

import re
import unicodedata

from patterns.material import ASKING, LIST_NOUNS, OPEN, TEXT_KINDS, WORD, opens_instruction
from patterns.part_counts import only_counts_the_parts
from patterns.sign_offs import without_sign_off

_NUMBER = re.compile(r"(?:^|\s)(\d{1,2})[.)](?=\s+\S)")  # the space after is not consumed: "of 50. 2. Write"
# "(1) what's 7.5% of 18,400? (2) write ...", "a) 12 x 7.5  b) 20% of 365": items marked in brackets, or by letters
_MARKED = re.compile(r"(?:^|(?<=\s))(?:\((?P<n>\d{1,2}|[a-h])\)|(?P<l>[a-h])\))(?=\s+\S)", re.IGNORECASE)
# "Step 1: summarise this. Step 2: write a reply based on the summary.": steps numbered in the running text
_STEP = re.compile(
    r"(?:^|(?<=\s))(?:step|part|task)\s+(?P<n>\d{1,2}|one|two|three|four|five|six)\s*(?:[:.)]|\s[-\u2013\u2014])\s*(?=\S)",
    re.I,
)
_STEP_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# Blank lines before a bullet stay with the piece before: "^\s*" would rescan every following blank line.
_BULLET = re.compile(r"(?m)^[^\S\n]*[-*\u2022]\s+(?=\S)")

# "Two things please.", "A couple of quick questions for you:": a sentence that only announces the parts after it.
_ANNOUNCING = frozenset(
    """a an one two three four five couple few some several quick small more other of for you please here are is i
    i've have got my need want would like ask i'm we we've juggling sorting doing""".split()
    # how small the parts are, in other Englishes: "Two wee things.", "A couple of little questions."
    + "wee little tiny brief short".split()
    # a greeting or a filler before the count: "Hey so two things!", "Hi, two quick questions.", "Okay so three"
    + "hey hi hiya hello morning afternoon evening so ok okay right alright then".split()
    # the one asked, named after the count: "Two things mate.", "Couple of jobs for you guys", "Three questions, folks"
    + "mate mates guys folks team pal buddy boss love friend everyone all ya yous".split()
    # a courtesy after it: "Two things if you would.", "Three questions if you don't mind", "if possible"
    + "if don't mind possible can".split()
    # the ask the count is the object of: "Could you do two things for me please.", "Can you help me with a few?"
    + "could do me us help with pls plz thx cheers ta".split()
    # asked as an order: "Kindly answer two things:", "Tell me two things:", "Answer me these two"
    + "kindly answer tell these".split()
)
_COUNTS = {"two": 2, "couple": 2, "pair": 2, "three": 3, "four": 4, "five": 5}

# "Three quick things: a, b, and c": the lead, then the items. The lead is short and has no sentence end in it.
# A dash may end it as a colon does ("Three jobs for the care home please — a, b and c").
_LEAD = re.compile(r"^\s*([^:\n.?!\u2013\u2014]{1,60}?)(?::|[^\S\n]+[\u2013\u2014-])[^\S\n]+(?=\S)")
# Between items: a comma and a space (not the comma of "1,250"), with the "and"/"or" of the last item.
_ITEM_COMMA = re.compile(r",\s+(?:(?:and|or)\s+)?", re.IGNORECASE)
_LAST_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
# An item that names a thing rather than saying a clause ("the average of ...", "a haiku about rain", "15% of 80"):
# what a semicolon parts may be a clause whose first word no table knows as a verb ("name a rhyme for orange").
_NAMED_THING = re.compile(r"\s*(?:(?:the|a|an)\s|[$\u20ac\u00a3]?\d)", re.IGNORECASE)
# Between items parted by semicolons ("a; b; and c"), with the "and"/"or" of the last item.
_ITEM_SEMICOLON = re.compile(r"\s*;\s+(?:(?:and|or)\s+)?", re.IGNORECASE)
# An item list is one sentence: a sentence end inside it means the lead introduced something else.
_SENTENCE_INSIDE = re.compile(r"[.?!]\s+\S")


def announces_list(text: str) -> bool:
    """Whether ``text`` only announces the parts after it ("Two things please.", "Quick questions for you")."""
    if _DO_THESE.match(text[:120]) or _AT_ONCE.match(text[:120]):
        return True  # "Do these two at the same time please.", "Same time."
    # read with its accents off, so a word of address in another tongue is one word ("mon frère"), not two halves
    words = WORD.findall(unicodedata.normalize("NFKD", text[:120].lower()).encode("ascii", "ignore").decode())
    # "Three quick ones.", "Two bits.", "A few quick ones.": words for the parts that only a count makes a list noun
    counted = _count(text[:120]) is not None or bool(_SOME & set(words))
    nouns: frozenset[str] = LIST_NOUNS | (_PART_NOUNS if counted else frozenset[str]())
    if words[:1] in (["sorry"], ["apologies"], ["soz"]) and set(words) <= _OWN_LENGTH:
        return True  # "sorry for the essay lol": a word on the message's length before its parts, no part
    if len(words) <= 10 and bool(nouns & set(words)) and set(words) <= nouns | _ANNOUNCING:
        return True
    if _addressed_count(text[:120], words, nouns):
        return True
    if _from_or_for(text[:120], words, LIST_NOUNS):  # not "Three quick ones about Hamlet": "ones" may be the play's
        return True
    # "Two things while it's quiet.", "Three questions before I forget.": when the user asks says no part either
    when = _WHEN.split(text[:120], maxsplit=1)
    if len(when) == 2 and _passing(when[1]) and announces_list(when[0]):
        return True
    # "I'm a data analyst and I'm juggling two things.": who the user is, then the announcement, says no part either
    joined = _LAST_AND.split(text[:120])
    return len(joined) == 2 and announces_list(joined[1]) and not announces_list(joined[0]) and _is_self(joined[0])


# "Same time.", "Both at once please.", "Together please.": only how to take the parts that follow
_AT_ONCE = re.compile(
    r"^\W*(?:(?:please|pls)\s+)?(?:(?:both|all|them|these)\s+)?(?:in\s+the\s+same\s+time|at\s+the\s+same\s+time|"
    r"same\s+time|at\s+once|in\s+parallel|together|simultaneously)(?:\s+(?:please|pls))?\W*$",
    re.IGNORECASE,
)
# "Do these two at the same time please", "Handle both at once": how to take the parts, no part of its own
_DO_THESE = re.compile(
    r"^\W*(?:(?:please|can\s+you|could\s+you)\s+)?(?:do|handle|answer|run)\s+(?:these|the|both|all)"
    r"(?:\s+(?:two|three|four|five|2|3|4|5))?(?:\s+(?:things|questions|jobs|tasks|bits))?"
    r"(?:\s+(?:at\s+the\s+same\s+time|at\s+once|in\s+parallel|together|simultaneously))?(?:\s+please)?\W*$",
    re.IGNORECASE,
)
# "a few quick ones", "several questions": a count that names no number makes the parts' words list nouns too
_SOME = frozenset("few several handful".split())


def _addressed_count(text: str, words: list[str], nouns: frozenset[str]) -> bool:
    """Whether ``text`` is a counted announcement ended by one word that says nothing of the parts: whom it is said
    to, or a courtesy, in any English ("Need two things boet.", "Two thing pls", "Two questions chief"). The word is
    no verb, so the count is not the subject of a statement ("Two things remained", "Two questions count")."""
    if not 2 <= len(words) <= 8 or "?" in text or len(re.findall(r"\d+", text)) > 1:
        return False
    for width in (1, 2):  # "Two questions chief", "Two questions mon frère"
        said, address = words[:-width], words[-width:]
        if not nouns & set(said) or not set(said) <= nouns | _ANNOUNCING or set(address) & _STATING:
            continue
        if _count(text) is None and not _SOME & set(said):
            return False
        verb_like = any(w.endswith(("ed", "ing", "en")) or w in ASKING for w in address) or opens_instruction(address)
        said_of = width == 2 and address[0] not in _MY  # "Two things if it rains": a condition, not "mon frère"
        if all(len(w) <= 5 for w in address) and not verb_like and not said_of:
            return True
    return False


# "my" in the Englishes and tongues a word of address of two words opens with ("mon frère", "my friend", "mi amor")
_MY = frozenset("my mon ma mes mi mis meu minha mein meine".split())
# Words by which what follows a list noun states something ("Two things on the list are done") rather than saying
# whom the parts are from or what they are for ("Two things from the parish office.")
_STATING = frozenset(
    """is are was were be been am have has had do does did will would should must need needs want wants got went
    came come go goes made make broke broken happened""".split()
)


def _from_or_for(text: str, words: list[str], nouns: frozenset[str]) -> bool:
    """Whether ``text`` announces the parts and then says only whom they are from or what they are for, in a few
    words: "Two things from the parish office.", "Three questions about my pension", "A couple of jobs for the
    AGM"."""
    noun = next((i for i, w in enumerate(words) if w in nouns), None)
    if noun is None or re.search(r"\d|\?", text) or not set(words[: noun + 1]) <= nouns | _ANNOUNCING:
        return False
    after = words[noun + 1 :]
    lead = next((i for i, w in enumerate(after) if w in _PURPOSE or w not in _ANNOUNCING), len(after))
    tail = after[lead:]  # past "please", "mate": "Two things please, from the office"
    said = [w for w in tail if w not in _ANNOUNCING]  # "about my pension, if you don't mind": two words said
    # ("Could you do two things for me please proofread this and ...": an order after the courtesy is a part)
    content = [w for w in said if w not in _PURPOSE]
    ordered = opens_instruction(content[:2])
    return bool(tail) and len(said) <= 5 and tail[0] in _PURPOSE and not set(after) & _STATING and not ordered


# "while it's quiet", "before I forget", "now that I've got a minute": when the user asks, after the announcement
_WHEN = re.compile(r"\s+(?:while|whilst|before|now\s+that|since)\s+", re.IGNORECASE)


def _passing(clause: str) -> bool:
    """Whether ``clause`` is a short remark on the moment, with no figure, question or order in it."""
    words = WORD.findall(clause.lower())
    return 0 < len(words) <= 6 and not re.search(r"\d|\?", clause) and not opens_instruction(words[:2])


# "I'm a data analyst", "I run a café", "we're a small charity": the user saying who they are, which asks nothing
_SELF = re.compile(
    r"^\s*(?:i'm|i\s+am|we're|we\s+are|i\s+run|we\s+run|i\s+work(?:\s+as)?|as)\s+(?:a|an|the)\s+[\w' -]{1,40}$",
    re.IGNORECASE,
)


def _is_self(text: str) -> bool:
    return _SELF.match(text) is not None


_OWN_LENGTH = frozenset(
    """sorry apologies soz for the this my long length essay message novel ramble rambling wall of text lol haha
    all these many so much a bit it's its is lot lots questions q's post""".split()
)


# "Three things for my pub quiz prep:": what the parts are for may follow the list noun in the lead.
_PURPOSE = frozenset("for about before on to re from".split())
_TOPIC = frozenset("about on re".split())


# "Three quick ones:", "Two bits:": words for the parts that only a count in the lead makes a list noun.
# (and the singular a learner may write after a count: "I have 3 question.")
_PART_NOUNS = LIST_NOUNS | frozenset("ones items bits question thing task request qs q's".split())


def _announcing_lead(lead: str) -> bool:
    """Whether a lead before a colon announces a list: counting and asking words up to a list noun, then at most a
    short phrase on what the parts are for ("Three quick things for my trip")."""
    words = WORD.findall(lead.lower())
    noun = next((i for i, w in enumerate(words) if w in _PART_NOUNS), None)
    if noun is None or len(words) > 12 or (words[noun] not in LIST_NOUNS and _count(lead) is None):
        return False
    after = [w for w in words[noun + 1 :] if w not in _ANNOUNCING]  # "Three things please:", "... for you:"
    # ("Two things about Paris: its population and its river": the parts are of the topic, which no part names)
    purpose = not after or (words[noun + 1] in _PURPOSE - _TOPIC and len(after) <= 6)
    return purpose and set(words[: noun + 1]) <= _PART_NOUNS | _ANNOUNCING


def _count(lead: str) -> int | None:
    """The number of parts a lead announces ("three quick things": 3; "3 things": 3), ``None`` when it names none."""
    for word in re.findall(r"[a-z]+|\d+", lead.lower()):
        if word.isdigit():
            return int(word) if 2 <= int(word) <= 9 else None
        if word in _COUNTS:
            return _COUNTS[word]
    return None


def announced_items(text: str) -> list[str] | None:
    """The items after a lead that announces them ("Three quick things: a 15% tip on $48, the capital of Canada,
    and check the claim that ..."), or ``None`` when ``text`` is not such a list.

    With a count, the items must come to it: by commas, or by commas and then the last "and" ("a, b and c").
    Without one, three or more comma-separated items make the list ("Quick questions: a, b, and c").
    """
    lead = _LEAD.match(text)
    if lead is None or not _announcing_lead(lead.group(1)):
        lead = _comma_lead(text)
    if lead is None:
        return None
    rest = text[lead.end() :].rstrip()
    body = rest.rstrip(".?! ")
    if _SENTENCE_INSIDE.search(body):
        return None
    wanted = _count(lead.group(1))
    apart = [i for i in _ITEM_SEMICOLON.split(body) if i.strip()]
    if len(apart) >= 2:
        # "three things: the average of 14, 18, 22 and 30; a review of ...; and a note ...": the user parted the
        # items with semicolons, so the commas and "and" inside one are its own ("14, 18, 22 and 30"); semicolons
        # that come to another count part something else, and no comma is cut across them
        if wanted is not None and len(apart) != wanted:
            return None
        return [_asked(item) if _NAMED_THING.match(item) else item for item in _asked_last(apart, rest)]
    items = [i for i in _ITEM_COMMA.split(body) if i.strip()]
    # "a, b and c"; and for two, "a and b" when no material or colon follows (its "and" may join two verbs on it)
    plain = wanted == 2 and ":" not in body and OPEN not in body
    if wanted is not None and len(items) == wanted - 1 and (len(items) >= 2 or plain):
        last = _LAST_AND.split(items[-1], maxsplit=1)
        items = [*items[:-1], *last] if len(last) == 2 and all(p.strip() for p in last) else items
    if (wanted is not None and len(items) != wanted) or len(items) < 2 or (wanted is None and len(items) < 3):
        return None
    return [_asked(item) for item in _asked_last(items, rest)]


# "I've got two questions, what's 5% of 80 and who wrote Hamlet?": a lead a comma ends, before the first item's ask
_COMMA_LEAD = re.compile(r"^\s*([^:\n.?!,\u2013\u2014]{1,60}),[^\S\n]+(?=\S)")


def _comma_lead(text: str) -> re.Match[str] | None:
    """A lead that counts the parts and a comma ends, when what follows opens an ask (a question word, an order):
    "Two questions, what's 5% of 80 and who wrote Hamlet?"; not "Two things, please: ..." nor "Two things, the
    pump and the gate, broke"."""
    lead = _COMMA_LEAD.match(text)
    if lead is None or _count(lead.group(1)) is None or not _announcing_lead(lead.group(1)):
        return None
    said = WORD.findall(text[lead.end() : lead.end() + 40].lower())[:2]
    return lead if said and (said[0] in ASKING or opens_instruction(said)) else None


def _asked_last(items: list[str], rest: str) -> list[str]:
    """``items`` with the last one's question mark back when the list ended with one ("Two quick questions: what is
    5% of 80, who wrote Hamlet?": each item is a question)."""
    return [*items[:-1], f"{items[-1]}?"] if rest.endswith("?") else items


def _asked(item: str) -> str:
    """An item named by a noun phrase ("the capital of Canada") as the question it stands for ("What is the capital
    of Canada?"): what the lead announced is a thing to find out, and a worker is asked questions, not nouns."""
    words = WORD.findall(item[:80].lower())
    if not words or words[0] in ASKING or words[0] in _OPENERS or opens_instruction(words[:2]) or OPEN in item:
        return item
    if words[0] in ("a", "an") and TEXT_KINDS & set(words[1:3]):
        # "an email to Karen saying the stock take is on Sunday": a text to write, named by its kind
        return f"Write {item.strip()}"
    # "the author of Pride and Prejudice" names a person: the question it stands for asks who
    asking = "Who" if words[0] in ("the", "a", "an") and words[1:2] and words[1] in _PERSONS else "What"
    return f"{asking} is {item.strip().rstrip('?')}?"


# Nouns that name a person by what they did or are: an item "the <noun> of X" asks who.
_PERSONS = frozenset(
    """author writer inventor founder painter composer director discoverer creator designer architect sculptor
    poet novelist playwright president king queen emperor leader winner captain singer builder""".split()
)
# Words a clause opens with that are no noun phrase: "whether bats are blind", "if it rains".
_OPENERS = frozenset("whether if and or but also then".split())


def list_items(text: str) -> tuple[list[str], bool]:
    """The items of a numbered (1, 2, 3...) or bulleted list in ``text``, or of a list a lead announces, and
    whether it is numbered.

    Numbers count only as a run from 1 upward, so "15% of 80. Also..." is not mistaken for item 80.
    """
    starts: list[tuple[int, int]] = []
    expected = 1
    for match in _STEP.finditer(text):  # first: "Step 1) ..." is a step, not "Step" and an item 1
        number = match.group("n").lower()
        if (int(number) if number.isdigit() else _STEP_NUMBERS[number]) == expected:
            starts.append((match.start(), match.end()))
            expected += 1
    if len(starts) < 2:
        starts, expected = [], 1
        for match in _NUMBER.finditer(text):
            if int(match.group(1)) == expected:
                starts.append((match.start(1), match.end()))
                expected += 1
    marked = len(starts) < 2
    if marked:
        starts = _marked_items(text)
    if len(starts) >= 2:
        head = text[: starts[0][0]]
        bounds = [end for _, end in starts]
        ends = [start for start, _ in starts[1:]] + [len(text)]
        items = [text[b:e] for b, e in zip(bounds, ends, strict=True)]
        if marked and _leads_in(head):  # "Can you help with (a) ... and (b) ...": the lead is the items' own
            head = ""
        return [i for i in [head, *map(_written, items)] if i.strip() and not _is_intro(i)], True
    pieces = _BULLET.split(text)  # the text before the first bullet, then each bullet's
    head, marked_items = ([pieces[0]] if pieces[0].strip() and not _is_intro(pieces[0]) else []), pieces[1:]
    if head and len(marked_items) >= 2 and _heads_the_list(head[0]):
        head = []  # "Three things for tomorrow" above "- ..." lines: the lead is no part of its own
    bullets = [*head, *(_written(b) for b in marked_items if b.strip() and not _is_intro(b))]
    if len(bullets) >= 2:
        return bullets, False
    return announced_items(text) or [text], False


def _marked_items(text: str) -> list[tuple[int, int]]:
    """Where each item marked "(1)", "(2)" or "a)", "b)" starts and its text begins: a run from the first mark up,
    in one kind of mark (a letter and a digit are two lists, and "plan b) ..." alone is no list)."""
    starts: list[tuple[int, int]] = []
    expected = 0
    kind = ""
    for match in _MARKED.finditer(text):
        mark = (match.group("n") or match.group("l")).lower()
        ordinal = int(mark) - 1 if mark.isdigit() else ord(mark) - ord("a")
        this = "digit" if mark.isdigit() else ("(" if match.group("n") else ")")
        if ordinal == expected and (not starts or this == kind):
            starts.append((match.start(), match.end()))
            expected, kind = expected + 1, this
    return starts if len(starts) >= 2 else []


# Words a lead ends with when what it asks for is the items after it: "Can you help with", "Quick ones on".
_LEADING_INTO = frozenset("with on about for these following please".split())


def _leads_in(head: str) -> bool:
    words = WORD.findall(head[:120].lower())
    return bool(words) and (words[-1] in _LEADING_INTO or announces_list(head)) and len(words) <= 10


# Words of a lead that points at the items under it and asks nothing else ("Can you do these for me?").
_POINTING_LEAD = frozenset(
    """can could would will you do sort handle help with these those following the them out for me us please pls
    get done go through""".split()
)
_POINTERS = frozenset("these those following them".split())


def _heads_the_list(head: str) -> bool:
    """Whether ``head``, the line above a list's first marked item, only announces the items ("Three things for
    tomorrow", "Can you do these for me?") rather than asking something of its own."""
    text = head.strip().rstrip("?.!")
    words = WORD.findall(text[:120].lower())
    if not words or len(words) > 10 or "\n" in text:
        return False
    pointing = bool(_POINTERS & set(words)) and set(words) <= _POINTING_LEAD | _ANNOUNCING
    return pointing or _announcing_lead(text) or announces_list(text)


def _written(item: str) -> str:
    """A list item that names a text by its kind ("- a text to Leanne saying the van's booked") as the order to
    write it: the item is a job, and a worker is given orders, not nouns."""
    words = WORD.findall(item[:80].lower())
    if words[:1] not in (["a"], ["an"]) or not TEXT_KINDS & set(words[1:3]):
        return item
    stripped = item.lstrip()
    return f"{item[: len(item) - len(stripped)]}Write {stripped}"


def _is_intro(chunk: str) -> bool:
    # "Please do the following:" introduces a list; it is not a task of its own
    return chunk.strip().endswith(":")


# "two things. work out ...": an announcement ended with a stop and the part after it in lower case, as one sentence
_ANNOUNCED = re.compile(r"^([^.!?\n]{3,60}\.)\s+(?=[a-z])")


def past_announcement(sentence: str, sentences_after: int = 0) -> str:
    """``sentence`` without an announcement of its parts that opens it ("two things. work out 15% of £340, then
    ..."), which the sentence split leaves on when the user writes on in lower case; ``sentences_after`` is how many
    sentences of the request follow this one."""
    found = _ANNOUNCED.match(sentence)
    if found is None:
        return sentence
    counts = announces_list(found.group(1)) or only_counts_the_parts(found.group(1), sentences_after + 1)
    return sentence[found.end() :] if counts else sentence


def without_announcements(sentences: list[str], *, opening: bool, closing: bool = False) -> list[str]:
    """``sentences`` without those that only announce the parts, and without the announcement that opens one
    (``past_announcement``); the request's ``opening`` sentence also without a lead that counts the parts
    (``past_counted_lead``), and its ``closing`` one without thanks that asks nothing (``sign_offs``)."""
    if closing:
        sentences = without_sign_off(sentences)
    kept = [
        past_announcement(s, len(sentences) - i)
        for i, s in enumerate(sentences, start=1)
        if not announces_list(s) and not only_counts_the_parts(s, len(sentences) - i)
    ]
    if opening and kept and kept[0] == sentences[0]:
        kept[0] = past_counted_lead(kept[0])
    return kept


def past_counted_lead(sentence: str) -> str:
    """The request's first sentence without a lead that counts the parts before a colon or a dash ("Two things
    please: work out the repayment ... . And write ..."): the lead is no statement for the first part to go on
    about. A lead that counts nothing ("Things to mention: ...") may head a text's contents, and stays."""
    lead = _LEAD.match(sentence)
    counted = lead is not None and _count(lead.group(1)) is not None and _announcing_lead(lead.group(1))
    return sentence[lead.end() :] if lead is not None and counted else sentence


__all__ = [
    "announced_items",
    "announces_list",
    "list_items",
    "past_announcement",
    "past_counted_lead",
    "without_announcements",
]
