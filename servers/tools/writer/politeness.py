"""Taking the rudeness out of a text: demands become requests, threats and blame go, shouting and insults go.

A polite rewrite has to change what makes a text rude, not only its greeting. Sentence by sentence:

- **demands** ("Send me the numbers.", "You need to fix this.", "I want you to call me") become requests
  ("Could you please send me the numbers?");
- **threats** ("... or you're fired", "This is your last warning.") are removed, and a consequence that carries
  information ("or I'll escalate to HR", "or we stop work") is kept as a plain statement ("Otherwise I may need to
  escalate to HR.", ``threats``);
- **blame** ("This is your fault", "because of you", "you messed up the invoice") is removed or reframed
  ("There was a problem with the invoice."), "you always/never" becomes "you often/rarely", and "You still
  haven't paid invoice 2231." says what has not happened ("It looks like invoice 2231 hasn't been paid yet.",
  ``accusations``);
- **insults, swearing and sarcasm** are removed, as are whole sentences that are nothing but an insult;
- **shouting** (words in capitals, "!!!") is lowered, keeping acronyms, and chat slang ("lol", "u", "pls") goes.

Facts stay: names, dates, numbers and every clause that says something are kept word for word. The rules are
regular expressions over one sentence at a time, each linear in the sentence's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from servers.tools.writer.accusations import still_accuses, unaccused, unaccused_past, unbothered
from servers.tools.writer.blunt import said_politely
from servers.tools.writer.insult_questions import INSULT_ASKED, end_after_cut
from servers.tools.writer.obligations import obligation_asked, warning_dropped
from servers.tools.writer.refusals import flatly_refused, pointed_at_rules, regretted
from servers.tools.writer.slang import SLANG_INTERJECTIONS, SWEAR_PHRASES, SWEARING, chat_and_slang
from servers.tools.writer.threats import threatens, without_threat

Log = Callable[[str, str], None]

IMPERATIVE_VERBS = frozenset(
    """send give get fix finish call email text reply respond answer tell let make bring update check submit
    review read come move clean sort deal take put pay sign book schedule confirm delete remove change write
    stop start do look show share return approve cancel post print file forward ping upload install test push
    merge deploy ship stay keep be leave try follow join meet explain provide prepare clear turn hand drop pick
    use add finish hurry stop quit listen pay reset restart close open order buy ask sort print note get repair
    mend replace cut trim collect empty tidy wash mow park lock unlock shut refund contact lower""".split()
)
_COMMON_CAPS = frozenset(
    """a an and are as at be but by do for from go have he her him his i if in is it me my no not now of on
    or our out she so that the them they this to up us we what when where who why will with you your stop
    never always today need must fix send again asap please now right immediately urgent seriously all done
    can cant dont wont why how this here there very really just got get""".split()
)
_ACRONYMS = frozenset(
    "api ceo cfo cto coo pdf url faq eta eod usb gps vat nhs bbc nasa sql csv html css hr it pr qa uk us eu un".split()
)
_PROPER_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)
# Sentences that are nothing but an insult, a rhetorical jab or a threat: removed whole.
_DROP = re.compile(
    r"^\W*(?:"
    rf"{INSULT_ASKED}|"
    r"(?:you(?:'re| are)|what an?|such an?|are you)\s+(?:(?:an?|the|so|such|complete|total|absolute|utter|"
    r"really|just|totally|completely)\s+)*(?:idiot|moron|fool|clown|joke|amateur|stupid|useless|incompetent|"
    r"lazy|pathetic|clueless|hopeless|dumb|idiotic|kidding|serious|insane|crazy|unbelievable)\b|"
    r"what(?:'s| is) wrong with you|what were you thinking|how hard can (?:it|this) be|seriously|"
    r"unbelievable|come on|are you kidding|get it together|do your (?:job|work)|i can'?t believe (?:you|this)|"
    r"no excuses|whatever|(?:this|that|it)(?:'s| is| was)\s+(?:(?:so|just|absolutely|completely|totally|"
    r"really|beyond)\s+)*(?:ridiculous|absurd|a joke|pathetic|garbage|trash|crap|insane|embarrassing|stupid|"
    r"a disgrace|laughable)\b|"
    r"(?:this is|consider this)\s+(?:your|a)\s+(?:last|final|only)\s+warning|don'?t make me\b|"
    r"i(?:'m| am) not (?:going to|gonna) (?:ask|tell|say (?:it|this)) (?:you )?again|"
    r"i won'?t (?:ask|tell|say (?:it|this)) (?:you )?again|you(?:'ll| will) (?:regret|be sorry)|"
    r"(?:or else|you(?:'ve| have) been warned)\b|"
    # Sarcasm about the reader's role: "Nobody here is your maid.", "I'm not your mother."
    r"(?:(?:nobody|no one)(?:\s+(?:here|in this \w+))?\s+is|i(?:'m| am)\s+not|we(?:'re| are)\s+not)\s+your\s+"
    r"(?:\w+\s+)?(?:maid|maids|servants?|mother|mum|mom|babysitters?|slaves?|secretary|cleaner|butler|nanny)\b|"
    # Exasperation and blame for having to ask: "I'm sick of asking you", "this is the third time I've told you"
    r"i(?:'m| am)\s+(?:(?:so|really|getting|just)\s+)*(?:sick|tired|fed up|done)\b|"
    r"(?:this|that)(?:'s| is)\s+(?:the|my)\s+\w+\s+time\s+i(?:'ve| have)?\b|"
    r"for the (?:last|\w+th|third|second|hundredth|umpteenth) time[.!?]*$|"
    r"i(?:'ve| have)\s+(?:already\s+)?(?:told|asked|reminded)\s+you\s+(?:this\s+|that\s+)?(?:\w+\s+times|"
    r"before|already|twice|again)\b|i shouldn'?t (?:have|need) to (?:ask|tell|remind)\b"
    r")[^.!?]*[.!?]*\s*$",
    re.I,
)
# A reproach spliced onto a request as a clause of its own ("Send me the report now, you're late again and I'm
# sick of waiting."): exasperation or "again" said to the reader. The clause goes; the request beside it stays.
_REPROACH = re.compile(
    r"^\W*(?:(?:(?:quite\s+)?frankly|honestly|to be (?:honest|frank)|tbh|seriously|really)\W+)?"
    r"(?:i(?:'m| am)\s+(?:(?:so|really|getting|just|absolutely)\s+)*(?:sick|tired|fed up)\s+(?:of|with)\b|"
    r"i(?:'ve| have)\s+(?:just\s+)?had (?:enough|it)\b|"
    r"you(?:'re| are| were|'ve| have|'ve been| have been)?\s+(?:late|behind|slow|wrong|forgot|forgotten|forgetting|"
    r"missed|missing|ignored|ignoring|lost|broke|messed up|overslept|skipped)\b[^,;.!?]{0,40}?"
    r"\b(?:again|as usual)\W*$|"
    r"(?:this|that|it)(?:'s| is)\s+(?:the|my)\s+\w+\s+time\b|"
    # "..., and it's annoying", "..., this is ridiculous": the writer's irritation as a clause of its own, at the end
    r"(?:this|that|it)(?:'s| is| was)\s+(?:(?:so|really|very|getting|becoming|just|beyond|extremely|seriously)\s+)*"
    r"(?:annoying|irritating|frustrating|infuriating|maddening|tiresome|getting old|ridiculous|absurd|unacceptable|"
    r"outrageous|a joke|a disgrace|disgraceful|pathetic)(?:\s+(?:me|us))?\W*$|"
    r"(?:i|we)(?:'ve| have)\s+(?:already\s+)?(?:told|asked|reminded)\s+you\b|"
    # "We told you twice already", "I asked you three times": a reminder that it was said before
    r"(?:i|we)\s+(?:already\s+)?(?:told|asked|reminded|explained to)\s+you\s+(?:this\s+|that\s+)?(?:twice|"
    r"(?:two|three|four|five|several|many|\d+)\s+times|already|before|last week|yesterday)\b|"
    r"(?:i|we)\s+already\s+(?:told|asked|reminded|explained to)\s+you\b|"
    rf"{INSULT_ASKED})",  # "..., are you people incompetent?": an insult asked as a question, which asks nothing
    re.I,
)
# "I have told you three times that the invoice is overdue.": the reminder goes, the fact it repeats stays
_TOLD_THAT = re.compile(
    r"^\W*(?:i|we)(?:'ve| have)?\s+(?:already\s+)?(?:told|reminded|warned|informed)\s+you\s+"
    r"(?:(?:this\s+)?(?:twice|(?:two|three|four|five|several|many|\d+)\s+times|already|before|again|last week|"
    r"yesterday|repeatedly)\s+)*that\s+(?P<fact>[^.!?]*\w[^.!?]*)(?P<end>[.!?]*)\s*$",
    re.I,
)
_TOLD_BEFORE = re.compile(
    r"^\W*(?:i|we)(?:'ve| have)?\s+(?:already\s+)?(?:told|asked|reminded|explained to)\s+you\b", re.I
)
# Where one clause of a sentence ends and the next begins: a comma, a semicolon, "and" or "but".
_CLAUSE_BREAK = re.compile(r",[ \t]+(?:(?:and|but|so)[ \t]+)?|;[ \t]+|[ \t]+(?:and|but)[ \t]+", re.I)
# "It's your fault the client left": the blame goes, the fact it carries ("The client left.") stays.
_FAULT = re.compile(
    r"^\W*(?:this|it|that)(?:'s| is| was)\s+(?:all\s+)?your fault\b\s*(?:that\s+)?(?P<fact>[^.!?]*)", re.I
)
_BLAME_RULES = [
    (r",?\s+(?:all\s+)?(?:because|thanks) (?:of|to) you\b", ""),
    (r"^\W*thanks to you,\s*", ""),
    (r"\byou (?:messed|screwed|fouled) up\s+", "there was a problem with "),
    (r"\byou (?:messed|screwed|fouled) up\b", "something went wrong"),
    (r"\byou (?:broke|ruined|botched|wrecked)\s+", "there is a problem with "),
    (r"\byour (?:mess|screw-?up|blunder)\b", "the problem"),
    (r"\byour mistake\b", "the mistake"),
    # "Your code is garbage": the verdict on the work goes, that it needs attention stays
    (
        r"\byour ((?:\w+\s+){0,2}\w+)\s+(?:is|are|was|were)\s+(?:(?:so|just|absolutely|completely|totally|really|"
        r"utter|complete|total|pure|a)\s+){0,3}(?:garbage|trash|crap|rubbish|junk|a mess|mess|terrible|awful|horrible|"
        r"useless|pathetic|a joke|joke|sloppy|stupid|worthless|a disaster|disaster|a disgrace)\b",
        r"your \1 could use some work",
    ),
    # "For the third time, ...", "As I already told you, ...": the reproach goes, the request stays
    (
        r"^\W*(?:for the (?:last|\w+th|third|second|hundredth|umpteenth) time|as i(?:'ve| have)? (?:already )?"
        r"(?:said|told you|mentioned)(?: before)?|once again|yet again),\s*|"
        r"^\W*how many (?:more )?times (?:do|must) i (?:have to |need to )?(?:tell|ask|remind) you (?:to )?",
        "",
    ),
    (r"\byou always\b", "you often"),
    (r"\byou(?:'re| are) always\b", "you're often"),
    (r"\byou constantly\b", "you often"),
    (r"\byou never\b", "you rarely"),
    (r"\byou keep\b", "you have been"),
    (r"\b(?:ever|even)\s+(?=bother)", ""),
]
_BLAME = [(re.compile(pattern, re.I), replacement) for pattern, replacement in _BLAME_RULES]
_DEMAND = re.compile(
    r"^(?P<lead>\W*(?:i need you to|i want you to|you need to|you have to|you must|you(?:'d| had)? better|"
    r"you should)\s+)(?P<ask>[^.!?]+)[.!?]*\s*$",
    re.I,
)
_WHY_NOT = re.compile(
    r"^\W*why (?P<aux>haven'?t|hasn'?t|didn'?t|don'?t|can'?t|won'?t|aren'?t|isn'?t|did not|have not|do not)"
    r"\s+you\s+(?:ever\s+)?(?P<ask>[^.!?]+?)(?:\s+yet)?[.!?]*\s*$",
    re.I,
)
_REQUIRED = re.compile(
    r"^\W*(?P<thing>(?:\w+\s+){0,2}\w+)\s+(?:is|are)\s+(?:required|needed|expected|due)\s+(?:immediately|"
    r"right away|now|asap|at once|without delay)[.!]*\s*$",
    re.I,
)
_HOW_HARD = re.compile(r"^\W*how hard is it to\s+(?P<ask>[^.!?]+)[.!?]*\s*$", re.I)
_DONT = re.compile(r"^\W*(?:and\s+)?(?:do not|don'?t)\s+(?:you\s+dare\s+|ever\s+)?(?P<ask>[^.!?]+)[.!?]*\s*$", re.I)
_SPLICED_DEMAND = re.compile(
    r",\s*(?:and\s+|so\s+|just\s+|now\s+)?(?=(?:"
    + "|".join(sorted(IMPERATIVE_VERBS))
    + r")\s+(?:it|me|us|them|the|this|that|"
    r"your|my|our|those|these|a|an)\b)",
    re.I,
)
# A clause spliced on after a comma that has an order's shape: a bare verb, then "it" or "them" ("chop it down").
_SPLICED_ORDER_SHAPE = re.compile(r",\s*(?:and\s+|so\s+|just\s+|now\s+)?(?=(?P<verb>[a-z]{3,12})\s+(?:it|them)\b)")
_ORDER_SHAPE = re.compile(r"^[a-z]{3,12}\s+(?:it|them)\b", re.I)
# Words that take "it" or "them" without ordering anything: "love it", "making it", "as it", "think it".
_NOT_ORDERS = frozenset(
    """and but so or because if when as then that which who where while though although since until unless like
    than nor yet for with without about into onto from off over under after before love hate like want need mean
    guess think know see hope wish bet find reckon feel got had has have was were are is did does can could would
    should will may might must shall saw made let""".split()
)


def _order_shaped(word: str) -> bool:
    """Whether ``word``, before "it" or "them" after a comma, reads as an order's verb ("chop", "bin", "ditch")."""
    word = word.lower()
    return word not in _NOT_ORDERS and not re.search(r"(?:ing|ed|ly|s)$", word)


