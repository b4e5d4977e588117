"""Taking a writing request apart: the instruction, the material it carries, and which job it asks for.

Every writer tool receives the request in the user's own words. The instruction says what to do ("Write a
short email to the team saying ...", "Make this more polite"); the material is what to work from, and it
follows a colon, sits in quotes at the end of the request, in a ``` block, or on the lines after the
instruction. Material stays whole: the instruction is never mistaken for content, and content is never cut.

The evaluator-optimizer pattern sends two fixed shapes, read here into sections::

    Judge this draft against its task. ...      Revise the draft to address the feedback.
    Task: <task>                                Task: <task>
    Draft:                                      Draft:
    <draft>                                     <draft>
    Earlier feedback:                           Feedback:
    <feedback>                                  <feedback>
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from servers.tools.writer.apposed import apposed_facts
from servers.tools.writer.asides import without_asides
from servers.tools.writer.briefs import names_list, read_brief
from servers.tools.writer.courtesy import plain_ask, without_closing_thanks
from servers.tools.writer.destinations import destination_last
from servers.tools.writer.form_orders import moved_form_orders
from servers.tools.writer.listed_items import listed_after
from servers.tools.writer.mixed_orders import facts_and_orders
from servers.tools.writer.orders import said_to_reader
from servers.tools.writer.preambles import intended_text, said_who_asks, size_first, told_around, told_before_ask
from servers.tools.writer.reply_points import reply_points
from servers.tools.writer.styles import names_style, tone_named
from servers.tools.writer.verdicts import supported_claim

Job = Literal["judge", "revise", "rewrite", "compose", "outline", "count"]

MAX_REQUEST_CHARS = 20_000
"""Longest request a writer tool reads (about 3,000 words: a long letter or article and its instruction);
longer ones are refused before any work. Counting words takes more: see ``MAX_COUNT_CHARS``."""
MAX_COUNT_CHARS = 200_000
_MAX_INDENT = 8  # spaces kept at a line's start: enough for a nested list, too few to make a pattern backtrack

_WHITESPACE_RUN = re.compile(r"\s{3,}")

_FENCE = re.compile(r"```[\w+-]*[ \t]*\n?(.*?)```", re.S)
# A colon that ends an instruction: followed by whitespace, so "6:30" and "https://" are not instructions.
_COLON = re.compile(r":(?=\s)")
_DOUBLE_QUOTED = re.compile(r"[\"“]([^\"“”]{12,})[\"”]")
_SECTION = re.compile(r"^[ \t]*(task|draft|previous draft|earlier feedback|feedback)[ \t]*:[ \t]*(.*)$", re.I | re.M)
_SECTION_NAMES = {
    "task": "task",
    "draft": "draft",
    "previous draft": "draft",
    "earlier feedback": "earlier_feedback",
    "feedback": "feedback",
}
_INSTRUCTION_WORDS = 40
# The words that only name the material, set off from the instruction before its colon: "... for my etsy shop.
# facts:", "..., details:", ". Here are the key facts:". They label what follows; they are not what the text is
# for or about, and a text that kept them would open with the request's own seam ("My etsy shop. facts: ...").
MATERIAL_LABEL = re.compile(
    r"(?:[.;,!?]|\s[-\u2013\u2014])[ \t]*(?:(?:here(?:'s| is| are)|these are|below are)[ \t]+)?"
    r"(?:(?:the|some|my|our)[ \t]+)?"
    r"(?:(?:key|main|basic|product|quick|important|the)[ \t]+)?(?P<label>facts|details|info|information|specs|"
    r"specifications|particulars|notes|points|bullet points|highlights)(?:[ \t]+(?:are|is|below|as follows))?[ \t]*$",
    re.I,
)
_ASKED_FIRST = re.compile(r"^([^?\n]{3,300}\?)[ \t]+(\S.*)$", re.S)

_JUDGE = re.compile(r"\b(?:judge|evaluate|score|grade|rate|critique|assess)\b", re.I)
_REVISE = re.compile(r"\b(?:revise|improve|fix|address|redo|rework|update)\b", re.I)
_COUNT = re.compile(
    r"\b(?:word ?count|count (?:the )?(?:words|characters)|how many (?:words|characters|sentences)|"
    r"number of (?:words|characters)|how long (?:is|would it take|does it take|will it take)|reading time|"
    r"speaking time|(?:minutes|long) to (?:read|say|speak))\b",
    re.I,
)
# "Write a note saying how many words the essay must have:\n\n2,000": a writing instruction handed a short value
# (an earlier step's answer) asks for a text that says it; the count words are the value's reference.
_VALUE_ASKED = re.compile(
    r"^\W*(?:please\s+)?(?:write|draft|compose|send|prepare|craft)\b[^\n]{0,300}?\bhow\s+(?:many|much|long)\b"
    r"[^\n]{0,200}:?\s*\n\s*\n?\s*[£$€]?\d[\d,.]*(?:\s+[a-z]+){0,2}\s*$",
    re.I,
)
# "Outline a talk ...", "Can you outline ...?", "I teach year 8. Outline a lesson ...", "Give me an outline covering:"
_OUTLINE = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:please\s+|can you\s+|could you\s+|would you\s+)?(?:outline|plan (?:out )?|structure)\b"
    r"(?!\s+(?:is|was|of the)\b)|\b(?:an|the) outline\b",
    re.I,
)
_OUTLINE_WORDS = 30  # a sentence or two of who it is for may come first ("I'm giving a 10 minute talk to ...")
_REWRITE = re.compile(
    r"\b(?:re-?write|rephrase|reword|paraphrase|polish|proofread|edit|soften|tone (?:it |this |that )?down|"
    r"tighten|shorten|simplify|clean (?:it |this |that )?up|warm (?:it |this |that )up|trim (?:this|it|that)|"
    r"cut (?:this|it|that) down|"
    r"get (?:this|it|that) (?:down )?(?:to|under|below)|fit (?:this|it|that) (?:in|into|within)|"
    r"(?:revise|improve) (?:this|it|that|my|the following)|"
    r"make (?:this|it|that|these|the following|my \w+|the \w+ below)\b|turn (?:this|it|that) into|"
    r"(?:version|rewrite) of (?:this|it|that|my|the following)|"
    r"(?:polite|politer|professional|formal|friendly|friendlier|casual|nicer|kinder|simpler|plainer)\s+version)\b",
    re.I,
)
# Words that ask for a tone change, but only when the request does not begin by asking for a new text.
_REWRITE_WEAK = re.compile(
    r"\b(?:(?:more|less) (?:polite|rude|professional|formal|friendly|casual|concise|harsh|aggressive)|"
    r"sound (?:more |less )?\w+|say (?:this|it|that) (?:more )?\w+ly|nicer|politer|kinder)\b",
    re.I,
)
NOTES_INTO = re.compile(
    r"\b(?:turn|make|convert|write|put|change)\s+(?:these|those|the|my|our|some)\s+(?:[\w'-]+\s+)?"
    r"(?:notes|jottings|bullet points|bullets|points|fragments|shorthand)\s+(?:up\s+)?(?:into|as|in)\b",
    re.I,
)
"""An instruction to make jotted notes into prose: "Turn these notes into a paragraph", "write my notes up as an
email". The notes are material to compose from, never a text to rewrite in another tone."""
_INTO_LIST = re.compile(
    r"\b(?:turn|make|put|convert|change|rewrite|write)\s+(?:this|it|that|these|those|the following)\s+(?:up\s+)?"
    r"(?:into|as|in)\s+(?:an?\s+)?(?:\w+[\s-]+){0,2}?(?:bullet(?:ed)?[\s-]?(?:points?|list|form)|bullets|numbered list|"
    r"check-?list|list)\b",
    re.I,
)
COMPOSE_LEAD = re.compile(
    r"^\W*(?:please\s+|can you\s+|could you\s+|help me\s+)?(?:write|draft|compose|create|prepare|send|craft|"
    r"describe|tell|let|announce|come up with|give me|put together|pen|produce|generate)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Request:
    """A request split in two: ``instruction`` says what to do, ``material`` (maybe empty) is what to use."""

    text: str
    instruction: str
    material: str
    told: bool = False  # the material is the asker's own points, told as sentences with orders of what to say


@dataclass(frozen=True, slots=True)
class Sections:
    """The evaluator's message: the task, the draft, and feedback from this round or an earlier one."""

    instruction: str
    task: str
    draft: str
    feedback: str = ""
    earlier_feedback: str = ""


def tidy_spacing(text: str) -> str:
    """``text`` with every long run of whitespace cut to what it says: a space, a line break or a paragraph break
    and at most a short indent. The reading patterns look for phrases around spaces ("..., summarising what to
    change"); over a run of thousands of spaces they would backtrack quadratically."""
    return _WHITESPACE_RUN.sub(_tidied_run, text)


def _tidied_run(run: re.Match[str]) -> str:
    spaces = run.group()
    breaks = spaces.count("\n")
    if not breaks:
        return " "
    return "\n" * min(breaks, 2) + spaces[spaces.rfind("\n") + 1 :][:_MAX_INDENT]


def split_request(text: str) -> Request:
    """The instruction and the material of ``text``; the material is empty when the request carries none. The
    ask is read in its plain spelling ("pls write" as "please write": ``courtesy``)."""
    text = destination_last(plain_ask(text.strip()))  # "For the staff room, write a notice: ..."
    fence = _FENCE.search(text)
    if fence:
        instruction = (text[: fence.start()] + " " + text[fence.end() :]).strip()
        return Request(text, instruction.rstrip(":").strip(), fence.group(1).strip())
    colon = _COLON.search(text, 0, 600)
    if colon:
        head, tail = text[: colon.start()], text[colon.end() :].strip()
        if tail and "\n" not in head.strip() and len(head.split()) <= _INSTRUCTION_WORDS:
            sized = size_first(head, tail)
            if sized:  # "Under 50 words please: an email to ...": the whole request is the instruction
                return Request(text, sized, "")
            head = said_who_asks(head) or head  # "I'm a teacher. Need a text message to parents: ..."
            before = told_before_ask(head)  # "My nan turns 90 on Saturday. Write an invitation ...: ..."
            if before:
                return Request(text, before[0], f"{before[1]}\n{tail}")
            label = MATERIAL_LABEL.search(head)
            head = head[: label.start()] if label and head[: label.start()].strip() else head
            return Request(text, head.strip(), tail)
    quoted = _quoted_tail(text)
    if quoted:
        return quoted
    asked = _ASKED_FIRST.match(text)
    if (
        asked
        and len(asked.group(1).split()) <= _INSTRUCTION_WORDS
        and (_REWRITE.search(asked.group(1)) or NOTES_INTO.search(asked.group(1)))
    ):
        # "Can you make this formal? hi all, the audit starts monday": the question is the instruction
        return Request(text, asked.group(1).strip(), asked.group(2).strip())
    listed = listed_after(text, _TYPED_BREAK, _INTO_LIST)
    if listed:  # "turn this into a bullet list for the group chat pls. bring your own cup, meeting moved to 7pm, ..."
        return Request(text, *listed)
    first, newline, rest = text.partition("\n")
    if newline and rest.strip() and len(first.split()) <= _INSTRUCTION_WORDS:
        return Request(text, first.strip().rstrip(":"), rest.strip())
    return Request(text, text, "")


# Where a sentence ends: not after a title or a common abbreviation ("Dr. Okafor", "e.g. this").
_SENTENCE_BREAK = re.compile(
    r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bProf\.)(?<!\bvs\.)(?<!\be\.g\.)"
    r"(?<!\bi\.e\.)(?<!\betc\.)(?<![ \t][A-Z]\.)(?<=[.!?])[ \t]+(?=[\"'(A-Z0-9])"
)
# The same break before a sentence typed in lower case ("... parents. training on Wednesday is cancelled").
_TYPED_BREAK = re.compile(
    r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bProf\.)(?<!\bvs\.)(?<!\be\.g\.)"
    r"(?<!\bi\.e\.)(?<!\betc\.)(?<!\bapprox\.)(?<!\bno\.)(?<![ \t][A-Za-z]\.)(?<=[.!?])[ \t]+(?=[\"'(A-Za-z0-9])"
)
# "details to follow", "more info later", "tbc": a promise of facts, none given
_PLACEHOLDER = re.compile(
    r"^\W*(?:(?:more|the|full|all)\s+)?(?:details|info|information|facts|specifics|points)\s+(?:to follow|later|"
    r"tbc|tba|coming soon|soon|to come)\W*$|^\W*(?:tbc|tba|to be confirmed|to follow)\W*$|"
    # "not sure what to say", "something eye-catching", "up to you": no fact, only how little the asker has
    r"^\W*(?:(?:i'?m\s+)?not sure what to (?:say|write|put)|no idea what to (?:say|write|put)|something(?:\s+[\w-]+)?|"
    r"anything(?:\s+you\s+like)?|(?:it'?s\s+)?up to you|you decide|whatever you (?:think|like))\W*$",
    re.I,
)
# A dash between spaces that hands over the material, as a colon would: "draft an out of office reply - I'm away".
_DASH = re.compile(r"[ \t]+[-\u2013\u2014]{1,2}[ \t]+")
# A sentence that tells the writer to do something ("Mention the parking.", "Keep it short.") is no statement.
_ORDER = re.compile(
    r"^\W*(?:please\s+)?(?:write|draft|make|keep|add|include|mention|say|tell|use|sign|end|start|begin|avoid|"
    r"don'?t|do not|also|then|and then|evaluate|review|check|translate|summari[sz]e|put|list|give|send|address|"
    # ("Open 5pm to midnight", "Closes at noon": the hours; "Thank you to all our clients": thanks to the readers)
    r"call|refer|focus|ask|invite|thank(?![ \t]+you\b)|remind|let|turn|format|(?:open|close)(?![ \t]+(?:again\b|\d|"
    r"from\b|until\b|till\b|"
    r"daily\b|every\b|each\b|all\s+day\b|late\b|early\b|(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)(?:day)?s?\b)))\b"
    # ("Check-in from 2pm", "Sign-up closes Friday", "Open-air seating": a noun made of the verb, which is a fact)
    r"(?![-\u2010\u2011])",
    re.I,
)


