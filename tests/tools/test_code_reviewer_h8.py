"""A bare ``except:`` that swallows every error is named as a bare except, however the review is asked for; a
handler that names its class (``except Exception: pass``) is not called bare."""

from __future__ import annotations

import pytest
from conftest import reviewed

pytestmark = pytest.mark.anyio


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
