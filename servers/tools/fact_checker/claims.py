"""Finding the claims in a request or a text, and putting each in a form that can be checked.

A checkable claim is a declarative sentence that asserts something about the world: it names a date or number,
a named thing, or states what something is, was, did or does. Opinions ("I think", "the best"), instructions
and open questions ("When did ...?") are not claims. A yes/no question that wraps a claim ("Is it true that
X?", "Did X happen in Y?") is unwrapped to the statement X, and the way people pass a claim on ("My neighbour
says X", "A website claims X") is removed, as are follow-ups that only ask for the check ("Is that right?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from servers.tools.fact_checker.anyone import as_done
from servers.tools.fact_checker.degrees import own_limit
from servers.tools.fact_checker.deixis import points_elsewhere, without_here
from servers.tools.fact_checker.events import as_event
from servers.tools.fact_checker.opinions import states_opinion
from servers.tools.fact_checker.placed_contrast import contrast_last
from servers.tools.fact_checker.propositions import read_claim, read_sentence, says_something, statement_order
from servers.tools.fact_checker.reports import reported_claim, without_chat_tail, without_report
from servers.tools.fact_checker.spoken import years_in_figures
from servers.tools.fact_checker.talk_of_it import tells_where_it_came_up
from servers.tools.fact_checker.tellers import without_teller
from servers.tools.summarizer.requests import is_code
from servers.tools.summarizer.sentences import split_sentences, words

_FRAMING = re.compile(
    r"^(?:(?:please\s+)?(?:(?:can|could|would)\s+you\s+(?:please\s+)?|(?:would|do)\s+you\s+mind\s+)?"
    r"(?:debunk or confirm|confirm or (?:debunk|deny)"
    # "would you mind checking that ...": the check said as a gerund
    r"|double[- ]?checking|checking|confirming|verifying"
    r"|double[- ]?check|fact[- ]?check|verify"
    r"|check|confirm|validate|debunk|evaluate|assess|see|quick check|just checking)"
    # not "the" of "there"
    r"(?:\s+(?:this|the|that|whether|if|claim|statement|quote|fact|for me|please|pls|plz|me|out)\b)*"
    # who the check is for, before the claim's comma: "check this claim for my client, Everest is ..."
    r"(?:\s+for\s+(?:my|our|a|an|the|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+)?(?=\s*[,:]))?"
    r"\s*(?:that\b)?[:\s,-]*|"
    # "tell me if it's true that ...", "let me know whether ..."
    r"(?:tell|let)\s+me\s+(?:know\s+)?(?:if|whether)\s+(?:it(?:'s|’s|\s+is)\s+(?:really\s+)?true\s+(?:that\s+)?)?|"
    r"(?:is it|was it|isn't it)\s+(?:really\s+)?(?:true|false|a myth|a fact|correct|right|accurate)"
    r"(?:\s+to\s+say)?\s+(?:that\s+)?|"
    r"(?:is|was)\s+(?:it\s+)?(?:really\s+)?true\s+(?:that\s+)?|"
    r"it(?:'s|’s|\s+is|\s+was)\s+(?:really\s+)?(?:true|a fact|correct|right|accurate)\s+that\s+|"
    r"(?:did you know|do you know|i heard|i read|i was told|someone told me|people say|they say)\s+(?:that\s+)?|"
    # where the asker came across it, with "I" left out: "heard on the radio that ...", "saw on facebook that ..."
    r"(?:i\s+)?(?:heard|read|saw|seen)\s+(?:on|in|at|from)\s+(?:(?:the|my|a|an|our)\s+)?[\w'-]+(?:\s+[\w'-]+)?"
    r"\s+that\s+|"
    # what is said to be common knowledge: "It is well known that ...", "Everyone knows that ..."
    r"it(?:'s|’s|\s+is)\s+(?:(?:well|widely|commonly|generally)\s+)?(?:known|believed|accepted|said)\s+that\s+|"
    r"it(?:'s|’s|\s+is)\s+(?:common knowledge|an? (?:well[- ])?known fact)\s+that\s+|"
    r"(?:everyone|everybody)\s+knows\s+(?:that\s+)?|"
    # what the speaker says is plain to see: "We can see that ...", "You can tell that ...", "We know that ..."
    r"(?:we|you|one)\s+(?:can\s+)?(?:clearly\s+)?(?:see|tell|know)\s+that\s+|"
    # the claim named, then said: "The claim is that ...", "My statement to check is ...", "What he said was that ..."
    r"(?:the|my|his|her|their|our|this|that)\s+(?:claim|statement|fact|quote|rumou?r|assertion|thing)"
    r"(?:\s+(?:to\s+(?:check|verify)|in\s+question|here|being\s+made|i\s+(?:want|need)\s+checked))?"
    r"\s+(?:is|was)\s+that\s+|"  # "that" needed: "The statement was made in 1863" is a claim of its own
    r"what\s+(?:he|she|they|someone|my\s+[\w'-]+)\s+(?:said|says|claimed|claims|told\s+me)\s+(?:is|was)\s+(?:that\s+)?|"
    # whether it holds, asked around it: "Any truth to the idea that ...", "Am I right in thinking ...",
    # "Correct me if I'm wrong, but ..."
    r"(?:is\s+there\s+|how\s+much\s+)?(?:any\s+)?truth\s+(?:is\s+there\s+)?(?:to|in)\s+(?:the\s+(?:idea|claim"
    r"|rumou?r|story|notion|belief|saying|myth)\s+)?(?:that\s+)?|"
    r"am\s+i\s+(?:right|correct|wrong|mistaken)\s+(?:in\s+thinking|to\s+think|in\s+saying|that)\s+(?:that\s+)?|"
    r"correct\s+me\s+if\s+i(?:'m|’m|\s+am)\s+wrong(?:\s*[,:;-]\s*|\s+)(?:but\s+)?|"
    # a wager on it, the bettor left out: "Bet my friend £5 that ...", "Made a bet that ..."
    r"(?:(?:i|we)\s+)?(?:made\s+a\s+bet|bet(?:\s+[\w£$€']{1,12}){0,4}?)\s+that\s+|"
    r"(?:true or false|myth or fact|fact or myth|fact or fiction|real or fake)\s*[:?,-]?\s*|"
    r"(?:how true is it|how accurate is it)\s+that\s+)",
    re.I,
)
# A greeting or a word to take the floor before the claim: "hey, is ...", "ok so ...", "quick question - ...".
_GREETING = re.compile(
    # a word joining the check to what came before: "and check whether ...", "Also, can you ...", "Secondly, is ..."
    r"^(?:(?:oh\s+)?and(?:\s+also)?|also|plus|then|secondly|thirdly|finally|lastly|one more thing)\b[,:;-]?\s+|"
    r"^(?:hey|hi|hello|hiya|yo|ok|okay|so|um+|hmm+|well|right|oh|btw|quick question|random question|question)"
    r"(?:\s+(?:there|so|then|again))?\s*[,!:;-]+\s+|^(?:hey|hi|hello|ok so|okay so|so|um+|btw)\s+(?=(?:is|are|was|were"
    r"|did|does|do|can|has|have|my|i|someone|apparently)\b)",
    re.I,
)
# Words for a person who passes a claim on; with "my" left out they still name a teller ("Mate reckons ...").
_PERSON = (
    r"(?:guy|bloke|lad|lass|fella|fellow|man|woman|lady|kid|girl|boy|mate|chap|dude|customer|client|teacher|doctor"
    r"|nurse|neighbou?r|colleague|friend|cousin|mum|mom|dad|driver|barman|barmaid|bartender|waiter|waitress"
    r"|landlord|landlady|coach|vicar|student|pupil|parent|granny|gran|grandad|grandpa|grandma|uncle|aunt|auntie"
    r"|husband|wife|partner|brother|sister|son|daughter|boss|apprentice|someone|somebody|people|folks?|lads|guys"
    r"|blokes|kids|parents|mums|dads)s?"
)
# "My neighbour says ...", "A news site claims that ...": who passed the claim on is not part of it.
_REPORTED = re.compile(
    r"^(?:someone|somebody|people|they|everyone|everybody|i|a lot of people|many people|the internet|the news"
    r"|one of my [\w'-]+|my [\w'-]+(?: [\w'-]+)?|an? [\w'-]+(?: [\w'-]+){0,3}"
    r"|one of the [\w'-]+|(?:our|his|her|their) [\w'-]+(?: [\w'-]+)?"
    # a teller named as one of a group: "One of the Year 6 lads insists ...", "one of my regulars swears ..."
    rf"|one of (?:the|my|our) (?:[\w'-]+ ){{0,3}}{_PERSON}"
    # a source named without an article: "Quiz answer sheet says ...", "My kid's science textbook claims ..."
    r"|(?:(?:the|my|our|this|that|his|her|their)\s+)?(?:[\w'-]+\s+){0,3}?(?:sheet|book|textbook|website|site"
    r"|article|leaflet|poster|sign|label|quiz|video|meme|app|encyclopedia|wikipedia|documentary|advert|card"
    r"|newspaper|magazine|paper|podcast|tiktok|blog|handout|worksheet|programme|show)"
    # a person named bare by where they were met: "bloke on my bus reckons ...", "Guy in the taproom says ..."
    # (a place is needed: "Law says ..." or "Tradition in Japan says ..." names no teller, and stays the claim)
    r"|(?!(?:law|laws|rule|rules|policy|research|science|evidence|data|history|tradition|legend|folklore|scripture"
    r"|religion|legislation|guidance|nature)\b)"
    # (lowercase, or a word for a person: "Einstein at Princeton said ..." attributes a quote, which is the claim)
    rf"(?:(?-i:[a-z][\w'-]*)|{_PERSON})"
    r"(?=\s+(?:in|on|at|from|down|outside)\s+(?:the|my|our|a|an|this|work|school|church|uni|college|home)\b)"
    # a word for a person, bare, as a text message drops the "my": "Mate reckons ...", "Customer told me ..."
    rf"|{_PERSON})"
    # where they said it: "Someone in the group chat said ...", "A guy at work told me ..."
    r"(?:\s+(?:in|on|at|from|down|outside)\s+(?:(?:the|my|our|a|an|this)\s+)?[\w'-]+(?: [\w'-]+)?)?"
    r"\s+(?:(?:once|always|often|keeps?)\s+)?"
    r"(?:says?|said|claims?|claimed|posted|told (?:me|us)|tells (?:me|us)|taught (?:me|us)|wrote|writes|reports?"
    r"|reported|heard|read|insists?|insisted"
    # a wager on it: "I bet my friend £5 that ...", "My brother bet me that ..."
    r"|bet(?:s)?(?: (?:me|you|him|her|them|us|my [\w'-]+|someone))?"
    r"(?: [£$€]?\d{1,6}(?: (?:pounds|dollars|euros|quid|bucks))?| (?:a|an|one) [\w'-]+(?: bar| of [\w'-]+)?)?"
    r"|thinks?|believes?|swears blind|swore blind|swears?|swore|keeps saying|argues?|argued|reckons?|reckoned"
    r"|maintains?|mentioned"
    # who heard it: "A child told the whole class ...", "My uncle tells everyone at dinner ..."
    r"|(?:told|tells|taught|teaches|assured|assures) (?:him|her|them|everyone|everybody|(?:the|my|our|his|her|their)"
    r" (?:whole |entire )?(?:class|group|team|room|kids|children|family|pupils|students|staff|office|table|lot|crew))"
    r"|(?:is|was|seems?|seemed) (?:convinced|sure|certain|adamant))\s+(?:that\s+)?",
    re.I,
)
_TAIL = re.compile(
    r"[,;—–-]?\s*(?:(?:or|and)\s+(?:is|was)\s+(?:that|it|this)\s+(?:just\s+)?(?:an?\s+)?"
    r"(?:myth|legend|true|false|made up|a story|fiction)|"
    # a tag with no comma before its "?": "... fell in 1989 right?", "... in 1912 yeah?"
    r"(?<=\d)\s+(?:right|yeah|yes|correct|true|innit|eh)(?=\s*\?)|"
    r"[,;.—–-]\s*(?:right|true|correct|no|yes|yeah|yep|innit|eh"
    r"|(?:is|are) (?:that|he|she|it|they) (?:true|right|correct|so)"
    r"|am i right|(?:isn't|wasn't|doesn't"
    r"|didn't|don't|aren't|weren't|hasn't|haven't|can't|won't"
    # the tag after a negative claim is positive: "Lightning never strikes twice, does it?"
    r"|is|was|does|do|did|are|were|has|have|can|will)\s+(?:it|he|she|they|there|that))"
    # the check asked of whoever reads it: "... in 1989 - can you both confirm that?", ". Could you check this?"
    r"|[,;.—–-]\s*(?:(?:can|could|would)\s+(?:you|one\s+of\s+you)\s+(?:both\s+|all\s+|two\s+)?(?:please\s+)?)?"
    r"(?:confirm|check|verify|double[- ]check)\s+(?:that|this|it)(?:\s+for\s+me)?(?:,?\s+please)?"
    # who passed it on, said after the claim: "..., my cousin says", "..., or so people claim"
    r"|[,;—–-]\s*(?:or so\s+)?(?:my|our|a|an|some|someone|somebody|people|they|everyone)\b[\w' ]{0,30}?\s"
    r"(?:says?|said|claims?|claimed|reckons?|thinks?|insists?|swears?|told me|tells me)(?:\s+so)?"
    # a wager on it told after the claim: "... in England and he has bet me a Mars bar on it"
    r"|,?\s+and\s+(?:he|she|they|i|we)(?:'s|’s|'ve|’ve|\s+has|\s+have|\s+had)?\s+(?:even\s+|already\s+)?"
    r"(?:bet|wagered)\b[^.?!]{0,60}"
    # the asker's own reply told after it: "... come from Asia and I said he's wrong"
    r"|,?\s+(?:and|but)\s+(?:i|we)\s+(?:said|told\s+(?:him|her|them))\s+(?:he|she|they|it)\b[^.?!]{0,40})\s*[?.!]?$",
    re.I,
)
# A hedge around the claim ("technically", "strictly speaking", "as far as I know", "in fact"): how sure the user
# is or how strictly the claim is meant, never what it is about. A field's viewpoint ("botanically speaking",
# "in legal terms") is kept as "in the botanical sense", since notes tell senses apart ("a fruit in the botanical
# sense", "in cooking, treated as a vegetable"). Either may come first, last, between commas ("a tomato is,
# botanically speaking, a fruit") or as an adverb after the verb ("is technically a fruit").
_FIELDS = (
    "botanical biological scientific legal geographical medical chemical physical mathematical linguistic "
    "zoological astronomical grammatical culinary"
).split()
_FIELD = rf"(?:{'|'.join(_FIELDS)})"
_HEDGE = (
    r"(?:(?:technically|strictly|literally|formally|properly|officially|historically|generally|broadly|roughly)"
    r"(?:\s+speaking)?|in\s+fact|as\s+a\s+matter\s+of\s+fact|actually|apparently|supposedly|allegedly"
    r"|reportedly|of\s+course|as\s+far\s+as\s+(?:i|we)\s+(?:know|can\s+tell|remember|recall|am\s+aware"
    r"|'m\s+aware|’m\s+aware)|to\s+(?:the\s+best\s+of\s+)?(?:my|our)\s+knowledge"
    r"|if\s+i\s+(?:remember|recall)\s+(?:rightly|correctly)|if\s+i'?m\s+not\s+mistaken|believe\s+it\s+or\s+not"
    r"|by\s+definition|interestingly|fun\s+fact|in\s+(?:strict|technical)\s+terms|in\s+the\s+strict(?:est)?\s+sense"
    # how sure the user is: "I'm pretty sure (that)", "I could be wrong, but", "unless I'm mistaken"
    r"|i(?:'m|’m|\s+am)\s+(?:pretty\s+|fairly\s+|quite\s+|almost\s+|absolutely\s+)?(?:sure|certain|positive)"
    r"(?:\s+that)?|i\s+could\s+be\s+wrong,?\s+but|unless\s+i(?:'m|’m|\s+am)\s+mistaken)"
)
_VIEWPOINT = (
    r"(?:(?P<adverb>botanically|biologically|scientifically|legally|geographically|medically|chemically|physically"
    r"|mathematically|linguistically|zoologically|astronomically|grammatically)(?:\s+speaking)?"
    rf"|in\s+(?P<terms>{_FIELD})\s+terms|in\s+the\s+(?P<sense>{_FIELD})\s+sense"
    rf"|from\s+an?\s+(?P<view>{_FIELD})\s+(?:point\s+of\s+view|perspective|standpoint))"
)
_ASIDE = rf"(?:{_HEDGE}|{_VIEWPOINT})"
_ASIDE_FIRST = re.compile(rf"^{_ASIDE}\s*(?:,|:|\s)\s*", re.I)
_ASIDE_BETWEEN = re.compile(rf"\s*,\s*{_ASIDE}\s*,\s*", re.I)
_ASIDE_LAST = re.compile(
    rf"(?:\s*,\s*{_ASIDE}|\s+(?:as\s+far\s+as\s+(?:i|we)\s+(?:know|can\s+tell)|to\s+(?:my|our)\s+knowledge"
    r"|if\s+i'?m\s+not\s+mistaken))\s*(?=[.!?]*$)",
    re.I,
)
# only before what the thing is said to be: "is technically a fruit", not "was legally sold"
_ASIDE_ADVERB = re.compile(rf"\b(?P<verb>is|are|was|were)\s+{_ASIDE}\s+(?=(?:a|an|the|not|no)\s)", re.I)
_TRAILING_STOP = re.compile(r"[.!?]+$")
# A follow-up run on after the claim's stop without a capital ("... of Germany. true or false?"), which the
# sentence splitter keeps in the claim's sentence: cut when every word of it only asks for the check.
_FOLLOW_UP = re.compile(r"[.!?]+\s+(?P<ask>[^.!?]{1,80})[.!?]*\s*$")
_QUOTED = re.compile(r"[\"“‘](?P<q>[^\"“”‘’]{3,400})[\"”’]|(?<!\w)'(?P<s>[^']{3,400})'(?!\w)")
_QUOTE_CHARS = "\"'“”‘’"
# Words that ask for a check without saying anything checkable: "Is that right?", "Confirm this quote."
_ASKING = frozenset(
    """is it this that true false correct right wrong accurate accuracy really actually check verify confirm
    fact facts myth real fake claim statement quote quotation attribution statistic figure number date for me
    please can could would you double double-check fact-check he she they someone whether if or the a an of so
    just legit tell know do does did was were are be has have i i'm am want to need sure on in about any
    whole these those following paragraph text essay article post sentence sentences claims statements things
    which what need needs checking out my our your go through find list all there here and me quick just hold
    up stand does debunk deny not incorrect untrue bogus fiction nonsense pls plz thanks thx cheers ok okay win won
    lose lost bet yeah yep innit eh
    him her them""".split()
)
# "In which year did ...?", "For how long ...?": a preposition may come before the question word.
_OPEN_QUESTION = re.compile(
    r"^(?:(?:in|on|at|for|from|by|to|with|since|during|of|after|before)\s+)?(?:who|what|when|where|why|how|which"
    r"|whose|whom)\b",
    re.I,
)
# "You can see X from Y" says X can be seen from Y: the generic "you" is not what the claim is about.
_PERCEIVED = re.compile(
    r"^(?:you|we|people|one|anyone|anybody|humans)\s+(?P<modal>can(?:not)?|can't|could(?:n't)?|will)\s+"
    r"(?:(?:actually|really|easily|clearly|still|even)\s+)?(?P<verb>see|spot|hear|smell|notice|make out)\s+"
    r"(?P<object>\S.{0,200}?)(?:\s+(?P<rest>(?:from|with|through|without|during|in|on|at|by)\s.{0,300}))?$",
    re.I,
)
_PARTICIPLES = {"see": "seen", "spot": "spotted", "hear": "heard", "smell": "smelled", "notice": "noticed"}
# A sentence that starts with one of these asks for work ("Go through my essay ...") rather than stating a fact.
_IMPERATIVE = re.compile(
    # any sentence opening with "please" asks for something; "Mark" before a name is the name (Mark Twain)
    r"^(?:please\b|(?:go|check|test|verify|confirm|look|tell|find|list|read|review|examine|see|give|show|pull"
    r"|extract|help|let|write|explain|compare|analy[sz]e|debunk|evaluate|assess|spot|flag|highlight|identify"
    r"|mark(?!\s+(?-i:[A-Z]))|scan|proofread|fact-check|can you|could you|would you"
    # a dispute put to the checker: "Settle a rehearsal argument?", "Resolve this for us", "Sort out a bet"
    r"|(?:settle|resolve|sort(?:\s+out)?|decide|referee|adjudicate|end)\s+(?:(?:an?|the|this|that|our|my|us|me|out)\s)"
    r")\b)",
    re.I,
)
# A sentence of the request that asks for another job ("And summarize this paragraph too: ..."): the check alone
# would not account for the whole request.
_OTHER_JOB = re.compile(
    r"^\W*(?:(?:fact[- ]?check|check|verify|confirm)(?: (?:this|that|it|them))? (?:and|then) )?"
    r"(?:(?:and|also|then|plus|but|please|now|can you|could you|would you)\W+){0,3}(?P<ask>(?:summari[sz]e|"
    r"sum (?:it|this|that|them) up|write|draft|translate|calculate|compute|convert|rewrite|rephrase|compose)\b"
    r"[^:\n]{0,60})",
    re.I,
)
_NUMBER = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")
_EITHER = re.compile(r"\b(?P<a>\d[\d,]*(?:\.\d+)?)\s+or\s+(?:in\s+|on\s+)?(?P<b>\d[\d,]*(?:\.\d+)?)\b")
_NAMED = re.compile(r"\b[A-Z][a-z]+")
ClaimKind = Literal["numeric", "named", "general"]
_PURPOSE = re.compile(r"\b(?:for|in)\s+(?:my|our|a|an|the|his|her|their)\s+[\w'-]+(?:\s+[\w'-]+){0,2}\s*$", re.I)
_HEAD = re.compile(r"(?P<head>[^:\n]{1,120}?)(?::\s+|\n)(?P<tail>\S.*)", re.S)
# "Claim from a quiz night: X", "Saw this on Facebook - X", "quick one - is it true that X": a short head before
# a colon or a spaced dash that only says where the claim came from. It makes no statement of its own, or only
# one of passing something on ("Something my teacher said today: X").
_LABEL = re.compile(r"(?P<head>[^:\n—–]{1,80}?)(?::\s+|\s+[-—–]+\s+|\s*\n)(?P<tail>\S.*)", re.S)
_PASSED_ON = re.compile(
    r"\b(?:said|says|say|told|tells|heard|hear|read|saw|seen|see|posted|shared|claimed|claims|wrote|written|found"
    r"|overheard|mentioned|taught|learn(?:ed|t)|sent|forwarded|got|spotted|came across|from)\b",
    re.I,
)
# A tail whose subject is "it", "he", "the ship" may stand for the head ("Titanic facts: the ship sank ..."),
# so the head stays.
_STANDS_FOR_HEAD = re.compile(r"^(?:it|its|he|she|they|this|that|these|those|his|her|their)\b", re.I)
# A follow-up after a comma or a spaced dash that only asks for the check: "X - verify please", "X, true or false?"
_ASK_AFTER = re.compile(r"(?:,|;|\s[-—–]+)\s*(?P<ask>[^,;.!?—–-]{1,40})[.!?]*\s*$")
_FENCE = re.compile(r"```[\w+-]*\n?(?P<body>.*?)```", re.S)
# Who the claim is sent to, before its colon: "ask both the researcher and the fact checker: did X?", "Send this
# to the researcher and the fact checker at the same time: X", "For my handout, run this past both of you: X". The
# agents it names, and what it is for, state nothing: what follows the colon is the claim.
_ADDRESSED = re.compile(
    r"\b(?:send|ask|run|put|pass|give|forward|show|get|have)\b[^:\n]{0,60}?\b(?:(?:the|your|our|both|all|each)\s+"
    r"(?:researchers?|fact[- ]?checkers?|checkers|agents)|both\s+of\s+you|you\s+both|all\s+of\s+you|each\s+of\s+you)"
    r"\b[^:\n]{0,30}$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Claim:
    """A checkable statement and why it was judged checkable."""

    text: str
    kind: ClaimKind  # "numeric" (a date or number), "named" (a named entity), or "general"


def passed_on(sentence: str) -> bool:
    """Does ``sentence`` tell what someone said ("A customer is adamant X", "My uncle says X")?"""
    said = _GREETING.sub("", sentence.strip(), count=1)
    return _REPORTED.match(said) is not None or reported_claim(said) is not None


def asks_only(text: str) -> bool:
    """True when ``text`` only asks for a check ("Is that correct?", "Double-check for me.")."""
    return all(w in _ASKING for w in words(text))


def strip_framing(sentence: str) -> str:
    """The statement inside a sentence: framing, reported-speech lead-ins, quotes and "?" removed; years said in
    words written in figures."""
    claim = years_in_figures(" ".join(sentence.split()))
    for _ in range(4):  # framing can nest: "Fact check: is it true that my uncle says ..."
        stripped = _FRAMING.sub("", _GREETING.sub("", claim, count=1), count=1).strip()
        stripped = without_report(stripped)
        stripped = _REPORTED.sub("", stripped, count=1).strip()
        stripped = without_teller(stripped)
        stripped = without_here(without_hedges(stripped))
        if stripped == claim:
            break
        claim = stripped
    follow_up = _FOLLOW_UP.search(claim)
    if follow_up and asks_only(follow_up.group("ask")):
        claim = claim[: follow_up.start()]
    asked = _ASK_AFTER.search(claim)
    if asked and asks_only(asked.group("ask")) and asked.start() > 0:
        claim = claim[: asked.start()]
    claim = without_chat_tail(_TAIL.sub("", claim).strip().rstrip("?!. ").strip())
    if claim[:1] in _QUOTE_CHARS and claim[-1:] in _QUOTE_CHARS:
        claim = claim[1:-1].strip()
    return as_done(_passive_perception(as_event(own_limit(contrast_last(claim)))))


def without_hedges(claim: str) -> str:
    """``claim`` without the hedges said around it, and with a field's viewpoint said as "in the X sense" at its
    end: "as far as I know, the wall fell in 1989" claims that the wall fell in 1989; "botanically speaking, a
    tomato is a fruit" claims that a tomato is a fruit in the botanical sense."""
    fields: list[str] = []

    def aside(match: re.Match[str], keep: str) -> str:
        field = _field(match)
        if field:
            fields.append(field)
        return keep

    claim = _ASIDE_FIRST.sub(lambda m: aside(m, ""), claim, count=1)
    claim = _ASIDE_BETWEEN.sub(lambda m: aside(m, " "), claim)
    claim = _ASIDE_LAST.sub(lambda m: aside(m, ""), claim, count=1)
    claim = _ASIDE_ADVERB.sub(lambda m: aside(m, m.group("verb") + " "), claim)
    if fields:
        stop = _TRAILING_STOP.search(claim)
        end = stop.start() if stop else len(claim)
        claim = f"{claim[:end]} in the {fields[0]} sense{claim[end:]}"
    return claim


