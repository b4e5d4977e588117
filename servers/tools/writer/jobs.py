"""The writer's jobs, each done from a whole request in the user's own words.

Each function takes the request verbatim, reads its instruction and material (``requests``), does one job and
returns plain data; anything it cannot account for raises ``ToolInputError`` with a one-line message saying
what it could not do and what it can do instead. The MCP tools in ``server`` wrap these.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from servers.tools.inputs import ToolInputError
from servers.tools.writer import composition
from servers.tools.writer.asides import without_asides
from servers.tools.writer.asks import asked_of_reader
from servers.tools.writer.briefs import asks_for_text, read_brief
from servers.tools.writer.clarity import clearer
from servers.tools.writer.code_material import code_referred
from servers.tools.writer.errands import refuse_errand
from servers.tools.writer.forms import lowered
from servers.tools.writer.frames import Composition
from servers.tools.writer.lengths import length_ask, measure
from servers.tools.writer.mentioned import refuse_mentioned, refuse_unseen_picture
from servers.tools.writer.outline_asks import outline_ask
from servers.tools.writer.outline_bullets import bulleted_outline
from servers.tools.writer.outlines import outline
from servers.tools.writer.plainly import ASKS_PLAIN, material_read, plain_asked, without_plain
from servers.tools.writer.points import split_points
from servers.tools.writer.politeness import rude_markers
from servers.tools.writer.regrets import regrets_asked
from servers.tools.writer.replies import acknowledgement, yes_or_no
from servers.tools.writer.reply_senders import to_sender
from servers.tools.writer.requests import (
    after_dash,
    facts_of_rendered,
    job_of,
    read_sections,
    split_request,
    stated_material,
)
from servers.tools.writer.results import one_liner
from servers.tools.writer.revision import Revised, revise
from servers.tools.writer.rubric import Judgement, contains, judge, requirements, said
from servers.tools.writer.senders import signed_after
from servers.tools.writer.shapes import shaped_forms
from servers.tools.writer.stages import converts, for_material, names_value_only, told_by_material
from servers.tools.writer.styles import OTHER_LANGUAGES, tone_named
from servers.tools.writer.subject_lines import labelled_subject
from servers.tools.writer.tone import Rewrite, rewrite, same_words, tone_asked

MAX_INSTRUCTION_CHARS = 3_000
# A summary asked for, not named as material ("Turn the summary into ..." writes from one): the summarizer's job.
_SUMMARIZING = re.compile(
    r"\b(?:summari[sz](?:e|ing)|summary of|tl;?dr|condense|sum (?:it |this |that |them )?up|boil (?:it |this |that )?"
    r"down|recap|in a nutshell|(?:an?|your|quick|short|brief|one-line|two-line|one-sentence)\s+(?:summary|synopsis|"
    r"rundown|overview|digest)|(?:the|a) (?:short|shorter|quick|condensed|abridged|cliff ?notes) version|"
    r"(?:the|its) gist)\b|"
    r"^\W*(?:(?:please|can you|could you|just|i (?:only |just )?(?:need|want))\s+)*(?:give me|get me|send me|list|"
    r"pull out|what are|show me)?\s*(?:the|just the|only the)\s+(?:highlights|key points|main points|takeaways|"
    r"key takeaways|main ideas|essentials)\b",
    re.I,
)
_RECAP_TEXT = re.compile(r"\brecap\s+(?:email|e-mail|message|note|post|newsletter|update|letter|text)\b", re.I)
_MAX_RECAP_WORDS = 80
_TRANSLATING = re.compile(rf"\btranslat(?:e|ion|ing)\b|\b(?:into|in) (?:{OTHER_LANGUAGES})\b", re.I)
# "..., and translate it into French too": a translation asked after the text, anywhere in the instruction
_TRANSLATED_TOO = re.compile(r"\btranslat(?:e|ed|ion|ing)\s+(?:it|this|that|them|the \w+)\s+(?:in)?to\s+\w", re.I)
# "Turn these notes into a paragraph", "Write up my bullet points as an email": the material is jotted notes.
_NOTES = re.compile(r"\b(?:notes|jottings|bullet points|bullets|points|fragments|shorthand)\b", re.I)
# "Make this sentence clearer", "clarify this", "for clarity": plain words for the same facts, not a tone.
_CLARITY = re.compile(r"\b(?:clear(?:er)?|clarify|clarity|less (?:confusing|vague|wordy)|plainer)\b", re.I)
# What a count in an instruction counts ("3 bullet points", "2 sentences"): the number is a size, not a fact.
SIZE_NOUN = (
    r"(?:(?:short|long|brief|quick|simple|clear|full|small|punchy|snappy|main|key|tight)[\s-]+)?"
    r"(?:words?|sentences?|bullets?|bullet points?|points?|lines?|paragraphs?|items?|slogans?|taglines?|ideas?)\b"
)
_POLITE_TONES = ("polite", "professional", "formal", "friendly", "casual")
_OUTLINE_LEAD = re.compile(
    r"^\W*(?:please\s+|can you\s+|could you\s+)?(?:(?:create|make|write|give me|draft)\s+(?:me\s+)?"
    r"(?:an?|the)\s+outline\s+(?:of|for)|outline|plan(?: out)?(?: the structure of)?|structure)\s+",
    re.I,
)
_OUTLINE_KIND = re.compile(
    r"^(?:(?:an?|the|my|our)\s+)?(?:(?:short|long|\d+-minute|\w+-part)\s+)?(?:(?:talk|essay|article|blog post|post|"
    r"report|presentation|speech|lecture|guide|paper|piece|chapter|book|course|workshop|newsletter)\b)?\s*"
    r"(?:(?:about|on|for|of|covering)\b)?\s*",  # ("a one-hour session": "on" is no word of its own there)
    re.I,
)
_SECTIONS_ASKED = re.compile(
    r"\s*\b(?:in|with|into)?\s*(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"[\s-]+(?:main\s+)?(?:parts?|sections?|points?|chapters?|steps?)\b",
    re.I,
)
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9} | {
    "ten": 10, "eleven": 11, "twelve": 12
}  # fmt: skip


# A text wholly in quotes, maybe with the sentence's full stop after them: "'Bring it back.'."
_WHOLLY_QUOTED = re.compile(r"""^(["'\u201c\u2018])(.+)(?:\1|[\u201d\u2019])[.!?]?$""", re.S)
# "Grade this essay", "Check whether these figures add up": a job on a text, not a text to write.
_OTHER_JOB = re.compile(
    r"^\W*(?:(?:please|can you|could you|would you|now|then)\s+)*(?P<verb>grade|rate|score|mark|assess|evaluate|"
    r"judge|critique|check|verify|fact-check|calculate|compute|work out|solve)\b",
    re.IGNORECASE,
)
# "that is the bonus pool", "how long the session runs": content that points at a value handed over, or asks it.
_UNSAID_VALUE = re.compile(
    r"^(?:(?:that|this)(?:'s|\s+(?:is|was|will be|would be))\s+(?:the|our|your|my|his|her|their)|"
    r"how\s+(?:many|much|long))\b",
    re.I,
)
# "explaining what went wrong", "saying why the launch slipped": a question the text should answer, the answer not
# given ("what a great day it was" and "how proud we are" exclaim, and say something)
_UNSAID_ANSWER = re.compile(
    r"^(?:what(?!\s+an?\s)|why|where|when|whether|which|who|how(?=\s+(?:to|the|it|we|they|our|this|that|things|everything|you|"
    r"i|he|she|my|your|their|his|her)\b))\b",
    re.I,
)
# "Draft a reply to this email": the material is the message to answer; what the reply says is not given.
_REPLYING = re.compile(
    r"^\W*(?:(?:please|can you|could you|help me)\s+)*(?:(?:write|draft|compose|send|prepare|craft)\s+(?:me\s+)?"
    r"(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:reply|response|answer)\b|(?:reply|respond|answer)\s+(?:\w+ly\s+)?(?:to\s+)?"
    r"(?:this|that|it|the|these|those|him|her|them)\b|(?:reply|respond)\s+(?:\w+ly\s+)?(?:saying|with|and)\b)",
    re.IGNORECASE,
)
# Technical material: a code review's findings ("[bare-except, warning]"), a call ("requests.get()"), a constant's
# name ("API_KEY") or code in backticks.
_TECHNICAL = re.compile(
    r"\[[a-z]+(?:-[a-z]+)+, (?:error|warning|note)\]|\b\w+\(\)|`[^`\n]{1,200}`|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b"
)
# "based on the summary", "using their email": the reply says back what its reader said ("my notes" are the user's)
_THEIR_WORDS = re.compile(
    r"\b(?:based on|using|use|from|going by|with)\s+(?:the|this|that|their|his|her|its)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:summary|complaint|feedback|email|message|review|letter|enquiry|inquiry|query|comments)\b",
    re.I,
)
# What a reply may do with nothing more said: apologise or thank for the message it answers.
_REPLY_INTENTS = frozenset({"apologize", "thank"})
_OFFERING = re.compile(r"^[\s,]*(?:and\s+)?(?:offering|to offer|offer)\b", re.I)
# An apology that says what for: "for the late delivery", "that the box was crushed", "about the mix-up".
_APOLOGY_FOR = re.compile(r"^\s*(?:for|that|about|over)\s+\S", re.I)
# "an out-of-office reply: I'm away until ...": an automatic reply says the facts given; it answers no message.
_AWAY = re.compile(r"\b(?:out[ -]of[ -](?:the[ -])?office|auto-?(?:matic[ -])?(?:reply|response)|away message)\b", re.I)


# "Text: We are having building work done ...": a label naming the material, not the verb "to text" someone.
@dataclass(frozen=True, slots=True)
class Composed:
    composition: Composition
    style: str
    tone: str


@dataclass(frozen=True, slots=True)
class Rewritten:
    rewrite: Rewrite
    tone: str


@dataclass(frozen=True, slots=True)
class Outlined:
    text: str
    title: str
    headings: list[str]
    note: str | None


@dataclass(frozen=True, slots=True)
class Counted:
    words: int
    characters: int
    characters_without_spaces: int
    sentences: int
    paragraphs: int
    reading_minutes: float
    speaking_minutes: float


def compose_request(request: str) -> Composed:
    """A new text from what the request says (see ``composition`` for the rule on what may be written)."""
    # "..., and keep improving it until a reviewer is happy": said to the writer, never written into the text
    trimmed = without_asides(regrets_asked(request) or request)  # "I need to decline Aisha's wedding, ..."
    whole = split_request(trimmed.text)
    parts = stated_material(whole)
    stated = parts is not whole
    # "Write an email to the team. Subject: parking. The car park is closed ...": the label is no reader's name
    labelled = labelled_subject(parts.instruction, parts.material)
    if labelled:
        parts = replace(parts, instruction=labelled.instruction, material=labelled.material)
    # "a plain-English explanation for my manager" of a review's findings: its plain sentences are the points
    read = material_read(parts.instruction, parts.material)
    plain = read != without_plain(parts.material)
    if plain:
        # the plain-words ask is answered by the points themselves; the rest says what to write and for whom
        parts = replace(parts, instruction=plain_asked(parts.instruction), material=read)
    elif read != parts.material:
        parts = replace(parts, material=read)
    # "a note to the intern summarising what to change:" over a review's findings: the note says each point
    # "a recap email for the team: we visited the brewery, we set the Q3 goals": a kind of text made of the points
    # given, which shortens nothing; a recap of a long text handed over is a summary, the summarizer's job
    recap = _RECAP_TEXT.search(parts.instruction) and 0 < len(parts.material.split()) <= _MAX_RECAP_WORDS
    # "a plain-English summary of the problem for our manager" over a review: the reviewer's plain sentence for each
    # finding is the text, every one said; the writer's job of telling a reader, not a shortening
    if not recap and not plain:
        _refuse_summary(told_by_material(parts.instruction) if _listed_points(parts.material) else parts.instruction)
    _refuse_translation(f"{parts.instruction} {parts.material[-300:]}")  # "... Also translate this into Spanish"
    other = _OTHER_JOB.match(parts.instruction)
    if other:
        raise ToolInputError(
            f"That asks me to {other.group('verb').lower()} something, not to write a text; offline I draft texts from "
            "the points you give, rewrite, outline, count words, and judge a draft sent with 'Task:' and 'Draft:' "
            "sections."
        )
    refuse_errand(parts.instruction)  # "Remind me to ...", "Post this on my Facebook page": no text to write
    # "... saying I've looked at it" over the code: the code is what "it" is; a text about the code is declined
    parts = replace(parts, material=code_referred(parts.instruction, parts.material))
    if len(parts.instruction) > MAX_INSTRUCTION_CHARS:
        raise ToolInputError(
            f"That instruction is {len(parts.instruction):,} characters long; put the instruction first and the "
            f"material after a colon, or keep the instruction under {MAX_INSTRUCTION_CHARS:,} characters."
        )
    # "a tweet from the summary:\n\n<summary>": the words naming the material are not content
    staged = for_material(parts.instruction, facts_of_rendered(parts.material))
    if staged.material and ASKS_PLAIN.search(parts.instruction) and _TECHNICAL.search(staged.material[:20_000]):
        raise ToolInputError(
            "Offline I can't reword technical points in plain words for a reader who doesn't know the field: I only "
            "say the points as they are given. Ask for a note that lists them as they are, or "
            f"{composition.OFFLINE_HINT}."
        )
    refuse_unseen_picture(f"{staged.instruction} {staged.material}")  # "I sent you the photo ... describe it"
    replying = _REPLYING.match(staged.instruction) and not _AWAY.search(staged.instruction)
    if replying:
        refuse_mentioned(staged.material or staged.instruction)  # "I forwarded you the email ...": not sent
    asked = read_brief(staged.instruction)
    # "Reply to this customer, apologising and offering 15% off ...: '<their message>'": the reply says something
    # of its own; their message is what it answers, said back to them, never pasted as the user's own words
    answering = bool(staged.material) and bool(replying) and (asked.intent in _REPLY_INTENTS or bool(asked.content))
    # ("She complained about the noise. Thank her for staying.": the asker's own points, with what to say in them)
    answered = bool(staged.material) and replying and not asked.content and not answering and not parts.told
    # "a reply based on the summary": its points are answered, said back to their sender; "a reply to this" declined
    if answered and not _THEIR_WORDS.search(parts.instruction):
        raise ToolInputError(
            "A reply needs what you want to say: the text you sent is the message to answer, not the points of the "
            "reply; give me those points (e.g. 'Reply to Sam saying yes, Friday works'), or "
            f"{composition.OFFLINE_HINT}."
        )
    if not asks_for_text(staged.instruction):
        raise ToolInputError(
            "That does not ask me to write anything: offline I draft texts (emails, notes, posts, descriptions) from "
            "the points you give, rewrite, outline, judge drafts and count words."
        )
    forms, instruction = shaped_forms(staged.instruction, parts.instruction)
    forms = replace(forms, subject_line=labelled.subject) if labelled else forms
    brief = read_brief(instruction)
    if not staged.material and (_UNSAID_VALUE.match(brief.content) or names_value_only(brief.content)):
        # "saying that is the bonus pool" with no result handed over: "that" stands for a value nobody gave
        raise ToolInputError(
            f"'{brief.content[:60]}' refers to a value you did not give me; send it after a colon "
            "(e.g. '...: 441'), or ask for the calculation first."
        )
    if len(staged.material.split()) <= 3 and brief.intent is None and _UNSAID_ANSWER.match(brief.content):
        # "Email the client explaining what went wrong with the project": written as given, the text would only
        # ask its own question back ("What went wrong with the project."); "saying when we open: 9am" too
        raise ToolInputError(
            f"'{brief.content[:60]}' is what the text should explain, and you did not say the answer: give me the "
            f"points after a colon (e.g. '...: the supplier delivered late'), or {composition.OFFLINE_HINT}."
        )
    brief = replace(brief, content=asked_of_reader(brief.content, brief.audience))
    asides = " ".join(trimmed.asides)
    tone = tone_named(asides) if asides else None
    brief = replace(brief, tone=tone) if tone else brief
    length = length_ask(instruction) if length_ask(instruction).asked else length_ask(asides)
    said_apart = length_ask(asides)
    if said_apart.max_words is not None and length.max_words is not None and said_apart.max_words < length.max_words:
        # "need a short slogan ... it has to be under 12 words": the number said apart is the tighter limit
        length = said_apart if length.sentences is None and length.paragraphs is None else length
    notes = bool(staged.material) and _NOTES.search(parts.instruction) is not None
    forms, material = signed_after(forms, staged.material)  # "... Sign it from Gunnhildur.": who signs it
    if answered or answering:
        quoted = _WHOLLY_QUOTED.match(material.strip())
        brief, material = to_sender(brief, quoted.group(2).strip() if quoted else material)  # quotes only mark it
        answer = yes_or_no(brief.content, split_points(material)) if answering else None
        said = answer or acknowledgement(split_points(material))
        if not said:
            raise ToolInputError(f"The text you sent makes no point to answer offline; {composition.OFFLINE_HINT}.")
        if answer is not None:  # "Reply saying yes: Could you join our panel ...?" -> "Yes, I can join your panel"
            brief = replace(brief, content="")
        asked_us = next((p for p in split_points(material) if p.rstrip().endswith("?")), None)
        asked_us = None if answer is not None else asked_us
        if asked_us is not None:
            # "Could you bring the projector on Friday?": said back, no sentence; answered, more than was said
            raise ToolInputError(
                f"Their message asks '{asked_us[:60]}', and offline I can't answer a question for you: say the answer "
                f"in the request (e.g. 'Reply saying yes, I'll bring it on Friday'), or {composition.OFFLINE_HINT}."
            )
        material = "\n".join(said if answer is not None else [f"You told us that {lowered(said[0])}", *said[1:]])
        if answered:
            brief = replace(brief, intent="thank", content="your message")
        elif brief.intent == "apologize" and not _APOLOGY_FOR.match(brief.content):
            # "apologising" with no "for ...": the apology is for what they told us ("I'm sorry that your order ...")
            first = re.sub(r"[.!?]+$", "", said[0].strip())
            # "..., offering 15% off" stays with the apology ("We'd like to offer you ..."); anything else is a point
            offer = brief.content if _OFFERING.match(brief.content) else ""
            material = "\n".join([*([] if offer or not brief.content else [brief.content]), *said[1:]])
            brief = replace(brief, content=f"that {lowered(first)} {offer}".strip())
        forms = replace(forms, subject_line=forms.subject_line or "Re: your message")  # a reply, not a thank-you
    # "a one-line sale sign:\n\n$52.00": a result handed over, said in the short form and for the occasion asked
    line = None if forms.bullets or notes or answered or answering else one_liner(instruction, brief, material, length)
    composed = line or composition.compose(brief, material, length, forms, notes=notes)
    # Facts handed over as sentences after the instruction: every number, name and date of the instruction
    # sentence is in the text too, or the text is not written (a dropped fact is a confident wrong answer).
    lost = [m for m in requirements(parts.instruction).must if not contains(composed.text, m)] if stated else []
    lost = [m for m in lost if not re.search(rf"(?<!\w){re.escape(m)}[\s-]+{SIZE_NOUN}", parts.instruction, re.I)]
    if lost:
        raise ToolInputError(
            f"I could not write that offline without leaving out '{lost[0][:40]}'; give the points after a colon, "
            f"one per line, or {composition.OFFLINE_HINT}."
        )
    return Composed(composed, brief.style, brief.tone)


def _listed_points(material: str) -> bool:
    """Whether ``material`` is points, one per line (marked as a list, or a report's items): a text summarising
    them says each one and shortens nothing."""
    lines = [line for line in material.splitlines() if line.strip()]
    marked = all(re.match(r"^\s*(?:[-*\u2022]|\d{1,2}[.)])\s", line) for line in lines)
    if len(lines) < 2 or marked:
        return marked
    items = facts_of_rendered(material)
    # (a report of one finding too: "summarising what needs changing" over it says that finding)
    return items != material and bool(items.strip())


def _refuse_summary(instruction: str) -> None:
    if _SUMMARIZING.search(" ".join(instruction.split()[:12])):
        raise ToolInputError(
            "Summaries are the summarizer's job: I write texts that keep every fact given, so I would not shorten "
            "anything; ask the summarizer agent for a summary."
        )


def _refuse_translation(instruction: str) -> None:
    if _TRANSLATING.search(" ".join(instruction.split()[:8])) or _TRANSLATED_TOO.search(instruction):
        raise ToolInputError(
            "Translation needs a model: offline I write and rewrite in the language of the request only; "
            "set ANTHROPIC_API_KEY (or point the writer at a local model) to translate."
        )


def rewrite_request(request: str) -> Rewritten:
    """The material of the request in the tone its instruction asks for."""
    parts = split_request(request)
    parts = parts if parts.material else after_dash(request) or parts  # "make this politer - <the text>"
    if not parts.material:
        raise ToolInputError(
            "Rewrite what? Send the text after a colon, in quotes or in a ``` block, "
            "e.g. 'Make this more polite: <your text>'."
        )
    _refuse_summary(parts.instruction)
    _refuse_translation(parts.instruction)
    tone = tone_asked(parts.instruction)
    material = parts.material.strip()
    quoted = _WHOLLY_QUOTED.match(material)
    if quoted:
        material = quoted.group(2).strip()  # the quotes mark the text to rewrite; they are not part of it
    if _CLARITY.search(parts.instruction) and tone_named(parts.instruction) is None:
        return Rewritten(_clearer(request, material), "clear")
    result = rewrite(material, tone)
    if same_words(result.text, material) and converts(parts.instruction):
        # "Make it into a short announcement: <text>" with nothing to soften: the text in that form instead
        composed = compose_request(request)
        return Rewritten(Rewrite(composed.composition.text, ["wrote the text in the form asked"]), composed.tone)
    if result.text.strip() == material:
        raise ToolInputError(
            f"I found nothing to change to make that text {tone} offline: none of my rewrite rules apply to it "
            f"(demands, threats, blame, insults, shouting, slang, filler, contractions), so it may already read "
            f"as {tone}."
        )
    lost = [m for m in requirements(request).must if not said(m, request, result.text)]  # "20" kept in "20p"
    if not result.text.strip() or lost:
        shown = ", ".join(f"'{m[:40]}'" for m in lost) or "all of it"
        raise ToolInputError(
            f"I could not make that text {tone} offline without losing {shown}: my rules would drop the sentence "
            "it is in. Rephrase that part, or set ANTHROPIC_API_KEY (or point the writer at a local model)."
        )
    left = rude_markers(result.text) if tone in _POLITE_TONES else []
    if left:
        shown = ", ".join(f"'{m[:40]}'" for m in dict.fromkeys(left))
        raise ToolInputError(f"I could not make that text {tone} offline: {shown} would remain.")
    return Rewritten(result, tone)


def _clearer(request: str, material: str) -> Rewrite:
    made = clearer(material)
    if made is None:
        raise ToolInputError(
            "I could not make that clearer offline without guessing: no rule of mine applies, or a vague word ('the "
            "thing', 'stuff') stands for something the text never names; say what it is, or set ANTHROPIC_API_KEY "
            "(or point the writer at a local model)."
        )
    lost = [m for m in requirements(request).must if not contains(made.text, m)]
    if lost:
        raise ToolInputError(f"I could not make that clearer offline without losing '{lost[0][:40]}'.")
    return made


def revise_request(request: str) -> Revised:
    """The evaluator's revision message ("Revise the draft ...", Task, Draft, Feedback) carried out."""
    sections = read_sections(request)
    if sections is None:
        raise ToolInputError(
            "To revise I need the task and the draft: send 'Task: ...' and 'Draft: ...' sections, with "
            "'Feedback: ...' if you have some."
        )
    return revise(sections)


def judge_request(request: str) -> Judgement:
    """The rubric's judgement of the draft in the judge message (Task, Draft, optional Earlier feedback)."""
    sections = read_sections(request)
    if sections is None:
        raise ToolInputError(
            "To judge a draft I need its task and the draft: send 'Task: <the task>' and 'Draft: <the text>' "
            "sections (and 'Earlier feedback:' if there was a previous round)."
        )
    return judge(sections.task, sections.draft, sections.earlier_feedback or sections.feedback)


def outline_request(request: str) -> Outlined:
    """An outline of the subject the request names, with its given points as sections."""
    parts = split_request(request)
    if listed := bulleted_outline(parts.instruction, parts.material):  # "with 5 bullets: ...": the points as bullets
        return Outlined(*listed)
    instruction = " ".join(parts.instruction.split()).rstrip(".!?")
    lead = _OUTLINE_LEAD.match(instruction)
    subject = instruction[lead.end() :] if lead else read_brief(instruction).subject or instruction
    # ("I teach year 8. Outline a lesson on the water cycle with a starter, evaporation, ...": the sections named)
    asked_for = outline_ask(parts.instruction, parts.material)
    subject = asked_for.subject if asked_for.sections and asked_for.subject else subject
    count = len(asked_for.sections) if asked_for.sections else 5
    asked = _SECTIONS_ASKED.search(subject)
    if asked:
        token = asked.group(1).lower()
        count = int(token) if token.isdigit() else _COUNTS[token]
        subject = (subject[: asked.start()] + subject[asked.end() :]).strip()
    subject = _OUTLINE_KIND.sub("", subject, count=1).strip(" ,.")
    if not subject:
        raise ToolInputError("Outline what? Name the subject, e.g. 'Outline a talk about composting in four parts'.")
    if not 1 <= count <= 12:
        raise ToolInputError(f"An outline has 1 to 12 main sections; you asked for {count}.")
    notes = asked_for.sections or (split_points(parts.material) if parts.material else [])
    title, sections, note = outline(subject, count, notes)
    lines = [f"# {title}", ""] + [f"{n}. **{h}**: {covers}" for n, (h, covers) in enumerate(sections, 1)]
    return Outlined("\n".join(lines), title, [h for h, _ in sections], note)


def count_request(request: str) -> Counted:
    """Counts of the material (or of the whole text when it carries no instruction).

    Only a request that asks for a count is counted: "Book me a table for two" answered with "words: 8"
    would be a confident answer to something never asked. ToolInputError otherwise, saying what the writer
    does offline.
    """
    if job_of(request) != "count":
        raise ToolInputError(
            "I can't match that to a writing job offline: I draft texts from the points you give, rewrite text "
            "in another tone, outline, judge drafts, and count a text's words when asked "
            "('How many words are in this: <text>')."
        )
    parts = split_request(request)
    body = (
        parts.material
        if parts.material
        and re.search(r"\b(?:count|words?|characters?|long|read|reading|time)\b", parts.instruction, re.I)
        else request.strip()
    )
    m = measure(body)
    words = len(body.split())
    return Counted(
        words=words,
        characters=len(body),
        characters_without_spaces=len(re.sub(r"\s", "", body)),
        sentences=m.sentences,
        paragraphs=m.paragraphs,
        reading_minutes=round(math.ceil(words / 200 * 10) / 10, 1),
        speaking_minutes=round(math.ceil(words / 130 * 10) / 10, 1),
    )
