"""Talk around a sum: a greeting before it, a remark or a sign-off after it ('Eish, ...', 'Morning all. ...', '...?
The oven manual is all in Fahrenheit and my gran wants C.', '... Want to check the quote before I sign it',
'... Kind regards, Aoife').

People wrap what they ask in what they would say to a person: who they are, why they ask, who wants the answer.
Such a sentence is set aside only when it carries nothing the arithmetic could use, judged word by word rather than
by a list of phrases:

* no figure of its own: no number (digits or words), amount, percentage, clock time, date or ordinal — except a
  figure the kept part says again ('it says 165 degrees. ... What is 165 F in Celsius?'), with its unit;
* no word that could change a reading (``idle_remarks.idle``: a share, a charge, a condition, a relative the sum
  may be shared with, 'rest', 'half', 'each', 'only', 'not', a period, a statistic, a question word, ...);
* a unit only when the kept part names the same measure, and a unit wanted ('my gran wants C', 'in kg please')
  only when it is the unit the kept question asks for: otherwise the remark changes what is asked, and stays.

A few shapes of talk are read beyond those words: greetings, thanks and sign-offs with the names and addresses in
them ('Morning all', 'Cheers mate', 'Kind regards, Aoife'), a time clause ('before I pay him', 'before the
meeting'), a remark checking a figure ('I'd like to verify the same', 'the bank quoted one figure'), 'the big one'
that points at a thing the question names, and price talk ('in bulk') beside a sum that holds no price.

Sentences are dropped whole; a sentence with a figure that is not said again, and every question with a figure or
a question word, is kept whole. The rest is answered only when it reads in full, so a remark that was needed
leaves a request that declines, never one answered differently.
"""

from __future__ import annotations

from fractions import Fraction

from servers.tools.calculator import idle_remarks
from servers.tools.calculator import inert as inert_words
from servers.tools.calculator.asides import CHANGES
from servers.tools.calculator.functions import FUNCTIONS
from servers.tools.calculator.quantities import Measure, lookup
from servers.tools.calculator.question_frame import PARTICLES
from servers.tools.calculator.tokens import SCALES, UNITS, Token

