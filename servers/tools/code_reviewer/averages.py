"""An average divided by a count written by hand that is not how many values there are.

- ``divisor-not-count``: ``sum(catches) / 5`` where ``catches`` is a list (or tuple) of four values written in the
  same code: the total is shared among one more than there are, so the average comes out too small (too big for a
  count below it). ``len(catches)`` is the count, and stays right when a value is added. Only a name assigned one
  literal list in the code, and never changed after (no ``append``, no augmented assignment), is read.
"""

from __future__ import annotations

import ast

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

_GROWS = frozenset("append extend insert pop remove clear".split())


def _literal_sizes(code: Code) -> dict[str, int]:
    """Each name assigned exactly one list or tuple literal, and never grown or shrunk, with its length."""
    sizes: dict[str, int] = {}
    assigned: dict[str, int] = {}
    for node in code.nodes(ast.Assign):
        for target in node.targets:
            if isinstance(target, ast.Name):
                assigned[target.id] = assigned.get(target.id, 0) + 1
                if isinstance(node.value, ast.List | ast.Tuple) and not any(
                    isinstance(e, ast.Starred) for e in node.value.elts
                ):
                    sizes[target.id] = len(node.value.elts)
    changed = {n.target.id for n in code.nodes(ast.AugAssign) if isinstance(n.target, ast.Name)}
    for call in code.nodes(ast.Call):
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in _GROWS and isinstance(func.value, ast.Name):
            changed.add(func.value.id)
    return {name: size for name, size in sizes.items() if assigned[name] == 1 and name not in changed}


def counted_divisors(code: Code) -> list[Finding]:
    """Every ``sum(values) / N`` whose ``N`` is not how many values the literal list holds (see above)."""
    sizes = _literal_sizes(code)
    findings: list[Finding] = []
    for node in code.nodes(ast.BinOp):
        if not isinstance(node.op, ast.Div) or not isinstance(node.right, ast.Constant):
            continue
        total, count = node.left, node.right.value
        if not (isinstance(total, ast.Call) and isinstance(total.func, ast.Name) and total.func.id == "sum"):
            continue
        if len(total.args) != 1 or not isinstance(total.args[0], ast.Name) or isinstance(count, bool):
            continue
        name = total.args[0].id
        size = sizes.get(name)
        if size is None or not isinstance(count, int) or count == size or size == 0:
            continue
        findings.append(
            finding(
                node,
                "divisor-not-count",
                f"'{ast.unparse(node)}' divides by {count}, but {name} holds {size} values, so the average comes out "
                f"too {'small' if count > size else 'big'}",
                f"divide by the count: sum({name}) / len({name})",
            )
        )
    return findings
