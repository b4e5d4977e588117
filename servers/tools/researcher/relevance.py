"""Whether a sentence speaks of the question's thing in the role the question asks about, not in passing.

A note can share every word of a question and still be about something else: "What is a solar eclipse?" is not
answered by "The theory was first tested during the solar eclipse of 1919" (the eclipse is a setting there),
"What is the population of the world?" not by "Vatican City is the smallest country in the world, both by area and
by population" (the world is the scope of a ranking), "What causes lightning?" not by "lightning rods are hit
repeatedly because ..." (the cause of a strike on a rod), and "Who founded the UN?" not by "The UN was founded
... in San Francisco" (a place, not a founder). Each reading below says what the answer must hold:

- **a definition** ("What is a solar eclipse?"): a sentence with the thing as its subject ("A solar eclipse is ...",
  "The Domain Name System (DNS) translates ..."), or "It ..." in a note named after it;
- **an attribute of something** ("What is the population of the world?"): the attribute said of that thing ("the
  population of the world", "the world's population") or a sentence with the thing as its subject;
- **a cause** ("What causes lightning?", "What is the cause of X?"): a cause given of the thing itself ("X is caused
  by", "X forms because", "Y causes X"), not of a belief about it or of something named after it;
- **a doer** ("Who founded X?"): see ``doers``.

A question none of these fits is left alone. Every regex here is linear: bounded word runs, no nested quantifiers.
"""

from __future__ import annotations

import re

from servers.tools.researcher.asides import past_aside
from servers.tools.researcher.doers import PLACE_OR_TIME
from servers.tools.researcher.matching import covers, stem_of, stems_of
from servers.tools.researcher.wording import IRREGULAR
from servers.tools.summarizer.sentences import STOPWORDS, words