def _field(match: re.Match[str]) -> str:
    """The field a viewpoint names ("botanical" for "botanically speaking"), or "" for a hedge."""
    if adverb := match.group("adverb"):
        field = adverb.lower().removesuffix("ly")  # "botanically" -> "botanical", "scientifically" -> "scientific"
        return field if field in _FIELDS else field.removesuffix("al")
    return (match.group("terms") or match.group("sense") or match.group("view") or "").lower()


def _passive_perception(claim: str) -> str:
    """ "You can see the Great Wall from the Moon" → "the Great Wall can be seen from the Moon"."""
    found = _PERCEIVED.match(claim)
    if not found:
        return claim
    verb = found.group("verb").lower()
    modal = found.group("modal").lower().replace("can't", "cannot")
    seen = _PARTICIPLES.get(verb, "made out")
    rest = f" {found.group('rest')}" if found.group("rest") else ""
    return f"{found.group('object')} {modal} be {seen}{rest}"


def normalize_claim(text: str) -> str:
    """The statement a request asks about, in statement order: "Did Einstein fail math?" becomes
    "Einstein did fail math", "Is it true that X?" becomes "X"."""
    claim = own_limit(statement_order(strip_framing(text)))
    return claim[:1].upper() + claim[1:] if claim else claim


def is_checkable(sentence: str) -> ClaimKind | None:
    """The claim kind when ``sentence`` asserts something checkable, else None."""
    if sentence.rstrip().endswith("?") and not _FRAMING.match(sentence) and _OPEN_QUESTION.match(sentence):
        return None
    asserts_nothing = states_opinion(sentence) or _IMPERATIVE.match(sentence) or points_elsewhere(sentence)
    if asserts_nothing or len(sentence.split()) < 3:
        return None
    if not any(says_something(p) for p in read_claim(strip_framing(sentence))):
        return None
    if _NUMBER.search(sentence):
        return "numeric"
    if _NAMED.search(sentence):
        return "named"
    return "general"