def after_dash(text: str) -> Request | None:
    """ "rewrite this in a friendlier tone - staff must not park ...": what precedes a dash between spaces as the
    instruction, what follows as the material; None when there is no such dash after a short instruction."""
    text = text.strip()
    dash = _DASH.search(text, 0, 300)
    if dash and len(text[: dash.start()].split()) <= _INSTRUCTION_WORDS and text[dash.end() :].strip():
        return Request(text, text[: dash.start()].strip(), text[dash.end() :].strip())
    return None


def stated_after(text: str) -> Request | None:
    """The request's first sentence as its instruction and the statements after it as material.

    "I need a slogan for my bakery, Crumb & Co. We bake sourdough before 6am." and "draft an out of office reply -
    I'm away until 10 June" hand over their facts as sentences (or after a dash) instead of after a colon. None
    when there is nothing after the first sentence or dash, or when a later sentence is another instruction or
    a question: that text is left whole.
    """
    text = text.strip()
    dashed = after_dash(text)
    if dashed:
        return dashed
    cut = _SENTENCE_BREAK.search(text, 0, 600)
    typed = _TYPED_BREAK.search(text, 0, 600)
    placeholder = typed is not None and _PLACEHOLDER.match(text[typed.end() :]) is not None
    if (
        typed
        and (cut is None or typed.start() < cut.start())
        and names_style(text[: typed.start()])
        and not placeholder
    ):
        # "put together an announcement for the under-12s parents. training on Wednesday is cancelled ...": typed in
        # lower case, the facts still begin after the sentence that names the text
        cut = typed
    if cut is None or len(text[: cut.start()].split()) > _INSTRUCTION_WORDS or _PLACEHOLDER.match(text[cut.end() :]):
        return None
    rest = text[cut.end() :].strip()
    stated = [s for s in _TYPED_BREAK.split(rest) if s.strip()]
    thanked = without_closing_thanks(stated)  # "... each bottle. Thank you very much."
    if len(thanked) < len(stated):
        stated, rest = thanked, " ".join(thanked)
    head = text[: cut.start()].strip()
    formed = moved_form_orders(head, stated)  # "... Keep it short, nothing fancy."
    if formed is not None:
        head, stated = formed
        rest = " ".join(stated)
    if stated and all(_ORDER.match(s) for s in stated):
        # "Thank them for the dinner and tell them I'll be late.": what to say to the reader, as orders
        said = said_to_reader(stated)
        return Request(text, head, "\n".join(said)) if said else None
    moves = reply_points(head, stated)  # "Write a reply to ... I want to apologise, explain ... and offer ..."
    if moves is not None:
        return Request(text, moves[0], "\n".join(moves[1]), told=True)
    mixed = facts_and_orders(stated, _ORDER)  # "She complained about the noise. Thank her for staying."
    if mixed:
        return Request(text, head, "\n".join(mixed), told=True)
    if not stated or any(_ORDER.match(s) or s.rstrip().endswith("?") for s in stated):
        return None
    return Request(text, head, rest)


