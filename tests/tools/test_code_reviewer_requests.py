"""Whole requests to the code reviewer, phrased as people phrase them: right, or honestly declined.

Each request goes to ``review_request`` with its arguments filled the way the offline model fills them.
"""

from __future__ import annotations

import pytest
from conftest import call, call_as_asked, cpu_time
from mcp_types import CallToolResult, TextContent

from servers.tools.code_reviewer import create_server

pytestmark = pytest.mark.anyio


def _text(result: CallToolResult) -> str:
    block = result.content[0]
    assert isinstance(block, TextContent), result.content
    return block.text


async def ask(request: str) -> CallToolResult | None:
    """The tool's result for ``request``; None when the offline model would ask for the code instead."""
    return await call_as_asked(create_server(), "review_request", request)


async def answered(request: str) -> tuple[str, list[tuple[int, str]]]:
    result = await ask(request)
    assert result is not None and not result.is_error, result and result.content
    data = result.structured_content
    assert data is not None
    return data["answer"], [(f["line"], f["rule"]) for f in data["findings"]]


async def declined(request: str) -> str:
    result = await ask(request)
    assert result is not None and result.is_error, result and result.structured_content
    return _text(result)


BUG_REPORTS = [
    (
        "My grading function blows up for a score of 50, what's wrong?\n```python\ndef grade(score):\n"
        "    if score >= 90:\n        letter = 'A'\n    elif score >= 70:\n        letter = 'B'\n"
        "    return letter\n```",
        6,
        "possibly-unbound",
    ),
    (
        "Why does sign() give me None for zero?\n```python\ndef sign(x):\n    if x > 0:\n        return 1\n"
        "    elif x < 0:\n        return -1\n```",
        4,
        "missing-return",
    ),
    (
        "This loop never finishes and I can't see why:\n```\ncount = 0\nwhile count < 3:\n    print('tick')\n```",
        2,
        "loop-never-ends",
    ),
    (
        "getting IndexError: list index out of range here\n```python\ndef show(names):\n"
        "    for i in range(1, len(names) + 1):\n        print(i, names[i])\n```",
        3,
        "index-off-by-one",
    ),
    (
        "Every call to add_tag seems to remember the tags from the previous call. Bug?\n```python\n"
        "def add_tag(tag, tags=[]):\n    tags.append(tag)\n    return tags\n```",
        1,
        "mutable-default",
    ),
    (
        "some of the empty strings survive this cleanup, why?\n```python\ndef tidy(words):\n"
        "    for w in words:\n        if w == '':\n            words.remove(w)\n    return words\n```",
        4,
        "modify-while-iterating",
    ),
    (
        "Can you find the bug? It dies with RecursionError.\n```python\ndef countdown(n):\n    print(n)\n"
        "    countdown(n - 1)\n```",
        1,
        "recursion-no-base",
    ),
    (
        "The login check fails even when I type admin:\n```python\nrole = input('role: ')\nif role is 'admin':\n"
        "    print('welcome')\n```",
        2,
        "is-literal",
    ),
    (
        "why is my discount always applied??\n```python\ndef discount(code):\n    if code == 'SAVE10' or 'save10':\n"
        "        return 0.1\n    return 0\n```",
        2,
        "constant-condition",
    ),
    (
        "Help, TypeError when comparing the age:\n```python\nage = input('Age: ')\nif age > 17:\n    print('ok')\n```",
        2,
        "input-not-converted",
    ),
    (
        "the total I print crashes my script, what did I do wrong\n```python\nprices = [3, 5]\ntotal = sum(prices)\n"
        "print('Total: ' + total)\n```",
        3,
        "str-plus-number",
    ),
    (
        "My greeting prints the curly braces literally, not the name:\n```python\ndef hello(name):\n"
        "    return 'Hi {name}!'\n```",
        2,
        "missing-f-prefix",
    ),
    (
        "Is this correct? It should return the sorted list.\n```python\ndef ranked(scores):\n"
        "    return scores.sort(reverse=True)\n```",
        2,
        "none-result",
    ),
    (
        "What's the bug here? It stops after the first item.\n```python\ndef has_even(numbers):\n"
        "    for n in numbers:\n        if n % 2 == 0:\n            return True\n        else:\n"
        "            return False\n```",
        6,  # the else's 'return False', which belongs after the loop
        "return-in-loop",
    ),
    (
        "Something's off with my average, it crashes on an empty list\n```python\ndef average(xs):\n"
        "    return sum(xs) / len(xs)\n```",
        2,
        "division-by-len",
    ),
    (
        'Find the bug in my lookup: def user_by_name(db, name): return db.execute("SELECT * FROM users WHERE '
        'name = \'" + name + "\'").fetchone()',
        1,
        "sql-injection",
    ),
]