def extract_claims(text: str) -> list[Claim]:
    """Every checkable claim in ``text``, in order, each normalized; repeats are listed once."""
    claims: dict[str, Claim] = {}
    for sentence in split_sentences(text):
        statement = strip_framing(sentence)
        if not statement or asks_only(statement) or _OPEN_QUESTION.match(statement):
            continue
        kind = is_checkable(statement)
        if kind is None or tells_where_it_came_up(statement):
            continue
        claim = normalize_claim(statement)
        if claim and claim.casefold() not in claims:
            claims[claim.casefold()] = Claim(claim, kind)
    return list(claims.values())


def material(request: str) -> str:
    """The part of a request that holds the claims: a ``` block, the text after "Fact-check this:", a quoted
    statement wrapped in a request to check it, or else the request itself."""
    text = request.strip()
    fence = _FENCE.search(text)
    if fence and fence.group("body").strip():
        if not is_code(fence.group()):
            return fence.group("body").strip()
        # code pasted beside the claim ("The claim is that X. The code is ```js ...```") is for the code
        # reviewer; the claim is in the words around it
        text = f"{text[: fence.start()]} {text[fence.end() :]}".strip()
    head = _HEAD.fullmatch(text)
    if head and len(head.group("head").split()) <= 20 and _ADDRESSED.search(head.group("head")):
        text = head.group("tail").strip()
    elif head and len(head.group("head").split()) <= 14 and asks_only(_without_purpose(head.group("head"))):
        text = head.group("tail").strip()
    elif head and len(head.group("head").split()) <= 20 and _passed_on_check(head.group("head")):
        text = head.group("tail").strip()
    text = _without_label(text)
    quoted = _QUOTED.search(text)
    if quoted:
        inside = quoted.group("q") or quoted.group("s")
        outside = text[: quoted.start()] + " " + text[quoted.end() :]
        if len(inside.split()) >= 3 and asks_only(outside):
            return inside.strip()
    return text