def stated_material(parts: Request) -> Request:
    """``parts``, or, when it carries no material, its first sentence (or what precedes a dash) as the instruction
    and the statements after it as material: but only when that instruction names a kind of text ("Write a short
    apology to a customer. We'll send a replacement by Thursday.")."""
    if parts.material:
        return parts
    asks = said_who_asks(parts.instruction)  # "I'm a second year student. Write an email to my tutor asking ..."
    parts = Request(parts.text, asks, "") if asks else parts
    bracketed = _bracketed_facts(parts.instruction)
    apposed = apposed_facts(parts.instruction) if bracketed is None else None
    bracketed = Request(parts.instruction, *apposed) if apposed else bracketed
    if bracketed is not None:
        return bracketed
    # "I'd like to send a thank-you card to ... Could you write a few warm lines?": the text meant, then its words
    meant = intended_text(parts.instruction)
    if meant is not None:
        return Request(parts.text, meant, "")
    stated = stated_after(parts.instruction)
    if stated is None or not (names_style(stated.instruction) or names_list(stated.instruction)):
        # "We're closing early on Friday. Can you write a note for customers?": the news told first, the ask last
        told = told_around(parts.instruction)
        return Request(parts.text, *told) if told and not _PLACEHOLDER.match(told[1]) else parts
    # A dash inside a sentence that already says something ("saying the office - yes, again - is closed") is an
    # aside of that sentence, not the start of the material.
    dashed = parts.instruction[len(stated.instruction) :].lstrip()[:1] in ("-", "\u2013", "\u2014")
    return parts if dashed and read_brief(stated.instruction).content else stated


