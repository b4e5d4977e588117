"""Values used as something they are not: None from in-place methods, text from input(), zero as a divisor.

- ``none-result``: ``xs = xs.sort()``, ``return items.append(x)``, ``random.shuffle(xs)`` used as a value:
  in-place methods return None.
- ``discarded-result``: ``name.strip()`` or ``sorted(xs)`` on a line of their own: strings are immutable and
  ``sorted`` returns a new list, so the result is lost; likewise ``count + 1`` as a statement.
- ``division-by-zero``: dividing by a literal 0 (``/``, ``//``, ``%``, ``divmod``).
- ``division-by-len`` (edge case): ``sum(xs) / len(xs)`` where ``xs`` is a parameter the function never
  tests: ZeroDivisionError for an empty list.
- ``floor-division`` (reported only as the cause of a result that lost its fraction, see ``calls``):
  ``sum(xs) // len(xs)`` drops the fraction, so an average or a percentage comes out whole, often 0.
- ``input-not-converted``: the text from ``input()`` used as a number (``age > 18``, ``n + 1``, ``range(n)``).
- ``str-plus-number``: ``"Total: " + total`` where ``total`` is a number: TypeError.

Types are inferred only where the code itself shows them: a name counts as a number (or as input text) only if
every assignment to it in its function gives one.
"""

from __future__ import annotations

import ast

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

_IN_PLACE = {"sort": 0, "append": 1, "extend": 1, "insert": 2, "remove": 1, "clear": 0}  # list method: positional args
_NEW_OBJECT_IDIOM = frozenset({"append", "extend", "insert"})  # pandas-style "df = df.append(row)" returns
# str methods that return a new string, with how many positional arguments each accepts.
_STR_METHODS = {
    **dict.fromkeys(("upper", "lower", "title", "capitalize", "casefold", "swapcase"), (0, 0)),
    **dict.fromkeys(("strip", "lstrip", "rstrip", "expandtabs"), (0, 1)),
    **dict.fromkeys(("zfill", "removeprefix", "removesuffix"), (1, 1)),
    **dict.fromkeys(("center", "ljust", "rjust"), (1, 2)),
    "replace": (2, 3),
}
_NUMERIC_CALLS = frozenset({"len", "int", "float", "sum", "round", "abs", "ord", "pow"})
_DIVISIONS = (ast.Div, ast.FloorDiv, ast.Mod)
_OPERATORS: dict[type[ast.operator], str] = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}


def _name(node: ast.AST) -> str:
    return node.id if isinstance(node, ast.Name) else ""


def _assignments(code: Code, scope: ast.AST) -> dict[str, list[ast.AST | None]]:
    """Each name's assigned values in ``scope`` (None for a binding whose value is not an expression)."""
    values: dict[str, list[ast.AST | None]] = {}
    for node in code.own(scope):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                values.setdefault(_name(target), []).append(node.value if isinstance(target, ast.Name) else None)
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            values.setdefault(node.target.id, []).append(node)  # keeps the type it started with, if arithmetic
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            values.setdefault(node.target.id, []).append(node.value)
        elif isinstance(node, ast.For | ast.AsyncFor):
            ranged = isinstance(node.iter, ast.Call) and _name(node.iter.func) == "range"
            ranged = (
                ranged
                or isinstance(node.iter, ast.List | ast.Tuple | ast.Set)
                and all(_is_number(e, set()) for e in node.iter.elts)
            )
            for name in (n for n in ast.walk(node.target) if isinstance(n, ast.Name)):
                values.setdefault(name.id, []).append(ast.Constant(0) if ranged else None)
        elif isinstance(node, ast.Name) and not isinstance(node.ctx, ast.Load):
            values.setdefault(node.id, [])
        elif isinstance(node, ast.NamedExpr):
            values.setdefault(node.target.id, []).append(node.value)
    if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
        args = scope.args
        for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]:
            if arg:
                values.setdefault(arg.arg, []).append(None)  # a parameter: could be anything
    return values


