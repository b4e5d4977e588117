"""Material: the text a request gives its parts to work on, and the words that tell it from an instruction.

Material comes after a colon that introduces it ("Summarize this:", "Here is my code:"), in quotes, or in a ```
block. ``material_spans`` finds it in one linear pass, so the clause cutter (``patterns.clauses``) can mask it
and never cut inside it; ``split_material`` and ``with_material`` take an instruction and its material apart
and put them back together, the way a step's input is handed to a worker.

Colon material runs to the end of the request, unless a sentence after it opens a new part ("... Nothing
changes for staff. And separately, what is 19 times 21?") or its colon is in a list item. The vocabulary here
(action verbs, asking words, connectives) is shared with the cutter: the same words that end material begin
instructions.
"""

from __future__ import annotations

import re

SCAN_LIMIT = 20_000
# Placeholders stand in for material while the request is cut, so no rule can cut inside it.
OPEN, CLOSE = "\ue000", "\ue001"
PLACEHOLDER = re.compile(f"{OPEN}(\\d+){CLOSE}")

# Imperative verbs that open a new instruction after "and" or a comma: general task words, not tied to workers.
ACTION_VERBS = frozenset(
    """add analyse analyze announce answer ask book build buy calculate call check collect compare compile compose
    compute condense confirm convert count create critique describe design determine draft draw edit email
    estimate evaluate explain extract fact-check figure find fix forecast foresee format gather generate get give
    identify investigate list look make measure note order outline paint plan play plot polish post predict prepare
    produce proofread publish put rate recap recommend refactor remind research review rewrite run schedule score search
    send shorten show solve suggest summarise summarize test tell translate turn tweet validate verify write""".split()
)
# Verbs that give an instruction only with their particle ("work out the cost", "fact check this", not "home and
# work life").
PARTICLE_VERBS = {"work": "out", "sum": "up", "come": "up", "think": "up", "fact": "check", "double": "check"}
# Verbs of sending that are nouns as often ("a text", "the message"): an instruction only when a receiver or what
# is sent follows ("text the result to my manager", "message me the total", "ping Sam"), not "this text and ...".
SENDING_VERBS = frozenset("text message ping dm whatsapp sms phone ring forward".split())
_LOOKING = frozenset("have take".split())
_PARTICLE_OBJECTS = frozenset("this it that these them".split())
_SENT = frozenset("the it them me him her us my our his their this that everyone everybody".split())


# Verbs a subject is followed by: a word before one of them is a noun ("Order is 15 mg per kg", "Rate was £12"),
# not an order's verb, which is followed by its object.
# An order's verb is never followed by a modal: "Email will be down on Sunday" tells of the email, it orders none.
_SUBJECT_VERBS = frozenset(
    """is are was were isn't aren't wasn't weren't has had costs comes will would should must might may shall won't
    wouldn't can't cannot shouldn't mustn't""".split()
)


def opens_instruction(words: list[str]) -> bool:
    """Whether ``words`` (lower case, in order) open with an action verb: one of ``ACTION_VERBS``, or a verb of
    ``PARTICLE_VERBS`` followed by its particle, or one of ``SENDING_VERBS`` followed by a receiver or what is sent.

    A verb's word that is the subject of a sentence is none: it is followed by "is", "was", "costs" ("Order is 15
    mg per kg", "Rate is £12.50 an hour"), where an order's verb is followed by its object."""
    if not words:
        return False
    if words[1:2] and words[1] in _SUBJECT_VERBS:
        return False
    if words[0] in _LOOKING and words[1:3] == ["a", "look"]:
        return True  # "have a look at this script", "take a look at my code": an order to look it over
    particle = PARTICLE_VERBS.get(words[0])
    sending = words[0] in SENDING_VERBS and len(words) > 1 and words[1] in _SENT
    # "sum this up", "work it out": the particle after a pronoun that is the verb's object
    split = particle is not None and words[1:2] != [] and words[1] in _PARTICLE_OBJECTS and words[2:3] == [particle]
    return words[0] in ACTION_VERBS or sending or (particle is not None and words[1:2] == [particle]) or split


