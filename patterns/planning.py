"""Planning: turning a compound request into a graph of sub-tasks, each assigned to a worker.

The supervisor asks a ``Planner`` for a ``Plan``: tasks, each naming the tasks whose results it needs
(``depends_on``). Tasks without dependencies run at the same time and each receives only its own text; a task
receives an earlier task's output only when the request asks for it.

``ClausePlanner`` is the offline default. It cuts the request with ``split_tasks`` (see ``patterns.clauses``:
material stays whole, and a part depends on the one before only when it is sequenced — "then", "after that" —
or refers to a result — "based on that", "summarize the findings"), assigns each part with a decider, and
joins a part to the one before when both go to the same worker and the later one goes on about the earlier
("draft a memo and proofread it"), follows it in sequence ("take 30% off $120, then another 10% off the new
price"), works on its result ("a $40 meal plus 8% tax, then a 15% tip on the total") or on its number with none
of its own ("double 47 and add 6"): one worker gets its whole stretch of the request, and accounts for all of it
or declines, rather than receiving a fragment it would have to guess around. A Claude planner returns the same
``Plan`` from its JSON (``Plan.from_dict``), validated the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Protocol, cast

from patterns.answer_forms import asks_answer_form
from patterns.as_written import adds_a_figureless_question, as_written, own_words
from patterns.asked_sums import sum_asked
from patterns.chained_sums import asks_its_result, orders_operations
from patterns.checked_sums import checked_sum_head
from patterns.clauses import (
    ACTION_VERBS,
    Piece,
    list_items,
    split_material,
    split_tasks,
    with_material,
)
from patterns.creole_words import standard_words
from patterns.deciding import Decider, RankingDecider, declares_verb, verb_owner
from patterns.declared import evidence_for
from patterns.errors import PlanError
from patterns.forms import (
    CODE_MARK,
    fact_asking,
    has_number,
    is_code,
    points_at_material,
    question_form,
    with_code_mark,
    works_on_material,
    works_on_numbers,
)
from patterns.going_rates import asks_what_holds_elsewhere
from patterns.lexical import tokenize
from patterns.live_sources import looks_up_now
from patterns.material import TEXT_KINDS, WORD, WORK_NOUNS, labels_ordered_figures
from patterns.occasions import glosses_the_question
from patterns.pointed_material import quoted_where_pointed
from patterns.pointed_texts import with_pointed_text
from patterns.predictions import asks_a_prediction
from patterns.premises import told_premises
from patterns.reading import routing_text, verb_head
from patterns.recipients import written_to_named
from patterns.references import (
    asks_at_a_rate,
    back_reference,
    converts_the_result,
    goes_on_from_a_number,
    names_a_result,
    only_delivers,
    picks_from_before,
    refers_back,
    starts_a_new_sum,
    translates_the_result,
    uses_every_result,
    without_result_reference,
)
from patterns.restated import restates_a_given
from patterns.shown_working import shows_the_working
from patterns.stated_values import figures_of, named_quantity, with_stated_value
from patterns.statistics_asked import asks_a_statistic
from patterns.sums import sums_its_own_figures, with_listed_figures
from patterns.told_after import join_told_after
from patterns.topics import claim_with_topic, sources_asked_of
from patterns.worker import Request, Worker

MOST_PIECES = 64
"""Most clauses (asks, questions, remarks) the offline planner reads into steps; people write a handful."""


@dataclass(slots=True)
class Task:
    """One sub-task: ``worker`` is a worker's name (``None``: nobody fits); ``depends_on`` names earlier tasks."""

    id: str
    text: str
    worker: str | None = None
    depends_on: tuple[str, ...] = ()


