"""The asker's situation told before a question, read apart from the question itself.

People say why they ask before asking: "Visiting the Louvre next week. Who painted the Mona Lisa?", "For my
history homework, in what year did the Second World War end?", "Doing a quiz with the kids and we're stuck:
what's the capital of Canada?", "Anatomy revision - how many bones does an adult have?". The lead-in is the
asker's plans, task or purpose; the question is the rest. Searching with the lead-in's words ("homework",
"quiz", "Louvre") finds notes that never say them, and reading its time words ("next week") as the question's
turns a question about a painting into one about the future.

A lead-in is set apart only when it tells a situation, not a fact: it speaks of the asker (I, my, we, our),
starts with what they are doing ("Visiting ...", "Revising ..."), or names a task ("homework", "quiz", "settle
an argument"). The question must then stand alone: it names its own topic (a word that is not only a
superlative: "Which is the largest?" leans on the lead-in), and when it points back with "it", "he" or "she",
the lead-in names exactly one thing for the pronoun to stand for ("My book club is reading Pride and Prejudice
next month. Who wrote it?" asks who wrote Pride and Prejudice). Otherwise the whole request is the question.

The situation may also come after the question ("What does DNA stand for? Revising for my biology GCSE.",
"Explain photosynthesis simply? Teaching it to year 5 tomorrow."): it is read the same way, and its time words
are the asker's plans too. And "it" may stand for the thing a told claim is about rather than a name: "My
daughter swears the capital of Australia is Sydney. I'm sure it isn't. What is it?" asks what the capital of
Australia is. The claim's subject ("the capital of Australia" in "... the capital of Australia is Sydney") is
what is in doubt, its value ("Sydney") the guess; a told thing that is an attribute of something at the end of
a sentence ("I keep forgetting the chemical symbol for gold.") is read the same way.

Every regex here is linear: word alternations, bounded classes and bounded gaps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.researcher.chatter import narrows
from servers.tools.summarizer.sentences import STOPWORDS, words

_QUESTION_START = (
    r"(?:(?:in|during|by|on|at|from|for|of|to|since|until)\s+)?"
    r"(?:who|whom|whose|what|what's|whats|which|when|where|why|how|is|are|was|were|do|does|did|can|could|has|have)\b"
)
# A lead-in and its question in one sentence: "Settle an argument: which ...?", "For my homework, in what year
# ...?", "Anatomy revision - how many ...?". The lead-in has no question mark or colon of its own.
_LEAD_IN = re.compile(
    rf"(?P<lead>[^?:;\n]{{3,160}}?)\s*(?::|\s[-–—]\s|,)\s*(?P<question>{_QUESTION_START}[^\n]{{3,400}})",
    re.I,
)
# An initial ("C.S. Lewis", "J. K. Rowling") ends no sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!\b[A-Z]\.)\s+")
# What makes a lead-in the asker's situation rather than a fact the question needs.
_ASKER = re.compile(r"\b(?:i|i'm|i've|im|me|my|we|we're|we've|us|our|mine)\b", re.I)
# "Visiting the Louvre next week", "Revising for my exam": a verb in -ing with its object or its time, not a
# preposition ("During the war") or a name ("Beijing is ...").
_DOING = re.compile(
    r"^\s*(?:just\s+)?(?!(?:during|regarding|concerning|including|following|according|considering|excluding"
    r"|nothing|something|anything|everything)\b)[a-z]{2,}ing\s+(?:the|a|an|my|our|some|this|that|for|to|with|in|at"
    r"|on|up|through|around|round|about|over|into|across|out|back|me|us|it|them|next|this|tomorrow|tonight"
    r"|today|later|soon|there|here|home|abroad|away|(?-i:[A-Z]))"
    # plans said without a verb in -ing: "Off to Toronto next month."
    r"|^\s*(?:just\s+)?off\s+(?:to|on)\s",
    re.I,
)
# A condition or a time ("If I heat water, what happens?", "When I visit Rome, what ...?") is part of the question.
_CLAUSE = re.compile(
    r"^\s*(?:if|when|whenever|while|since|because|as|after|before|once|although|though|unless|given|assuming"
    r"|suppose|supposing|in case)\b",
    re.I,
)
_TASK = re.compile(
    r"\b(?:homework|coursework|assignment|essay|revision|revising|exam|exams|test|quiz|trivia|crossword"
    r"|pub quiz|lesson|class|project|argument|debate|bet|curiosity|curious|question|settle|presentation|talk"
    r"|speech|assembly|interview|meeting|lecture|seminar|worksheet)\b",
    re.I,
)
# An exclamation of interest in the topic, not a fact the question needs: "Octopuses are fascinating!"
_FEELING = re.compile(
    r"^\s*[\w'’ -]{2,60}?\s(?:is|are|was|were)\s+(?:so\s+|really\s+|just\s+|pretty\s+|such\s+)?(?:amazing"
    r"|fascinating|cool|interesting|incredible|awesome|weird|strange|wonderful|beautiful|fun|great|mysterious)"
    r"\s*[.!]*\s*$",
    re.I,
)
_POINTER = re.compile(r"\b(?:it|he|she)\b", re.I)
_OTHER_POINTER = re.compile(r"\b(?:its|his|her|they|them|their|that|this|these|those|there)\b", re.I)
# "What's that again?", "What is this called?": a wh-question about the thing just told, "that" standing for it.
_THAT_QUESTION = re.compile(
    r"^(?:what|which|who|where|when|how\s+\w+)(?:'s|’s|\s+(?:is|was|are|were))\s+(?P<pointer>that|this)"
    r"(?=\s+(?:again|exactly|actually|really|then|called|in\s)|\s*[?!.]*$)",
    re.I,
)
# Time and place words that end a told attribute but are not part of it: "the speed of sound today".
_TOLD_WHEN = re.compile(
    r"(?:\s+(?:today|tonight|tomorrow|yesterday|now|earlier|again|lately|(?:this|next|last)\s+(?:week|weekend|month"
    r"|year|term|morning|afternoon|evening)|in\s+(?:class|school|the\s+lesson)|at\s+(?:school|work|home)))+$",
    re.I,
)
_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:(?:and|of|the|de|da|van|von)\s+)?[A-Z][\w'’-]*)*")
# The subject of a told claim: "the capital of Australia is Sydney", "the Mona Lisa was painted by ...", "Everest
# is in Nepal". Not an auxiliary ("the teacher is reading ..."): the verb after "is" is no -ing form.
_CLAIM_SUBJECT = re.compile(
    r"(?:^|\b(?:says?|said|swears?|swore|insists?|insisted|thinks?|thought|believes?|believed|claims?|claimed"
    r"|reckons?|reckoned|argues?|argued|told (?:me|us)|(?:is|was|am|are) (?:sure|convinced|certain)|bet me"
    r"|guessed|that)\s+)(?P<subject>the\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+|(?-i:[A-Z][\w'’-]*)"
    r"(?:\s+(?-i:[A-Z][\w'’-]*)){0,3})\s+(?:is|was|are|were)\s+(?!\w+ing\b)",
    re.I,
)
_COPULA = re.compile(r"\b(?:is|was|are|were)\b", re.I)
# A told attribute at the end of a sentence: "I keep forgetting the chemical symbol for gold."
_ATTRIBUTE = re.compile(
    r"\b(?P<subject>the\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+(?:of|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"[\w'’-]+)\s*[.!]?$",
    re.I,
)
# A told sentence that asks for more is no situation: "Tell me how many puppies to expect as well."
_ASKS_MORE = re.compile(
    r"^\W*(?:(?:and|also|please|then|now|plus)\W+){0,2}(?:tell|explain|list|give|show|describe|include|compare"
    r"|name)\b|\b(?:as\s+well|too|also)\s*[.!]*\s*$",
    re.I,
)
# Who keeps asking the asker, said without "me": "Clients keep asking if they need lightning conductors", "Guests
# are always asking about it". What they ask is why the asker asks; the question asked is the one to answer.
_ASKED = re.compile(
    r"^\s*(?:(?:the|all|most|some|lots\s+of|many)\s+)?(?:[a-z]+\s+){0,2}?[a-z]+s\s+(?:keep|kept|are\s+always"
    r"|always|often|constantly|regularly)\s+ask(?:ing|s)?\b",
    re.I,
)
_FROM_HERE = re.compile(r"\bhow (?:far|long|close|near)\b|\bdistance\b|\bget (?:to|there)\b", re.I)
_WH = frozenset("who whom whose what whats which when where why how".split())
# Words that judge a told claim rather than name a topic: "Who is right?", "Which of us is correct?"
JUDGEMENT = frozenset("right wrong correct incorrect true false sure accurate".split())


# A thing someone needs to know, named rather than asked ("my kid needs to know the chemical symbol of potassium
# for a quiz"): the question is what that thing is; the purpose after it is the situation.
_NEEDED = re.compile(
    r"(?P<who>(?:my|our|i|we|i'm|we're)\b[^.?!]{0,40}?\b(?:needs?|needed|has|have|had|wants?|wanted|would like"
    r"|'d like|trying) to (?:know|find out|learn|look up|figure out))\s+(?P<what>(?:the|a|an)\s+[^.?!]{3,200}?)"
    r"(?P<purpose>\s+for\s+(?:a|an|my|our|his|her|their|the|tomorrow's|today's|tonight's)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:quiz|homework|test|exam|essay|assignment|project|class|lesson|presentation|report|crossword))?\s*[.?!]?",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Situated:
    """A question read apart from the situation told before it."""

    question: str
    situation: str


def situated(request: str) -> Situated | None:
    """The question of ``request`` and the situation told before it, or None when the request is not a
    situation followed by a question that stands alone (see the module docstring)."""
    text = " ".join(request[:2_000].split())
    if (needed := _NEEDED.fullmatch(text)) is not None:
        what = needed.group("what")
        content = [w for w in words(what) if w not in STOPWORDS]
        if _OTHER_POINTER.search(what) or _POINTER.search(what) or len(content) < 2 or not names_topic(what):
            return None  # "I need to know the answer" names nothing to look up
        return Situated(f"What is {what}?", f"{needed.group('who')}{needed.group('purpose') or ''}")
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    asked = [n for n, s in enumerate(sentences) if "?" in s]
    if len(asked) != 1 or not sentences[asked[0]].endswith("?"):
        return None
    before, last, after = sentences[: asked[0]], sentences[asked[0]], sentences[asked[0] + 1 :]
    split = _LEAD_IN.fullmatch(last)
    if split is not None and _situation(split.group("lead")):
        before, last = [*before, split.group("lead")], split.group("question")
    told = [*before, *after]
    if not told or not all(_situation(s) for s in told):
        return None
    situation = " ".join(told)
    # one "it" (not "he" or "she": a person), or "that" in "What's that again?", may stand for the thing a told
    # claim is about
    pointers = [p.lower() for p in _POINTER.findall(last)]
    that = _THAT_QUESTION.match(last)
    if that is not None and not pointers and len(_OTHER_POINTER.findall(last)) == 1:
        subject = _claimed(before)
        question = f"{last[: that.start('pointer')]}{subject}{last[that.end('pointer') :]}" if subject else None
    else:
        subject = _claimed(before) if pointers == ["it"] and not _OTHER_POINTER.search(last) else None
        question = _POINTER.sub(lambda _: subject, last, count=1) if subject else _resolved(last, " ".join(before))
    if question is None or not names_topic(question):
        return None
    if subject is None and _names(situation) and (not _names(question) or _FROM_HERE.search(question)):
        return None  # "Visiting Paris next week: what is the tallest building?" asks it of Paris, and "I'm in
        # London: how far is Paris?" asks how far from London
    return Situated(question[:1].upper() + question[1:], situation)


def _situation(lead: str) -> bool:
    """Does ``lead`` tell the asker's situation (who asks, what they are doing, what the answer is for)?"""
    if _CLAUSE.match(lead) or _ASKS_MORE.search(lead) or narrows(lead):
        return False
    return bool(
        _ASKER.search(lead) or _DOING.match(lead) or _TASK.search(lead) or _FEELING.match(lead) or _ASKED.match(lead)
    )


