"""Forms: what a request is made of and asks, and what a worker's examples say it serves.

The decider reads a request's form besides its words, because the form says who can act on it whatever its
topic: a request with no number gives a calculator nothing to compute (``has_number``); a question that gives no
text and points at none gives a summarizer or a code reviewer nothing to read (``points_at_material``); an open
question ("what", "how", also "In which year...", "Tell me how many...") is not served by a worker none of whose
examples asks that way (``question_form``), and one about a person, a time or a place ("who", "when", "where")
asks for a fact (``asks_for_a_fact``). Material that is code is ranked by its kind, not its words (``is_code``,
``with_code_mark``). A worker's side of each test is read from its examples: what every one of them works on.

Every scan is linear and reads a bounded opening of the request.
"""

from __future__ import annotations

import re

from patterns.lexical import NUMBER_WORDS
from patterns.material import CLOSE, MATERIAL_NOUNS, OPEN, QUESTION_PREPOSITIONS, TEXT_KINDS, WORD
from patterns.worker import Worker

_NUMBER = re.compile(r"\d")
MAX_NUMBER_SCAN = 4_000
"""Number words are looked for in this much of a request (what the sentence encoder reads of it, too)."""
# Words that name a number or a share of one, beyond the counting words ("half of 90", "a dozen eggs").
AMOUNT_WORDS = frozenset("zero half quarter third dozen twice double triple thousand million billion".split())


def has_number(text: str) -> bool:
    """Whether ``text`` holds a number: a digit, or a number written as a word ("nine times seven")."""
    if _NUMBER.search(text):
        return True
    words = WORD.findall(text[:MAX_NUMBER_SCAN].lower())
    # "sixty-four" is one word to the tokenizer; "one-line" or "one-to-one" is no number
    return any(w in NUMBER_WORDS or w in AMOUNT_WORDS or _hyphenated_number(w) for w in words)


def _hyphenated_number(word: str) -> bool:
    parts = word.split("-")
    return len(parts) > 1 and all(p in NUMBER_WORDS for p in parts)


def works_on_numbers(worker: Worker) -> bool:
    """Whether every example ``worker`` gives holds a number: what it works on is numbers (a calculator)."""
    examples = [e for skill in worker.skills for e in skill.examples]
    return bool(examples) and all(has_number(e) for e in examples)


# Words by which a request points at material it gives or that the user has ("this report", "my function", "it").
_POINTING = frozenset("this these here following below above attached enclosed my our mine ours it them".split())
_GIVEN = re.compile(r"```|:\s+\S")


# "this weekend", "this month": a time pointed at, not a text.
_TIMES = frozenset(
    """morning afternoon evening night week weekend month year quarter term semester season summer winter spring
    autumn fall time monday tuesday wednesday thursday friday saturday sunday holiday holidays""".split()
)


# Verbs before a dummy "it" in a question ("Will it rain", "Is it far", "How long does it take"): the weather, a
# distance, the time, not a text pointed at.
_INVERTED = frozenset("is was will would does did isn't wasn't won't doesn't didn't".split())
# "How much is my bill", "What's my credit score", "When is our flight": "my" after "is" asks what a thing of the
# user's in the world is, unless the thing is a text or code ("Is my essay too long?").
_BEING = frozenset("is are was were what's whats where's when's who's how's".split())
_OWN_WORK = frozenset(
    """function method class program query regex loop test tests sql pr commit app essay homework assignment cv
    resume summary translation writing wording answer helper variable""".split()
)
_OWN_TEXTS = MATERIAL_NOUNS | TEXT_KINDS | _OWN_WORK
_OWNING = frozenset("my our".split())


def points_at_material(text: str) -> bool:
    """Whether ``text`` gives material (after a colon, in a ``` block) or points at some: "this text", "these
    notes", "my function", "it"; not "this weekend" or "this month", which point at a time, nor "my bill" (a
    thing in the world) or the dummy "it" of "Will it rain?"."""
    head = text[:MAX_NUMBER_SCAN]
    if _GIVEN.search(head):
        return True
    words = WORD.findall(head.lower())
    for i, word in enumerate(words):
        if word not in _POINTING:
            continue
        after = words[i + 1 : i + 3]
        if word == "this" and after[:1] and after[0] in _TIMES:
            continue
        if word == "it" and i > 0 and words[i - 1] in _INVERTED:
            continue
        if word in _OWNING and i > 0 and words[i - 1] in _BEING and not _OWN_TEXTS & set(after):
            continue
        return True
    return False


