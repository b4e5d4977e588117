"""ScriptedModel: a model whose turns are written by the test, for exercising the runtime deterministically."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from agents.models.base import CallOptions, Message, TextSink, ToolSpec, Turn

Script = Sequence[Turn] | Callable[[Sequence[Message], Sequence[ToolSpec]], Turn]


class ScriptedModel:
    """Plays back ``script``: a list of turns in order, or a function of the conversation so far.

    Every call is recorded in ``calls`` (the messages and tool names it saw) and ``options`` (the limits it was
    given) so tests can assert on them.
    """

    name = "scripted"

    def __init__(self, script: Script) -> None:
        self.script = script
        self.calls: list[tuple[list[Message], list[str]]] = []
        self.options: list[CallOptions | None] = []

    async def respond(
        self,
        instructions: str,
        messages: Sequence[Message],
        tools: Sequence[ToolSpec],
        on_text: TextSink | None = None,
        *,
        options: CallOptions | None = None,
    ) -> Turn:
        self.calls.append((list(messages), [t.name for t in tools]))
        self.options.append(options)
        if callable(self.script):
            turn = self.script(messages, tools)
        else:
            if len(self.calls) > len(self.script):
                raise AssertionError(f"the script has {len(self.script)} turns; turn {len(self.calls)} was asked for")
            turn = self.script[len(self.calls) - 1]
        if turn.text and on_text is not None:
            await on_text(turn.text)
        return turn