_MAX = 400
_DETERMINERS = frozenset({"a", "an", "the"})
# Words that end a plain thing's name in a definition question: "What is a star in the sky?" asks more than a star.
_NOT_A_THING = frozenset(
    """of for in on to at from with by about like than between into after before during since it its that this
    they them these those there here he she his her you your my our their what which who first second third last
    next most least more less current currently now today right best worst""".split()
)
# The field a thing is defined in, said after it: a name ("in A2A", "in Python", "in APIs") or a discipline ("in
# economics", "in software", "in programming"); "in the sky", "in winter" say more of the thing than its field.
_IN_FIELD = re.compile(
    r"\s+in\s+(?:(?-i:[A-Z0-9][\w.+#-]{0,20})|[a-z]{2,20}(?:ology|onomy|ics|ing|ware|istry|ance)"
    r"|maths?|law|medicine|art|music|finance|business|databases?)(?=\W*$)",
    re.I,
)
# Words that ask for an account of a thing, not one attribute of it: "What is the history of Python?"
_OVERVIEW = frozenset("history story background overview summary introduction basics meaning origin origins".split())
# A word or two around a question that add nothing to it: "So what causes lightning, then?"
_LEAD = r"\W*(?:(?:so|and|but|ok|okay|well|then|hmm|right)\W+)?"
_TAIL = r"(?:,?\s+(?:then|exactly|anyway|again|please))?\s*[?.!]*"
_WHAT_IS = r"(?:what|wat)(?:s|\s*(?:is|are|'s|’s))"
_THING = r"(?P<thing>[a-z][\w'’-]{0,30}(?:\s+[\w'’-]{1,30}){0,3})"
_DEFINITION = re.compile(
    rf"{_LEAD}{_WHAT_IS}\s+(?:a\s+|an\s+|the\s+)?{_THING}{_TAIL}"
    # asked indirectly: "(Tell me) what a solar eclipse is"
    rf"|{_LEAD}(?:what|wat)\s+(?:a\s+|an\s+|the\s+)?{_THING.replace('thing', 'told')}\s+(?:is|are){_TAIL}",
    re.I,
)
_ATTRIBUTE = re.compile(
    rf"{_LEAD}(?:what|wat)(?:s|\s*(?:is|was|'s|’s))\s+(?:the|a|an)\s+"
    r"(?:(?:current|total|average|present|estimated|approximate)\s+)?"
    r"(?P<attribute>[a-z]{3,20})\s+of\s+(?P<owner>(?:the\s+|our\s+)?[a-z][\w'’-]{0,30}(?:\s+[\w'’-]{1,30}){0,2})"
    rf"(?:\s+(?:today|now|currently|right now|at the moment|these days))?{_TAIL}",
    re.I,
)
_CAUSE_QUESTION = re.compile(
    rf"{_LEAD}(?:what|which\s+\w+)\s+(?:(?:actually|really|exactly|usually|mainly)\s+)?"
    r"(?:causes|caused|cause|triggers|triggered|leads\s+to|led\s+to|brings\s+about)\s+"
    rf"(?P<effect>[^?!.,]{{2,80}}?)(?:\s+(?:to\s+)?(?:happen|occur|appear|form|start))?{_TAIL}"
    # "What makes lightning happen?"; not "What makes an operation idempotent?", which asks what it is to be so
    rf"|{_LEAD}what\s+(?:makes|made)\s+(?P<effect_made>[^?!.,]{{2,80}}?)\s+(?:happen|occur|appear|form|start){_TAIL}"
    rf"|{_LEAD}what\s*(?:s|is|are|was|were|'s|’s)\s+the\s+(?:(?:main|real|actual|usual)\s+)?(?:causes?|reasons?)\s+"
    rf"(?:of|for|behind)\s+(?P<effect_of>[^?!.,]{{2,80}}?){_TAIL}",
    re.I,
)
_CLAUSE_END = re.compile(r"[.;:!?]\s|\s[-–—]\s|,?\s+but\s")
# A cause given after the thing it causes: "Tides are caused mainly by the Moon", "The sky is blue because ...".
_CAUSED_AFTER = re.compile(
    r"\b(?:(?:caused|triggered|produced|driven|created|formed|made|set\s+off|sparked|brought\s+about)\s+(?:\w+\s+)?by"
    r"|is caused|are caused|because"
    r"|due to|results? from|resulting from|thanks to|owing to|comes? from|arises? from|stems? from"
    r"|(?:happens?|occurs?|forms?|appears?) when)\b",
    re.I,
)
# A cause given before the thing it causes: "Greenhouse gases cause warming", "which leads to X".
_CAUSES_BEFORE = re.compile(
    r"\b(?:causes?|caused|causing|leads? to|led to|triggers?|triggered|sparks?|sparked|sets? off|results? in"
    r"|gives? rise to|produces?|produced|so(?!\s+(?:do|does|did|is|are|was|were|can|has|have|much|many|far|that)\b))"
    r"\b(?!\s+by\b)",
    re.I,
)
_DENIED = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:[a-z]+\s+)?$", re.I)
# What may follow a thing that is the subject of its clause: a verb or a pause, not another noun ("lightning rods").
_AFTER_SUBJECT = frozenset(
    """is are was were be been has have had can could may might will would must should does do did means refers
    stands describes happens happen occurs occur forms form arises arise comes come starts start begins begin
    develops develop mainly mostly usually often largely partly primarily generally probably also actually really
    always sometimes because which that who""".split()
)
# A quality defined by when something has it: "An operation is idempotent when ..."
_QUALITY = re.compile(r"\b(?:is|are)\s+(?P<word>[a-z][\w-]{3,30})\s+(?:when|if)\b", re.I)
_LEAD_WORDS = frozenset("for in at by on to among with under".split())
# Verbs that only link an effect to its quality: "the sky to look blue" is the sky being blue.
_LINKING = frozenset("be look looks seem seems appear appears become becomes get gets turn turns go goes feel".split())
_CHANGE = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:risen|increased|fallen|dropped|grown|declined|doubled|halved|shrunk|gone\s+up"
    r"|gone\s+down)\b)|\b(?:rose|fell|increased|decreased|grew|dropped|declined)\s+by\b",
    re.I,
)
# Attributes whose value says itself by its unit ("299,792,458 metres per second" is a speed): a sentence about the
# owner may give them without naming them. A population or an area must be named.
_MEASURES = frozenset(
    "speed height depth length distance diameter width weight mass temperature age point radius circumference".split()
)
_PRONOUN = frozenset({"it", "they", "this", "these"})


