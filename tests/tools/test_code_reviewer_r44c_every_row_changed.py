"""A user who reports that every row moved ("every part in stock went down by 1", "all the prices went up", "now
every order says shipped") is answered by the UPDATE or DELETE with no WHERE clause that explains it. Near-misses:
the same report with a WHERE clause, or with a statement that changes nothing, is declined, not answered."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


def _sql(code: str, ask: str) -> str:
    return f"{ask}\n```sql\n{code}\n```"


@pytest.mark.parametrize(
    ("code", "ask"),
    [
        ("UPDATE parts SET quantity = quantity - 1;", "we sell one part, after run it every part go down by 1?? why"),
        ("UPDATE products SET price = price + 5;", "Meant to raise one product's price but all the prices went up."),
        ("UPDATE orders SET status = 'shipped';", "Ran this to mark one order shipped. Now every order says shipped"),
        (
            "UPDATE accounts SET balance = 0",
            "Could you explain why executing this statement altered the balance of every customer rather than the "
            "single account intended?",
        ),
        ("UPDATE stock SET qty = qty - 1;", "this takes 1 off the whole table instead of the one item sold, pls help"),
    ],
)
async def test_every_row_changed_is_traced_to_a_missing_where(code: str, ask: str):
    declined, text = await review_reply(_sql(code, ask))
    assert not declined, text
    assert "update-without-where" in text and "every row" in text


async def test_every_row_gone_is_traced_to_a_delete_without_where():
    declined, text = await review_reply(_sql("DELETE FROM bookings;", "meant to delete one booking, all gone now?"))
    assert not declined, text
    assert "delete-without-where" in text


@pytest.mark.parametrize(
    "code",
    [
        "UPDATE parts SET quantity = quantity - 1 WHERE part_id = 42;",
        "SELECT * FROM parts WHERE quantity = 0;",
        "INSERT INTO sales (part_id, qty) VALUES (42, 1);",
    ],
)
async def test_the_same_report_without_a_missing_where_is_declined(code: str):
    declined, text = await review_reply(_sql(code, "after I run it every part in stock goes down by 1, why?"))
    assert declined, text
    assert "update-without-where" not in text
