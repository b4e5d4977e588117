"""Defects that take a shape of code rather than one call: a continue that skips the update, a maximum seeded
with a constant, recursion that branches without a cache, a file path taken from the web request, a token
made with ``random`` and returned, HTML concatenated into innerHTML. Each is found at its line when there,
and the look-alike that is fine is left alone. Then the answers they give to requests in users' words."""

from __future__ import annotations

import textwrap

import pytest
from conftest import call
from mcp import Client
from mcp_types import TextContent

from agents.models.arguments import fill_arguments
from servers.tools.code_reviewer import create_server

pytestmark = pytest.mark.anyio


async def rules(code: str, tool: str = "lint") -> list[tuple[int, str]]:
    result = await call(create_server(), tool, code=textwrap.dedent(code))
    assert not result.is_error, result.content
    assert result.structured_content is not None
    return [(f["line"], f["rule"]) for f in result.structured_content["findings"]]


async def ask(request: str) -> tuple[bool, str]:
    """(completed, text) for ``request`` through ``review_request``, its arguments filled as the offline model
    fills them."""
    async with Client(create_server()) as client:
        tool = next(t for t in (await client.list_tools()).tools if t.name == "review_request")
        filled = fill_arguments(request, tool.input_schema)
        assert not filled.missing, request
        result = await client.call_tool("review_request", filled.arguments)
    if result.is_error:
        block = result.content[0]
        assert isinstance(block, TextContent)
        return False, block.text
    assert result.structured_content is not None
    return True, result.structured_content["answer"]


async def test_a_continue_that_skips_the_update_loops_forever():
    found = await rules(
        """
        i = 0
        while i < 10:
            if i % 2 == 0:
                continue
            i += 1
        """
    )
    assert found == [(4, "loop-never-ends")]


async def test_a_continue_on_the_item_the_loop_stands_on_loops_forever():
    # the item at 'i' stays the one tested while 'i' stands still; handing the item on hands neither list nor index
    found = await rules(
        """
        def run(clocks, process):
            i = 0
            while i < len(clocks):
                if clocks[i].closed:
                    continue
                process(clocks[i])
                i += 1
        """
    )
    assert found == [(5, "loop-never-ends")]


@pytest.mark.parametrize(
    "code",
    [
        # the update comes before the continue
        "i = 0\nwhile i < 10:\n    i += 1\n    if i % 2 == 0:\n        continue\n    print(i)\n",
        # the branch changes what its test reads
        "i = 0\nwhile i < 10:\n    if i % 2 == 0:\n        i += 3\n        continue\n    i += 1\n",
        # a call on the way may change anything
        "i = 0\nwhile i < 10:\n    if ready(i):\n        continue\n    i += 1\n",
        # the test reads an attribute, which other code may change
        "i = 0\nwhile i < 10:\n    if self.paused:\n        continue\n    i += 1\n",
    ],
    ids=["update-first", "branch-updates", "call-in-test", "attribute-test"],
)
async def test_a_continue_that_cannot_trap_the_loop_is_left_alone(code: str):
    assert not [r for r in await rules(code) if r[1] == "loop-never-ends"]


async def test_a_maximum_seeded_with_zero_misses_negative_lists():
    found = await rules(
        """
        def largest(numbers):
            best = 0
            for n in numbers:
                if n > best:
                    best = n
            return best

        def smallest(numbers):
            low = 0
            for n in numbers:
                low = min(low, n)
            return low
        """
    )
    assert (2, "seeded-extreme") in found and (9, "seeded-extreme") in found


@pytest.mark.parametrize(
    "code",
    [
        "def top(xs):\n    best = xs[0]\n    for n in xs:\n        if n > best:\n            best = n\n    return 1\n",
        "def top(k):\n    best = 0\n    for i in range(k):\n        if i > best:\n            best = i\n",
        "def top(xs):\n    best = 0\n    for n in xs:\n        if n > best:\n            best = n\n    best = 1\n",
    ],
    ids=["seeded-from-data", "over-range", "reassigned-after"],
)
async def test_a_seed_that_cannot_leak_is_left_alone(code: str):
    assert not [r for r in await rules(code) if r[1] == "seeded-extreme"]