GREETINGS = frozenset(
    "hi hello hey hiya heya howdy howzit yo g'day gday morning mornin afternoon evening good day eish ag ja shame "
    "right ok okay oh ah aye och well so um erm hmm haha hehe lol lmao omg ugh phew wow yikes sheesh gosh blimey "
    "crikey strewth righto alright sorry please pls plz kindly help me quick question thanks thank you thx ta "
    "cheers much many obliged kind regards best warm wishes advance appreciated appreciate appreciated lot "
    "namaste salaam shalom bonjour hola dear sir madam".split()
) | frozenset(  # the same said in the languages users mix into their English
    "salam salaam assalamualaikum marhaba merhaba bula vinaka jambo habari kia ora aloha mahalo talofa malo mabuhay "
    "kumusta salamat ciao salut hallo hej moin ola olá oi buenas buongiorno gamarjoba barev salem tere labas sveiki "
    "ahoj szia zdravo privet namaskar vanakkam sawasdee selamat ni hao konnichiwa annyeong shukran asante gracias "
    "merci svp stp prosze proszę dziekuje dziękuję danke bitte grazie obrigado obrigada spasibo tack takk kiitos "
    "dhanyavad shukriya arigato teşekkürler tesekkurler sağol sagol terima kasih ngiyabonga siyabonga revert "
    "servus grüß gruss gott amakuru murakoze kuzuzangpo kadrinchey moning tenkyu plis bambo mela che bo epá epa "
    "mana wena habib ħabib ħanini hanini compadre mijo mauri sawubona dumela mhoroi hajde ajde mezanmi mirëdita "
    "miredita tungjatjeta zdravo kalimera yassou yasou geia selam mingalaba sabaidee kamusta ahlan marhaban dobrý "
    "dobry deň dobar dan dobrý den ju lutem tanpri mesi mèsi frè fre".split()
)
"""Words of greeting, thanks and sign-off: said to the person asked, never of the sum ('Pls revert' ends a request
as Indian English often does)."""
ADDRESSES = frozenset(
    "all everyone folks guys team mate mates hen pal love lads ladies bro bru boet chief assistant friend friends "
    "brother sister boss buddy dude bhai ji bhaiya didi habibi amigo amiga".split()
)
"""Whom a greeting or sign-off is said to ('Morning all', 'Cheers mate'): inside a greeting they count nobody."""
SPOKEN_TO = ADDRESSES | frozenset(
    "brah bruh bra bud ntate abale akhi ukhti ya janab sahab sahib amai mamita mae zeg pues che nde bre brate fiu "
    "oga aunty auntie uncle ma'am sir madam padi".split()
)
"""Words that say whom a sum is asked of, in the Englishes users write ('Amai, ...', '..., ntate?', 'Ya akhi,')."""
CLOSING_PARTICLES = PARTICLES | frozenset("la ne eh hle pues zeg".split())
"""Words that close a sentence as talk, with no comma before them ('How much each la?', '... is enough hle.'): the
question's particles and a few more."""
_CHECKING = frozenset(
    "check checking checked verify verifying confirm confirming double-check cross-check compare tally match "
    "reconcile sanity-check".split()
)
_CHECKED = frozenset(
    "same one figure figures number numbers answer answers amount total sum given gave quoted told says said shows "
    "showed showing got came".split()
)
"""'verify the same', 'quoted one figure': what a remark checking someone's figure names, which it does not
change."""
_BEING = frozenset("is are was were am i'm we're he's she's they're you're".split())
_PAYING = frozenset("pay pays paid paying".split())
_TIME_CLAUSE = frozenset("before after when once until till".split())
_DOERS = frozenset("i we he she they you i'll we'll".split())
_OWNERS = frozenset("the a an my our his her their".split())
_POINTED = frozenset("the a this that".split())
_PRICE_TALK = frozenset("bulk wholesale retail cash card".split())
"""How a thing is bought: it could change a price ('in bulk' may earn a discount), never a weight or a count."""
_WANTING = frozenset("want wants wanted need needs needed prefer prefers asked asking asks requires require".split())
_TALK_FRAME = frozenset("and but so it it's they they're this that still".split())
"""The frame of a remark beyond ``idle_remarks.FRAME``: with no figure and no word of arithmetic beside them, a
join and a word pointing back at the thing asked about say nothing new."""
_RECORDED = frozenset("all reads read shows measures measured written recorded works work talks kept logged".split())
_RUNNING = frozenset("run runs ran manage manages managed".split())
_ARRIVING = frozenset("turn turns turned show shows showed".split())
_LOOKING = frozenset("look looks looking looked".split())
_NO_MATTER = frozenset("idea clue worries worry rush hurry stress bother pressure sure".split())
_STOPS = frozenset(
    "stop stops stopping wait waiting queue detour refuel own spares rise rises rising risen fall falls falling "
    "fallen drop drops dropping gone going".split()
)
"""Words a plain frame would pass that still change a sum: a stop on a journey, what someone brings of their own,
a figure that has moved since ('rents are rising', 'prices have gone up')."""
_ENDS = frozenset({".", "!", "?", ";"})
_PAUSES = frozenset({",", "-", "—", ":", "!", "..."})
_JOINS = frozenset({",", "-", "—", "'", "!", ":", "(", ")", '"'})
_TIPS = frozenset("tip tips tipping gratuity".split())
_MAX_WORDS = 24  # a remark, not a second story
_MAX_SENTENCES = 10  # a message of a few sentences; each is read against the others, so the bound keeps it cheap
_MAX_TOKENS = 240


def without_remarks(text: str, tokens: list[Token]) -> str | None:
    """``text`` without its greeting, remarks and sign-off, or None when it has none (or every sentence is one)."""
    if len(tokens) > _MAX_TOKENS:
        return None
    spans = _sentences(text, tokens)
    if not spans or len(spans) > _MAX_SENTENCES:
        return None
    opening = _greeting_clause(tokens, spans[0][0]) if spans else 0
    if opening:
        spans[0] = (opening, spans[0][1])
    figured = [s for s in spans if _has_figure(tokens, *s)]
    if not figured:
        return None
    dropped: list[tuple[int, int]] = []
    for span in spans:
        if span in figured:
            continue
        if _talk(tokens, span, [s for s in spans if s != span]):
            dropped.append(span)
    kept = [s for s in spans if s not in dropped]
    restated = [s for s in figured if len(figured) > 1 and _restated(tokens, s, [k for k in kept if k != s])]
    kept = [s for s in kept if s not in restated[:1]]
    if not kept:
        return None
    said = [_text(text, tokens, *s) for s in kept]
    said = [_without_closing_address(text, tokens, s) or t for s, t in zip(kept, said, strict=True)]
    shorter = " ".join(t if t[-1] in ".!?;" or k == len(said) - 1 else t + "." for k, t in enumerate(said))
    return shorter if shorter != text.strip() else None


