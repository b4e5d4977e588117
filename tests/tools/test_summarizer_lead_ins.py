"""A sentence that ends in a colon only leads in to what follows it ("1 finding, worst first on each line:"):
the summary never picks it alone, so a one-line summary of a code review names the finding (it was the review's
heading, which names none). Other asks in the same breath are still declined.

Each request goes to ``digest`` with its arguments filled the way the offline model fills them.
"""

from __future__ import annotations

import pytest
from mcp_types import CallToolResult

from servers.tools.summarizer import create_server
from tests.tools.conftest import call_as_asked

pytestmark = pytest.mark.anyio

EVAL_REVIEW = (
    "Review of 2 line(s) of Python: 1 finding(s) (1 error(s), 0 warning(s), 0 note(s)), worst first on each "
    "line:\n- line 2: eval() runs any code in the string it is given; with outside input that is code injection "
    "[eval-exec, error]. Fix: parse the data instead: ast.literal_eval, json.loads or int() In plain words: Text "
    "from outside is run as program instructions, so someone could take control of the system."
)
AUDIT = (
    "The fire safety audit of the depot found these problems:\n- Two extinguishers in the loading bay are past "
    "their service date and must be replaced.\n- The rear fire exit was blocked by pallets during the visit."
)
SURVEY = (
    "Our survey of 300 members gave the following results:\n- Most members want the gym open earlier on "
    "weekdays.\n- Few members use the sauna, so it will close in the winter."
)


async def ask(request: str) -> CallToolResult | None:
    return await call_as_asked(create_server(), "digest", request)


@pytest.mark.parametrize(
    ("request_text", "named"),
    [
        (f"summarise the review in one line for the ticket: {EVAL_REVIEW}", "eval"),
        (f"Summarise this review in one sentence: {EVAL_REVIEW}", "eval"),
        (f"tl;dr of this code review pls: {EVAL_REVIEW}", "eval"),
        (f"Give me the gist of this in a sentence: {AUDIT}", "."),
        (f"Can you sum up these survey results in one line? {SURVEY}", "members"),
        (f"One-line summary of this for the newsletter: {SURVEY}", "members"),
    ],
)
async def test_a_one_line_summary_is_never_the_lead_in_alone(request_text, named):
    result = await ask(request_text)
    assert result is not None and not result.is_error, result and result.content
    data = result.structured_content
    assert data is not None and named in data["summary"]
    assert not data["summary"].rstrip().endswith(":")


@pytest.mark.parametrize(
    "request_text",
    [
        f"Summarise this review in one line and rewrite the code to fix it: {EVAL_REVIEW}",
        f"Translate this audit summary into Polish: {AUDIT}",
    ],
)
async def test_another_ask_beside_the_summary_is_still_declined(request_text):
    result = await ask(request_text)
    assert result is not None and result.is_error, result and result.structured_content
