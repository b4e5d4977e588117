"""AgentSpec: an agent declared in a few lines of TOML, so publishing one needs no Python.

```toml
name = "calculator"
description = "Does math exactly."
card = "calculator"              # cards/calculator.json (default: the name)
model = "auto"                   # "auto" (Claude when a key is set), "local", a Claude model name,
                                 # or "openai-compatible:NAME" (a model on a local OpenAI-compatible server)
instructions = "You are a careful calculator."

[[tool_servers]]                 # any MCP server: a stdio command ...
name = "calculator"
command = "accord"
args = ["tools", "calculator"]

[[tool_servers]]                 # ... or a Streamable HTTP URL, ours or anyone's
name = "search"
url = "http://127.0.0.1:9000/mcp"
headers = { Authorization = "Bearer abc" }

[limits]
max_turns = 8
timeout_s = 120
token_budget = 50000
max_cost_usd = 0.50              # optional: a run stops before a model call that would cost more
```

A malformed spec raises ``SpecError`` naming the file and the field.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal, cast, get_args

from agents.errors import AccordError


class SpecError(AccordError):
    """A spec file that cannot be used; the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class ToolServerSpec:
    """One MCP server an agent uses: a stdio command or a Streamable HTTP URL."""

    name: str
    command: str | None = None
    args: tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict[str, str])
    url: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict[str, str])


@dataclass(frozen=True, slots=True)
class Limits:
    """Per run: model turns, seconds, tokens (every kind, cache included) and, when set, estimated US dollars."""

    max_turns: int = 8
    timeout_s: float = 120.0
    token_budget: int = 50_000
    max_cost_usd: float | None = None


Kind = Literal["agent", "orchestrator"]
KINDS: tuple[Kind, ...] = get_args(Kind)


@dataclass(frozen=True, slots=True)
class AgentSpec:
    name: str
    description: str = ""
    instructions: str = ""
    card: str = ""
    model: str = "auto"
    tool_servers: tuple[ToolServerSpec, ...] = ()
    limits: Limits = field(default_factory=Limits)
    source: str = "<memory>"
    kind: Kind = "agent"
    """``agent``: the tool loop over the spec's model and tools; ``orchestrator``: the patterns over other agents."""

    @property
    def card_name(self) -> str:
        return self.card or self.name


def load_spec(path: str | Path) -> AgentSpec:
    """Read and validate a spec file."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SpecError(f"{path}: cannot read spec: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"{path}: not valid TOML: {exc}") from None
    return parse_spec(raw, source=str(path))


def builtin_spec(name: str) -> AgentSpec:
    """The spec of one of accord's own agents (``agents/definitions/NAME.toml``)."""
    file = resources.files("agents.definitions") / f"{name}.toml"
    if not file.is_file():
        raise SpecError(f"no agent named {name!r}; agents: {', '.join(builtin_names())}")
    return parse_spec(tomllib.loads(file.read_text(encoding="utf-8")), source=f"agents/definitions/{name}.toml")


def builtin_names() -> list[str]:
    files = resources.files("agents.definitions").iterdir()
    return sorted(f.name.removesuffix(".toml") for f in files if f.name.endswith(".toml"))


