"""The labelled sets the benchmarks read, and how an answer is scored against its label.

Three kinds of set: the dev set (``shared/data/routing_dev.json``: requests labelled with an agent, and compound
requests labelled with the agents of their parts; the cards and corpora were tuned on it), the held-out sets
(every ``heldout_*.json`` beside this file: each written apart, never tuned on, labelled with answer checks too,
and measured apart) and the tuning sets (every ``tuning_*.json`` beside this file: the held-out schema, written
to tune on, so their misses may be printed; ``tuning_heldout_1.json`` to ``tuning_heldout_11.json``,
and ``tuning_heldout_13.json`` to ``tuning_heldout_43.json`` were held-out sets until their misses were studied).

Every answer scores one of three ways:

- **right**: completed with an answer that passes the item's check, or declined where a decline is required;
- **declined**: an honest decline (``rejected``, ``input-required``, or a completed reply that only says it
  cannot help) where an answer was expected, or a failure (error, timeout) — never a confident answer;
- **wrong**: completed with an answer that fails the check, or completed where a decline was required.

A compound item is right when every part is right, wrong when any part is wrong, declined otherwise.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

Outcome = Literal["right", "declined", "wrong"]
OUTCOMES: tuple[Outcome, ...] = ("right", "declined", "wrong")

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
HELDOUT = HERE / "heldout_12.json"
HELDOUT_GLOB = "heldout*.json"
TUNING_GLOB = "tuning_*.json"
# shared/ sits beside the project root (in CI as in the workspace)
DEV = REPO.parent / "shared" / "data" / "routing_dev.json"

DECLINED_STATES = frozenset({"rejected", "input-required", "auth-required"})
ANSWERED_STATES = frozenset({"completed", "partial"})
SKIPPED = "skipped"  # a planned step never called, its input having been declined or failed
MAX_TEXT = 200_000  # answers are capped before any regex sees them


@dataclass(frozen=True, slots=True)
class Part:
    """One thing the request asks for: who should do it, and how to score what comes back."""

    agent: str
    expect: Literal["answer", "decline"] = "answer"
    check: Mapping[str, Any] = field(default_factory=dict)
    after: tuple[int, ...] = ()  # parts whose result this one needs ("then use the result")


@dataclass(frozen=True, slots=True)
class Item:
    """One labelled request. ``parts`` has one entry for a single-agent request; ``stages`` is a pipeline's."""

    id: str
    request: str
    pattern: str
    parts: tuple[Part, ...]
    stages: tuple[str, ...] = ()
    kind: str = ""

    @property
    def agent(self) -> str:
        """The agent a single request should be routed to (a pattern's generator, for the evaluator)."""
        return self.parts[0].agent

    @property
    def expect(self) -> str:
        return "decline" if all(p.expect == "decline" for p in self.parts) else "answer"

    @property
    def single(self) -> bool:
        return self.pattern == "router"

    @property
    def route(self) -> tuple[str, ...]:
        """The agents a correct orchestration calls, in the order the request names them."""
        return self.stages or tuple(p.agent for p in self.parts)


def load_heldout(path: Path = HELDOUT) -> list[Item]:
    items = []
    for raw in json.loads(path.read_text(encoding="utf-8"))["items"]:
        if raw.get("parts"):
            parts = tuple(
                Part(p["agent"], p.get("expect", "answer"), p.get("check") or {}, tuple(p.get("after") or ()))
                for p in raw["parts"]
            )
        else:
            agent = raw.get("agent") or raw["stages"][-1]
            parts = (Part(agent, raw.get("expect", "answer"), raw.get("check") or {}),)
        stages = tuple(raw.get("stages") or ())
        items.append(Item(raw["id"], raw["request"], raw["pattern"], parts, stages, raw.get("kind", "")))
    return items


def heldout_sets(directory: Path = HERE) -> list[Path]:
    """Every held-out file in ``directory`` (``heldout_12.json``, ``heldout_44.json``, ...).

    Each is scored and reported on its own, named by its file's stem: a later set measures what the earlier
    ones may have been tuned towards, so pooling them would hide the difference.
    """
    return sorted(directory.glob(HELDOUT_GLOB))