_ASKED = re.compile(r"(?:where|what|when|why|who|how|is|are|can|could|will|would|do|does|did)\b", re.I)
_LEAD_WORDS = re.compile(r"^(?:just|now|and|so|ok|okay|please|then|also|hey)\b[, ]*", re.I)
_URGENT_END = re.compile(r"\s*(?:,\s*)?\b(?:right now|immediately|now|asap|right away|this instant)\b\s*$", re.I)
_WORD = re.compile(r"\b[A-Za-z][A-Za-z']*\b")
_SENTENCE = re.compile(r"(?:[^.!?]|\.(?=\d))+(?:[.!?]+[\"')\]]*|$)\s*")  # a decimal point ("3.30pm") ends no sentence


_REFUSED_AGAIN = re.compile(
    r"(?<=\bUnfortunately, )(?P<first>[^.!?\n]{1,300}[.!?])[ \t]+Unfortunately, (?:that|this|it) isn't possible\.",
    re.I,
)


def soften(text: str, log: Log) -> str:
    """``text`` with its rudeness taken out, line by line; each change is reported through ``log``."""
    lines: list[str] = []
    asked = False
    for line in text.splitlines():
        shouted_line = _shouted(line)
        line = chat_and_slang(line, log)
        sentences: list[str] = []
        for raw in _SENTENCE.findall(line):
            original = raw.strip()
            # One shouted sentence in a calm line is shouting too ("YOUR DOG BARKS ALL NIGHT. Keep it down.").
            softened, made_request = _soften_sentence(_lower_shouting(original, shouted_line or _shouted(original)))
            asked = asked or made_request
            if softened != original:
                log(original, softened or "(removed)")
            if softened:
                sentences.append(softened)
        lines.append(" ".join(sentences))
    result = "\n".join(lines).strip()
    # "we don't do refunds, that's not happening": the second refusal only repeats the first, said with regret once
    result = _REFUSED_AGAIN.sub(r"\g<first>", result)
    if asked and not re.search(r"\bthank", result, re.I):
        result = _thank(result)
        log("(none)", "Thank you.")
    return result


