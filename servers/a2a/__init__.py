"""The A2A side of an agent: its card, the executor adapter over the runtime, and the Starlette app."""

from servers.a2a.app import build_agent_app
from servers.a2a.card import agent_card
from servers.a2a.executor import RuntimeExecutor

__all__ = ["RuntimeExecutor", "agent_card", "build_agent_app"]