def load_tuning(directory: Path = HERE) -> list[Item]:
    """Every ``tuning_*.json`` in ``directory`` (held-out schema); ids prefixed by the file name keep them apart."""
    items: list[Item] = []
    for path in sorted(directory.glob(TUNING_GLOB)):
        prefix = path.stem.removeprefix("tuning_")
        items += [replace(item, id=f"{prefix}:{item.id}") for item in load_heldout(path)]
    return items


def load_dev(path: Path = DEV) -> list[Item]:
    """The dev set's routing items (one agent each) and compound items (the agents of their parts, in order)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    items = [Item(f"dev-route-{i}", c["request"], "router", (Part(c["agent"]),)) for i, c in enumerate(data["routing"])]
    for i, (text, agents) in enumerate(data["decompose"]):
        items.append(Item(f"dev-compound-{i}", text, "supervisor", tuple(Part(a) for a in agents)))
    return items


def dev_agents(path: Path = DEV) -> dict[str, str]:
    """The dev set's one-line description of each specialist."""
    return dict(json.loads(path.read_text(encoding="utf-8"))["agents"])


# -- reading answers ---------------------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\w.])[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# How an offline agent says it cannot help when it still marks the task completed; only the opening is read.
_NON_ANSWER = re.compile(
    r"\b(?:can't|cannot|can not|couldn't|could not|unable to|not able to|nothing (?:matched|found|in)|no (?:match|"
    r"passage|document|source|result|claim|text|code|material)s?\b|did not find|didn't find|unverified|not enough "
    r"(?:evidence|information)|what (?:text|code|claim)|offline)"
)
# Asking for the material is a decline only as the reply's first words: a written text may itself ask its reader
# to "please send" something.
_OPENING_QUESTION = re.compile(r"[^?\n]{2,200}\?\s+(?P<rest>\S.*)", re.S)
_ASKS_FOR_MATERIAL = re.compile(r"^\W*(?:please (?:send|provide|give|paste|share|include)|send (?:me )?the)\b")
# A verdict word wins over a plain "true"/"false", which an answer may echo from the question.
_VERDICT = re.compile(
    r"\b(not supported|unsupported|unverified|unverifiable|cannot be verified|supported|contradicted|refuted)\b"
)
_PLAIN_VERDICT = re.compile(r"\b(not true|true|false|incorrect|correct|inaccurate|accurate)\b")
VERDICT_FAMILY = {
    "supported": "supported",
    "true": "supported",
    "correct": "supported",
    "accurate": "supported",
    "contradicted": "contradicted",
    "refuted": "contradicted",
    "not true": "contradicted",
    "false": "contradicted",
    "incorrect": "contradicted",
    "inaccurate": "contradicted",
}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_QUOTED = re.compile(r"\"([^\"]{40,})\"|“([^”]{40,})”")


def normal(text: str) -> str:
    """Lower case, one space between words, plain quotes and hyphens: what phrase checks compare."""
    text = text[:MAX_TEXT].lower()
    for fancy, plain in (("’", "'"), ("‘", "'"), ("“", '"'), ("”", '"'), ("‑", "-"), ("–", "-"), ("−", "-")):
        text = text.replace(fancy, plain)
    return " ".join(text.split())


def has_phrase(text: str, phrase: str) -> bool:
    """``phrase`` in ``text`` (both normalised), on word boundaries where the phrase starts or ends a word. A
    phrase that starts with a figure may follow a letter ("2.3" in "v2.3", "15" in "Q15"), never another figure or
    a decimal point ("2.3" is not in "12.3"); one that ends with a figure may run into a unit ("7.30" in "7.30pm",
    "5" in "5kg") or its own decimals or thousands ("8,848" in "8,848.86", "384" in "384,000"), never into
    another digit ("15" is not in "150")."""
    phrase = normal(phrase)
    left = r"(?<![0-9.,])" if phrase[:1].isdigit() else r"(?<![a-z0-9])" if phrase[:1].isalnum() else ""
    right = r"(?![0-9])" if phrase[-1:].isdigit() else r"(?![a-z0-9])" if phrase[-1:].isalnum() else ""
    return re.search(left + re.escape(phrase) + right, normal(text)) is not None


