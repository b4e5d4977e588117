"""A free allowance checked but then charged: the first miles, hours or units free, and the charge on all of them.

- ``allowance-charged``: ``if miles <= 20: return 0`` then ``return miles * 1.5``: the first 20 are free only
  while the whole is within them; past them every one is charged, the free ones too, so a 30-mile trip bills 45
  where 10 miles past the allowance cost 15. Charging what is past it is ``(miles - 20) * 1.5``. Only a function
  that returns 0 when a parameter is within a number and later returns that parameter times a number, never
  subtracting the allowance, is read.
"""

from __future__ import annotations

import ast

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding


def _free_within(node: ast.stmt, params: set[str]) -> tuple[str, float] | None:
    """``(parameter, allowance)`` when ``node`` is ``if p <= N: return 0`` (or ``<``), else None."""
    if not (isinstance(node, ast.If) and isinstance(node.test, ast.Compare) and len(node.test.ops) == 1):
        return None
    test, body = node.test, node.body
    if not (isinstance(test.left, ast.Name) and test.left.id in params and isinstance(test.ops[0], ast.LtE | ast.Lt)):
        return None
    bound = test.comparators[0]
    if not (isinstance(bound, ast.Constant) and isinstance(bound.value, int | float) and bound.value > 0):
        return None
    returned = body[0] if len(body) == 1 and isinstance(body[0], ast.Return) else None
    if returned is None or not (isinstance(returned.value, ast.Constant) and returned.value.value == 0):
        return None
    return test.left.id, float(bound.value)


def charged_allowances(code: Code) -> list[Finding]:
    """Every charge on the whole of an amount whose first part the function has just said is free (see above)."""
    findings: list[Finding] = []
    for function in code.functions():
        params = {a.arg for a in function.args.args}
        free = next((f for s in function.body if (f := _free_within(s, params)) is not None), None)
        if free is None:
            continue
        name, allowance = free
        subtracted = any(
            isinstance(n, ast.BinOp)
            and isinstance(n.op, ast.Sub)
            and isinstance(n.left, ast.Name)
            and n.left.id == name
            for n in ast.walk(function)
        )
        last = function.body[-1]
        if subtracted or not isinstance(last, ast.Return) or not isinstance(last.value, ast.BinOp):
            continue
        charge = last.value
        if not isinstance(charge.op, ast.Mult) or name not in {
            n.id for n in (charge.left, charge.right) if isinstance(n, ast.Name)
        }:
            continue
        findings.append(
            finding(
                charge,
                "allowance-charged",
                f"the first {allowance:g} {name} are free, but '{ast.unparse(charge)}' charges every one of them "
                f"once {name} is past {allowance:g}",
                f"charge only what is past the allowance: ({name} - {allowance:g})"
                + f" {ast.unparse(charge).replace(name, '', 1).strip()}",
            )
        )
    return findings