@dataclass(slots=True)
class Plan:
    """Sub-tasks in order; each depends only on tasks before it, so the order is always runnable."""

    tasks: list[Task] = field(default_factory=list[Task])

    def to_dict(self) -> dict[str, Any]:
        return {
            "tasks": [
                {"id": t.id, "text": t.text, "worker": t.worker, "depends_on": list(t.depends_on)} for t in self.tasks
            ]
        }

    @classmethod
    def from_dict(cls, data: object, workers: Sequence[str] | None = None) -> Plan:
        """A plan from its JSON (any JSON: a model's answer is validated here), validated: tasks with text, known
        workers (when ``workers`` is given), and ``depends_on`` a list of ids of tasks that come before (so the
        graph has no cycle). Raises ``PlanError``.
        """
        fields = _fields(data)
        raw_tasks = fields.get("tasks") if fields is not None else None
        if not isinstance(raw_tasks, list) or not raw_tasks:
            raise PlanError("the plan has no tasks")
        tasks: list[Task] = []
        seen: set[str] = set()
        for i, item in enumerate(cast("list[object]", raw_tasks)):
            raw = _fields(item)
            if raw is None:
                raise PlanError(f"task {i + 1} is not an object")
            task_id = str(raw.get("id") or i + 1)
            if task_id in seen:
                raise PlanError(f"task id {task_id!r} appears twice")
            worker = raw.get("worker")
            if worker is not None and (not isinstance(worker, str) or (workers is not None and worker not in workers)):
                raise PlanError(f"task {task_id} names unknown worker {worker!r}")
            given: object = raw.get("depends_on") or []
            if not isinstance(given, list | tuple):
                raise PlanError(f"task {task_id}: depends_on must be a list of task ids, not {given!r}")
            depends = tuple(dict.fromkeys(str(d) for d in cast("Sequence[object]", given)))
            unknown = [d for d in depends if d not in seen]
            if unknown:
                raise PlanError(f"task {task_id} depends on {unknown}, which do not come before it")
            text = str(raw.get("text") or "").strip()
            if not text:
                raise PlanError(f"task {task_id} has no text")
            tasks.append(Task(task_id, text, worker, depends))
            seen.add(task_id)
        return cls(tasks)


def _fields(value: object) -> Mapping[str, object] | None:
    """A JSON object's fields (JSON keys are strings); ``None`` when ``value`` is no object."""
    return cast("Mapping[str, object]", value) if isinstance(value, Mapping) else None


# Names of what a worker makes ("a summary", "a tweet", "a report"): one in a verb's object names whose job it is.
_PRODUCTS = frozenset(tokenize(" ".join(TEXT_KINDS | WORK_NOUNS | {"report", "review", "verdict", "calculation"})))


def _foreign_verb(view: str, worker: str | None, workers: Sequence[Worker]) -> bool:
    """Whether ``view`` opens with a verb that ``worker`` does not declare (and some other worker is there)."""
    own = next((w for w in workers if w.name == worker), None)
    return own is not None and len(workers) > 1 and declares_verb(own, view) is False


def _works_on_numbers(name: str | None, workers: Sequence[Worker]) -> bool:
    return any(w.name == name and works_on_numbers(w) for w in workers)


def _inputs(instruction: str, tasks: Sequence[Task]) -> tuple[str, ...]:
    """The earlier tasks a dependent part works on: the one just before it, or every one before it when it says
    so ("write a caption using both numbers": the year found and the years counted since; "both" is two)."""
    if not uses_every_result(instruction):
        return (tasks[-1].id,)
    earlier = [t.id for t in tasks]
    return tuple(earlier[-2:] if "both" in instruction.lower() else earlier)


def _without_live_sources(tasks: list[Task]) -> list[Task]:
    """Each look-up of what holds now that a later task works on, given to no worker: offline nothing knows today's
    rate, and the part after it must not work on a passage of background as if it were (``live_sources``)."""
    used = {d for t in tasks for d in t.depends_on}
    return [replace(t, worker=None) if t.id in used and looks_up_now(t.text) else t for t in tasks]


def _with_stated_values(tasks: list[Task], workers: Sequence[Worker]) -> list[Task]:
    """Each task that names a quantity by its kind ("at that price") with the figure an earlier part states ("£14"
    in "Draft a message that walks go up to £14"), said in its place (``patterns.stated_values``). The nearest
    earlier part that gives a figure of that kind decides: when its worker works figures out, "that amount" is its
    result, handed on as one; otherwise the figure is in its words, and the task no longer waits for it."""
    for index, task in enumerate(tasks):
        named = named_quantity(task.text) if index else None
        if named is None:
            continue
        earlier = next((t for t in reversed(tasks[:index]) if figures_of(named.group("kind"), t.text)), None)
        if earlier is None or _works_on_numbers(earlier.worker, workers):
            continue
        said = with_stated_value(task.text, earlier.text)
        if said is not None:
            task.text = said
            task.depends_on = tuple(d for d in task.depends_on if d != earlier.id)
    return tasks