def _shouted(line: str) -> bool:
    words = _WORD.findall(line)
    caps = [w for w in words if len(w) > 1 and w.isupper()]
    return len(caps) >= 3 and len(caps) * 2 >= len(words)


def _lower_shouting(sentence: str, shouted_line: bool) -> str:
    """Words in capitals lowered, unless they look like acronyms (HR, API, Q3) in an otherwise calm line."""

    def lower(match: re.Match[str]) -> str:
        word = match.group()
        if not _is_shouting(word, shouted_line):
            return word
        if word.lower() in _PROPER_WORDS:
            return word[:1] + word[1:].lower()
        return word.lower()

    return _WORD.sub(lower, sentence)


def _is_shouting(word: str, shouted_line: bool) -> bool:
    if len(word) < 2 or not word.isupper():
        return False
    plain = word.lower().replace("'", "")
    if plain in _ACRONYMS and not shouted_line:
        return False  # "till IT fixes it": in a calm line, IT is the department, US the country
    if plain in _COMMON_CAPS or len(word) >= 6:
        return True
    # In a shouted line only the short words that look like acronyms (HR, CEO, PDF) keep their capitals.
    return shouted_line and not (plain in _ACRONYMS or len(word) == 2)


def rude_markers(text: str) -> list[str]:
    """What still reads as rude in ``text``: shouting, swearing, slang, insults, threats, "!!"."""
    found: list[str] = []
    for line in text.splitlines():
        shouted_line = _shouted(line)
        for raw in _SENTENCE.findall(line):
            sentence = raw.strip()
            shouted = shouted_line or _shouted(sentence)
            found += [m.group() for m in _WORD.finditer(sentence) if _is_shouting(m.group(), shouted)]
            if _DROP.match(sentence) or threatens(sentence, _demanding) or warning_dropped(sentence)[0]:
                found.append(sentence)
            found += _reproach_clauses(sentence)
    for pattern in (SWEARING, SLANG_INTERJECTIONS, SWEAR_PHRASES):
        found += [m.group().strip(" ,") for m in pattern.finditer(text)]
    found += re.findall(r"[!?]{2,}", text)
    return found + still_accuses(text)


