"""Round 34: a vague report of trouble ("something's off", "it doesn't work") is answered by a name read as a value
that the code never defines; a called helper, a stated symptom and an approval question are left as before; PHP in
any wording is declined, not reviewed as shell."""

from __future__ import annotations

import pytest

from tests.tools.conftest import review_reply

pytestmark = pytest.mark.anyio


def _function(name: str, typo: str) -> str:
    return (
        f"```\ndef {name}(items, size):\n    out = []\n    for item in items:\n        out.append(item * size)\n"
        f"    return {typo}\n```"
    )


@pytest.mark.parametrize(
    "request_text",
    [
        "Wrote a little helper, something's off:\n" + _function("scale", "outt"),
        "this doesn't work:\n" + _function("scale_all", "reslt"),
        "what's wrong with this?\n" + _function("grow", "answr"),
        "Something is off here\n" + _function("times", "collected"),
        "it crashes, why?\n" + _function("mul", "rezult"),
        "can you find the bug\n" + _function("scaled", "output_list"),
    ],
)
async def test_a_name_read_as_a_value_and_never_defined_answers_vague_trouble(request_text):
    declined, text = await review_reply(request_text)
    assert not declined
    assert "not defined" in text or "undefined name" in text


@pytest.mark.parametrize(
    "request_text",
    [
        "something's off:\n```python\ndef load(ids):\n    return [fetch_row(i) for i in ids]\n```",
        "any bugs?\n```python\ndef save(rows):\n    for row in rows:\n        db.insert(row)\n```",
        "what's wrong with it?\n```python\ndef show(x):\n    render(x)\n    return x\n```",
    ],
)
async def test_a_helper_called_or_used_by_name_is_not_made_the_bug(request_text):
    declined, text = await review_reply(request_text)
    assert declined
    assert "found no bug" in text


@pytest.mark.parametrize(
    "request_text",
    [
        "review this\n```\n<?php\n$x = $_GET['id'];\necho $x;\n?>\n```",
        "any problems here?\n```\n<?php\n$name = $_POST['name'];\necho \"Hello \" . $name;\n```",
        "check my code\n```\n<?php\nfunction add($a, $b) { return $a + $b; }\n?>\n```",
        "is this secure\n```\n<?PHP\n$id = $_GET['id'];\n$q = \"SELECT * FROM t WHERE id=$id\";\n```",
        "bugs?\n```\n<?php\nforeach ($items as $item) {\n  echo $item;\n}\n```",
        "review my page\n```\n<?php echo $title; ?>\n```",
    ],
)
async def test_php_is_declined_not_reviewed_as_shell(request_text):
    declined, text = await review_reply(request_text)
    assert declined
    assert "PHP" in text