# "(group walks, 1 hour, £12 per walk, fully insured)": a bracketed run of three or more items after what the text is
# about lists its facts; "(not too formal, please)" or "(e.g. ...)" is an aside about the writing.
_BRACKETED = re.compile(r"\((?P<facts>[^()\n]{1,300})\)")
_BRACKET_ASIDE = re.compile(
    r"\b(?:please|e\.\s?g|i\.\s?e|optional|if possible|ideally|max|at most|words?|sentences?|lines?|brief|short|"
    r"long|concise|simple|funny|upbeat|punchy|catchy|tone)\b",
    re.I,
)


def _bracketed_facts(instruction: str) -> Request | None:
    """A kind of text with its facts in brackets ("a short description of my dog-walking service (group walks,
    1 hour, £12 per walk, fully insured)") as the instruction without them and the facts as its material."""
    found = list(_BRACKETED.finditer(instruction))
    facts = found[0].group("facts") if len(found) == 1 else ""
    items = [item.strip() for item in re.split(r",|\band\b", facts)]
    if facts.count(",") < 2 or _BRACKET_ASIDE.search(facts) or any(tone_named(item) for item in items):
        return None  # "(polite, formal, warm)": how to write it
    bare = " ".join((instruction[: found[0].start()] + " " + instruction[found[0].end() :]).split()).strip()
    if not names_style(bare):
        return None
    return Request(instruction, bare.rstrip(" .:;"), facts.strip())


