"""The writer's tools over MCP: draft, rewrite, revise, judge, outline and word_count. Offline, deterministic.

Every tool takes one parameter, ``request``: the request in the user's own words, read whole by the tool (an
MCP client may send the same kind of request). The text tools (draft, rewrite, revise) each do whatever
writing the request actually asks for, so a request that reaches a sibling still gets its right answer, with
the text in the tool's main field; a request for a job a tool's result cannot carry (a judgement, a count) is
declined with the name of the tool that does it.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, Field

from servers.tools.inputs import ToolInputError, require_text
from servers.tools.protocol import READ_ONLY, AccordServer
from servers.tools.writer import condensing, jobs, recasting
from servers.tools.writer.asker_context import without_asker_context
from servers.tools.writer.checklists import checklist_answer
from servers.tools.writer.composition import OFFLINE_HINT
from servers.tools.writer.destinations import destination_last
from servers.tools.writer.dropped_gs import as_spelt
from servers.tools.writer.errands import refuse_errand
from servers.tools.writer.essays import refuse_essay
from servers.tools.writer.gate import check_final
from servers.tools.writer.grammar import corrected, grammar_asked
from servers.tools.writer.lengths import measure
from servers.tools.writer.opinions import refuse_opinion
from servers.tools.writer.quoted_versions import asks_a_version, courteous_quote
from servers.tools.writer.remarks import is_remark, remark_only, speaks_of_the_text
from servers.tools.writer.reply_commentary import asker_reaction_only
from servers.tools.writer.requests import (
    COMPOSE_LEAD,
    MAX_COUNT_CHARS,
    MAX_REQUEST_CHARS,
    Job,
    after_dash,
    job_of,
    read_sections,
    split_request,
    stated_material,
    tidy_spacing,
)
from servers.tools.writer.shortening import shortened
from servers.tools.writer.unsaid_that import that_supplied

Request = Annotated[str, Field(description="The request in the user's own words")]
_ELSEWHERE = {
    "judge": "That asks for a judgement of a draft; the judge tool scores a draft against its task.",
    "count": "That asks for a count; the word_count tool counts words, sentences and reading time.",
    "outline": "That asks for an outline; the outline tool plans sections.",
}


class Draft(BaseModel):
    draft: str = Field(description="The composed text")
    style: str
    tone: str
    title: str | None = None
    words: int
    facts: list[str] = Field(default_factory=list, description="The facts the request gave; each is in the draft")
    changes: list[str] = Field(default_factory=list, description="For a rewrite or revision: what changed")
    note: str | None = None


class Rewritten(BaseModel):
    rewritten: str
    tone: str
    changes: list[str] = Field(description="Each change made, as 'before → after'")


class Revision(BaseModel):
    draft: str = Field(description="The revised draft")
    changes: list[str]
    unaddressed: list[str] = Field(description="Feedback it could not act on offline, and why")
    score_before: float | None = None
    score_after: float | None = None


class CheckResult(BaseModel):
    name: str
    passed: bool
    score: float
    detail: str


class Judgement(BaseModel):
    score: float = Field(description="From 0 to 1; 1.0 only when every check passes")
    feedback: str = Field(description="What to fix, one point per line, or 'meets the task'")
    meets_task: bool
    checks: list[CheckResult]
    missing: list[str] = Field(description="Given facts (numbers, names, dates, quotes) the draft leaves out")
    unchecked: list[str] = Field(description="Earlier feedback points no offline rule can check")


class Outline(BaseModel):
    text: str = Field(description="The outline as Markdown: a title and numbered sections")
    title: str
    headings: list[str]
    note: str | None = None


class WordCount(BaseModel):
    words: int
    characters: int
    characters_without_spaces: int
    sentences: int
    paragraphs: int
    reading_minutes: float = Field(description="At 200 words per minute")
    speaking_minutes: float = Field(description="At 130 words per minute")


def _job(request: str, handles: tuple[Job, ...]) -> tuple[str, Job]:
    # "For the newsletter, rewrite this ...: ...": read with the place after the ask, before anything else reads it
    text = destination_last(tidy_spacing(require_text(request, "request", max_chars=MAX_REQUEST_CHARS)))
    text = as_spelt(text)  # "a text to Lou tellin him the amount": telling him
    refuse_opinion(text)  # "Give me your honest view: is gold or bitcoin better?": no text asked, and no view held
    # "I'm a wedding planner and the florist has cancelled. Please draft an email to Hannah telling her ...": the ask
    text = that_supplied(without_asker_context(text))  # "tell the choir rehearsal is on ...": "... that rehearsal"
    job = job_of(text)
    # "Key points please: ...", "Summarize: ...", "Cut this down: ...": a shorter version of the text given, whatever
    # job the instruction's other words suggest (a summary asked beside a tone rewrite is the rewrite's)
    if job not in ("judge", "revise") and (
        condensing.asked(text) or condensing.tone_take(text) or grammar_asked(text) or recasting.recast_asked(text)
    ):
        job = "rewrite"
    if job not in handles:
        raise ToolInputError(_ELSEWHERE.get(job, f"That asks for a {job}, which this tool does not do."))
    _refuse_remarks(text, job)
    return text, job


def _refuse_remarks(text: str, job: Job) -> None:
    # "Write a story - make it a good one": a word on quality gives no fact, and is never the text to write;
    # nor is "- make it clear the office is closed" after a dash the text to rewrite (it was asked politely back)
    kind = remark_only(text) if job in ("compose", "rewrite", "outline") else None
    if kind:
        raise ToolInputError(f"Write what? Give me the points the {kind} should make after a colon, or {OFFLINE_HINT}.")
    dashed = after_dash(text) if job in ("compose", "rewrite") and not split_request(text).material else None
    said = dashed.material.strip(" .!?") if dashed else ""
    if said and (is_remark(said) or speaks_of_the_text(said)):
        raise ToolInputError(
            f"'{said[:60]}' speaks about the text to write, it is no text to rewrite: give me the points after a "
            f"colon, or {OFFLINE_HINT}."
        )


def _rewritten(text: str) -> jobs.Rewritten:
    # "Shorten this to under 30 words: ...": courtesies and filler cut to fit, or a decline saying it cannot
    if grammar_asked(text):  # "Please correct my English in this: ...": the slips fixed, nothing else
        return jobs.Rewritten(corrected(text), _CORRECTED)
    short = shortened(text)
    if short:
        return jobs.Rewritten(short, "concise")
    fitted = recasting.recast(text) if recasting.recast_asked(text) else None
    if fitted:  # "Turn this into something short for the staff newsletter: ...": the text fitted there
        return jobs.Rewritten(fitted, _CONDENSED if recasting.leaves_out(text) else _FITTED)
    tone = condensing.tone_take(text)
    if tone:  # "two takes, a summary and a friendlier rewrite: ...": the summarizer's is the summary
        return jobs.rewrite_request(f"Make this {tone}: {split_request(text).material}")
    key = condensing.condensed(text) if condensing.asked(text) else None
    return jobs.Rewritten(key, _CONDENSED) if key else jobs.rewrite_request(text)


# The tone of a text condensed to its key sentences: it leaves facts out by design, in the material's own words
# (``condensing`` checks that), so the final gate's rule that every fact is kept is not asked of it.
_CONDENSED = "concise (key sentences)"


# The tone of a text fitted to a place without leaving anything out ("Turn this into something for the parish
# newsletter: ..."): the user's text, a heading from its own words, perhaps softened with every figure and name kept
# (``recasting`` checks that); the same words under a heading are the change asked, not a text handed back unchanged.
_FITTED = "as before (fitted to its place)"


# The tone of a text whose grammar was corrected: the user's own words with the slips ``grammar`` knows fixed, and
# nothing else changed; the instruction's words ("correct my English") are no fact the gate may ask for.
_CORRECTED = "as before (grammar corrected)"


def _check_rewrite(text: str, done: jobs.Rewritten) -> None:
    if done.tone not in (_CONDENSED, _CORRECTED, _FITTED):
        check_final(text, "rewrite", done.rewrite.text)


# A fact handed over: a number, or a name (a capitalised word after the first)
_FACT = re.compile(r"\d|(?<=\S)\s+(?-i:[A-Z])[a-z]")


def _composed(text: str) -> tuple[str, jobs.Composed]:
    """The text a request asks for, and the request as read. "Write an invitation for my daughter's party -
    Saturday 12 July, 2-4pm at Jumping Jacks" hands its facts over after the dash as a colon would: read so only
    when read whole it is declined, and with the first reason kept when that reading is declined too."""
    try:
        return text, jobs.compose_request(text)
    except ToolInputError:
        dashed = after_dash(text) if not split_request(text).material else None
        if dashed is None or not _FACT.search(dashed.material):
            raise  # ("- you know the details": no fact handed over, so no dash read as a colon)
        handed = f"{dashed.instruction}: {dashed.material}"
        try:
            composed = jobs.compose_request(handed)
        except ToolInputError:
            pass
        else:
            return handed, composed
        raise


def _draft_from(text: str, job: Job) -> Draft:
    checked = checklist_answer(text)  # "Does this email cover everything on the checklist? ...": said, not written
    if checked:
        return Draft(draft=checked, style="checklist", tone="neutral", words=measure(checked).words)
    if job == "rewrite":
        done = _rewritten(text)
        out = done.rewrite.text
        _check_rewrite(text, done)
        return Draft(draft=out, style="rewrite", tone=done.tone, words=measure(out).words, changes=done.rewrite.changes)
    if job == "revise":
        revised = jobs.revise_request(text)
        check_final(text, job, revised.text)
        return Draft(
            draft=revised.text,
            style="revision",
            tone="as before",
            words=measure(revised.text).words,
            changes=revised.changes,
            note="; ".join(revised.unaddressed) or None,
        )
    if job == "outline":
        outlined = jobs.outline_request(text)
        check_final(text, job, outlined.text)
        return Draft(
            draft=outlined.text,
            style="outline",
            tone="neutral",
            title=outlined.title,
            words=measure(outlined.text).words,
            note=outlined.note,
        )
    parts = split_request(text)
    stated = stated_material(parts) if job == "compose" else parts
    if asker_reaction_only(stated.instruction, stated.material):  # "... reply to that nasty review? Got my goat."
        raise ToolInputError(
            "You point me at the text to answer but don't give it, and the rest tells me how you feel about it, "
            "not what the reply should say: paste the text after a colon, or the points the reply should make, or "
            f"{OFFLINE_HINT}."
        )
    said = courteous_quote(parts.instruction, parts.material) if job == "compose" else None
    if said:  # "Polite reminder version: 'need your RSVP by 1 June'": the quote said politely, then composed
        text = f"{parts.instruction}: {said}"
    text, composed = _composed(text)
    refuse_essay(text)  # "write my science essay about it" over one finding: a few sentences, never passed off as one
    c = composed.composition
    if said and asks_a_version(c.text):  # "Version: could you please ...": the ask's own word left as a label
        raise ToolInputError(
            f"I won't send that text: it labels the rewrite instead of writing it; rephrase, or {OFFLINE_HINT}."
        )
    check_final(text, job, c.text)
    return Draft(
        draft=c.text,
        style=composed.style,
        tone=composed.tone,
        title=c.title,
        words=measure(c.text).words,
        facts=c.facts,
        note=c.note,
    )


def create_server(data_dir: Path | None = None) -> AccordServer:
    mcp = AccordServer(
        "accord-writer", instructions="Drafts, tone rewrites, revisions, rubric judging, outlines, counts."
    )

    @mcp.tool(annotations=READ_ONLY)
    def draft(request: Request) -> Draft:
        """Write (draft, compose) a new email, letter, note, message, sentence, blog post, social media post,
        announcement, description, story or slogans from what the request says, telling people the facts given,
        at the length asked ("in under 50 words, text the team: ...", "in exactly two sentences, tell ...").
        Every fact given appears and nothing is invented: a request that names only a topic gets asked for the
        points to include."""
        return _draft_from(*_job(request, ("compose", "rewrite", "revise", "outline")))

    @mcp.tool(annotations=READ_ONLY)
    def rewrite(request: Request) -> Rewritten:
        """Rewrite, rephrase, polish, shorten or tone down a given text (after a colon, in quotes or a ```
        block) in another tone: polite, professional, formal, friendly, casual, concise, confident or simple.
        Makes rude text polite: demands become requests; threats, blame, insults, shouting and slang go."""
        text, job = _job(request, ("rewrite", "compose", "revise"))
        if job == "rewrite":
            done = _rewritten(text)
            _check_rewrite(text, done)
            return Rewritten(rewritten=done.rewrite.text, tone=done.tone, changes=done.rewrite.changes[:40])
        made = _draft_from(text, job)
        return Rewritten(rewritten=made.draft, tone=made.tone, changes=made.changes)

    @mcp.tool(annotations=READ_ONLY)
    def revise(request: Request) -> Revision:
        """Revise a draft to address feedback: a message with 'Task:', 'Draft:' and 'Feedback:' sections.
        Adds given facts the draft left out, cuts it to the length asked, applies a requested tone, splits
        long sentences; says what it could not address."""
        text, job = _job(request, ("revise", "rewrite", "compose"))
        if job != "revise":
            made = _draft_from(text, job)
            return Revision(draft=made.draft, changes=made.changes, unaddressed=[])
        revised = jobs.revise_request(text)
        check_final(text, job, revised.text)
        return Revision(
            draft=revised.text,
            changes=revised.changes,
            unaddressed=revised.unaddressed,
            score_before=revised.before.score,
            score_after=revised.after.score,
        )

    @mcp.tool(annotations=READ_ONLY)
    def judge(request: Request) -> Judgement:
        """Judge (evaluate, score, critique, grade) a draft against its task with a rubric: the task's facts
        present, length and reading level as asked, earlier feedback addressed. Gives a score from 0 to 1 and
        feedback. The message carries 'Task:' and 'Draft:' sections, optionally 'Earlier feedback:'."""
        text = tidy_spacing(require_text(request, "request", max_chars=MAX_REQUEST_CHARS))
        refuse_opinion(text)  # (the reason the user sees when every tool declines it)
        refuse_errand(text)  # "Set me a reminder ...": no text to write or judge, and the user is told only that
        job = job_of(text)
        if job in ("compose", "rewrite", "revise") and read_sections(text) is None:
            asked = "a new text" if job == "compose" else f"a {job}"
            # a model tries this tool first for some writing asks, and gives its reason when all decline: so when
            # the writing cannot be done, say why the writing tools decline it, not only that this is no judgement
            try:
                _draft_from(destination_last(text), job)
            except ToolInputError as declined:
                raise ToolInputError(f"That is no draft to judge. {declined}") from None
            raise ToolInputError(
                f"That asks for {asked}, not a judgement; the draft, rewrite and revise tools write. To judge, send "
                "'Task:' and 'Draft:' sections."
            )
        verdict = jobs.judge_request(text)
        return Judgement(
            score=verdict.score,
            feedback=verdict.feedback,
            meets_task=verdict.meets_task,
            checks=[CheckResult(name=c.name, passed=c.passed, score=c.score, detail=c.detail) for c in verdict.checks],
            missing=verdict.missing,
            unchecked=verdict.unchecked,
        )

    @mcp.tool(annotations=READ_ONLY)
    def outline(request: Request) -> Outline:
        """Plan a piece of writing as an outline: a title, an introduction, main points (sections) and a
        conclusion, for an article, essay, talk or report; given points become the sections."""
        text, job = _job(request, ("outline", "compose", "rewrite", "revise"))
        if job != "outline":
            # Not an outline request: the text it asks for, in this tool's main field.
            made = _draft_from(text, job)
            # (no title: an email's or a post's title is already in its text, and shown apart it reads as a stray
            # "title: ..." line under the text)
            return Outline(text=made.draft, title="", headings=[], note=made.note)
        outlined = jobs.outline_request(text)
        check_final(text, job, outlined.text)
        return Outline(text=outlined.text, title=outlined.title, headings=outlined.headings, note=outlined.note)

    @mcp.tool(annotations=READ_ONLY)
    def word_count(request: Request) -> WordCount:
        """Count the words, characters, sentences and paragraphs of a given text (word count), and how long
        it takes to read or speak."""
        text = require_text(request, "request", max_chars=MAX_COUNT_CHARS)
        read = tidy_spacing(text)  # what is asked is read tidied; what is counted is the text as sent
        refuse_opinion(read)
        job = job_of(read)
        if job in ("rewrite", "revise", "outline") or (job == "compose" and COMPOSE_LEAD.match(read)):
            # "a slogan under 10 words" may rank this tool first, and its reason is the one the user sees when
            # every tool declines: so when the writing cannot be done, say why the writing tools decline it
            try:
                _draft_from(read, job)
            except ToolInputError as declined:
                raise ToolInputError(f"That asks for writing, not a count. {declined}") from None
            raise ToolInputError("That asks for writing, not a count; the draft, rewrite and revise tools write.")
        if job == "judge":
            raise ToolInputError(_ELSEWHERE["judge"])
        counted = jobs.count_request(text)
        return WordCount(**asdict(counted))

    return mcp
