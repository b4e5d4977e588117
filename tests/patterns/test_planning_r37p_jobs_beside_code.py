"""Round 37: sums asked beside code and quoted texts, in users' words, each a part of its own; and sentences that
tell what the code does wrong with a price in them, which stay with the code's review."""

import pytest

from patterns import split_tasks

CODE = "```python\ndef total(xs):\n    return sum(xs)\n```"


@pytest.mark.parametrize(
    ("request_text", "parts"),
    [
        (f"How much is 15% off €60? And look over this function please:\n{CODE}", 2),
        (f"What's 10 percent off a £300 sofa? Also review my snippet: {CODE}", 2),
        (f"A few jobs: what's 35% off £240? And review this code:\n{CODE}", 2),
        (f"What do I get for $80 after 25% off? And check this code: {CODE}", 2),
        (
            "Three jobs: what's 20% off $85? Give me the gist of this: \"The pool closes on Monday. Lessons move to "
            f'Wednesday. The café stays open." And check this code:\n{CODE}',
            3,
        ),
        ('Summarise this note: "The gym shuts at 6pm on Friday. Classes restart Monday." And what is 45 times 12?', 2),
        ('Condense this: "Trains are cancelled on Sunday. Buses replace them." And review this: ' + CODE, 2),
        (f"Calculate 12% of this month's £3,400 sales and also check this code: {CODE}", 2),
        (f"Work out 20% of £900 for this quarter's bonus pot and review this function: {CODE}", 2),
        (f"Calculate 18% of €3,600 for my tax pot and review this script:\n{CODE}", 2),
    ],
)
def test_each_job_is_a_part(request_text: str, parts: int) -> None:
    assert len(split_tasks(request_text)) == parts


@pytest.mark.parametrize(
    "request_text",
    [
        f"Why does my discount function give £9 instead of £10?\n{CODE}",
        f"My price calculator is off by 5% for £200:\n{CODE}",
        f"It returns £0 for 50% off. {CODE}",
        f"for 20% off £100 I get 20 instead of 80 {CODE}",
        f"Why is my total always off by one? {CODE}",
    ],
)
def test_what_the_code_gets_wrong_stays_with_it(request_text: str) -> None:
    assert len(split_tasks(request_text)) == 1


@pytest.mark.parametrize(
    "request_text",
    [
        f"Calculate 12% of this month's £3,400 sales and also check this code: {CODE}",
        f"Work out 4% of £212,400 as this year's drawdown, and also review this snippet: {CODE}",
    ],
)
def test_a_sum_of_its_own_is_handed_no_code(request_text: str) -> None:
    first, second = split_tasks(request_text)
    assert "```" not in first.text and second.text.endswith("```")
