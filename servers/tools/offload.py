"""Where a tool's work runs: on the event loop, or in a worker thread.

The MCP SDK runs a tool written as a plain function in a worker thread, so that a slow one cannot stall the event
loop. For a tool that reads a short text the hand-off costs more than the work: a reading of a millisecond takes
several to reach a thread and come back once the machine is busy. ``read_text`` reads a short text on the loop,
where its cost is bounded by its length, and a long one in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import anyio

T = TypeVar("T")

SHORT_CHARS = 300
"""Longest text read on the loop: an everyday request reads in about a millisecond, the worst this long in tens."""


async def read_text(read: Callable[[str], T], text: str) -> T:
    """``read(text)``, on the event loop when ``text`` is short and in a worker thread when it is long."""
    if len(text) <= SHORT_CHARS:
        return read(text)
    return await anyio.to_thread.run_sync(read, text)
