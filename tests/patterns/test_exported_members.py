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


def test_patterns_import_no_transport() -> None:
    import sys

    assert not any(m.startswith(("starlette", "uvicorn", "agents", "servers")) for m in patterns.__dict__)
    for module in [m for m in sys.modules if m.startswith("patterns.")]:
        source = sys.modules[module].__dict__
        assert "starlette" not in source and "uvicorn" not in source