# Nouns that name material ("Here is my code:", "Text:"): a colon after them introduces it.
MATERIAL_NOUNS = frozenset(
    """article claim claims code comment content data diff document draft email essay excerpt function letter
    memo message note notes paragraph passage post quote report script snippet statement story text transcript
    tweet policy proposal section chapter complaint contract handbook leaflet application thread
    handover""".split()
)
_CODE_TEXTS = frozenset("code diff function script snippet data".split())


def names_a_text(head: str) -> bool:
    """Whether a verb phrase's object names a text of prose to work on ("summarize the letter", "condense my
    report"): a text the user has, handed over or not; not code ("review the script")."""
    return bool((MATERIAL_NOUNS - _CODE_TEXTS) & set(WORD.findall(head.lower())[1:]))


# "Can you make my notes into a short email? <notes>": the user's own text, named, is the text that follows.
# Up to two words may come between ("our residents' association minutes"); minutes are a text only when owned.
OWN_TEXT = re.compile(
    r"\b(?:my|our)\s+(?:[a-z'-]+\s+){0,2}(?:"
    + "|".join(sorted(MATERIAL_NOUNS))
    + r"|jottings|bullet\s+points|points|minutes)\b",
    re.IGNORECASE,
)
# Kinds of text a writer is asked for by name; one before a colon names the text its facts are for
# ("Announcement for the staff noticeboard: the car park is shut from 14 to 16 October").
TEXT_KINDS = frozenset(
    """email e-mail note message letter memo announcement post notice invitation invite reminder newsletter reply
    card sms dm apology slogan tagline bio biography caption toast speech blurb description welcome introduction
    intro tweet poem story limerick haiku paragraph statement advert advertisement ad flyer leaflet text""".split()
)
# Nouns that name the work to do on a text ("tl;dr please:", "Quick recap:", "Key takeaways:"): a colon after
# them introduces the text, as after a verb.
WORK_NOUNS = frozenset("tl dr tldr gist summary recap synopsis overview takeaways highlights digest".split())
# "Answer these questions:", "Three things:" introduce a list of tasks, not material.
LIST_NOUNS = frozenset("tasks things questions steps jobs requests errands chores".split())

WORD = re.compile(r"[a-z][a-z'-]*")
_NON_SPACE = re.compile(r"\S")

SEQUENCERS = r"(?:and\s+)?then|after\s+that|afterwards|next|finally|lastly"
# Words that open a new part of the request after a sentence ("... staff. Also, what is 19 times 21?").
CONNECTIVES = (
    rf"(?:and\s+)?(?:also|plus|separately|additionally|in\s+addition|besides|{SEQUENCERS}|(?:second|third)(?:ly)?)"
)

# Words that open a question or a request rather than a statement.
ASKING = frozenset(
    """what what's whats who whom whose which when where why how is are was were do does did can could would
    should will shall may might please tell give let i'd""".split()
    # the same question words in text-speak: "wats 18% of 640", "wot time is it"
    + "wats wat wot wots wat's wot's".split()
)


# "At what temperature...", "In which year...", "For how long...": a preposition may come before the question word.
QUESTION_PREPOSITIONS = frozenset(
    "at in on for by to from since of during with after before until about into within under".split()
)


def split_material(text: str) -> tuple[str, str]:
    """``(instruction, material)``: the request before the colon that introduces its material, and the material.

    Without material at the end of the request the material is empty. "Summarize this: A. B." →
    ``("Summarize this", "A. B.")``.
    """
    spans = material_spans(text)
    if spans:
        start, stop = spans[-1]  # only the last span can run to the end
        head = text[:start].rstrip()
        if head.endswith(":") and stop >= len(text.rstrip()) and text[start:stop].strip():
            return head[:-1].rstrip(), text[start:stop].strip()
    return text.strip(), ""


def with_material(instruction: str, material: str) -> str:
    """An instruction followed by its material after a colon: how a step's input is handed to a worker."""
    if not material.strip():
        return instruction
    head = instruction.rstrip().rstrip(".:;,?!")
    return f"{head}:\n\n{material.strip()}"


