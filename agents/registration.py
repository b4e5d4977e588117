"""Registration: keeps one agent listed in a registry while its host runs (register, heartbeat, deregister).

Each heartbeat also carries the agent's summary of its last hour, when its host shares one (``share_summary``:
the server's metrics do), so the registry can draw every agent's own traffic, not only what it saw pass.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from agents.registry import Registry, RegistryError, UnknownAgent

log = logging.getLogger(__name__)

Summary = Callable[[], dict[str, Any]]
_summaries: dict[str, Summary] = {}


def share_summary(agent: str, summary: Summary) -> Callable[[], None]:
    """Offer ``agent``'s summary of its last hour to the registration of ``agent`` in this process, which sends
    what ``summary()`` returns with each heartbeat; returns the call that withdraws it."""
    _summaries[agent] = summary

    def withdraw() -> None:
        if _summaries.get(agent) is summary:
            del _summaries[agent]

    return withdraw


def shared_summary(agent: str) -> dict[str, Any] | None:
    """The summary ``agent`` shares in this process, or ``None``."""
    shared = _summaries.get(agent)
    return shared() if shared is not None else None


class Registration:
    """Keeps one agent registered while the block runs: ``async with Registration(url, card_url, token):``.

    Entering never waits for the registry. A background task registers as soon as the registry answers (and
    the card is being served), heartbeats every ``interval`` seconds, registers again if the registry forgot
    the agent (a restart on a fresh database, an eviction), and on a clean exit deregisters. A registry that
    is down, or refuses, is logged once per outage and retried in the background; nothing reaches the host.
    """

    def __init__(
        self,
        registry_url: str,
        card_url: str,
        token: str | None = None,
        interval: float = 10.0,
        *,
        retry_initial: float = 0.2,
    ) -> None:
        self.registry_url = registry_url
        self.card_url = card_url
        self.interval = interval
        self.retry_initial = retry_initial
        self.name: str | None = None
        self.registered = asyncio.Event()
        self._registry = Registry(registry_url, token, cache_ttl=0, timeout=max(2.0, min(interval, 10.0)))
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Registration:
        self._task = asyncio.get_running_loop().create_task(self._run(), name=f"registration {self.card_url}")
        return self

    async def __aexit__(self, exc_type: object, *exc_info: object) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        try:
            if exc_type is None and self.name is not None and self.registered.is_set():
                await asyncio.wait_for(self._registry.deregister(self.name), 3.0)
        except (RegistryError, TimeoutError) as exc:
            log.warning("could not deregister %s from %s: %s", self.name, self.registry_url, exc)
        finally:
            await self._registry.aclose()

    async def _run(self) -> None:
        delay = self.retry_initial
        failures = 0
        while True:
            try:
                if self.registered.is_set() and self.name is not None:
                    try:
                        await self._heartbeat(self.name)
                    except UnknownAgent:
                        self.registered.clear()
                        continue
                else:
                    record = await self._registry.register(self.card_url)
                    self.name = record.name
                    self.registered.set()
                    if failures:
                        log.warning("registered %s with %s", record.name, self.registry_url)
                    else:
                        log.info("registered %s with %s", record.name, self.registry_url)
                failures, delay = 0, self.retry_initial
                await asyncio.sleep(self.interval)
            except RegistryError as exc:
                failures += 1
                # The first attempt often races the host's own socket opening; warn only if it persists.
                if failures == 3 or (failures == 1 and self.registered.is_set()):
                    log.warning("registry at %s: %s; will keep trying in the background", self.registry_url, exc)
                self.registered.clear()
                await asyncio.sleep(delay)
                delay = min(delay * 2, self.interval)
            except Exception:  # never let a bug here take the host down
                log.exception("registration of %s failed unexpectedly; retrying", self.card_url)
                await asyncio.sleep(self.interval)

    async def _heartbeat(self, name: str) -> None:
        try:
            activity = shared_summary(name)
        except Exception:  # the summary is a nicety: the heartbeat keeps the agent listed, so it goes anyway
            log.exception("cannot summarise the last hour of %s", name)
            activity = None
        if activity is None:
            await self._registry.heartbeat(name)
        else:
            await self._registry.heartbeat(name, activity=activity)
