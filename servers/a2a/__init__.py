"""The A2A side of an agent: its card, the executor adapter over the runtime, and the Starlette app.

The exports load on first use (PEP 562): a command that needs one helper of a submodule (the registry token, say)
does not pay for importing the whole server stack.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from servers.a2a.app import build_agent_app
    from servers.a2a.card import agent_card
    from servers.a2a.executor import RuntimeExecutor

_EXPORTS = {
    "build_agent_app": "servers.a2a.app",
    "agent_card": "servers.a2a.card",
    "RuntimeExecutor": "servers.a2a.executor",
}
__all__ = ["RuntimeExecutor", "agent_card", "build_agent_app"]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
