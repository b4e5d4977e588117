"""Wire metadata keys: the same spellings whether a key is short (kept) or long (converted each time)."""

from __future__ import annotations

from agents.wire_metadata import camel, from_wire, snake, to_wire


def test_short_and_long_keys_are_spelled_alike() -> None:
    assert camel("max_cost_usd") == "maxCostUsd" and snake("maxCostUsd") == "max_cost_usd"
    long_snake = "step_" * 15 + "end"
    assert camel(long_snake) == "step" + "Step" * 14 + "End"
    assert snake(camel(long_snake)) == long_snake
    assert from_wire(to_wire({"parent_run_id": "r1", long_snake: {"latency_ms": 3}})) == {
        "parent_run_id": "r1",
        long_snake: {"latency_ms": 3},
    }