def _clauses(sentence: str) -> list[tuple[str, str]]:
    """``sentence`` as (break before, clause) pairs; the first clause has an empty break."""
    breaks = list(_CLAUSE_BREAK.finditer(sentence))
    starts = [0, *(m.end() for m in breaks)]
    ends = [*(m.start() for m in breaks), len(sentence)]
    joins = ["", *(m.group() for m in breaks)]
    return [(join, sentence[a:b]) for join, a, b in zip(joins, starts, ends, strict=True)]


def _reproach_clauses(sentence: str) -> list[str]:
    """The clauses of ``sentence`` that reproach the reader (``_REPROACH``)."""
    return [clause for _, clause in _clauses(sentence) if _REPROACH.match(clause)]


def _without_reproaches(sentence: str) -> str:
    """``sentence`` with its reproaches cut out ("" when it is nothing else); it keeps its end punctuation."""
    if not _reproach_clauses(sentence):
        return sentence
    end = re.search(r"[.!?]+[\"')\]]*\s*$", sentence)
    kept = "".join(join + clause for join, clause in _clauses(sentence) if not _REPROACH.match(clause))
    kept = re.sub(r"^[ ,;]*(?:(?:and|but|so)\s+)?", "", kept, flags=re.I).rstrip(" ,;")
    if not re.search(r"\w", kept):
        return ""
    told = _TOLD_BEFORE.match(sentence)  # "We told you twice already, the refund takes ...": the fact stays
    if (
        _REPROACH.match(sentence)
        and not told
        and _LEAD_WORDS.sub("", kept).split(" ", 1)[0].lower() not in IMPERATIVE_VERBS
    ):
        # "I'm sick of your excuses and if it breaks again you're paying for it.": what follows the exasperation
        # is more of it, not a request; the sentence goes whole, as ``_DROP`` would take it
        return ""
    kept = kept[:1].upper() + kept[1:]
    stop = end_after_cut(kept, end.group().strip() if end else "", bool(_REPROACH.match(_clauses(sentence)[-1][1])))
    return kept if re.search(r"[.!?][\"')\]]*$", kept) else kept + stop


