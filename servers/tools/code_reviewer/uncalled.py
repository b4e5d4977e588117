"""Calls that read as made but never run: a coroutine not awaited, a method named without its parentheses.

- ``missing-await``: inside an ``async def``, a coroutine function called without ``await``
  (``results.append(client.get(url))``): the call only creates a coroutine object, so the work never runs and
  the value used is the coroutine, not its result. A call counts as a coroutine call only when the code shows
  it: the callee is a plain ``async def`` of the same code, the same method is awaited elsewhere in it with
  as many arguments, it is a well-known coroutine (``asyncio.sleep``), or it is an HTTP method of an async
  client (``httpx.AsyncClient``, ``aiohttp.ClientSession``, or a receiver named ``client``/``session`` in code
  that uses no sync client).
  Coroutines handed to ``asyncio.gather``, ``create_task`` and the like, used in ``async with``/``async for``,
  or kept in a function that gathers or awaits stored values are left alone: that is how coroutines are
  scheduled on purpose.
- ``method-not-called``: ``return text.split(' ')[0].lower``: without parentheses the expression is the bound
  method, not its result. Reported for string methods on a value the code shows is a string, for string
  predicates that are never plain attributes (``.isdigit``, ``.strip``), and for a statement that only names
  a method such as ``f.close`` or ``items.sort``. A method passed on as a value (``key=str.lower``,
  ``map(s.strip, lines)``) is a callback, not a mistake.
"""

from __future__ import annotations

import ast
import builtins

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

