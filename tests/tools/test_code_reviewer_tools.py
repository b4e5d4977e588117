"""The code reviewer's tools over MCP."""

from __future__ import annotations

import pytest
from conftest import call, cpu_time, error_text
from mcp import Client
from mcp_types import CallToolResult

from servers.tools.code_reviewer import create_server

pytestmark = pytest.mark.anyio


def rules(result: CallToolResult) -> list[tuple[int, str]]:
    assert result.structured_content is not None, result.content
    return [(f["line"], f["rule"]) for f in result.structured_content["findings"]]


@pytest.mark.parametrize(
    "statement",
    [
        'cursor.execute("SELECT * FROM t WHERE id=" + uid)',
        'cursor.execute("SELECT * FROM t WHERE id=%s" % uid)',
        'cursor.execute("SELECT * FROM t WHERE id={}".format(uid))',
        'cursor.execute(f"SELECT * FROM t WHERE id={uid}")',
    ],
)
async def test_sql_built_from_strings_is_flagged_as_injection(statement: str):
    code = f"def load(cursor, uid):\n    {statement}\n    return cursor.fetchall()\n"
    result = await call(create_server(), "lint", code=code)
    assert rules(result) == [(2, "sql-injection")]
    assert result.structured_content["findings"][0]["severity"] == "error"


async def test_sql_assembled_in_a_variable_is_flagged_and_parameters_are_not():
    code = (
        "def load(cursor, uid):\n"
        "    query = 'SELECT * FROM t WHERE id=' + uid\n"
        "    cursor.execute(query)\n"
        "    cursor.execute('SELECT * FROM t WHERE id = ?', (uid,))\n"
    )
    assert rules(await call(create_server(), "lint", code=code)) == [(3, "sql-injection")]


async def test_lint_finds_each_rule_with_its_line():
    code = (
        "import os\n"
        "import json\n"
        "def handle(data, seen=[]):\n"
        "    list = json.loads(data)\n"
        "    unused = 1\n"
        "    try:\n"
        "        return eval(list[0]) + missing\n"
        "    except:\n"
        "        return None\n"
    )
    found = rules(await call(create_server(), "lint", code=code))
    assert set(found) == {
        (1, "unused-import"),
        (3, "mutable-default"),
        (4, "shadowed-builtin"),
        (5, "unused-variable"),
        (7, "eval-exec"),
        (7, "undefined-name"),
        (8, "bare-except"),
    }


async def test_clean_code_has_no_findings():
    code = (
        "import math\n\n\nclass Circle:\n    def __init__(self, r):\n        self.r = r\n\n"
        "    def area(self):\n        return math.pi * self.r**2\n\n\n"
        "def total(circles):\n    return sum(c.area() for c in circles if c.r > 0)\n"
    )
    result = await call(create_server(), "lint", code=code)
    assert result.structured_content["findings"] == []


async def test_check_syntax_reports_line_and_column():
    server = create_server()
    bad = await call(server, "check_syntax", code="def ok():\n    return 1\n\ndef broken(:\n    pass\n")
    assert bad.structured_content["valid"] is False
    assert (bad.structured_content["line"], bad.structured_content["column"]) == (4, 12)
    good = await call(server, "check_syntax", code="Check this:\n```python\nx = 1\n```")
    assert good.structured_content["valid"] is True
    inline = await call(server, "check_syntax", code="Is this valid? ```def f(x): return x```")
    assert inline.structured_content["valid"] is True


async def test_complexity_per_function():
    code = (
        "def simple():\n    return 1\n\n"
        "def branchy(x, y):\n"
        "    if x and y:\n        return 1\n"
        "    for i in range(x):\n        if i % 2:\n            continue\n"
        "    return [v for v in y if v]\n"
    )
    result = await call(create_server(), "complexity", code=code)
    functions = {f["name"]: f["complexity"] for f in result.structured_content["functions"]}
    assert functions == {"simple": 1, "branchy": 7}
    assert result.structured_content["maximum"] == 7


async def test_review_combines_the_checks_and_declines_code_it_cannot_review():
    server = create_server()
    review = await call(server, "review", code='def f(c, u):\n    c.execute("DELETE FROM t WHERE id=" + u)\n')
    assert rules(review) == [(2, "sql-injection")]
    assert "JavaScript checks fired" in error_text(await call(server, "review", code="function f() { return 1; }"))
    rust = 'fn main() {\n    let mut total = 0;\n    println!("{}", total);\n}'
    assert "looks like Rust" in error_text(await call(server, "review", code=rust))


async def test_the_whole_request_tool_takes_the_request_and_requires_the_code():
    async with Client(create_server()) as client:
        tools = {t.name: t for t in (await client.list_tools()).tools}
    schema = tools["review_request"].input_schema
    assert set(schema["required"]) == {"request", "code"}
    assert schema["properties"]["request"]["description"] == "The request in the user's own words"


@pytest.mark.parametrize(
    ("tool", "code", "message"),
    [
        ("lint", "SELECT * FROM users WHERE id = 1;", "not valid Python: line 1, column 15"),
        ("complexity", "int main() {\n  return 0;\n}", "not valid Python: line 1"),
        ("lint", "   ", "code is empty"),
        ("lint", "x = 1\n" * 30_000, "code is too long"),
        ("lint", "x\x00 = 1", "null bytes"),
    ],
)
async def test_bad_input_is_a_tool_error(tool: str, code: str, message: str):
    server = create_server()
    assert message in error_text(await call(server, tool, code=code))
    assert not (await call(server, tool, code="x = 1\nprint(x)")).is_error  # still serving


@pytest.mark.parametrize("tool", ["review", "lint", "complexity", "check_syntax"])
async def test_every_tool_refuses_a_megabyte_of_nested_code_at_once(tool: str):
    nested = "x = " + "[" * 500_000 + "]" * 500_000
    with cpu_time() as spent:
        result = await call(create_server(), tool, code=nested)
    assert spent.seconds < 1.0
    assert "code is too long" in error_text(result)


@pytest.mark.parametrize(
    ("tool", "said"),
    [
        ("review", "I can't analyse this code: Python's own parser gives up on it (cannot parse"),
        ("lint", "the code is not valid Python: line 1, column 1: cannot parse"),
        ("complexity", "the code is not valid Python: line 1, column 1: cannot parse"),
    ],
)
async def test_code_too_deep_for_the_parser_is_declined_not_crashed(tool: str, said: str):
    deep = "x = " + "-" * 60_000 + "1"
    assert said in error_text(await call(create_server(), tool, code=deep))
