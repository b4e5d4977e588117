"""Refactoring and performance suggestions: shapes of code with a known better form.

They are not defects, so a review reports them only when the request asks how to refactor, simplify or speed
up the code.

Refactoring: ``long-elif-chain`` (four or more ``elif`` comparing one value with constants: a dict or
``match``), ``deep-nesting`` (blocks four deep inside a function: guard clauses, early returns, a helper),
``index-loop`` (``for i in range(len(xs))`` that only reads ``xs[i]``), ``long-function`` (over 50
statements).

Performance: ``string-concat-in-loop`` (``s += ...`` on a string in a loop copies it each time: collect parts
and ``"".join`` them), ``list-front-operation`` (``pop(0)``/``insert(0, x)`` in a loop shift the whole list:
``collections.deque``), ``list-membership-in-loop`` (``x in some_list`` in a loop scans the list each time: a
set), ``exponential-recursion`` (``fib(n - 1) + fib(n - 2)`` without a cache: the same values computed again
and again, exponentially often; divide-and-conquer calls on halves are not flagged), and ``index-loop``.
"""

from __future__ import annotations

import ast

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.recursion import recursive_calls
from servers.tools.code_reviewer.source import Code, Finding, own_nodes

_COMPOUND = (ast.If, ast.For, ast.AsyncFor, ast.While, ast.With, ast.AsyncWith, ast.Try, ast.TryStar, ast.Match)
_LOOPS = (ast.For, ast.AsyncFor, ast.While)
_DEEP = 4
_LONG = 50


def _compared(test: ast.AST) -> str | None:
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq):
        if isinstance(test.comparators[0], ast.Constant):
            return ast.unparse(test.left)
    return None


def refactoring(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    inner_ifs = {id(s.orelse[0]) for s in code.nodes(ast.If) if len(s.orelse) == 1 and isinstance(s.orelse[0], ast.If)}
    for node in code.nodes(ast.If):
        if id(node) in inner_ifs:
            continue
        chain: list[str | None] = []
        current: ast.stmt | None = node
        while isinstance(current, ast.If):
            chain.append(_compared(current.test))
            current = current.orelse[0] if len(current.orelse) == 1 else None
        if len(chain) >= 5 and chain[0] is not None and all(c == chain[0] for c in chain):
            findings.append(
                finding(
                    node,
                    "long-elif-chain",
                    f"the if/elif chain on line {node.lineno} compares '{chain[0]}' with {len(chain)} constants",
                    "map the values to results with a dict (or use a match statement)",
                )
            )
    for function in code.functions():
        depth, deepest = _nesting(function.body, 0)
        if depth >= _DEEP and deepest is not None:
            findings.append(
                finding(
                    deepest,
                    "deep-nesting",
                    f"'{function.name}' nests blocks {depth} deep (line {deepest.lineno}), which makes it hard to "
                    "follow",
                    "return early for the simple cases (guard clauses) and move inner blocks into helper functions",
                )
            )
        statements = sum(isinstance(n, ast.stmt) for n in own_nodes(function))
        if statements > _LONG:
            findings.append(
                finding(
                    function,
                    "long-function",
                    f"'{function.name}' has {statements} statements; long functions are hard to test and change",
                    "split it into smaller functions, one task each",
                )
            )
    return findings + index_loops(code, "refactor")


def _nesting(block: list[ast.stmt], depth: int) -> tuple[int, ast.stmt | None]:
    best, where = depth, None
    for statement in block:
        if isinstance(statement, _COMPOUND):
            inner_blocks = [getattr(statement, n, []) for n in ("body", "orelse", "finalbody")]
            inner_blocks += [h.body for h in getattr(statement, "handlers", [])]
            inner_blocks += [c.body for c in getattr(statement, "cases", [])]
            for inner in inner_blocks:
                if isinstance(statement, ast.If) and inner is statement.orelse and len(inner) == 1:
                    found, at = _nesting(inner, depth)  # elif is not deeper
                else:
                    found, at = _nesting(inner, depth + 1)
                if found > best:
                    best, where = found, at or statement
    return best, where


def index_loops(code: Code, category: str) -> list[Finding]:
    findings: list[Finding] = []
    for loop in code.nodes(ast.For):
        call = loop.iter
        if not (isinstance(call, ast.Call) and ast.unparse(call.func) == "range" and len(call.args) == 1):
            continue
        length = call.args[0]
        if not (isinstance(length, ast.Call) and ast.unparse(length.func) == "len" and len(length.args) == 1):
            continue
        if not isinstance(loop.target, ast.Name):
            continue
        index, items = loop.target.id, ast.unparse(length.args[0])
        uses = [n for s in loop.body for n in ast.walk(s) if isinstance(n, ast.Name) and n.id == index]
        reads = [
            n
            for s in loop.body
            for n in ast.walk(s)
            if isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Name) and n.slice.id == index
        ]
        if uses and len(uses) == len(reads) and all(ast.unparse(r.value) == items for r in reads):
            rule = "index-loop"
            findings.append(
                finding(
                    loop,
                    rule,
                    f"the loop on line {loop.lineno} counts indexes only to read {items}[{index}]",
                    f"iterate over the items directly: for item in {items}: (enumerate() when the index is needed)",
                    category=category,
                )
            )
    return findings


