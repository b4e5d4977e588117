"""Asked whether anything at all is amiss ("is there anything wrong with this?", "any problems with my script?"),
code with no bug but an import or a variable left unused is answered with that clutter, said to be no bug, rather
than declined as a bug hunt that found nothing. "What's wrong with this?" and "any bugs?" ask for the bug, so an
unused import alone still declines them, as does a reported failure nothing explains.
"""

from __future__ import annotations

import pytest
from conftest import review_reply

pytestmark = pytest.mark.anyio

NORMALISE = (
    "```python\nimport numpy as np\nimport sys\n\ndef normalise(values):\n    arr = np.array(values)\n"
    "    return (arr - arr.mean()) / arr.std()\n```"
)
GREET = "```python\nimport os\n\ndef greet(name):\n    return 'Hello, ' + name\n```"
TOTAL = (
    "```python\ndef total(prices):\n    result = 0\n    count = 0\n    for price in prices:\n"
    "        result += price\n    return result\n```"
)


@pytest.mark.parametrize(
    ("request_text", "finding"),
    [
        (f"I'm a PhD student, not a programmer, so go easy. Is there anything wrong with this?\n{NORMALISE}", "sys"),
        (f"is anything wrong with my greeting function?\n{GREET}", "'os' is imported but never used"),
        (f"Any problems with this script? {NORMALISE}", "'sys' is imported but never used"),
        (f"Spot anything off in here?\n{TOTAL}", "'count' is assigned but never used"),
        (f"my teacher wants me to check: any issues in this code?\n{GREET}", "'os'"),
        (f"Do you see something wrong with this one?\n{TOTAL}", "'count'"),
        (f"anythng wrong with it? see anything wrong?\n{GREET}", "'os'"),
    ],
)
async def test_anything_amiss_is_answered_by_unused_code(request_text, finding):
    failed, text = await review_reply(request_text)
    assert not failed, text
    assert finding in text


@pytest.mark.parametrize(
    "request_text",
    [
        f"What's wrong with this?\n{GREET}",
        f"any bugs here?\n{NORMALISE}",
        f"Is there anything wrong with this? It crashes with a ValueError.\n{GREET}",
    ],
)
async def test_asking_for_the_bug_still_declines_on_clutter_alone(request_text):
    failed, _ = await review_reply(request_text)
    assert failed
