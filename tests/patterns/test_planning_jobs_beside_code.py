"""A sum beside code is a job of its own: "What's 35% off £240? And review this code: ```...```" asks the
calculator and the reviewer, while a sentence telling what the code gets wrong stays with its review."""

from patterns import split_tasks

CODE = '```python\nimport sqlite3\ndef get(cur, uid):\n    cur.execute("SELECT * FROM t WHERE id=" + uid)\n```'


def texts(request: str) -> list[str]:
    return [p.text for p in split_tasks(request)]


def test_a_discount_question_before_code_is_a_sum_of_its_own() -> None:
    assert texts(f"What's 35% off £240? And review this code:\n{CODE}") == [
        "What's 35% off £240?",
        f"Review this code:\n{CODE}",
    ]


def test_a_quoted_text_ends_where_a_capitalised_and_opens_the_next_job() -> None:
    request = f'Summarise this paragraph: "The gallery opens on 12 July. Entry is free." And review this code:\n{CODE}'
    summary = 'Summarise this paragraph: "The gallery opens on 12 July. Entry is free."'
    assert texts(request) == [summary, f"Review this code:\n{CODE}"]


def test_a_discount_the_code_gets_wrong_stays_with_its_review() -> None:
    request = f"for 20% off £100 I get 20 instead of 80 {CODE}"
    assert len(split_tasks(request)) == 1


def test_a_sum_with_figures_of_its_own_does_not_take_the_code() -> None:
    code = "```python\ndef safe(x):\n    return 1 / x\n```"
    request = f"Work out 4% of £212,400 as this year's drawdown, and also review this snippet: {code}"
    assert texts(request) == ["Work out 4% of £212,400 as this year's drawdown", f"Review this snippet: {code}"]