async def test_recursion_that_branches_without_a_cache_is_a_speed_suggestion():
    slow = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n"
    completed, text = await ask(f"why is this so slow for n = 35?\n```python\n{slow}```")
    assert completed and "line 4" in text and "exponential-recursion" in text
    cached = "import functools\n\n@functools.cache\n" + slow
    halves = (
        "def sort(xs):\n    if len(xs) < 2:\n        return xs\n    mid = len(xs) // 2\n"
        "    return merge(sort(xs[:mid]), sort(xs[mid:]))\n"
    )
    for fine in (cached, halves):
        completed, text = await ask(f"how can I make this faster?\n```python\n{fine}```")
        assert not completed and "none of the slow patterns" in text


async def test_a_file_path_from_the_request_is_path_traversal():
    found = await rules(
        """
        from flask import request, send_file

        def download():
            name = request.args["name"]
            return send_file("/srv/files/" + name)

        def show():
            return open("/srv/files/" + request.args["name"]).read()

        def fixed():
            return open("/srv/files/readme.txt").read()
        """
    )
    assert [r for r in found if r[1] == "path-traversal"] == [(5, "path-traversal"), (8, "path-traversal")]


async def test_a_token_returned_from_random_is_predictable():
    found = await rules(
        """
        import random
        import string

        def reset_token():
            return "".join(random.choice(string.ascii_letters) for _ in range(20))

        def dice():
            return random.randint(1, 6)
        """
    )
    assert [r for r in found if r[1] == "insecure-random"] == [(5, "insecure-random")]


async def test_html_concatenated_into_inner_html_is_xss_but_a_lone_literal_is_not():
    completed, text = await ask(
        "is this safe?\n```js\nbox.innerHTML = 'Hi ' + params.get('name');\nbox.innerHTML = '<b>hello</b>';\n"
        "box.innerHTML = '<i>'\n  + name;\n```"
    )
    assert completed and "line 1:" in text and "line 3:" in text and "line 2:" not in text
    assert text.count("[inner-html") == 2


AVERAGE = "```python\ndef average(nums):\n    return sum(nums) / len(nums)\n```"


async def test_a_bug_hunt_or_a_crash_gets_the_inputs_the_code_fails_on():
    for request in (f"any bugs?\n{AVERAGE}", f"this crashes sometimes, why?\n{AVERAGE}"):
        completed, text = await ask(request)
        assert completed and text.startswith("The checks found no definite bug, but the code fails on some inputs")
        assert "line 2" in text and "empty" in text


async def test_a_wrong_result_is_not_explained_by_a_crash_on_empty_input():
    completed, text = await ask(f"my average gives the wrong value, why?\n{AVERAGE}")
    assert not completed and "found no bug" in text


async def test_a_misuse_answers_a_bug_hunt_that_reports_no_failure():
    code = "```python\ndef read(path):\n    f = open(path)\n    data = f.read()\n    return data\n```"
    completed, text = await ask(f"check this for bugs:\n{code}")
    assert completed and text.startswith("The checks found no bug") and "open-without-with" in text
    completed, text = await ask(f"this crashes on big files, fix it:\n{code}")
    assert not completed


@pytest.mark.parametrize(
    "request_text",
    [
        "will this pass our CI pipeline?\n```python\ndef slug(t):\n    return t.lower()\n```",
        "does this work on Python 2?\n```python\nprint(f'{1}')\n```",
    ],
)
async def test_how_code_fares_where_it_runs_is_declined(request_text: str):
    completed, text = await ask(request_text)
    assert not completed and "never run it" in text


async def test_asking_if_the_function_is_correct_is_a_bug_question():
    completed, text = await ask(
        "Is this function correct?\n```python\ndef is_prime(n):\n    for i in range(2, n):\n        if n % i == 0:\n"
        "            return False\n    return True\n```"
    )
    assert not completed and "found no bug" in text  # not a clean review presented as an answer
