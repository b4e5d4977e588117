"""Round 38: a lint asked in other words, beside code called messy."""

from __future__ import annotations

import pytest
from conftest import review_reply

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "said"),
    [
        (
            "Lint this please, my team lead says it's a mess:\n```python\nimport re\nimport math\n\ndef area(r):\n"
            "    return math.pi * r * r\n```",
            "'re' is imported but never used",
        ),
        (
            "Could you run a linter over this? My code is messy apparently\n```python\nimport csv\nimport os\n\n"
            "def rows(p):\n    with open(p) as f:\n        return list(csv.reader(f))\n```",
            "'os' is imported but never used",
        ),
        (
            "My messy script, can you lint it?\n```python\nimport random\nimport time\n\ndef wait():\n"
            "    time.sleep(1)\n```",
            "'random' is imported but never used",
        ),
    ],
)
async def test_linted(request_text: str, said: str) -> None:
    declined, text = await review_reply(request_text)
    assert not declined, text
    assert said in text
