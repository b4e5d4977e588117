"""Tone rewrites from rule tables: contractions, greetings and sign-offs, hedges, fillers and word choice.

The tones are polite, professional, formal, friendly, casual, concise, confident and simple. For the first five
the text is first made civil (``politeness``: demands, threats, blame, insults, shouting), because a rude text
with a new greeting is not professional. Each tone is then a list of rules applied in order. A rule is a regular
expression and its replacement; the first letter's case is carried over, so "Don't" becomes "Do not" and "don't"
becomes "do not". The rules only change wording, never meaning: they do not invent content, which keeps a
rewrite trustworthy without a language model."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from servers.tools.writer.feelings import ANGER_RULES
from servers.tools.writer.hedges import HEDGE_RULES
from servers.tools.writer.informal import INFORMAL_RULES, called_off
from servers.tools.writer.politeness import IMPERATIVE_VERBS, soften
from servers.tools.writer.proofing import proofed
from servers.tools.writer.stiffness import STIFF_RULES, unstiffened

# Tones that must not keep rudeness: a rude text is never "professional" or "friendly" with only a new greeting.
_SOFTENED = ("polite", "professional", "formal", "friendly", "casual")
SIMPLE_SENTENCE_WORDS = 18

_CONTRACTIONS = {
    "can't": "cannot",
    "won't": "will not",
    "shan't": "shall not",
    "n't": " not",
    "i'm": "i am",
    "'re": " are",
    "'ve": " have",
    "'ll": " will",
    "'d": " would",
    "let's": "let us",
    "it's": "it is",
    "that's": "that is",
    "there's": "there is",
    "what's": "what is",
    "here's": "here is",
}
_EXPAND = [(r"\b(ca|wo|sha)n't\b", None)] + [
    (rf"(?<![\w']){re.escape(k)}\b" if not k.startswith(("'", "n")) else rf"(?<=\w){re.escape(k)}\b", v)
    for k, v in _CONTRACTIONS.items()
]
_CONTRACT = [
    (r"\bdo not\b", "don't"),
    (r"\bdoes not\b", "doesn't"),
    (r"\bdid not\b", "didn't"),
    (r"\bis not\b", "isn't"),
    (r"\bare not\b", "aren't"),
    (r"\bwas not\b", "wasn't"),
    (r"\bcannot\b", "can't"),
    (r"\bwill not\b", "won't"),
    # (never at a clause's end: "how busy we are." keeps "we are", as "Yes, I am." keeps "I am")
    (r"\bI am\b(?= [a-z])", "I'm"),
    (r"\bI have\b(?! to)(?= [a-z])", "I've"),
    (r"\bI would\b(?= [a-z])", "I'd"),
    (r"\bI will\b(?= [a-z])", "I'll"),
    (r"\bwe are\b(?= [a-z])", "we're"),
    (r"\bwe will\b(?= [a-z])", "we'll"),
    (r"\byou are\b(?= [a-z])", "you're"),
    # Only before another word: "it's" cannot end a clause ("what it is", "that is it").
    (r"(?<!what )\bit is\b(?= [a-z])", "it's"),
    (r"\bthat is\b(?= [a-z])", "that's"),
    (r"\blet us\b", "let's"),
]
_SLANG = [
    (r"\bgonna\b", "going to"),
    (r"\bwanna\b", "want to"),
    (r"\bgotta\b", "have to"),
    (r"\bkinda\b", "somewhat"),
    (r"\bsorta\b", "somewhat"),
    (r"\byeah\b|\byep\b|\byup\b", "yes"),
    (r"\bnope\b", "no"),
    (r"\bthx\b|\bthanx\b", "thanks"),
    (r"\bpls\b|\bplz\b", "please"),
    (r"\basap\b", "as soon as possible"),
    (r"\bfyi\b", "for your information"),
    (r"\bbtw\b", "by the way"),
    (r"\bguys\b", "everyone"),
    (r"\bawesome\b", "excellent"),
    (r"\bsuper\s+(?=\w)", "very "),
    (r"\bstuff\b", "material"),
    (r"\bok(?:ay)?\b", "fine"),
    (r"\blol\b\s*", ""),
    (r"!{2,}", "!"),
    (r"\?{2,}", "?"),
    # Contractions typed without their apostrophe ("dont", "isnt"); "cant" and "wont" are words of their own.
    *((rf"\b{word}nt\b", f"{word}n't") for word in "do does did is are was were has have could would should".split()),
    # Day and month names typed in lower case ("thursday"); "may", "march" and "august" are words of their own.
    *(
        (rf"\b{name}\b", name.title())
        for name in "monday tuesday wednesday thursday friday saturday sunday january february april june july "
        "september october november december".split()
    ),
]
_FILLERS = [
    (r"\b(?:just|really|basically|actually|totally|literally|honestly)\s+", ""),
    (r"\b(?:kind|sort) of\s+", ""),
]
_HEDGES = [
    (r"\bI (?:just )?(?:think|believe|feel|guess) (?:that )?", ""),
    (r"\b(?:maybe|perhaps|possibly)\s+", ""),
    (r"\bit seems (?:like|that)\s+", ""),
    (r"\b(?:might|may|could) be able to\b", "can"),
    (r"\bhopefully\s+", ""),
    (r"\bif that's (?:ok|okay|alright)(?: with you)?\b", ""),
]
_WORDY = [
    (r"\bin order to\b", "to"),
    (r"\bdue to the fact that\b", "because"),
    (r"\bat this point in time\b", "now"),
    (r"\bin the event that\b", "if"),
    (r"\ba (?:large|great) number of\b", "many"),
    (r"\b(?:is|are) able to\b", "can"),
    (r"\bfor the purpose of\b", "to"),
    (r"\bwith regard to\b|\bwith respect to\b|\bin regards? to\b", "about"),
    (r"\bplease be advised that\s+", ""),
    (r"\bI am writing to (?:let you know|inform you)(?: that)?,?\s+", ""),
    # "due to unforeseen circumstances beyond our control, the meeting ...": a reason that says none
    (r"\b(?:due to|because of) (?:unforeseen|unexpected) circumstances(?: beyond our control)?,?\s+", ""),
    # "the meeting that was scheduled to take place on Tuesday": the meeting on Tuesday
    (
        r"\b(?:that|which) (?:was|were) (?:scheduled|planned|due|set) to "
        r"(?:take place|be held|happen)\s+(?=on|at|in)\b",
        "",
    ),
    (r"\bhas (?:unfortunately )?had to be\b", "has been"),
    (r"\bhave (?:unfortunately )?had to be\b", "have been"),
    (r"\bin spite of the fact that\b", "although"),
    (r"\bprior to\b", "before"),
    (r"\bsubsequent to\b", "after"),
    (r"\bat the present time\b", "now"),
    (r"\bvery\s+", ""),
    # a time named by a noun for what happens then, said as what is going on (not when a clause goes on to say
    # more of the noun: "during the repairs, which start on Monday")
    (r"\bduring the (?:closure|shutdown)\b(?!,?\s+(?:which|that|who)\b)", "while it is closed"),
    (
        r"\bduring the (?:works|refurbishment|renovations?|repairs|building work)\b(?!,?\s+(?:which|that)\b)",
        "while the work is going on",
    ),
]
_PLAIN_WORDS = [
    (r"\butili[sz]e\b", "use"),
    (r"\bpurchase\b", "buy"),
    (r"\bassist(?:ance)?\b", "help"),
    (r"\bcommence\b", "start"),
    (r"\bregarding\b", "about"),
    (r"\bapproximately\b", "about"),
    (r"\bendeavou?r\b", "try"),
    (r"\brequire\b", "need"),
    (r"\bwe regret to inform you that\b", "unfortunately,"),
    (r"\bplease find attached\b", "I've attached"),
    (r"\bnecessitates\b", "needs"),
    (r"\bnecessitate\b", "need"),
    (r"\bcomprehensive\b", "full"),
    (r"\bfacilitate\b", "help"),
    (r"\bdemonstrate\b", "show"),
    (r"\bsufficient\b", "enough"),
    (r"\badditional\b", "more"),
    (r"\bnumerous\b", "many"),
    (r"\bsubsequently\b", "later"),
    (r"\bterminate\b", "end"),
    (r"\bindividuals\b", "people"),
    (r"\bparticipate\b", "take part"),
    (r"\bmodification\b", "change"),
    (r"\bobjective\b", "goal"),
    # the words of a leaflet or a label ("Discontinue use and consult your GP"), said as people say them
    (r"\bdiscontinue use\b", "stop using it"),
    (r"\bdiscontinue\b", "stop"),
    # consulting a person is talking to them, consulting a book is checking it ("consult the handbook")
    (
        r"\bconsult\b(?=\s+(?:(?:your|a|an|the|our|their)\s+)?(?:[\w-]+\s+)?(?:gp|doctor|pharmacist|nurse|dentist|"
        r"midwife|vet|solicitor|lawyer|adviser|advisor|manager|tutor|teacher|supervisor|team|specialist|optician)s?\b)",
        "talk to",
    ),
    (
        r"\bconsult\b(?=\s+(?:the|your|our|this|a)\s+(?:[\w-]+\s+)?(?:handbook|guide|manual|website|timetable|map|"
        r"list|leaflet|notes|policy|label|instructions|faq|schedule|rota)\b)",
        "check",
    ),
    (r"\bexceeds\b", "goes over"),
    (r"\bexceed\b", "go over"),
    *((rf"\b{times} daily\b", f"{times} a day") for times in ("once", "twice", "three times", "four times")),
    (r"\bobtain\b", "get"),
    (r"\bensure\b", "make sure"),
    (r"\bwhilst\b", "while"),
    (r"\bin the event that\b", "if"),
    (r"\bpermitted\b", "allowed"),
    (r"\bprohibited\b", "not allowed"),
    (r"\bmedication\b", "medicine"),
]
_FORMAL_GREETINGS = [
    (r"^(?:hey|hi|hiya|yo)\b(?:\s+there)?", "Hello"),
    (r"\b(?:cheers|thanks|thx|ta),?\s*$", "Best regards,"),
]
_FRIENDLY_GREETINGS = [
    (r"^(?:dear|hello|greetings)\b", "Hi"),
    (r"^(?:kind|best|warm)?\s*regards,?\s*$", "Best wishes,"),
    (r"^(?:sincerely|yours (?:sincerely|faithfully|truly)),?\s*$", "Best wishes,"),
]
_CASUAL_GREETINGS = [
    (r"^(?:dear|hello|greetings|hi)\b", "Hey"),
    (r"^(?:kind|best|warm)?\s*regards,?\s*$", "Cheers,"),
    (r"^(?:sincerely|yours (?:sincerely|faithfully|truly)),?\s*$", "Cheers,"),
]
_FORMAL_SIGNOFF = [(r"^(?:best|warm)\s+regards,?\s*$|^best,?\s*$|^cheers,?\s*$", "Kind regards,")]
# "Dear" only before a name: "Dear everyone" reads oddly, "Hello everyone" is already formal enough.
_FORMAL_OPENING = [(r"^(?:hey|hi|hiya|hello)\b(?:\s+there)?(?=\s+(?-i:[A-Z]))", "Dear")]

_RULES: dict[str, Sequence[tuple[str, str | None]]] = {
    "polite": ANGER_RULES + _SLANG + _FORMAL_GREETINGS,
    "simple": _WORDY + _PLAIN_WORDS + _FILLERS,
    "professional": ANGER_RULES + INFORMAL_RULES + _SLANG + _FILLERS + _EXPAND + _FORMAL_GREETINGS,
    "formal": ANGER_RULES
    + INFORMAL_RULES
    + _SLANG
    + _FILLERS
    + _EXPAND
    + _FORMAL_GREETINGS
    + _FORMAL_OPENING
    + _FORMAL_SIGNOFF,
    "friendly": ANGER_RULES + STIFF_RULES + _PLAIN_WORDS + _CONTRACT + _FRIENDLY_GREETINGS,
    "casual": ANGER_RULES + STIFF_RULES + _PLAIN_WORDS + _CONTRACT + _CASUAL_GREETINGS,
    "concise": _WORDY + _FILLERS + _HEDGES + _PLAIN_WORDS,
    "confident": HEDGE_RULES + _FILLERS,
}


# What an instruction asks for, most specific first: "less formal" is casual, not formal.
_ASKED_TONES = [
    (r"\bless (?:formal|stiff|stuffy)\b", "casual"),
    (r"\bless (?:casual|sloppy)\b|\bmore serious\b", "professional"),
    (
        r"\b(?:polite|politely|politer|courteous|respectful|less rude|nicer|kinder|"
        r"less (?:harsh|aggressive|angry|blunt)|tone (?:it |this |that )?down|soften|diplomatic|gentler|civil|"
        r"calmer|friendly but firm)\b",
        "polite",
    ),
    (r"\b(?:professional(?:ly)?|businesslike|work-appropriate)\b", "professional"),
    (r"\bformal(?:ly)?\b", "formal"),
    (r"\b(?:friendly|friendlier|warmer|warm|kind)\b", "friendly"),
    (r"\b(?:casual(?:ly)?|relaxed|informal(?:ly)?|chill|laid-back)\b", "casual"),
    (r"\b(?:simple|simpler|simplify|plain|plainer|easier to (?:read|understand)|for (?:kids|children))\b", "simple"),
    # "so a ten-year-old can follow it", "for a 7 year old", "so my kids understand it": a young reader
    (
        r"\b(?:(?:a|an|my)\s+(?:\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]year[\s-]old|"
        r"(?:a|my)\s+(?:child|kid|kids|children)\s+(?:can|could|would|will)\s+(?:follow|understand|read|get))\b",
        "simple",
    ),
    (r"\b(?:concise|shorter|shorten|tighten|tighter|trim|briefer|less wordy|cut (?:it |this )?down)\b", "concise"),
    # "firmer", "more direct": said plainly, with no hedging ("friendly but firm" is read as polite above)
    (
        r"\b(?:confident|confidently|assertive|less hedging|stronger|bolder|firm|firmer|more direct|more decisive|"
        r"more certain|more sure of (?:myself|yourself|ourselves)|less (?:unsure|uncertain|wishy-washy|timid))\b",
        "confident",
    ),
]


def tone_asked(instruction: str) -> str:
    """The tone an instruction asks for; "professional" when it names none ("Rewrite this: ...")."""
    return next((tone for pattern, tone in _ASKED_TONES if re.search(pattern, instruction, re.I)), "professional")


@dataclass(frozen=True, slots=True)
class Rewrite:
    text: str
    changes: list[str]


def same_words(text: str, original: str) -> bool:
    """Whether ``text`` says ``original``'s words in order: a capital or a full stop added is no rewrite."""
    return re.findall(r"\w+", text.lower()) == re.findall(r"\w+", original.lower())


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement:
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _expand_negative(match: re.Match[str]) -> str:
    return {"ca": "cannot", "wo": "will not", "sha": "shall not"}[match.group(1).lower()]