def _sentences(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """The request's sentences as token spans (end exclusive, with their closing marks): a sentence ends at '.',
    '!', '?', ';', an emoji or a line break."""
    spans: list[tuple[int, int]] = []
    begin = 0
    for k, token in enumerate(tokens):
        if token.kind == "end":
            break
        closes = token.text in _ENDS or _emoji(token)
        broken = tokens[k + 1].kind != "end" and "\n" in text[token.start + len(token.text) : tokens[k + 1].start]
        if closes or broken:
            end = k + 1
            while tokens[end].text in _ENDS or _emoji(tokens[end]):
                end += 1
            if end > begin and any(t.kind != "symbol" for t in tokens[begin:end]):
                spans.append((begin, end))
            begin = max(begin, end)
    if begin < len(tokens) - 1 and any(t.kind != "symbol" for t in tokens[begin:-1]):
        spans.append((begin, len(tokens) - 1))
    return [s for s in spans if s[0] < s[1]]


def _emoji(token: Token) -> bool:
    return token.kind == "symbol" and len(token.text) == 1 and ord(token.text) >= 0x2190


def _text(text: str, tokens: list[Token], begin: int, end: int) -> str:
    last = tokens[end - 1]
    if _emoji(last):
        end -= 1
        last = tokens[end - 1]
    return text[tokens[begin].start : last.start + len(last.text)].strip()


def _without_closing_address(text: str, tokens: list[Token], span: tuple[int, int]) -> str | None:
    """The sentence ``span`` without the word to the reader that closes it ('How much each, ntate?', 'What's the
    total, zeg?', 'How much each la?'), its closing mark kept; None when it closes with none."""
    begin, end = span
    close = end
    while close > begin and tokens[close - 1].text in _ENDS:
        close -= 1
    k = close
    while k > begin and close - k < 2 and (tokens[k - 1].word in SPOKEN_TO or tokens[k - 1].word in CLOSING_PARTICLES):
        k -= 1
    if k == close or k - begin < 3:
        return None
    if tokens[k - 1].text == ",":
        k -= 1
    elif not all(t.word in CLOSING_PARTICLES for t in tokens[k:close]):
        return None  # '... for my brother?': a word of address only after a comma
    last = tokens[k - 1]
    closing = "".join(t.text for t in tokens[close:end])
    return text[tokens[begin].start : last.start + len(last.text)].strip() + closing


def _greeting_clause(tokens: list[Token], begin: int) -> int:
    """The index after 'Eish,', 'Hiya folks,', 'Morning all -', 'Hi Aoife,' opening the request, or 0."""
    k = begin
    while tokens[k].kind == "word" and k - begin < 4 and _greeting_word(tokens, k, begin):
        k += 1
    if k == begin or tokens[k].text not in _PAUSES or tokens[k + 1].kind == "end":
        return 0
    return k + 1


def _greeting_word(tokens: list[Token], k: int, begin: int) -> bool:
    """A greeting's word: a word of greeting, or after one whom it is said to ('all', a name)."""
    word = tokens[k].word
    if k == begin:
        return word in GREETINGS or word in SPOKEN_TO  # 'Mamita, one chompa needs ...', 'Ya akhi, please add up'
    return word in GREETINGS or word in SPOKEN_TO or tokens[k].text[:1].isupper() and _open_word(tokens[k])


def _has_figure(tokens: list[Token], begin: int, end: int) -> bool:
    for k in range(begin, end):
        token = tokens[k]
        if _pronoun_one(tokens, k, begin):
            continue
        if token.kind in ("number", "currency", "clock", "date", "ordinal") or token.text == "%":
            return True
        if token.kind == "word" and _number_word(token.word) and not _pronoun_one(tokens, k, begin):
            return True
    return False


def _number_word(word: str) -> bool:
    parts = word.split("-")
    return any(p in UNITS or p in SCALES for p in parts)


def _pronoun_one(tokens: list[Token], k: int, begin: int) -> bool:
    """'the small one', 'a quick one', 'this one', 'quoted one figure': 'one' that stands for a thing or says
    a single answer, not a count the sum could use."""
    if tokens[k].text.lower() != "one":
        return False
    after = tokens[k + 1]
    if after.word in _CHECKED:
        return True
    if after.kind == "word" and after.word not in GREETINGS:
        return False  # 'one bag', 'one more': 'one' counts what follows
    before = [t.word for t in tokens[max(begin, k - 2) : k]]
    return bool(before) and (before[-1] in _POINTED or len(before) == 2 and before[0] in _POINTED)


def _talk(tokens: list[Token], span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    """Whether the sentence ``span`` (with no figure) carries nothing the arithmetic could use."""
    begin, end = span
    if end - begin > _MAX_WORDS + 4:
        return False
    if all(tokens[k].kind != "word" or _greeting_word(tokens, k, begin) for k in range(begin, end)):
        return True  # 'Good morning.', 'Morning all.', 'Kind regards, Sunil', 'Cheers'
    rest = [tokens[k] for s in others for k in range(*s)]
    named = {m.name for t in rest if t.kind == "word" and (m := _unit(t)) is not None}
    asked = _asked_unit(tokens, others)
    money = any(t.kind == "currency" or (m := _unit(t)) is not None and m.dimension == "currency" for t in rest)
    words = [t.word for t in tokens[begin:end]]
    checking = bool(_CHECKING & set(words))
    wanting = False
    for k in range(begin, end):
        token = tokens[k]
        if token.kind == "symbol":
            if token.text in _JOINS or _emoji(token) or token.text in _ENDS and token.text != "?":
                continue
            if token.text == "?" and k == end - 1 or token.text in _ENDS:
                continue
            return False
        if _pronoun_one(tokens, k, begin):
            continue
        if token.kind != "word":
            return False
        word = token.word
        wanting = wanting or word in _WANTING
        if _no_tip(tokens, k) and not any(t.word in _TIPS for t in rest):
            continue  # 'No tip in Japan, ne.': nothing is added to the bill, and the sum adds nothing
        if word in _STOPS:
            return False
        unit = _unit(token)
        if unit is not None and word not in GREETINGS:
            wanted = wanting or _put_in(tokens, k)
            if unit.name not in named or wanted and (asked is None or unit.name != asked):
                return False
            continue
        if _plain(tokens, k, begin, checking=checking, money=money):
            continue
        return False
    return True


def _no_tip(tokens: list[Token], k: int) -> bool:
    """'no' and the tip word after it: a bill with nothing added, said to the one who works it out."""
    word = tokens[k].word
    return word == "no" and tokens[k + 1].word in _TIPS or word in _TIPS and tokens[k - 1].word == "no"


def _plain(tokens: list[Token], k: int, begin: int, *, checking: bool, money: bool) -> bool:
    """Whether the word at ``k`` of a figureless sentence is talk: idle, or one of the shapes of talk read here."""
    word = tokens[k].word
    if word in GREETINGS - {"much", "many", "best", "lot", "good", "right", "well", "help"}:
        return True
    if word in _TALK_FRAME:
        return True
    if word in ("no", "not") and tokens[k + 1].word in _NO_MATTER:
        return True  # 'no idea', 'no rush', 'not sure': how the user feels, not a figure left out
    if word in FUNCTIONS and k > begin and _open_word(tokens[k - 1]) and tokens[k - 1].word not in idle_remarks.FRAME:
        return True  # 'the reptile house log': a function's name after a plain noun is a noun itself
    if idle_remarks.idle(tokens[k]) and word not in _STOPS:
        return True
    if word.endswith("ing") and tokens[k - 1].word in _BEING | _OWNERS and _open_word(tokens[k]):
        return True  # "the guy is pushing", "the meeting": what someone is doing, or a thing, not a condition
    if word == "all" and tokens[k + 1].word == "in":
        return True  # 'the log is all in Fahrenheit': how it is written down
    if word in _RUNNING and tokens[k - 1].word in _DOERS and tokens[k + 1].word in _OWNERS:
        return True  # 'I run a chip shop', 'we run the rink': the user's trade, not how long something runs
    if word == "after" and tokens[k - 1].word in _LOOKING:
        return True  # 'I look after the books'
    if word == "up" and tokens[k - 1].word in _ARRIVING:
        return True  # 'before the auditors turn up': arrive, not go up
    if word in _TIME_CLAUSE and tokens[k + 1].word in _DOERS:
        return True  # 'before I pay him'
    if word in _TIME_CLAUSE and _event_follows(tokens, k + 1):
        return True  # 'before the meeting', 'after lunch': when it is wanted, not what it is counted before
    if word in _PAYING and tokens[k - 1].word in _DOERS and tokens[k - 2].word in _TIME_CLAUSE:
        return True
    if checking and (word in _CHECKING or word in _CHECKED or word in ("against", "just")):
        return True
    if (
        k >= begin + 1
        and tokens[k + 1].text.lower() == "one"
        and _pronoun_one(tokens, k + 1, begin)
        and word not in CHANGES
    ):
        return True  # 'the big one': the word describing the thing pointed at
    return word in _PRICE_TALK and not money


def _open_word(token: Token) -> bool:
    """An open-class word that qualifies nothing, however it ends (``idle_remarks.idle`` without its suspicion of
    participles, for one that follows 'is')."""
    word = token.word.removesuffix("'s")
    return inert_words.inert(token) and not inert_words.stems(word) & idle_remarks.QUALIFIERS


def _put_in(tokens: list[Token], k: int) -> bool:
    """'in kg please', 'answer in pounds', 'convert to C': a unit the answer is asked in. A unit something is kept
    in ('the log is all in Fahrenheit', 'my scale reads in kilos') says how the user's figures came, and is not."""
    if tokens[k - 1].word not in ("in", "into", "to"):
        return False
    return tokens[k - 2].word not in _BEING | _RECORDED


def _event_follows(tokens: list[Token], k: int) -> bool:
    """'the meeting', 'lunch', 'the auditors turn up': an event named by an open word, never a charge, a share or a
    period ('before tax', 'after the first month', 'before the weekend' stay)."""
    if tokens[k].word in _OWNERS:
        k += 1
    return _open_word(tokens[k]) and tokens[k].word not in _STOPS and _unit(tokens[k]) is None


def _unit(token: Token) -> Measure | None:
    if token.kind != "word" or token.word in GREETINGS or token.word in ADDRESSES:
        return None
    return lookup(token.word, short=False) or (lookup(token.text) if len(token.text) <= 2 else None)


def _asked_unit(tokens: list[Token], spans: list[tuple[int, int]]) -> str | None:
    """The unit the kept question asks for: the one named after its last 'in', 'to' or 'into'."""
    for begin, end in reversed(spans):
        if not any(tokens[k].text == "?" for k in range(begin, end)):
            continue
        for k in range(end - 1, begin, -1):
            if tokens[k - 1].word in ("in", "to", "into") and (unit := _unit(tokens[k])) is not None:
                return unit.name
    return None


def _restated(tokens: list[Token], span: tuple[int, int], kept: list[tuple[int, int]]) -> bool:
    """'it says 165 degrees.' before 'What is 165 F in Celsius?': every figure the sentence says is said
    again, in the same measure, in what is kept, and its other words are talk."""
    begin, end = span
    again: dict[Fraction, str | None] = {}
    for b, e in kept:
        for k in range(b, e):
            if tokens[k].kind == "number":
                unit = _unit(tokens[k + 1])
                again[Fraction(tokens[k].value)] = unit.name if unit is not None else None
    figures = [k for k in range(begin, end) if tokens[k].kind == "number"]
    if not figures or any(tokens[k].kind in ("currency", "clock", "date", "ordinal") for k in range(begin, end)):
        return False
    rest = list(range(begin, end))
    for k in figures:
        value = Fraction(tokens[k].value)
        if value not in again:
            return False
        unit = _unit(tokens[k + 1])
        if unit is None or not _same_measure(unit, again[value]):
            return False  # '20 boxes' is not the '20%' asked of: a bare figure may count something else
        rest.remove(k + 1)
        rest.remove(k)
    if any(tokens[k].text == "%" or tokens[k].text == "?" for k in rest):
        return False
    return _talk_tokens(tokens, rest, span, kept)


def _talk_tokens(tokens: list[Token], rest: list[int], span: tuple[int, int], kept: list[tuple[int, int]]) -> bool:
    """The words of a restated sentence besides its figures, read as ``_talk`` reads a sentence."""
    begin = span[0]
    named = {m.name for b, e in kept for k in range(b, e) if (m := _unit(tokens[k])) is not None}
    for k in rest:
        token = tokens[k]
        if token.kind == "symbol":
            if token.text in _JOINS or token.text in _ENDS or _emoji(token):
                continue
            return False
        if token.kind != "word" or token.word in _STOPS or token.word in _WANTING:
            return False
        unit = _unit(token)
        if unit is not None:
            if unit.name not in named:
                return False
            continue
        if not _plain(tokens, k, begin, checking=False, money=True):
            return False
    return True


def _same_measure(unit: Measure, name: str | None) -> bool:
    """'165 degrees' restates '165 F': a bare degree is the temperature the kept part names."""
    if name is None:
        return False
    if unit.name == name:
        return True
    kept = lookup(name)
    return unit.name == "degree" and kept is not None and kept.dimension == "temperature"
