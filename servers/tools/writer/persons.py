"""Saying a clause about the reader to the reader: "who starts on Monday" -> "you start on Monday".

A request describes its reader in the third person ("thank Mr. Evans for the letter he wrote", "an apology to a
customer whose order arrived late"); the text speaks to them, so the clause is turned to "you" and "your", and the
verbs after the pronoun take the "you" form.
"""

from __future__ import annotations

import re

_YOU_FORMS = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't", "wasn't": "weren't",
              "hasn't": "haven't", "doesn't": "don't"}  # fmt: skip


# Someone other than the reader, named in a clause about the reader: "his" after it is theirs ("who looked after
# my dad, Mr Okafor, after his hip operation").
OTHER_PERSON = re.compile(
    r"\b(?:my|our)\s+(?:[\w-]+\s+)?(?:dad|mum|mom|father|mother|son|daughter|wife|husband|partner|brother|sister|"
    r"grandma|grandad|grandmother|grandfather|gran|nan|grandson|granddaughter|uncle|aunt|baby|child|kid|boy|girl|"
    r"friend|neighbou?r|colleague)s?\b|\b(?-i:Mr|Mrs|Ms|Dr|Miss)\.?\s+(?-i:[A-Z])",
    re.I,
)


def second_person(clause: str) -> str:
    """A clause about the reader said to them: "who starts on Monday" -> "you start on Monday", "the letter he
    wrote for me" -> "the letter you wrote for me". Verbs after the pronoun take the "you" form; after the reader's
    kin ("her son"), only the reader's own pronouns are ("if her son could bring his phone": the phone is his)."""
    kin = _kin_split(clause)
    if kin:
        head, named, tail, reader = kin
        return _joined(second_person(head) if head.strip() else "", named, _reader_only(tail, reader))

    def to_you(match: re.Match[str]) -> str:
        verb = match.group("verb")
        return f"you {you_verb(verb)}"

    clause = re.sub(r"^who\s+(?P<verb>[\w']+)", to_you, clause.strip(), flags=re.I)
    # "if she'd swap", "whether he'll come", "she's got": the pronoun's contraction is the reader's too
    clause = re.sub(r"\b(?:he|she)['\u2019](d|ll)\b", r"you'\1", clause, flags=re.I)
    clause = re.sub(
        r"\b(?:he|she)['\u2019]s\s+(?=(?:got|been|had|done|seen|finished|made)\b)", "you've ", clause, flags=re.I
    )
    clause = re.sub(r"\b(?:he|she)['\u2019]s\b", "you're", clause, flags=re.I)
    clause = re.sub(r"\b(?:he|she)\s+(?P<verb>[\w']+)", to_you, clause, flags=re.I)
    other = OTHER_PERSON.search(clause)
    head, tail = (clause[: other.start()], clause[other.start() :]) if other else (clause, "")
    head = _OBJECT_HER.sub("you", head)  # "we love her lots", "wish her all the best": her, not hers
    return re.sub(r"\b(?:his|her)\b", "your", head, flags=re.I) + tail


def you_verb(verb: str) -> str:
    """The form a verb takes after "you": "loves" -> "love", "is" -> "are", "wrote" stays."""
    low = verb.lower()
    if low in _YOU_FORMS:
        return _YOU_FORMS[low]
    if re.search(r"[^aeiou]ies$", low):
        return verb[:-3] + "y"  # carries -> carry
    if re.search(r"(?:ss|sh|ch|x|z|o)es$", low):
        return verb[:-2]  # teaches -> teach, goes -> go
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return verb[:-1]  # starts -> start
    return verb  # wrote, will, can: the same for "you"


# A verb after "she"/"he" that states how things are or will be ("is", "starts", "will"), not what they did.
_STATE_VERBS = frozenset("is was has will can could would should may might must isn't wasn't hasn't won't".split())
_READER_PRONOUN = re.compile(r"^(?:she|he)\s+(?P<verb>[\w']+)", re.I)
_READER_POSSESSIVE = re.compile(r"^(?:her|his)\s+\w", re.I)  # "Her parcel went to the wrong street"


# Someone else the content names, whom a later "she" or "he" may mean: "our cat", "my daughter", "his mum".
_ANOTHER_BEING = re.compile(
    r"\b(?:my|our|his|her|their)\s+(?:[\w-]+\s+)?(?:cat|dog|kitten|puppy|pet|rabbit|horse|son|daughter|mum|mom|"
    r"mother|dad|father|wife|husband|partner|friend|sister|brother|baby|boy|girl|gran|grandma|granny|grandad|"
    r"grandpa|grandmother|grandfather|aunt|uncle|niece|nephew|neighbour|neighbor|colleague|boss)\b",
    re.I,
)


def names_another(content: str) -> bool:
    """Whether ``content`` ("for looking after our cat") names someone else a later "she" or "he" may mean."""
    return _ANOTHER_BEING.search(content[:2000]) is not None


