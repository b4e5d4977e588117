"""Rules laid down to a group, said politely: obligations become requests, and the warnings after them go.

A notice for the kitchen or the newsletter is rarely rude word by word; it is rude by laying down the law:
"Staff must clean the microwave after use. Failure to do so is unacceptable." A polite rewrite keeps the rule and
who it is for, and asks instead of ordering ("Could staff please clean the microwave after use?"); the verdict on
anyone who does not ("Failure to do so is unacceptable.", "No exceptions.") goes, and a consequence that carries
information is kept as a plain statement ("Failure to comply will result in a fine." -> "Otherwise, this may
result in a fine."). Each rule reads one sentence and is linear in its length.
"""

from __future__ import annotations

import re

# "<who> must / have to / need to / are required to / are expected to <do something>": an obligation said to a
# group (or to "you"). Not "must be" / "must have" ("It must have rained", "Visitors must be accompanied"): a
# guess or a passive is not something to ask of the reader.
# "\W*+" keeps what it takes, as in _VERDICT below: a quote is also the first letter of <who>.
_OBLIGED = re.compile(
    r"^\W*+(?P<greeting>(?:hi|hello|hey|dear|good\s+morning)(?:\s+[\w'-]+){0,3},\s+)?"
    r"(?:(?:please\s+(?:note|remember)|remember|note)(?:\s+that)?,?\s+)?"
    r"(?P<who>(?!(?:it|this|that|there|i|we|he|she|which|what|who|how|why|if|when|our|my)\b)[\w'-]+"
    r"(?:\s+[\w'-]+){0,3}?)"
    r"(?:\s+(?P<loose>have to|has to|need to|needs to)|\s+(?:must|are (?:required|expected|obliged) to|is "
    r"(?:required|expected|obliged) to)|'re (?:required|expected|obliged) to|'s (?:required|expected|obliged) to)"
    r"\s+(?P<neg>not\s+)?(?!(?:be|have)\b)(?P<ask>(?:[^.!?]|\.(?=\d))+)[.!]*\s*$",
    re.I,
)
# Whom "have to" / "need to" lays a rule on, when it does: everyone, all of a group, you, or people named in the
# plural ("Residents have to ..."); "must" and "are required to" lay one on whoever they are said of.
_GROUP = re.compile(
    r"(?:every|all|any|each|you|staff|people|everyone|everybody|anyone|anybody)\b|(?!(?:the|a|an)\s)[\w'-]*[a-z]s$",
    re.I,
)
# "Failure to do so is unacceptable.", "Failing to comply will result in a fine.", "Anyone who fails to ... will
# be reported": what happens to whoever breaks the rule. A verdict ("is unacceptable", "is a breach of policy")
# says nothing the reader needs; a consequence ("will result in ...") is kept, said as what may happen.
_FAILURE = re.compile(
    r"^\W*(?:(?:any\s+)?failure|failing|refusal|refusing|(?P<people>anyone|those|people|staff|employees)\s+who\s+"
    r"(?:fails?|don'?t|doesn'?t|do not|does not|refuses?))\s+(?:to\s+)?[^.!?]*?\s+"
    r"(?:(?P<verdict>is|are|was|would be|will be\s+(?:(?:considered|deemed|seen as|treated as)\s+)?"
    r"(?:unacceptable|a breach|a violation|grounds|not tolerated|taken seriously))|"
    r"(?:will|shall|may|can|could)\s+(?P<rest>[^.!?]+))[^.!?]*[.!]*\s*$",
    re.I,
)
# A verdict on people or a practice, said as the last word: "Late pickups are unacceptable.", "This will not be
# tolerated.", "No exceptions." The practice named is what the reader is asked to avoid.
# "\W*+" keeps what it takes: a quote is both a non-word character and a word's first letter here, and giving
# the run back one character at a time made a long run of quotes quadratic.
_VERDICT = re.compile(
    r"^\W*+(?P<what>(?!(?:it|this|that|these|those)\b)[\w'-]+(?:\s+[\w'-]+){0,4}?)\s+(?:is|are|will be)\s+"
    r"(?:(?:totally|completely|simply|absolutely|strictly)\s+)?(?:unacceptable|not acceptable|not tolerated|"
    r"(?:will\s+)?not\s+be\s+tolerated|forbidden|prohibited|banned|not allowed)[.!]*\s*$",
    re.I,
)
_LAST_WORD = re.compile(
    r"^\W*(?:(?:there\s+(?:will\s+be|are)\s+)?no exceptions?|no ifs,? (?:and|or) buts|end of (?:story|discussion)|"
    r"(?:this|that|it)(?:'s| is| will be| would be)\s+(?:(?:totally|completely|simply|absolutely)\s+)?"
    r"(?:unacceptable|not acceptable|non-negotiable|not (?:be )?tolerated|not up for discussion|not optional|"
    r"compulsory|mandatory)|"
    r"(?:this|that|it) will not be tolerated)\b[^.!?]*[.!]*\s*$",
    re.I,
)