def numbers(text: str) -> list[float]:
    found = []
    for token in _NUMBER.findall(text[:MAX_TEXT]):
        try:
            found.append(float(token.replace(",", "").replace("−", "-")))
        except ValueError:
            continue
    return [n for n in found if math.isfinite(n)]


def is_non_answer(text: str) -> bool:
    """A reply that only says it cannot help (read from its opening: a decline says so first)."""
    opening = normal(text)[:240]
    return _NON_ANSWER.search(opening) is not None or _ASKS_FOR_MATERIAL.match(opening) is not None


def verdict(text: str) -> str | None:
    """The verdict the answer gives: supported, contradicted or unverified (``None``: it gives none)."""
    said = normal(text)
    match = _VERDICT.search(said) or _PLAIN_VERDICT.search(said)
    if match is None:
        return None
    return VERDICT_FAMILY.get(match.group(1), "unverified")


def material(request: str) -> str:
    """The text a request gives to work on: a long quoted passage, else everything after the first colon, else
    after the first blank line, else after an opening question ("Can you shorten this? <text>")."""
    quoted = _QUOTED.search(request)
    if quoted:
        return quoted.group(1) or quoted.group(2)
    for mark in (":", "\n\n"):
        _, found, rest = request.partition(mark)
        if found:
            return rest.strip()
    asked = _OPENING_QUESTION.match(request)
    return asked.group("rest").strip() if asked else ""


def words(text: str) -> list[str]:
    return [w for w in _WORD.findall(normal(text)) if len(w) > 2]


# -- scoring -----------------------------------------------------------------------------------------------


# Form checks a writing request may ask for: bullet count, word cap, sentence count (an email's frame lines --
# subject, greeting, sign-off, "Label:" lines -- are not sentences).
_NOTE = re.compile(r"\n\nNote: .*\Z", re.S)
_BULLET = re.compile(r"^\s*[-*•]\s+\S", re.M)
_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_FRAME = re.compile(
    r"^(?:subject:.*|(?:hello|hi|hey|dear)\b.{0,40},|\[your name\]|(?:best|kind)? ?regards,|best,|[\w ]{1,30}:)\s*$",
    re.I,
)
_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?=\d))+[.!?]*")  # a decimal point ("6.50") ends no sentence


def _frame_line(line: str) -> bool:
    """A greeting, sign-off, subject or label line, or a short unpunctuated one (a name, a title)."""
    return bool(_FRAME.match(line)) or (not re.search(r"[.!?]", line) and len(line.split()) <= 4)


def check_answer(check: Mapping[str, Any], request: str, text: str) -> tuple[bool, str]:
    """Whether a completed answer passes ``check`` (every key given must hold), and why not when it fails."""
    if not text.strip():
        return False, "empty answer"
    if "number" in check:
        want, tol = float(check["number"]), float(check.get("tol", 0.01))
        if not any(abs(n - want) <= tol for n in numbers(text)):
            return False, f"no {want:g} (±{tol:g}) in the answer"
    if "verdict" in check:
        got = verdict(text)
        if got != check["verdict"]:
            return False, f"verdict {got or 'none'}, want {check['verdict']}"
    missing = [p for p in check.get("all", ()) if not has_phrase(text, p)]
    if missing:
        return False, f"missing {missing}"
    groups = check.get("any") or []
    if groups and isinstance(groups[0], str):
        groups = [groups]
    for group in groups:  # one phrase of each group
        if not any(has_phrase(text, p) for p in group):
            return False, f"none of {list(group)}"
    present = [p for p in check.get("none", ()) if has_phrase(text, p)]
    if present:
        return False, f"contains {present}"
    if "line" in check and not re.search(rf"\b(?:lines?\s*|l){int(check['line'])}\b", normal(text)):
        return False, f"does not name line {check['line']}"
    body = _NOTE.sub("", text)
    if "bullets" in check and len(_BULLET.findall(body)) != int(check["bullets"]):
        return False, f"not {check['bullets']} bullet points"
    if "max_words" in check and len(_WORDS.findall(body)) > int(check["max_words"]):
        return False, f"over {check['max_words']} words"
    if "sentences" in check:
        prose = "\n".join(line for line in body.splitlines() if not _frame_line(line.strip()))
        found = [s for s in _SENTENCE.findall(prose) if re.search(r"\w", s)]
        if len(found) != int(check["sentences"]):
            return False, f"{len(found)} sentences, want {check['sentences']}"
    if check.get("summary"):
        return summary_ok(request, text)
    return True, ""


