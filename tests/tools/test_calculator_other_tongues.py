"""A question finished in the asker's other language ('total berapa?', 'magkano po?', 'per hour koto pcs?') or with
a particle of their English ('lah', 'yani', 'po'), a wage asked as a salary and the bill as 'the damage': read as the
English question; the same words anywhere else are not guessed at."""

from __future__ import annotations

import pytest

from tests.tools.conftest import refused, solved


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("request_text", "result"),
    [
        ("Customer buys 2 sarongs at Rp 250.000 each and 3 scarves at Rp 80.000 each. total berapa?", 740_000),
        ("Customer buys 2 sarongs at Rp 250.000 each and 3 scarves at Rp 80.000 each. total berapa kak?", 740_000),
        ("3 bags of rice at ₱1,250 each and 2 trays of eggs at ₱240 each, total magkano po?", 4_230),
        ("4 boxes at $12.50 each and 2 crates at $30 each. total cuánto?", 110),
        ("what is 12 times 7 lah", 84),
        ("how much is 15% of 2,400 yaar", 360),
        ("45 plus 38 plus 17 po?", 100),
        ("pcs sold monday to saturday: 14, 9, 11, 16, 22, 18. what is the average per day yani", 15),
        ("3 workers, each paid RM 65 per day, work 24 days this month. What is the total salary?", 4_680),
        ("2 cooks each paid $140 a day, 5 days this week. What is the total wage bill?", 1_400),
        # Bengali 'koto' before what is counted ('koto pcs?'), and a particle after it ('lagbe': is needed)
        ("line target 1,200 pcs in 8 hour shift. per hour koto pcs?", 150),
        ("marker length 6.4 m, fabric width 1.6 m. area koto square meter?", 10.24),
        ("Tk 2,00,000 in savings, 8% per year compound yearly. 3 years koto?", 251_942.4),
        ("3 coffees at $4 each. what's the damage?", 12),
    ],
)
async def test_the_question_is_read_as_its_english(request_text: str, result: float):
    assert (await solved(request_text))["result"] == pytest.approx(result)


@pytest.mark.anyio
@pytest.mark.parametrize(
    "request_text",
    [
        "berapa 12 times 7",  # not the end of its sentence: not read as a question
        "Rp 250.000 berapa persen of Rp 1.000.000",
        "what is 12 times 7 kak 3",
        "total cuánto es cada cuota?",
        "18 pączki po 4,50 zł and 2 chałki po 12,90 zł. total?",  # 'po' inside the sentence says 'at ... each'
        "3 + 4 koto of them walk fast?",  # more than the counted thing follows: not the question
    ],
)
async def test_the_same_words_elsewhere_are_not_guessed(request_text: str):
    await refused(request_text)
