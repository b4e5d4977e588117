"""A code review explained "in plain English", "for my manager, who doesn't code", "in layman's terms", "for
non-programmers": the reviewer says what each finding risks in one plain sentence (``risk`` in its data, "In plain
words: ..." in its text), and the writer handed the review composes from those sentences only, with no names from
the code, no rule tags and no line numbers; a finding without a plain sentence is not explained plainly."""

from __future__ import annotations

import re

import pytest

from patterns.handoff import handed_on
from patterns.pipeline import stage_instructions, with_material
from patterns.worker import Result
from servers.tools.code_reviewer import create_server as code_reviewer
from servers.tools.code_reviewer.catalog import FAMILIES, JAVASCRIPT, SHELL, SQL, SUGGESTIONS
from servers.tools.code_reviewer.risks import RISKS
from tests.tools.conftest import call_as_asked, declined_by_writer, drafted

pytestmark = pytest.mark.anyio

SECRET_AND_BARE_EXCEPT = (
    "```python\nimport requests\n\nAPI_KEY = 'sk-live-12345'\n\ndef fetch(url):\n    try:\n"
    "        return requests.get(url, headers={'key': API_KEY}).json()\n    except:\n        return None\n```"
)


async def _pipeline(request: str) -> str:
    """The writer's text at the end of a code reviewer -> writer pipeline, as the pipeline hands the review on."""
    first, then = stage_instructions(request, 2)
    review = await call_as_asked(code_reviewer(), "review_request", first)
    assert review is not None and not review.is_error
    handed = handed_on(Result(text=review.structured_content["answer"]))
    return await drafted(with_material(then, handed))


def test_every_rule_says_its_risk_plainly():
    rules = {r for family in (*FAMILIES.values(), *SUGGESTIONS.values(), JAVASCRIPT, SHELL, SQL) for r in family}
    assert rules <= set(RISKS)
    for rule, risk in RISKS.items():
        assert risk.endswith(".") and "_" not in risk and "()" not in risk, rule


async def test_the_review_carries_each_findings_plain_risk_in_its_data_and_text():
    review = await call_as_asked(code_reviewer(), "review_request", f"Review this code {SECRET_AND_BARE_EXCEPT}")
    assert review is not None and not review.is_error
    secret = next(f for f in review.structured_content["findings"] if f["rule"] == "hardcoded-secret")
    assert "anyone who sees the code can use it" in secret["risk"]
    assert "In plain words: A password or access key" in review.structured_content["answer"]


@pytest.mark.parametrize(
    "request_",
    [
        "Review this code, then write a short plain-English explanation of the problems for my manager, who doesn't "
        f"code {SECRET_AND_BARE_EXCEPT}",
        "Review this script, then write a non-technical note for our client about what is wrong "
        f"{SECRET_AND_BARE_EXCEPT}",
        "Look over this code and then write an email in simple terms to my boss, who doesn't program, about the "
        f"problems {SECRET_AND_BARE_EXCEPT}",
        "Review the code below, then write a brief explanation for non-programmers of the problems you found "
        f"{SECRET_AND_BARE_EXCEPT}",
    ],
)
async def test_a_plain_explanation_of_a_review_says_the_risks_without_jargon(request_: str):
    text = await _pipeline(request_)
    assert "password or access key" in text and "nobody finds out why" in text
    assert re.search(r"; [A-Z]", text) is None  # points joined after a semicolon go on in lower case
    for jargon in ("API_KEY", "[hardcoded-secret", "line 4", "Fix:", "except", "In plain words"):
        assert jargon not in text, jargon


async def test_an_injectable_query_is_explained_as_data_others_could_read_or_change():
    code = (
        '```python\ndef get_user(db, user_id):\n    query = "SELECT * FROM users WHERE id = " + str(user_id)\n'
        "    return db.execute(query)\n```"
    )
    text = await _pipeline(f"Review this function, then explain the problem in layman's terms to my manager {code}")
    assert "could read or change data they shouldn't" in text
    assert "SELECT" not in text and "injection" not in text


async def test_a_note_to_a_colleague_keeps_the_findings_as_the_reviewer_put_them():
    text = await _pipeline(
        f"Review this code, then write a short note to my colleague Sam about the problems {SECRET_AND_BARE_EXCEPT}"
    )
    assert "Sam" in text and "In plain words" not in text and "anyone who sees the code can use it" not in text


async def test_a_finding_without_a_plain_sentence_is_not_explained_plainly():
    review = (
        "Review of 3 line(s) of Python: 1 finding(s) (1 error(s), 0 warning(s), 0 note(s)), worst first on each line:\n"
        "- line 2: 'total_sum()' is called on a value that may be None [none-result, error]. Fix: check for None"
    )
    reason = await declined_by_writer(f"Write a plain-English explanation of this for my manager:\n\n{review}")
    assert "plain words" in reason
