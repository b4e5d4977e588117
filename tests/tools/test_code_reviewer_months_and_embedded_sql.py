"""A JavaScript date built from a month numbered 1 to 12 (``new Date(year, month, day)``), and SQL written as a
Python string that changes every row (``conn.execute("UPDATE tickets SET status = 'cancelled'")``)."""

from __future__ import annotations

import pytest
from conftest import call_as_asked, tool_server

pytestmark = pytest.mark.anyio

MONTH = """Guests who choose 10 March arrive on 10 April in our calendar. What is wrong?

function checkInDate(year, month, day) {
  // month comes from the form as 1 to 12
  return new Date(year, month, day);
}
"""
MONTH_FIXED = """Review this please.

function checkInDate(year, month, day) {
  return new Date(year, month - 1, day);
}
"""
UPDATE = """Cancelling one trip cancelled every ticket in the system. Here is the function, what happened?

def cancel_trip(conn, trip_id):
    conn.execute("UPDATE tickets SET status = 'cancelled'")
    conn.commit()
"""
UPDATE_FIXED = """Review this please.

def cancel_trip(conn, trip_id):
    conn.execute("UPDATE tickets SET status = 'cancelled' WHERE trip_id = ?", (trip_id,))
    conn.commit()
"""


async def _review(request: str) -> str:
    result = await call_as_asked(tool_server("code_reviewer"), "review_request", request)
    assert result is not None
    return "" if result.is_error else result.structured_content["answer"]


async def test_a_month_from_one_is_found() -> None:
    assert "date-month-from-zero" in await _review(MONTH)
    assert "date-month-from-zero" not in await _review(MONTH_FIXED)


async def test_an_update_of_every_row_in_a_python_string_is_found() -> None:
    assert "update-without-where" in await _review(UPDATE)
    assert "update-without-where" not in await _review(UPDATE_FIXED)
