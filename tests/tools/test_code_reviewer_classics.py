"""The classic bugs users bring (a loop that stops one short, a dict read before the key exists, ``//`` for an
average, a bound that runs away, async forEach, a switch that falls through), the look-alikes that are fine, and
symptoms that no finding explains, which are declined rather than answered with an unrelated finding."""

from __future__ import annotations

import pytest

from tests.tools.test_code_reviewer_requests import answered, declined

pytestmark = pytest.mark.anyio


def fenced(code: str, tag: str = "python") -> str:
    return f"```{tag}\n{code}\n```"


CLASSICS = [
    (
        "the last price never gets added to my total, why?\n"
        + fenced(
            "def total(prices):\n    s = 0\n    for i in range(len(prices) - 1):\n        s += prices[i]\n    return s"
        ),
        3,
        "loop-skips-last",
    ),
    (
        "KeyError when I count the words\n"
        + fenced("def counts(text):\n    seen = {}\n    for w in text.split():\n        seen[w] += 1\n    return seen"),
        4,
        "missing-key",
    ),
    (
        "TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'\n"
        + fenced("RATES = {'eur': 2}\n\ndef convert(code, amount):\n    return RATES.get(code) * amount"),
        4,
        "get-none-arithmetic",
    ),
    (
        "my groups come back empty, what's wrong\n"
        + fenced(
            "def group(rows):\n    out = {}\n    for k, v in rows:\n        out.get(k, []).append(v)\n    return out"
        ),
        4,
        "get-default-discarded",
    ),
    (
        "why is the mean always a whole number?\n" + fenced("def mean(xs):\n    return sum(xs) // len(xs)"),
        2,
        "floor-division",
    ),
    (
        "this never stops running\n"
        + fenced("def up_to(n):\n    i = 0\n    while i < n:\n        print(i)\n        n += 1\n    return i"),
        3,
        "loop-never-ends",
    ),
    (
        "AttributeError: 'NoneType' object has no attribute 'append'\n"
        + fenced(
            "def squares(n):\n    out = []\n    for i in range(n):\n        out = out.append(i * i)\n    return out"
        ),
        4,
        "none-result",
    ),
    (
        "every greeter greets the last name\n"
        + fenced(
            "def greeters(names):\n    out = []\n    for name in names:\n        def greet():\n"
            "            return 'hi ' + name\n        out.append(greet)\n    return out"
        ),
        4,
        "late-binding-closure",
    ),
    (
        "setting one cell changes every row\n"
        + fenced("def board(n):\n    grid = [[0] * n] * n\n    grid[0][0] = 1\n    return grid"),
        2,
        "shared-inner-list",
    ),
    (
        "review this please\n" + fenced("import json\n\ndef settings(path):\n    return json.load(open(path))"),
        4,
        "open-without-with",
    ),
]


@pytest.mark.parametrize(("request_text", "line", "rule"), CLASSICS)
async def test_a_classic_bug_is_answered_with_its_line(request_text: str, line: int, rule: str):
    text, findings = await answered(request_text)
    assert (line, rule) in findings
    assert f"line {line}:" in text


LOOK_ALIKES = [
    ("def pairs(xs):\n    return [(xs[i], xs[i + 1]) for i in range(len(xs) - 1)]", "loop-skips-last"),
    (
        "def join(parts):\n    out = ''\n    for i in range(len(parts) - 1):\n        out += parts[i] + ', '\n"
        "    return out + parts[-1]",
        "loop-skips-last",
    ),
    (
        "def counts(text):\n    seen = {}\n    for w in text.split():\n        if w not in seen:\n"
        "            seen[w] = 0\n        seen[w] += 1\n    return seen",
        "missing-key",
    ),
    (
        "def counts(words):\n    seen = {}\n    for w in words:\n        seen[w] = seen.get(w, 0) + 1\n    return seen",
        "",
    ),
    ("def cost(prices, item, qty):\n    if item in prices:\n        return prices.get(item) * qty\n    return 0", ""),
    (
        "def group(rows):\n    out = {}\n    for k, v in rows:\n        out.setdefault(k, []).append(v)\n"
        "    return out",
        "",
    ),
    ("def pages(n, per):\n    return (n + per - 1) // per", "floor-division"),
    (
        "def find(xs, t):\n    lo, hi = 0, len(xs) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n"
        "        if xs[mid] < t:\n            lo = mid + 1\n        else:\n            hi = mid - 1\n    return lo",
        "",
    ),
    ("import pandas as pd\n\ndef grow(df, row):\n    df = df.append(row)\n    return df", "none-result"),
    ("def read(path):\n    with open(path) as f:\n        return f.read()", "open-without-with"),
    ("def board(n):\n    grid = [[0] * n for _ in range(n)]\n    grid[0][0] = 1\n    return grid", "shared-inner-list"),
    ("def blank(n):\n    rows = [[0] * n] * n\n    return rows", "shared-inner-list"),
    (
        "def run_all(names):\n    for name in names:\n        def greet():\n            return 'hi ' + name\n"
        "        print(greet())",
        "late-binding-closure",
    ),
]


