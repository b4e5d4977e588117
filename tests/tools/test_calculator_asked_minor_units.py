"""An answer asked for in a currency's hundredths ('in pence', 'in cents', 'how many pence') is shown in them, the
working saying '× 100': 'A bag of 10 apples costs £2.50. Price per apple in pence?' is 25p, not £0.25. Hundredths of
another currency than the answer's are declined."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result", "answer"),
    [
        ("A bag of 10 apples costs £2.50. Price per apple in pence?", 25, "25p each"),
        ("Cheese is £8 per kg. How much is 350g in pence?", 280, "280p"),
        ("A pack of 24 cans costs $9. What's the price per can in cents?", 37.5, "37.5 cents"),
    ],
)
async def test_the_answer_is_in_the_hundredths_asked(request_text: str, result: float, answer: str):
    reply = await solved(request_text)
    assert reply["result"] == pytest.approx(result)
    assert reply["answer"].startswith(answer)
    assert any("× 100" in step for step in reply["steps"])


@pytest.mark.anyio
async def test_pence_of_dollars_decline():
    await refused("A pack of 24 cans costs $9. What's the price per can in pence?")
