"""Guarded: the per-call failure policy as a Worker wrapper — timeout, retries, circuit breaker, fallback.

Wrap any worker (the A2A client worker, typically) and the result is still a Worker, so patterns never need to
know about the policy: ``Guarded(remote, timeout=30, retry=RetryPolicy(3), breaker=CircuitBreaker(),
fallback=local)``.

Only ``TransportError`` is retried: repeating a call that reached the agent and failed there (or timed out
while it may still be working) could do the work twice. A timeout or any exception counts as a failure for
the breaker; a worker that answers with a failed ``Result`` does not, since the worker itself is reachable.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from patterns.breaker import CircuitBreaker
from patterns.errors import CircuitOpen, TransportError
from patterns.worker import BaseWorker, Request, Result, Skill, Step, Worker, describe_error


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """``attempts`` tries in all (1 = no retry), sleeping ``base_delay * multiplier**n`` (capped) between."""

    attempts: int = 3
    base_delay: float = 0.2
    multiplier: float = 2.0
    max_delay: float = 5.0

    def __post_init__(self) -> None:
        if self.attempts < 1:
            raise ValueError("attempts must be at least 1")

    def delay(self, retry: int) -> float:
        """Seconds to wait before retry number ``retry`` (0-based)."""
        return min(self.max_delay, self.base_delay * self.multiplier**retry)


class Guarded(BaseWorker):
    """``worker`` behind a timeout, retries on transport errors, a circuit breaker and a fallback worker.

    When every try fails (or the breaker is open) the fallback answers, and its result starts with a failed
    step recording why the primary worker was not used; without a fallback the result is a failure.
    """

    def __init__(
        self,
        worker: Worker,
        *,
        timeout: float | None = None,
        retry: RetryPolicy | None = None,
        breaker: CircuitBreaker | None = None,
        fallback: Worker | None = None,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.inner = worker
        self.name = worker.name
        self.description = worker.description
        self.skills: Sequence[Skill] = worker.skills
        self.timeout = timeout
        self.retry = retry or RetryPolicy(attempts=1)
        self.breaker = breaker
        self.fallback = fallback
        self._sleep = sleep

    async def send(self, request: Request) -> Result:
        try:
            return await self._send_with_policy(request)
        except Exception as exc:
            error = describe_error(exc)
        if self.fallback is None:
            return Result.failure(error, worker=self.name)
        result = await self.fallback.send(request)
        result.steps.insert(0, Step(agent=self.name, input=request.text, status="failed", error=error))
        return result

    async def _send_with_policy(self, request: Request) -> Result:
        if self.breaker is not None and not self.breaker.allow():
            raise CircuitOpen(f"{self.name} is unavailable (circuit open, retry in {self.breaker.retry_after:.0f}s)")
        for attempt in range(self.retry.attempts):
            try:
                async with asyncio.timeout(self.timeout):
                    result = await self.inner.send(request)
            except TransportError:
                if attempt + 1 < self.retry.attempts:
                    await self._sleep(self.retry.delay(attempt))
                    continue
                self._failed()
                raise
            except TimeoutError:
                self._failed()
                raise TimeoutError(f"{self.name} did not answer within {self.timeout}s") from None
            except Exception:
                self._failed()
                raise
            if self.breaker is not None:
                self.breaker.record_success()
            return result
        raise AssertionError("unreachable: the retry loop returns or raises")

    def _failed(self) -> None:
        if self.breaker is not None:
            self.breaker.record_failure()
