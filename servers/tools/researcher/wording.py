"""Word forms that readers of the knowledge base treat as one word.

A light stemmer meets "completed" with "complete" but not "fell" with "fall": irregular verb forms are mapped
to their base form here, so a question ("When did the wall fall?") meets a note ("The wall fell in 1989").
Size words that mean the same in a question and a note ("the biggest planet", "the largest planet"; "the
tallest mountain", "the highest mountain") are made one word too. The researcher's answers and the fact
checker's claims both read words through these tables.
"""

from __future__ import annotations

import re

from servers.tools.summarizer.sentences import stem

IRREGULAR = {
    "fell": "fall", "fallen": "fall", "began": "begin", "begun": "begin", "built": "build", "sank": "sink",
    "sunk": "sink", "wrote": "write", "written": "write", "came": "come", "won": "win", "made": "make",
    "took": "take", "taken": "take", "grew": "grow", "grown": "grow", "knew": "know", "known": "know",
    "ran": "run", "said": "say", "became": "become", "struck": "strike", "rose": "rise", "risen": "rise",
    "led": "lead", "lost": "lose", "held": "hold", "left": "leave", "met": "meet", "sold": "sell",
    "spoke": "speak", "spoken": "speak", "told": "tell", "thought": "think", "brought": "bring",
    "bought": "buy", "taught": "teach", "fought": "fight", "flew": "fly", "flown": "fly", "drew": "draw",
    "drawn": "draw", "drove": "drive", "driven": "drive", "ate": "eat", "eaten": "eat", "drank": "drink",
    "gave": "give", "given": "give", "got": "get", "broke": "break", "broken": "break", "chose": "choose",
    "froze": "freeze", "frozen": "freeze", "stood": "stand", "saw": "see", "seen": "see", "went": "go",
    "gone": "go", "died": "die", "paid": "pay", "sent": "send", "spent": "spend", "kept": "keep",
    "slept": "sleep", "felt": "feel", "meant": "mean", "heard": "hear", "shot": "shoot", "threw": "throw",
    "thrown": "throw", "wore": "wear", "worn": "wear", "hid": "hide", "hidden": "hide", "rode": "ride",
    "goes": "go", "does": "do", "has": "have",
}  # fmt: skip
# Degrees of size and height that questions and notes use for the same thing ("the tallest mountain in Africa",
# "the highest mountain in Africa"), and verbs of being done: one direction only, to the word notes tend to use.
SYNONYMS = {
    "big": "large", "bigger": "larger", "biggest": "largest", "tall": "high",
    "taller": "higher", "tallest": "highest", "quickest": "fastest",
    # being done: "When was the Eiffel Tower completed?" is answered by "the tower was finished in March 1889"
    "complete": "finish", "completed": "finished", "completes": "finishes", "completing": "finishing",
    # people as doers: "When did man land on the Moon?" is answered by "Apollo 11 landed the first humans"
    "man": "human", "men": "human", "mankind": "human", "humankind": "human", "humanity": "human",
    "humans": "human", "people": "human", "person": "human", "persons": "human",
    "astronaut": "human", "astronauts": "human",
    # a name given: "What is Python named after?" is answered by "The name comes from ... Monty Python"
    "named": "name",
    # a prize given is a prize won: "Did Einstein win his Nobel Prize for ...?" by "His Nobel Prize ... awarded"
    "awarded": "win", "award": "win", "awards": "win",
    # what a thing is made of: "the hardest natural substance" is "the hardest natural material"
    "substance": "material", "substances": "materials",
    # a way between two places: "Which oceans does the Panama Canal connect?" by "links the Atlantic ... Pacific"
    "connect": "link", "connects": "links", "connected": "linked", "connecting": "linking",
    # a beginning: "What year did the battle start?" is answered by "The battle began in August 1942"
    "start": "begin", "starts": "begin", "started": "begin", "starting": "begin", "begins": "begin",
    "beginning": "begin",
}  # fmt: skip


def base_form(word: str) -> str:
    """``word`` (lowercase) with an irregular verb form replaced by its base form, and a size word by the one
    its synonyms share."""
    return IRREGULAR.get(word) or SYNONYMS.get(word, word)