def about_reader(points: list[str], reader: str) -> tuple[list[str], bool]:
    """Points about the one person a text is for, said to them: "She starts on Monday" -> "You start on Monday",
    "Her parcel went astray" -> "Your parcel went astray".

    A point that opens with "she", "he", "her" or "his", before any other person is named, is about the reader
    (a note "to my neighbour Greta. She watered my plants" speaks to Greta, never of her). Returns the points and
    whether one says what the reader did ("you watered my plants"): said back to them that is no message, and
    what to say about it (thanks, a request, a complaint) is for the request to name."""
    said: list[str] = []
    did = False
    others = False
    for point in points:
        found = _READER_PRONOUN.match(point)
        if (found or _READER_POSSESSIVE.match(point)) and not others:
            verb = found.group("verb").lower() if found else "is"
            did = did or not (verb in _STATE_VERBS or verb.endswith("s"))
            point = second_person(point)
            point = point[:1].upper() + point[1:]
        elif not others and _mentions_reader(point, reader):
            # "It's her birthday on Friday and she loves roses" on a card to Mum: "your birthday", "you love"
            verbs = [v.lower() for v in _PRONOUN_VERB.findall(point)]
            did = did or any(not (v in _STATE_VERBS or v.endswith("s")) for v in verbs)
            point = said_to_reader(point)
        said.append(point)
        # a capitalised word inside a point may be another person: a later "she" may be them
        others = others or any(_maybe_person(w.strip(".,;:!?"), reader) for w in point.split()[1:])
    return said, did


_PRONOUN_VERB = re.compile(
    r"\b(?:she|he)\s+(?:(?:still|also|always|never|often|really|usually|just)\s+)?([\w']+)", re.I
)
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)
_MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
# Readers whose tie or title says which pronoun means them: for "Mum", "he" is someone else.
_FEMALE_TIES = (
    r"mum|mom|mummy|mother|sister|sis|aunt|auntie|aunty|gran|granny|grandma|nan|nana|wife|girlfriend|daughter|niece"
)
_MALE_TIES = r"dad|daddy|father|brother|bro|uncle|grandad|granddad|grandpa|husband|boyfriend|son|nephew"
_FEMALE_READER = re.compile(rf"\b(?:{_FEMALE_TIES}|mrs|ms|miss)\b", re.I)
_MALE_READER = re.compile(rf"\b(?:{_MALE_TIES}|mr)\b", re.I)


def _mentions_reader(point: str, reader: str) -> bool:
    """Whether ``point`` speaks of the reader inside it ("It's her birthday on Friday") and of no one else: its
    pronouns are all of one kind, the reader's own where their tie says it, and no person is named before them."""
    female, male = _FEMALE.search(point), _MALE.search(point)
    if bool(female) == bool(male):
        return False  # none, or both: "she" and "him" are two people, and which is the reader is not said
    if (female and _MALE_READER.search(reader)) or (male and _FEMALE_READER.search(reader)):
        return False
    first = (female or male).start()  # type: ignore[union-attr]
    before = point[:first].split()[1:]
    named = any(_maybe_person(w.strip(".,;:!?'"), reader) for w in before)
    return not named and not names_another(point) and OTHER_PERSON.search(point) is None


# "my dad", "our gran": one reader named by their tie, whom "he" or "she" in the points may mean.
KIN_READER = re.compile(rf"^(?:my|our)\s+(?:{_FEMALE_TIES}|{_MALE_TIES})$", re.I)
_CALENDAR = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|"
    r"october|november|december|christmas|easter",
    re.I,
)
# Words that open a sentence without naming anyone: a capital there is no name.
_OPENERS = frozenset(
    "it it's this that there these those the a an tomorrow today tonight i i'm i'll we you your my our her his "
    "she he and but so then also".split()
)


def spoken_of(points: list[str], reader: str) -> str | None:
    """The point that still speaks of the reader as "her" or "him" in a text to them ("It's her birthday and Dad
    says he will cook" on a card to Mum), or None. Only for a reader whose tie says their pronoun, in a point that
    names no one else who could share it."""
    mine = _FEMALE if _FEMALE_READER.search(reader) else _MALE if _MALE_READER.search(reader) else None
    if mine is None:
        return None
    theirs = _MALE_READER if mine is _FEMALE else _FEMALE_READER
    for point in points:
        if not mine.search(point):
            continue
        words = [w.strip(".,;:!?") for w in point.split()]
        names = words[1:] + ([words[0]] if words and words[0].lower() not in _OPENERS else [])
        others = [w for w in names if _maybe_person(w, reader) and not _CALENDAR.fullmatch(w)] + [
            m.group() for m in OTHER_PERSON.finditer(point)
        ]
        others += [m.group() for m in _ANOTHER_BEING.finditer(point)]
        if all(theirs.search(other) for other in others):
            return point
    return None


def _maybe_person(word: str, reader: str) -> bool:
    return word[:1].isupper() and word not in reader.split() and word != "I" and not word.startswith("I'")