class _Fields:
    """Typed access to one table of the spec; every complaint names the file and the dotted field."""

    def __init__(self, table: object, source: str, prefix: str = "") -> None:
        if not isinstance(table, Mapping):
            raise SpecError(f"{source}: {prefix.rstrip('.') or 'spec'} must be a table")
        self.table = cast("Mapping[str, Any]", table)  # a TOML table: its keys are strings
        self.source, self.prefix = source, prefix

    def fail(self, key: str, message: str) -> SpecError:
        return SpecError(f"{self.source}: field '{self.prefix}{key}' {message}")

    def get(
        self, key: str, kind: type[Any] | tuple[type[Any], ...], default: Any = None, required: bool = False
    ) -> Any:
        if key not in self.table:
            if required:
                raise self.fail(key, "is required")
            return default
        value = self.table[key]
        # bool is an int in Python; a limit of `true` is a mistake, not 1.
        if isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)):
            raise self.fail(key, f"must be {_kind_name(kind)}, got a boolean")
        if not isinstance(value, kind):
            raise self.fail(key, f"must be {_kind_name(kind)}, got {type(value).__name__}")
        return value

    def positive(self, key: str, kind: type[Any] | tuple[type[Any], ...], default: float) -> Any:
        value = self.get(key, kind, default)
        if value <= 0:
            raise self.fail(key, f"must be greater than 0, got {value}")
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        values = self.get(key, list, [])
        if not all(isinstance(v, str) for v in values):
            raise self.fail(key, "must be a list of strings")
        return tuple(values)

    def string_map(self, key: str) -> dict[str, str]:
        values = self.get(key, dict, {})
        if not all(isinstance(v, str) for v in values.values()):
            raise self.fail(key, "must map names to strings")
        return dict(values)

    def unknown(self, allowed: set[str]) -> None:
        extra = sorted(set(self.table) - allowed)
        if extra:
            raise self.fail(extra[0], f"is not a known field (known: {', '.join(sorted(allowed))})")


def _kind_name(kind: type[Any] | tuple[type[Any], ...]) -> str:
    names = {str: "a string", int: "an integer", float: "a number", list: "a list", dict: "a table"}
    kinds = kind if isinstance(kind, tuple) else (kind,)
    return " or ".join(names.get(k, k.__name__) for k in kinds)


def parse_spec(raw: Mapping[str, Any], source: str = "<memory>") -> AgentSpec:
    """Validate a spec already parsed from TOML (or built in code)."""
    top = _Fields(raw, source)
    top.unknown({"name", "kind", "description", "instructions", "card", "model", "tool_servers", "limits"})
    kind = top.get("kind", str, "agent")
    if kind not in KINDS:
        raise top.fail("kind", f"must be one of {', '.join(KINDS)}, got {kind!r}")
    name = top.get("name", str, required=True).strip()
    if not name:
        raise top.fail("name", "is empty")
    servers: list[ToolServerSpec] = []
    entries = top.get("tool_servers", list, [])
    for i, entry in enumerate(entries):
        servers.append(_tool_server(_Fields(entry, source, f"tool_servers[{i}].")))
    names = [s.name for s in servers]
    if len(set(names)) != len(names):
        raise top.fail("tool_servers", "has two servers with the same name")
    limits, default = _Fields(raw.get("limits", {}), source, "limits."), Limits()
    limits.unknown({"max_turns", "timeout_s", "token_budget", "max_cost_usd"})
    max_cost = limits.get("max_cost_usd", (int, float))
    if max_cost is not None and max_cost <= 0:
        raise limits.fail("max_cost_usd", f"must be greater than 0, got {max_cost}")
    return AgentSpec(
        name=name,
        kind=kind,
        description=top.get("description", str, ""),
        instructions=top.get("instructions", str, ""),
        card=top.get("card", str, ""),
        model=top.get("model", str, "auto").strip() or "auto",
        tool_servers=tuple(servers),
        limits=Limits(
            max_turns=limits.positive("max_turns", int, default.max_turns),
            timeout_s=float(limits.positive("timeout_s", (int, float), default.timeout_s)),
            token_budget=limits.positive("token_budget", int, default.token_budget),
            max_cost_usd=float(max_cost) if max_cost is not None else None,
        ),
        source=source,
    )


def _tool_server(fields: _Fields) -> ToolServerSpec:
    fields.unknown({"name", "command", "args", "env", "url", "headers"})
    command, url = fields.get("command", str), fields.get("url", str)
    if (command is None) == (url is None):
        raise fields.fail("command", "or 'url' is required, and not both")
    if url is not None and not url.startswith(("http://", "https://")):
        raise fields.fail("url", f"must be an http(s) URL, got {url!r}")
    return ToolServerSpec(
        name=fields.get("name", str, required=True),
        command=command,
        args=fields.strings("args"),
        env=fields.string_map("env"),
        url=url,
        headers=fields.string_map("headers"),
    )