# A short verb's regular forms, which a light stemmer leaves apart from it: "takes", "taking" and "take" ("tak"
# against "take"); "getting" and "get" ("gett" against "get").
_SHORT_E = re.compile(r"(?P<root>[b-df-hj-np-tv-z][aeiou][b-df-hj-np-rtvz])(?:es|ed|ing)")
_DOUBLED = re.compile(r"(?P<root>[b-df-hj-np-tv-z][aeiou](?P<last>[bdgmnpt]))(?P=last)(?:ing|ed)")


def short_verb(word: str) -> str:
    """``word`` with a short verb's regular ending undone ("takes", "taking": "take"; "getting": "get")."""
    if (found := _SHORT_E.fullmatch(word)) is not None:
        return found.group("root") + "e"
    if (found := _DOUBLED.fullmatch(word)) is not None:
        return found.group("root")
    return word


# Things that go by two names, said one way: "World War II" is "the Second World War", so "World War I" (whose
# "I" is no word a search keeps) is not read as "World War".
NAMES = (
    (re.compile(r"\b(?:World War (?:II|2|Two)|WWII|WW2)\b", re.I), "Second World War"),
    (re.compile(r"\b(?:World War (?:I|1|One)|WWI|WW1)\b", re.I), "First World War"),
    (re.compile(r"\bnaked eye\b", re.I), "unaided eye"),  # seen without a telescope, as notes say it
    # "D-Day" read by its words is only "Day" (a letter alone is no word a search keeps): any note's day would do
    (re.compile(r"\bD-Day\b", re.I), "the Normandy landings"),
    (re.compile(r"\b([A-Z])-([A-Z])\b"), r"\1\2"),  # "V-E Day" is "VE Day", not a note's "Day" alone
    # arriving somewhere, as notes say it: "how long does sunlight take to get to Earth" is "to reach Earth"
    (re.compile(r"\b(?:get|gets|getting)\s+to\s+(?=(?:the|earth|us|here|[A-Z])\b)"), "reach "),
)


def one_name(text: str) -> str:
    """``text`` with each thing of two names said by the one ``NAMES`` gives it."""
    for pattern, name in NAMES:
        text = pattern.sub(name, text)
    return text


# Question words as people type them in a hurry ("wat is", "hw does", "wen did"), read as the words they stand
# for: only at the start of a question and before a verb, so "Wat Arun" stays a temple.
_TYPED = re.compile(
    r"^(?P<space>\W*)(?P<word>wat|wut|wht|hw|wen|wher|whr)(?=\s+(?:is|are|was|were|does|do|did|can|could|will|would"
    r"|has|have|many|much|long|far|big|tall|old)\b)",
    re.I,
)
_SPELLED_OUT = {
    "wat": "what",
    "wut": "what",
    "wht": "what",
    "hw": "how",
    "wen": "when",
    "wher": "where",
    "whr": "where",
}
# Words that add nothing to the thing they qualify: a "grown adult" is an adult.
# "grown adults" are adults; "what's photosynthesis again?" asks what photosynthesis is, reminding the asker.
# ("capital city" is the capital: a note says "Vientiane is the capital of Laos")
_REDUNDANT = re.compile(
    r"\bgrown[- ](?=(?:adults?|man|men|woman|women)\b)|(?<!\s)\s+again(?=\s*[?!.]*\s*$)"
    r"|(?<=\bcapital)\s+city\b(?!-)",
    re.I,
)


# A cause asked of a thing where it always happens ("What causes the tides in the sea?", "what causes earthquakes on
# Earth?"): the setting adds nothing to the thing, and a note says "Tides are caused by ..." without it. Only those
# settings, and only in a question of a cause: "the largest ocean in the world" keeps its scope, and "the colours in
# the sky" or "earthquakes in Japan" name which ones.
_CAUSE_ASKED = re.compile(r"\b(?:causes?|caused|causing)\b", re.I)
_EVERYWHERE = re.compile(
    r"\s+(?:in|on)\s+(?:the\s+)?(?:sea|seas|ocean|oceans|earth|planet|world)"
    r"(?=(?:,?\s+(?:then|exactly|anyway|please))?[\s?.!]*$)",
    re.I,
)