def _is_number(node: ast.AST | None, numbers: set[str]) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, int | float) and not isinstance(node.value, bool)
    if isinstance(node, ast.Call):
        return _name(node.func) in _NUMERIC_CALLS
    if isinstance(node, ast.BinOp) and not isinstance(node.op, ast.Mod | ast.Add | ast.Mult):
        return _is_number(node.left, numbers) or _is_number(node.right, numbers)
    if isinstance(node, ast.BinOp):
        return _is_number(node.left, numbers) and _is_number(node.right, numbers)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
        return _is_number(node.operand, numbers)
    return isinstance(node, ast.Name) and node.id in numbers


def _is_input(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) == "input"


def _typed_names(code: Code, scope: ast.AST) -> tuple[set[str], set[str]]:
    """(names that always hold a number, names that always hold input() text) in ``scope``."""
    values = _assignments(code, scope)
    numbers: set[str] = set()
    for _ in range(3):  # a few rounds: n = len(xs); total = n * 2
        for name, assigned in values.items():
            plain = [v for v in assigned if not isinstance(v, ast.AugAssign)]
            steps = [v for v in assigned if isinstance(v, ast.AugAssign)]
            arithmetic = all(isinstance(s.op, ast.Add | ast.Sub | ast.Mult | ast.Div | ast.FloorDiv) for s in steps)
            if plain and arithmetic and all(_is_number(v, numbers) for v in plain):
                numbers.add(name)
    texts = {n for n, vs in values.items() if vs and all(_is_input(v) for v in vs)}
    return numbers, texts