def unsaid_of_subject(question: str, passage: str, title: str) -> str | None:
    """What the question asks that ``passage`` (from a note titled ``title``) says only of something else, in the
    words the decline uses ("what a solar eclipse is"), or None when it says it of the question's thing."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", passage[:4_000]) if s.strip()]
    asked = question[:_MAX].strip()
    if (thing := definition_thing(asked)) is not None:
        article = _article(asked)
        ok = any(defines(thing, s, title, article in ("a ", "an ")) for s in sentences)
        return None if ok else f"what {article}{thing} is"
    if (found := _ATTRIBUTE.fullmatch(asked)) is not None and found.group("attribute").lower() not in _OVERVIEW:
        attribute, owner = found.group("attribute"), found.group("owner")
        ok = any(_said_of(attribute, owner, s, title) for s in sentences)
        return None if ok else f"the {attribute} of {owner}"
    if (effect := cause_effect(asked)) is not None:
        ok = any(gives_cause_of(effect, s, title) for s in sentences)
        return None if ok else f"what causes {effect}"
    if (counted := _WORLD_COUNT.fullmatch(asked)) is not None:
        thing = counted.group("thing") or counted.group("number_of")
        ok = any(_counts(thing, s) for s in sentences)
        return None if ok else f"how many {thing} there are in the world"
    if (doing := _DOES.fullmatch(asked)) is not None:
        thing = doing.group("thing")
        ok = any(_does(thing, s, title) for s in sentences)
        return None if ok else f"what {thing} does"
    return None


# "What does the brain do?": what a thing does is said by a sentence with the thing as its subject ("A circuit
# breaker protects ...", "The human heart is a muscular pump"), not by one that names it in passing ("People use
# virtually all of their brain").
_DOES = re.compile(
    rf"{_LEAD}what\s+(?:does|do)\s+(?P<thing>(?:(?:the|a|an|your|our|my)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)"
    r"(?:\s+(?:actually|really|exactly|even|normally|usually))?"
    rf"\s+do{_TAIL}",
    re.I,
)
_SUBJECT_WORDS = 6
"""The thing a sentence is about is named in its first words ("The human heart is ...", "The Domain Name System,
or DNS, translates ...")."""


def _does(thing: str, sentence: str, title: str) -> bool:
    said = words(sentence)
    head = stem_of(words(thing)[-1])
    if said and said[0] in ("it", "they", "this", "these") and covers(head, stems_of(title)):
        return True  # "It pumps blood ..." in the note on the heart
    return covers(head, {stem_of(w) for w in said[:_SUBJECT_WORDS]})


# "How many countries are there in the world?", "What is the number of countries on Earth?": a count of everything,
# which a count of something else in a sentence that ranks one of them in the world does not answer.
_WORLD = r"(?:in|on)\s+(?:the\s+)?(?:world|earth|planet|globe)"
_WORLD_COUNT = re.compile(
    rf"{_LEAD}how\s+many\s+(?P<thing>[a-z]{{3,30}}(?:\s+[a-z]{{3,30}})?)\s+(?:are\s+there|exist|there\s+are|are)\s+"
    rf"{_WORLD}(?:\s+(?:today|now|currently))?{_TAIL}"
    rf"|{_LEAD}{_WHAT_IS}\s+the\s+(?:total\s+)?number\s+of\s+(?P<number_of>[a-z]{{3,30}}(?:\s+[a-z]{{3,30}})?)\s+"
    rf"{_WORLD}(?:\s+(?:today|now|currently))?{_TAIL}",
    re.I,
)
_COUNT_WORD = re.compile(
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|million|millions|billion|billions|dozens?",
    re.I,
)


_RANKING = re.compile(r"\b(?:most|least|[a-z]{2,}est)\b")
_NOT_RANKING = frozenset("interest forest west rest test honest modest earnest request digest contest protest".split())


def _counts(thing: str, sentence: str) -> bool:
    """Does ``sentence`` count ``thing``: a number a word or two before it ("195 countries", "193 member states"), in
    a sentence that ranks nothing ("The Nile ... the longest river in the world ... through eleven countries" counts
    the countries of one river)?"""
    keys = [stem_of(w) for w in words(thing) if w not in STOPWORDS]
    if not keys or any(w not in _NOT_RANKING for w in _RANKING.findall(sentence[:2_000].lower())):
        return False
    tokens = _tokens(sentence)
    for i, token in enumerate(tokens):
        if _COUNT_WORD.fullmatch(token) and any(_matches(t, keys[-1]) for t in tokens[i + 1 : i + 4]):
            return True
    return False


def on_subject(question: str, sentence: str, title: str) -> bool:
    """Does ``sentence`` speak of the question's thing in the role the question asks about? Always, for a question
    of no kind read here."""
    return unsaid_of_subject(question, sentence, title) is None


def definition_field(question: str) -> str:
    """The field a "What is X in <field>?" question names ("economics", "A2A"), or "": it says where the term is
    used, which a note defining the term need not repeat."""
    field = _IN_FIELD.search(question[:_MAX])
    if field is None or definition_thing(question) is None:
        return ""
    return field.group().split(maxsplit=1)[1]


def definition_thing(question: str) -> str | None:
    """The thing a "What is X?" question asks to define ("solar eclipse"), or None for any other question: one
    that asks more of it ("What is the capital of France?", "What is the tallest mountain?")."""
    question = question[:_MAX].strip()
    field = _IN_FIELD.search(question)
    if field is not None and not re.match(rf"{_LEAD}{_WHAT_IS}\s+the\b", question, re.I):
        question = question[: field.start()]  # "What's an Agent Card in A2A?" defines an Agent Card
    found = _DEFINITION.fullmatch(question)
    if found is None:
        return None
    thing = found.group("thing") or found.group("told")
    said = words(thing)
    if not said or any(w in _NOT_A_THING or w.isdigit() or re.fullmatch(r"[a-z]{3,}est", w) for w in said):
        return None
    return thing


def _article(question: str) -> str:
    found = re.match(r"\W*(?:\w+\W+){0,2}?(?:what|wat)\w*(?:\s*(?:is|are|'s|’s))?\s+(a|an|the)\s", question, re.I)
    return f"{found.group(1).lower()} " if found else ""


def _tokens(sentence: str) -> list[str]:
    return re.findall(r"[()]|,|[\w'’.-]+", sentence[:2_000])


def _clean(token: str) -> str:
    return token.strip(".'’").lower()


def _matches(token: str, key: str) -> bool:
    return covers(key, {stem_of(_clean(token))}) if token not in "()," else False


def _verb_like(token: str) -> bool:
    word = _clean(token)
    if word in _AFTER_SUBJECT or word in IRREGULAR:  # "The French Revolution began in 1789"
        return True
    return len(word) > 3 and word.endswith(("s", "ed")) and word not in STOPWORDS


def _subject_at(tokens: list[str], start: int, keys: list[str], thing: str, exact: bool = False) -> bool:
    """Do the asked words (``keys``) start at ``start`` as a subject: in order, a word or two between them allowed ("a
    normal, healthy blood pressure"), followed by a verb or a pause, not owning what follows ("A camel's hump")?
    ``exact``: each word as asked, not a longer one that starts like it ("HTTPS" for "HTTP")."""
    if not keys or start >= len(tokens) or not _matches(tokens[start], keys[0]):
        return False
    if exact and len(stem_of(_clean(tokens[start]))) != len(keys[0]):
        return False
    at, gaps = start, 0
    for key in keys[1:]:
        found = next((i for i in range(at + 1, min(len(tokens), at + 4 - gaps)) if _matches(tokens[i], key)), None)
        if found is None:
            return False
        gaps, at = gaps + found - at - 1, found
    if tokens[at].lower().endswith(("'s", "’s")):
        return False  # "A camel's hump is ...": the hump is the subject, the camel its owner
    after = past_aside(tokens, at + 1)[0]
    if after >= len(tokens):
        return False
    # a plural is seldom a word qualifying another: "Penguins live ...", "Black holes form ..."
    plural = thing.lower().endswith("s") and tokens[after].isalpha() and tokens[after].islower()
    return _verb_like(tokens[after]) or plural


_ACRONYM_TITLE = re.compile(r"(?P<long>[A-Z][\w-]{1,30}(?: [\w-]{1,30}){1,5}) \((?P<short>[A-Z][A-Za-z0-9]{1,9})\)")


def spelled_out(title: str) -> tuple[str, str] | None:
    """(the short name, the long name) of a title that spells one out: "The Model Context Protocol (MCP)" gives
    ("MCP", "Model Context Protocol"); a note on MCP may say only the long name in a sentence."""
    found = _ACRONYM_TITLE.search(title[:200])
    if found is None:
        return None
    long = re.sub(r"^(?:the|a|an)\s+", "", found.group("long"), flags=re.I)
    return found.group("short"), long


def defines(thing: str, sentence: str, title: str, indefinite: bool = False, strict: bool = False) -> bool:
    """Is ``thing`` the subject of ``sentence``: "A solar eclipse is ...", "The Domain Name System (DNS)
    translates ...", "BM25, short for ..., is ..."; or "It ..." in a note named after the thing? A thing asked of
    as any one (``indefinite``: "What is a reef?") is not defined by what "the reef" of a note is. ``strict`` takes
    the thing only as the whole subject, with no word before it ("The adult human skeleton")."""
    keys = [stem_of(_clean(t)) for t in _tokens(thing) if t not in "(),"]  # "Wi-Fi", "X-rays" as one word each
    tokens = _tokens(sentence)
    if not keys or not tokens:
        return False
    names = spelled_out(title)
    if names is not None and thing.strip().lower() == names[0].lower():
        # "What is MCP?" in a note titled "The Model Context Protocol (MCP)": "The Model Context Protocol is ..."
        if defines(names[1], sentence, title, indefinite, strict):
            return True
    if _clean(tokens[0]) in _PRONOUN and all(covers(k, stems_of(title)) for k in keys):
        return True
    if (
        len(keys) == 1
        and _QUALITY.search(sentence[:2_000])
        and any(_matches(m.group("word"), keys[0]) for m in _QUALITY.finditer(sentence[:2_000]))
    ):
        return True  # "What is idempotency?": "An operation is idempotent when doing it twice ..."
    lead = next((i + 1 for i in range(min(len(tokens), 6)) if tokens[i] == ","), 0)
    if lead and _clean(tokens[0]) not in _LEAD_WORDS:
        lead = 0  # "For most adults, a normal blood pressure is ...": a setting before the subject
    start = lead + 1 if lead < len(tokens) and _clean(tokens[lead]) in _DETERMINERS else lead
    if indefinite and start > lead and _clean(tokens[lead]) == "the":
        return False  # "What is a molecule?": "The molecule is bent" speaks of one molecule told of before
    named = all(covers(k, stems_of(title)) for k in keys) and not strict
    # in a note named after the thing, "The adult human skeleton has ..." and "A router looks at ..." (for "the
    # router pattern") speak of it too
    starts = [start, *(at for at in (start + 1, start + 2) if not _QUANTIFIERS & set(map(_clean, tokens[start:at])))]
    starts = starts if named else [start]
    kind = _clean(_tokens(thing)[-1]) in _KIND_WORDS
    tried = [keys, keys[:-1]] if named and kind and len(keys) > 1 else [keys]
    if any(_subject_at(tokens, at, asked, thing, strict) for at in starts for asked in tried):
        return True
    if _clean(tokens[0]) == "in":  # "In the evaluator-optimizer pattern one worker produces an answer ..."
        at = 2 if len(tokens) > 1 and _clean(tokens[1]) in _DETERMINERS else 1
        end = at + len(keys)
        matched = end < len(tokens) and all(_matches(t, k) for t, k in zip(tokens[at:end], keys, strict=True))
        if matched and _clean(tokens[end]) not in ("of", "'s") and tokens[end] != ")":
            return True
    # an abbreviation after the name it shortens: "The Model Context Protocol (MCP) is ...", "... System, or DNS, ..."
    opening = next((i for i in range(start, min(len(tokens), start + 8)) if tokens[i] in "(,"), None)
    if opening is None or not all(t[:1].isupper() for t in tokens[start:opening]):
        return False
    skip = 2 if tokens[opening] == "," and opening + 1 < len(tokens) and _clean(tokens[opening + 1]) == "or" else 1
    inside = tokens[opening + skip : opening + skip + len(keys)]
    if len(inside) < len(keys) or not all(_matches(t, k) for t, k in zip(inside, keys, strict=True)):
        return False
    after = past_aside(tokens, opening)[0]
    return after < len(tokens) and _verb_like(tokens[after])


# Words that name a thing by its kind: "the router pattern" is what "a router" in its note does.
_KIND_WORDS = frozenset("pattern patterns protocol method technique algorithm approach architecture".split())
# Words that say how many of the things a sentence speaks of: "Almost all penguins live ..." is not what penguins are.
_QUANTIFIERS = frozenset("almost all most many some few several each every no only".split())
_NOT_A_KIND = frozenset("its his hers ours theirs yours was is as thus".split())
_FIRST_COPULA = re.compile(r"\b(?:is|are|was|were|became|becomes|remains)\s+(?P<next>\w+)", re.I)


def says_what_kind(question: str, sentence: str, title: str) -> bool:
    """Does ``sentence`` answer a "What is X?" question by what kind of thing X is ("The Great Barrier Reef is the
    largest coral reef system ...", "A volcano is an opening ..."), rather than where it is or what it does ("The
    Great Barrier Reef lies in the Coral Sea", "The Colosseum is in the centre of Rome")?"""
    thing = definition_thing(question[:_MAX].strip())
    if thing is None or not defines(thing, sentence, title, _article(question) in ("a ", "an "), strict=True):
        return False
    copula = _FIRST_COPULA.search(sentence[:400])
    if copula is None:
        return False
    kind = copula.group("next").lower()
    # "is a ...", "is the ...", "are birds ...": not "is in the centre of Rome", "is hierarchical", "was begun"
    plural = copula.group().lower().startswith(("are", "were")) and kind.endswith("s") and kind not in _NOT_A_KIND
    return kind in ("a", "an", "the", "one") or plural


# Verbs that say what a thing is or how big, not what it does: "The liver is the largest internal organ".
_NOT_DEEDS = frozenset("is are was were weighs weigh weighed measures measure has have had lies lie sits sit".split())


def says_what_it_does(question: str, sentence: str) -> bool:
    """Does ``sentence`` answer "What does X do?" by a deed of X's ("The liver cleans the blood ...") or by the kind
    of thing it is ("The human heart is a muscular pump"), rather than by how big or how ranked it is ("The liver
    is the largest internal organ ...")? X is its subject, a verb after it."""
    doing = _DOES.fullmatch(question[:_MAX].strip())
    if doing is None:
        return False
    head = stem_of(words(doing.group("thing"))[-1])
    said = words(sentence)[: _SUBJECT_WORDS + 1]
    at = next((i for i, w in enumerate(said) if stem_of(w) == head), None)
    if at is None or at + 1 >= len(said):
        return False
    verb, kind = said[at + 1], said[at + 2] if at + 2 < len(said) else ""
    if verb in ("is", "are") and kind in ("a", "an"):
        return True
    return verb.isalpha() and verb not in STOPWORDS and verb not in _NOT_DEEDS


def _said_of(attribute: str, owner: str, sentence: str, title: str) -> bool:
    """Does ``sentence`` say the attribute of the owner: "the population of the world", "the world's
    population", or the owner as its subject ("China has ...", "It ..." in a note named after it)?"""
    if _CHANGE.search(sentence[:2_000]):
        return False  # "the Earth's average temperature has risen by 1 degree" says how it changed, not what it is
    attr = stem_of(attribute.lower())
    owned = [stem_of(w) for w in words(owner) if w not in STOPWORDS]
    tokens = _tokens(sentence)
    if not owned or not tokens:
        return False
    low = [_clean(t) for t in tokens]
    for i, token in enumerate(tokens):
        if not _matches(token, attr):
            continue
        after = [t for t in low[i + 1 : i + 6] if t not in _DETERMINERS]
        if after[:1] == ["of"] and all(any(covers(k, {stem_of(t)}) for t in after[1:4]) for k in owned):
            return True  # "the population of the world"
        before = low[max(0, i - 3) : i]
        if any(t.endswith(("'s", "’s")) and covers(owned[-1], {stem_of(t[:-2])}) for t in before):
            return True  # "the Earth's average surface temperature"
    # the attribute, or a word of its family ("populous" for "population")
    family = attribute.lower()[:5] if len(attribute) >= 8 else None
    named = attribute.lower() in _MEASURES or any(
        _matches(t, attr) or (family is not None and w.startswith(family)) for t, w in zip(tokens, low, strict=True)
    )
    if not named:
        return False  # "What is the population of Russia?" is not answered by how large Russia is
    said_its = any(w in ("its", "their") and _matches(t, attr) for w, t in zip(low, tokens[1:], strict=False))
    if (low[0] in _PRONOUN or said_its) and all(covers(k, stems_of(title)) for k in owned):
        return True  # "Its diameter is about 3,474 kilometres" in the note on the Moon
    head = [t for t in low[:6] if t not in _DETERMINERS]
    at = next((i for i, t in enumerate(head) if covers(owned[-1], {stem_of(t)})), None)
    # the owner as the subject: the first words of the sentence, with no preposition before it ("in the world")
    return at is not None and at <= len(owned) + 1 and not any(t in PLACE_OR_TIME for t in head[:at])


def cause_effect(question: str) -> str | None:
    """The thing a question asks the cause of: "lightning" in "What causes lightning?", "What is the cause of
    lightning?" or "What makes lightning happen?"; None for any other question."""
    found = _CAUSE_QUESTION.fullmatch(question[:_MAX].strip())
    if found is None:
        return None
    effect = (found.group("effect") or found.group("effect_made") or found.group("effect_of") or "").strip()
    if re.match(r"(?:up|sense|you|me|us|people\s+think)\b", effect, re.I):
        return None  # "What makes up the air?" asks what it is made of; "what makes sense" is no cause
    return effect if any(w not in STOPWORDS for w in words(effect)) else None


def gives_cause_of(effect: str, sentence: str, title: str) -> bool:
    """Does ``sentence`` give a cause of ``effect`` itself: "Tides are caused mainly by the Moon", "The sky is blue
    because ...", "Greenhouse gases cause global warming", "They are caused by ..." in a note named after it? A
    cause of something else named with the effect's word ("lightning rods are hit because ...", "The belief
    persists because ...") or a denied one ("does not cause arthritis") is not."""
    keys = [stem_of(w) for w in words(effect) if w not in STOPWORDS and w not in _LINKING]
    if not keys:
        return False
    text = sentence[:2_000]
    for found in _CAUSED_AFTER.finditer(text):
        if _DENIED.search(text[max(0, found.start() - 24) : found.start()]):
            continue
        start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, found.start())), default=0)
        if _is_effect_clause(keys, text[start : found.start()], title):
            return True
    for found in _CAUSES_BEFORE.finditer(text):
        if _DENIED.search(text[max(0, found.start() - 24) : found.start()]):
            continue
        end = next((m.start() for m in _CLAUSE_END.finditer(text, found.end())), len(text))
        following = {stem_of(w) for w in words(text[found.end() : end])[:10]}
        if all(covers(k, following) for k in _said_keys(keys, title)):
            return True
    return False


def _said_keys(keys: list[str], title: str) -> list[str]:
    """The effect's words a sentence must say: its head (the last), and the others unless the note's title says them
    ("Tides are caused by ..." in the note "Ocean tides" answers "What causes ocean tides?")."""
    named = stems_of(title)
    return [k for k in keys[:-1] if not covers(k, named)] + keys[-1:]


def _is_effect_clause(keys: list[str], clause: str, title: str) -> bool:
    """Is the clause before a cause about the effect: it holds the effect's words, the last of them followed by a
    verb or a pause (the effect is the subject, not a word qualifying another: "lightning rods"), or it opens with
    "it" or "they" in a note named after the effect?"""
    tokens = _tokens(clause)
    if tokens and _clean(tokens[0]) in _PRONOUN and all(covers(k, stems_of(title)) for k in keys):
        return True
    if not all(any(_matches(t, k) for t in tokens) for k in _said_keys(keys, title)):
        return False
    last = max(i for i, t in enumerate(tokens) if _matches(t, keys[-1]))
    following = tokens[last + 1 : last + 2]
    return not following or following[0] in "(," or _clean(following[0]) in _AFTER_SUBJECT
