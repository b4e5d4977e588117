"""Model backends behind one async interface, and the rule that picks one.

``select_model`` decides, and every model call an agent makes goes through what it picks (the orchestrator's
routing and planning included): ``ACCORD_MODEL`` overrides the spec's ``model`` field, which names a backend:

- ``auto``: Claude when ``ANTHROPIC_API_KEY`` is set, the offline ``LocalModel`` otherwise;
- ``local``: the offline model, whatever keys are set: nothing leaves the machine;
- a Claude model name (``claude-haiku-4-5``): Claude; without a key that is a ``ConfigurationError`` that says
  so, not the SDK's late TypeError;
- ``openai-compatible:NAME``: the model ``NAME`` on an OpenAI-compatible server at ``ACCORD_OPENAI_BASE_URL``
  (Ollama, vLLM, llama.cpp, LM Studio); needs the ``accord[openai]`` extra.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from agents.errors import ConfigurationError
from agents.models.base import (
    CallOptions,
    Message,
    Model,
    TextSink,
    ToolCall,
    ToolResult,
    ToolSpec,
    Turn,
    Usage,
)
from agents.models.pricing import PRICES, PriceTable
from agents.models.scripted import ScriptedModel
from agents.settings import Settings

if TYPE_CHECKING:
    from agents.models.local import LocalModel

__all__ = [
    "PRICES",
    "CallOptions",
    "LocalModel",
    "Message",
    "Model",
    "PriceTable",
    "ScriptedModel",
    "TextSink",
    "ToolCall",
    "ToolResult",
    "ToolSpec",
    "Turn",
    "Usage",
    "is_offline",
    "select_model",
]

OPENAI_COMPATIBLE = "openai-compatible:"


def __getattr__(name: str) -> Any:
    # The offline model is imported when first asked for: its readers compile their patterns and load numpy
    # (~0.3 s), which a process that only supervises or calls agents (``accord up``, ``accord ask``) never needs.
    if name == "LocalModel":
        from agents.models.local import LocalModel

        return LocalModel
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def model_name(spec_model: str, settings: Settings) -> str:
    """The backend name that governs an agent whose spec says ``spec_model``."""
    return (settings.model or spec_model or "auto").strip() or "auto"


def is_offline(spec_model: str, settings: Settings) -> bool:
    """Whether the chosen backend is the offline model (no request leaves the machine)."""
    name = model_name(spec_model, settings)
    return name == "local" or (name == "auto" and not settings.anthropic_api_key)


def select_model(spec_model: str, settings: Settings) -> Model:
    """The backend for an agent whose spec says ``spec_model``; ``ACCORD_MODEL`` overrides the spec."""
    name = model_name(spec_model, settings)
    if is_offline(spec_model, settings):
        from agents.models.local import LocalModel

        return LocalModel()
    if name == "auto":
        from agents.models.claude import DEFAULT_CLAUDE_MODEL, ClaudeModel

        return ClaudeModel(DEFAULT_CLAUDE_MODEL, api_key=settings.anthropic_api_key)
    if name.startswith("claude"):
        if not settings.anthropic_api_key:
            raise ConfigurationError(
                f'the model {name!r} needs ANTHROPIC_API_KEY; set it, or use model = "local" to run offline'
            )
        from agents.models.claude import ClaudeModel

        return ClaudeModel(name, api_key=settings.anthropic_api_key)
    if name.startswith(OPENAI_COMPATIBLE):
        from agents.models.openai_compatible import DEFAULT_BASE_URL, OpenAICompatibleModel

        base_url = settings.openai_base_url or DEFAULT_BASE_URL
        return OpenAICompatibleModel(name, base_url=base_url, api_key=settings.openai_api_key)
    raise ConfigurationError(
        f'unknown model {name!r}: use "auto", "local", a Claude model name or "openai-compatible:NAME"'
    )
