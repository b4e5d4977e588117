"""The fact checker's vocabulary: which words are verbs, auxiliaries and negations, and a text's content terms.

The clause reader (propositions.py) needs to find a clause's verb without a part-of-speech tagger. It knows
the auxiliaries and modals, a list of verbs common in factual claims with their regular forms, irregular past
forms, and takes a lowercase "-ed" word as a verb. Content terms are stemmed, with irregular verb forms
(wording.py) and a few synonyms made one word, so "finished" meets "completed" and "fell" meets "fall"; an
acronym is kept whole, so "HTTPS" never meets "HTTP".
"""

from __future__ import annotations

import re

from servers.tools.fact_checker.figures import MONTHS, NUMBER_WORDS, SHARES
from servers.tools.researcher.wording import IRREGULAR as IRREGULAR_BASES
from servers.tools.researcher.wording import NAMES, base_form
from servers.tools.summarizer.sentences import STOPWORDS, stem

AUXILIARIES = frozenset(
    "is are was were be been am has have had do does did can could will would may might must shall should "
    "isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't can't cannot couldn't won't "
    "wouldn't shouldn't".split()
)
NEGATORS = frozenset("not never no cannot neither nor none nothing nobody nowhere".split())
# Words that open a relative clause: a verb or a negation after one belongs to that clause ("data that is not
# acknowledged"), not to the main one.
RELATIVES = frozenset("that which who whom whose whatever whichever".split())
ADVERBS = frozenset(
    "never not only always often still really actually also just ever truly first later even rarely usually "
    "sometimes already finally reportedly allegedly supposedly once regularly repeatedly famously probably "
    "certainly indeed soon then originally initially".split()
)
DETERMINERS = frozenset("the a an this that these those my our your his her their its of to".split())
PRONOUNS = frozenset("it its he him his she her they them their this these those itself".split())
_HUMAN = frozenset(
    "we us our ours ourselves people person persons human humans humanity mankind everyone everybody you your".split()
)
# "originally" says when, not what: "came originally from Brazil" and "came from Brazil" claim the same place
STOP = (
    STOPWORDS
    | {"never", "thing", "things", "something", "stuff", "fact", "true", "actually", "truly", "indeed"}
    | {"originally", "initially"}
) - {"use", "used", "uses"}
_VERB_BASES = (
    "use say fail strike sink cause make stunt remember live contain guarantee deliver support require need "
    "reach cover weigh measure run send receive keep lose see eat drink grow help prevent kill protect allow "
    "stand rise hold mean show give take get come go work provide produce include speak know think believe "
    "become begin happen appear seem last orbit boil freeze melt travel flow sleep invent discover create "
    "build land fall open release win die start end cost change increase reduce improve affect lower raise "
    "sit lie border divide join leave arrive visit walk fly hit beat carry design found launch name call "
    "excel finish complete ship order lead serve stop check return miss step plant spend weigh fit survive "
    "score rank govern replace remove add move adopt publish announce power protest rescue reject forget cure "
    "treat taste smell hear feel bite sting swallow digest glow shine spin rotate float conduct attract repel "
    "predict equal outnumber exceed consist emit absorb cool heat warm shrink expand evolve descend migrate "
    "hibernate breathe regrow age harm damage boost slow destroy attack infect spread transmit host own "
    "employ fund sell buy pay earn print broadcast map sail explore conquer rule reign marry invade defeat "
    "sign abolish ban vote elect erupt flood burn orbit circle mate lay hatch eat weaken strengthen consume "
    "need require arrive encrypt decrypt compress"
).split()
# Past forms a verb list of base forms cannot generate: wording.py's irregular forms, and a few it does not
# map to a base ("found" is also a verb of its own).
PAST_FORMS = frozenset(IRREGULAR_BASES) | frozenset(
    "caught drunk dug found gotten lay lit sang shook stole stuck swam woke".split()
)


def _forms(base: str) -> set[str]:
    forms = {base, base + "s", base + "es", base + "ed", base + "d"}
    if base.endswith("y"):
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    if base.endswith("e"):
        forms.add(base[:-1] + "ed")
    return forms