_SCHEDULERS = frozenset(
    {"gather", "wait", "wait_for", "create_task", "ensure_future", "as_completed", "run", "shield", "start_soon"}
    | {"run_until_complete", "run_coroutine_threadsafe", "start", "TaskGroup", "taskgroup", "append_task"}
)
_KNOWN_COROUTINES = frozenset(
    {"asyncio.sleep", "asyncio.open_connection", "asyncio.create_subprocess_exec", "asyncio.create_subprocess_shell"}
    | {"asyncio.to_thread", "anyio.sleep", "trio.sleep", "aiofiles.open"}
)
_ASYNC_CLIENTS = frozenset({"httpx.AsyncClient", "AsyncClient", "aiohttp.ClientSession", "ClientSession"})
_CLIENT_NAMES = frozenset(
    {"client", "session", "http", "http_client", "async_client", "aclient", "http_session", "httpx_client"}
)
_HTTP_METHODS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "request", "send", "fetch"})
_SYNC_CLIENTS = ("requests", "urllib", "http.client")
# String methods callers use for their result; the predicates and strips are never plain attributes.
_STR_RESULTS = frozenset(
    {"lower", "upper", "title", "capitalize", "casefold", "swapcase", "strip", "lstrip", "rstrip", "split"}
    | {"splitlines", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isnumeric", "isdecimal"}
)
_NEVER_ATTRIBUTES = frozenset(
    {"isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isnumeric", "isdecimal", "casefold"}
    | {"strip", "lstrip", "rstrip", "swapcase", "splitlines"}
)
_GIVES_STR = frozenset(
    {"lower", "upper", "title", "capitalize", "casefold", "swapcase", "strip", "lstrip", "rstrip", "replace"}
    | {"format", "join", "removeprefix", "removesuffix", "zfill", "center", "ljust", "rjust", "decode"}
)
_GIVES_STRINGS = frozenset({"split", "rsplit", "splitlines"})  # a list of strings: an item of it is a string
# A line that only names one of these (``f.close``) meant to call it.
_ACTIONS = frozenset({"close", "sort", "reverse", "clear", "commit", "rollback", "flush", "shutdown", "cancel"})


def _callee(call: ast.Call) -> str:
    return ast.unparse(call.func) if isinstance(call.func, ast.Name | ast.Attribute) else ""


def _last_name(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _async_clients(code: Code) -> set[str]:
    """Names bound to an async HTTP client: ``c = httpx.AsyncClient()``, ``async with ClientSession() as s``."""
    names: set[str] = set()
    for node in code.nodes(ast.Assign):
        if isinstance(node.value, ast.Call) and _callee(node.value) in _ASYNC_CLIENTS:
            names |= {ast.unparse(t) for t in node.targets}
    for item in code.nodes(ast.withitem):
        expr = item.context_expr
        if isinstance(expr, ast.Call) and _callee(expr) in _ASYNC_CLIENTS and item.optional_vars is not None:
            names.add(ast.unparse(item.optional_vars))
    return names


def _coroutine_callees(code: Code) -> dict[str, int | None]:
    """Callees the code shows are coroutine functions, with the number of positional arguments they were
    awaited with (None: any): its own plain ``async def``s (a decorated one or an async generator may be
    something else) and whatever it awaits."""
    names: dict[str, int | None] = {}
    for function in code.nodes(ast.AsyncFunctionDef):
        generator = any(isinstance(n, ast.Yield | ast.YieldFrom) for n in code.own(function))
        if function.decorator_list or generator:
            continue
        method = bool(function.args.args) and function.args.args[0].arg in ("self", "cls")
        names[f"{function.args.args[0].arg}.{function.name}" if method else function.name] = None
    for awaited in code.nodes(ast.Await):
        # A plain name awaited once may be a callable parameter that returns either: only methods count.
        if isinstance(awaited.value, ast.Call) and isinstance(awaited.value.func, ast.Attribute):
            names.setdefault(_callee(awaited.value), len(awaited.value.args))
    shadowed = {f.name for f in code.nodes(ast.FunctionDef)} | set(dir(builtins))
    return {n: count for n, count in names.items() if n and n not in shadowed}


def _is_coroutine_call(call: ast.Call, callees: dict[str, int | None], clients: set[str], sync_code: bool) -> bool:
    name = _callee(call)
    if name in _KNOWN_COROUTINES or name in callees and callees[name] in (None, len(call.args)):
        return True
    if not isinstance(call.func, ast.Attribute) or call.func.attr not in _HTTP_METHODS:
        return False
    receiver = ast.unparse(call.func.value)
    return receiver in clients or (not sync_code and _last_name(call.func.value) in _CLIENT_NAMES)


def _scheduled(code: Code, call: ast.Call, function: ast.AsyncFunctionDef) -> bool:
    """Awaited, handed to a scheduler, or the header of an ``async with``/``async for``."""
    child: ast.AST = call
    for ancestor in code.ancestors(call):
        if ancestor is function:
            return False
        if isinstance(ancestor, ast.Await | ast.withitem):
            return True
        if isinstance(ancestor, ast.AsyncFor) and child is ancestor.iter:
            return True
        if isinstance(ancestor, ast.comprehension) and ancestor.is_async and child is ancestor.iter:
            return True
        if isinstance(ancestor, ast.Call) and _last_name(ancestor.func) in _SCHEDULERS:
            return True
        child = ancestor
    return False


def _keeps_pending(code: Code, function: ast.AsyncFunctionDef) -> bool:
    """Whether the function schedules or awaits stored coroutines (``tasks.append(f())`` ... ``gather(*tasks)``)."""
    for node in code.own(function):
        if isinstance(node, ast.Await) and not isinstance(node.value, ast.Call):
            return True
        if isinstance(node, ast.Call) and _last_name(node.func) in _SCHEDULERS:
            return True
    return False


def missing_awaits(code: Code) -> list[Finding]:
    functions = code.nodes(ast.AsyncFunctionDef)
    if not functions:
        return []
    callees = _coroutine_callees(code)
    clients = _async_clients(code)
    sync_code = any(word in code.source for word in _SYNC_CLIENTS)
    findings: list[Finding] = []
    for function in functions:
        pending = None
        for call in (n for n in code.own(function) if isinstance(n, ast.Call)):
            if not _is_coroutine_call(call, callees, clients, sync_code) or _scheduled(code, call, function):
                continue
            alone = isinstance(code.parent(call), ast.Expr)
            pending = _keeps_pending(code, function) if pending is None else pending
            if pending and not alone:
                continue
            text = ast.unparse(call)
            effect = (
                "so it never runs (Python warns that the coroutine was never awaited)"
                if alone
                else "so it only creates a coroutine object: the work never runs, and the value used here is the "
                "coroutine, not its result"
            )
            findings.append(
                finding(
                    call,
                    "missing-await",
                    f"missing await: '{text}' is a coroutine call inside the async function '{function.name}' "
                    f"without await, {effect}",
                    f"write await {text}, or collect the coroutines and run them with asyncio.gather",
                )
            )
    return findings


def _string_valued(node: ast.AST, text_parameters: set[str]) -> bool:
    """Whether the code itself shows ``node`` is a string."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.Name):
        return node.id in text_parameters
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Name):
            return node.func.id in ("str", "input", "repr")
        return isinstance(node.func, ast.Attribute) and node.func.attr in _GIVES_STR
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Call):
        inner = node.value.func
        one_item = not isinstance(node.slice, ast.Slice)
        return isinstance(inner, ast.Attribute) and inner.attr in _GIVES_STRINGS and one_item
    return False


def _text_parameters(code: Code, node: ast.AST) -> set[str]:
    scope = code.scope_of(node)
    if not isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
        return set()
    arguments = [*scope.args.posonlyargs, *scope.args.args, *scope.args.kwonlyargs]
    return {a.arg for a in arguments if isinstance(a.annotation, ast.Name) and a.annotation.id == "str"}


def _passed_on(code: Code, node: ast.Attribute) -> bool:
    """Called, or handed on as a callback (an argument or keyword value)."""
    parent = code.parent(node)
    if isinstance(parent, ast.Call):
        return True  # either the call itself or an argument to another
    return isinstance(parent, ast.keyword | ast.Starred | ast.Lambda | ast.Tuple | ast.List | ast.Dict | ast.Attribute)


def uncalled_methods(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for node in code.nodes(ast.Attribute):
        if not isinstance(node.ctx, ast.Load) or _passed_on(code, node):
            continue
        receiver = node.value
        if isinstance(receiver, ast.Name) and (receiver.id[:1].isupper() or receiver.id in ("str", "bytes", "list")):
            continue  # str.lower, MyClass.method: an unbound function taken as a value on purpose
        statement = isinstance(code.parent(node), ast.Expr)
        stringy = node.attr in _STR_RESULTS and (
            _string_valued(receiver, _text_parameters(code, node))
            or node.attr in _NEVER_ATTRIBUTES
            and isinstance(receiver, ast.Name | ast.Subscript)
        )
        if not (stringy or statement and node.attr in _ACTIONS):
            continue
        text = ast.unparse(node)
        gives = "the line does nothing" if statement else "it gives the method object itself, not its result"
        findings.append(
            finding(
                node,
                "method-not-called",
                f"method not called: '{text}' has no parentheses, so {gives}",
                f"call it: {text}()",
            )
        )
    return findings
