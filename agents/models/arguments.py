"""Filling a tool's arguments from a request, guided only by the tool's input schema.

The offline model has no language model to write arguments, so it reads them out of the request by what each
parameter *is*: numbers and lists of numbers, an arithmetic expression, a code block, a URL, a pair of units
(``from_*``/``to_*``), an enum value that is mentioned, and free text for everything else. The rules look at
parameter names, types, formats and descriptions — never at a particular tool — so they work for any MCP server.

Every pattern here runs in linear time on any input, and the request is read for arguments only up to
``SCAN_LIMIT`` characters (material and a whole ``request`` are still passed on whole): the model runs on the
event loop, so one huge or hostile message must not stall the requests beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from agents.json_values import json_array
from agents.models.letters import opens_a_letter, sender_speaks, tells_its_reader
from agents.models.pasted_code import code_after_blank_line, looks_like_code, opens_program
from agents.models.summary_asks import asked_lead_in, summary_question
from patterns.lexical import NUMBER_WORDS

_WORD_NUMBERS = {**{w: n for w, n in NUMBER_WORDS.items() if n <= 20}, "single": 1, "a couple of": 2, "a few": 3}
SCAN_LIMIT = 20_000
"""How much of a request is read for numbers, expressions, units, counts, enum values and URLs."""
# Thousands groups are bounded so that a start inside "1,111,111,…x" cannot rescan the rest of the run.
_NUMBER = re.compile(r"(?<![\w.])[-+]?(?:\d{1,3}(?:,\d{3}){1,6}|\d++)(?:\.\d+)?(?:[eE][-+]?\d+)?%?(?![\w])")
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_CODE_FENCE = re.compile(r"```(?:[\w+-]*\n)?(.*?)```", re.S)  # a language tag only when a newline follows
# The lead-in ends at the first colon or line break, but not at a colon between digits ("at 10:30"). Each
# character can be read only one way, so the bounded repeat stays linear.
_INSTRUCTION = re.compile(
    r"^(?P<head>(?:[^:\n]|(?<=\d):(?=\d)){2,240}?)(?:(?<!\d):|:(?!\d)|\n)\s*(?P<tail>\S.*)$", re.S
)
_LEAD_IN_WORDS = 14
"""A lead-in ("Summarize this for the team:") is at most this many words before its colon or line break."""
_CLOSED_LEAD_IN_WORDS = 30
"""A longer lead-in is one only when a blank line or a short label sentence ("Text:", "Here it is:") closes it."""
_LABEL_WORDS = 4
"""The most words of a label sentence: "Text:", "Here it is:", "The message:"."""
_ASK_WORDS = 20
"""An opening question ("Can you boil this down to two sentences?") is at most this many words."""
# The end of a sentence: its stop, any closing marks, then a space or the end of the text.
_SENTENCE_END = re.compile(r"[.!?]+[\"”’')\]]*(?:\s|$)")
# Words that speak to the assistant rather than belong to a pasted text: "Thanks!", "Please keep it short."
_ADDRESSED = re.compile(r"\b(?:you|your|u|ur|please|pls|plz|thanks|thank|cheers)\b", re.I)
# In what follows an opening question, a sentence speaks to the assistant when it thanks or asks ("Can you keep it
# short?", "Thanks!") or starts with "you" ("You can skip the dates."); a sentence that only says "you" or "your"
# further on is the pasted text speaking to its own reader ("The work will not affect your rent.").
_TO_ASSISTANT = re.compile(
    r"\b(?:please|pls|plz|thanks|thank|cheers)\b|\b(?:can|could|would|will|do|did)\s+(?:you|u)\b|^\W*(?:you|u)\b",
    re.I,
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|u|ur)\b", re.I)
_SHORT_WORDS = 6
_POINTS_AT_TEXT = re.compile(r"\b(?:below|attached|enclosed|following|pasted|forwarded)\b", re.I)
# A sentence after the question that goes on about the asker or the thing asked about ("I wasn't there.", "It's
# for the board.") is more of the ask, not the first sentence of a pasted text.
_SALUTATION = re.compile(r"^\W*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening))\s+[\w'’ ]{1,40},", re.I)
"""A letter's or message's greeting to its reader ("Dear member,", "Hi all,"): what follows is the letter."""
_ASIDE_OPENER = re.compile(r"^\W*(?:i|i['’](?:m|d|ve|ll)|im|my|me|it|it['’]s|this|that|these|those)\b", re.I)
_FIRST_PERSON = re.compile(r"\b(?:i|i['’](?:m|d|ve|ll)|me|my|mine)\b", re.I)
_PASTED_SENTENCES = 3
"""Sentences of their own a text after an opening question needs: two are as likely a deadline and a reason."""
_AHEAD = re.compile(r"\b(?:following|below|here)\b|\b(?:wrote|sent|forwarded|gave|emailed)\s+(?:me|us)\s+this\b", re.I)
# An ask for a summary in a long lead-in: led by the verb of the ask, or the asker wanting one. A text's own first
# sentence ending at a colon rarely opens with "Summarise" or says "I want the gist".
_SUMMARY_ASKED = re.compile(
    r"^\W*(?:(?:sir|madam|ma'?am|boss|hi|hello)\W+)?(?:(?:please|pls|kindly)\s+)?"
    r"(?:summari[sz]e|sum\s+up|pull\s+out|boil\s+down|condense|shorten|give\s+me|list|"
    r"extract)\b|\b(?:i|we)(?:['’]d|\s+would)?\s+(?:want|need|like)\s+(?:a\s+|the\s+|an\s+)?(?:quick\s+|short\s+|"
    r"brief\s+)?(?:gist|summary|tl;?dr|overview|rundown|recap|key\s+points|main\s+points|short\s+version)\b",
    re.I,
)
# An opening question about a text that follows points at it: "this", "the following", "it", "below".
# ("what the depot sent round", "what my landlord wrote": the text named by who sent it)
_POINTER = re.compile(
    r"\b(?:this|these|that|those|it|them|below|following|here)\b|"
    r"\bwhat (?:my |our |the |his |her |their )?[\w'’-]+(?: [\w'’-]+)? (?:sent|wrote|posted|forwarded|emailed)\b",
    re.I,
)
# Code pasted straight after a short question ("any bugs here? def f(x): ..."), with no colon, fence or newline.
_QUESTION_THEN_CODE = re.compile(r"^(?P<head>[^?:\n]{2,160})\?\s+(?P<tail>\S.*)$", re.S)
# Openers are excluded inside a quotation too, or every opener in a run of them would rescan the rest of it.
# Double quotes may hold apostrophes ("the children's wing"); single quotes may not, or every "what's" would open
# one. Nor is an apostrophe inside a word a single quote: "What's ... don't" quotes nothing.
_QUOTED = re.compile(r"[\"“](?P<q>[^\"“”]{12,}+)[\"”]|(?<!\w)['‘](?P<s>[^\"“”'‘’]{12,}+)['’](?!\w)")

_EXPRESSION_WORDS = [
    (r"\bsquare root of\s+", "sqrt "),
    (r"\bcube root of\s+", "cbrt "),
    (r"\bto the power of\b", "**"),
    (r"\bsquared\b", "**2"),
    (r"\bcubed\b", "**3"),
    (r"\bmultiplied by\b|\btimes\b", "*"),
    (r"\bdivided by\b|\bover\b", "/"),
    (r"\bplus\b", "+"),
    (r"\bminus\b", "-"),
    (r"\bmod(?:ulo)?\b", "%"),
]
_MATH_NAMES = (
    "sqrt|cbrt|exp|ln|log|log10|log2|sin|cos|tan|asin|acos|atan|sinh|cosh|tanh|abs|round|floor|ceil|"
    "factorial|gcd|lcm|min|max|hypot|degrees|radians|pi|tau|e"
)
_EXPRESSION_RUN = re.compile(rf"(?:\d[\d,]*+(?:\.\d++)?|\b(?:{_MATH_NAMES})\b|[-+*/^()%×÷.]|\s)+")


MATERIAL = frozenset({"text", "code", "content", "document", "body", "passage", "source_code", "snippet"})
"""Parameters that take the material to work on, which a request must include, not just describe."""
PROSE = MATERIAL - {"code", "source_code", "snippet"}
"""Material parameters that take a text in words: prose after an opening question can only be one of these."""


@dataclass(frozen=True, slots=True)
class Filled:
    """The arguments found, and the required parameters that could not be filled (so the model can ask)."""

    arguments: dict[str, Any]
    missing: tuple[str, ...] = ()


def fill_arguments(request: str, schema: dict[str, Any]) -> Filled:
    """Arguments for a tool whose JSON input schema is ``schema``, read from ``request``."""
    properties: dict[str, dict[str, Any]] = schema.get("properties") or {}
    required: set[str] = set(schema.get("required") or ())
    scanned = request[:SCAN_LIMIT]
    numbers = extract_numbers(scanned)
    arguments: dict[str, Any] = {}
    missing: list[str] = []
    units = _unit_pair(scanned)
    for name, prop in properties.items():
        kind = _type(prop)
        value: Any = None
        if kind in ("number", "integer"):
            if name in required:
                value = _take_number(name, numbers, kind)
            else:
                value = _counted(scanned, name, prop, kind)
        elif kind == "array" and _type(prop.get("items") or {}) in ("number", "integer"):
            value = [_as(_type(prop["items"]), v) for v, _ in numbers] or None
        elif kind == "string":
            value = _string(name, prop, request, scanned, units, required=name in required)
        elif kind == "boolean" and name in required:
            value = False
        if value is None and name in required and kind == "string" and name.lower() not in MATERIAL:
            value = free_text(request)
        if value is None:
            if name in required:
                missing.append(name)
            continue
        arguments[name] = value
    return Filled(arguments, tuple(missing))


def extract_numbers(text: str) -> list[tuple[float, bool]]:
    """Numbers in reading order, each with whether it was written as a percentage; thousands commas removed."""
    found: list[tuple[float, bool]] = []
    for match in _NUMBER.finditer(text):
        token = match.group()
        percent = token.endswith("%")
        found.append((float(token.rstrip("%").replace(",", "")), percent))
    return found


def free_text(request: str, *, prose: bool = False) -> str:
    """The part of a request that is the material, not the instruction.

    "Summarize this: <text>" gives "<text>"; a long quotation gives the quotation; otherwise the whole request.
    The lead-in before the material is at most ``_LEAD_IN_WORDS`` words, or up to ``_CLOSED_LEAD_IN_WORDS``
    when a blank line, a short label sentence ("... I only need the main idea. Text: <text>") or an ask that
    speaks to the assistant ("..., can you summarise it: <text>") ends it.

    ``prose`` is for a parameter that takes a text to work on (not code, not a query): there a short opening
    question that points at a text ("Can you boil this down to two sentences? <text>") is followed by the text,
    when what follows reads as one (``_is_pasted_text``). Sentences that go on about the asker or the ask ("I
    wasn't there. I need it by Friday.") are more of the ask: then the whole request is returned, and the caller
    asks for the text. Precision first: a request read whole is asked again; a wrong start is a wrong answer.
    """
    text = request.strip()
    fence = _CODE_FENCE.search(text)
    if fence:
        return fence.group(1).strip()
    asked = _QUESTION_THEN_CODE.match(text)
    if asked and len(asked.group("head").split()) <= _LEAD_IN_WORDS and looks_like_code(asked.group("tail")):
        return asked.group("tail").strip()
    pasted = code_after_blank_line(text) if not prose else None
    if pasted is not None:
        return pasted
    match = _INSTRUCTION.match(text)
    if match and len(match.group("tail")) >= 8 and _is_lead_in(text, match):
        return match.group("tail").strip()
    if match and not prose and _code_after_lead_in(text, match):
        return match.group("tail").strip()
    quoted = _QUOTED.search(text)
    body = quoted and (quoted.group("q") or quoted.group("s"))
    if body and len(body) > len(text) / 3:
        return body.strip()
    tail = _past_hurry(asked.group("tail")) if asked else ""
    if prose and asked and _asks_about_what_follows(asked.group("head")) and _is_pasted_text(tail):
        return tail.strip()
    return text


def _is_lead_in(text: str, match: re.Match[str]) -> bool:
    """Whether the words before the first colon or line break are the request's lead-in: short, or closed off
    by a blank line, a label sentence or an ask to the assistant. A long run of words ending at a colon with none
    of them is as likely the text's own first sentence ("The board agreed several changes on Tuesday: ...")."""
    head = match.group("head")
    count = len(head.split())
    if count <= _LEAD_IN_WORDS and len(head) <= 120:
        return True
    if count <= _ASKED_LEAD_IN_WORDS and text[match.end("head")] == ":" and _closing_clause_asks(head):
        return True
    if text[match.end("head")] == ":" and asked_lead_in(head):
        return True  # "Can you give me the gist of this notice? Passengers keep asking me about it:"
    if count > _CLOSED_LEAD_IN_WORDS:
        return False
    if text.count("\n", match.end("head"), match.start("tail")) >= 2:
        return True
    if text[match.end("head")] != ":":
        return False
    sentences = _SENTENCE_END.split(head)
    last = sentences[-1]
    if len(sentences) > 1 and 0 < len(last.split()) <= _LABEL_WORDS:
        return True
    # A long ask that ends at its colon ("..., can you summarise it:") speaks to the assistant, points ahead, or
    # asks for a summary of the text ("Pull out the main points of our new policy for the team chat:", "... and I
    # want the gist for my husband:").
    return any(pattern.search(last) is not None for pattern in (_ADDRESSED, _AHEAD, _SUMMARY_ASKED))


_ASKED_LEAD_IN_WORDS = 50
"""A lead-in whose closing clause asks for a summary ("..., so please just summarise it for me:") may run this long."""
# The clause that closes a long lead-in at its colon, led by an ask for a summary and nothing more: "give me the
# gist", "so please just summarise it for me", "and could you sum this one up", "quick summary please". Each part
# is optional or a fixed word run, so the match is linear.
_CLOSING_ASK = re.compile(
    r"^\W*(?:(?:so|and|but|then|ok|okay|now|just|please|pls|plz|kindly|anyway)\b[\s,]*){0,4}"
    r"(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:(?:please|pls|just|quickly)\s+){0,2})?"
    r"(?:summari[sz]e|sum\s+(?:(?:it|this|that|them|these|this\s+one|it\s+all)\s+)?up|"
    r"boil\s+(?:(?:it|this|that|them|this\s+one)\s+)?down|condense|"
    r"(?:give|send|get)\s+me\s+(?:(?:a|an|the|its)\s+)?(?:(?:quick|short|brief|rough|basic)\s+)?"
    r"(?:gist|summary|tl;?dr|overview|rundown|recap|key\s+points|main\s+points|short\s+version|highlights)|"
    r"(?:(?:a|the)\s+)?(?:(?:quick|short|brief|rough)\s+)?(?:summary|gist|tl;?dr|recap|rundown)\s+(?:please|pls|plz))\b",
    re.I,
)
# After the ask, words that ask for more than a summary ("and translate it", "in French", "is she right?"): the
# lead-in is then not only a summary ask, and the request stays as it was.
_BEYOND_SUMMARY = re.compile(
    r"[?]|\b(?:and|or|then|but|translat\w*|into|reply|respond|answer|draft|write|rewrite|opinion|think|whether|if|"
    r"why|how|should|french|spanish|german|italian|portuguese|polish|welsh|chinese|japanese|arabic)\b",
    re.I,
)
_CLAUSE_BREAK = re.compile(r",|\b(?:so|and|but)\b", re.I)
# Before the closing ask, the lead-in is context about the asker ("I'm on the support desk and ..."); a question or a
# clause led by another job ("Work out the cost of 3 nights ..., and summarise this message") makes the request
# several tasks, and the summary ask alone does not account for it.
_OTHER_TASK = re.compile(
    r"[?]|\b(?:also|separately|things|tasks)\b|(?:^|[.!;,:]|\band\b|\bthen\b)\W*(?:please\s+)?(?:write|work\s+out|"
    r"calculate|compute|convert|draft|translate|check|find|tell|send|make|text|email|reply|book|add|explain|compare|"
    r"review|fix|is|are|does|do|can|could|what|how|who|when|where|why|which)\b",
    re.I,
)


def _closing_clause_asks(head: str) -> bool:
    """Whether the last clause of a long lead-in (after its last comma, "so", "and" or "but") asks for a summary and
    nothing beyond it: "I'm on the support desk and have forty of these to get through, give me the gist"."""
    last = _SENTENCE_END.split(head)[-1]
    starts = [0, *(m.start() for m in _CLAUSE_BREAK.finditer(last))]
    for start in starts[-2:]:  # the last comma-clause and the run after the last "so"/"and"/"but"
        clause = last[start:].lstrip(",")
        ask = _CLOSING_ASK.match(clause)
        if ask is None:
            continue
        rest = clause[ask.end() :]
        if len(rest.split()) <= 8 and _BEYOND_SUMMARY.search(rest) is None:
            return _OTHER_TASK.search(head[: len(head) - len(last) + start]) is None
    return False


# "I'm in a rush.", "No time, sorry.": a sentence of its own on how soon the asker needs it, after the question and
# before the text; it says nothing the text could hold, so the text starts after it.
_HURRY = re.compile(
    r"\s*(?:(?:i['’]?m|i am)\s+(?:in\s+a\s+(?:rush|hurry)|(?:running\s+)?late|busy|swamped|short\s+on\s+time|"
    r"on\s+my\s+phone)|(?:no|not\s+much)\s+time)(?:,?\s+sorry)?\s*[.!]+\s+",
    re.I,
)


def _past_hurry(tail: str) -> str:
    """``tail`` after at most two hurry sentences at its start ("I'm in a rush. <text>" gives "<text>")."""
    for _ in range(2):
        hurry = _HURRY.match(tail)
        if hurry is None:
            break
        tail = tail[hurry.end() :]
    return tail


def _asks_about_what_follows(question: str) -> bool:
    """A short question that points at a text ("Can you boil this down?", "What are the takeaways here?")."""
    return (len(question.split()) <= _ASK_WORDS or summary_question(question)) and _POINTER.search(question) is not None


def _is_pasted_text(tail: str) -> bool:
    """Whether what follows an opening question reads as a pasted text rather than more of the ask: at least
    ``_PASTED_SENTENCES`` sentences that neither speak to the assistant nor of the asker (a pasted notice may say
    "you", a review "my tests", in some of them), the first not going on about the asker or the ask ("I need it
    by Friday.", "It's for the board.") nor saying "you", and the last not speaking to the assistant ("Thanks!",
    "Let me know if you need it shorter."). A longer sentence that says "you" without asking anything is the
    text speaking to its own reader: a letter from a landlord ends "... will not affect your rent."."""
    sentences = [s for s in _SENTENCE_END.split(tail[:SCAN_LIMIT]) if s.strip()]
    if len(sentences) < _PASTED_SENTENCES:
        return False
    # "We are writing to let you know that ...", "Thank you for your order ...": the text speaking to its reader.
    letter = opens_a_letter(sentences[0]) or tells_its_reader(sentences[0])
    if not letter and _ASIDE_OPENER.match(sentences[0]):
        return False
    if _SALUTATION.match(sentences[0]):
        return True  # a pasted letter, its sign-off ("Thank you for being a member.") and all
    last = sentences[-1]
    if (
        _to_assistant(last)
        and not _tells_its_reader(last, sentences[:-1])
        and not (letter and sender_speaks(last))
        or (_SECOND_PERSON.search(last) and _FIRST_PERSON.search(last))
    ):
        return False  # "Let me know if you need it shorter."
    first = sentences[0]
    if not letter and (_ADDRESSED.search(first) or _FIRST_PERSON.search(first) or _POINTS_AT_TEXT.search(first)):
        return False  # "The minutes are below.": a word about the text, not its first sentence
    told = [
        s
        for s in sentences
        if (letter and (s is first or sender_speaks(s)))
        or (not _to_assistant(s) and not _FIRST_PERSON.search(s) and not _short_to_you(s))
    ]
    return len(told) >= _PASTED_SENTENCES


def _short_to_you(sentence: str) -> bool:
    """A short sentence in the second person ("Your comments are welcome.") may be to the assistant: not counted."""
    return _SECOND_PERSON.search(sentence) is not None and len(sentence.split()) <= _SHORT_WORDS


# Words of an ask about the text ("You can leave out the prices", "You only need two sentences"), not of its subject.
_ASK_SAID = re.compile(
    r"\b(?:summar\w*|shorten\w*|shorter|short|brief|words?|bullets?|points?|sentences?|include|mention|leave|skip|"
    r"cut|drop|keep|list|version|gist|paragraphs?|parts?|bits?|sections?|lines?|details?|tone)\b",
    re.I,
)
_SUBJECT_WORD = re.compile(r"\b[a-z]{3,}\b")
_PLAIN = frozenset("you your the and for are can but not have has had was were with this that from will need".split())


def _tells_its_reader(sentence: str, before: list[str]) -> bool:
    """Does a last sentence that opens with "You" speak to the text's own reader ("You need to have it every year
    because flu viruses change.") rather than to the assistant? It is long, asks nothing, names no word of an ask
    about the text, and goes on with the text's own subject (a word of the sentences before it)."""
    rest = re.sub(r"^\W*(?:you|u)\b", "", sentence, flags=re.I)
    if len(sentence.split()) < 8 or _TO_ASSISTANT.search(rest) or _FIRST_PERSON.search(sentence):
        return False
    if "?" in sentence or _ASK_SAID.search(rest):
        return False
    said = set(_SUBJECT_WORD.findall(" ".join(before).lower())) - _PLAIN
    return any(w in said for w in _SUBJECT_WORD.findall(rest.lower()))


def _to_assistant(sentence: str) -> bool:
    """Does a sentence after the opening question speak to the assistant rather than belong to the text?"""
    return _TO_ASSISTANT.search(sentence) is not None


def _code_after_lead_in(text: str, match: re.Match[str]) -> bool:
    """Whether a longer lead-in ("Keeps falling over when I run it on the flock weights, what's up with it:") ends
    at a colon followed by code: a program that opens with a definition and shows another mark of code is the
    material, however the asker told the story before it."""
    head = match.group("head")
    if text[match.end("head")] != ":" or len(head.split()) > _CLOSED_LEAD_IN_WORDS:
        return False
    return opens_program(match.group("tail"))


def extract_expression(request: str) -> str | None:
    """The arithmetic in a sentence: "What is the square root of 1764?" gives "sqrt (1764)"."""
    text = request[:SCAN_LIMIT].lower()
    for pattern, replacement in _EXPRESSION_WORDS:
        text = re.sub(pattern, replacement, text)
    text = re.sub(r"\b(sqrt|cbrt) (\d[\d,.]*)", r"\1(\2)", text)
    text = re.sub(r"(?<=\d)\s*+%\s*of\s+", "/100*", text)  # starts only after a digit: linear
    runs = [m.group().strip() for m in _EXPRESSION_RUN.finditer(text)]
    runs = [r.strip(" .") for r in runs if re.search(r"\d|\bpi\b", r)]
    if not runs:
        return None
    best = max(runs, key=lambda r: (len(re.findall(r"[-+*/^%()]|\d+", r)), len(r)))
    return best or None


def _type(prop: dict[str, Any]) -> str:
    kind = prop.get("type")
    if kind is None and "anyOf" in prop:  # Optional[X] and unions: the first concrete type
        kind = next((p.get("type") for p in prop["anyOf"] if p.get("type") not in (None, "null")), None)
    if (kinds := json_array(kind)) is not None:
        kind = next((k for k in kinds if k != "null"), None)
    return kind or "string"


def _as(kind: str, value: float) -> int | float:
    return int(value) if kind == "integer" or value.is_integer() else value


def _take_number(name: str, numbers: list[tuple[float, bool]], kind: str) -> int | float | None:
    # A parameter about percent takes the number written with '%'; the others take the rest in order.
    wants_percent = "percent" in name or "rate" in name
    for i, (value, percent) in enumerate(numbers):
        if percent == wants_percent:
            del numbers[i]
            return _as(kind, value)
    if numbers:
        value, _ = numbers.pop(0)
        return _as(kind, value)
    return None


def _counted(request: str, name: str, prop: dict[str, Any], kind: str) -> int | None:
    """An optional count ("in two sentences", "five bullet points", "top 3") for parameters like n or max_x."""
    words = {w for w in re.findall(r"[a-z]+", f"{name} {prop.get('description', '')}".lower()) if len(w) > 2}
    words |= {w.rstrip("s") for w in words}
    pattern = r"\b(\d+|" + "|".join(map(re.escape, _WORD_NUMBERS)) + r")\s+(?:[a-z-]+\s+)?([a-z]+)"
    for match in re.finditer(pattern, request.lower()):
        noun = match.group(2).rstrip("s")
        if noun in words or match.group(2) in words:
            token = match.group(1)
            value = int(token) if token.isdigit() else _WORD_NUMBERS[token]
            maximum = prop.get("maximum")
            return min(value, int(maximum)) if maximum is not None else value
    return None


_UNIT_TAIL = 160
"""Both unit patterns end the request, so only its last characters are read: a bounded scan on any input."""


def _unit_pair(request: str) -> tuple[str, str] | None:
    """(from, to) units: "convert 72 degrees Fahrenheit to Celsius", "how many km is 26.2 miles"."""
    request = request.rstrip()[-_UNIT_TAIL:]
    number = r"[-+]?\d[\d,]*+(?:\.\d++)?"
    unit = r"[a-zA-Z°][a-zA-Z° ]{0,30}?"
    forward = re.search(rf"{number}\s*(?P<src>{unit})\s+(?:to|into|in|as)\s+(?P<dst>{unit})\s*[?.!]*$", request)
    if forward:
        return forward.group("src").strip(), forward.group("dst").strip()
    backward = re.search(
        rf"how many\s+(?P<dst>{unit})\s+(?:is|are|in|make)\s+(?:a\s+)?{number}\s*(?P<src>{unit})"
        r"\s*[?.!]*$",
        request,
        re.I,
    )
    if backward:
        return backward.group("src").strip(), backward.group("dst").strip()
    return None


def _string(name: str, prop: dict[str, Any], request: str, scanned: str, units: tuple[str, str] | None, required: bool):
    lowered = name.lower()
    description = str(prop.get("description", "")).lower()
    if lowered == "request":  # the tool reads the request itself (see agents/models/local.py)
        return request.strip()
    if "enum" in prop:
        mentioned = [v for v in prop["enum"] if isinstance(v, str) and re.search(rf"\b{re.escape(v)}\b", scanned, re.I)]
        if mentioned:
            return mentioned[0]
        return prop.get("default", prop["enum"][0] if required else None)
    if units and (lowered.startswith("from") or lowered.startswith("source")):
        return units[0]
    if units and (lowered.startswith("to") or lowered.startswith("target")):
        return units[1]
    if lowered in ("expression", "expr", "formula", "equation") or "expression" in description:
        return extract_expression(scanned) or (free_text(request) if required else None)
    if "url" in lowered or "uri" in lowered or prop.get("format") == "uri":
        match = _URL.search(scanned)
        return match.group().rstrip(".,;") if match else None
    if not required:
        return None  # optional strings (style, tone, language) keep their defaults unless named in an enum
    material = free_text(request, prose=lowered in PROSE)
    if lowered in MATERIAL and material == request.strip():
        return None  # "Summarize this report." names the material without including it: ask for it
    return material