def _clauses_apart(sentence: str) -> list[str] | None:
    """``sentence`` cut into sentences at its clause breaks when one of its clauses blames the reader or refuses
    flatly ("You didn't read the instructions, the refund is not happening, the box was opened."): each such clause
    is said another way as a sentence of its own, and the clauses beside it stand as sentences too. None when no
    clause needs that."""
    clauses = [clause.strip() for _, clause in _clauses(sentence)]
    if len(clauses) < 2 or not any(unaccused_past(c) or flatly_refused(c) for c in clauses):
        return None
    end = re.search(r"[.!?]+[\"')\]]*\s*$", sentence)
    pieces = [re.sub(r"[.!?]+[\"')\]]*$", "", clause).strip() for clause in clauses]
    stop = end.group().strip() if end else "."
    return [piece[:1].upper() + piece[1:] + stop for piece in pieces if re.search(r"\w", piece)]


def _soften_sentence(sentence: str, splice: bool = True, ordered: bool = False) -> tuple[str, bool]:
    """The sentence made polite, and whether it now asks for something. ``ordered``: the sentence was spliced on
    after a comma and may open with an order of a verb not listed ("chop it down")."""
    told = _TOLD_THAT.match(sentence)
    if told:
        fact = told.group("fact").strip()
        sentence = fact[:1].upper() + fact[1:] + "."
    if splice:
        sentence = _without_reproaches(sentence)
        if not sentence:
            return "", False
        apart = _clauses_apart(sentence)
        if apart is not None:
            softened = [_soften_sentence(piece) for piece in apart]
            return " ".join(text for text, _ in softened if text), any(asked for _, asked in softened)
    cuts = [m.start() for m in _SPLICED_DEMAND.finditer(sentence)] if splice else []
    if splice and not cuts:
        # "the hedge is blocking the path, chop it down this weekend": an order by its shape, a verb we do not list
        cuts = [m.start() for m in _SPLICED_ORDER_SHAPE.finditer(sentence) if _order_shaped(m.group("verb"))]
    if cuts:
        # "you still owe me the invoice, pay it now": each demand after a comma becomes its own request.
        bounds = [0, *cuts, len(sentence)]
        pieces = [sentence[a:b].strip(" ,") for a, b in zip(bounds, bounds[1:], strict=False)]
        pieces = [p if re.search(r"[.!?]$", p) else p + ("?" if _ASKED.match(p) else ".") for p in pieces if p]
        softened = [_soften_sentence(p, splice=False, ordered=i > 0)[0] for i, p in enumerate(pieces)]
        return " ".join(p for p in softened if p), True
    if _DROP.match(sentence):
        return "", False
    warned, consequence = warning_dropped(sentence)  # "Failure to do so is unacceptable.", "No exceptions."
    if warned:
        return consequence, False
    blunt = said_politely(sentence)  # "Stop emailing us." -> "There's no need to email us again."
    if blunt is not None:
        return blunt, blunt.startswith("Could")
    sentence = unaccused(sentence) or sentence  # "You still haven't paid X." -> "It looks like X hasn't been paid yet."
    sentence = unbothered(sentence) or sentence  # "Nobody bothered to update the rota." -> "It looks like ..."
    sentence = (
        unaccused_past(sentence) or sentence
    )  # "You didn't read the label." -> "It looks like the label wasn't read."
    fault = _FAULT.match(sentence)
    if fault:
        fact = fault.group("fact").strip()
        sentence = (fact[:1].upper() + fact[1:] if fact else "Let's work out what went wrong") + "."
    for pattern, replacement in _BLAME:
        sentence = _replace(pattern, replacement, sentence)
    sentence, consequence = without_threat(sentence, _demanding)
    sentence = re.sub(r"!+\?+|\?+!+", "?", sentence)
    sentence = re.sub(r"\?{2,}", "?", sentence)
    pointed = pointed_at_rules(sentence)
    if pointed:
        return pointed, False
    sentence = regretted(sentence)
    request = _as_request(sentence, ordered)
    if request is not None:
        sentence = request
    elif "!" in sentence:
        sentence = re.sub(r"!+", ".", sentence)
    sentence = _tidy(sentence)
    if sentence and not re.search(r"\w", sentence):
        sentence = ""
    if consequence:
        sentence = f"{sentence} {consequence}".strip()
    # "Could you please ...?", "Could staff please ...?": a request made here, thanked for at the end
    return sentence, re.search(r"(?:^|,\s)[Cc]ould (?:you|[\w' -]{1,40}? please)\b", sentence) is not None