def _own_sum(instruction: str, worker: str | None, before: str | None, workers: Sequence[Worker]) -> bool:
    """Whether ``instruction`` is a sum of its own after a part that works on no numbers ("Summarize this: ...
    Then calculate 15% of £8,200"): its figures are its own, it names no result, so it waits for none."""
    return (
        _works_on_numbers(worker, workers)
        and not _works_on_numbers(before, workers)
        and has_number(instruction)
        and not names_a_result(instruction)
        and not _POINTERS & set(WORD.findall(instruction[:400].lower()))
    )


def _restates_a_figure(instruction: str, worker: str | None, tasks: Sequence[Task], workers: Sequence[Worker]) -> bool:
    """Whether ``instruction``, after a sum, is a text that only says again a figure the request gave before it
    ("Then text Jonas confirming we received the €1,344"): it needs nothing the sum works out
    (``patterns.restated``)."""
    return (
        _works_on_numbers(tasks[-1].worker, workers)
        and not _works_on_numbers(worker, workers)
        and restates_a_given(instruction, " ".join(t.text for t in tasks))
    )


# Words that may stand for an earlier result ("how many years ago that was", "the 3 costs in it").
_POINTERS = frozenset("it its that this these those them they".split())


# Words a statement opens with (its subject), where an instruction opens with its verb.
_STATEMENT_OPENERS = frozenset("we're i'm we i our my it's there's they're".split())


class Planner(Protocol):
    """Makes a plan for ``request`` over ``workers``."""

    async def plan(self, request: Request, workers: Sequence[Worker]) -> Plan: ...


