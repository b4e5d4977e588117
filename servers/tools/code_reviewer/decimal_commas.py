"""A number written with a decimal comma handed to ``float``: 'price("12,5", 16.5) crash with ValueError' with
``kg = float(kg_text)``.

- ``decimal-comma``: a call the user writes beside the code passes text such as ``"12,5"`` (a decimal comma, as
  most of the world writes one) for a parameter the function hands to ``float()`` or ``Decimal()``, which read only
  a decimal point: ``float("12,5")`` raises ValueError. The text is mended before it is read:
  ``float(kg_text.replace(",", "."))``. Only a call written in the request and a parameter read so are flagged;
  text with a point, or read another way, is left alone.
"""

from __future__ import annotations

import ast
import re

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.percentages import told_calls
from servers.tools.code_reviewer.source import Code, Finding

_COMMA_DECIMAL = re.compile(r"^\s*-?\d{1,12},\d{1,6}\s*$")
_READERS = frozenset({"float", "Decimal"})


def decimal_commas(code: Code, request: str) -> list[Finding]:
    """Each parameter read by ``float()`` that a told call passes a decimal comma (see above)."""
    functions = {f.name: f for f in code.tree.body if isinstance(f, ast.FunctionDef)}
    found: list[Finding] = []
    for call in told_calls(request):
        function = functions.get(call.func.id) if isinstance(call.func, ast.Name) else None
        if function is None:
            continue
        for argument, parameter in zip(call.args, function.args.args, strict=False):
            text = argument.value if isinstance(argument, ast.Constant) else None
            if not isinstance(text, str) or not _COMMA_DECIMAL.match(text):
                continue
            for node in ast.walk(function):
                if _reads(node, parameter.arg):
                    reader = node.func.id if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) else ""
                    found.append(
                        finding(
                            node,
                            "decimal-comma",
                            f"{ast.unparse(call)} passes {text!r} with a decimal comma, and {reader}() reads only a "
                            f"decimal point, so {reader}({text!r}) raises ValueError",
                            f"Replace the comma first: {reader}({parameter.arg}.replace(',', '.')).",
                        )
                    )
                    return found
    return found


def _reads(node: ast.AST, name: str) -> bool:
    """``float(name)``: the parameter read as a number as it is."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _READERS
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Name)
        and node.args[0].id == name
    )
