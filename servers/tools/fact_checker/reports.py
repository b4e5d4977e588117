"""A claim passed on by someone, read apart from who passed it on and how: the reported clause is the claim.

People bring a claim to be checked inside the story of who told it to them: "My uncle Remy swears up and down that
crawfish are insects", "A visitor to the workshop asserted that Geneva is the capital", "A customer swore blind
this morning that ...", "Customer say Thailand never colonized ...", "ok settle this, my roommate says ...",
"According to my driver, ...", "My gran's theory is that ...". Each is one shape:

- an optional **preamble** that takes the floor before a comma or colon ("ok settle this,", "Quick one:"): a few
  words with no figure, no name and no clause of condition or time ("When water freezes, my uncle says it
  expands" keeps its condition, so it is not read here);
- a **teller**: a person or source named by a common noun, with its determiner ("my uncle", "a visitor", "one of
  the cast", "the lads"), a name after it ("my uncle Remy"), where they were met ("at the market", "to the
  workshop") and who they are ("who works at the bank"); a word for a person alone ("Customer", "Mate"); or a
  pronoun ("someone", "he", "they"). A teller named by a proper name ("Einstein said ...", "The Romans believed
  ...") is left alone: what a known person said, or what a people believed, is itself the claim;
- a **reporting verb** ("says", "swore", "asserted", "reckons", "insists", "tells me", "is convinced", "heard",
  pidgin "talk say"), with its adverbs ("keeps saying", "always says");
- what goes with the telling, not with the claim: manner ("up and down", "blind", "hand on heart"), time ("this
  morning", "the other day") and, before an explicit "that", where it was said ("at dinner", "on the phone");
- an optional "that" (or pidgin "say"), and then the **claim**, kept word for word with any negation in it.

Every regex here is linear: bounded word runs and alternations, no nested unbounded quantifiers.
"""

from __future__ import annotations

import re

