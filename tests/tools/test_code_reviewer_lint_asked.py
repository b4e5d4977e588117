""" "Can you lint this for me? ... my supervisor says my code is messy" asks for a lint: the review's findings (an
unused import) with refactoring ideas, not a refactor alone that finds nothing to reshape and declines."""

from __future__ import annotations

import pytest
from conftest import review_reply

pytestmark = pytest.mark.anyio


async def test_a_lint_of_code_called_messy_reports_unused_imports() -> None:
    declined, text = await review_reply(
        "Can you lint this for me? PhD student, my supervisor says my code is messy\n```python\nimport os\nimport sys"
        "\nimport json\n\ndef load(path):\n    with open(path) as f:\n        return json.load(f)\n```"
    )
    assert not declined, text
    assert "'os' is imported but never used" in text