def _compiled(rules: Sequence[tuple[str, str | None]]) -> list[tuple[re.Pattern[str], str | None]]:
    # Rules run over the whole text at once with re.M, so "^"/"$" mean a line's ends; "\s" becomes "[ \t]" so
    # that no rule joins two lines.
    return [(re.compile(p.replace(r"\s", r"[ \t]"), re.I | re.M), r) for p, r in rules]


_COMPILED = {tone: _compiled(rules) for tone, rules in _RULES.items()}


def rewrite(text: str, tone: str) -> Rewrite:
    """``text`` in ``tone`` (greetings and sign-offs are whole lines), with the changes made."""
    changes: dict[str, None] = {}
    text = "\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines())
    if tone in _SOFTENED:
        text = _SPLICED_REASON.sub(_reason_apart, text)
        text = _IT_AFTER_NOUN.sub(_it_named, text)
        text = soften(text, lambda before, after: changes.setdefault(f"{before} → {after}", None))
        text = _PLEASE_TWICE.sub(r"\1", text)  # "Could you please send me the file, please?"
    if tone in ("formal", "professional"):  # "so excited to say i have joined ..." -> "I'm so excited to say I ..."
        text = proofed(text, lambda before, after: changes.setdefault(f"{before} → {after}", None))
    if tone in ("formal", "professional"):  # "party's off" -> "the party has been cancelled"
        text = called_off(text, lambda before, after: changes.setdefault(f"{before} → {after}", None))
    if tone in ("friendly", "casual"):  # "Attendance at ... is required of all staff" -> "All staff need to come to"
        text = unstiffened(text, lambda before, after: changes.setdefault(f"{before} → {after}", None))
    if tone == "simple":
        text = split_long_sentences(text, SIMPLE_SENTENCE_WORDS, changes)
    for rule, replacement in _COMPILED[tone]:

        def substitute(match: re.Match[str], replacement: str | None = replacement) -> str:
            new = _expand_negative(match) if replacement is None else replacement
            new = _match_case(match.group(), new)
            if match.group().strip() != new.strip():
                changes.setdefault(f"{match.group().strip()} → {new.strip() or '(removed)'}", None)
            return new

        text = rule.sub(substitute, text)
    lines = [_tidy(line) for line in text.splitlines()]
    if tone in _ENDED:
        lines = [_ended(line, changes) for line in lines]
    return Rewrite("\n".join(lines).strip(), list(changes))