def summary_ok(request: str, text: str) -> tuple[bool, str]:
    """Shorter than the material and drawn from it.

    Never the whole material back (every sentence's words present, verbatim or reworded). Extractive: at
    least one of the material's sentences verbatim. Otherwise (a summary in new words): under 90% of the
    material's length, and at least three in four of its words are the material's words.
    """
    source = material(request)
    if not source:
        return False, "no material in the request"
    sentences = [s for s in (normal(s).rstrip(".!?;") for s in _SENTENCE_END.split(source)) if s]
    said = normal(text)
    used = words(text)
    present = set(used)
    covered = sum(_covered(s, present) for s in sentences)
    if covered == len(sentences):
        return False, "the whole material back"
    if any(s in said for s in sentences):
        return True, ""
    if len(text.strip()) >= 0.9 * len(source):
        return False, "not shorter than the material"
    known = set(words(source))
    if not used or sum(w in known for w in used) / len(used) < 0.75:
        return False, "not drawn from the material"
    return True, ""


def _covered(sentence: str, present: set[str]) -> bool:
    own = words(sentence)
    return bool(own) and sum(w in present for w in own) / len(own) >= 0.8


def score_part(part: Part, request: str, state: str, text: str) -> tuple[Outcome, str]:
    """One part's outcome from the state its task ended in and the text it returned."""
    if state in DECLINED_STATES:
        return ("right" if part.expect == "decline" else "declined"), state
    if state == SKIPPED:  # not called because the step it needed did not complete: the run says so
        return ("right" if part.expect == "decline" else "declined"), "skipped: the step it needed did not complete"
    if state not in ANSWERED_STATES:
        return "declined", f"error: {state}"
    if part.expect == "decline":
        return ("right", "declined in words") if is_non_answer(text) else ("wrong", "answered; a decline was due")
    passed, why = check_answer(part.check, request, text)
    if passed:
        return "right", ""
    if is_non_answer(text):
        return "declined", f"declined in words ({why})"
    return "wrong", why


def combine(outcomes: Iterable[Outcome]) -> Outcome:
    seen = list(outcomes)
    if "wrong" in seen:
        return "wrong"
    return "right" if seen and all(o == "right" for o in seen) else "declined"


def run_state(task_state: str, record: Mapping[str, Any] | None) -> str:
    """The state an orchestration ended in: a declining task state wins, then the run record's status."""
    if task_state in DECLINED_STATES or record is None:
        return task_state
    return str(record.get("status") or task_state)