def _resolved(question: str, situation: str) -> str | None:
    """``question`` with a pronoun pointing into the situation replaced by the one name the situation gives
    ("they" and "them" by the one plural thing it names); the question itself when it points nowhere; None when
    what it points to cannot be told."""
    if _PLURAL_POINTER.search(question) and not _POINTER.search(question):
        return _plural_resolved(question, situation)
    if _OTHER_POINTER.search(question):
        return None
    pointers = _POINTER.findall(question)
    if not pointers:
        return question
    names = _names(situation)
    if len(pointers) != 1 or len(names) != 1:
        return None
    return _POINTER.sub(next(iter(names)), question, count=1)


def _plural_resolved(question: str, situation: str) -> str | None:
    """``question`` with "they" or "them" standing for the one plural thing ``situation`` names ("We're studying
    volcanoes. How do they form?"); None when it names none or several, or the question points elsewhere too."""
    if _OTHER_POINTER.search(_EXISTENTIAL.sub(" ", _PLURAL_POINTER.sub(" ", question))):
        return None  # "How did they build this?": "this" points somewhere else as well
    things = _plurals(situation)
    if len(things) != 1:
        return None
    thing = next(iter(things))
    return _PLURAL_POINTER.sub(lambda m: thing if m.group().lower() != "their" else "the", question)