def _quoted_tail(text: str) -> Request | None:
    """A quotation that ends the request ("Tone this down: 'Fix it now.'") or fills most of it."""
    trimmed = text.rstrip(" .?!")
    for opener, closer in (('"', '"'), ("“", "”"), ("'", "'"), ("‘", "’")):
        if not trimmed.endswith(closer):
            continue
        # The opener must start a word, so an apostrophe inside the quotation ("don't") is not taken for it.
        start = next((m.start() for m in re.finditer(rf"(?:^|(?<=\s)){re.escape(opener)}", trimmed)), -1)
        if start >= 0 and len(trimmed) - start - 2 >= 3:
            head = trimmed[:start].strip().rstrip(":").strip()
            if len(head.split()) <= _INSTRUCTION_WORDS:
                return Request(text, head, trimmed[start + 1 : -1].strip())
    quoted = _DOUBLE_QUOTED.search(text)
    if quoted and len(quoted.group(1)) > len(text) / 3:
        head = (text[: quoted.start()] + " " + text[quoted.end() :]).strip().rstrip(":")
        return Request(text, head, quoted.group(1).strip())
    return None


def read_sections(text: str) -> Sections | None:
    """The evaluator's sections, or None when ``text`` has no task or no draft section."""
    marks = list(_SECTION.finditer(text))
    found: dict[str, str] = {}
    for i, mark in enumerate(marks):
        name = _SECTION_NAMES[mark.group(1).lower()]
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        body = (mark.group(2) + "\n" + text[mark.end() : end]).strip()
        found.setdefault(name, body)
    instruction = text[: marks[0].start()].strip() if marks else text.strip()
    older_shape = any(m.group(1).lower() == "previous draft" for m in marks)
    if older_shape and "task" not in found and instruction:
        # The older shape: the task first, then "Revise your previous draft." and the sections.
        task, _, rest = instruction.partition("\n\n")
        found["task"], instruction = task.strip(), rest.strip() or instruction
    if not found.get("task") or not found.get("draft"):
        return None
    return Sections(
        instruction=instruction,
        task=found["task"],
        draft=without_rendered_fields(found["draft"]),
        feedback=found.get("feedback", ""),
        earlier_feedback=found.get("earlier_feedback", ""),
    )


