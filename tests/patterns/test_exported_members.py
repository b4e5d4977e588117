import ast
from pathlib import Path

import patterns


def test_every_exported_name_exists_and_is_listed_once() -> None:
    assert len(patterns.__all__) == len(set(patterns.__all__))
    for name in patterns.__all__:
        assert hasattr(patterns, name), name


def test_the_public_api_is_what_adapters_build_on() -> None:
    expected = {
        "Worker", "BaseWorker", "FunctionWorker", "Request", "Result", "Skill", "Step", "Usage", "Event",
        "StepStarted", "StepFinished", "Progress", "Router", "Supervisor", "FanOut", "Pipeline",
        "EvaluatorOptimizer", "Guarded", "RetryPolicy", "CircuitBreaker", "Budget", "TransportError",
        "MaxDepthExceeded", "BudgetExceeded", "TraceParent", "next_hop", "check_depth", "RunStore",
        "InMemoryRunStore", "RunRecord", "Decider", "Planner", "Plan", "RankingDecider",
        "ClausePlanner",
    }  # fmt: skip
    assert expected <= set(patterns.__all__)


def imported_packages(path: Path) -> set[str]:
    """The top-level packages a module imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_patterns_import_no_transport_and_nothing_above_them() -> None:
    modules = sorted(Path(patterns.__file__).parent.rglob("*.py"))
    assert len(modules) > 10
    for module in modules:
        above = imported_packages(module) & {"starlette", "uvicorn", "httpx", "mcp", "a2a", "agents", "servers"}
        assert not above, f"{module.name} imports {sorted(above)}"