def mask(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each material span replaced by a placeholder, and the spans (start, end) in ``text``."""
    spans = material_spans(text)
    out: list[str] = []
    cursor = 0
    for index, (start, end) in enumerate(spans):
        out.append(text[cursor:start])
        out.append(f"{OPEN}{index}{CLOSE}")
        cursor = end
    out.append(text[cursor:])
    return "".join(out), spans


_CLOSERS = {'"': '"', "\u201c": "\u201d", "`": "`"}
_SINGLE_CLOSE = re.compile(r"(?<=\S)'(?![A-Za-z])")


def _opens_single_quote(text: str, at: int) -> bool:
    """Whether the ``'`` at ``at`` opens a quoted sentence: after a space or the start, before a capital letter."""
    return (at == 0 or text[at - 1] in " \t\n(") and text[at + 1 : at + 2].isupper()


# A phrase in single quotes that opens in lower case: closed within its sentence, bounded, no apostrophe inside.
_SHORT_QUOTE = re.compile(r"'[a-z][^'.!?\n]{0,200}?(?<=\S)'(?![A-Za-z])")

_ITEM_START = re.compile(r"[ \t]*(?:(\d{1,2})[.)]|[-*\u2022])\s+")

# The characters ``material_spans`` acts on (sentinels, quotes, backticks, a colon, clause ends); every other one it
# steps over, so it jumps from one of these to the next instead of looking at each character in turn.
_MARKED = re.compile("[\ue000\ue001`'\"\u201c:!?\n.;]")


def material_spans(text: str) -> list[tuple[int, int]]:
    """Where the material is: ``` blocks, quotes, inline code, and what follows a colon that introduces it.

    One pass; a closing quote that is missing once is missing for good, so nothing is searched for twice.
    """
    limit = min(len(text), SCAN_LIMIT)
    spans: list[tuple[int, int]] = []
    missing: set[str] = set()
    clause_start = 0
    i = _next_marked(text, 0, limit)
    while i < limit:
        char = text[i]
        end = None
        if char in (OPEN, CLOSE):  # our own sentinels in the user's text: kept as they are
            end = i + 1
        elif text.startswith("```", i):
            close = text.find("```", i + 3)
            end = len(text) if close < 0 else close + 3
        elif char == "'" and "'" not in missing and _opens_single_quote(text, i):
            # "Can you rephrase this politely? 'We told you twice. Stop emailing us.'": a quoted text in single
            # quotes, closed by the first one after a non-space that no letter follows (not "you're")
            close = _SINGLE_CLOSE.search(text, i + 1, limit)
            if close is None:
                missing.add("'")
            else:
                end = close.end()
        elif char == "'" and (i == 0 or text[i - 1] in " \t\n(") and (short := _SHORT_QUOTE.match(text, i)):
            # "Translate 'good morning, how are you' into Polish": a phrase quoted in lower case, closed within its
            # sentence, is what the instruction works on; its commas cut nothing
            end = short.end()
        elif char in _CLOSERS and char not in missing:
            close = text.find(_CLOSERS[char], i + 1)
            if close < 0:
                missing.add(char)
            elif char != "`" or text.find("\n", i, close) < 0:
                end = close + 1
        elif char == ":" and (i + 1 == len(text) or text[i + 1].isspace()):
            rest = _after_space(text, i + 1)
            block = text.startswith(("```", '"', "\u201c", "`"), rest)  # the block after it is the material
            intro = text[max(clause_start, i - 200) : i]
            if rest < len(text) and not block and _introduces_material(intro, text, rest):
                end = _colon_material_end(text, i)
                spans.append((i + 1, end))
                i = clause_start = end
                continue
            clause_start = i + 1  # a label ("Three things:") is no part of what the next colon introduces
        elif char in "!?\n" or (char in ".;" and (i + 1 == len(text) or text[i + 1].isspace())):  # not "TL;DR"
            clause_start = i + 1
        if end is None:
            i = _next_marked(text, i + 1, limit)
        else:
            spans.append((i, end))
            i = end
    if i < len(text):
        spans.append((i, len(text)))  # past the scan limit: kept whole
    return spans


def _next_marked(text: str, start: int, limit: int) -> int:
    """Where the next character ``material_spans`` acts on is, from ``start``; ``limit`` when none is before it."""
    found = _MARKED.search(text, start, limit)
    return found.start() if found is not None else limit


# What a request is for, said before a colon: "For the sponsored walk leaflet:", "Re the quiz night:".
PURPOSE = re.compile(r"^\W*(?:for|re|regarding)\s", re.IGNORECASE)

# "TL;DR of the following:", "Key takeaways from this please:": words that point at what comes after the colon.
_POINTING_FORWARD = frozenset("following below this these here".split())


_GIVEN_FACTS = frozenset("facts details info information".split())
_DESCRIBED = frozenset("long lengthy big boring complicated complex written official difficult hard".split())
"""Words that describe things as texts are described ("long things"), where a count would announce a list."""


def _introduces_material(intro: str, text: str, after: int) -> bool:
    """Whether the colon after ``intro`` introduces material: the intro names an action or a kind of material,
    or points forward ("the following", "this") at something that is neither a list nor an instruction ("Please
    do the following: - proofread the draft - send it" is a list of tasks)."""
    said = WORD.findall(intro.lower())
    words = set(said)
    listed = max((i for i, word in enumerate(said) if word in LIST_NOUNS), default=None)
    if listed is not None and listed and said[listed - 1] in _DESCRIBED:
        listed = None  # "for my brother, he doesn't read long things:": what the reader likes, no list announced
    # ("... not so good for official things, can you summarize:": an action after the things names the material)
    if listed is not None and not ACTION_VERBS & set(said[listed + 1 :]):
        return False
    if PURPOSE.match(intro) and not words & ACTION_VERBS:
        # "For the sponsored walk leaflet: convert 15 miles to km, and also ...": what it is for, then the request
        said = WORD.findall(text[after : after + 60].lower())[:3]
        if said and (said[0] in ASKING or opens_instruction(said)):
            return False
    if words & (ACTION_VERBS | MATERIAL_NOUNS | WORK_NOUNS | TEXT_KINDS):
        return True
    if said and said[-1] in _GIVEN_FACTS and len(said) <= 3:
        return True  # "... my visiting card. Facts: a; b; c": what the text is made of, one piece with its ask
    if not words & _POINTING_FORWARD or _ITEM_START.match(text, after):
        return False
    first = WORD.match(text[after : after + 40].lower())
    return first is None or first.group(0) not in ACTION_VERBS


def _after_space(text: str, start: int) -> int:
    """The index of the first non-space character at or after ``start``; ``len(text)`` when there is none."""
    found = _NON_SPACE.search(text, start)
    return found.start() if found else len(text)


# A sentence after colon material that opens a new part of the request: a connective, then an asking word or an
# action verb ("... Nothing changes for staff. And separately, what is 19 times 21?"); a sequencer may take an
# "also" or "separately" before its verb ("... from the Earth. Then also tell me what 15% of 480 is."). A line break
# counts only at the start of a run of spaces, so a long run is entered once.
_MATERIAL_BREAK = re.compile(
    rf"(?:[.!?]|(?<!\s)\n)\s+{CONNECTIVES}\b[\s,]*(?:(?:also|separately|independently)\b[\s,]*)?(?:please\s+)?"
    r"([a-z][a-z'-]*)(?:\s+([a-z]+))?",
    re.IGNORECASE,
)


# "Fact check this: the Sun is a planet. And summarize this paragraph too: ...": a sentence opening with "and", an
# action verb and a pointer at a text of its own asks for a new part; "And fix the report" may be the material's own.
# "... nappies. And what will the weather be like tomorrow?": a question opened by "and" after a full stop.
_AND_ASKED = re.compile(
    r"[.!]\s+and\s+(?:what|what's|who|which|when|where|why|how|is|are|will|can|could|do|does)\b", re.IGNORECASE
)
# A list of things: three or more items of at most four words each, between commas (or a last "and"). "and" is
# never an item's word, so each word and each separator is read one way: no backtracking between them.
_ITEM = r"(?!and\b)[\w'-]+(?:[ \t](?!and\b)[\w'-]+){0,3}"
# the rest of a sentence that ends as a question
_QUESTION_END = re.compile(r"[^.!?\n]*\?")
_ITEMS = re.compile(rf"{_ITEM}(?:(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_ITEM}){{2,30}}", re.IGNORECASE)
_AND_BREAK = re.compile(r"[.!?]\s+and\s+([a-z]+)\s+(?:this|these|that|those|it|them)\b", re.IGNORECASE)
# "Summarize this feedback: ... cold after sunset. And check whether it's true that ...": a sentence opened by "and"
# that asks whether a claim is true is asked of the assistant, not told in the material ("And check whether your
# name is on it" may be the material's own)
_AND_CHECK = re.compile(
    r"[.!?]\s+and\s+(?:also\s+)?(?:please\s+)?(?:(?:can|could|would)\s+you\s+(?:also\s+|please\s+)?)?"
    r"(?:check|verify|confirm|fact-check|find\s+out|tell\s+me|let\s+me\s+know)\s+(?:whether|if)\s+"
    r"(?:it's|it\s+is|that's|that\s+is)\s+(?:really\s+)?(?:true|correct|right|accurate)\b",
    re.IGNORECASE,
)


# Words of an intro whose material is a claim ("Check this claim:", "Is this true:", "Fact-check:"); a sentence after
# a claim opening (after "and" or "also") with an order or a wh-word is a new part.
_CLAIM_INTRO = frozenset("claim fact-check verify true".split())
_AFTER_CLAIM = re.compile(r"[.!?]\s+(?:and\s+)?(?:also\s+)?([a-z][a-z'-]*)(?:\s+([a-z]+))?", re.IGNORECASE)
_WH = frozenset("what what's whats who which when where why how".split())


# ", then draft a note": a sequenced order after figures given in one sentence ends them.
# A run of spaces is entered only at its start ((?<![\s,])), so a long run is not rescanned from each position.
_THEN_BREAK = re.compile(r"(?:,|(?<![\s,]))\s+(?:and\s+)?then\s+([a-z]+)", re.IGNORECASE)
_FIGURE = re.compile(r"(?<![\w.,])[$\u20ac\u00a3]?\d[\d,.]*%?")
_SENTENCE_STOP = re.compile(r"[.!?]\s")
FIGURES = 2
"""Colon material of at least this many figures, in one sentence, is a list of figures, not a text."""


def _figures(text: str, colon: int, end: int) -> bool:
    """Whether ``text[colon + 1 : end]`` lists figures (``FIGURES`` or more, one sentence) after an intro that
    points at no text ("Add up our wedding costs:", not "Proofread this:")."""
    intro = set(WORD.findall(text[max(0, colon - 200) : colon].lower()))
    stretch = text[colon + 1 : end]
    if intro & (MATERIAL_NOUNS | TEXT_KINDS | {"this"}) or _SENTENCE_STOP.search(stretch):
        return False
    return len(_FIGURE.findall(stretch)) >= FIGURES


def _listed_figures_end(text: str, colon: int) -> int | None:
    """Where figures listed after a colon end, in a sentence of their own, when the next sentence orders something
    done to them ("Here are this week's temperatures: 18.2, 21.5, 20.0. Get the average"); else ``None``. An intro that
    names a text ("Proofread this note:") or points at one ("... this:") has a text after it, not a list."""
    stop = _SENTENCE_STOP.search(text, colon, min(len(text), colon + 400))
    intro = WORD.findall(text[max(0, colon - 200) : colon].lower())
    if stop is None or not intro or intro[-1] in _POINTING_FORWARD or set(intro) & (MATERIAL_NOUNS | TEXT_KINDS):
        return None
    stretch = text[colon + 1 : stop.start()]
    if len(_FIGURE.findall(stretch)) < FIGURES or len(WORD.findall(stretch)) > 3 * len(_FIGURE.findall(stretch)):
        return None
    # an order after them ("Get the average, then ..."), not a question of them ("whats the mean?"): the question is
    # the same part as its figures, which the router must still see as figures to work on; a statement or two may
    # come between ("Customer needs all 3 and I give 10% discount. Calculate total, then ..."), the order's too
    after = stop
    for _ in range(STATED_BETWEEN + 1):
        said = WORD.findall(text[after.end() : after.end() + 60].lower())[:2]
        if not said or opens_instruction(said):
            return stop.start() + 1 if said else None
        following = _SENTENCE_STOP.search(text, after.end(), min(len(text), after.end() + 300))
        if following is None or text[following.start()] == "?" or said[0] in ASKING:
            return None
        after = following
    return None


def orders_on_listed_figures(label: str, body: str) -> bool:
    """Whether ``body``, after a colon and ``label``, lists figures in its first sentence and then orders something
    done to them, perhaps after a statement or two ("Price list: tyre change 250k, brake pads 180k. Customer needs
    both. Calculate total"): the label names the figures, and the order says who works on them."""
    return _listed_figures_end(f"{label}: {body}", len(label)) is not None


def labels_ordered_figures(text: str) -> bool:
    """Whether ``text`` opens with a label, a colon and figures that a later sentence orders worked on
    (``orders_on_listed_figures``)."""
    label, colon, body = text[:200].partition(":")
    return bool(colon) and not _SENTENCE_STOP.search(f"{label} ") and orders_on_listed_figures(label, body)


STATED_BETWEEN = 2
"""Statements between figures listed after a colon and the order on them that still end the figures."""


# The end of a sentence before a colon's intro: "Is it true that ...? Also summarise this for me: ..." introduces
# a text to summarise, not a claim; the question before it is a sentence of its own.
_INTRO_START = re.compile(r"[.!?]\s+|\n")


def _intro_clause(text: str, colon: int) -> str:
    """The words before ``colon`` in its own sentence (at most 200 characters)."""
    window = text[max(0, colon - 200) : colon]
    ends = [m.end() for m in _INTRO_START.finditer(window)]
    return window[ends[-1] :] if ends else window


def _colon_material_end(text: str, colon: int) -> int:
    """Material runs to the end, unless a sentence after it opens a new part of the request (then to that
    sentence), or its colon is in a list item (then to the next item of that list)."""
    line_start = text.rfind("\n", 0, colon) + 1
    item = _ITEM_START.match(text, line_start, colon)
    if item is None:
        for found in _MATERIAL_BREAK.finditer(text, colon, min(len(text), SCAN_LIMIT)):
            words = [w.lower() for w in found.groups() if w]
            if words[0] in ASKING or opens_instruction(words):
                return found.start() + (text[found.start()] != "\n")  # the material keeps its full stop
        for found in _AND_BREAK.finditer(text, colon, min(len(text), SCAN_LIMIT)):
            if opens_instruction([found.group(1).lower()]):
                return found.start()  # the full stop left outside: it ends the sentence the material is in
        checked = _AND_CHECK.search(text, colon, min(len(text), SCAN_LIMIT))
        if checked is not None:
            return checked.start()  # the full stop left outside: it ends the sentence the material is in
        if _CLAIM_INTRO & set(WORD.findall(_intro_clause(text, colon).lower())):
            # "Check this claim: the Amazon is the longest river. And convert 2,450 km to miles.": a claim is one
            # statement, so an order or a question after it is a part of its own
            for found in _AFTER_CLAIM.finditer(text, colon, min(len(text), SCAN_LIMIT)):
                words = [w.lower() for w in found.groups() if w]
                if words[0] in _WH or opens_instruction(words):
                    return found.start()  # the full stop left outside: it ends the sentence the claim is in
        asked = _AND_ASKED.search(text, colon, min(len(text), SCAN_LIMIT))
        question = _QUESTION_END.match(text, asked.end(), min(len(text), asked.end() + 300)) if asked else None
        if asked and question and _ITEMS.fullmatch(text, _after_space(text, colon + 1), asked.start()):
            # "Write a shopping list note: milk, bread, eggs, nappies. And what will the weather be ...?": a list of
            # things says nothing more after its full stop; a question opened by "and" is a part of its own
            return asked.start()
        listed = _listed_figures_end(text, colon)
        if listed is not None:
            return listed  # "Temperatures this week: 18.2, 21.5, 20.0. Get the average, then ...": an order after them
        then = _THEN_BREAK.search(text, colon, min(len(text), SCAN_LIMIT))
        if then is not None and opens_instruction([then.group(1).lower()]) and _figures(text, colon, then.start()):
            return then.start()  # "Add up our costs: £2,400 venue, £950 catering, then draft a note ...": the figures
        return len(text)
    marker = rf"{int(item.group(1)) + 1}[.)]" if item.group(1) else r"[-*\u2022]"
    following = re.compile(rf"\n[ \t]*{marker}\s").search(text, colon)
    return following.start() if following else len(text)
