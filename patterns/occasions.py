"""Occasions: what the user says, after a question, of how it came up ("A workshop student asked me and I mumbled
something", "The nurses were on about it on the ward", "Old habits - I like to check the bank's figures").

"What causes the blue colour of the sky? A workshop student asked me and I mumbled something." asks one thing. The
sentence after the question tells who asked it and what happened; read as a part of its own it went to the fact
checker as a claim ("Unverified: nothing in the knowledge base is about a workshop student") beside the answer, as
if the user wanted it checked. ``tells_how_it_came_up`` finds such a sentence, so the splitter keeps it with the
question (and routing reads the question alone, ``remarks.without_remark``).

Two shapes are read so:

- **someone and the question** — the sentence opens with people ("A workshop student", "The nurses", "One of my
  sixth formers", "Somebody at the pub quiz") and tells of them and the question or the user: it refers back
  ("on about it", "brought it up"), names the user ("asked me", "and we couldn't agree") or says they asked or
  talked of it ("asked", "mentioned", "were arguing");
- **the answer wanted right** — "I'd like the details right", "I want to get it right";
- **a habit with its label** — a short label and a dash before what the user says of themselves ("Old habits - I
  like to check the bank's figures", "Force of habit - I always double-check the till"): the part after the dash
  is read as any remark on a question is (``jobs.remarks_on_the_question``);
- **an aside of the user's own** — a short statement of the user's day or mood that holds no claim to check: it
  speaks of the user ("The recipe's American and confusing me", "My printer's out of ink again") or sighs at it
  ("The till broke, typical", "Long week, honestly"). A statement that passes on what someone thinks, says or has
  heard ("I think the Great Wall is visible from space") holds a claim, and one of neither kind ("The Great Wall
  is visible from space") may be one, so both stay parts of their own.

Neither asks anybody for anything: a sentence that speaks to the assistant ("you", "please"), says what someone
needs or wants, names a text to write or work to do on one, sets itself apart ("also"), gives a figure in digits (what a
sum works on, or a guess at the answer: ``jobs.guesses_the_answer``), holds material or asks a question is left as it
is, a part of its own where it was one.
"""

from __future__ import annotations

import re

from patterns.jobs import names_text_to_write, remarks_on_the_question
from patterns.material import TEXT_KINDS, WORD, WORK_NOUNS, opens_instruction

SCAN = 300
"""Only this much of a sentence is read."""
OCCASION_WORDS = 20
"""A sentence telling how a question came up is at most this many words; a longer one says more than that."""

