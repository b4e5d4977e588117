"""JavaScript through the code reviewer: token-level checks that strings, comments and regexes cannot fool."""

from __future__ import annotations

import pytest
from conftest import call, call_as_asked, error_text

from servers.tools.code_reviewer import create_server
from servers.tools.code_reviewer.javascript import review

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


async def test_a_secret_written_into_front_end_code_is_flagged():
    code = (
        'const STRIPE_KEY = "sk_live_51Hx0987abc";\n'
        "const config = {\n"
        '  apiKey: "AIzaSyA-1234567890",\n'
        "  clientSecret: `s3cr3t-value`,\n"
        "};\n"
        'settings.password = "hunter22";\n'
    )
    assert await findings(code) == [
        (1, "hardcoded-secret"),
        (3, "hardcoded-secret"),
        (4, "hardcoded-secret"),
        (6, "hardcoded-secret"),
    ]


def test_a_secret_read_from_elsewhere_or_a_placeholder_is_not_flagged():
    code = (
        "const apiKey = process.env.API_KEY;\n"
        'const password = "";\n'
        'const token = "<your token here>";\n'
        "const authToken = `Bearer ${session.token}`;\n"
        'const field = { password: "password" };\n'
        'const label = loggedIn ? token : "guest";\n'
        'const CACHE_KEY = "user:42";\n'
    )
    assert review(code) == []


async def test_a_review_asked_in_words_names_the_secret():
    request = (
        "Our intern wrote this for the checkout page, anything wrong?\n"
        '```javascript\nconst API_KEY = "sk_live_51HxYz0987abc";\n'
        'fetch("/charge", { headers: { Authorization: `Bearer ${API_KEY}` } });\n```'
    )
    result = await call_as_asked(create_server(), "review_request", request)
    assert result is not None and not result.is_error, result and result.content
    text = result.content[0].text
    assert "API_KEY" in text and "secret" in text