@pytest.mark.parametrize(("code", "rule"), LOOK_ALIKES)
async def test_a_look_alike_of_a_classic_bug_is_not_reported(code: str, rule: str):
    text, findings = await answered(f"review this\n{fenced(code)}")
    new_rules = {"loop-skips-last", "missing-key", "get-none-arithmetic", "get-default-discarded", "floor-division"}
    new_rules |= {"shared-inner-list"}
    assert not [f for f in findings if f[1] == rule or f[1] in new_rules], text


async def test_a_wrong_total_is_not_explained_by_a_file_left_open():
    code = (
        "def total(lines):\n    log = open('audit.log', 'a')\n    amount = sum(lines)\n    log.write(str(amount))\n"
        "    return amount"
    )
    assert "explains 'total wrong'" in await declined(f"why is the total wrong?\n{fenced(code)}")


async def test_a_hang_is_not_explained_by_a_shared_default():
    code = "def collect(queue, seen=[]):\n    for item in queue:\n        seen.append(item)\n    return seen"
    assert "no bug that explains" in await declined(f"why does it never stop running?\n{fenced(code)}")


async def test_a_crash_is_not_explained_by_a_late_bound_loop_variable():
    code = "def handlers(names):\n    out = []\n    for n in names:\n        out.append(lambda: n)\n    return out"
    assert "ValueError" in await declined(f"why does this raise ValueError?\n{fenced(code)}")


async def test_a_wrong_result_is_still_explained_by_a_bug_that_changes_values():
    code = "def add(item, items=[]):\n    items.append(item)\n    return items"
    _, findings = await answered(f"why does it give the wrong result on the second call?\n{fenced(code)}")
    assert (1, "mutable-default") in findings


JS_CLASSICS = [
    (
        "for (var i = 0; i < 3; i++) {\n  setTimeout(function () {\n    console.log(i);\n  }, 10);\n}",
        1,
        "var-loop-closure",
    ),
    ("async function all(xs) {\n  xs.forEach(async (x) => {\n    await save(x);\n  });\n}", 2, "foreach-async"),
    (
        "function f(s) {\n  switch (s) {\n    case 'a':\n      x = 1;\n    case 'b':\n      x = 2;\n"
        "      break;\n  }\n}",
        4,
        "switch-fallthrough",
    ),
    ("const n = parseInt(text);", 1, "parseint-radix"),
    ("if (banned.indexOf(word)) {\n  block();\n}", 1, "indexof-truthiness"),
    (
        "async function load(ids) {\n  const users = ids.map(async (id) => fetchUser(id));\n  return users;\n}",
        2,
        "map-async",
    ),
    ("function ok(a, b) {\n  return a + b === 0.3;\n}", 2, "float-equality"),
]


@pytest.mark.parametrize(("code", "line", "rule"), JS_CLASSICS)
async def test_a_classic_javascript_bug_is_found(code: str, line: int, rule: str):
    _, findings = await answered(f"review my javascript\n{fenced(code, 'javascript')}")
    assert (line, rule) in findings


JS_LOOK_ALIKES = [
    "for (let i = 0; i < 3; i++) {\n  setTimeout(function () {\n    console.log(i);\n  }, 10);\n}",
    "for (var i = 0; i < 3; i++) {\n  setTimeout(function () {\n    console.log('tick');\n  }, 10);\n}",
    "async function all(xs) {\n  for (const x of xs) {\n    await save(x);\n  }\n}",
    "function f(s) {\n  switch (s) {\n    case 'a':\n    case 'b':\n      return 2;\n    default:\n"
    "      return 0;\n  }\n}",
    "function f(s) {\n  switch (s) {\n    case 'a':\n      x = 1;\n      // falls through\n    case 'b':\n"
    "      x += 2;\n      break;\n  }\n}",
    "switch (c) {\n  case 1:\n    a()\n    break\n  case 2: {\n    b();\n    break;\n  }\n  default:\n    d()\n}",
    "const n = parseInt(text, 10);",
    "if (banned.indexOf(word) !== -1) {\n  block();\n}",
    "if (list.indexOf) {\n  use(list);\n}",
    "async function load(ids) {\n  const ps = ids.map(async (id) => fetchUser(id));\n"
    "  return await Promise.all(ps);\n}",
    "function half(a) {\n  return a === 0.5;\n}",
]


@pytest.mark.parametrize("code", JS_LOOK_ALIKES)
async def test_a_javascript_look_alike_is_not_reported(code: str):
    new_rules = {"var-loop-closure", "foreach-async", "switch-fallthrough", "parseint-radix", "float-equality"}
    new_rules |= {"indexof-truthiness", "map-async"}
    text = await declined(f"any bugs in my javascript?\n{fenced(code, 'javascript')}")
    assert not any(rule in text for rule in new_rules), text


async def test_a_method_named_like_a_builtin_is_not_taken_for_the_builtin():
    code = "class Gauge:\n    def set(self, value):\n        self.value = value\n\ndef unique(xs):\n    return set(xs)"
    text, findings = await answered(f"review this\n{fenced(code)}")
    assert not [f for f in findings if f[1] == "none-result"], text
