"""Answering a question from the knowledge base: the passage that answers it, or an honest "nothing matched".

A question's **key words** are its content words, minus stopwords and words that only say what kind of answer
is wanted ("history", "overview", "background"). Some key words are **soft**: verbs of relation such as
"created", "designed" or "happened", which a good answer often words differently ("began as a project of",
"was the work of"). Every other key word is **required**.

The knowledge base's BM25 search (by the key words) picks candidate documents; each of their sentences is
then scored by the key words it contains itself, weighted by rarity across the knowledge base (a word in few
documents says more about the topic than a common one; soft words count a third), plus half that weight for
key words only in the document's title (a sentence in "The Eiffel Tower" that says "It opened in May 1889" is
about the tower), plus a share for a document named after the topic. Sentences that cover every required word
rank first, then those holding what the question asks for: a name for "who", a date for "when", a number for
"how many", a place for "where".

The answer must cover every required key word — in the best sentence, its document's title, or one more
sentence of the same document — and hold what the question asks for. Otherwise the knowledge base does not
answer the question, even when it mentions some of the words, and ``NothingMatched`` says what nothing
covered. A passage on the topic that misses the question ("What colour is the Eiffel Tower?" answered with
its height, "Who first walked on the Moon?" with a count of moonwalkers) is a wrong answer in disguise, so it
is never given.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from servers.tools.researcher.abbreviations import EXPANSION, expanded
from servers.tools.researcher.deeds import SOFT_STEMS, dated_deed, says_deed
from servers.tools.researcher.defining import unsaid_what_it_is
from servers.tools.researcher.doers import in_doers_place
from servers.tools.researcher.gate import (
    PLACE_ASKED_BY_KIND,
    WHICH_PLACE,
    Asked,
    deed_of,
    holds,
    names_in,
    read_asked,
    unanswered,
)
from servers.tools.researcher.knowledge import Document, KnowledgeBase, query_terms
from servers.tools.researcher.matching import covers, stem_of, stems_of
from servers.tools.researcher.patients import told_of_another
from servers.tools.researcher.ranking import MEASURED_BY, unranked
from servers.tools.researcher.relevance import (
    definition_field,
    on_subject,
    says_what_it_does,
    says_what_kind,
    unsaid_of_subject,
)
from servers.tools.researcher.request_talk import chooses_unnamed, names_no_topic, without_choice_count
from servers.tools.researcher.sequence import asks_for_first, asks_for_last, first_told, last_told
from servers.tools.researcher.titles import implied_by_title, says_long_name, spelled_out_stems, title_parts
from servers.tools.researcher.wholes import counted_in_whole
from servers.tools.researcher.wording import MAKING, ROLES, SYNONYMS, colour_named, object_deed, one_name, part_asked
from servers.tools.summarizer.sentences import split_sentences

_GENERIC = frozenset(
    """history historical story background overview summary introduction basics details detail facts fact
    notes note knowledge base documents document articles article papers paper reading list topic subject
    thing things something anything everything kind type sort way ways meaning definition define called
    main key important current currently recent latest really exactly actually like say says said anyone
    someone somebody person persons tell know explain quick short brief simple simply terms bit whole many
    much put together compile gather collect want wanted some please originally initially ever still usually
    one ones whats whos wheres whens hows roughly approximately approx around nearly almost exactly precisely
    circa wonder wondering wondered curious located situated
    answer answers result results solution outcome need needs needed normal typical usual""".split()
)
# A sentence about the note's own topic without naming it: "At about 300 metres it was ...", "The mountain stands
# in ..." (a common noun with "the" in a note named after one thing is that thing).
_IT_SUBJECT = re.compile(
    r"^(?:\S+\s+){0,4}?(?:it|its)\s+(?:is|was|has|had|stands|stood|rises|reaches)\b"
    r"|^the\s+(?-i:[a-z]+)\s+(?:is|was|stands|stood|lies|lay|sits|sat|rises|runs)\b",
    re.I,
)
_PRONOUN_START = re.compile(r"^(?:it|its|he|his|she|her|they|their|this|these|those)\b", re.I)
_GOES_ON = re.compile(r"^(?:it|they)\s+(?:is|are|was|were|has|have|lets|let|allows|allow|makes|make)\b", re.I)
_DENIES = re.compile(r"\b(?:not|never|no longer)\b|n['’]t\b", re.I)
_WHAT = re.compile(r"\W*(?:what|which)\b", re.I)
MAX_SENTENCE_WORDS = 120
MAX_KEY_WORDS = 24  # a question, not a document: longer "questions" are declined rather than half-read


@dataclass(frozen=True, slots=True)
class Passage:
    """The sentences that answer, and the document they come from."""

    doc_id: int
    title: str
    source: str
    text: str
    matched: tuple[str, ...]  # the question's key words the passage (with its title) contains


class NothingMatched(LookupError):
    """The knowledge base has no passage that answers the question."""

    def __init__(self, question: str, missing: list[str], mentioned: list[str], unsaid: str | None = None) -> None:
        super().__init__(question)
        self.question = question
        self.missing = missing  # required key words that no passage covers, as the question wrote them
        self.mentioned = mentioned  # titles of documents that matched some of the words
        self.unsaid = unsaid  # "who", "when", ... when the passages never say what the question asks for


# Words that say what form the answer takes ("how tall", "what year") rather than what it is about.
_DIMENSION = re.compile(
    r"\bhow\s+(?:tall|high|big|long|old|far|large|heavy|deep|wide|fast)\b"
    r"|\b(?:what|which)\s+(?:years?|date|day|month|decade|century)\b",
    re.I,
)


# A superlative ranks among everything unless the question narrows it: "in the world" or "on Earth" adds
# nothing a note must say ("the highest mountain on Earth" answers "the highest mountain in the world").
_RANKED = re.compile(r"\b(?:[a-z]{2,}est|most|least)\s+[a-z]", re.I)
_EVERYWHERE = re.compile(r"\b(?:in|on|of)\s+(?:the\s+|our\s+)?(?:world|earth|planet|globe)\b", re.I)

_WHAT_IT_STANDS_FOR = re.compile(r"\bwhat\s+(?:does|do|is)\s+(?:it|that|this|they)\s+(?:stand|short)\s+for\b", re.I)


class NotAQuestion(ValueError):
    """The request names no topic to look up, or is too long to be one question (``too_long``)."""

    def __init__(self, too_long: bool = False) -> None:
        super().__init__("too many key words" if too_long else "no key words")
        self.too_long = too_long


_SHORT_SAID = re.compile(
    r"\b(?:is|was|are|were)\s+(?:[\w'-]+\s+){0,3}?(?:very\s+|really\s+|so\s+)?short\b(?!\s+\w)", re.I
)
_LETTER = re.compile(r"(?<=[\w,;:] )(?!(?:I|A)\b)[A-Z](?![\w'’.-])")


def key_words(question: str) -> dict[str, str]:
    """The question's key words: stem -> the word as written, in order, without generic words.

    "How tall" asks for a number rather than naming the topic, so its "tall" is not a key word: the answer
    may well say "high" or give the figure in metres. "What year" asks for a date, so "year" is not one either."""
    keys: dict[str, str] = {}
    # "What does DNA stand for?" names DNA; "stand" and "for" only ask what it spells out.
    if _WHAT_IT_STANDS_FOR.search(question):
        return keys  # "What does that stand for?" names nothing to look up
    asking = EXPANSION.search(question)
    if asking is not None:
        question = expanded(asking) or question
    question = without_choice_count(part_asked(question))  # "Which two oceans ...": the count is no topic
    if WHICH_PLACE.search(question):
        question = PLACE_ASKED_BY_KIND.sub(" where ", question, count=1)  # "In which country" names no topic
    if _RANKED.search(question) and not MEASURED_BY.search(question):
        question = _EVERYWHERE.sub(" ", question)  # "the highest mountain in the world" is "the highest mountain"
    generic = _GENERIC - {"short"} if _SHORT_SAID.search(question) else _GENERIC  # "Was Napoleon very short?"
    for word in query_terms(_DIMENSION.sub(" ", question)):
        if word not in generic and word.isalnum():
            keys.setdefault(stem_of(word), word)
    # A lone capital letter is a symbol or a grade ("the symbol K", "vitamin C"): the search drops one-letter
    # words, but the answer must still say it, or any note on symbols would answer "which element is K?".
    for letter in _LETTER.findall(question[:400]):
        keys.setdefault(letter.lower(), letter)
    if len(keys) > MAX_KEY_WORDS:
        raise NotAQuestion(too_long=True)
    if keys and (names_no_topic(w for k, w in keys.items() if k not in SOFT_STEMS) or chooses_unnamed(question)):
        return {}  # "Could you do two things for me?", "Hi there, can you help me", "Which one will make me more?"
    return keys


def _required(keys: dict[str, str]) -> set[str]:
    """The key words an answer must contain: all but the soft ones, in any of their forms ("makes", "made")."""
    return {k for k in keys if k not in SOFT_STEMS}


@dataclass(slots=True)
class _Candidate:
    score: float
    covered: set[str]
    holds: bool
    doc_index: int
    sentence_index: int

    def rank(self, required: set[str]) -> tuple[bool, bool, float]:
        return required <= self.covered, self.holds, self.score


def answer(kb: KnowledgeBase, question: str) -> list[Passage]:
    """The passage (one document, a sentence or two) that answers ``question``.

    Raises ``NothingMatched`` when no document answers it, and ``NotAQuestion`` when it has no key words (nothing
    to look for) or far too many (a document, not a question)."""
    question, last = asks_for_last(one_name(colour_named(question)))
    keys = key_words(question)
    if not keys:
        raise NotAQuestion()
    required = _required(keys)
    if (deed := object_deed(question)) is not None and stem_of(deed) in keys:
        required = required | {stem_of(deed)}  # "What do bees make?" is not answered by what bees do otherwise
    if field := definition_field(question):  # "What is inflation in economics?": a note on inflation answers
        required = required - set(stems_of(field)) or required
    # Search by the key words alone, so "mean" in "What does idempotent mean?" does not hide the document.
    # A size word is searched as written and as notes tend to say it ("tallest" and "highest").
    searched = (w for k in (required or keys) for w in (keys[k], SYNONYMS.get(keys[k], keys[k])))
    hits = kb.search(" ".join(dict.fromkeys(searched)), 5)
    frequency = kb.document_frequency(list(keys.values()))
    total = max(1, kb.count())
    # Rarer words say more about the topic; soft words (verbs a passage may put differently) count little.
    weight = {
        s: math.log(1 + total / (1 + frequency.get(w, 0))) * (1.0 if s in required else 0.3) for s, w in keys.items()
    }
    asked = read_asked(question)
    documents = [d for d in (kb.get(h.doc_id) for h in hits) if d is not None]
    if asked is not None and asked.kind == "what it stands for":
        spelled = _spelled_in_title(asked, documents)
        if spelled is not None:
            return [spelled]
    texts = [[s for s in split_sentences(d.text) if not s.startswith("#")] for d in documents]
    long_names = [spelled_out_stems(d.title) for d in documents]
    best: _Candidate | None = None
    for d, document in enumerate(documents):
        title = stems_of(document.title)
        parts = title_parts(document.title)
        known = set(keys) | title

        def dates(clause: str, text: str = document.text, known: set[str] = known) -> bool:
            return holds(asked, clause, known, text)

        topic = 0.5 * sum(weight[k] for k in required if covers(k, title))  # a document named after the topic
        for i, sentence in enumerate(texts[d]):
            if len(sentence.split()) > MAX_SENTENCE_WORDS:
                continue
            said = stems_of(sentence)
            own = {k for k in keys if covers(k, said) or says_long_name(k, said, long_names[d])}
            if not own:
                continue
            from_title = {k for k in keys if k not in own and covers(k, title) and implied_by_title(k, said, parts)}
            score = sum(weight[k] for k in own) + 0.5 * sum(weight[k] for k in from_title) + topic
            if says_what_kind(question, sentence, document.title) or says_what_it_does(question, sentence):
                score += 1.0  # "What is X?" by what kind of thing X is, not where it lies; "What does X do?" by a deed
            candidate = _Candidate(
                score + 0.2 / (1 + i) + 0.3 / (1 + d),
                own | from_title,
                holds(asked, sentence, known, document.text)
                and unranked(question, sentence) is None
                and on_subject(question, sentence, document.title)
                and counted_in_whole(question, sentence, document.title)
                and unsaid_what_it_is(question, sentence) is None
                and (asked is None or asked.kind != "when" or dated_deed(question, keys, sentence, title, dates)),
                d,
                i,
            )
            if best is None or candidate.rank(required) > best.rank(required):
                best = candidate
    if best is None:
        raise NothingMatched(question, [keys[k] for k in required], [])
    document, sentences = documents[best.doc_index], texts[best.doc_index]
    if len(required) <= 1 and not _about_subject(question, keys, document.title, sentences):
        phrase = _SUBJECT.search(question)
        subject = phrase.group("phrase") if phrase is not None else keys[next(iter(required or keys))]
        raise NothingMatched(question, [subject], [d.title for d in documents])
    chosen, missing, unsaid = _complete(best, sentences, keys, required, asked, stems_of(document.title), document.text)
    if missing or unsaid:
        raise NothingMatched(question, missing, [d.title for d in documents], unsaid)
    first = min(chosen)
    if _PRONOUN_START.match(sentences[first]) and first > 0 and len(chosen) == 1:
        chosen.append(first - 1)  # "It opened in May 1889" needs the sentence that says what "it" is
    if len(chosen) == 1 and _DENIES.search(sentences[first]) and _WHAT.match(question) and first + 1 < len(sentences):
        # "What do camels store in their humps?" is not answered by "Camels do not store water in their humps"
        # alone: the sentence after a denial says what is so instead ("A camel's hump is a store of fat").
        if any(covers(k, stems_of(sentences[first + 1])) for k in required):
            chosen.append(first + 1)
    if len(chosen) == 1 and first + 1 < len(sentences) and _GOES_ON.match(sentences[first + 1]):
        # "What is an Agent Card (in A2A)?": the defining sentence names its kind; one after it that goes on about
        # the same thing ("It is a JSON document served at ...") says what makes it one
        if says_what_kind(question, sentences[first], document.title):
            chosen.append(first + 1)
    text = " ".join(sentences[i] for i in sorted(chosen))
    if last and (verb := deed_of(question)):
        # "Where was Napoleon exiled at the end?": of the note's exiles, the one it tells last
        latest = last_told(sentences, lambda s: covers(stem_of(verb), stems_of(s)))
        if latest == "":
            raise NothingMatched(question, [], [d.title for d in documents], "which came last")
        text = text if latest is None else latest
    elif verb := asks_for_first(question):
        text = first_told(sentences, lambda s: covers(stem_of(verb), stems_of(s))) or text  # "first exiled": Elba
    if asked is not None and not any(covers(k, stems_of(document.title)) for k in required):
        # The document is about something else and names the topic in passing ("the centenary of the French
        # Revolution" in a note on the Eiffel Tower): its date or name answers the question only if the
        # passage says the whole question, verb included ("began"), not just the topic's name.
        said = stems_of(text)
        unsaid_words = [w for k, w in keys.items() if not covers(k, said) and ROLES.get(k) not in said]
        if unsaid_words:
            raise NothingMatched(question, unsaid_words, [d.title for d in documents])
    # The final gate: the passage about to go out holds what the question asks for, of the thing it asks about.
    known = set(keys) | stems_of(document.title)
    missed = unanswered(question, asked, text, known, document.text)
    if missed is None and asked is not None and asked.kind == "where":
        # A place in a sentence that never says the question's deed ("built") is not where it happened.
        placed = [s for s in sentences if s in text and holds(asked, s, known, document.text)]
        verb = deed_of(question)
        missed = None if any(says_deed(keys, s, verb) for s in placed) else "where"
    if missed is None and asked is not None and asked.kind == "when":
        title = stems_of(document.title)
        # A date in a sentence that never says the question's deed ("founded") is not when it happened: "When was
        # the British Museum founded?" is not answered by a stone "on display there since 1802".
        told = [s for s in sentences if s in text]
        missed = (
            None
            if any(dated_deed(question, keys, s, title, lambda c: holds(asked, c, known, document.text)) for s in told)
            else "when"
        )
    if missed is None and asked is not None and asked.kind == "who":
        # A name in a sentence that never says the question's deed ("built") is not the doer.
        # The document may say the deed in another sentence that names the same person ("Linux ... was created
        # by Linus Torvalds" before "Torvalds announced it in 1991").
        named = set[str]().union(*(names_in(s, known, document.text) for s in sentences if s in text))
        doers = (
            s
            for s in sentences
            if says_deed(keys, s)
            and (names := names_in(s, known, document.text)) & named
            and in_doers_place(keys, {k for k in keys if k in SOFT_STEMS or k in MAKING}, s, names, question)
        )
        missed = None if any(True for _ in doers) else "who"
    if missed is None:
        missed = unsaid_of_subject(question, text, document.title)  # "during the solar eclipse of 1919"
    if missed is None:
        missed = unsaid_what_it_is(question, text)  # "What is Python?" is not answered by who created it
    if missed is None and asked is not None:  # "Who founded Rust?" is not answered by who founded the Rust Foundation
        missed = told_of_another(question, asked.kind, list(required), split_sentences(text))
    if missed is None and not counted_in_whole(question, text, document.title):
        missed = "how many"  # "59 seconds" of one flight "that day" are not the seconds in a day
    if missed is None and asked is not None and asked.kind not in _ABOUT_ANYTHING:
        missed = _held_of_another(question, keys, required, asked, text, sentences, document.title, document.text)
    if missed is not None:
        raise NothingMatched(question, [], [d.title for d in documents], missed)
    matched = tuple(w for k, w in keys.items() if covers(k, stems_of(text) | stems_of(document.title)))
    return [Passage(document.id, document.title, document.source, text, matched)]


def _spelled_in_title(asked: Asked, documents: list[Document]) -> Passage | None:
    """The note whose title spells the abbreviation out ("Server-Sent Events (SSE)"), quoted with its opening
    sentence, or None: "What does SSE stand for?" is answered by the title, which the sentences never repeat."""
    for document in documents:
        if holds(asked, document.title, set()):
            opening = next((s for s in split_sentences(document.text) if not s.startswith("#")), "")
            text = f"{document.title}: {opening}".strip()
            return Passage(document.id, document.title, document.source, text, (asked.dimension,))
    return None


_ABOUT_ANYTHING = frozenset({"who", "why", "the difference", "what it stands for"})


def _held_of_another(
    question: str,
    keys: dict[str, str],
    required: set[str],
    asked: Asked,
    text: str,
    sentences: list[str],
    title: str,
    document: str,
) -> str | None:
    """``asked.kind`` when the passage's date, place or figure is held only by sentences that do not name the
    question's named subject, in a note not named after it: "When was Everest first climbed?" is not answered by
    "K2 was first climbed in 1954" beside a sentence on Everest. None when it is held of the subject."""
    named = [k for k in required if _named(keys[k], question, sentences)]
    if not named:
        return None
    known = set(keys) | stems_of(title)
    holders = [s for s in sentences if s in text and holds(asked, s, known, document)]
    if any(covers(k, stems_of(title)) for k in named):
        # A note named after the subject mostly speaks of it, but not in a sentence that gives the question's
        # deed to someone else: "Where did Columbus land?" is not answered by "Norse sailors led by Leif Erikson
        # landed in North America" in the note on Columbus.
        deeds = set(keys) - set(named)
        own = known - deeds
        if deeds and holders and all(_deed_of_other(s, deeds, own) for s in holders):
            return asked.kind
        return None
    if any(_PRONOUN_START.match(s) or any(covers(k, stems_of(s)) for k in named) for s in holders):
        return None
    return asked.kind if holders else None


_NAME_WORD = re.compile(r"[A-Z][a-z]+")


def _deed_of_other(sentence: str, deeds: set[str], own: set[str]) -> bool:
    """Does ``sentence`` give the question's deed (the first of its words ``deeds``, stems, it says) to a name
    outside ``own``: one written before that word ("Norse sailors led by Leif Erikson landed ...") or after "by"
    ("... was discovered by Henri Becquerel")? The first word is left out, capitalized whatever it is."""
    tokens = sentence[:2_000].split()
    at = next((i for i, t in enumerate(tokens) if any(covers(k, stems_of(t)) for k in deeds)), None)
    if at is None or _PRONOUN_START.match(sentence) or any(covers(k, stems_of(sentence)) for k in own):
        return False
    doers = tokens[1:at]
    if at + 1 < len(tokens) and tokens[at + 1].lower() == "by":
        doers += tokens[at + 2 : at + 5]
    return any(_NAME_WORD.fullmatch(t.strip(",;:()\"'")) and stem_of(t.strip(",;:()\"'")) not in own for t in doers)


_SUBJECT = re.compile(r"\b(?:the|a|an)\s+(?P<phrase>\w+(?:\s+(?:of|for|to|in|on)\s+(?:the\s+)?\w+)+)", re.I)


def _about_subject(question: str, keys: dict[str, str], title: str, sentences: list[str]) -> bool:
    """Is a document about a question with one key word? A single shared word ("life" in "the meaning of
    life" and in Python 2's "end of life") is a coincidence unless the document is named after it, says the
    question's subject phrase itself, or (the word being the whole subject) keeps coming back to it."""
    if any(covers(k, stems_of(title)) for k in keys):
        return True
    text = " ".join(sentences).lower()
    phrase = _SUBJECT.search(question)
    if phrase is not None:
        return phrase.group("phrase").lower() in text
    if not keys:
        return False
    # the subject is the key word a note must say, not a soft verb ("discovered" in "Who discovered penicillin?")
    key = next(iter(_required(keys) or keys))
    if _named(keys[key], question, sentences):
        return True  # a name is no coincidence: "Who wrote Hamlet?" and "... wrote Romeo and Juliet, Hamlet, ..."
    return sum(1 for s in sentences if covers(key, stems_of(s))) >= 2


def _named(word: str, question: str, sentences: list[str]) -> bool:
    """Is ``word`` a name: capitalized inside the question (not its first word) and in the document, as written
    ("Hamlet", or an abbreviation in capitals: "SMTP")?"""
    forms = {word[:1].upper() + word[1:], word.upper()}
    written = [f for f in forms if re.search(rf"(?<=\w[\s,])\s*{re.escape(f)}\b", question[:2_000])]
    if len(word) < 3 or not written:
        return False
    return any(re.search(rf"\b{re.escape(f)}\b", s) for s in sentences for f in written)


def _complete(
    best: _Candidate,
    sentences: list[str],
    keys: dict[str, str],
    required: set[str],
    asked: Asked | None,
    title: set[str],
    text: str,
) -> tuple[list[int], list[str], str | None]:
    """The sentences to quote (the best one, and one more of the same document when it answers what the best
    leaves out: a key word, or the name or date asked for), and what the question asks that none of them says."""
    known = set(keys) | title
    chosen = [best.sentence_index]
    unasked = set(keys) - best.covered  # soft words too: "Who designed it and when was it finished?"
    answered = best.holds

    def _supplies(i: int) -> bool:
        # A sentence that only shares one word with a longer question ("the Moon") and has some name in it is
        # not an answer to "who": it must be about the question too.
        shared = {k for k in required if covers(k, stems_of(sentences[i]))}
        if i == chosen[0] + 1 and _PRONOUN_START.match(sentences[i]):
            shared |= required & best.covered  # "It was about 146 metres tall" is about the sentence before's subject
        elif required and all(covers(k, title) for k in required) and _IT_SUBJECT.search(sentences[i]):
            shared |= required  # in a note named after the topic, "At about 300 metres it was ..." is about it
        return holds(asked, sentences[i], known, text) and len(shared) >= min(2, len(required))

    if unasked or not answered:

        def answers_rest(i: int) -> tuple[int, bool, int, int]:
            found = {k for k in unasked if covers(k, stems_of(sentences[i]))}
            useful = not answered and _supplies(i)
            return len(found & required), useful, len(found), -abs(i - chosen[0])

        extra = max(range(len(sentences)), key=answers_rest)
        covering = {k for k in unasked if covers(k, stems_of(sentences[extra]))}
        adds = not answered and _supplies(extra)
        if extra != chosen[0] and (covering or adds):
            chosen.append(extra)
            unasked -= covering
            answered = answered or adds
    missing = [w for k, w in keys.items() if k in unasked & required]
    return chosen, missing, (None if answered or asked is None else asked.kind)


def sources(kb: KnowledgeBase, topic: str, k: int = 5) -> list[Passage]:
    """Each document on ``topic`` with its most relevant sentence, best first: a reading list from the
    knowledge base. Only documents whose text and title hold every required key word are listed."""
    keys = key_words(topic)
    if not keys:
        raise NotAQuestion()
    required = _required(keys)
    listed: list[Passage] = []
    for hit in kb.search(topic, k):
        document = kb.get(hit.doc_id)
        if document is None or not all(covers(r, stems_of(document.text) | stems_of(document.title)) for r in required):
            continue
        sentences = [s for s in split_sentences(document.text) if not s.startswith("#")]
        best = max(sentences, key=lambda s: len({k for k in keys if covers(k, stems_of(s))}), default="")
        matched = tuple(w for s, w in keys.items() if covers(s, stems_of(document.text) | stems_of(document.title)))
        listed.append(Passage(document.id, document.title, document.source, best, matched))
    if not listed:
        raise NothingMatched(topic, [keys[k] for k in required], [])
    return listed
