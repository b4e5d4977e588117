"""Code-review requests as users send them (fenced, pasted bare, from a REPL, with line numbers, with Windows line
ends): answered with the bug and its line, or declined in one line, never a finding the code does not have.

Each request goes to ``review_request`` with its arguments filled the way the offline model fills them.
"""

from __future__ import annotations

import pytest

from tests.tools.test_code_reviewer_requests import answered, ask, declined

pytestmark = pytest.mark.anyio


def fenced(code: str, tag: str = "python") -> str:
    return f"```{tag}\n{code}\n```"


USER_REQUESTS = [
    (
        "pretty sure something's off in this loop, it blows up on the last element\n"
        + fenced("def pairs(xs):\n    out = []\n    for i in range(len(xs)):\n        out.append((xs[i], xs[i + 1]))"),
        4,
        "index-off-by-one",
    ),
    (
        "why does the list keep growing each time I call this function??\n"
        + fenced("def log_event(event, history=[]):\n    history.append(event)\n    return history"),
        1,
        "mutable-default",
    ),
    (
        "is this code ok?\n"
        + fenced(
            "def read_port(config):\n    try:\n        return int(config['port'])\n    except:\n        return 8080"
        ),
        4,
        "bare-except",
    ),
    (
        "Can you check this for security issues?\n"
        + fenced(
            "def products_in(cur, category):\n"
            "    cur.execute(\"SELECT id FROM products WHERE category = '%s'\" % category)\n"
            "    return cur.fetchall()"
        ),
        2,
        "sql-injection",
    ),
    (
        "I let users type a formula and run it like this. Is that OK?\n"
        + fenced("def apply_formula(formula, x):\n    return eval(formula, {'x': x})"),
        2,
        "eval-exec",
    ),
    (
        "any problems with this?\n"
        + fenced("def count_lines(path):\n    f = open(path)\n    return len(f.readlines())"),
        2,
        "open-without-with",
    ),
    (
        "quick sanity check, anything I should change here?\n"
        + fenced(
            "def label(user):\n    if user.nickname == None:\n        return user.email\n    return user.nickname"
        ),
        2,
        "none-comparison",
    ),
    (
        "code review please\n"
        + fenced("def total(list):\n    sum = 0\n    for x in list:\n        sum += x\n    return sum"),
        1,
        "shadowed-builtin",
    ),
    (
        "my retry loop spins forever, can you see why?\n"
        + fenced(
            "attempts = 0\nwhile attempts < 3:\n    ok = try_connect()\n    if ok:\n        break\n"
            "    print('retrying')"
        ),
        2,
        "loop-never-ends",
    ),
    (
        "getting ZeroDivisionError sometimes, help\n"
        + fenced("def percent_done(done, total):\n    return done / total * 100\n\nprint(percent_done(0, 0))"),
        2,
        "division-by-zero",
    ),
    (
        "this gives me None instead of the list, what's wrong\n"
        + fenced("def squares(nums):\n    result = [n * n for n in nums]\n\nprint(squares([1, 2, 3]))"),
        2,
        "none-result",
    ),
    (
        "this says every day is a weekend day, what gives?\n"
        + fenced("def is_weekend(day):\n    if day == 'Sat' or 'Sun':\n        return True\n    return False"),
        2,
        "constant-condition",
    ),
    (
        "any security problems in this js?\n"
        + fenced("function calculate(expr) {\n  const result = eval(expr);\n  return Number(result);\n}", "javascript"),
        2,
        "eval-exec",
    ),
    (
        "any bugs here? it prints undefined at the end\n"
        + fenced(
            "const names = ['ann', 'bo'];\nfor (let i = 0; i <= names.length; i++) {\n  console.log(names[i]);\n}", "js"
        ),
        2,
        "index-off-by-one",
    ),
    (
        "we parse config uploads with this, any concerns?\n"
        + fenced("import yaml\n\ndef parse_config(text):\n    return yaml.load(text, Loader=yaml.Loader)"),
        4,
        "unsafe-deserialization",
    ),
    (
        "ok to store passwords this way?\n"
        + fenced("import hashlib\n\ndef hash_pw(pw):\n    return hashlib.sha1(pw.encode()).hexdigest()"),
        4,
        "weak-password-hash",
    ),
    (
        "any bugs?\r\n```python\r\ndef add(item, items=[]):\r\n    items.append(item)\r\n    return items\r\n```",
        1,
        "mutable-default",
    ),
    (
        ">>> def tally(x, seen=[]):\n...     seen.append(x)\n...     return len(seen)\n>>> tally('a')\n1\n"
        ">>> tally('b')\n2\nwhy is the second answer 2 and not 1?",
        1,
        "mutable-default",
    ),
    (
        "1  def div(a, b):\n2      try:\n3          return a / b\n4      except:\n5          return 0\n\nis line 4 ok?",
        4,
        "bare-except",
    ),
    ("is `if value == None:` ok in python or should I write it differently?", 1, "none-comparison"),
    (
        "Is this pythonic? any improvements?\n"
        + fenced(
            "def evens(numbers):\n    result = []\n    for i in range(len(numbers)):\n"
            "        if numbers[i] % 2 == 0:\n            result.append(numbers[i])\n    return result"
        ),
        3,
        "index-loop",
    ),
]