# People a question may come from or be talked of by, as the sentence names them.
_PEOPLE = frozenset(
    """student students pupil pupils learner learners trainee trainees apprentice apprentices formers class kid kids
    child children son sons daughter daughters niece nieces nephew nephews grandson granddaughter grandkids friend
    friends mate mates pal pals colleague colleagues coworker coworkers co-worker co-workers boss manager team nurse
    nurses doctor doctors patient patients teacher teachers tutor lecturer professor parent parents mum mom dad wife
    husband partner brother sister cousin uncle aunt grandma grandad granny grandpa neighbour neighbours neighbor
    neighbors customer customers client clients guest guests visitor visitors member members lads girls boys guys
    people folks family relatives flatmate flatmates housemate housemates roommate roommates staff crew regulars
    someone somebody everyone everybody nobody tourist tourists traveller travellers traveler travelers buyer buyers
    shopper shoppers passenger passengers diver divers farmer farmers worker workers driver drivers boyfriend
    girlfriend grandfather grandmother grandchildren""".split()
)
# Words the people may be named after ("a workshop student", "one of my sixth formers", "the kids").
_DETERMINERS = frozenset("a an the my our his her their some one two three few several all both most many lots".split())
# Words by which the sentence tells of the question or of the user ("on about it", "asked me", "we couldn't agree").
_TOLD_OF = frozenset("it this that me us i we my our myself i'm i've we're we've".split())
# Verbs by which people ask or talk of something ("A colleague mentioned it", "The kids were arguing").
_TALKED = frozenset(
    """asked asking ask asks mentioned mentions brought bring came comes argued arguing argue debating debated
    discussing discussed talking talked chatting chatted wondering wondered quizzed""".split()
)
# Words by which a sentence still asks for something or speaks to the assistant.
_ASKS = frozenset("you u your please pls plz need needs want wants also too another separately should must".split())
# "Old habits - ", "Force of habit – ", "Just so you know - ": a short label before a dash.
_LABEL = re.compile(r"^(?P<label>[A-Za-z][\w' ]{0,30}?)\s+[-\u2013\u2014]\s+(?=\S)")
# "I'd like the details right", "I want to get it right": how the answer is wanted, which asks for no more than it
_ANSWER_WISH = re.compile(
    r"^(?:i'd|i\s+would|i|we'd|we)\s+(?:like|want|need|love)\s+(?:to\s+(?:get|have)\s+)?"
    r"(?:the\s+(?:details|facts|answer|figures?|numbers?|dates?|names?)|it|this|that)\s+"
    r"(?:right|correct|accurate|straight|exact|spot\s+on)\b",
    re.IGNORECASE,
)
_DIGIT = re.compile(r"\d")
# Words by which a statement speaks of the user, and the sighs that close an aside ("..., typical").
_THE_USER = frozenset("i me my mine myself we us our ours i'm i've i'd we're we've".split())
_SIGHS = frozenset("typical honestly ugh argh sigh lol haha classic annoying brilliant great marvellous".split())
# Words by which a statement passes on a claim or asks for a check ("I think it's Sydney", "I heard that ...").
_CLAIMING = frozenset(
    """think thought believe believed reckon reckoned heard read said says say told insists insisted claims claimed
    apparently supposedly sure certain true false right wrong correct check checking verify that's it's is are was
    were""".split()
)
# "That's the rates rebate they're talking about", "It's the deposit the agent mentioned": what the question asks
# of, glossed by who spoke of it; a gloss with no speaker ("That's the tallest building in Europe") may be a claim.
_GLOSS = re.compile(
    r"^(?:that|this|it|which)(?:'s|’s|\s+is|\s+was|'ll\s+be|\s+will\s+be)\s+(?:the|our|my|what)\b", re.I
)
_SAID_BY = re.compile(
    r"\b(?:they|we|he|she|the\s+\w+|my\s+\w+)(?:'re|’re|'s|’s|\s+are|\s+were|\s+was|\s+is|\s+keep|\s+kept)?\s+"
    r"(?:talking\s+about|on\s+about|going\s+on\s+about|mentioning|mentioned|offering|offered|quoting|quoted|"
    r"asking\s+about|asked\s+about|told\s+(?:me|us)\s+about|wrote\s+about|sent)\b",
    re.I,
)
OPENER_WORDS = 4
"""A short opener before what the user wants is at most this many words."""
# Words an opener is made of ("Hi! Long day.", "Hope you're well.", "Morning all.", "Right, quick one.").
_OPENING = frozenset(
    """hi hiya hello hey heya howdy morning afternoon evening good all folks there team everyone everybody right ok
    okay so well then quick one long day week night shift hope you're doing fine happy monday mondays friday
    fridays again phew oh dear hmm um er yes yep cheers thanks""".split()
) | frozenset(  # the same said in the languages users mix into their English ("Salam, dear friend.", "Oi gente,")
    """salam salaam assalamu alaikum assalamualaikum marhaba merhaba bonjour salut hola buenas ola olá oi howzit
    namaste jambo habari ciao allora friend friends mon ami amigo amiga gente bhai ji mate mates sir madam""".split()
)
ASIDE_WORDS = 10
"""An aside of the user's own is at most this many words."""
LABEL_WORDS = 4
"""A label before a dash is at most this many words."""


def tells_how_it_came_up(sentence: str) -> bool:
    """Whether ``sentence``, after a question, only tells how the question came up: someone asking or talking of
    it ("The nurses were on about it on the ward"), or the user's habit under a short label ("Old habits - I like
    to check the bank's figures"). See the module's docstring for what is never read so."""
    text = without_stake(without_explaining_wish(sentence.strip()[:SCAN]))
    words = WORD.findall(text.lower())
    if not _asks_nothing(text, words, OCCASION_WORDS):
        return False
    if _ANSWER_WISH.match(text) is not None:
        return True
    label = _LABEL.match(text)
    if label is not None and len(label.group("label").split()) <= LABEL_WORDS:
        return remarks_on_the_question(text[label.end() :])
    if glosses_the_question(text):
        return True
    return _someone_and_the_question(words) or _aside_of_the_users_own(words)