def _passed_on_check(head: str) -> bool:
    """Does ``head`` ask for a check of something someone passed on ("Please verify this statement my nephew wrote
    in his homework", "Check this line my boss put in the newsletter")? What follows its colon is then the claim."""
    rest = _FRAMING.sub("", head.strip(), count=1)
    return rest != head.strip() and _PASSED_ON.search(rest) is not None


def _without_label(text: str) -> str:
    """``text`` without a head that only names where its claim came from ("Claim from a quiz night: X", "my
    uncle's post - X", "quick one - is it true that X"): the head is dropped when it is short, states nothing
    (or only that someone said, read or saw something), and what follows holds a claim of its own."""
    found = _LABEL.fullmatch(text)
    if found is None or len(found.group("head").split()) > 10:
        return text
    head, tail = found.group("head").strip(), found.group("tail").strip()
    if _STANDS_FOR_HEAD.match(strip_framing(tail)) or _states(head) and not _PASSED_ON.search(head):
        return text
    first = next(iter(split_sentences(tail)), "")
    statement = strip_framing(first)
    if not statement or asks_only(statement) or is_checkable(statement) is None:
        return text
    return tail


def _states(text: str) -> bool:
    """Does ``text`` say something about something, with a verb known as one ("Pub quiz answer" does not: read
    with a guessed verb, "answer" would be one)?"""
    return any(says_something(p) for p in read_sentence(text))