def _plurals(text: str) -> set[str]:
    """The plural things ``text`` names ("volcanoes", "black holes", "the Wright brothers", "the pyramids of
    Giza"), not the asker's own people ("my kids"), a verb ("she asks") or a word that only ends in s ("this")."""
    said = re.findall(r"[\w'’-]+", text[:400])
    found: set[str] = set()
    for i, word in enumerate(said):
        low = word.lower()
        if not _PLURAL.fullmatch(low) or low in STOPWORDS or i > 0 and said[i - 1].lower() in _NOT_BEFORE_PLURAL:
            continue
        start = i
        # a modifier belongs to the thing when a determiner or preposition comes before it ("about black holes")
        # or it is a name ("The Wright brothers"); otherwise it is the asker's verb ("We love penguins")
        while (
            start > 0
            and i - start < 2
            and said[start - 1].lower() not in STOPWORDS
            and (
                said[start - 1][:1].isupper()
                and start - 1 > 0
                or start > 1
                and said[start - 2].lower() in _BEFORE_THING
            )
        ):
            start -= 1
        phrase = " ".join(said[start : i + 1])
        if i + 2 < len(said) and said[i + 1].lower() == "of" and said[i + 2][:1].isupper():
            phrase += f" of {said[i + 2]}"  # "the pyramids of Giza"
        found.add(phrase)
    return found