# "we've got R50 on it", "there's a tenner riding on it", "loser buys the beers": what rides on the answer, which
# is no figure to work on
_STAKE = re.compile(
    r"(?:^|[,;]\s*|\s+and\s+|\s+-\s+)(?:(?:we've|we\s+have|we|i've|i\s+have|i|there's|there\s+is)\s+(?:got\s+)?"
    r"(?:put\s+|bet\s+)?)?(?:a\s+)?(?:[$\u20ac\u00a3]|R|C\$|A\$|HK\$|NZ\$)?\s?\d[\d,.]*\s*(?:k|bucks|quid|rand|dollars|euros|"
    r"pounds|dong)?\s+(?:riding\s+)?on\s+(?:it|this|that|the\s+answer)\s*[.!]*$",
    re.IGNORECASE,
)
# "I want explain simple", "so I can explain it to them", "need to explain it to the customers": the answer is for the
# user to pass on, which asks for nothing more than the answer
_EXPLAINING = re.compile(
    r"(?:^|[,;]\s*|\s+and\s+|\s+so\s+)(?:so\s+)?(?:i|we)\s+(?:want|wanna|need|have|would\s+like|'d\s+like|can|could)?"
    r"\s*(?:to\s+)?(?:be\s+able\s+to\s+)?explain(?:\s+(?:it|this|that|them))?(?:\s+(?:simple|simply|easy|easily|"
    r"properly|clearly|right|better))?(?:\s+to\s+(?:them|him|her|my\s+\w+|the\s+\w+|people|customers))?\s*[.!]*$",
    re.IGNORECASE,
)


def without_stake(sentence: str) -> str:
    """``sentence`` without what rides on the answer ("My apprentice says yes and I say no, we've got R50 on it")."""
    found = _STAKE.search(sentence)
    return sentence[: found.start()].rstrip(" ,;-") if found is not None and found.start() > 0 else sentence


def without_explaining_wish(sentence: str) -> str:
    """``sentence`` without the user's wish to explain the answer to others ("many customer ask me, I want explain
    simple"): who the answer is for, not another job."""
    found = _EXPLAINING.search(sentence)
    return sentence[: found.start()].rstrip(" ,;-") if found is not None and found.start() > 0 else sentence


def glosses_the_question(sentence: str) -> bool:
    """Whether ``sentence``, after a question, only says what the question asks of and who spoke of it ("That's
    the rates rebate they're talking about.", "It's the deposit the agent mentioned."): no figure, no ask."""
    text = sentence.strip()[:SCAN]
    words = WORD.findall(text.lower())
    if not _asks_nothing(text, words, OCCASION_WORDS):
        return False
    return _GLOSS.match(text) is not None and _SAID_BY.search(text) is not None


def opens_with_an_aside(sentence: str) -> bool:
    """Whether ``sentence``, before another, is a short opener that asks nothing ("Hi! Long day.", "Hope you're
    well.", "Morning all."): no figure, no question, no order, no text named, no word that speaks to the assistant
    or asks; the sentence after it is what the user wants, and the opener is only its context."""
    text = sentence.strip()[:SCAN]
    words = WORD.findall(text.lower())
    if not _asks_nothing(text, words, OPENER_WORDS):
        return False
    if any(opens_instruction(words[start : start + 2]) for start in range(3)):
        return False
    # only words of greeting, mood or the user: "Bulls hate red." before a question is a claim, a part of its own
    return set(words) <= _OPENING | _SIGHS | _THE_USER


def _asks_nothing(text: str, words: list[str], most: int) -> bool:
    """Whether a sentence of at most ``most`` words holds nothing of a job: no figure, question, quote, colon or
    material, no word that asks, and no kind of text or work named."""
    if not words or len(words) > most or "?" in text or _DIGIT.search(text):
        return False
    if any(mark in text for mark in ('"', "`", "\u201c", ":", "\n")) or _ASKS & set(words):
        return False
    return not ((TEXT_KINDS | WORK_NOUNS) & set(words) or names_text_to_write(text))


