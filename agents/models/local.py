"""LocalModel: the embedded offline default. Deterministic, no key, no network.

One request, at most one tool. **Right or honest**: the model completes a request only through a tool that
accounted for it; otherwise it asks for what is missing (input-required) or declines with what it can do offline
(rejected). A confident wrong answer is the worst thing it could return.

- Tools that take the whole ``request`` (a required string parameter of that name) read the instruction and the
  material themselves and can tell what they did not understand, so when an agent has any, they are its only
  entry points; tools whose arguments would be picked out of the request by pattern stay for models that write
  their own arguments.
- Otherwise the model ranks the tools' names and descriptions against the request with the shared ranker and
  fills the best tool's arguments from the request by its schema.
- A tool error is the tool saying it cannot account for its input: the request is rejected with the tool's
  words. No tool fitting the request is a rejection too, never a guess.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import json
import re
from collections.abc import Sequence
from typing import Any

import anyio

from agents.json_values import json_array, json_object
from agents.models.arguments import MATERIAL, fill_arguments
from agents.models.base import (
    CallOptions,
    Message,
    TextSink,
    ToolCall,
    ToolResult,
    ToolSpec,
    Turn,
    Usage,
    last_user_text,
    results_since_user,
)
from agents.models.embeddings import default_ranker
from patterns.clauses import split_material
from patterns.lexical import stem
from patterns.ranking import Ranker, tokenize

_ANSWER_KEYS = ("answer", "summary", "text", "draft", "rewritten", "result", "verdict")
_PROSE_KEYS = ("draft", "rewritten", "summary")
"""Results whose main value is a text written for the reader: shown alone, without the details beside it."""
WHOLE_REQUEST = "request"
"""The parameter through which a tool takes the user's request verbatim."""
OFFLINE_HINT = "For more than that, set ANTHROPIC_API_KEY to answer with Claude."
_call_ids = itertools.count(1)
CHATTER = frozenset(
    stem(word)  # compared with tokenize's stems
    for word in "hello hi hey there thank thanks ok okay good morning afternoon evening bye goodbye great cool yes "
    "no sure help anyone test ping cheers".split()
)


class LocalModel:
    """The offline model. ``threshold`` is the least similarity (cosine) for a short request to use a tool;
    ``margin`` is how far below the best tool another may rank and still be tried when the best cannot be
    called (its required arguments are not in the request) or declines it; ``max_tries`` bounds the tools one
    request may go through."""

    name = "local"

    def __init__(
        self, ranker: Ranker | None = None, threshold: float = 0.12, margin: float = 0.15, max_tries: int = 3
    ) -> None:
        self.ranker = ranker or default_ranker()
        self.threshold = threshold
        self.margin = margin
        self.max_tries = max_tries

    async def respond(
        self,
        instructions: str,
        messages: Sequence[Message],
        tools: Sequence[ToolSpec],
        on_text: TextSink | None = None,
        *,
        options: CallOptions | None = None,
    ) -> Turn:
        request = last_user_text(messages)
        results = results_since_user(messages)
        if results and _settled(results, self.max_tries):
            turn = self._answer(results)
        else:
            work = (
                functools.partial(self._choose_tool, request, tools)
                if not results
                else functools.partial(self._next_try, request, tools, results)
            )
            # Ranking (the sentence encoder) is CPU work: in a thread, so one request never stalls the others.
            # With one entry point there is nothing to rank, and the hop to a thread would cost more than the turn.
            turn = await anyio.to_thread.run_sync(work) if len(entry_points(tools)) > 1 else work()
            turn = turn or self._answer(results)
        if turn.text and on_text is not None:
            await on_text(turn.text)
        # "Tokens" offline are words: enough to exercise budgets and usage reporting honestly.
        used = Usage(len(request.split()), len(turn.text.split()))
        return dataclasses.replace(turn, usage=used)

    def _choose_tool(self, request: str, tools: Sequence[ToolSpec]) -> Turn:
        if not request.strip():
            return Turn("Please send a request: there is nothing to work on.", needs_input=True)
        candidates = self.candidate_tools(request, tools)
        if not candidates:
            return Turn(self._capabilities(entry_points(tools)), rejected=True)
        # The best-ranked tool whose required arguments the request supplies; else ask for what the best lacks.
        for tool in candidates:
            filled = fill_arguments(request, tool.input_schema)
            if not filled.missing:
                return Turn(tool_calls=(ToolCall(f"local-{next(_call_ids)}", tool.name, filled.arguments),))
        tool = candidates[0]
        missing = fill_arguments(request, tool.input_schema).missing
        if set(missing) <= MATERIAL:
            wanted = " and ".join(missing)
            question = f"Please send the {wanted} to work on, after a colon or in a ``` block."
        else:
            question = f"To use {tool.name} I need: {', '.join(missing)}. Please include it in your request."
        return Turn(question, needs_input=True)

    def _next_try(self, request: str, tools: Sequence[ToolSpec], results: Sequence[ToolResult]) -> Turn | None:
        """Another tool to try once every tool so far declined the request (the results are not ``_settled``),
        or ``None`` to answer now.

        Only whole-request tools are retried: each judges the request itself, so trying the next one cannot
        produce a guess, while a tool with picked-out arguments that declined has said all it can.
        """
        tried = {r.name for r in results}
        for tool in self.candidate_tools(request, tools):
            if tool.name not in tried and takes_whole_request(tool):
                call = ToolCall(f"local-{next(_call_ids)}", tool.name, {WHOLE_REQUEST: request.strip()})
                return Turn(tool_calls=(call,))
        return None

    def candidate_tools(self, request: str, tools: Sequence[ToolSpec]) -> list[ToolSpec]:
        """Tools worth trying for the request, best first; empty when the request is not for any of them.

        A specialist's requests are meant for its tools, so any real request gets its best tools; only chatter
        ("hello there", "thanks!") must clear ``threshold`` to be sent to a tool.
        """
        tools = entry_points(tools)
        if not tools:
            return []
        words = tokenize(request)
        if len(tools) == 1:  # nothing to choose between: only chatter stays away from the tool
            return [] if not words or set(words) <= CHATTER else list(tools)
        texts = [f"{t.name.replace('_', ' ')}: {t.description}" for t in tools]
        instruction, material = split_material(request)  # "Summarize the following: <text>" asks for a summary
        ranked = self.ranker.rank(instruction if material and instruction else request, texts)
        best = ranked[0]
        if self.ranker.semantic:
            fits = best.score >= self.threshold
            near = [r for r in ranked if r.score >= best.score - self.margin]
        else:  # BM25: any shared word counts
            fits = best.score > 0
            near = [r for r in ranked if r.score > 0] or ranked[:1]
        if not fits and (not words or set(words) <= CHATTER):
            return []
        return [tools[r.index] for r in near]

    def pick_tool(self, request: str, tools: Sequence[ToolSpec]) -> ToolSpec | None:
        """The tool that best fits the request, or None when none is close enough."""
        candidates = self.candidate_tools(request, tools)
        return candidates[0] if candidates else None

    @staticmethod
    def _capabilities(tools: Sequence[ToolSpec]) -> str:
        if not tools:
            return f"I have no tools, and offline I can only answer through tools. {OFFLINE_HINT}"
        names = ", ".join(t.name for t in tools)
        return f"I can't match that request to what I can do offline ({names}). {OFFLINE_HINT}"

    def _answer(self, results: Sequence[ToolResult]) -> Turn:
        failed = [r for r in results if r.is_error]
        if failed and len(failed) == len(results):
            faults = [r for r in failed if r.fault]
            if faults:  # the call never reached a decision: a failure, not a decline
                return Turn(error="; ".join(f"{r.name}: {r.text}" for r in faults))
            # The best-fitting tool's reason: it was tried first, and it knows best what the request lacks.
            reason = _reason(failed[0])
            # a tool that already says how to get more (a key, a local model) is not told twice
            return Turn(reason if "ANTHROPIC_API_KEY" in reason else f"{reason} {OFFLINE_HINT}", rejected=True)
        return Turn("\n\n".join(render(r) for r in results if not r.is_error))


