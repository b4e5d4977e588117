"""Two parameters of the same kind, one used twice and the other never: a name typed where its twin was meant.

- ``twin-name-swapped``: ``tray_cost(cheese_kg, cheese_price, semolina_kg, semolina_price)`` returning
  ``cheese_kg * cheese_price + semolina_kg * cheese_price``: ``semolina_price`` is never read, and the product with
  ``semolina_kg`` reads ``cheese_price``, which shares its ending ('_price') and whose first word ('cheese') is the
  other product's. Every semolina then costs as much as cheese. Only parameters named in two words joined by an
  underscore, and a product that pairs the unread one's twin with a name of the unread one's first word, are read.
"""

from __future__ import annotations

import ast

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding


def _halves(name: str) -> tuple[str, str] | None:
    head, sep, tail = name.partition("_")
    return (head, tail) if sep and head and tail and "_" not in tail else None


def swapped_twins(code: Code) -> list[Finding]:
    """Every product that reads a parameter's twin where the parameter itself, never read, belongs (see above)."""
    findings: list[Finding] = []
    for function in code.functions():
        params = [a.arg for a in function.args.args]
        read = [n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)]
        for unread in (p for p in params if p not in read and _halves(p)):
            head, tail = _halves(unread) or ("", "")
            twins = [p for p in params if p != unread and (_halves(p) or ("", ""))[1] == tail and read.count(p) >= 2]
            for node in ast.walk(function):
                if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult)):
                    continue
                names = {n.id for n in (node.left, node.right) if isinstance(n, ast.Name)}
                twin = next((t for t in twins if t in names), None)
                partner = next((n for n in names if n != twin and (_halves(n) or ("", ""))[0] == head), None)
                if twin is None or partner is None:
                    continue
                findings.append(
                    finding(
                        node,
                        "twin-name-swapped",
                        f"'{ast.unparse(node)}' reads {twin} with {partner}, and {unread} is never used: "
                        f"{partner} is priced as {(_halves(twin) or (twin,))[0]}",
                        f"use {unread}: {ast.unparse(node).replace(twin, unread)}",
                    )
                )
                break
    return findings
