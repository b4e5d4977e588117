"""Scripted workers for pattern tests: fixed answers, failures, hangs, and a count of calls."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Sequence

from patterns import BaseWorker, Request, Result, Skill, Usage


class Scripted(BaseWorker):
    """Answers each request with ``reply`` (text, a Result, an exception to raise, or a function of the request).

    ``replies`` gives one answer per call, in order (the last repeats). ``hang`` waits forever (until cancelled;
    ``cancelled`` counts those calls).
    """

    def __init__(
        self,
        name: str,
        reply: object = None,
        *,
        replies: Sequence[object] = (),
        description: str = "",
        skills: Sequence[Skill] = (),
        hang: bool = False,
        tokens: tuple[int, int] = (10, 5),
    ) -> None:
        self.name = name
        self.description = description or f"{name} worker"
        self.skills: Sequence[Skill] = tuple(skills)
        self.replies = list(replies) or [reply if reply is not None else f"{name} done"]
        self.hang = hang
        self.tokens = tokens
        self.requests: list[Request] = []
        self.cancelled = 0

    @property
    def calls(self) -> int:
        return len(self.requests)

    async def send(self, request: Request) -> Result:
        self.requests.append(request)
        if self.hang:
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError:
                self.cancelled += 1
                raise
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, BaseException):
            raise reply
        if callable(reply):
            reply = reply(request)
            if inspect.isawaitable(reply):
                reply = await reply
        result = reply if isinstance(reply, Result) else Result(text=str(reply))
        result.worker = result.worker or self.name
        if result.usage == Usage():
            result.usage = Usage(*self.tokens)
        return result


def skill(id: str, description: str, *examples: str) -> Skill:
    return Skill(id=id, name=id.replace("-", " "), description=description, examples=tuple(examples))