# "stop leaving your bikes in the hallway, people keep tripping over them": an order, then its reason spliced on
# with a comma. Made a request, the order is a question and the reason a sentence of its own.
_SPLICED_REASON = re.compile(
    r"(?P<order>(?:^|(?<=[.!?] ))(?:please\s+)?(?:" + "|".join(sorted(IMPERATIVE_VERBS)) + r")\s[^,.!?\n]{3,200}),\s+"
    r"(?P<reason>(?:people|everyone|everybody|it|it's|this|that|we|we're|they|they're|nobody|no one|someone)"
    r"\s[^.!?\n]*)",
    re.I | re.M,
)
# "I'm sick of chasing you for the invoice, pay it by Monday": the complaint goes in a polite text, and "it" would go
# on pointing at nothing; so "it" says what it stands for first ("pay the invoice by Monday").
_IT_AFTER_NOUN = re.compile(
    r"(?P<thing>\b(?:the|your|my|our|this|that)\s+[a-z]{3,20})(?:\s+(?:again|already|yet|too|today))?,\s+(?:and\s+|so\s+|just\s+|now\s+)?(?:please\s+)?(?:"
    + "|".join(sorted(IMPERATIVE_VERBS))
    + r")\s+it\b",
    re.I,
)
_PLEASE_TWICE = re.compile(r"(\bplease\b[^.!?\n]{1,200}?),\s*please(?=[.!?])", re.I)


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:over|in|on|at|by|near|into|onto|under|behind|from|to|with|for|outside|across|through|past|against|"
    r"about|of|off)\s+$",
    re.I,
)