# Making said with a phrasal verb ("Who came up with Python?"), which no note uses: said as the plain verb.
_PHRASAL_MAKING = re.compile(r"\b(?:came|come|comes|coming)\s+up\s+with\b|\b(?:thought|dreamt|dreamed)\s+up\b", re.I)
_PLAIN_MAKING = {"came": "created", "come": "create", "comes": "creates", "coming": "creating"}
# A name with the kind of thing it is after it ("the Python programming language", "the circuit breaker pattern"):
# notes say the name alone, and a note on another pattern that names this one in passing is no answer about it.
_KIND_AFTER_NAME = re.compile(
    r"\bthe\s+(?P<name>[A-Z][\w+#]{0,30})\s+programming\s+language\b"
    r"|\b(?P<the>the\s+)(?!(?:same|this|that|whole|overall|general|usual|basic|common|new|old)\b)"
    r"(?P<kind>[a-z][\w-]{1,30}(?:\s+[a-z][\w-]{1,30})?)\s+pattern\b"
)


# A place's extreme said as its "part" or "spot" ("the deepest part of the ocean"), which notes call its point.
_EXTREME_PART = re.compile(r"\b(?P<most>[a-z]{2,12}est)\s+(?:part|spot)\b", re.I)


# A grown-up said as notes say it: "How many bones does a grown-up human have?" asks about an adult.
# "grown up" without a hyphen is a grown-up only after "a" or as "grown ups": "has he grown up" is the verb.
_GROWN_UP = re.compile(
    r"\b(?P<a>a\s+)?(?:grown-up|fully[- ]grown|full[- ]grown)(?P<plural>s)?\b"
    r"|\b(?P<a2>a\s+)grown\s+up\b|\bgrown\s+up(?P<plural2>s)\b",
    re.I,
)


def _adult(found: re.Match[str]) -> str:
    if found.group("a") or found.group("a2"):
        return "an adult"
    return "adults" if found.group("plural") or found.group("plural2") else "adult"


# A part of a named place said before its name ("the Sistine Chapel ceiling"), which notes say after the part: "the
# ceiling of the Sistine Chapel".
_PART_OF_NAME = re.compile(
    r"\b(?P<the>[Tt]he)\s+(?P<name>[A-Z][\w'’-]{1,30}(?:\s+[A-Z][\w'’-]{1,30}){0,2})\s+"
    r"(?P<part>ceiling|roof|dome|walls|floor|facade|façade|spire|gardens|frescoes|murals|windows)\b"
)


def part_after_name(text: str) -> str:
    """``text`` with a named place's part said after the name: "the Sistine Chapel ceiling" → "the ceiling of the
    Sistine Chapel", as notes say it."""
    return _PART_OF_NAME.sub(lambda m: f"{m.group('the')} {m.group('part')} of the {m.group('name')}", text)


# Leaving by sea said as "set sail", which notes say as leaving ("she left Southampton on 10 April 1912").
_SET_SAIL = re.compile(r"\bset(?:ting)?\s+sail\b", re.I)


def as_typed(question: str) -> str:
    """``question`` with hurried spellings of its question word spelled out, redundant words dropped, making and
    leaving said with a phrasal verb said with the plain one, a grown-up said as an adult, a named place's part
    said after its name, a place's extreme "part" said as its "point", a name said without the kind after it, and
    a cause asked without the setting it always has ("in the sea")."""
    question = _TYPED.sub(lambda m: m.group("space") + _SPELLED_OUT[m.group("word").lower()], question, count=1)
    question = _PHRASAL_MAKING.sub(lambda m: _PLAIN_MAKING.get(m.group(0).split()[0].lower(), "created"), question)
    question = _SET_SAIL.sub("leave", question)
    question = _GROWN_UP.sub(_adult, question)
    question = part_after_name(question)
    question = _EXTREME_PART.sub(lambda m: f"{m.group('most')} point", question)
    question = _KIND_AFTER_NAME.sub(lambda m: m.group("name") or f"{m.group('the')}{m.group('kind')}", question)
    if _CAUSE_ASKED.search(question):
        question = _EVERYWHERE.sub("", question[:400], count=1)
    return _REDUNDANT.sub("", question)


