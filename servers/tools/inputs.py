"""Checks shared by the tool servers: clear errors for bad input, raised before any work is done.

A ``ToolInputError`` raised inside a tool reaches the MCP client as a tool error (``is_error=True``) whose text
is the message, and the server keeps serving. Any other exception is a crash: the client then sees only
"Error executing tool NAME" and the traceback stays in the server's log.
"""

from __future__ import annotations

from mcp.server.mcpserver.exceptions import ToolError

MAX_TEXT_CHARS = 200_000
"""Longest text a tool accepts: a long report fits, a 10 MB paste is refused before it costs anything."""


class ToolInputError(ToolError, ValueError):
    """The caller sent something the tool cannot work on; the message says what and how to fix it."""


def require_text(value: object, field: str, *, max_chars: int = MAX_TEXT_CHARS) -> str:
    """``value`` stripped, or a ToolInputError when it is empty or too long."""
    if not isinstance(value, str):
        raise ToolInputError(f"{field} must be a string")
    if len(value) > max_chars:
        raise ToolInputError(f"{field} is too long: {len(value):,} characters, the limit is {max_chars:,}")
    text = value.strip()
    if not text:
        raise ToolInputError(f"{field} is empty")
    return text


def require_range(value: int, field: str, low: int, high: int) -> int:
    """``value`` when ``low <= value <= high``, else a ToolInputError naming the range."""
    if not low <= value <= high:
        raise ToolInputError(f"{field} must be between {low} and {high}, got {value}")
    return value