# "Orders for Mother's Day must be in by 12 March", "Children must be collected by 3.15pm": a rule said of a thing
# or of people done to, which the reader is asked to see to ("Please make sure children are collected by 3.15pm").
_MUST_BE = re.compile(
    r"^\W*+(?P<thing>(?!(?:it|this|that|there|i|we|you|he|she|they|which|what|who)\b)[\w'’-]+"
    r"(?:\s+(?!(?:may|might|will|would|could|should|can|shall|not)\b)[\w'’&-]+){0,5}?)"
    r"\s+(?:must|need to|needs to|have to|has to)\s+be\s+"
    # done to it, or where or when it must be: never a guess ("The invoice must be wrong", "It must be lost")
    r"(?P<rest>(?:[a-z]+ed|paid|made|kept|left|done|worn|shown|put|sent|brought|taken|given|told|held|set|cut|"
    r"written|shut|signed|in|back|ready|returned|out|off)\b(?:[^.!?]|\.(?=\d))*)[.!]*\s*$",
    re.I,
)
_PLURAL_HEADS = frozenset("children people staff men women police cattle".split())
# "No refunds on flowers once they leave the shop.", "No outdoor shoes.": a ban said in two words, kept and said
# with a word of regret, never turned into what it is not ("there are no ...").
_BAN = re.compile(
    r"^\W*no\s+(?P<rest>(?!(?:one|longer|more|later|matter|doubt|problem|worries|excuses|exceptions|ifs|buts)\b)"
    r"[a-z][^.!?]*)[.!]*\s*$",
    re.I,
)


def _must_be_asked(sentence: str) -> str | None:
    """ "Children must be collected by 3.15pm." -> "Please make sure children are collected by 3.15pm."; "No refunds
    on flowers." -> "Sorry, no refunds on flowers."; ``None`` for any other sentence."""
    ban = _BAN.match(sentence)
    if ban:
        return f"Sorry, no {ban.group('rest').strip()}."
    found = _MUST_BE.match(sentence)
    if not found:
        return None
    thing = found.group("thing")
    head = (
        re.split(r"\s+(?:for|of|on|in|at|from|with|to|by|who|that|which|whose)\s+", thing, maxsplit=1, flags=re.I)[0]
        .split()[-1]
        .lower()
    )
    plural = (
        head in _PLURAL_HEADS or (head.endswith("s") and not head.endswith("ss")) or thing.lower().startswith("all ")
    )
    thing = thing if re.match(r"(?-i:[A-Z][a-z]*[A-Z]|[A-Z]{2})", thing) else thing[:1].lower() + thing[1:]
    return f"Please make sure {thing} {'are' if plural else 'is'} {found.group('rest').strip(' ,')}."


def obligation_asked(sentence: str) -> str | None:
    """ "Staff must clean the microwave after use." -> "Could staff please clean the microwave after use?";
    ``None`` when the sentence lays down no rule for its reader."""
    found = _OBLIGED.match(sentence)
    if not found:
        return _must_be_asked(sentence)
    if found.group("loose") and not _GROUP.match(found.group("who")):
        return None  # "The meeting has to move to Friday" is news, not a rule for the reader
    who, ask = found.group("who"), found.group("ask").strip(" ,")
    who = who if re.match(r"(?-i:[A-Z][a-z]*[A-Z]|I\b)", who) else who[:1].lower() + who[1:]  # "Staff" -> "staff"
    if re.match(r"(?:all|every|each)\s+of\s+you$|you(?:\s+all)?$", who, re.I):
        who = "you"
    greeting = found.group("greeting") or ""  # "Hi all, everyone has to ...": the greeting stays
    could = "could" if greeting else "Could"
    if found.group("neg"):
        return f"{greeting}{could} {who} please try not to {ask}?"
    return f"{greeting}{could} {who} please {ask}?"


def warning_dropped(sentence: str) -> tuple[bool, str]:
    """Whether ``sentence`` is a warning to whoever breaks a rule, and what of it is worth keeping ("" if nothing):
    "Failure to do so is unacceptable." -> (True, ""); "Failure to comply will result in a fine." -> (True,
    "Otherwise, this may result in a fine.")."""
    if _LAST_WORD.match(sentence):
        return True, ""
    failure = _FAILURE.match(sentence)
    if not failure:
        verdict = _VERDICT.match(sentence)
        if not verdict:
            return False, ""
        what = verdict.group("what")
        if re.match(r"(?:any|all)\b", what, re.I):
            return True, ""
        return True, f"Please try to avoid {what[:1].lower() + what[1:]}."
    rest = failure.group("rest")
    if failure.group("verdict") or not rest:
        return True, ""
    rest = re.sub(r"^(?:definitely|certainly|always|automatically)\s+", "", rest.strip(" ,"), flags=re.I)
    if re.match(r"(?:be\s+(?:considered|deemed|seen as|treated as)|not be tolerated)\b", rest, re.I):
        return True, ""
    return True, f"Otherwise, {'they' if failure.group('people') else 'this'} may {rest}."
