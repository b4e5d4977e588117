"""Model backends behind one async interface, and the rule that picks one.

``select_model`` decides: ``ACCORD_MODEL`` or the spec's ``model`` field names a backend; ``auto`` means Claude
when ``ANTHROPIC_API_KEY`` is set and the offline ``LocalModel`` otherwise. Naming Claude without a key is a
``ConfigurationError`` with a message that says so, not the SDK's late TypeError.
"""

from __future__ import annotations

from agents.errors import ConfigurationError
from agents.models.base import Message, Model, TextSink, ToolCall, ToolResult, ToolSpec, Turn, Usage
from agents.models.local import LocalModel
from agents.models.scripted import ScriptedModel
from agents.settings import Settings

__all__ = [
    "LocalModel",
    "Message",
    "Model",
    "ScriptedModel",
    "TextSink",
    "ToolCall",
    "ToolResult",
    "ToolSpec",
    "Turn",
    "Usage",
    "select_model",
]


def select_model(spec_model: str, settings: Settings) -> Model:
    """The backend for an agent whose spec says ``spec_model``; ``ACCORD_MODEL`` overrides the spec."""
    name = (settings.model or spec_model or "auto").strip()
    if name == "local":
        return LocalModel()
    if name == "auto":
        if not settings.anthropic_api_key:
            return LocalModel()
        from agents.models.claude import DEFAULT_CLAUDE_MODEL, ClaudeModel

        return ClaudeModel(DEFAULT_CLAUDE_MODEL, api_key=settings.anthropic_api_key)
    if name.startswith("claude"):
        if not settings.anthropic_api_key:
            raise ConfigurationError(
                f'the model {name!r} needs ANTHROPIC_API_KEY; set it, or use model = "local" to run offline'
            )
        from agents.models.claude import ClaudeModel

        return ClaudeModel(name, api_key=settings.anthropic_api_key)
    raise ConfigurationError(f'unknown model {name!r}: use "auto", "local" or a Claude model name')