@pytest.mark.parametrize(("request_text", "line", "rule"), BUG_REPORTS, ids=[b[2] for b in BUG_REPORTS])
async def test_a_bug_report_is_answered_with_the_bug_and_its_line(request_text: str, line: int, rule: str):
    text, findings = await answered(request_text)
    assert (line, rule) in findings
    assert f"line {line}:" in text and rule in text


async def test_asking_if_code_is_right_gets_a_misuse_but_a_bug_hunt_does_not():
    code = "```python\ndef is_missing(value):\n    if value == None:\n        return True\n    return False\n```"
    text, findings = await answered(f"What's wrong with this?\n{code}")
    assert findings == [(2, "none-comparison")] and text.startswith("The checks found no bug")
    assert "They noted: line 2 none-comparison" in await declined(f"Find the bug, it crashes sometimes:\n{code}")


async def test_a_builtin_shadowed_by_data_and_then_called_is_the_bug():
    _, findings = await answered(
        "Why does this crash with 'list' object is not callable?\n```python\nlist = [3, 1, 2]\n"
        "ordered = sorted(list)\ncopy = list(ordered)\n```"
    )
    assert (1, "shadowed-builtin") in findings


async def test_a_review_names_every_finding_with_its_line():
    text, findings = await answered(
        "Review this code:\n```python\nimport os\nimport sys\n\ndef run(cmd):\n    os.system('sh -c ' + cmd)\n```"
    )
    assert findings == [(2, "unused-import"), (5, "shell-injection")]
    assert "line 2:" in text and "line 5:" in text and "Not checked:" in text


async def test_a_clean_review_says_what_passed_and_what_was_not_checked():
    text, findings = await answered(
        "Please review my function:\n```python\ndef clamp(value, low, high):\n"
        "    return max(low, min(value, high))\n```"
    )
    assert findings == []
    assert "not a proof that the code is correct" in text and "unbound variables" in text
    assert "whether the logic does what you intend" in text and not text.startswith("No problems found")


@pytest.mark.parametrize(
    ("request_text", "reason"),
    [
        ("Find the bug:\n```python\ndef area(w, h):\n    return w * h\n```", "found no bug"),
        ("Find the bug:\n```python\ndef load(ids):\n    return [fetch_row(i) for i in ids]\n```", "found no bug"),
        ("What's wrong with line 2?\n```python\nx = 1\ny = x + 1\nprint(y)\n```", "no bug on line 2"),
        (
            "It returns None, why?\n```python\ndef double(x):\n    result = x * 2\n    print(result)\n```",
            "explains 'returns none'",
        ),
        ("Explain what this does: ```def f(xs): return [x for x in xs if x]```", "explain what code does"),
        (
            "Here is my helper:\n```python\ndef is_even(n):\n    return n % 2 == 0\n```\nNow write a function that "
            "counts the even numbers in a list.",
            "write new code",
        ),
        ("Does this follow PEP 8? ```def f(x): return x```", "PEP 8"),
        ("What's the big-O of this?\n```python\nfor i in range(n):\n    print(i)\n```", "big-O"),
        ("Review this Go function:\n```go\nfunc add(a int, b int) int { return a + b }\n```", "looks like Go"),
        ("Which is faster?\n```python\nx = 1\n```\nor\n```python\nx = 2\n```", "2 separate code blocks"),
        ("Is this secure?\n```python\ndef shout(text):\n    return text.upper()\n```", "can't rule out other holes"),
        ("Any bugs in this JavaScript?\n```js\nconst total = (a, b) => a + b;\n```", "JavaScript checks fired"),
        ("Review my function: it should add two numbers but gives the wrong answer", "no code"),
        (
            "Is this thread-safe?\n```python\ncounter = 0\ndef bump():\n    global counter\n    counter += 1\n```",
            "concurrency",
        ),
        ("What does line 2 do?\n```python\nitems = [3, 1]\nitems.sort()\n```", "explain what code does"),
        ("Give this a score out of 10:\n```python\ndef f(x):\n    return x\n```", "score code"),
    ],
)
async def test_what_static_checks_cannot_settle_is_declined_in_one_line(request_text: str, reason: str):
    message = await declined(request_text)
    assert reason.lower() in message.lower()
    assert "\n" not in message


@pytest.mark.parametrize(
    "request_text",
    ["Can you review my function for bugs?", "Find the bug in my code", "Write a function that checks for primes"],
)
async def test_a_request_without_any_code_is_asked_for_the_code(request_text: str):
    assert await ask(request_text) is None