def _demanding(head: str) -> bool:
    """Whether ``head`` (what comes before "or ...") is an order: "Pay it this week"."""
    return _as_request(head.strip() + ".") is not None


def _as_request(sentence: str, ordered: bool = False) -> str | None:
    """A demand turned into a request ("Could you please ...?"), or None when the sentence is no demand."""
    for pattern, shape in ((_HOW_HARD, "Could you please {}?"), (_DEMAND, "Could you please {}?")):
        found = pattern.match(sentence)
        if found:
            return shape.format(_calm(found.group("ask")))
    obliged = obligation_asked(sentence)  # "Staff must clean the microwave." -> "Could staff please clean ...?"
    if obliged is not None:
        return obliged
    why = _WHY_NOT.match(sentence)
    if why:
        aux, ask = why.group("aux").lower().replace("'", ""), _calm(why.group("ask"))
        if aux in ("havent", "hasnt", "have not"):
            return f"Could you let me know whether you have {ask}?"
        if aux in ("didnt", "did not"):
            return f"Could you let me know why you did not {ask}?"
        return f"Could you please {ask}?"
    required = _REQUIRED.match(sentence)
    if required:
        thing = required.group("thing")
        thing = thing[:1].lower() + thing[1:]
        thing = thing if re.match(r"(?:the|your|this|my|our)\b", thing) else f"the {thing}"
        return f"Could you please arrange {thing} as soon as you can?"
    dont = _DONT.match(sentence)
    if dont:
        return f"Please try not to {_calm(dont.group('ask'))}."
    body = _LEAD_WORDS.sub("", sentence.strip())
    if re.match(r"(?:do\s+not|don'?t)\b", body, re.I):
        return None  # "Please do not leave cars ...": asked already, and never "Could you please do not ...?"
    first = body.split(" ", 1)[0].lower().strip(",")
    shaped = ordered and _ORDER_SHAPE.match(body) is not None and _order_shaped(first)
    if (_imperative(first) or shaped) and not sentence.rstrip().endswith("?"):
        ask = re.sub(r"[.!]+$", "", body).strip()
        return f"Could you please {_calm(ask[:1].lower() + ask[1:])}?"
    return None