# "her" as an object, not a possessive: before a particle, a time word, a preposition or the end ("pick her up",
# "call her after work", "meet her at 6", "see her.").
_OBJECT_HER = re.compile(
    r"\bher\b(?=\s+(?:up|down|in|out|back|off|over|round|around|at|from|to|after|before|when|if|on|by|tomorrow|today|"
    r"tonight|later|soon|now|again|there|here|\d|the|a|an|this|these|those|my|our|some|another|"
    # ("we love her lots", "wish her all the best", "thank her for ...", "miss her so much")
    r"lots|loads|so|very|dearly|all|and|but|or|for|with|about|too|always|more|much|as|home)\b|\s*(?:[.,;:!?]|$))",
    re.I,
)


def said_to_reader(clause: str) -> str:
    """What the sender says of the reader, said to them: "I'll pick him up from Gatwick" -> "I'll pick you up
    from Gatwick", "I'll call her after work" -> "I'll call you after work", "his keys are here" -> "your keys are
    here". Only for a clause that names no one else the pronoun could mean (``names_another``)."""
    kin = _kin_split(clause)
    told = kin and not OTHER_PERSON.search(clause) and not names_another(kin[0]) and not names_another(kin[2])
    if kin and told and _READER_WORDS.get(kin[3], _NO_WORD).search(kin[2]):
        # "his mum called and he should ring her back": he is the reader, and she is his mum (with no "he" after
        # it, "I saw her sister" may be anyone's sister, and is left as written)
        head, named, tail, reader = kin
        return _joined(said_to_reader(head) if head.strip() else "", named, _reader_only(tail, reader))
    if names_another(clause) or OTHER_PERSON.search(clause):
        return clause
    clause = re.sub(r"\bhim\b", "you", clause, flags=re.I)
    return second_person(_OBJECT_HER.sub("you", clause))


# The reader's kin ("his mum", "her son", "your dad" once said to them): the pronoun before the kin word is the
# reader's, and the kin word's gender tells which later pronouns are the kin's ("ring her back": his mum) and which
# are still the reader's. A kin word of no gender ("her partner") leaves every later pronoun as written.
_KIN_GENDER = {"son": "he", "husband": "he", "brother": "he", "dad": "he", "father": "he", "grandson": "he",
               "nephew": "he", "uncle": "he", "boyfriend": "he", "grandad": "he", "grandfather": "he",
               "daughter": "she", "wife": "she", "sister": "she", "mum": "she", "mom": "she", "mother": "she",
               "granddaughter": "she", "niece": "she", "aunt": "she", "girlfriend": "she", "gran": "she",
               "grandma": "she", "grandmother": "she", "partner": "", "child": "", "kid": "", "friend": "",
               "boss": "", "colleague": ""}  # fmt: skip
THEIR_KIN = re.compile(
    r"\b(?P<whose>his|her|your)\s+(?:(?:little|eldest|youngest|older|younger|baby|new|late|step)\s+)?"
    rf"(?P<kin>{'|'.join(_KIN_GENDER)})s?\b",
    re.I,
)


def _kin_split(clause: str) -> tuple[str, str, str, str] | None:
    """(what comes before the reader's kin, the kin said to the reader ("your son"), what follows, and which
    pronouns there are still the reader's: "he", "she" or "" for none), or None when no kin of the reader is named."""
    found = THEIR_KIN.search(clause[:2000])
    if not found:
        return None
    other = _KIN_GENDER[found.group("kin").lower()]
    reader = {"his": "he", "her": "she"}.get(found.group("whose").lower(), "")  # ("your mum": whose is unknown)
    named = "your" + found.group()[len(found.group("whose")) :]
    return clause[: found.start()], named, clause[found.end() :], reader if other and reader != other else ""


_READER_WORDS = {"he": re.compile(r"\b(?:he|him|his)\b", re.I), "she": re.compile(r"\b(?:she|her|hers)\b", re.I)}
_NO_WORD = re.compile(r"(?!)")


def _joined(head: str, named: str, tail: str) -> str:
    return f"{head} {named}{tail}" if head else f"{named}{tail}"


def _reader_only(tail: str, reader: str) -> str:
    """``tail`` with only the reader's pronouns ("he", or "she") said to them; with no reader, as written."""

    def to_you(match: re.Match[str]) -> str:
        return f"you {you_verb(match.group('verb'))}"

    if reader == "he":
        tail = re.sub(r"\bhe['\u2019]s\b", "you're", tail, flags=re.I)
        tail = re.sub(r"\bhe\s+(?P<verb>[\w']+)", to_you, tail, flags=re.I)
        return re.sub(r"\bhis\b", "your", re.sub(r"\bhim\b", "you", tail, flags=re.I), flags=re.I)
    if reader == "she":
        tail = re.sub(r"\bshe['\u2019]s\b", "you're", tail, flags=re.I)
        tail = re.sub(r"\bshe\s+(?P<verb>[\w']+)", to_you, tail, flags=re.I)
        tail = re.sub(r"\bhers\b", "yours", _OBJECT_HER.sub("you", tail), flags=re.I)
        return re.sub(r"\bher\b", "your", tail, flags=re.I)
    return tail
