"""accord's domain errors. The edges (A2A host, MCP gateway, CLI) map them to wire codes in one place each.

Messages are written for the person at the other end: they say what went wrong and what to do, and never carry
a traceback or a library's internal text.
"""

from __future__ import annotations


class AccordError(Exception):
    """Base of every error accord raises on purpose."""


class ConfigurationError(AccordError):
    """The agent cannot start as configured (a Claude model named with no API key, say)."""


class ModelError(AccordError):
    """The model backend failed: unreachable, rate limited, or refused the request."""


class ToolServerError(AccordError):
    """An MCP tool server could not be started, reached, or listed."""


class LimitExceeded(AccordError):
    """A run went past one of its limits: turns, tokens or time."""