def _without_purpose(head: str) -> str:
    """A request to check with what it is for left out: "Verify this for my biology worksheet" asks only for a
    check. Only a head that opens by asking for one loses its purpose ("Paris, for my trip: ..." keeps it)."""
    return _PURPOSE.sub(" ", head) if _FRAMING.match(head) else head


def other_job(text: str) -> str | None:
    """The words of a sentence in ``text`` that asks for another job than a check ("summarize this paragraph
    for me too"), or None."""
    for sentence in split_sentences(text[:20_000]):
        found = _OTHER_JOB.match(sentence)
        if found is not None:
            return " ".join(found.group("ask").split()).rstrip(" .,;")
    return None


def alternatives(claim: str) -> list[str]:
    """ "Python 3.0 came out in 2008 or 2010" asks which figure is right: one claim per figure. Any other claim
    is its own only alternative."""
    either = _EITHER.search(claim)
    if not either:
        return [claim]
    head, tail = claim[: either.start()], claim[either.end() :]
    return [f"{head}{either.group('a')}{tail}", f"{head}{either.group('b')}{tail}"]


def opinions(text: str) -> list[str]:
    """Sentences of ``text`` that state an opinion rather than a fact."""
    return [
        s
        for s in split_sentences(text)
        if states_opinion(s) and not _OPEN_QUESTION.match(s) and not _IMPERATIVE.match(s)
    ]