def _imperative(word: str) -> bool:
    """An order's verb: one of ``IMPERATIVE_VERBS``, or one of them done again ("reprint", "resend", "redo")."""
    return word in IMPERATIVE_VERBS or (word.startswith("re") and word[2:].lstrip("-") in IMPERATIVE_VERBS)


# "sort it out", "get it sorted": an order about a thing only pointed at, curt even when asked with "please"
_CURT = re.compile(r"^(?:sort (?P<it>it|this|that) out|get (?P<got>it|this|that) sorted(?: out)?)\b", re.I)


def _calm(ask: str) -> str:
    """A request's body without the urgency that made it a demand ("now", "immediately") or the curtness of
    "sort it out" ("look into it")."""
    ask = ask.strip(" ,")
    curt = _CURT.match(ask)
    if curt:
        ask = f"look into {(curt.group('it') or curt.group('got')).lower()}{ask[curt.end() :]}"
    calmed = _URGENT_END.sub("", ask)
    if calmed != ask and calmed:
        return calmed + " as soon as you can"
    return ask


_INLINE_SIGN_OFF = re.compile(
    r"\s(?:(?:best|kind|warm)\s+)?(?:regards|wishes|sincerely|cheers|thanks),?(?:\s+[\w.-]+){0,3}\s*$", re.I
)


def _thank(text: str) -> str:
    lines = text.splitlines()
    for i in range(len(lines) - 1, -1, -1):
        signed = _INLINE_SIGN_OFF.search(lines[i])
        if signed and re.search(r"[.?!]\s*$", lines[i][: signed.start()]):
            lines[i] = f"{lines[i][: signed.start()]} Thank you.{lines[i][signed.start() :]}"
            return "\n".join(lines)
        if re.search(r"[.?!]\s*$", lines[i]):
            lines[i] = lines[i].rstrip() + " Thank you."
            return "\n".join(lines)
    return text + " Thank you." if text else text


def _replace(pattern: re.Pattern[str], replacement: str, text: str) -> str:
    def substitute(match: re.Match[str]) -> str:
        new = match.expand(replacement)  # a rule may keep what it matched ("your \1 could use some work")
        if match.group()[:1].isupper() and new:
            new = new[:1].upper() + new[1:]
        return new

    return pattern.sub(substitute, text)


def _tidy(sentence: str) -> str:
    sentence = re.sub(r"[ \t]{2,}", " ", sentence).strip()
    sentence = re.sub(r"\s+([,.!?;:])", r"\1", sentence)
    sentence = re.sub(r"^[,;:\s]+", "", sentence)
    sentence = re.sub(r",([.?!])", r"\1", sentence)
    return sentence[:1].upper() + sentence[1:]