@pytest.mark.parametrize(("request_text", "line", "rule"), USER_REQUESTS, ids=[f"{r[2]}-{r[1]}" for r in USER_REQUESTS])
async def test_a_users_request_is_answered_with_the_problem_on_its_line(request_text: str, line: int, rule: str):
    text, findings = await answered(request_text)
    assert (line, rule) in findings
    assert f"line {line}" in text


@pytest.mark.parametrize(
    ("request_text", "reason"),
    [
        (
            "two threads call bump() at the same time, can it lose updates?\n"
            + fenced("hits = 0\n\ndef bump():\n    global hits\n    hits += 1"),
            "concurrency",
        ),
        ("what does this function do?\n" + fenced("def f(s):\n    return s == s[::-1]"), "explain what code does"),
        (
            "can you explain this code line by line\n" + fenced("def top(words, n):\n    return sorted(words)[:n]"),
            "explain",
        ),
        (
            "write unit tests for this function\n" + fenced("def clamp(x, lo, hi):\n    return max(lo, min(x, hi))"),
            "tests",
        ),
        (
            "please convert this to JavaScript\n" + fenced("def double_all(xs):\n    return [x * 2 for x in xs]"),
            "rewrite",
        ),
        ("what's the time complexity of this?\n" + fenced("def has(xs, y):\n    return y in xs"), "big-O"),
        ("any bugs in my Java method?\n" + fenced("public int one() {\n    return 1;\n}", "java"), "Java"),
        ("review this ruby please\n" + fenced('def greet(name)\n  puts "Hello #{name}"\nend', "ruby"), "Ruby"),
    ],
)
async def test_what_a_static_review_cannot_answer_is_declined_in_one_line(request_text: str, reason: str):
    message = await declined(request_text)
    assert reason in message and "\n" not in message.strip()


async def test_a_request_with_no_code_is_asked_for_it():
    assert await ask("Could you look over my login function and tell me if anything's off?") is None


@pytest.mark.parametrize(
    "code",
    [
        # a flag left unchanged beside a break is untidy, not a loop that cannot end
        "def drain(queue):\n    done = False\n    while not done:\n        item = queue.get()\n"
        "        if item is None:\n            break\n        handle(item)",
        # a stub's None is what a placeholder gives
        "def set_up(config):\n    pass\n\nvalue = set_up({})",
        # a division whose divisor is checked first
        "def safe_ratio(a, b):\n    if b == 0:\n        return None\n    return a / b\n\nprint(safe_ratio(1, 0))",
        # the file is read through a method call, then closed by the with
        "def count(path):\n    with open(path) as fh:\n        return len(fh.readlines())",
    ],
)
async def test_a_bug_hunt_on_sound_code_is_declined_not_invented(code: str):
    assert "found no bug" in await declined("any bugs?\n" + fenced(code))


async def test_a_division_by_a_parameter_is_named_only_when_a_zero_division_is_reported():
    code = fenced("def percent(part, whole):\n    return 100 * part / whole")
    _, findings = await answered("getting ZeroDivisionError from this\n" + code)
    assert findings == [(2, "unchecked-divisor")]
    assert "found no bug" in await declined("any bugs?\n" + code)
