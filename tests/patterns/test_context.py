import logging

import pytest

from patterns import MaxDepthExceeded, Request, Router, TraceParent, check_depth, hops, next_hop
from patterns.context import RunContextFilter, current_run_id
from tests.patterns.scripted import Scripted
from tests.patterns.test_router import FixedDecider


def test_next_hop_counts_and_refuses_past_max_depth() -> None:
    request = next_hop(next_hop(Request("x")))
    assert hops(request) == 2
    with pytest.raises(MaxDepthExceeded):
        next_hop(Request("x", metadata={"hops": 4}))
    with pytest.raises(MaxDepthExceeded):
        check_depth(Request("x", metadata={"hops": 4}))
    check_depth(Request("x", metadata={"hops": "garbage"}))


def test_traceparent_round_trip_and_child_keeps_the_trace() -> None:
    header = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
    parent = TraceParent.parse(header)
    assert parent is not None and str(parent) == header
    child = parent.child()
    assert child.trace_id == parent.trace_id and child.parent_id != parent.parent_id
    assert TraceParent.parse("00-" + "0" * 32 + "-00f067aa0ba902b7-01") is None
    assert TraceParent.parse("nonsense") is None and TraceParent.parse(None) is None


def test_next_hop_carries_a_child_traceparent() -> None:
    root = TraceParent.new()
    forwarded = next_hop(Request("x", metadata={"traceparent": str(root)}))
    assert TraceParent.parse(forwarded.metadata["traceparent"]).trace_id == root.trace_id


@pytest.mark.anyio
async def test_a_pattern_refuses_a_request_at_max_depth() -> None:
    worker = Scripted("w")
    result = await Router([worker], decider=FixedDecider("w")).send(Request("x", metadata={"hops": 4}))
    assert result.status == "failed" and "max depth" in result.error
    assert worker.calls == 0


@pytest.mark.anyio
async def test_workers_receive_the_incremented_hop_count() -> None:
    worker = Scripted("w")
    await Router([worker], decider=FixedDecider("w")).send(Request("x", metadata={"hops": 1}))
    assert hops(worker.requests[0]) == 2
    assert "run_id" not in worker.requests[0].metadata


@pytest.mark.anyio
async def test_step_logs_carry_run_id_step_and_worker(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="patterns.run")
    result = await Router([Scripted("w")], decider=FixedDecider("w")).send(Request("x"))
    record = next(r for r in caplog.records if r.name == "patterns.run")
    assert (record.run_id, record.step, record.worker) == (result.run_id, "route", "w")


def test_run_context_filter_fills_the_current_run_id() -> None:
    token = current_run_id.set("run-1")
    try:
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "m", None, None)
        assert RunContextFilter().filter(record) and record.run_id == "run-1"
    finally:
        current_run_id.reset(token)