def _text(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def typed_values(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for scope in [code.tree, *code.functions()]:
        numbers, texts = _typed_names(code, scope)
        for node in code.own(scope):
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
                for a, b in ((node.left, node.right), (node.right, node.left)):
                    if _text(a) and _is_number(b, numbers):
                        findings.append(
                            finding(
                                node,
                                "str-plus-number",
                                f"'{ast.unparse(node)}' adds a number to a string: TypeError (can only "
                                "concatenate str to str)",
                                f"convert it, str({ast.unparse(b)}), or use an f-string",
                            )
                        )
                        break
            for text, use in _input_uses(node, texts, numbers):
                findings.append(
                    finding(
                        node,
                        "input-not-converted",
                        f"'{text}' holds the text input() returned (a str), so '{ast.unparse(node)}' {use}",
                        f"convert it when reading: {text} = int(input(...)) (or float)",
                    )
                )
    return findings


def _input_uses(node: ast.AST, texts: set[str], numbers: set[str]) -> list[tuple[str, str]]:
    def text_name(n: ast.AST) -> str | None:
        return n.id if isinstance(n, ast.Name) and n.id in texts else None

    if isinstance(node, ast.BinOp) and not isinstance(node.op, ast.Mod):
        for a, b in ((node.left, node.right), (node.right, node.left)):
            if (name := text_name(a)) and _is_number(b, numbers):
                if isinstance(node.op, ast.Mult):
                    return [(name, "repeats the text instead of multiplying")]
                return [(name, "raises TypeError")]
    if isinstance(node, ast.Compare) and len(node.ops) == 1:
        a, b, op = node.left, node.comparators[0], node.ops[0]
        for x, y in ((a, b), (b, a)):
            if (name := text_name(x)) and _is_number(y, numbers):
                if isinstance(op, ast.Eq | ast.NotEq):
                    return [(name, f"is always {'False' if isinstance(op, ast.Eq) else 'True'}")]
                if isinstance(op, ast.Lt | ast.LtE | ast.Gt | ast.GtE):
                    return [(name, "raises TypeError")]
    if isinstance(node, ast.Call) and _name(node.func) == "range":
        name = next((n for n in map(text_name, node.args) if n), None)
        if name:
            return [(name, "raises TypeError")]
    return []


def reversed_augmented(code: Code) -> list[Finding]:
    """``total =+ x`` (meant ``+=``): it parses as ``total = +x`` and silently drops the running total."""
    findings: list[Finding] = []
    lines = code.source.splitlines()
    for node in code.nodes(ast.Assign):
        value = node.value
        if not (isinstance(value, ast.UnaryOp) and isinstance(value.op, ast.UAdd | ast.USub)):
            continue
        if len(node.targets) != 1 or node.lineno != value.lineno or node.lineno > len(lines):
            continue
        text = lines[node.lineno - 1]
        between = text[node.targets[0].end_col_offset : value.col_offset + 1].lstrip()
        spaced = text[value.col_offset + 1 : value.col_offset + 2] == " "
        # "x =+ y" is the typo; "x = -1" and "x=-1" are meant ("=-" only counts when spaced like "=+").
        if between == "=+" or between == "=-" and spaced and not isinstance(value.operand, ast.Constant):
            target, sign, operand = ast.unparse(node.targets[0]), between[1], ast.unparse(value.operand)
            findings.append(
                finding(
                    node,
                    "reversed-augmented-assignment",
                    f"'{target} ={sign} ...' sets {target} to {sign}{operand} instead of adding to it",
                    f"write '{target} {sign}= {operand}'",
                )
            )
    return findings


def in_place_results(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    places: list[tuple[ast.AST, ast.Call, str]] = []
    for node in code.nodes(ast.Assign, ast.Return, ast.For):
        value = node.iter if isinstance(node, ast.For) else node.value
        if isinstance(value, ast.Call):
            targets = [ast.unparse(t) for t in getattr(node, "targets", [])]
            places.append((node, value, targets[0] if targets else ""))
    for node, call, target in places:
        func = call.func
        method = func.attr if isinstance(func, ast.Attribute) else ""
        receiver = ast.unparse(func.value) if isinstance(func, ast.Attribute) else ""
        shuffle = method == "shuffle" and receiver == "random" or _name(func) == "shuffle"
        if not shuffle and method not in _IN_PLACE:
            continue
        if method in _NEW_OBJECT_IDIOM and target == receiver and not _holds_list(code, node, receiver):
            continue
        if not shuffle and len(call.args) != _IN_PLACE[method]:
            continue  # np.sort(values) takes the data as an argument: not the list method, which returns None
        sorts_a_name = method == "sort" and isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
        if isinstance(node, ast.Return) and not sorts_a_name:
            continue  # "return jar.clear()" passes None on, which is what the caller gets anyway
        what = f"{receiver}.{method}()" if method else "shuffle()"
        findings.append(
            finding(
                node,
                "none-result",
                f"{what} changes the list in place and returns None, so "
                + (f"'{target}' becomes None" if target else "this uses None"),
                f"call {what} on its own line and use {receiver or 'the list'} itself"
                + (", or sorted(...) for a sorted copy" if method == "sort" else ""),
            )
        )
    for statement in code.nodes(ast.Expr):
        value = statement.value
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
            method = value.func.attr
            keywords = {k.arg for k in value.keywords}
            receiver = ast.unparse(value.func.value)
            if receiver.rsplit(".", 1)[-1].lstrip("_") in ("os", "shutil", "pathlib") or "inplace" in keywords:
                continue
            low, high = _STR_METHODS.get(method, (-1, -1))
            if low <= len(value.args) <= high and not value.keywords:
                text = ast.unparse(value.func.value)
                findings.append(
                    finding(
                        statement,
                        "discarded-result",
                        f"'{ast.unparse(value)}' returns a new string and the result is thrown away: strings never "
                        "change in place",
                        f"assign it: {text} = {ast.unparse(value)}",
                    )
                )
        elif isinstance(value, ast.Call) and _name(value.func) in ("sorted", "reversed"):
            findings.append(
                finding(
                    statement,
                    "discarded-result",
                    f"{_name(value.func)}() returns a new sequence and the result is thrown away",
                    "assign the result, or sort in place with .sort()",
                )
            )
        elif (
            isinstance(value, ast.BinOp)
            # ("counts[name] + 1", "self.total + price": an entry or a field, left as it was)
            and isinstance(value.left, ast.Name | ast.Subscript | ast.Attribute)
            and not isinstance(code.scope_of(statement), ast.Module)  # a notebook shows a bare expression
        ):
            left = ast.unparse(value.left)
            findings.append(
                finding(
                    statement,
                    "discarded-result",
                    f"'{ast.unparse(value)}' computes a value and throws it away, so '{left}' never changes",
                    f"assign it, e.g. {left} = {ast.unparse(value)}"
                    + (
                        f" (or {left} {_OPERATORS[type(value.op)]}= {ast.unparse(value.right)})"
                        if type(value.op) in _OPERATORS
                        else ""
                    ),
                )
            )
    return findings


def _holds_list(code: Code, node: ast.AST, name: str) -> bool:
    """Whether the scope of ``node`` makes ``name`` a list (``xs = []``, ``list(...)``, a comprehension), so
    ``xs = xs.append(x)`` is the list method and not the new-object idiom of a data-frame library."""
    return any(
        isinstance(n, ast.Assign)
        and any(ast.unparse(t) == name for t in n.targets)
        and (
            isinstance(n.value, ast.List | ast.ListComp)
            or isinstance(n.value, ast.Call)
            and isinstance(n.value.func, ast.Name)
            and n.value.func.id == "list"
        )
        for n in code.own(code.scope_of(node))
    )


def divisions(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for node in code.nodes(ast.BinOp, ast.AugAssign):
        divisor = node.right if isinstance(node, ast.BinOp) else node.value
        left = node.left if isinstance(node, ast.BinOp) else node.target
        if not isinstance(node.op, _DIVISIONS) or (isinstance(node.op, ast.Mod) and _text(left)):
            continue
        zero = isinstance(divisor, ast.Constant) and type(divisor.value) in (int, float) and divisor.value == 0
        if zero and not _expects_error(code, node):
            findings.append(
                finding(
                    node,
                    "division-by-zero",
                    "division by the literal 0 always raises ZeroDivisionError",
                    "divide by the value you meant, or handle the zero case before dividing",
                )
            )
        elif isinstance(node, ast.BinOp) and (empty := _untested_length(code, node, divisor)):
            findings.append(
                finding(
                    node,
                    "division-by-len",
                    f"'{ast.unparse(node)}' raises ZeroDivisionError when '{empty}' is empty",
                    f"return early (or a default) when not {empty}",
                )
            )
    for call in code.nodes(ast.Call):
        if _name(call.func) == "divmod" and len(call.args) == 2:
            divisor = call.args[1]
            if isinstance(divisor, ast.Constant) and divisor.value == 0 and not isinstance(divisor.value, bool):
                findings.append(finding(call, "division-by-zero", "divmod by 0 always raises ZeroDivisionError", ""))
    return findings


def _expects_error(code: Code, node: ast.AST) -> bool:
    """Inside ``with pytest.raises(...)`` or a ``try`` with handlers: the error is the point (a test)."""
    for ancestor in code.ancestors(node):
        if isinstance(ancestor, ast.With | ast.AsyncWith) and any(
            "raises" in ast.unparse(i.context_expr).lower() or "errstate" in ast.unparse(i.context_expr)
            for i in ancestor.items
        ):
            return True
        if isinstance(ancestor, ast.Try) and ancestor.handlers:
            return True
        if isinstance(ancestor, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return False
    return False


def _untested_length(code: Code, node: ast.BinOp, divisor: ast.AST) -> str | None:
    if not (isinstance(divisor, ast.Call) and _name(divisor.func) == "len" and len(divisor.args) == 1):
        return None
    name = _name(divisor.args[0])
    scope = code.scope_of(node)
    if not name or not isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
        return None
    if name not in {a.arg for a in [*scope.args.posonlyargs, *scope.args.args, *scope.args.kwonlyargs]}:
        return None
    tested, guarded = code.memo(("tested", id(scope)), lambda: _tested_names(code, scope))
    return None if guarded or name in tested else name


def _tested_names(code: Code, scope: ast.AST) -> tuple[set[str], bool]:
    """Names a scope's conditions mention, and whether it guards some other way (try, and/or)."""
    tested: set[str] = set()
    guarded = False
    for other in code.own(scope):
        if isinstance(other, ast.If | ast.While | ast.IfExp | ast.Assert):
            tested |= {n.id for n in ast.walk(other.test) if isinstance(n, ast.Name)}
        elif isinstance(other, ast.Try | ast.BoolOp):
            guarded = True
    return tested, guarded


def floor_divisions(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for node in code.nodes(ast.BinOp, ast.AugAssign):
        if isinstance(node.op, ast.FloorDiv):
            shown = ast.unparse(node) if isinstance(node, ast.BinOp) else ast.unparse(node.target) + " //= ..."
            findings.append(
                finding(
                    node,
                    "floor-division",
                    f"'{shown}' is floor division: '//' drops the fraction (3 // 2 is 1, 1 // 4 is 0), so the result "
                    "is always a whole number",
                    "use '/' for the exact quotient (and round() it if you want fewer decimals)",
                )
            )
    return findings