_W = r"[\w'’-]{1,30}"
_LOWER = r"(?-i:[a-z][\w'’-]{0,30})"
_NAME = r"(?-i:[A-Z][\w'’.-]{1,30})"
# what names a body of rules or a record, whose "says" is part of the claim ("The law says you must ...")
_NOT_TELLER = (
    r"(?!(?:law|laws|rule|rules|rulebook|policy|bible|scripture|constitution|treaty|act|regulations?|legislation"
    r"|theory|tradition|legend|history|science|research|evidence|data|record|records|statute|code|that|this|it"
    r"|there|what|which)\b)"
)
# a word for a person that stands as a teller without a determiner, as a text message drops the "my"
_BARE = (
    r"(?:customer|client|buyer|seller|supplier|visitor|tourist|guest|mate|guy|bloke|lad|fella|dude|man|woman|lady"
    r"|kid|boss|teacher|neighbou?r|colleague|friend|cousin|uncle|aunt|auntie|mum|mom|dad|gran|granny|grandad"
    r"|grandpa|grandma|brother|sister|roommate|flatmate|housemate|classmate|driver|waiter|chef|someone|somebody"
    r"|people|folks|everyone|everybody|they|he|she|oga|madam|pikin|wife|husband|partner|son|daughter)"
)
_DETERMINER = (
    r"(?:a|an|the|my|me|our|his|her|their|your|this|that|some|one\s+of\s+(?:the|my|our|his|her|their)"
    r"|(?:a\s+)?lots?\s+of|many|most|half\s+(?:of\s+)?(?:the|my|our))"
)
# where the teller was met, or who they are: "at the market", "to the workshop", "from Lagos", "who works at NASA"
_WHERE = (
    rf"(?:\s+(?:at|to|in|on|for|from|down|outside|next\s+door\s+to|over|across|behind|of)\s+(?:(?:the|my|our|a|an|this"
    rf"|that|his|her|their)\s+)?(?:{_LOWER}\s+){{0,2}}?(?:{_LOWER}|{_NAME}(?:\s+{_NAME})?)"
    rf"|\s+(?:who|that)\s+(?:works|worked|lives|lived|is|was|runs|ran|has|had|sells|drives|teaches)\s+(?:{_W}\s+){{0,3}}?{_W})"
)
_TELLER = (
    rf"(?:{_DETERMINER}\s+(?:{_LOWER}\s+){{0,3}}?{_NOT_TELLER}{_LOWER}(?:\s+{_NAME}){{0,2}}"
    rf"|{_BARE}s?(?:\s+{_NAME})?)(?:{_WHERE}){{0,2}}?"
)
_TOLD = r"(?:tells?|told|telling|assured|assures|informed|informs|warned|warns|taught|teaches|texted|messaged|promised)"
_HEARER = (
    r"(?:me|us|him|her|them|everyone|everybody|anyone|people|(?:the|my|our|his|her|their)\s+(?:whole\s+|entire\s+)?"
    rf"{_LOWER}|all\s+of\s+us)"
)
_ADVERBS = (
    r"(?:(?:always|often|once|still|even|just|now|actually|literally|really|seriously|honestly|apparently|firmly|all|both"
    r"|flatly|loudly|confidently|keeps?|kept|has|had|have|was|is|will|would)\s+(?:(?:been|on|always|be)\s+)?){0,2}"
)
# verbs that take a bare clause ("says crawfish are insects"); "is sure" not before "to" ("is certain to win")
_VERB = (
    rf"{_ADVERBS}(?:says?|said|saying|swears?|swore|sworn|swearing|claims?|claimed|claiming|asserts?|asserted"
    r"|asserting|reckons?|reckoned|insists?|insisted|insisting|maintains?|maintained|argues?|argued|arguing"
    r"|thinks?|thought|believes?|believed|talk|talks|dey\s+(?:talk|say|tell\s+me)"
    rf"|{_TOLD}(?:\s+{_HEARER})?"
    r"|(?:is|was|seems|seemed|'s|’s|are|were)\s+(?:(?:so|very|quite|totally|absolutely|dead|100%)\s+)?"
    r"(?:convinced|sure|certain|adamant|positive|confident)(?!\s+(?:to|of|about|in)\b))"
)
# verbs that also take a thing ("heard a noise", "wrote a book"): a claim only after "that" or a colon
_VERB_THAT = (
    rf"{_ADVERBS}(?:heard|hears|wrote|writes|posted|mentioned|explained|explains|announced|declared|stated|states"
    r"|read|learned|learnt|found\s+out|pointed\s+out)"
)
# the telling's manner and time; a place ("at dinner") only before an explicit "that"
_MANNER = (
    r"(?:up\s+and\s+down|blind|black\s+and\s+blue|hand\s+on\s+heart|somewhere|online|on\s+the\s+internet"
    r"|(?:till|until)\s+(?:he|she|they|i)(?:'s|’s|'re|’re|'m|’m|\s+is|\s+are|\s+am|\s+was|\s+were)\s+blue\s+in\s+the\s+face|for\s+(?:a\s+fact|sure|certain)|flat\s+out"
    r"|straight\s+up|point\s+blank|with\s+a\s+straight\s+face|all\s+the\s+time|over\s+and\s+over|again|today"
    r"|yesterday|tonight|earlier|once|(?:last|this)\s+(?:night|week|month|year|morning|afternoon|evening|weekend)"
    r"|the\s+other\s+(?:day|night|week)|just\s+now|to\s+(?:my\s+face|me|us|him|her|them|everyone|everybody)|on\s+(?:his|her|their|my)\s+(?:life|mother's\s+life))"
)
_PLACE_SAID = r"(?:(?:at|over|on|during|to)\s+(?:(?:the|my|our|a|an|his|her|their|this|that|last)\s+)?\w+(?:\s+\w+)?)"
# a few words taking the floor before a comma ("ok settle this,"), or a word of greeting alone ("yo my flatmate ...")
_PREAMBLE = (
    r"(?P<pre>(?:[\w'’-]+\s+){0,5}?[\w'’-]+\s*[,;:!?–—-]+\s+"
    r"|(?:yo|hey|hi|ok|okay|so|oh|well|lol|omg|bruh|right|listen|look|honestly|apparently)\s+)"
)
_FRAME = re.compile(
    rf"^\W*{_PREAMBLE}?(?P<teller>{_TELLER})\s+"
    rf"(?:{_VERB}(?:\s*,?\s+{_MANNER}){{0,3}}(?:\s+(?:that|say)\b|\s*[:,])?"
    rf"|(?:{_VERB}|{_VERB_THAT})(?:\s*,?\s+(?:{_MANNER}|{_PLACE_SAID})){{0,3}}(?:\s+that\b|\s*:))"
    r"\s+(?P<claim>\w.*)$",
    re.I | re.S,
)
_ACCORDING = re.compile(rf"^\W*{_PREAMBLE}?according\s+to\s+(?P<teller>{_TELLER})\s*,\s+(?P<claim>\w.*)$", re.I | re.S)
_OWN_THEORY = re.compile(
    rf"^\W*{_PREAMBLE}?(?P<teller>{_TELLER})['’]s\s+(?:theory|claim|story|argument|line|idea|view|take)\s+is\s+that"
    r"\s+(?P<claim>\w.*)$",
    re.I | re.S,
)
# a preamble that is a clause of its own: a condition or time, a number, or a name, bears on the claim
_BEARS_ON_CLAIM = re.compile(
    r"^\W*(?:if|when|whenever|while|since|because|as|after|before|once|although|though|unless|until|in|at|on"
    r"|during)\b|\d|(?<=\s)(?-i:[A-Z])",
    re.I,
)
# a claim opens with what it is about, not with a preposition or a comparison ("The brain thinks faster than ..."),
# nor with a word that points back at another sentence ("The doctor mentioned that it pumps blood"): such a report
# is kept whole, as a sentence of its own
_NO_SUBJECT = re.compile(
    r"^(?:it|its|he|his|she|her|they|their|them|this|these|those|there"
    r"|to|than|about|of|at|in|on|for|with|by|from|so|too|very|really|more|less|hard|deeply|fast|quickly|slowly"
    r"|[a-z]+er\s+than)\b",
    re.I,
)
# laughter or a kiss typed after the claim is no part of it: "... the capital of Australia lol"
_CHAT_TAIL = re.compile(r"(?:\s+(?:lol|lmao|haha+|hehe+|xx+|x|smh|ngl|tbh|fr))+(?=\s*[.!?]*\s*$)", re.I)
_FIRST_PERSON = re.compile(r"^(?:i|we|i'm|we're|i’m|we’re)$", re.I)