def _settled(results: Sequence[ToolResult], max_tries: int) -> bool:
    """Whether the results so far are the answer: a tool answered, a call failed, or no tries are left."""
    return any(not r.is_error or r.fault for r in results) or len(results) >= max_tries


def entry_points(tools: Sequence[ToolSpec]) -> Sequence[ToolSpec]:
    """The tools the offline model may call: those that take the whole request, if any; else all of them."""
    return [t for t in tools if takes_whole_request(t)] or tools


def takes_whole_request(tool: ToolSpec) -> bool:
    """Whether ``tool`` takes the user's request verbatim (a required string parameter named ``request``)."""
    schema = tool.input_schema
    properties: dict[str, Any] = schema.get("properties") or {}
    prop = json_object(properties.get(WHOLE_REQUEST))
    required: Sequence[str] = schema.get("required") or ()
    return prop is not None and prop.get("type", "string") == "string" and WHOLE_REQUEST in required


def _reason(result: ToolResult) -> str:
    """A tool's reason for refusing its input, as a sentence (the MCP SDK puts its own prefix before it)."""
    reason = re.sub(r"^Error executing tool [\w.-]+:\s*", "", result.text.strip()) or f"{result.name} declined."
    return reason if reason.endswith((".", "!", "?")) else f"{reason}."


def render(result: ToolResult) -> str:
    """A tool result as an answer a person can read: the main value first, then the details."""
    if result.data is None:
        return result.text.strip()
    return render_data(result.data)


def render_data(data: Any, depth: int = 0) -> str:
    fields = json_object(data)
    if fields is not None and depth == 0:
        prose = next((k for k in _PROSE_KEYS if isinstance(fields.get(k), str) and fields[k].strip()), None)
        if prose is not None:  # the text is the answer; its details (style, word counts) stay in the data part
            return fields[prose] + (f"\n\nNote: {fields['note']}" if isinstance(fields.get("note"), str) else "")
    if fields is not None:
        main = next(
            (k for k in _ANSWER_KEYS if isinstance(fields.get(k), str | int | float) and fields.get(k) != ""),
            None,
        )
        lines = [_scalar(fields[main])] if main else []
        for key, value in fields.items():
            if key == main or value in (None, "", [], {}):
                continue
            label = key.replace("_", " ")
            if json_object(value) is not None:
                nested = render_data(value, depth + 1).replace("\n", "\n  ")
                lines.append(f"{label}:\n  {nested}")
            elif json_array(value) is not None:
                lines.append(f"{label}:\n{render_data(value, depth + 1)}")
            else:
                lines.append(f"{label}: {_scalar(value)}")
        return "\n".join(lines)
    if (items := json_array(data)) is not None:
        indent = "  " * depth
        rendered: list[str] = []
        for item in items:
            nests = json_object(item) is not None or json_array(item) is not None
            text = render_data(item, depth + 1) if nests else _scalar(item)
            rendered.append(f"{indent}- " + text.replace("\n", f"\n{indent}  "))
        return "\n".join(rendered)
    return _scalar(data)


def _scalar(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.10g}"
    if isinstance(value, str):
        return value
    return json.dumps(value)