# Who did a thing, named by the verb a note uses instead: "the author of X" is who "wrote X".
ROLES = {
    stem(role): stem(base_form(verb))
    for role, verb in [
        ("author", "write"), ("writer", "write"), ("inventor", "invent"), ("creator", "create"),
        ("designer", "design"), ("founder", "found"), ("developer", "develop"), ("discoverer", "discover"),
        ("painter", "paint"), ("composer", "compose"), ("builder", "build"), ("maker", "make"),
    ]
}  # fmt: skip
# Verbs of making something: a question and its passage may use different ones ("came up with", "developed", "set
# up").
MAKING = frozenset(
    stem(base_form(w))
    for w in """create created invent invented design designed found founded make made build built develop
    developed write wrote written author discover discovered come came devise devised establish established
    compose composed paint painted start started begin began begun launch launched originate originated conceive
    conceived pioneer pioneered introduce introduced set""".split()
)


# "What do bees make?", "What did Curie discover?": the thing asked is the object of the question's one verb, so
# a passage about the subject that never says that verb does not answer it, however soft the verb is elsewhere.
_WHAT_DEED = re.compile(r"^\W*what\s+(?:do|does|did)\s+(?:[\w'’-]+\s+){1,4}?(?P<verb>[a-z]{2,20})\s*[?.!]*\s*$", re.I)


def object_deed(question: str) -> str | None:
    """The verb of a question that asks what its subject does it to ("make" in "What do bees make?"), or None."""
    found = _WHAT_DEED.match(question[:300])
    return found.group("verb") if found is not None else None


# "Which part of the cell is called its powerhouse?" asks for what the note calls so, never the word "part";
# otherwise "which bit of" asks for a part as "which part of" does ("bit" alone is generic: "a bit of history").
_PART_CALLED = re.compile(
    r"\b(?:which|what)\s+(?:part|bit)\s+of\b(?=.{0,60}\b(?:called|known\s+as|nicknamed)\b)"
    r"|\b(?P<bit>which|what)\s+bit\s+of\b",
    re.I,
)


# "known as", "nicknamed", "referred to as" give a thing its name as "called" does: no note need say "known" for
# "Which planet is known as the Red Planet?" (the name itself, "red planet", must still be in the answer).
_NAMED_AS = re.compile(
    r"\b(?:(?:also|commonly|often|popularly|widely|usually|sometimes|better|best) )?(?:known|referred to) as\b|"
    r"\bnicknamed\b|\b(?:(?:do|does|did) )?(?:people|we|they|you|folks?|astronomers|scientists) (?:call|nickname)\b",
    re.I,
)


def part_asked(question: str) -> str:
    """``question`` with the part it asks for by its name read as "which of" ("which part of the cell is called its
    powerhouse" needs no "part" in the note), "which bit of" as "which part of", and a name given to a thing
    ("known as", "nicknamed") read as "called"."""
    question = _NAMED_AS.sub("called", question)
    return _PART_CALLED.sub(lambda m: f"{m['bit']} part of" if m["bit"] else "which of", question)


_COLOURS = r"(?:red|orange|yellow|green|blue|indigo|violet|purple|pink|brown|black|white|grey|gray|gold|silver)"
# "the blue colour of the sky", "the colour blue", "blue in colour": the colour named says its kind already
_KIND_OF_COLOUR = re.compile(
    rf"\b(?P<before>{_COLOURS})\s+(?:in\s+)?(?:colou?r|shade|hue)\b|\b(?:colou?r|shade|hue)\s+(?P<after>{_COLOURS})\b",
    re.I,
)


def colour_named(question: str) -> str:
    """``question`` without the word "colour" beside a colour it names: "What causes the blue colour of the sky?" asks
    about the sky's blue, which a note says without "colour"; "What colour is the Eiffel Tower?" keeps it."""
    return _KIND_OF_COLOUR.sub(lambda m: m["before"] or m["after"], question[:2_000])