# The fields a writer result carries besides its text, as an agent renders them after the text ("style: email").
_RENDERED_FIELD = re.compile(
    r"^(?:style|tone|title|words|facts|changes|note|unaddressed|score before|score after|headings): ?", re.I
)


def without_rendered_fields(draft: str) -> str:
    """A draft without the trailing "style: ...", "facts:" lines an agent adds when it renders a writer result.

    A draft passed on as an agent's answer text carries them; they are not part of the text to judge or revise.
    """
    lines = draft.splitlines()
    start = len(lines)  # the trailing run of field lines and their list items, found from the end
    while start > 0 and (_RENDERED_FIELD.match(lines[start - 1]) or lines[start - 1].startswith(("- ", "  "))):
        start -= 1
    first_field = next((i for i in range(start, len(lines)) if _RENDERED_FIELD.match(lines[i])), None)
    return draft if first_field is None else "\n".join(lines[:first_field]).strip()


# The line a researcher's answer ends its prose with, naming where it came from.
_SOURCE_LINE = re.compile(r"^[ \t]*(?:sources?|citations?|references?)[ \t]*:[ \t]", re.I)
_FIELD_LINE = re.compile(r"^([a-z][a-z ]{0,30}):(?:[ \t]+(\S.*))?$")
_ITEM_LINE = re.compile(r"^[ \t]*- (.+)$")


def facts_of_rendered(material: str) -> str:
    """The facts in material that is another agent's rendered answer, not text a person wrote.

    An answer handed on from an earlier step reads "360\nresult: 360\nproblem: arithmetic\nsteps: ...": its
    prose comes first and its fields after. Those field lines are bookkeeping, never facts to write about; a
    list under one heading ("points:\n  - ...\n  - ...") is the content itself. Ordinary material (at most one
    "label: value" line, or details listed as such from the first line on) is returned unchanged. A report's
    list of findings is its items (``_counted_items``).
    """
    return supported_claim(material) or _counted_items(_without_fields(material))


