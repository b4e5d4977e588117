"""A code review of one finding handed to the writer with "write an email to the intern summarising what needs
changing": the email says the finding, as it does for a review of several; a bare "summarise this" over the review
stays the summarizer's job."""

from __future__ import annotations

import pytest

from tests.tools.conftest import declined_by_writer, drafted

pytestmark = pytest.mark.anyio


def _review(line: int, finding: str, rule: str, fix: str) -> str:
    return (
        f"Review of {line + 2} line(s) of Python: 1 finding(s) (1 error(s), 0 warning(s), 0 note(s)), worst first on "
        f"each line:\n- line {line}: {finding} [{rule}, error]. Fix: {fix}"
    )


EVAL = _review(
    2,
    "eval() runs any code in the string it is given; with outside input that is code injection",
    "eval-exec",
    "parse the data instead: ast.literal_eval, json.loads or int()",
)
SQL = _review(
    3,
    "SQL text built from strings is passed to execute(): SQL injection",
    "sql-injection",
    "use a parameterized query",
)
PICKLE = _review(
    4,
    "pickle.loads() on outside data can run code while it loads",
    "pickle-load",
    "load a safe format such as json",
)


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (f"Write an email to our intern summarising what needs changing:\n\n{EVAL}", "eval()"),
        (f"Draft a short note to Priya summarising what to fix:\n\n{SQL}", "parameterized query"),
        (f"Write a message to the new developer summarising the problem:\n\n{PICKLE}", "pickle.loads()"),
        (f"Send an email to Tom summarising what he needs to change:\n\n{EVAL}", "Line 2"),
        (f"Write an email to the team summarising the review:\n\n{SQL}", "Line 3"),
        (f"Write a note to our apprentice summarising what has to change:\n\n{PICKLE}", "json"),
    ],
)
async def test_an_email_summarising_one_finding_says_the_finding(request_text: str, said: str) -> None:
    assert said in await drafted(request_text)


@pytest.mark.parametrize("review", [EVAL, SQL])
async def test_a_bare_summary_of_the_review_stays_the_summarizers_job(review: str) -> None:
    assert "summarizer" in await declined_by_writer(f"Summarise this:\n\n{review}")