# A sentence opened by a thing it is about ("Your tree is ..."): that thing, not one after a preposition, is "it".
_NAMED_SUBJECT = re.compile(
    r"\s*(?:the|your|my|our|this|that)\s+[a-z]{3,20}(?:'s\s+[a-z]{3,20})?\s+(?:is|are|was|were|has|have|keeps?)\b", re.I
)


def _it_named(found: re.Match[str]) -> str:
    before = found.string[max(0, found.start() - 200) : found.start()]
    opened = re.split(r"[.!?\n]\s*", before)[-1]
    if _PREPOSITION_BEFORE.search(before) and _NAMED_SUBJECT.match(opened):
        return found.group()  # "your tree is over my fence, cut it back": "it" is the tree, not the fence
    determiner, noun = found["thing"].split(None, 1)
    return found.group()[:-2] + ("the" if determiner.lower() in ("this", "that") else determiner.lower()) + " " + noun


def _reason_apart(found: re.Match[str]) -> str:
    if re.search(r"\b(?:or|else|otherwise)\b", found["order"], re.I):
        return found.group()  # "Return it by Sunday or that's it, I'm ...": an ultimatum, left to the threat rules
    reason = found["reason"].rstrip()
    ended = found.string[found.end() : found.end() + 1] in (".", "!", "?")
    return f"{found['order']}. {reason[:1].upper()}{reason[1:]}{'' if ended else '.'}"


