"""A short request is read on the event loop, where handing it to a worker thread would cost more than reading it;
a long one is read in a worker thread, so it cannot hold the loop up. Either way the caller gets the same answer or
the same tool error."""

from __future__ import annotations

import threading

import pytest

from servers.tools.calculator import create_server
from servers.tools.calculator import server as calculator
from servers.tools.calculator.solver import solve_request
from servers.tools.offload import SHORT_CHARS
from tests.tools.conftest import call, error_text

pytestmark = pytest.mark.anyio

SHORT = "What is 17% of 2,340?"
LONG = "What is " + " + ".join(["4.97"] * 60) + " + 99.6?"  # 397.8 again, in 433 characters


@pytest.mark.parametrize(("request_text", "on_loop"), [(SHORT, True), (LONG, False)])
async def test_where_the_calculator_reads(monkeypatch: pytest.MonkeyPatch, request_text: str, on_loop: bool) -> None:
    assert (len(request_text) <= SHORT_CHARS) is on_loop
    loop_thread = threading.get_ident()
    threads: list[int] = []

    def solve(request: str):  # noqa: ANN202 - the solver's own return type
        threads.append(threading.get_ident())
        return solve_request(request)

    monkeypatch.setattr(calculator, "solve_request", solve)
    result = await call(create_server(), "solve", request=request_text)
    assert not result.is_error, error_text(result)
    assert result.structured_content is not None and result.structured_content["answer"] == "397.8"
    assert (threads == [loop_thread]) is on_loop and len(threads) == 1


@pytest.mark.parametrize("request_text", ["What is 17% of?", "What is 17% of? " + "Thanks a lot. " * 30])
async def test_a_request_it_cannot_read_is_a_tool_error_either_way(request_text: str) -> None:
    result = await call(create_server(), "solve", request=request_text)
    assert result.is_error
    assert "17% of" in error_text(result)