class ClausePlanner:
    """The offline planner: ``split_tasks``, then each part to the decider's best worker.

    A part is ranked twice, by its instruction (the part without its material: an article about money must
    not send "summarize this" to the calculator; a part that uses an earlier result, without the words that
    name it: "write a tweet from the summary" is no summarizer's job) and by the instruction's first two words
    ("Search for", "Write a"), and the two confidences averaged: in a clause the verb says who should act
    while the rest says what about, and the topic words alone often point at the wrong specialist. A question
    is ranked whole: its first words ("Who wrote", "What is") are no verb.
    """

    def __init__(
        self,
        decider: Decider | None = None,
        *,
        threshold: float = 0.0,
        head_words: int = 2,
        owner_share: float = 0.5,
    ) -> None:
        self.decider = decider or RankingDecider()
        self.threshold = threshold
        self.head_words = head_words
        self.owner_share = owner_share

    async def assign(self, text: str, workers: Sequence[Worker]) -> str | None:
        """The worker for one sub-task, or ``None`` when none reaches the threshold."""
        scores: dict[str, float] = {}
        views = [text]
        head = " ".join(text.split()[: self.head_words])
        # a question's first words ("Who wrote", "What is") are no verb phrase: they say nothing of who acts
        # (nor is a statement's subject: "We're selling 250 tickets at £2 - what's the most we can raise?")
        stated = head.split()[:1] != [] and head.split()[0].lower() in _STATEMENT_OPENERS
        # ("Find the mean of these: 3, 4, 9": a statistic of the list given is a sum, whoever else "find" reads as)
        # (nor a sum's subject: "Jockey wheels are $18 a pair. Take 20% off and then add 7% sales tax. What does the
        # customer pay?" names what the figures are of, and the whole text asks a sum)
        stated = stated or asks_a_statistic(text) or sum_asked(text) is not None or orders_operations(text)
        if self.head_words and head != text and question_form(text) is None and not stated:
            # "Check whether this code has a problem <code>": the verb checks code, which says who checks it
            views.append(f"{head} {CODE_MARK}" if text.endswith(CODE_MARK) else head)
        for view in views:
            for choice in await self.decider.rank(Request(view), workers):
                scores[choice.worker] = scores.get(choice.worker, 0.0) + choice.confidence / len(views)
        if not scores:
            return None
        best = max(scores, key=lambda name: scores[name])
        owner = None if asks_a_statistic(text) else verb_owner(text, workers)
        if owner is not None and owner != best and scores.get(owner, 0.0) >= self.owner_share * scores[best]:
            # "Summarize this customer feedback": the one worker that does what the verb says acts, though the
            # object's words ("customer", "feedback") read like another's topic; unless the object names what the
            # other makes ("Write a short summary of the issues": the summarizer's product, whoever writes it)
            named = {w.name: w for w in workers}
            evidence = evidence_for(verb_head(text) or text, named[best], named[owner])
            # (a worker that works on a text the user gives reads what its verb's object names: "summarise the
            # letter from the council" names the letter to read, not one to write)
            if not _PRODUCTS & set(evidence) or works_on_material(named[owner]):
                best = owner
        return best if scores[best] >= self.threshold else None

    async def plan(self, request: Request, workers: Sequence[Worker]) -> Plan:
        tasks: list[Task] = []
        bare = False  # the task before points at material it does not carry ("Why does this crash?")
        pieces = join_told_after(split_tasks(quoted_where_pointed(standard_words(request.text))))
        if len(pieces) > MOST_PIECES:
            # a pasted run of asks: each its own task, not read into steps (joining them is quadratic in the
            # pieces), so a caller that caps the tasks declines it before any worker is called
            return Plan([Task(str(i), piece.text) for i, piece in enumerate(pieces, 1)])
        for piece in pieces:
            pointed = with_pointed_text(piece.text)
            if pointed != piece.text:  # "Rewrite this to sound more professional. hey guys ..." -> "...: hey guys ..."
                piece = replace(piece, text=pointed, instruction=split_material(pointed)[0])
            previous_text = tasks[-1].text if tasks else ""
            named = claim_with_topic(piece.text, previous_text) or sources_asked_of(piece.text, previous_text)
            # "Review this function from Matteo and then write him a kind note": the note is to Matteo
            named = named or written_to_named(piece.text, split_material(previous_text)[0])
            if named is not None and piece.instruction in (None, piece.text):
                # "Who discovered penicillin? And is it true that it was discovered in 1928?": each part goes to its
                # agent alone, so the claim's "it" is said as the thing the question before it named (and "tell me
                # what your books say" as said of the claim before it)
                piece = replace(piece, text=named, instruction=named)
            instruction = piece.instruction or piece.text
            # a part that uses a result is matched on what it does, not on the result it names
            view = without_result_reference(instruction) if piece.uses_result else instruction
            reference = back_reference(view) if piece.uses_result and not has_number(view) else None
            if reference is not None:
                # "... and tell me what that is in feet": "that" is the answer before it, a quantity the part works
                # on, so it is read as one; a part with no number of its own reads as nothing to work out
                view = f"{view[: reference[0]]}the number{view[reference[1] :]}"
            carries = instruction != piece.text  # the piece has material of its own
            # ("Price list: tyre change 250k, brake pads 180k. Calculate total": the same, the order after them)
            if (
                carries
                and not piece.uses_result
                and (routing_text(piece.text) == piece.text or labels_ordered_figures(piece.text))
            ):
                # "Add up my expenses: taxi £23, hotel £140": figures after the colon are what the sum is of, and
                # say who works on them as the words before do (``reading.routing_text`` keeps them)
                view = piece.text
            elif (
                carries
                and not piece.uses_result
                and has_number(piece.text)
                and not has_number(instruction)
                and not is_code(piece.text)
            ):
                # "Add up the school trip costs: the coach is £340 and entry is £12 a child": the figures are in
                # sentences, read past as a topic, but a part with numbers to work on is ranked as having them, as
                # the same request alone is (not code's figures: "items.append(1)" is no number to work on)
                view = piece.text
            summed = checked_sum_head(piece.text, request.text) if has_number(piece.text) else None
            if summed is not None:
                # "Invoice check: 37.5 hours at $62/hr, ... What's the total I bill?": a quantity checked from figures
                # given, asked for later in the request, is a sum to work out, whoever "check" reads as
                view = summed
            if carries and is_code(piece.text) and not is_code(view):
                view = with_code_mark(view)  # the code is left out of the view, but not that it is code
            previous = tasks[-1] if tasks else None
            # "Which is better value, A or B? Give me the price of the cheaper one": the choice among the options the
            # part before weighs is the same job as weighing them, whatever its own words rank
            asked = previous is not None and previous.text.rstrip().endswith("?")
            # (an item of a list the request announced is a job of its own: "..., the capital of Canada, and check the
            # claim that the Sahara is the largest hot desert")
            picks = asked and not piece.apart and picks_from_before(instruction)
            goes_on = (piece.continues or piece.needs_previous) and goes_on_from_a_number(instruction)
            # "Add up 3 h 20 min and 45 min. How many minutes is that altogether?": a question about the number
            # before it, with none of its own, is the same sum, asked of whoever worked that number out
            # "..., then convert that area to square feet": the answer in another unit, from whoever worked it out
            converts = previous is not None and converts_the_result(instruction)
            goes_on = goes_on or (converts and _works_on_numbers(previous.worker if previous else None, workers))
            goes_on = goes_on or (
                previous is not None
                and refers_back(instruction)
                and not has_number(instruction)
                and _works_on_numbers(previous.worker, workers)
            )
            # "convert 400 m to feet, then let me know how long that takes at 5 ft/s": a sum on the number before,
            # a step of its own (``starts_a_new_sum``) for whoever worked that number out, whatever its lead ranks
            rated = previous is not None and asks_at_a_rate(instruction) and _works_on_numbers(previous.worker, workers)
            # "Solve 5(x - 2) = 3x + 8 and show the steps": the working is how the sum before it is answered
            # "How many hours I sell? Give me in hours with decimal.": the form of its answer, likewise
            shows = (
                previous is not None
                and (shows_the_working(instruction) or asks_answer_form(instruction))
                and _works_on_numbers(previous.worker, workers)
            )
            # "Copper pipe is £6.40 a metre ... Add 20% VAT then knock off 5%. What do I pay?": the result of the sum
            shows = shows or (
                previous is not None
                and asks_its_result(instruction)
                and orders_operations(previous.text)
                and _works_on_numbers(previous.worker, workers)
            )
            if previous is not None and (picks or goes_on or rated or shows):
                # "work out 15% of 80 and then double it": a step with no number of its own is the same job as the
                # number it goes on from, whoever its verb alone would rank first ("double" reads as double-checking)
                worker = previous.worker
            else:
                worker = await self.assign(view, workers)
                if sums_its_own_figures(piece.text) and not _works_on_numbers(worker, workers):
                    # "Add up these fluid intakes, 120 ml, 90 ml, 150 ml and 110 ml": a sum of the figures it lists,
                    # though "these" reads like a text's
                    worker = next((w.name for w in workers if works_on_numbers(w)), worker)
                elif orders_operations(piece.text) and not _works_on_numbers(worker, workers):
                    # "Garden gloves are €12 a pair. Take 30% off": arithmetic ordered on the figures it gives is a
                    # sum, though its subject reads like a claim to check
                    worker = next((w.name for w in workers if works_on_numbers(w)), worker)
                if _works_on_numbers(worker, workers) and asks_what_holds_elsewhere(piece.text):
                    # "And what's the going rate for allotment rents in Derby this year?": a fact to look up, with
                    # nothing given to work it out from, whatever its words of rates and rents rank
                    # (who is asked who, when or where looks things up: not a writer of the words "typical price")
                    lookers = [w for w in workers if fact_asking(w) and not works_on_numbers(w)]
                    worker = await self.assign(view, lookers or [w for w in workers if not works_on_numbers(w)])
                if _works_on_numbers(worker, workers):
                    piece = replace(piece, text=with_listed_figures(piece.text))
                    ask = piece.text.rfind("?")
                    if 0 <= ask < len(piece.text) - 1 and glosses_the_question(piece.text[ask + 1 :]):
                        # "What's 12% of £2,450? That's the rates rebate they're talking about": the sum is asked;
                        # what the user calls its figure, with no amount of its own, is nothing to work on
                        piece = replace(piece, text=piece.text[: ask + 1])
            if asks_a_prediction(instruction):
                # "..., and predict whether my app will get popular: <code>": what is to come is no worker's to know;
                # the part is declined, and hands nobody the material, which the parts beside it work on
                worker = None
                piece = replace(piece, text=instruction)
            same = previous is not None and worker is not None and worker == previous.worker
            kept = picks or goes_on or rated or shows  # the worker was chosen for the number it goes on from
            # "What's his bill, and what did the scaffolder charge?": a question with no figures of its own beside a
            # sum of the same worker's is more of that job, read with it (``as_written``)
            adds = (
                previous is not None
                and same
                and not kept
                and not piece.apart
                and _works_on_numbers(worker, workers)
                and adds_a_figureless_question(own_words(piece.text, previous.text))
                and not asks_what_holds_elsewhere(own_words(piece.text, previous.text))
            )
            if adds and previous is not None:
                piece = replace(piece, text=own_words(piece.text, previous.text))
            if same and piece.needs_previous and not kept and _foreign_verb(view, worker, workers):
                # "Summarize this, then translate the summary into German": a worker handed its own result to do
                # what it does not say it does is the wrong one; the next best takes it, in a step of its own
                worker = await self.assign(view, [w for w in workers if w.name != worker])
                same = False
            if previous is not None and same and bare and carries and not piece.needs_previous:
                # "Why does this crash? Review it please: <code>": the question is about the code that follows
                previous.text = f"{previous.text.rstrip()} {piece.text.lstrip()}"
            # a part that goes on from the one before ("then a 15% tip on the total", "and add 6", "and proofread
            # it") hands the same worker more of its own work: it gets the whole stretch, and reads it as one job
            elif (
                previous is not None
                and same
                and (piece.continues or piece.needs_previous or picks or shows or adds)
                # "..., then use that to work out my average speed if I finished in 4 hours": a sum of its own
                and not starts_a_new_sum(instruction)
                # "Write a note to the cleaners, then translate it into Polish": the note stands if that is declined
                and not translates_the_result(instruction)
            ):
                instruction, material = split_material(previous.text)  # the material stays last, and whole
                # "Solve ... and show the steps"; not "..., then take off the deposit. What's left to pay?"
                question = piece.text.rstrip().endswith("?")
                if shows and not question and not instruction.rstrip().endswith(("?", ".", "!")):
                    joined = f"{instruction.rstrip().rstrip(',')} and {piece.text[:1].lower()}{piece.text[1:]}"
                elif instruction.rstrip().endswith("?"):  # a question, then what to give from its answer
                    joined = f"{instruction.rstrip()} {piece.text}"
                elif piece.text.rstrip().endswith("?") and not piece.sequenced:
                    # an order, then the question asked of its answer: the two sentences the user wrote, or the one
                    # ("How many km is 26.2 miles, and how long will it take me to run it?")
                    written = None if material else as_written(request.text, instruction, piece.text)
                    joined = written or f"{instruction.rstrip().rstrip('.')}. {piece.text}"
                else:
                    link = ", then" if piece.sequenced else " and"
                    joined = f"{instruction}{link} {piece.text[:1].lower()}{piece.text[1:]}"
                previous.text = with_material(joined, material)
                if orders_operations(previous.text) and not _works_on_numbers(previous.worker, workers):
                    # "Brake pads are £24 a set. Knock 15% off, then add VAT at 20%": the stretch, read whole, is one
                    # sum, whoever its first sentence alone read as
                    whole = await self.assign(previous.text, workers)
                    previous.worker = whole if _works_on_numbers(whole, workers) else previous.worker
            elif (
                previous is not None
                and piece.needs_previous
                and not only_delivers(instruction)
                and not _own_sum(instruction, worker, previous.worker, workers)
                and not _restates_a_figure(instruction, worker, tasks, workers)
            ):
                # a part that only delivers the answer ("and text the result to my manager") is a part of its own:
                # accord sends nothing, so it is declined, and declining it must not hide the answer it would deliver
                text = piece.text
                if _works_on_numbers(tasks[-1].worker, workers) and not _works_on_numbers(worker, workers):
                    # "Our rent is going from £875 to £910 a month. Work out the rise, then write the tenants a note
                    # telling them the new rent and the rise": what the request opened by stating is the note's too
                    text = told_premises(text, tasks[0].text)
                tasks.append(Task(str(len(tasks) + 1), text, worker, _inputs(instruction, tasks)))
            else:
                tasks.append(Task(str(len(tasks) + 1), piece.text, worker))
            bare = not carries and points_at_material(instruction) and not piece.needs_previous
        return Plan(_without_live_sources(_with_stated_values(tasks, workers)))


__all__ = ["ACTION_VERBS", "ClausePlanner", "Piece", "Plan", "Planner", "Task", "list_items", "split_tasks"]
