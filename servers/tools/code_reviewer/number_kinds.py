"""A number used as the kind it is not: a float formatted as a whole number, a tax taken off instead of added.

- ``float-format-code``: ``h = total / 3600`` then ``f"{h:02d}"``: ``/`` always gives a float, and the format
  codes of whole numbers (``d``, ``x``, ``o``, ``b``, ``c``) raise ValueError for one ("Unknown format code 'd' for
  object of type 'float'"). A name counts as a float only if every assignment to it in its function is a ``/``.
- ``tax-subtracted``: ``subtotal - tax`` where ``tax`` is worked out from the same subtotal (``tax = subtotal *
  rate``) and the result is what a total-with-tax function gives back or a name called a total holds: the tax
  is taken off instead of added, so the totals come out low. A net amount (``net = gross - tax``, ``pay - tax``)
  is what subtracting a tax is for, and is never flagged.
"""

from __future__ import annotations

import ast
import re

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding, node_name

# Format specs ending in a whole number's code: "02d", ",d", "x", ">5d".
_WHOLE_CODE = re.compile(r"^[^a-zA-Z]*[dxXobc]$")
# What a tax or charge added on top of an amount is called.
_ADDED_ON = re.compile(
    r"(?:^|_)(?:tax|taxes|vat|gst|hst|pst|iva|sales_tax|tip|gratuity|surcharge|service_charge)(?:$|_)"
)
# What an amount before tax is called; a gross amount, pay or income is what a tax is taken off.
_BEFORE_TAX = re.compile(r"^(?:sub_?total|pre_?tax|before_?tax|base(?:_price|_amount)?|price|cost|amount|bill)$")
_TOTAL = re.compile(r"total|grand|with_?tax|inc(?:l|luding)?_?tax|final|to_?pay|due|charge", re.I)


def _scopes(code: Code) -> list[ast.AST]:
    return [code.tree, *code.functions()]


def _own_nodes(scope: ast.AST) -> list[ast.AST]:
    """The nodes of ``scope`` outside the functions nested in it."""
    found: list[ast.AST] = []
    stack = list(ast.iter_child_nodes(scope))
    while stack:
        node = stack.pop()
        found.append(node)
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda | ast.ClassDef):
            stack.extend(ast.iter_child_nodes(node))
    return found


def _assigned(nodes: list[ast.AST]) -> dict[str, list[ast.AST]]:
    """Each plain name bound in ``nodes`` and the values given it (None for a binding of no plain value)."""
    values: dict[str, list[ast.AST]] = {}
    for node in nodes:
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    values.setdefault(target.id, []).append(node.value)
                else:
                    for name in ast.walk(target):
                        if isinstance(name, ast.Name):
                            values.setdefault(name.id, []).append(ast.Constant(None))
        elif isinstance(node, ast.AugAssign | ast.AnnAssign | ast.For | ast.With | ast.NamedExpr):
            target = node.target if not isinstance(node, ast.With) else None
            for name in ast.walk(target) if target is not None else ():
                if isinstance(name, ast.Name):
                    values.setdefault(name.id, []).append(ast.Constant(None))
        elif isinstance(node, ast.arg):
            values.setdefault(node.arg, []).append(ast.Constant(None))
    return values


def float_format_codes(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for scope in _scopes(code):
        nodes = _own_nodes(scope)
        if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
            nodes += [a for a in ast.walk(scope.args) if isinstance(a, ast.arg)]
        assigned = _assigned(nodes)
        floats = {
            name
            for name, values in assigned.items()
            if values and all(isinstance(v, ast.BinOp) and isinstance(v.op, ast.Div) for v in values)
        }
        for node in nodes:
            if not (isinstance(node, ast.FormattedValue) and isinstance(node.value, ast.Name)):
                continue
            if node.value.id not in floats or not isinstance(node.format_spec, ast.JoinedStr):
                continue
            spec = "".join(str(p.value) for p in node.format_spec.values if isinstance(p, ast.Constant))
            if not _WHOLE_CODE.match(spec) or len(node.format_spec.values) != 1:
                continue
            name = node.value.id
            division = ast.unparse(assigned[name][0])
            findings.append(
                finding(
                    node,
                    "float-format-code",
                    f"'{{{name}:{spec}}}' formats '{name}' as a whole number, but '{name} = {division}' is a float "
                    f"('/' always gives one), so this raises ValueError: Unknown format code '{spec[-1]}' for "
                    "object of type 'float'",
                    f"use floor division ({division.replace(' / ', ' // ', 1)}), divmod(), or int(...)",
                )
            )
    return findings


def subtracted_taxes(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for function in code.functions():
        nodes = _own_nodes(function)
        assigned = _assigned(nodes)
        for node in nodes:
            if isinstance(node, ast.Return) and node.value is not None and _TOTAL.search(function.name):
                subtraction = node.value
            elif (
                isinstance(node, ast.Assign)
                and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name)
                and _TOTAL.search(node.targets[0].id)
            ):
                subtraction = node.value
            else:
                continue
            if not (isinstance(subtraction, ast.BinOp) and isinstance(subtraction.op, ast.Sub)):
                continue
            before, tax = node_name(subtraction.left), node_name(subtraction.right)
            if not before or not tax or not isinstance(subtraction.right, ast.Name):
                continue
            if not _BEFORE_TAX.match(before.lower()) or not _ADDED_ON.search(tax.lower()):
                continue
            shares = assigned.get(tax, [])
            if len(shares) != 1 or not _share_of(shares[0], before):
                continue
            findings.append(
                finding(
                    subtraction,
                    "tax-subtracted",
                    f"'{ast.unparse(subtraction)}' subtracts the {tax.replace('_', ' ')} from the {before} instead "
                    f"of adding it, so the total comes out low by twice the {tax.replace('_', ' ')}",
                    f"add it: {before} + {tax}",
                )
            )
    return findings


def _share_of(value: ast.AST, amount: str) -> bool:
    """Whether ``value`` works out a share of ``amount``: ``amount * rate``, ``amount * rate / 100``."""
    return isinstance(value, ast.BinOp) and any(
        isinstance(part, ast.Name) and part.id == amount
        for part in ast.walk(value)
        if isinstance(value.op, ast.Mult | ast.Div)
    )
