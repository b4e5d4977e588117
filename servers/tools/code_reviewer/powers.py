"""A power written as something else: ``height ^ 2`` and ``weight / height * 2``.

- ``xor-as-power``: ``x ^ 2`` (or ``^ 3``) on a number: in Python ``^`` is bitwise exclusive-or, not a power, so
  ``3 ^ 2`` is 1 and a float raises TypeError; ``x ** 2`` is the square.
- ``square-as-double``: ``weight / height * 2`` where the divisor's name is a quantity formulas square (a height
  in a BMI, a radius, a side, a time in an acceleration): the quotient is doubled, where ``height ** 2`` was meant.
  Only a literal 2 right after a division by such a name is read: ``total / count * 2`` is left alone.
"""

from __future__ import annotations

import ast
import re

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding, node_name

# What formulas square: a height (BMI), a radius or a side (areas), a time (acceleration), a speed (kinetic energy).
_SQUARED = re.compile(
    r"(?:^|_)(?:height|heights|radius|side|time|seconds|secs|speed|velocity|distance|diameter|length|r|h|t|v)(?:$|_)"
    r"|(?:height|radius)(?:_?(?:m|cm|in|metres|meters))?$",
    re.I,
)


def powers(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for node in code.nodes(ast.BinOp):
        right = node.right
        if (
            isinstance(node.op, ast.BitXor)
            and isinstance(right, ast.Constant)
            and right.value in (2, 3)
            and not isinstance(node.left, ast.Constant)
        ):
            base = ast.unparse(node.left)
            findings.append(
                finding(
                    node,
                    "xor-as-power",
                    f"'{ast.unparse(node)}' is bitwise exclusive-or in Python, not a power: {base} is not squared "
                    "(3 ^ 2 is 1, and a float raises TypeError)",
                    f"use ** for a power: {base} ** {right.value}",
                )
            )
        elif isinstance(node.op, ast.Mult) and isinstance(right, ast.Constant) and right.value == 2:
            left = node.left
            if not (isinstance(left, ast.BinOp) and isinstance(left.op, ast.Div)):
                continue
            divisor = node_name(left.right)
            if not divisor or not isinstance(left.right, ast.Name) or not _SQUARED.search(divisor):
                continue
            top = ast.unparse(left.left)
            findings.append(
                finding(
                    node,
                    "square-as-double",
                    f"'{ast.unparse(node)}' divides by {divisor} and then doubles the result; if {divisor} is meant "
                    f"to be squared (as in a BMI, weight / height²), * 2 does not square it",
                    f"square it with **: {top} / {divisor} ** 2",
                )
            )
    return findings
