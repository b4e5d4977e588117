"""JavaScript through the code reviewer: token-level checks that strings, comments and regexes cannot fool."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.code_reviewer import create_server

pytestmark = pytest.mark.anyio


async def findings(code: str) -> list[tuple[int, str]]:
    result = await call(create_server(), "review", code=f"```js\n{code}\n```")
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return [(f["line"], f["rule"]) for f in result.structured_content["findings"]]


async def test_each_token_rule_fires_at_its_line():
    code = (
        "var count = 0;\n"
        "if (count = 1) { go(); }\n"
        "if (total == '0') { reset(); }\n"
        "const bad = value === NaN;\n"
        "box.innerHTML = userInput;\n"
        "eval(payload);\n"
    )
    assert await findings(code) == [
        (1, "var-declaration"),
        (2, "assignment-in-condition"),
        (3, "loose-equality"),
        (4, "nan-comparison"),
        (5, "inner-html"),
        (6, "eval-exec"),
    ]


async def test_look_alikes_in_strings_comments_and_regexes_do_not_count():
    code = (
        "// if (a == b) var x\n"
        "const text = 'a == b';\n"
        "const re = /x==y/g;\n"
        "const t = `total ${a === b ? 'var' : ''}`;\n"
        "/* multi\n   line == comment */\n"
        "if (value == null) { skip(); }\n"
        "while (m = re.exec(text)) { use(m); }\n"
        "el.innerHTML = '<b>static</b>';\n"
    )
    result = await call(create_server(), "review", code=f"```js\n{code}\n```")
    assert "None of my JavaScript checks fired" in error_text(result)  # nothing found: declined, not "fine"


async def test_lines_stay_right_after_a_continued_string():
    code = "const html = 'first \\\nsecond';\nif (a == b) { go(); }"
    assert await findings(code) == [(3, "loose-equality")]


async def test_an_unterminated_string_is_declined():
    assert "unterminated string" in error_text(
        await call(create_server(), "review", code="```js\nconst s = 'oops;\n```")
    )