def performance(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for scope in [code.tree, *code.functions()]:
        strings: set[str] = set()
        lists: set[str] = set()
        for node in own_nodes(scope):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                value = node.value
                if isinstance(value, ast.JoinedStr) or (
                    isinstance(value, ast.Constant) and isinstance(value.value, str)
                ):
                    strings.add(node.targets[0].id)
                if isinstance(value, ast.List | ast.ListComp) or ast.unparse(value).startswith("list("):
                    lists.add(node.targets[0].id)
        for loop in (n for n in own_nodes(scope) if isinstance(n, _LOOPS)):
            findings += _in_loop(loop, strings, lists)
    findings += exponential_recursion(code)
    return _first_per_rule_and_line(findings + index_loops(code, "performance"))


_CACHES = frozenset({"cache", "lru_cache", "cached", "memoize", "memoized", "memoise", "cachedmethod"})


def exponential_recursion(code: Code) -> list[Finding]:
    """Functions without a cache that call themselves twice or more in one statement, each call on a parameter
    less a constant (``n - 1``, ``n - 2``): the calls overlap, so the work grows exponentially with ``n``."""
    findings: list[Finding] = []
    for function in code.functions():
        decorators = {
            ast.unparse(d.func if isinstance(d, ast.Call) else d).rpartition(".")[2] for d in function.decorator_list
        }
        own = code.own(function)
        if decorators & _CACHES or any(isinstance(n, ast.Compare) and isinstance(n.ops[0], ast.In) for n in own):
            continue  # cached, or looks results up (in memo) before computing them
        params = {a.arg for a in [*function.args.posonlyargs, *function.args.args]}
        by_statement: dict[int, list[ast.Call]] = {}
        for call in recursive_calls(code, function):
            if any(_less_a_constant(a, params) for a in call.args):
                statement = next((a for a in code.ancestors(call) if isinstance(a, ast.stmt)), function)
                by_statement.setdefault(id(statement), []).append(call)
        overlapping = next((calls for calls in by_statement.values() if len(calls) >= 2), None)
        if overlapping:
            findings.append(
                finding(
                    overlapping[0],
                    "exponential-recursion",
                    f"'{function.name}' calls itself {len(overlapping)} times on line {overlapping[0].lineno}, and "
                    "each of those calls does the same, so the same values are computed again and again: the work "
                    "grows exponentially with the input",
                    "cache the results (@functools.cache on the function) or compute them bottom-up in a loop",
                )
            )
    return findings


def _less_a_constant(argument: ast.AST, params: set[str]) -> bool:
    return (
        isinstance(argument, ast.BinOp)
        and isinstance(argument.op, ast.Sub)
        and isinstance(argument.left, ast.Name)
        and argument.left.id in params
        and isinstance(argument.right, ast.Constant)
        and isinstance(argument.right.value, int)
    )


def _in_loop(loop: ast.For | ast.AsyncFor | ast.While, strings: set[str], lists: set[str]) -> list[Finding]:
    findings: list[Finding] = []
    for node in (n for s in loop.body for n in [s, *own_nodes(s)]):
        if isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add) and isinstance(node.target, ast.Name):
            if node.target.id in strings:
                findings.append(
                    finding(
                        node,
                        "string-concat-in-loop",
                        f"'{node.target.id} += ...' in a loop copies the whole string on every pass",
                        f"append the parts to a list and join once: {node.target.id} = ''.join(parts)",
                    )
                )
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            first = node.args[0] if node.args else None
            at_front = isinstance(first, ast.Constant) and first.value == 0
            if at_front and node.func.attr in ("pop", "insert"):
                findings.append(
                    finding(
                        node,
                        "list-front-operation",
                        f"{node.func.attr}(0) on a list in a loop moves every other item each time",
                        "use collections.deque, whose popleft()/appendleft() are fast",
                    )
                )
        elif isinstance(node, ast.Compare) and isinstance(node.ops[0], ast.In | ast.NotIn):
            container = node.comparators[0]
            if isinstance(container, ast.Name) and container.id in lists:
                findings.append(
                    finding(
                        node,
                        "list-membership-in-loop",
                        f"'in {container.id}' scans the whole list on every pass of the loop",
                        f"keep '{container.id}' in a set instead (set(), .add()), so each test is one lookup",
                    )
                )
    return findings


def _first_per_rule_and_line(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, int]] = set()
    kept: list[Finding] = []
    for item in findings:
        if (item.rule, item.line) not in seen:
            seen.add((item.rule, item.line))
            kept.append(item)
    return kept