def reported_claim(sentence: str) -> str | None:
    """The claim ``sentence`` passes on from someone, without who passed it on and how, or None when the sentence
    passes on no claim (see the module docstring)."""
    text = " ".join(sentence[:2_000].split())
    for pattern in (_FRAME, _ACCORDING, _OWN_THEORY):
        found = pattern.match(text)
        if found is None:
            continue
        pre = found.group("pre") or ""
        if pre and _BEARS_ON_CLAIM.search(pre.rstrip(" ,;:!?–—-")):
            continue
        if _FIRST_PERSON.match(found.group("teller").split()[0]):
            continue
        claim = without_chat_tail(found.group("claim").strip())
        if len(claim.split()) >= 2 and _NO_SUBJECT.match(claim) is None:
            return claim
    return None


def passes_on(sentence: str) -> bool:
    """Does ``sentence`` tell what someone passed on ("My brother-in-law say it was 1810"), whatever it says?"""
    text = " ".join(sentence[:2_000].split())
    found = _FRAME.match(text) or _ACCORDING.match(text)
    return found is not None and not _FIRST_PERSON.match(found.group("teller").split()[0])


def without_chat_tail(claim: str) -> str:
    """``claim`` without laughter or a kiss typed after it ("... is the capital lol")."""
    head, tail = claim[:-60], claim[-60:]  # only the last words: a long run of short words is read once
    return head + _CHAT_TAIL.sub("", tail)


def without_report(sentence: str) -> str:
    """``sentence`` without the report of who passed its claim on; unchanged when it passes on none."""
    claim = reported_claim(sentence)
    return sentence if claim is None else claim
