"""Housekeeping ("anything to tidy up?", "clean this up") is answered by a review with refactoring ideas, so what a
lint finds (an unused import, a variable never read) is reported rather than "nothing to refactor". A clean review
says so plainly ("No issues found"), and "is this OK?" about clean code is answered that way rather than declined
as a bug hunt that found nothing. "Is this correct?" still declines when nothing is found (the logic is not
checked), a reported crash nothing explains still declines, and "refactor this" with nothing to refactor says so.
"""

from __future__ import annotations

import pytest
from conftest import review_reply, reviewed

pytestmark = pytest.mark.anyio

SAVE = (
    "```python\nimport os\nimport json\n\ndef save(data, path):\n    with open(path, 'w') as f:\n"
    "        json.dump(data, f)\n```"
)
WORDS = '```python\nimport sys\nimport re\n\ndef words(text):\n    return re.findall(r"\\w+", text)\n```'
TOTAL = (
    "```python\ndef total(items):\n    result = 0\n    unused = 5\n    for item in items:\n"
    "        result += item\n    return result\n```"
)
ADD = "```python\ndef add(a, b):\n    return a + b\n```"
GREET = '```python\ndef greet(name):\n    return "Hello, " + name\n```'
AREA = "```python\nimport os\n\ndef area(w, h):\n    return w * h\n```"


@pytest.mark.parametrize(
    ("request_text", "finding"),
    [
        (f"Anything to tidy up here?\n{SAVE}", "'os' is imported but never used"),
        (f"could u clean this up a bit\n{WORDS}", "'sys' is imported but never used"),
        (f"Tidy this function up please: {TOTAL}", "'unused' is assigned but never used"),
        (f"Needs a bit of tidying before I commit it - thoughts?\n{SAVE}", "'os' is imported but never used"),
        (f"any cleanup needed?\n{WORDS}", "'sys' is imported but never used"),
        (f"Can you spring-clean this? {TOTAL}", "'unused' is assigned but never used"),
    ],
)
async def test_tidying_up_reports_what_a_lint_finds(request_text, finding):
    failed, text = await review_reply(request_text)
    assert not failed, text
    assert finding in text


@pytest.mark.parametrize(
    "request_text",
    [
        f"Does this look OK to you?\n{ADD}",
        f"look ok?\n{ADD}",
        f"Is this fine?\n{GREET}",
        f"is my little function okay?\n{GREET}",
        f"Anything to tidy up here?\n{ADD}",
        f"Can you review this for me?\n{GREET}",
    ],
)
async def test_a_clean_review_says_plainly_that_no_issues_were_found(request_text):
    text = await reviewed(request_text)
    assert text.startswith("No issues found")
    assert "Checks run and passed" in text


async def test_is_it_ok_with_a_finding_lists_the_finding():
    failed, text = await review_reply(f"is this ok?\n{AREA}")
    assert not failed, text
    assert "'os' is imported but never used" in text


@pytest.mark.parametrize(
    "request_text",
    [
        f"Is this correct?\n{AREA}",  # the logic is not checked offline
        f"Is my function alright? it crashes\n{AREA}",  # nothing found explains the crash
        f"Can you refactor this?\n{ADD}",  # nothing to refactor
        f"Rewrite this tidier:\n{SAVE}",  # a rewrite needs a model
    ],
)
async def test_what_the_checks_cannot_answer_is_still_declined(request_text):
    failed, text = await review_reply(request_text)
    assert failed, text