def _aside_of_the_users_own(words: list[str]) -> bool:
    """Whether ``words`` are a short statement of the user's day or mood that holds no claim to check (see the
    module's docstring): no verb that states or passes on a claim, the user named or a sigh among them."""
    if len(words) > ASIDE_WORDS or _CLAIMING & set(words):
        return False
    if any(opens_instruction(words[start : start + 2]) for start in range(3)):  # "Just tell me the prices"
        return False
    return bool((_THE_USER | _SIGHS) & set(words))


def _someone_and_the_question(words: list[str]) -> bool:
    """Whether ``words`` open with people (in their first five words, after nothing but determiners and the words
    naming them) and tell of them and the question or the user."""
    if words[0] not in _DETERMINERS and words[0] not in _PEOPLE:
        return False
    if opens_instruction(words[:2]):
        return False
    named = next((i for i, word in enumerate(words[:5]) if word in _PEOPLE), None)
    if named is None:
        if words[:2] != ["one", "of"]:
            return False
        named = 3  # "one of my sixth-form lot": whoever they are, the words after them tell of them
    told = words[named + 1 :]
    # "A customer swears hers went from pink to blue": someone telling what happened to their own
    own = bool(told) and told[0] in _REPORTING and bool(set(told[1:]) & _THEIR_OWN)
    return own or bool(set(told) & (_TOLD_OF | _TALKED))


_REPORTING = frozenset("swears swore says said reckons reckoned insists insisted claims claimed".split())
_THEIR_OWN = frozenset("hers his theirs she he they her him them".split())


# "Quick one, ", "Morning all! ", "Right, quick one: ": an opener and the mark that ends it, before what is asked.
_OPENER = re.compile(r"^\s*(?P<opener>[A-Za-z' ,]{2,40}?)\s*(?:[,:!.]|\s[-\u2013\u2014])\s+(?=\S)")


# "Daft question but ...", "Probably a stupid question, but ...", "Silly q -": the user rating the question, then it
_HUMBLE = re.compile(
    r"^\s*(?:(?:this\s+is\s+|this\s+might\s+be\s+|probably\s+|maybe\s+|possibly\s+)?(?:a\s+|an\s+)?(?:bit\s+of\s+a\s+)?"
    r"(?:daft|silly|stupid|dumb|basic|naive|naïve|random|odd|weird|obvious|noob|newbie)\s+(?:question|q|one)"
    r"(?:,?\s+(?:maybe|perhaps|probably|possibly|i\s+know|i\s+guess|lol|haha))?"  # "Daft question maybe, but"
    r"|(?:sorry\s+if\s+this\s+is\s+(?:a\s+)?(?:daft|silly|stupid|dumb|basic|obvious)(?:\s+(?:question|q|one))?))"
    r"\s*(?:[,:.!\u2013\u2014-]\s*)*(?:but\s+)?(?=\S)",
    re.IGNORECASE,
)


def without_opener(text: str) -> str:
    """``text`` without a short opener that asks nothing ("Quick one, what's the speed of light?" -> "what's the
    speed of light?", "Morning all! Convert 5 kg to pounds"): only words of greeting or mood, at most
    ``OPENER_WORDS`` of them, and what is asked after it. Its "one" counts nothing ("quick one"), so a worker on
    numbers is not drawn to it; a "one" that is no "quick one" may be a count, and stays."""
    humble = _HUMBLE.match(text[:SCAN])
    if humble is not None and len(WORD.findall(text[humble.end() : humble.end() + 80])) >= 3:
        text = text[humble.end() :]  # "Daft question but how many ...": the question, not how the user rates it
    found = _OPENER.match(text[:SCAN])
    said: list[str] = []
    while found is not None:  # "Right, quick one - ...": an opener may come in two goes
        said += WORD.findall(found.group("opener").lower())
        rest = text[found.end() :]
        if not said or len(said) > OPENER_WORDS or not set(said) <= _OPENING or len(WORD.findall(rest[:80])) < 3:
            return text
        if "one" in said and "quick" not in said:
            return text
        text = rest
        found = _OPENER.match(text[:SCAN])
    return text


__all__ = ["glosses_the_question", "opens_with_an_aside", "tells_how_it_came_up", "without_opener"]