# Tones whose sentences end with a full stop, as a typed chat line ("dont use it till IT fixes it") does not.
_ENDED = ("professional", "formal")


def _ended(line: str, changes: dict[str, None]) -> str:
    """A line that is a sentence (four words or more, not a greeting or sign-off) with its full stop."""
    if len(line.split()) < 4 or not re.search(r"\w$", line):
        return line
    changes.setdefault("(no full stop) → .", None)
    return line + "."


_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?=(?:and|but|so|because|while|although|though)\s)")


def split_long_sentences(text: str, max_words: int, changes: dict[str, None]) -> str:
    """Sentences longer than ``max_words`` split at their clause breaks (";", ", and", ", but", ", which")."""

    def split(match: re.Match[str]) -> str:
        sentence = match.group()
        if len(sentence.split()) <= max_words:
            return sentence
        parts = [p.strip() for p in _CLAUSE_BREAK.split(sentence) if p.strip()]
        if len(parts) < 2:
            return sentence
        parts = [re.sub(r"^(?:and|so)\s+", "", p) for p in parts]
        rebuilt = " ".join(p[:1].upper() + p[1:].rstrip(".!?,") + "." for p in parts[:-1])
        last = parts[-1][:1].upper() + parts[-1][1:]
        new = f"{rebuilt} {last}".strip()
        changes.setdefault(f"{sentence.strip()} → {new}", None)
        return new + (" " if sentence.endswith(" ") else "")

    return re.sub(r"[^.!?\n]+(?:[.!?]+|$)\s*", split, text)


def _tidy(line: str) -> str:
    line = re.sub(r"[ \t]{2,}", " ", line)
    line = re.sub(r"\s+([,.!?;:])", r"\1", line)
    line = re.sub(r",\s*,", ",", line)
    # A removed word at the start of a sentence leaves a lowercase first letter behind; restore the capital.
    return re.sub(r"(^|[.!?]\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), line)