def works_on_material(worker: Worker) -> bool:
    """Whether every example ``worker`` gives hands it material or points at some: what it works on is a text the
    user gives (a summarizer, a code reviewer), not a question about the world."""
    examples = [e for skill in worker.skills for e in skill.examples]
    return bool(examples) and all(points_at_material(e) for e in examples)


_OPEN_QUESTION_WORDS = frozenset(
    "what what's whats who who's whom whose when when's whens where where's wheres why why's how how's which".split()
)
# A question that opens with a verb asks whether something holds ("Did the wall fall in 1989?"), unless the verb
# asks for a favour ("can you...", "could you...").
_POLAR_QUESTION_WORDS = frozenset("is are was were isn't aren't wasn't weren't do does did has have had".split())
_FUTURE_POLAR = frozenset("will won't".split())
_ASKED_TO = frozenset("you u ya".split())


# "Tell me how many...", "Do you know where...", "I'd like to know who...": a question asked inside a request.
_EMBEDDING = re.compile(
    r"(?:please\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?(?:tell|show)\s+(?:me|us)\s+"
    r"|(?:do|does)\s+(?:you|anyone)\s+know\s+|i(?:'d|\s+would)\s+like\s+to\s+know\s+"
    r"|i\s+(?:want|need)\s+to\s+know\s+|i\s+wonder\s+",
    re.IGNORECASE,
)
# An open question about a person, a time or a place: a fact to find, never a text to write or a sum to work out.
_FACT_WORDS = frozenset("who who's whom whose when when's whens where where's wheres".split())


# Words said before a question word that leave the question as it is: a hedge on the answer, or a filler.
_HEDGES = frozenset("roughly approximately about around so ok okay hey hi and but well um just".split())


def _asked(text: str) -> list[str]:
    """The words of ``text`` from its question word on, when it asks one after a preposition ("In which year
    ...") or inside a request ("Tell me how many..."); otherwise all its words (of its opening)."""
    head = text[:200].lstrip()
    words = WORD.findall(head.lower())
    embedded = _EMBEDDING.match(head)
    if embedded is not None:
        inner = WORD.findall(head[embedded.end() :].lower())
        start = 1 if inner[:1] and inner[0] in QUESTION_PREPOSITIONS else 0
        if inner[start : start + 1] and inner[start] in _OPEN_QUESTION_WORDS:
            return inner[start:]
    if len(words) > 1 and words[0] in QUESTION_PREPOSITIONS and words[1] in _OPEN_QUESTION_WORDS:
        return words[1:]
    hedged = next((i for i, w in enumerate(words[:3]) if w not in _HEDGES), 0)
    if hedged and words[hedged] in _OPEN_QUESTION_WORDS:
        return words[hedged:]  # "roughly how tall was the titanic", "ok what is ...": the question after the hedge
    return words


def question_form(text: str) -> str | None:
    """``"open"`` for a question that asks for information ("what", "who", "how"..., also after a preposition:
    "In which year...", or inside a request: "Tell me how many..."), ``"polar"`` for one that asks whether
    something holds ("is", "did", "does"... and a question mark); ``None`` for anything else."""
    words = _asked(text)
    if not words:
        return None
    if words[0] in _OPEN_QUESTION_WORDS:
        return "open"
    if words[0] in _POLAR_QUESTION_WORDS and text.rstrip().endswith("?"):
        return "polar"
    if words[0] in _FUTURE_POLAR and words[1:2] != [] and words[1] not in _ASKED_TO and text.rstrip().endswith("?"):
        return "polar"  # "Will it rain in Oslo on Saturday?": whether something will hold; "will you ..." asks a favour
    return None