async def test_code_pasted_from_a_repl_or_an_editor_gutter_is_read_as_source():
    _, repl = await answered(
        "Why does the list keep growing?\n```pycon\n>>> def f(acc=[]):\n...     acc.append(1)\n...     return acc\n"
        ">>> f()\n[1]\n```"
    )
    assert repl == [(1, "mutable-default")]
    _, gutter = await answered(
        "Find the bug:\n```\n1  def grade(s):\n2      if s > 90:\n3          g = 'A'\n4      return g\n```"
    )
    assert gutter == [(4, "possibly-unbound")]


async def test_a_snippet_quoted_in_a_sentence_is_not_judged_as_a_whole_program():
    text, findings = await answered(
        "Quick style question: is `value == None` fine here, or should it be written another way?"
    )
    assert findings == [(1, "none-comparison")] and "is None" in text


async def test_code_without_a_fence_after_the_question_keeps_its_syntax_error():
    _, findings = await answered("What's wrong with this?\nfor i in range(3)\n    print(i)")
    assert findings == [(1, "syntax-error")]


async def test_a_speed_question_gets_the_slow_pattern():
    text, findings = await answered(
        "Why is this so slow on big inputs?\n```python\ndef unique(items):\n    seen = []\n    for x in items:\n"
        "        if x not in seen:\n            seen.append(x)\n    return seen\n```"
    )
    assert findings == [(4, "list-membership-in-loop")] and text.startswith("Performance suggestions")


async def test_questions_the_checks_settle_are_answered():
    valid, _ = await answered("Is this valid Python?\n```python\nnames = ['a', 'b']\nprint(len(names))\n```")
    assert valid.startswith("The code is valid Python")
    broken, findings = await answered("Why won't this run?\n```python\ndef f(x)\n    return x\n```")
    assert findings == [(1, "syntax-error")] and "line 1, column 9" in broken
    safe, _ = await answered(
        "Is this query safe from SQL injection?\n```python\ndef get(db, uid):\n"
        "    return db.execute('SELECT * FROM users WHERE id = ?', (uid,)).fetchone()\n```"
    )
    assert safe.startswith("No SQL injection") and "line 2" in safe


async def test_the_most_complex_function_is_named():
    code = (
        "def a(x):\n    return x\n\n"
        "def b(x):\n    if x > 1:\n        return 1\n    elif x < 0:\n        return 2\n    return 3\n"
    )
    text, _ = await answered(f"Which function is hardest to maintain?\n```python\n{code}```")
    assert text.startswith("Most complex: 'b' (line 4), cyclomatic complexity 3")


async def test_javascript_gets_its_token_checks_and_says_it_is_only_that():
    text, findings = await answered(
        "What's wrong with my JS?\n```javascript\nfunction last(items) {\n  for (let i = 0; i <= items.length; i++) {\n"
        "    if (items[i] == '') { return i; }\n  }\n}\n```"
    )
    assert (2, "index-off-by-one") in findings and (3, "loose-equality") in findings
    assert "token-level checks only" in text


@pytest.mark.parametrize(
    ("hostile", "reason"),
    [
        ("Review this:\n```python\n" + "x = 1\n" * 200_000 + "```", "too long"),  # over a megabyte
        ("Find the bug:\n```python\nx = " + "(" * 5_000 + "1" + ")" * 5_000 + "\n```", "too many nested"),
        (
            "Find the bug:\n```python\n" + "".join(" " * i + "if x:\n" for i in range(120)) + " " * 120 + "pass\n```",
            "too many levels of indentation",
        ),
        ("Find the bug:\n```python\nx = " + "[" * 150 + "]" * 150 + "\n```", "nests over"),
        ("Find the bug:\n```python\nx = " + " + ".join(["a"] * 25_000) + "\n```", "cannot parse"),
        ("Find the bug:\n```python\nx = " + "-" * 90_000 + "1\n```", "cannot parse"),
        ("Review:\n```python\n" + "".join(f"def f{i}(n):\n    return n\n" for i in range(4_000)) + "```", "too long"),
        ("Review:\n```python\n" + "x = [" + "1, " * 16_000 + "]\n```", "too big"),
    ],
    ids=["1MB", "deep-parentheses", "deep-blocks", "deep-lists", "huge-sum", "unary-chain", "many-lines", "many-nodes"],
)
async def test_hostile_input_is_declined_or_reported_quickly_without_a_crash(hostile: str, reason: str):
    with cpu_time() as spent:
        result = await call(create_server(), "review_request", request=hostile, code=hostile)
    assert spent.seconds < 1.0
    if result.is_error:
        said = _text(result)
    else:
        assert result.structured_content is not None
        said = result.structured_content["answer"]
    assert reason in said