def score_run(item: Item, task_state: str, record: Mapping[str, Any] | None, text: str) -> tuple[Outcome, str]:
    """An orchestrated item: each part against the step that did it.

    A part is matched to a step of its labelled agent, else to a step left over (a misrouted part is judged by
    what it got back); a part no step did is judged on the whole answer. A step that answered something no part
    asked for (a piece of split material, say) puts junk in the answer: wrong, unless all it said was that it
    could not help.
    """
    state = run_state(task_state, record)
    if item.pattern in ("evaluator", "pipeline") or record is None:
        outcome, why = score_part(item.parts[0], item.request, state, text)
        if state == "partial" and outcome == "wrong" and item.expect == "answer":
            return "declined", f"partial ({why})"
        return outcome, why
    steps = [s for s in record.get("steps") or [] if isinstance(s, Mapping)]
    matched: dict[int, int] = {}  # part -> step
    rank = {"right": 0, "declined": 1, "wrong": 2}

    def judged(part: Part, step: Mapping[str, Any]) -> tuple[Outcome, str]:
        step_state = str(step.get("status") or state)
        return score_part(part, item.request, step_state, str(step.get("output") or ""))

    def best_step(part: Part, labelled: bool) -> int | None:
        # independent steps finish in any order: take the step that did this part best, not the first listed
        taken = set(matched.values())
        free = [i for i, s in enumerate(steps) if i not in taken and (not labelled or s.get("agent") == part.agent)]
        return min(free, key=lambda i: rank[judged(part, steps[i])[0]], default=None)

    for labelled in (True, False):
        for p, part in enumerate(item.parts):
            if p not in matched and (index := best_step(part, labelled)) is not None:
                matched[p] = index
    results = []
    for p, part in enumerate(item.parts):
        if p in matched:
            step = steps[matched[p]]
            outcome, why = judged(part, step)
            if step.get("agent") != part.agent and why:
                why = f"done by {step.get('agent')}: {why}"
            results.append((outcome, why))
            continue
        outcome, why = score_part(part, item.request, state, text)
        if state == "partial" and outcome == "wrong" and part.expect == "answer":
            outcome = "declined"  # the run said this part did not finish
        results.append((outcome, f"no step for {part.agent}: {why}"))
    extra = [
        str(s.get("agent"))
        for i, s in enumerate(steps)
        if i not in matched.values()
        and str(s.get("status")) in ANSWERED_STATES
        and not is_non_answer(str(s.get("output") or ""))
    ]
    if extra:
        results.append(("wrong", f"answered what was not asked: {', '.join(extra)}"))
    return combine(o for o, _ in results), "; ".join(w for _, w in results if w)


def called_agents(record: Mapping[str, Any] | None) -> tuple[str, ...]:
    """Every agent the run called, in the order of its steps (a step not run names no agent)."""
    steps = (record or {}).get("steps") or []
    return tuple(str(s.get("agent")) for s in steps if isinstance(s, Mapping) and s.get("agent"))


def answering_agents(record: Mapping[str, Any] | None) -> tuple[str, ...]:
    """The agents whose steps the run's answer came from (its ``answered_by``): a router that asked a runner-up
    after its first choice declined is judged by the step that answered, not by the one that declined. Records
    without ``answered_by`` (older ones) are judged by every step."""
    answered = (record or {}).get("answered_by")
    if not isinstance(answered, list) or not answered:
        return called_agents(record)
    by_id = {
        str(s.get("id")): str(s.get("agent"))
        for s in (record or {}).get("steps") or []
        if isinstance(s, Mapping) and s.get("agent")
    }
    return tuple(by_id[str(i)] for i in answered if str(i) in by_id)


def score_route(item: Item, agents: Sequence[str]) -> Outcome:
    """Routing: right when the orchestration called exactly the labelled agents; declined when it called none.

    For a single request pass the agents that answered (``answering_agents``); for the other patterns, every
    agent called (``called_agents``)."""
    if not agents:
        return "declined"
    if item.single:
        return "right" if set(agents) == {item.agent} else "wrong"
    if item.pattern == "evaluator":
        return "right" if agents[0] == item.agent else "wrong"
    if item.pattern == "pipeline":
        return "right" if list(dict.fromkeys(agents)) == list(item.stages) else "wrong"
    return "right" if sorted(agents) == sorted(item.route) else "wrong"


def tally(rows: Iterable[tuple[str, Outcome]]) -> dict[str, dict[str, int]]:
    """Counts of each outcome per group, plus a ``total`` row."""
    table: dict[str, dict[str, int]] = {}
    for group, outcome in rows:
        for key in (group, "total"):
            counts = table.setdefault(key, {o: 0 for o in OUTCOMES})
            counts[outcome] += 1
    if "total" in table:
        table["total"] = table.pop("total")
    return table


def format_table(title: str, table: Mapping[str, Mapping[str, int]], label: str = "agent") -> str:
    width = max([len(label), *map(len, table)]) + 2
    lines = [title, f"  {label:<{width}}{'n':>5}{'right':>8}{'declined':>10}{'wrong':>8}{'right %':>9}"]
    for group, counts in table.items():
        n = sum(counts.values())
        share = f"{counts['right'] / n:.0%}" if n else "-"
        lines.append(
            f"  {group:<{width}}{n:>5}{counts['right']:>8}{counts['declined']:>10}{counts['wrong']:>8}{share:>9}"
        )
    return "\n".join(lines)
