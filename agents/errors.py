"""accord's domain errors. The edges (A2A host, MCP gateway, CLI) map them to wire codes in one place each.

Messages are written for the person at the other end: they say what went wrong and what to do, and never carry
a traceback or a library's internal text.
"""

from __future__ import annotations

from typing import Literal


class AccordError(Exception):
    """Base of every error accord raises on purpose."""


class ConfigurationError(AccordError):
    """The agent cannot start as configured (a Claude model named with no API key, say)."""


ModelFailure = Literal[
    "bad_key",
    "rate_limited",
    "overloaded",
    "server_error",
    "malformed_reply",
    "timed_out",
    "unreachable",
    "bad_request",
    "refused",
]


class ModelError(AccordError):
    """The model backend failed; ``kind`` names what happened, the message says it in words a user can act on."""

    def __init__(self, message: str, kind: ModelFailure = "server_error") -> None:
        super().__init__(message)
        self.kind = kind


class ToolServerError(AccordError):
    """An MCP tool server could not be started, reached, or listed."""


class LimitExceeded(AccordError):
    """A run went past one of its limits: turns, tokens, cost or time."""
