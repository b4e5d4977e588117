"""Reading a request about code: what the user asks for, what they suspect, and where they point.

``read_question`` takes the code out of the request (``extraction``) and reads the words around it:

- ``intents``: what the answer must cover. ``bug`` (find the bug, what's wrong, why does it fail, is it
  correct), ``security``, ``syntax``, ``complexity`` (which function is most complex), ``refactor``,
  ``performance``, ``review`` (the default: review, lint, any issues?). Requests the reviewer cannot do
  offline are named in ``unsupported`` (explain it, predict its output, write or rewrite code, add tests or
  type hints, PEP 8 formatting, running time in big-O, whether it passes tests or CI or runs on a platform).
- ``suspects``: rules that match the symptom the user describes ("returns None", "IndexError", "hangs"), so
  a bug answer explains *that* symptom or declines; ``failure`` says whether a failure is reported at all
  ("any bugs?" asks, it reports nothing), ``misbehaves`` whether it is a wrong result rather than a crash, and
  ``crashes`` whether it is an exception raised.
- ``names`` / ``line``: the functions or the line the question points at.
- ``ideas``: asks how to make the code better (more pythonic, best practices), so a review lists refactoring
  and speed-up suggestions beside its findings.
- ``fragment``: the code is a snippet quoted in a sentence, not a program, so rules that need the whole
  program (undefined names, unused imports) do not apply.

Every regex here runs on the question's words (at most ``_MAX_WORDS`` of them are read) or on single lines;
none can backtrack badly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from servers.tools.code_reviewer.extraction import FENCE, clean_code, split_code
from servers.tools.code_reviewer.stated_results import stated_result
from servers.tools.code_reviewer.symptoms import NEGATIVE, SYMPTOMS

# An instruction rather than a description: at the start of a sentence, or after "can you" / "please".
_ASKING = (
    r"(?:^|[.!?;]\s+|\[code\]\s+|\bnow |\bthen |\b(?:can|could|would|will) you (?:please )?|\bplease |\bhelp me |"
    r"\bi (?:want|need) you to )"
)
_UNSUPPORTED = [
    (
        "tests",
        re.compile(
            _ASKING + r"(?:write|add|generate|create) (?:some |unit |the |a )*tests?\b|\btest cases? for\b", re.I
        ),
    ),
    (
        "write",
        re.compile(
            _ASKING + r"(?:write|generate|create|implement|code up|build) (?:me )?(?:a|an|some|the) (?:\w+ ){0,3}"
            r"(?:function|class|script|program|method|snippet|module)\b",
            re.I,
        ),
    ),
    (
        "transform",
        re.compile(
            _ASKING
            + r"(?:convert|translate|port|rewrite|re-write|transpile) (?:this|it|that|the code|my code)\b|"
            + _ASKING
            + r"add (?:type hints|types|type annotations|docstrings?|comments|logging)\b|"
            + _ASKING
            + r"(?:document|comment) (?:this|it|the code)\b",
            re.I,
        ),
    ),
    ("style", re.compile(r"\bpep ?8\b|\bformatting\b|\bnaming conventions?\b|\bstyle guide\b", re.I)),
    (
        "concurrency",
        re.compile(
            r"\bthread.?safe|\brace conditions?\b|\bdeadlocks?\b|\bconcurren|\b(?:two|several|many|multiple) "
            r"(?:threads|processes|workers)\b|\bthreads? (?:at once|at the same time|in parallel)\b|\batomic",
            re.I,
        ),
    ),
    (
        "rating",
        re.compile(
            r"\b(?:rate|score|grade) (?:this|my|the) (?:code|function|script|snippet)\b|\bout of (?:10|ten|100)\b|"
            r"\bon a scale\b",
            re.I,
        ),
    ),
    ("big-o", re.compile(r"\bbig[- ]?o\b|\b(?:time|space|runtime|algorithmic) complexity\b|\bo\(n", re.I)),
    (
        "environment",
        re.compile(
            r"\bpass (?:the |our |my |your |all )?(?:ci|build|pipeline|test suite|tests|checks|linter|code review)\b|"
            r"\b(?:work|run) (?:on|under|with|in) (?:python ?[23]|windows|mac|macos|linux|ios|android|safari|"
            r"chrome|firefox|node ?\d+|production)\b|\bcompatible with\b|\bbackwards? compatible\b",
            re.I,
        ),
    ),
]
# Asks that are beyond the reviewer only when nothing else is asked ("explain the bug" is a bug question).
_UNLESS_ASKED = [
    (
        "explain",
        re.compile(
            r"\bexplain\b|\bwhat does (?:[\w`'\".()]+ ){0,3}do\b|\bwalk me through\b|\bhow does (?:this|it|the \w+) "
            r"work\b|\bwhat is this (?:code|function) (?:for|doing)\b|\bwhat this code does\b|\bpurpose of\b",
            re.I,
        ),
    ),
    (
        "output",
        re.compile(
            r"\bwhat (?:will|would|does) (?:this|it|the code|the function) (?:print|output|return|give)\b|"
            r"\bwhat is the output\b|\bwhat gets printed\b|" + _ASKING + r"(?:run|execute) (?:this|it)\b",
            re.I,
        ),
    ),
]
# Right after a verb of the program's output ("says", "prints", "returns"), a word is what the program says.
_NOT_OUTPUT = "".join(
    f"(?<!\\b{verb} {quote})"
    for verb in ("say", "says", "print", "prints", "return", "returns", "show", "shows", "output", "outputs")
    for quote in ("", '"', "'", "“", "‘")
)
_INTENTS = [
    (
        "syntax",
        # "parse" alone is often what the code does ("we parse uploads with this"), not a question about it
        re.compile(
            r"\bsyntax|\bcompiles?\b|\b(?:this|it|that|the code|my code) (?:even |still )?parses?\b|"
            r"\b(?:does|will|would|should|can|doesn'?t|won'?t) (?:this|it|that|the code|my code) (?:even |still )?"
            r"parse\b|\bparse error|\bvalid python\b|\bindentation|\btypo\b",
            re.I,
        ),
    ),
    (
        "security",
        re.compile(
            # (not a word the program says: "it never says danger" reports its output, asking nothing of security)
            _NOT_OUTPUT + r"(?:\bsecur|\bvulnerab|\binjection\b|\binjectable\b|\bunsafe\b|\baudit|\bexploit|\battack|"
            # "safe to ship" asks whether it is ready to release (a whole review), not only about security
            r"\bsafe\b(?!\s+to\s+(?:ship|deploy|release|merge|publish|push|launch|go\s+live|roll\s+out))|"
            r"\bowasp\b|\bsanitiz|\bxss\b|\bhack|\bdanger|\brisky\b|"
            r"\bleak (?:any )?(?:secrets|credentials|passwords)\b)",
            re.I,
        ),
    ),
    (
        "performance",
        re.compile(r"\bfaster\b|\bslow|\bspeed|\bperforman|\befficien|\boptimi[sz]|\bquicker\b|\bbottleneck", re.I),
    ),
    (
        "refactor",
        re.compile(
            r"\brefactor|\bsimplif|\bclean (?:up )?(?:this|it|my|the)\b|\bcleaner\b|\bmore readable\b|\breadability\b|"
            r"\btidy|\bmessy\b|\bspaghetti\b|\bdeeply nested\b|\bnested if",
            re.I,
        ),
    ),
    (
        "complexity",
        re.compile(r"\bcomplex|\bcyclomatic\b|\bhardest to (?:maintain|read|test)\b|\bmaintainab", re.I),
    ),
    (
        "bug",
        re.compile(
            r"\bbugs?\b|\bbuggy\b|\bwrong\b|\berrors?\b|\bexception\b|\btraceback\b|\bcrash|\bfail|\bbroken\b|"
            r"\b(?:doesn'?t|does not|won'?t|will not|isn'?t|is not|not) (?:work|working|run|compile|print|return)|"
            r"\bfix\b|\bdebug|\bincorrect\b|\bmistakes?\b|\bedge cases?\b|\bcorner cases?\b|"
            r"\bhangs?\b|\bstuck\b|\binfinite\b|\bforever\b|\bunexpected|"
            r"\b(?:is|are) (?:this|it|that|these|my|the)(?: \w+){0,2} (?:correct|right|ok|okay|fine)\b|"
            r"\b(?:does|will|would) (?:this|it) work\b|\bwhat'?s the problem\b|"
            r"\bnot what i expect|\bsomething'?s off\b",
            re.I,
        ),
    ),
    (
        "review",
        re.compile(
            r"\breview|\blook (?:over|at)\b|\blint|\bcheck\b|\bfeedback\b|\bcode quality\b|\bimprove|\bsuggest|"
            r"\bpull request\b|\bpr\b|\bdiff\b|\bcritique|\bissues?\b|\bproblems?\b|\bsmells?\b|\bbest practices?\b|"
            r"\bpythonic\b|\bwarnings?\b|\bthoughts\b|\bbad\b|\bugly\b|\bconcerns?\b|\bsanity.check|"
            r"\banything (?:off|wrong|to (?:fix|change|improve))\b",
            re.I,
        ),
    ),
]
# Words that report a failure: the answer must be a defect that causes one, not a point of style.
_FAILURE = re.compile(
    r"\bfix\b|\bdebug|\bcrash|\bfail|\btraceback|\bbroken\b|\b\w*(?:error|exception)\b|"
    r"\b(?:throws?|raises?|gives?|gets?|getting|see|an?) (?:an? )?(?:error|exception)|"
    r"\b(?:doesn'?t|does not|won'?t|will not|isn'?t|is not|not) (?:work|working|run|compile|print|return)|"
    r"\bwrong (?:result|output|value|answer|total|number|sum)|\bhangs?\b|\bstuck\b|\binfinite\b|\bforever\b|"
    r"\bunexpected|\binstead of\b|\bwhy\b",
    re.I,
)
# A wrong result rather than a crash: an input on which the code raises does not explain it.
_MISBEHAVES = re.compile(
    r"\bwrong (?:result|output|value|answer|total|number|sum|count)|\binstead of\b|\bnot what i expect|"
    r"\b(?:result|output|value|answer|total|number|sum|count|amount|price|average) (?:is |was |comes out |looks |"
    r"seems )?(?:wrong|off|incorrect)\b|\boff by (?:a|one|some|a few)\b|"
    r"\balways (?:returns?|gives?|prints?|is|says|shows|outputs)\b|"
    r"\bnever (?:returns?|gives?|prints?|is|matches|says|shows|outputs)\b|"
    r"\breturns? (?:the )?wrong\b|\b(?:too|one) (?:high|low|big|small|many|few)\b|" + NEGATIVE + "|"
    r"\bone (?:\w+ )?short\b|\b(?:comes?|came|ends?|ended|ending) (?:up |out )?short\b",
    re.I,
)
# A crash: the code raises (an exception class named, a traceback), which a wrong value alone cannot explain.
_CRASHES = re.compile(
    r"\bcrash(?:es|ed|ing)?\b|\btraceback\b|\b(?:throws?|raises?|raising|throwing) (?:an? )?(?:\w+ )?"
    r"(?:error|exception)\b|\b[A-Z]\w*(?:Error|Exception)\b|\bblows? up\b",
)
# "Why ...?" asks about a failure unless it asks about something else ("why is this slow?").
_WEAK_BUG = re.compile(r"\bwhy\b|\bwhat'?s going on\b|\bwhat is going on\b|\bwhat happened\b|\bhow come\b", re.I)
# Asks for better ways to write the code, which a review answers with refactoring and speed-up ideas too.
_IDEAS = re.compile(r"\bpythonic\b|\bidiomatic\b|\bimprove|\bsuggest|\bbetter way|\bbest practices?\b", re.I)
# Housekeeping: "anything to tidy up?", "clean this up", "lint this" ask for what a lint finds (unused imports, dead
# code) as much as for a new shape, so they are answered by a review with refactoring ideas, not by refactoring alone.
_HOUSEKEEPING = re.compile(
    r"\btid(?:y|ying|ied)\b|\bclean(?:ing)?[- ]?up\b|\bclean (?:this|it|that|my|the)(?: \w+)? up\b|"
    r"\bneaten\b|\bspring[- ]clean|"
    # "Can you lint this? my supervisor says my code is messy": a lint is asked, whatever the code is called
    r"\blint(?:s|ed|ing|er)?\b",
    re.I,
)
# Asks only whether the code is acceptable ("is this OK?", "is it fine like this?"), not whether its logic does what
# is meant ("is this correct?"): with nothing found, the answer is that the checks found no issues.
_APPROVAL = re.compile(
    r"\b(?:is|are) (?:this|it|that|these|my|the)(?: \w+){0,2} (?:ok|okay|fine|alright|all right|good|acceptable)\b",
    re.I,
)
# Asks whether anything at all is amiss ("is there anything wrong with this?", "any problems with my script?"),
# not for the bug: leftover clutter (an unused import) answers it when no bug does, said to be no bug.
_ANYTHING_AMISS = re.compile(
    r"\b(?:anything|something)(?: \w+)? (?:wrong|off|amiss|bad|dodgy|odd|weird|i should (?:fix|change))\b|"
    r"\bany (?:problems?|issues?|mistakes?)\b",
    re.I,
)
_FUNCTION_MENTION = re.compile(
    r"`(\w+)(?:\(\))?`|\b(\w+)\(\)|\b(?:function|method) `?(\w+)`?|\b(?:the )?`?(\w+)`? (?:function|method)\b", re.I
)
_MAX_WORDS = 4_000
_LINE_MENTION = re.compile(r"\bline (\d{1,6})\b", re.I)


@dataclass(frozen=True, slots=True)
class Question:
    """A request about code, taken apart."""

    text: str  # the request without its code
    code: str = ""
    tag: str | None = None  # the code fence's language tag
    blocks: int = 0  # how many separate pieces of code the request holds
    intents: frozenset[str] = frozenset()
    unsupported: tuple[str, ...] = ()
    suspects: frozenset[str] = frozenset()
    symptom: str = ""
    names: tuple[str, ...] = field(default=())  # identifiers the question mentions
    line: int | None = None
    fragment: bool = False  # a snippet quoted in a sentence (`x == None`), not a program: names may live elsewhere
    failure: bool = False  # the user reports a failure (a crash, an error, a wrong result), not just asks if it is ok
    misbehaves: bool = False  # the failure reported is a wrong result, which a crash on some input cannot explain
    crashes: bool = False  # the failure reported is an exception raised, which a wrong value alone cannot explain
    reported: str = ""  # the words reporting a wrong result or a crash, quoted when nothing explains them
    ideas: bool = False  # asks how to improve the code (more pythonic, best practices): suggestions belong in a review
    approval: bool = False  # asks only whether it is OK, so a clean bug hunt is a clean review, not a decline
    anything: bool = False  # asks whether anything at all is amiss, which leftover clutter answers too


def read_question(request: str, code: str | None = None) -> Question:
    """The request taken apart. ``code`` is code a client passed separately; when it is part of ``request``
    (the offline model cuts it out of the request) the request is read as a whole instead."""
    # Windows line ends would hide a fence's language tag ("```python\r\n") and shift every line number by one.
    request = _unix_lines(request)
    code = _unix_lines(code) if code else code
    text, found, tag, blocks = split_code(request)
    if code and code.strip() and code.strip() not in request:
        text, tag, blocks = request, None, 1
        fenced = FENCE.search(code)
        found = fenced.group("body").strip("\n") if fenced else code.strip("\n")
        tag = fenced.group("tag") if fenced else None
    found = clean_code(found)
    words = " ".join(text.split())
    if len(words) > _MAX_WORDS:  # what is asked sits at the start and the end; a long middle is material
        words = f"{words[: _MAX_WORDS - 1000]} ... {words[-1000:]}"
    unsupported = [kind for kind, pattern in _UNSUPPORTED if pattern.search(words)]
    intents = {kind for kind, pattern in _INTENTS if pattern.search(words)}
    suspects: set[str] = set()
    symptom = ""
    for pattern, rules in SYMPTOMS:
        match = pattern.search(words)
        if match:
            suspects |= rules
            symptom = symptom or match.group(0)
    if (stated := stated_result(words)) is not None:  # 'it says 5 boxes and I need 6': too few
        suspects |= stated[1]
        symptom = symptom or stated[0]
    if suspects or not intents and _WEAK_BUG.search(words):
        intents.add("bug")  # a described symptom is a bug report, however it is phrased
    if re.search(r"\btypo\b", words):
        intents.add("bug")  # a typo may break the syntax or misspell a name
    if not intents - {"review"}:
        unsupported += [kind for kind, pattern in _UNLESS_ASKED if pattern.search(words)]
    ideas = bool(_IDEAS.search(words))
    if intents <= {"refactor", "review"} and _HOUSEKEEPING.search(words):
        intents, ideas = {"review"}, True
    if intents - {"review"}:
        intents.discard("review")  # a specific ask ("review it for security") is what the answer must cover
    elif not intents:
        intents.add("review")
    names = tuple(n for m in _FUNCTION_MENTION.finditer(words) for n in m.groups() if n)
    line = _LINE_MENTION.search(words)
    return Question(
        text=words,
        code=found,
        tag=tag or None,
        blocks=blocks,
        intents=frozenset(intents),
        unsupported=tuple(unsupported),
        suspects=frozenset(suspects),
        symptom=symptom,
        names=names,
        line=int(line.group(1)) if line else None,
        fragment="[snippet]" in text and "\n" not in found,
        failure=bool(suspects) or bool(_FAILURE.search(words)),
        misbehaves=bool(_MISBEHAVES.search(words)),
        crashes=bool(_CRASHES.search(words)),
        reported=next((m.group(0) for m in (_MISBEHAVES.search(words), _CRASHES.search(words)) if m), ""),
        ideas=ideas,
        approval=bool(_APPROVAL.search(words)),
        anything=bool(_ANYTHING_AMISS.search(words)),
    )


def _unix_lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