_EXISTENTIAL = re.compile(r"\b(?:are|is|were|was) there\b|\bthere (?:are|is|were|was)\b", re.I)  # points nowhere
_PLURAL_POINTER = re.compile(r"\b(?:they|them|their)\b", re.I)
_PLURAL = re.compile(r"[a-z][a-z'-]{1,}(?:[^su'\W]s|ies|oes|ches|shes|xes|ses)")
# Words after which a plural is the asker's or a verb: "my kids", "our students", "she asks", "it rains".
_NOT_BEFORE_PLURAL = frozenset("my our your i he she it who which that".split())
_BEFORE_THING = frozenset("the a an some about on with of these those many all two three four five".split())


def _claimed(told: list[str]) -> str | None:
    """The one thing the told sentences make a claim about or name as an attribute ("the capital of Australia"),
    for "it" in the question to stand for; None when they tell of none or of more than one."""
    found: dict[str, str] = {}
    for sentence in told:
        if len(_COPULA.findall(sentence)) > 1:
            return None  # "... the capital of France is Lyon and the capital of Spain is Madrid": which one?
        match = _CLAIM_SUBJECT.search(sentence) or _ATTRIBUTE.search(sentence)
        if match is not None:
            subject = _TOLD_WHEN.sub("", match.group("subject"))
            if subject.split()[0].lower() == "the" or subject in _names(sentence):
                found.setdefault(subject.lower(), subject)
    return next(iter(found.values())) if len(found) == 1 else None


def names_in(text: str) -> set[str]:
    """The names ``text`` gives to places or things (not a capital that only starts a sentence, a school year, a
    day of the week or a language spoken)."""
    return _names(text)


def _names(text: str) -> set[str]:
    found = (
        _name(m.group(), m.start(), text) for m in _NAME.finditer(text) if not _spoken_in(m.group(), m.start(), text)
    )
    return {n for n in found if n and n not in _NO_PLACE}


# A language the asker speaks or explains in ("I don't know how to explain it in English") is how they talk, not a
# place or thing the question is asked of.
_LANGUAGES = frozenset("English French German Spanish Chinese Cantonese Mandarin Vietnamese Afrikaans".split())


def _spoken_in(run: str, start: int, text: str) -> bool:
    return run in _LANGUAGES and text[:start].rstrip().lower().endswith(" in")


# A school year or class ("doing it with Year 5", "my Key Stage 2 group") or a day of the week is capitalized but
# names no place or thing the question could be asked of.
_NO_PLACE = frozenset(
    {"Year", "Grade", "Form", "Key Stage", "Reception", "Sixth Form", "Nursery", "Primary"}
    | {f"{day}day" for day in ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")}
)


def _name(run: str, start: int, text: str) -> str:
    """A name: a run of capitalized words, not "I". At the start of a sentence a capital says nothing, so a
    first word that is a common word ("My", "The", "Visiting") is left out, and a run of one word is no name."""
    parts = run.split()
    if start == 0 or text[:start].rstrip().endswith((".", "!", ":", "-", "?")):
        first = parts[0].lower()
        if len(parts) == 1:
            return ""
        if first in STOPWORDS or first.endswith("ing"):
            parts = parts[1:]
    named = [p for p in parts if p.lower() not in STOPWORDS and not _FIRST_PERSON.fullmatch(p)]
    return " ".join(parts) if named else ""


# The asker speaking of themselves ("I've forgotten", "I'm stuck", "I'd like"): capitalized, but no name.
_FIRST_PERSON = re.compile(r"I(?:['’](?:m|ve|d|ll))?")


def names_topic(question: str) -> bool:
    """Does the question name a topic of its own: a content word that is not a superlative alone?"""
    return any(
        w not in STOPWORDS and w not in _WH and w not in JUDGEMENT and len(w) >= 3 and not w.endswith("est")
        for w in words(question)
    )
