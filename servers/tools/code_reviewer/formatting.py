"""String formatting that fails or prints the wrong thing.

- ``format-arguments``: the number of values does not match the placeholders. ``"%s and %s" % (a,)`` and
  ``"{} {}".format(a)`` raise (TypeError, IndexError); a ``{name}`` with no ``name=`` raises KeyError; a
  logging call whose arguments do not match its ``%s`` placeholders logs an error instead of the message.
  Only literal format strings with literal argument lists are judged (a tuple held in a variable could have
  any length).
- ``missing-f-prefix``: ``print("Hello {name}")`` where ``name`` is a variable in scope prints the braces
  literally; the string lacks its ``f``. Judged only where the string is used at once (printed, returned,
  raised, logged or concatenated), never for a template stored for a later ``.format()``.
"""

from __future__ import annotations

import ast
import re
import string

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding
from servers.tools.code_reviewer.unbound import local_names

_PERCENT = re.compile(
    r"%(?:\((?P<key>[^)]*)\))?[#0 +-]*(?P<width>\*|\d+)?(?:\.(?P<precision>\*|\d+))?[hlL]?(?P<kind>.)"
)
_FIELD = re.compile(r"\{([A-Za-z_]\w*)(?:[.\[!][^{}:]*)?(?::(?![A-Za-z]+\})[^{}]*)?\}")  # not "{path:path}"
_LOG_METHODS = frozenset({"debug", "info", "warning", "warn", "error", "exception", "critical"})


def _percent_count(template: str) -> int | None:
    """How many values ``template % values`` consumes; None for mapping keys or a malformed template."""
    count = 0
    for match in _PERCENT.finditer(template):
        if match.group("kind") == "%":
            continue
        if match.group("key") is not None or match.group("kind") not in "diouxXeEfFgGcrsa":
            return None
        count += 1 + (match.group("width") == "*") + (match.group("precision") == "*")
    return count


def _literal_str(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _percent(node: ast.BinOp) -> Finding | None:
    template = _literal_str(node.left)
    if template is None:
        return None
    values = node.right
    if isinstance(values, ast.Tuple):
        if any(isinstance(e, ast.Starred) for e in values.elts):
            return None
        given = len(values.elts)
    elif isinstance(values, ast.Constant | ast.JoinedStr):
        given = 1
    else:
        return None  # a name could hold a tuple of any length
    needed = _percent_count(template)
    if needed is None or needed == given:
        return None
    problem = "not enough arguments for format string" if given < needed else "not all arguments converted"
    return finding(
        node,
        "format-arguments",
        f"the format string has {needed} placeholder(s) but {given} value(s) are given: TypeError ({problem})",
        "give exactly one value per placeholder, or use an f-string",
    )


def _fields(template: str) -> tuple[int, int, set[str]] | str:
    """(auto-numbered fields, highest manual index + 1, named fields), or the error ``str.format`` raises."""
    auto, manual, names = 0, 0, set[str]()
    pending = [template]
    try:
        while pending:
            for _, field, spec, _ in string.Formatter().parse(pending.pop()):
                if field is None:
                    continue
                head = re.split(r"[.\[]", field, maxsplit=1)[0]
                if head == "":
                    auto += 1
                elif head.isdigit():
                    manual = max(manual, int(head) + 1)
                else:
                    names.add(head)
                if spec and "{" in spec:
                    pending.append(spec)
    except ValueError as exc:
        return str(exc)
    if auto and manual:
        return "cannot switch from automatic field numbering to manual field specification"
    return auto, manual, names


def _format_call(node: ast.Call) -> Finding | None:
    func = node.func
    if not (isinstance(func, ast.Attribute) and func.attr == "format"):
        return None
    template = _literal_str(func.value)
    if (
        template is None
        or any(isinstance(a, ast.Starred) for a in node.args)
        or any(k.arg is None for k in node.keywords)
    ):
        return None
    fields = _fields(template)
    if isinstance(fields, str):
        return finding(node, "format-arguments", f"this format string is malformed: ValueError ({fields})", "")
    auto, manual, names = fields
    needed, given = max(auto, manual), len(node.args)
    missing = sorted(names - {k.arg for k in node.keywords})
    if needed > given:
        message = f"the format string needs {needed} positional value(s) but .format() gets {given}: IndexError"
    elif missing:
        message = f"the field {{{missing[0]}}} has no {missing[0]}= argument in .format(): KeyError"
    elif given > needed:
        return finding(
            node,
            "format-arguments",
            f".format() gets {given} value(s) but the string uses {needed}: the rest are silently ignored",
            "add the missing {} placeholders or drop the extra values",
            severity="warning",
        )
    else:
        return None
    return finding(node, "format-arguments", message, "give one value per {} placeholder (or use an f-string)")


def _logging_call(node: ast.Call) -> Finding | None:
    func = node.func
    if not isinstance(func, ast.Attribute) or func.attr not in _LOG_METHODS:
        return None
    receiver = ast.unparse(func.value).lower()
    if not receiver.endswith(("log", "logger", "logging")) or not node.args:
        return None
    template = _literal_str(node.args[0])
    if template is None or any(isinstance(a, ast.Starred) for a in node.args):
        return None
    needed, given = _percent_count(template), len(node.args) - 1
    if needed is None or needed == given or (given == 0 and "%" in template):
        return None  # with no arguments logging prints the text as it is, '%' and all
    return finding(
        node,
        "format-arguments",
        f"the log message has {needed} %-placeholder(s) but {given} argument(s) follow it: logging prints a "
        "formatting error instead of the message",
        "use one %s per argument: log.info('value: %s', value)",
        severity="warning",
    )


def format_arguments(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for node in code.nodes(ast.BinOp):
        if isinstance(node.op, ast.Mod) and (found := _percent(node)):
            findings.append(found)
    for node in code.nodes(ast.Call):
        if found := _format_call(node) or _logging_call(node):
            findings.append(found)
    return findings


def _used_at_once(code: Code, node: ast.Constant) -> bool:
    parent = code.parent(node)
    if isinstance(parent, ast.Return):
        return True
    if isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Add):
        return True
    if isinstance(parent, ast.Call) and node in parent.args:
        func = parent.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name == "print" or name in _LOG_METHODS:
            return True
        if name.endswith(("Error", "Exception")) and len(parent.args) == 1 and not parent.keywords:
            return True  # an error class given more arguments may fill the template itself
    return False


def missing_f_prefix(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    names_by_scope: dict[int, set[str]] = {}
    for node in code.nodes(ast.Constant):
        text = node.value if isinstance(node.value, str) else None
        if not text or "{" not in text or "{{" in text or not _used_at_once(code, node):
            continue
        scope = code.scope_of(node)
        if id(scope) not in names_by_scope:
            names = local_names(code, scope)
            if isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
                args = scope.args
                every = [*args.posonlyargs, *args.args, *args.kwonlyargs, args.vararg, args.kwarg]
                names |= {a.arg for a in every if a}
            names_by_scope[id(scope)] = names
        known = [m.group(1) for m in _FIELD.finditer(text) if m.group(1) in names_by_scope[id(scope)]]
        if known:
            findings.append(
                finding(
                    node,
                    "missing-f-prefix",
                    f"the string {text[:40]!r} contains {{{known[0]}}} but is not an f-string, so it shows the "
                    "braces literally instead of the value",
                    "put an f before the opening quote: f'...'",
                )
            )
    return findings
