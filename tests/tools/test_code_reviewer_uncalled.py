"""Calls that never run, as users paste them: a coroutine not awaited, a method named without parentheses, and
the review note on a divisor nobody checks. Each is found where the code shows it, and nowhere else."""

from __future__ import annotations

import pytest

from tests.tools.test_code_reviewer_requests import answered, declined

pytestmark = pytest.mark.anyio


def fenced(code: str) -> str:
    return f"```python\n{code}\n```"


@pytest.mark.parametrize(
    ("request_text", "line"),
    [
        (
            "the results look weird, can you review it?\n"
            + fenced(
                "async def fetch_all(client, urls):\n    results = []\n    for url in urls:\n"
                "        results.append(client.get(url))\n    return results"
            ),
            4,
        ),
        (
            "my backoff doesn't seem to wait at all\n"
            + fenced(
                "import asyncio\n\nasync def retry(op):\n    for n in range(3):\n        try:\n"
                "            return await op()\n        except OSError:\n            asyncio.sleep(2 ** n)"
            ),
            8,
        ),
        (
            "review please\n"
            + fenced(
                "async def load(db, key):\n    return await db.get(key)\n\nasync def show(db, key):\n"
                "    row = load(db, key)\n    return row['name']"
            ),
            5,
        ),
    ],
)
async def test_a_coroutine_called_without_await_is_named(request_text, line):
    answer, findings = await answered(request_text)
    assert (line, "missing-await") in findings
    assert "missing await" in answer


@pytest.mark.parametrize(
    "code",
    [
        # gathered on purpose
        "import asyncio\n\nasync def fetch_all(client, urls):\n    jobs = [client.get(u) for u in urls]\n"
        "    return await asyncio.gather(*jobs)",
        # an async context manager, not a coroutine to await
        "async def status(session, url):\n    async with session.get(url) as response:\n        return response.status",
        # a sync client in async code is another problem, not a missing await
        "import requests\n\nasync def ping(session, url):\n    return session.get(url, timeout=5).status_code",
        # an async generator is iterated, not awaited
        "async def numbers():\n    yield 1\n\nasync def total():\n    return sum([n async for n in numbers()])",
    ],
)
async def test_coroutines_scheduled_on_purpose_are_not_flagged(code):
    result = await answered("review this\n" + fenced(code))
    assert all(rule != "missing-await" for _, rule in result[1]), result


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("def first_word(text):\n    return text.split(' ')[0].lower", 2),
        ("def names(path):\n    with open(path) as fh:\n        return [line.strip for line in fh]", 3),
        ("def shouting(message: str) -> bool:\n    return message == message.upper", 2),
        ("def save(path, text):\n    fh = open(path, 'w')\n    fh.write(text)\n    fh.close", 4),
    ],
)
async def test_a_method_named_without_parentheses_is_found(code, line):
    answer, findings = await answered("is anything wrong here?\n" + fenced(code))
    assert (line, "method-not-called") in findings
    assert "not called" in answer


@pytest.mark.parametrize(
    "code",
    [
        "def by_name(words):\n    return sorted(words, key=str.lower)",
        "def clean(lines):\n    return list(map(str.strip, lines))",
        "def bounds(interval):\n    return interval.lower, interval.upper",
    ],
)
async def test_a_method_passed_on_or_an_attribute_is_not_flagged(code):
    answer, findings = await answered("review this\n" + fenced(code))
    assert all(rule != "method-not-called" for _, rule in findings), answer


async def test_a_mutable_default_is_called_by_its_common_name():
    answer, _ = await answered(
        "Anything wrong with this?\n" + fenced("def add(tag, tags=[]):\n    tags.append(tag)\n    return tags")
    )
    assert "mutable default argument" in answer


async def test_a_plain_review_notes_an_unguarded_divisor_but_a_bug_hunt_does_not_call_it_the_bug():
    code = fenced("def ratio(a, b):\n    return a / b")
    answer, findings = await answered("Review this code:\n" + code)
    assert findings == [(2, "unchecked-divisor")] and "ZeroDivisionError" in answer
    assert "found no bug" in await declined("Find the bug:\n" + code)


@pytest.mark.parametrize(
    "code",
    [
        "from pathlib import Path\n\ndef report(base: Path, name: str) -> Path:\n    return base / name",
        "def target(output_dir, name):\n    return output_dir / name",
        "def share(part, whole):\n    if not whole:\n        return 0.0\n    return part / whole",
    ],
)
async def test_a_path_join_or_a_checked_divisor_gets_no_division_note(code):
    answer, findings = await answered("Please review:\n" + fenced(code))
    assert all(rule != "unchecked-divisor" for _, rule in findings), answer