# "... [open-without-with, warning]": a program's tag naming the rule and its severity, no words for a reader.
_RULE_TAG = re.compile(r"[ \t]*\[[a-z][a-z0-9_]*(?:-[a-z0-9_]+)*,[ \t]*[a-z]+\]")
# "2 finding(s)", "4 line(s)": a count with a program's "(s)" plural; a person writes "2 findings".
_PROGRAM_COUNT = re.compile(r"\b\d+\s+[a-z]+\(s\)", re.I)


def _counted_items(material: str) -> str:
    """A report handed on ("Review of 4 line(s) of Python: 2 finding(s) (...), worst first on each line:" over
    "- line 2: ... [open-without-with, warning]. Fix: ..." items) as its items, one per line: the heading only
    counts them and the bracketed tags are the program's, so neither is a fact to write. An item is one point,
    so its own semicolons join clauses ("it is given, with outside input ...") rather than split it."""
    lines = [line for line in material.strip().splitlines() if line.strip()]
    if len(lines) < 2 or not lines[0].rstrip().endswith(":") or not _PROGRAM_COUNT.search(lines[0]):
        return material
    items = [_ITEM_LINE.match(line) for line in lines[1:]]
    if not all(items):
        return material
    return "\n".join(re.sub(r";\s+", ", ", _RULE_TAG.sub("", m.group(1))).strip() for m in items if m)


def _without_fields(material: str) -> str:
    lines = material.strip().splitlines()
    fields = [i for i, line in enumerate(lines) if _FIELD_LINE.match(line)]
    if not fields:
        return material
    heading = _FIELD_LINE.match(lines[0])
    if heading and heading.group(2) is None and len(fields) == 1:
        items = [_ITEM_LINE.match(line) for line in lines[1:] if line.strip()]
        if items and all(items):
            return "\n".join(m.group(1).strip() for m in items if m)
    if len(fields) < 2 or fields[0] == 0:  # details a person listed ("date: Friday", "time: 3 pm") are content
        return material
    prose = lines[: fields[0]]
    while prose and (not prose[-1].strip() or _SOURCE_LINE.match(prose[-1])):
        prose.pop()  # "Source: Capital cities of the world (...)": where the answer came from, not a fact of it
    return "\n".join(prose).strip() or "\n".join(lines[: fields[0]]).strip()


def job_of(text: str) -> Job:
    """Which job ``text`` asks the writer to do, read from its instruction (never from its material)."""
    sections = read_sections(text)
    if sections is not None:
        wants_revision = sections.feedback or _REVISE.search(sections.instruction)
        return "revise" if wants_revision and not _JUDGE.search(sections.instruction) else "judge"
    # ("Write a flyer blurb, get it critiqued and revise it until it's solid": the aside asks for no rewrite)
    instruction = split_request(without_asides(text).text).instruction
    lead = " ".join(instruction.split()[:12])
    if _JUDGE.search(lead) and re.search(r"\b(?:draft|text|task)\b", lead, re.I):
        return "judge"
    if _COUNT.search(instruction) and not _VALUE_ASKED.match(text):
        return "count"
    if _OUTLINE.search(" ".join(instruction.split()[:_OUTLINE_WORDS])):
        return "outline"
    if re.match(r"^\W*(?:please\s+)?(?:revise|redo|rework|improve)\s+(?:the|my|this)\s+draft\b", lead, re.I):
        return "revise"
    if NOTES_INTO.search(lead) or (_INTO_LIST.search(lead) and split_request(text).material.strip()):
        # "Make these notes into an email", "Turn this into 4 bullet points": a new text from them, not a tone change
        return "compose"
    if _REWRITE.search(lead) or (_REWRITE_WEAK.search(lead) and not COMPOSE_LEAD.search(lead)):
        return "rewrite"
    return "compose"