_VERBS = frozenset(set(PAST_FORMS).union(*(_forms(b) for b in _VERB_BASES)))
_ORDINALS = frozenset("first second third fourth fifth last only next earliest latest".split())
_NOT_VERBS = frozenset("red bed hundred speed seed need feed breed indeed shed wed".split())
# Stems that mean the same to the matcher (irregular verb forms are in wording.py). Keys and values are stems.
_SAME = {
    "finish": "complet", "tall": "height", "high": "height", "taller": "height", "higher": "height",
    "tallest": "height", "highest": "height", "heigh": "height", "remember": "memory", "memor": "memory",
    "start": "begin", "construct": "build", "strike": "strik", "hit": "strik", "visibl": "see",
    "visib": "see", "small": "short", "tiny": "short",
    "mathematic": "math", "mathemat": "math", "flunk": "fail", "peopl": "human", "person": "human",
    "meter": "metr", "kilometer": "kilometr", "centimeter": "centimetr", "mov": "travel",
    # "lived", "loved" and "saved" stem short of "live", "love" and "save"
    "liv": "live", "lov": "love", "sav": "save",
    # a spot or location is a place: "never hits the same spot twice"
    "spot": "plac", "location": "plac",
}  # fmt: skip
PHRASES = [
    (re.compile(r"\b(?:came|come|comes|coming) out\b", re.I), "released"),
    (re.compile(r"\b(?:came|come|comes) down\b", re.I), "fell"),
    (re.compile(r"\b(?:took|take|takes|taken|taking) place\b|\b(?:occurred|occurs|occur)\b", re.I), "happened"),
    # Where a name comes from, said one way: "X is named after Y", "X takes its name from Y" and "X got its name from
    # Y" are one claim, and a note's "The name comes from Y" (its topic's name) is "Its name comes from Y".
    (re.compile(r"\b(?:is|was|were|are)\s+named\s+(?:after|for)\b", re.I), "got its name from"),
    (
        re.compile(r"\b(?:gets?|got|takes?|took|taken|derives?|derived)\s+(?:its|their|his|her)\s+name\s+from\b", re.I),
        "got its name from",
    ),
    (re.compile(r"(?:^|(?<=[.;]\s))[Tt]he\s+name\s+(?:comes|came|is\s+derived)\s+from\b"), "Its name comes from"),
    # A battle or a war "was fought" when it happened: "The Battle of Hastings was fought in 1066".
    (re.compile(r"\b(?:was|were)\s+fought\b", re.I), "happened"),
    # To go round, circle or revolve around a body is to orbit it: "the Sun goes round the Earth".
    (
        re.compile(
            r"\b(?:go|goes|went|gone|going|travels?|travelled|moves?|moved)\s+(?:once\s+)?(?:a)?round\b"
            r"|\brevolves?\s+around\b",
            re.I,
        ),
        "orbits",
    ),
    # "once a day" is a figure: how often, to be compared with the note's ("once a year", "every 24 hours").
    (
        re.compile(r"\bonce\s+(?:a|an|per|every)\s+(day|week|month|year|hour|minute|second|decade|century)\b", re.I),
        r"every 1 \1",
    ),
    # A temperature is written "0°C", "0 ºC", "0 degrees C" or "0 degrees centigrade": all read "0 degrees Celsius".
    (re.compile(r"(\d)\s?[°º˚]\s?C\b|(\d)\s+degrees?\s+(?:C\b|[Cc]entigrade\b)"), r"\1\2 degrees Celsius"),
    (re.compile(r"(\d)\s?[°º˚]\s?F\b|(\d)\s+degrees?\s+F\b"), r"\1\2 degrees Fahrenheit"),
    # A bare scale letter after a figure ("around 37 C", "98.6F") is a temperature too; not "5 C-sections".
    (re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{1,2})?)\s?C\b(?![-'’])"), r"\1 degrees Celsius"),
    (re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{1,2})?)\s?F\b(?![-'’])"), r"\1 degrees Fahrenheit"),
    # A unit written short is the unit: "42.195 km long" is "42.195 kilometres long" (a speed "km/h" is not).
    (re.compile(r"(\d)\s?km\b(?![/-])"), r"\1 kilometres"),
    (re.compile(r"(\d)\s?cm\b(?![/-])"), r"\1 centimetres"),
    (re.compile(r"(\d)\s?mm\b(?![/-])"), r"\1 millimetres"),
    (re.compile(r"(\d)\s?kg\b(?![/-])"), r"\1 kilograms"),
    # A length's "long" is said by its unit: "a marathon is 42.195 km long" and "a race of 42.195 kilometres".
    (
        re.compile(
            r"(\d\s?(?:kilomet(?:re|er)s?|miles?|met(?:re|er)s?|yards?|feet|foot|centimet(?:re|er)s?|inch(?:es)?))"
            r"\s+long\b",
            re.I,
        ),
        r"\1",
    ),
    # What a thing "is classed as" now is what it is: "Pluto is still classed as a planet" is "Pluto is still a
    # planet". Only the present: "was counted as a planet" says what it was once, not what it is.
    (
        re.compile(
            r"\b(is|are)\s+(still\s+)?(?:now\s+)?(?:officially\s+)?(?:(?:classed|classified|counted|regarded"
            r"|categori[sz]ed)\s+as|considered(?:\s+as)?|deemed)\s+(?=(?:an?|the)\s)",
            re.I,
        ),
        r"\1 \2",
    ),
    # "around 37", "roughly 8,849": a figure given loosely, as "about" gives it, not a word the note must repeat.
    (re.compile(r"\b(?:around|roughly|approximately|circa)\s+(?=\d)", re.I), "about "),
    (re.compile(r"\bper cent\b", re.I), "percent"),
    (re.compile(r"(\d)\s?%"), r"\1 percent"),
    (re.compile(r"\b(?:man|human)-made\b", re.I), "artificial"),
    *NAMES,  # "World War II" is "the Second World War"
    # Data "sent as plain text" or "in the clear" is data sent unencrypted; the "naked eye" is the "unaided eye".
    (re.compile(r"\b(?:as|in)\s+(?:plain[- ]?text|clear[- ]?text)\b|\bin the clear\b", re.I), "unencrypted"),
    (re.compile(r"\bnaked eye\b", re.I), "unaided eye"),
    # "can't throw up", "being sick": to vomit
    (re.compile(r"\b(?:throw|throws|threw|throwing|thrown)\s+up\b", re.I), "vomit"),
    # "X gives you arthritis": to give a person a condition is to cause it.
    (re.compile(r"\b(?:give|gives|gave|given)\s+(?:you|people|us|kids|children|someone|anyone)\b", re.I), "causes"),
]
TOKEN = re.compile(r"[^\W_]+(?:['’.,][^\W_]+)*", re.UNICODE)


def rephrase(text: str) -> str:
    """``text`` with phrasings the matcher reads as one word made so: "came out" → "released", "10%" → "10 percent"."""
    for pattern, replacement in PHRASES:
        text = pattern.sub(replacement, text)
    return text


def terms(text: str, *, subject: bool = False) -> list[str]:
    """Content terms of ``text``: stemmed, synonyms merged, no stopwords, numbers or month names.

    In a subject, "we", "people", "you" and "humans" all become "human": "we use", "people use" and "humans
    use" are claims about the same subject."""
    found: list[str] = []
    for token in TOKEN.findall(text):
        word = token.lower().replace("’", "'").removesuffix("'s")
        if subject and word in _HUMAN:
            found.append("human")
        elif word in STOP or word in MONTHS or word in NUMBER_WORDS or word in SHARES or len(word) < 2:
            continue
        elif not word.isalnum() or not any(c.isalpha() for c in word):  # numbers are figures; "fts5" is a name
            continue
        elif token.isupper() and token.isalpha():
            found.append(word)  # an acronym is a name: "HTTPS" must not be stemmed into "HTTP"
        else:
            stemmed = stem(base_form(word))
            found.append(_SAME.get(stemmed, stemmed))
    return found


def is_verb(tokens: list[str], i: int) -> bool:
    word = tokens[i].lower()
    if word in AUXILIARIES:
        return True
    if tokens[i][:1].isupper() and i > 0 or (i > 0 and tokens[i - 1].lower() in DETERMINERS):
        return False
    if word in _VERBS:
        return True
    coordinated = i + 1 < len(tokens) and tokens[i + 1].lower() in ("or", "and")  # "isolated or pointed"
    # "the first crewed landing", "the only recorded case": an -ed word after "the first" describes a noun.
    described = i > 1 and tokens[i - 1].lower() in _ORDINALS and tokens[i - 2].lower() in DETERMINERS
    guessed = word.endswith("ed") and len(word) >= 5 and word.isalpha() and word not in _NOT_VERBS
    return guessed and not coordinated and not described


def verb_index(tokens: list[str], continuation: bool = False, guess: bool = False) -> int | None:
    """Where the verb group starts: the first auxiliary, verb, or adverb right before one.

    With ``guess`` (a short claim, not a note), a verb the word lists do not know is taken to be the first
    plain lowercase word after the subject: "goldfish forget everything" has its verb at "forget"."""
    start = 0 if continuation else 1
    first = tokens[0].lower() if tokens else ""
    if continuation and tokens[0].islower() and first not in STOP and first.endswith(("s", "ed")):
        return 0  # "... but consumes 20 percent": a clause after "but" that starts with its verb
    found = next((i for i in range(start, len(tokens)) if _verb_at(tokens, i)), None)
    if not guess:
        return found
    # "TCP retransmits data that is not acknowledged": a known verb only inside a relative clause is that
    # clause's; the main verb the lists do not know comes before it.
    relative = next((i for i in range(2, len(tokens)) if tokens[i].lower() in RELATIVES), len(tokens))
    if found is not None and found < relative:
        return found
    guessed = next((i for i in range(1, relative) if _plain_word(tokens, i)), found)
    return guessed if guessed is not None else next((i for i in range(1, len(tokens)) if _plain_word(tokens, i)), None)


def _verb_at(tokens: list[str], i: int) -> bool:
    word = tokens[i].lower()
    # "the first crewed landing": after a determiner, "first" or "only" is an adjective, not an adverb.
    after_determiner = i > 0 and tokens[i - 1].lower() in DETERMINERS
    if (
        word in ADVERBS
        and not after_determiner
        and any(is_verb(tokens, j) for j in range(i + 1, min(i + 3, len(tokens))))
    ):
        return True
    if (word.endswith("n't") or word in NEGATORS - {"no", "none", "nothing", "nobody"}) and i > 0:
        return True
    return is_verb(tokens, i)


# "All bats hunt ...", "Most sharks ...": the word after a quantifier is the noun it counts, not a verb.
QUANTIFIERS = frozenset("all every each most many some few several both".split())


def _plain_word(tokens: list[str], i: int) -> bool:
    word, before = tokens[i], tokens[i - 1].lower()
    return word.isalpha() and word.islower() and word not in STOP and before not in DETERMINERS | QUANTIFIERS


def plural_noun(token: str) -> bool:
    word = token.lower()
    return token.isalpha() and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in STOP
