"""Reading a whole request to the summarizer: which of its jobs it asks for, or that it asks for something else.

The offline summarizer can only choose a text's own sentences and words. A request whose instruction is not a
summary ("Translate the summary into German: ...", "Rewrite this as a poem: ...", "Who paid for the wing? ...")
must not be answered with a summary, which would look complete and be wrong: ``read_request`` raises
``BeyondOffline`` naming what was asked, and the tool declines in one line.

A later pipeline stage is handed "<instruction>:\n\n<earlier output>", and the earlier output is often a summary:
"Translate the summary into French", "Write a short announcement from the summary", "Make the summary sound
friendlier". There "the summary" names the material, not the job. An instruction led by a verb of another job
(write, translate, turn, check, reply...) is declined unless what it asks for is itself a summary, its points or
its keywords ("write a summary of this", "turn this into three bullet points").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from servers.tools.summarizer.sentences import asks_one_point, read_instruction

Job = Literal["summary", "key_points", "keywords"]

_LANGUAGES = (
    "german|french|spanish|italian|portuguese|dutch|chinese|mandarin|japanese|korean|russian|arabic|hindi|polish|"
    "swedish|turkish|greek|english|latin"
)
# Instructions the offline summarizer cannot carry out, by family; the name says what was asked, in the decline.
# Each pattern is a flat alternation of words: linear to match, anchored or searched.
_BEYOND: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("translate it", re.compile(rf"\b(?:translat\w*|in(?:to)? (?:{_LANGUAGES}))\b", re.I)),
    (
        "reword it",
        re.compile(
            r"\b(?:rewrite|re-write|rephrase|paraphrase|reword|simplify|explain|expand|elaborate|continue|"
            r"turn (?:it |this |that )?into|make (?:it|this|that) (?:sound |more (?!concise\b)|less (?!wordy\b))|"
            r"as an? (?:poem|haiku|song|"
            r"story|tweet|limerick|email|letter)|in the style of|for an? (?:child|kid|five-year-old|beginner))\b",
            re.I,
        ),
    ),
    (
        "answer a question about it",
        re.compile(r"\b(?:answer (?:the|this|my|a|these|those) questions?|fact-check|verify)\b", re.I),
    ),
)
_HEAD = re.compile(r"^(?P<head>[^:\n]{2,300}?):\s*\S")
_POLITE = re.compile(r"^\W*(?:(?:please|can you|could you|would you|now|then|just|kindly)\s+)*", re.I)
_QUESTION = re.compile(r"^(?:who|whom|whose|when|where|why|which|how|is|are|does|do|did|was|were|should)\b", re.I)
_ABOUT = re.compile(
    r"\babout\b|\bgist\b|\bmain (?:idea|point)|\bsummar|\btl;?dr\b|\bkey\b|"
    r"\bwhat(?:'s| is| are) (?:this|it|that|they|the \w+)(?: \w+)? saying\b|"
    r"\b(?:short|shorter|one[- ]line|one[- ]sentence|quick|brief) version\b|"
    # "what does this part of my tenancy agreement say": the part's document named after it
    r"\bwhat (?:does|do|did) (?:this|it|that|they|the \w+|these \w+|this \w+)"
    r"(?: (?:of|from) (?:the|my|our|your|his|her|their|this|that)(?: [\w'’-]+){1,3})?(?: [\w'’-]+){0,2} say\b|"
    # the whole taken together: "What's the overall picture?", "the upshot", "the general impression"
    r"\b(?:overall|big|general) (?:picture|impression|sense)\b|\bupshot\b|\bbottom line\b",
    re.I,
)
_KEYWORDS = re.compile(r"\b(?:key ?words?|key ?phrases|key terms|tags|topics|themes)\b", re.I)
# A lead verb of a job other than summarizing; what follows it decides (``_SUMMARY_ASKED``).
_OTHER_JOB = re.compile(
    r"^(?:write|draft|compose|create|prepare|produce|generate|send|reply|respond|answer|turn|make|put|convert|change|"
    r"transform|format|check|verify|fact-check|correct|fix|proofread|edit|review|grade|score|rate|judge|evaluate|"
    r"calculate|compute|solve|count|describe|continue|finish|complete|improve|polish|email|post|tweet|announce|compare|"
    r"contrast|rank|recommend|choose|pick|decide|suggest|predict|estimate)\b",
    re.I,
)
# The earlier output named as material: "the summary", "these key points". Not an ask for one.
_NAMED_MATERIAL = re.compile(
    r"\b(?:the|this|that|these|those|your|my|our|its)\s+(?:(?:short|brief|above|following|same)\s+)?"
    r"(?:summary|summaries|key points|main points|bullet points|points|takeaways|highlights|keywords|gist|recap)\b"
    # "the highlights of this review" asks for them; "the summary" alone names an earlier output
    r"(?!\s+(?:of|in|from)\s+(?:this|that|these|those|the|my|our|your|his|her|their|it)\b)",
    re.I,
)
_SUMMARY_ASKED = re.compile(
    r"\b(?:summari[sz]\w*|summary|summaries|tl;?dr|gist|recap|synopsis|overview|digest|key ?points?|main points?|"
    r"bullet points?|bullets|takeaways?|highlights|keywords?|key (?:terms|phrases)|main ideas?|short version|"
    r"nutshell|cliff ?notes)\b",
    re.I,
)
# What each other job is called in the decline, and who does it.
_OTHER_JOBS: tuple[tuple[frozenset[str], str], ...] = (
    (
        frozenset("write draft compose create prepare produce generate send email post tweet announce".split()),
        "write a new text from it (the writer agent writes)",
    ),
    (
        frozenset(
            "turn make put convert change transform format improve polish describe continue finish complete".split()
        ),
        "turn it into another kind of text (the writer agent rewrites)",
    ),
    (frozenset("reply respond answer".split()), "reply to it"),
    (
        frozenset("check verify fact-check correct fix proofread edit review".split()),
        "check or correct it (the fact checker checks claims)",
    ),
    (frozenset("grade score rate judge evaluate".split()), "judge it"),
    (frozenset("compare contrast rank recommend choose pick decide suggest predict estimate".split()), "weigh it up"),
    (frozenset("calculate compute solve count".split()), "calculate from it (the calculator does)"),
)
_SHORTENED = (
    r"(?:text|email|message|letter|note|notes|article|story|paragraph|report|passage|notice|announcement|memo|update|"
    r"circular|newsletter|bulletin|statement|minutes)"
)
# (where the shorter text will go ends the ask too: "make short this text for the menu")
_ASK_ENDS = (
    r"(?=\s*(?:please|pls|for me|for us|thanks|for (?:the|our|my) (?:[\w'’-]+ ){0,3}?[\w'’-]+)?"
    # ("Please make short for me ka:": a word said to soften the ask, in Thai, Malay, Hindi English)
    r"(?:\s+(?:ka|krub|khrap|na|la|lah|leh|yaar|ji|o))?\s*(?:[:.!?\n,]|$))"
)
_SUMMING = re.compile(
    r"\b(?:sum (?:\w+ )?up|(?:boil|cut|trim|pare|whittle) (?:\w+ )?down|condense|shorten|recap|"
    # "put this in plain English for me", "say it in simple terms": the text's main sentences, when it reads plain
    # (``asks.beyond_extract`` declines plain words for a text that does not, or for a reader named)
    r"(?:put|say|give me|explain) (?:this|it|that|these|them|(?:this|that|the) (?:\w+ ){0,2}?\w+) (?:in|into) "
    r"(?:plain|simple|everyday|layman'?s)(?: \w+)? (?:english|language|terms|words)|"
    # "make this shorter", "make the text below a lot more concise": a shorter text of the same sentences
    # ("make this letter from the council shorter": the text named with where it came from)
    r"make (?:\w+ ){1,6}?(?:(?:a )?(?:bit|lot|little|much) )?(?:shorter|briefer|more concise|less wordy)|"
    # "make it short", "make this email brief", and a learner's "make short this text": short, not a new kind;
    # only as the whole ask ("make it short and funny" asks more)
    rf"make (?:it|this|that|these|them|(?:this|that|the|my) (?:\w+ ){{0,2}}?{_SHORTENED}"
    # ("make this announcement from the cooperative short": the text named with where it came from)
    r"(?: (?:from|by|of) (?:the|our|my|his|her|their) [\w'’-]+(?: [\w'’-]+)?)?"
    rf") (?:(?:a )?(?:bit|lot|little|"
    rf"much) )?(?:short|brief|concise){_ASK_ENDS}|"
    rf"make short(?: (?:this|that|these|the|my|it)(?: {_SHORTENED})?)?{_ASK_ENDS})\b",
    re.I,
)
# A first line that is a question, with the text on the lines after it ("When does the bus leave?\n\n<text>").
_QUESTION_LINE = re.compile(r"^(?P<head>[^\n]{2,300}\?)[ \t]*\n")
_KEY_POINTS = re.compile(
    r"\b(?:key points?|main points?|takeaways?|bullets?|bullet points|bulleted|highlights?|main ideas|list form|"
    r"(?:as|in|into) (?:a )?(?:short |bulleted |bullet |simple )?list)\b",
    re.I,
)


# Source code is not prose to condense: a question about code belongs to the code reviewer, and an extract of
# statements would read as a summary while saying nothing. A fence tagged with a language is code.
_CODE_FENCE = re.compile(
    r"```[^\S\n]*(?:python|py|js|javascript|ts|typescript|java|go|golang|rust|rs|c|cpp|c\+\+|cs|csharp|ruby|rb|php|"
    r"sh|bash|shell|sql|kotlin|swift|scala)[^\S\n]*\n",
    re.I,
)
_CODE_LINE = re.compile(
    r"^\s*(?:def |class |import |from [\w.]+ import |return\b|elif\b|else:|try:|except\b|function\b|const |let |var |"
    r"#include|public |private )|^\s*(?:if|for|while|with) \S[^\n]*:\s*$|[{};]\s*$|^\s*[\w.]+\([^()\n]*\)\s*$|"
    r"^\s*[\w.\[\]'\"]+\s*(?:[-+*/%]?=|==)\s*\S"
)


# What the asker will do with the summary, after it: "so I can explain it to the client", "so we can go through it".
_ASKERS_PURPOSE = re.compile(r"\bso (?:that )?(?:i|we) (?:can|could|will|['’]ll) [^.?!:\n]{0,80}", re.I)


class BeyondOffline(ValueError):
    """The request's instruction asks for more than choosing the text's own sentences and words."""

    def __init__(self, asked: str) -> None:
        super().__init__(asked)
        self.asked = asked


@dataclass(frozen=True, slots=True)
class Reading:
    """What the request asks for, its instruction ("" when it is all material) and the material."""

    job: Job
    instruction: str
    material: str


def read_request(request: str, split: tuple[str, str] | None = None) -> Reading:
    """The job, instruction and material of ``request``; ``BeyondOffline`` when the instruction is not a summary.

    An instruction that names a summary ("Translate the summary into German") is read whole; a lead-in without
    one ("Translate this into German: ...", "Who paid for it? ...") counts only when it reads as a request, so
    an ordinary text with a colon in its first line is still material. ``split`` is the (instruction, material)
    a caller already told apart (the words of the request around the text it passed).
    """
    instruction, material = split if split is not None else read_instruction(request)
    if is_code(material):
        raise BeyondOffline("summarize or answer questions about source code (the code reviewer reads code)")
    if instruction:
        _refuse_beyond(instruction, anywhere=True)
        _refuse_other_job(_POLITE.sub("", instruction.strip()))
    else:
        head = _HEAD.match(request.strip()[:400]) or _QUESTION_LINE.match(request.strip()[:400])
        lead = _POLITE.sub("", head.group("head").strip()) if head is not None else ""
        if lead and len(lead.split()) <= 20:
            _refuse_beyond(lead, anywhere=False)
            _refuse_other_job(lead)
    if _sum_asked_last(material) and not _asks_summary(instruction or request[:400]):
        raise BeyondOffline("work out a sum from its figures (the calculator does sums)")
    job: Job = "summary"
    if _KEYWORDS.search(instruction):
        job = "keywords"
    elif _KEY_POINTS.search(instruction) and not asks_one_point(instruction):
        job = "key_points"  # "the main point" is one sentence: a summary
    return Reading(job, instruction, material)


def is_code(material: str) -> bool:
    """Whether ``material`` is source code rather than prose: a fence tagged with a programming language, or
    at least half of its lines (two or more) shaped like statements."""
    if _CODE_FENCE.search(material):
        return True
    lines = [line for line in material[:20_000].splitlines() if line.strip()]
    shaped = sum(1 for line in lines if _CODE_LINE.search(line))
    return shaped >= 2 and shaped * 2 >= len(lines)


# A question of a figure closing the material ("... 36, 40. What is the average? Give one decimal please."): what
# is asked is a sum over the figures, not a shorter text; at most one short clause may follow it.
_SUM_ASKED_LAST = re.compile(
    r"(?:^|[.!?]\s+)(?:so\s+|and\s+|then\s+)?(?:what(?:'s|\s+is|\s+was|\s+are)?\s+(?:the|my|our|their)\s+"
    r"(?:total|average|mean|sum|difference|profit|balance)|how\s+(?:much|many))\b[^.!?\n]{0,120}\?"
    r"(?:\s+[^.!?\n]{1,60}[.!]?)?\s*$",
    re.IGNORECASE,
)


def _sum_asked_last(material: str) -> bool:
    return _SUM_ASKED_LAST.search(material[-400:]) is not None


def _asks_summary(lead: str) -> bool:
    return bool(_ABOUT.search(lead) or _SUMMING.search(lead) or _SUMMARY_ASKED.search(_NAMED_MATERIAL.sub(" ", lead)))


def _refuse_other_job(lead: str) -> None:
    """``BeyondOffline`` when ``lead`` (an instruction without its polite opening) asks a question about the text or
    for another job than a summary: "When does the bus leave?", "Write an announcement from the summary"."""
    asks_summary = _asks_summary(lead)
    if (_QUESTION.match(lead) or lead.rstrip().endswith("?")) and not asks_summary:
        raise BeyondOffline("answer a question about it")
    verb = _OTHER_JOB.match(lead)
    summed = _SUMMING.search(lead) is not None
    if verb is not None and not summed and not _SUMMARY_ASKED.search(_NAMED_MATERIAL.sub(" ", lead[verb.end() :])):
        word = verb.group().lower()
        raise BeyondOffline(next((asked for words, asked in _OTHER_JOBS if word in words), _OTHER_JOBS[0][1]))


def _refuse_beyond(instruction: str, *, anywhere: bool) -> None:
    """``BeyondOffline`` when ``instruction`` asks for what no extract gives (anywhere in it, or at its start)."""
    for asked, pattern in _BEYOND:
        found = pattern.search(instruction) if anywhere else pattern.match(instruction)
        if found and asked == "reword it" and found.group().lower() == "explain":
            # "summarise it so I can explain it to the client": the asker explains, from the summary asked
            spans = [p.span() for p in _ASKERS_PURPOSE.finditer(instruction[:1000])]
            found = None if any(a < found.start() and found.end() <= b for a, b in spans) else found
        # "turn this into three bullet points" asks for key points, which an extract gives
        into_points = found is not None and found.group().lower().startswith("turn")
        target = " ".join(instruction[found.end() :].split()[:4]) if found is not None else ""
        if found and not (into_points and _SUMMARY_ASKED.search(target)):
            raise BeyondOffline(asked)
