"""With nothing said but that something is off, a name the code reads as a value and never defines is the likely
bug; a helper called by name may be defined elsewhere. And PHP, whose $variables look like shell, is declined rather
than reviewed as a shell script."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply

pytestmark = pytest.mark.anyio

_CUT_LIST = (
    "```\ndef cut_list(boards, length):\n    pieces = []\n    for b in boards:\n        count = b // length\n"
    "        pieces.append(count)\n    return totl\n```"
)


async def test_something_off_is_answered_by_a_name_never_defined():
    declined, text = await review_reply("Wrote a little cut list thing, something's off:\n" + _CUT_LIST)
    assert not declined
    assert "totl" in text


async def test_a_called_helper_is_not_made_the_bug():
    declined, text = await review_reply(
        "something's off:\n```python\ndef load(ids):\n    return [fetch_row(i) for i in ids]\n```"
    )
    assert declined
    assert "found no bug" in text


async def test_php_is_not_reviewed_as_shell():
    declined, text = await review_reply("review this\n```\n<?php\n$x = $_GET['id'];\necho $x;\n?>\n```")
    assert declined
    assert "PHP" in text
