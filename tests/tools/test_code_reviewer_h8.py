"""A bare ``except:`` that swallows every error is named as a bare except, however the review is asked for; a
handler that names its class (``except Exception: pass``) is not called bare."""

from __future__ import annotations

import pytest
from conftest import call_as_asked, error_text

from servers.tools.code_reviewer import create_server

pytestmark = pytest.mark.anyio


async def reviewed(request: str) -> str:
    result = await call_as_asked(create_server(), "review_request", request)
    assert result is not None, "the offline model found no code in the request"
    assert not result.is_error, error_text(result)
    return result.structured_content["answer"]


@pytest.mark.parametrize(
    ("request_", "line"),
    [
        (
            "Review this function:\n```python\ndef load(path):\n    try:\n        return open(path).read()\n"
            "    except:\n        pass\n```",
            4,
        ),
        (
            "Can you check this for problems?\n```python\ndef parse_all(lines):\n    out = []\n    for line in lines:\n"
            "        try:\n            out.append(int(line))\n        except:\n            continue\n"
            "    return out\n```",
            6,
        ),
        (
            "is this code ok?\n```python\ndef read_port(config):\n    try:\n        return int(config['port'])\n"
            "    except:\n        pass\n    return 8080\n```",
            4,
        ),
        (
            "Look over my helper please\n```python\nimport json\ndef settings(text):\n    try:\n        return "
            'json.loads(text)\n    except:\n        "ignore bad input"\n    return {}\n```',
            5,
        ),
    ],
)
async def test_a_bare_except_that_swallows_errors_is_named_bare(request_: str, line: int) -> None:
    answer = await reviewed(request_)
    assert f"line {line}: this bare 'except:' catches every exception" in answer
    assert "swallowed-exception" in answer


async def test_a_handler_naming_exception_is_not_called_bare() -> None:
    answer = await reviewed(
        "Review this:\n```python\ndef fetch(url, get):\n    try:\n        return get(url)\n    except Exception:\n"
        "        pass\n```"
    )
    assert "catches every Exception and does nothing" in answer
    assert "bare" not in answer