# Words after a yes/no question's verb by which it states no claim: the dummy subject of the weather or a distance
# ("Is it going to rain?", "Is there a bus?"), the one asked ("Do you know...?"), the user's own things or a text
# pointed at ("Is my code ok?", "Is this true?"; a claim pointed at is read by ``patterns.reading``).
_NO_CLAIM_SUBJECTS = frozenset("it there you u i we this that these those my our your".split())
_ALTERNATIVE = re.compile(r"\bor\b", re.IGNORECASE)
CLAIM_QUESTION_WORDS = 40
"""A yes/no question longer than this many words is no one claim asked about."""
_CLAIM_SCAN = 400
# Words of a remark after the question that only asks for it to be checked ("Check it for me.", "Can you verify?").
_CHECKING = frozenset(
    "check verify confirm fact-check fact it that this for me please pls can could you u quickly thanks".split()
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s")


def asks_whether_so(text: str) -> bool:
    """Whether ``text`` is a yes/no question that states a claim once its verb is put back: "Is Mount Everest the
    highest mountain on Earth?" (Mount Everest is...), "Did the Titanic sink in 1912?", "Do antibiotics kill
    viruses?". What it asks is whether the claim holds, whatever its topic. Not a question whose subject is a
    dummy, the one asked, the user's own or a text pointed at (``_NO_CLAIM_SUBJECTS``), a number ("Is 17 a lucky
    number?"), nor one that offers alternatives ("Do antibiotics work on a cold or the flu?": which holds is
    information to find, not a claim to confirm). A remark after it that only asks for the check ("Check it for
    me.") leaves the question as it is."""
    ask, mark, rest = text[:_CLAIM_SCAN].partition("?")
    if mark and rest.strip() and set(WORD.findall(rest.lower())) <= _CHECKING:
        text = ask + mark  # "Does water boil at 100 degrees at sea level? Check it for me.": the check is the ask
    if len(text) > _CLAIM_SCAN or question_form(text) != "polar" or _ALTERNATIVE.search(text):
        return False
    words = text.lower().split()
    if len(words) < 3 or len(words) > CLAIM_QUESTION_WORDS or words[0] not in _POLAR_QUESTION_WORDS:
        return False
    # one sentence, asked whole: "Did a 10 km run today. What was my speed?" tells, then asks something else
    one_sentence = _SENTENCE_BREAK.search(text.rstrip()) is None
    return one_sentence and WORD.fullmatch(words[1]) is not None and words[1] not in _NO_CLAIM_SUBJECTS


def asks_for_a_fact(text: str) -> bool:
    """Whether ``text`` is an open question about a person, a time or a place ("Who developed...", "When did
    ...", "In which country..." is not: "which" may ask for anything)."""
    words = _asked(text)
    return bool(words) and words[0] in _FACT_WORDS


_COUNTING = ("how", "many")
_AUXILIARIES = frozenset("do does did".split())
_POSSESSING = frozenset("have has".split())
COUNT_WORDS = 12
"""A count's question ("how many moons does Jupiter have") is read over at most this many words."""


def counts_in_the_world(text: str) -> bool:
    """Whether ``text`` asks how many of something a thing has, giving no number: "how many moons does Jupiter
    have", "Tell me how many hearts an octopus has", "How many players does one soccer team have on the pitch?"
    (where it has them, said after the verb; "one" there is "a", no figure). The count is a fact about the world to
    look up; with numbers given ("how many apples does Sam have if he buys 3 bags of 6") it is a sum to work out."""
    if has_number(_ONE_THING.sub(r"\1 a ", text[:MAX_NUMBER_SCAN])):
        return False
    words = _asked(text.split("?", 1)[0])[: COUNT_WORDS + 1]
    if tuple(words[:2]) != _COUNTING:
        return False
    rest = words[2:]
    if rest[-1:] == ["got"]:  # "how many legs has a spider got"
        return len(rest) > 3 and rest[1] in _POSSESSING
    if len(rest) > 2 and rest[-1] in _POSSESSING:  # "... does Jupiter have", "... an octopus has"
        return True
    # "... does a team have on the pitch", "... does a cat have in each paw": where, not what is left or owed
    has = next((i for i, w in enumerate(rest) if w in _POSSESSING), 0)
    return 1 < has < len(rest) - 1 and rest[1] in _AUXILIARIES and rest[has + 1] in _WHERE_HELD


# "how many legs does one spider have": "one" after the question's auxiliary is "a", no figure to work on
_ONE_THING = re.compile(r"\b(do|does|did)\s+one\s+(?=[a-z])", re.IGNORECASE)
_WHERE_HELD = frozenset("on in at inside per each altogether normally usually typically".split())


# A clock time: "9:30", "18:00", "7:45 am", "3 pm", "10.15pm"; noon and midnight are times too.
_CLOCK = re.compile(
    r"\b\d{1,2}(?::\d{2}(?:\s?[ap]\.?m\b)?|(?:\.\d{2})?\s?[ap]\.?m\b)|\b(?:noon|midday|midnight)\b", re.IGNORECASE
)
_DURATION_ASKED = re.compile(r"\bhow\s+(?:long|much\s+time|many\s+(?:hours|hrs|minutes|mins))\b", re.IGNORECASE)


def asks_a_span(text: str) -> bool:
    """Whether ``text`` gives two clock times or more and asks how long lies between: "The library is open from
    9:30 to 18:00. How many hours is it open?" The span is worked out from the times given, not looked up."""
    head = text[:MAX_NUMBER_SCAN]
    return len(_CLOCK.findall(head)) >= 2 and _DURATION_ASKED.search(head) is not None


def fact_asking(worker: Worker) -> bool:
    """Whether one of ``worker``'s examples asks who, when or where; a worker without examples is taken to."""
    examples = [e for skill in worker.skills for e in skill.examples]
    return not examples or any(asks_for_a_fact(e) for e in examples)


def example_forms(worker: Worker) -> frozenset[str]:
    """The question forms ``worker``'s examples take; a worker without examples is taken to serve every form."""
    examples = [e for skill in worker.skills for e in skill.examples]
    if not examples:
        return frozenset(("open", "polar"))
    return frozenset(f for f in map(question_form, examples) if f is not None)


_CODE_LINE = re.compile(
    r"(?m)^[ \t]*(?:def|class|return|import|from|function|const|let|var|async|try|except|public|private)\b"
    r"[^\n]{0,200}?[:;{(=]"
    # a branch of an if-chain ("elif days == 2: return 18", "else:"): a keyword prose never opens a line with
    r"|^[ \t]*(?:elif\b[^\n]{0,200}?:|else[ \t]*:)"
    # a block opened by a colon at the end of its line ("for g in garrafoes:"), a bare return, a call to print
    r"|^[ \t]*(?:for|while|if|with)\b[^\n]{0,200}?:[ \t]*$|^[ \t]*return\b|^[ \t]*print\("
)
CODE_MARK = "(code)"
"""Put after an instruction whose material is code, so it is ranked as working on code ("Review (code)")."""


def is_code(material: str) -> bool:
    """Whether ``material`` is source code: a ``` block, or two lines or more that open as code does."""
    head = material[:MAX_NUMBER_SCAN]
    return "```" in head or len(_CODE_LINE.findall(head)) >= 2


def with_code_mark(instruction: str) -> str:
    """``instruction`` marked as working on code: the code is left out of what is ranked, its kind is not."""
    return f"{instruction.rstrip().rstrip(':').rstrip()} {CODE_MARK}"


_FIGURE = re.compile(r"[$\u00a3\u20ac]?-?\d[\d.]*(?:%|[a-z]{1,3})?", re.IGNORECASE)
_FIGURE_BREAK = re.compile(r"(?:[,;]|\s|\band\b|&)+", re.IGNORECASE)
FIGURE_SCAN = 400
"""Only this much of a sentence is read for figures."""


def only_figures(text: str) -> bool:
    """Whether ``text`` is only a list of two or more figures ("72, 85, 91, 64", "£12, £8.50 and £3"): the data
    of the question or order before it, which asks for nothing of its own."""
    head = text.strip().rstrip(".")
    if len(head) > FIGURE_SCAN:
        return False
    items = [t for t in _FIGURE_BREAK.split(head) if t]
    return len(items) >= 2 and all(_FIGURE.fullmatch(t) for t in items)


# A question after a comma, its mark typed as a full stop ("..., what is the total for the season."): the sentence asks
_ASKED_AFTER_COMMA = re.compile(
    r",\s*(?:so\s+)?(?:what(?:'s|s)?\s+(?:is|are|was|will|would|do|does)?\b|how\s+(?:much|many|long|far|old)\b)",
    re.IGNORECASE,
)


def asked_after_comma(sentence: str) -> bool:
    """Whether ``sentence`` asks a question after a comma ("we sold 40 jars at £5, how much is that."), whatever mark
    it ends with."""
    return _ASKED_AFTER_COMMA.search(sentence[:FIGURE_SCAN]) is not None


def now_and_then(before: str, after: str) -> bool:
    """Whether a cut between ``before`` and ``after`` splits the idiom "now and then" closing its clause ("it blows
    up every now and then", its material after it): now and again, no step after a step."""
    return _NOW.search(before) is not None and _THEN_CLOSES.match(after) is not None


_NOW = re.compile(r"\bnow\s*$", re.IGNORECASE)
_THEN_CLOSES = re.compile(rf"\s*(?:and\s+)?then\b[^\w{OPEN}]*(?:{OPEN}\d+{CLOSE}\W*)?$", re.IGNORECASE)
