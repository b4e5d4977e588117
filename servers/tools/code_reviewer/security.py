"""Security rules: code shapes that let input take control, leak secrets or weaken protection.

- ``sql-injection``: SQL text built by concatenation, ``%``, ``.format()`` or an f-string and passed to an
  ``execute``-style call, directly or through a variable assigned in the same scope. Parameters
  (``execute("... WHERE id = ?", (uid,))``) are safe.
- ``shell-injection``: a command built from strings run through a shell (``subprocess`` with ``shell=True``,
  ``os.system``, ``os.popen``).
- ``eval-exec``: ``eval()``/``exec()`` run whatever string they are given.
- ``unsafe-deserialization``: ``pickle``/``marshal``/``dill`` loads and ``yaml.load`` without a safe loader
  execute code embedded in the data.
- ``hardcoded-secret``: a password, token or key written into the code as a string literal.
- ``tls-unverified``: ``verify=False`` turns off certificate checks.
- ``request-without-timeout``: ``requests.get(...)``/``urlopen(...)`` without ``timeout=`` can hang forever.
- ``debug-enabled``: ``app.run(debug=True)`` exposes an interactive debugger.
- ``weak-password-hash``: a fast digest (md5, sha1, sha256...) over a password, unsalted and quick to crack.
- ``insecure-random``: ``random`` used to make a token, password or key (predictable; use ``secrets``), by
  assigning it to such a name or returning it from a function so named.
- ``path-traversal``: a file opened (or sent, or deleted) by a path built from the web request's data
  (``request.args``, ``request.form``..., or a web view's parameters, which come from its URL), so ``../`` in it
  reaches any file the server can read.
"""

from __future__ import annotations

import ast
import re

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding, node_name

_EXECUTE_METHODS = frozenset(
    {"execute", "executemany", "executescript", "raw", "read_sql", "read_sql_query", "mogrify", "text"}
)
_SQL_WORDS = re.compile(r"\b(?:select|insert|update|delete|where|from|into|values|drop|create|alter|join)\b", re.I)
_SHELL_CALLS = frozenset({"run", "call", "Popen", "check_output", "check_call", "getoutput", "getstatusoutput"})
_HTTP_VERBS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "request"})
_SECRET_NAME = re.compile(
    r"(?:^|_)(?:password|passwd|pwd|secret|token|api_?key|apikey|access_?key|private_?key|secret_?key|"
    r"client_?secret|auth_?key|credentials?)$",
    re.I,
)
_PLACEHOLDER = re.compile(r"^(?:|x+|\*+|\.+|<[^>]*>|\$\{[^}]*\}|\{[^}]*\}|changeme|todo|none|null|your[-_ ].*)$", re.I)
_RANDOM_CALLS = frozenset({"choice", "choices", "randint", "random", "randrange", "sample", "getrandbits"})
_REQUEST_DATA = frozenset(
    {"args", "form", "values", "files", "json", "get_json", "data", "cookies", "GET", "POST", "FILES", "COOKIES"}
    | {"query_params", "path_params", "query", "params", "match_info", "view_args"}
)
_FILE_CALLS = frozenset({"open", "send_file", "remove", "unlink", "rmtree", "FileResponse", "read_text", "read_bytes"})
_TOKEN_WORDS = re.compile(r"token|password|passwd|secret|otp|salt|nonce|api_?key", re.I)


def _is_dynamic_string(node: ast.AST) -> bool:
    """Is ``node`` text assembled at run time from pieces, at least one of them not a literal?"""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [node.left, node.right]
        return any(_is_text(p) for p in parts) and not all(isinstance(p, ast.Constant) for p in parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return _is_text(node.left)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _is_text(node.func.value)
    return False


def _is_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    return isinstance(node, ast.JoinedStr) or _is_dynamic_string(node)


def _literal_text(node: ast.AST) -> str:
    return " ".join(n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str))


def _call_name(node: ast.Call) -> str:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _keyword(call: ast.Call, name: str) -> ast.AST | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _built_strings(code: Code, scope: ast.AST, sql_only: bool) -> dict[str, int]:
    """Variables in ``scope`` assigned text built at run time (for ``sql_only``, text with SQL words)."""
    return code.memo(("built", id(scope), sql_only), lambda: _find_built_strings(code, scope, sql_only))


def _find_built_strings(code: Code, scope: ast.AST, sql_only: bool) -> dict[str, int]:
    built: dict[str, int] = {}
    nodes = sorted(
        (n for n in code.own(scope) if isinstance(n, ast.Assign | ast.AugAssign | ast.AnnAssign)),
        key=lambda n: (n.lineno, n.col_offset),
    )
    for node in nodes:
        if node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            dynamic = _is_dynamic_string(node.value) or isinstance(node, ast.AugAssign) and _is_text(node.value)
            for target in (t for t in targets if isinstance(t, ast.Name)):
                if dynamic and (not sql_only or _SQL_WORDS.search(_literal_text(node.value)) or target.id in built):
                    built[target.id] = node.lineno
                elif not isinstance(node, ast.AugAssign):
                    built.pop(target.id, None)
    return built


def _assembled(code: Code, call: ast.Call, argument: ast.AST, sql_only: bool) -> str | None:
    if _is_dynamic_string(argument):
        return "text built from strings"
    if isinstance(argument, ast.Name):
        line = _built_strings(code, code.scope_of(call), sql_only).get(argument.id)
        if line is not None:
            return f"text assembled into '{argument.id}' on line {line}"
    return None


def injection(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for call in code.nodes(ast.Call):
        name = _call_name(call)
        if name in _EXECUTE_METHODS and call.args and (how := _assembled(code, call, call.args[0], True)):
            findings.append(
                finding(
                    call,
                    "sql-injection",
                    f"SQL {how} is passed to {name}(): SQL injection, since a value containing a quote can "
                    "rewrite the query",
                    "use a parameterized query: execute('SELECT * FROM t WHERE id = ?', (uid,))",
                )
            )
        shell = _keyword(call, "shell")
        through_shell = isinstance(shell, ast.Constant) and shell.value is True and name in _SHELL_CALLS
        if (through_shell or ast.unparse(call.func) in ("os.system", "os.popen")) and call.args:
            how = _assembled(code, call, call.args[0], False)
            if how:
                findings.append(
                    finding(
                        call,
                        "shell-injection",
                        f"a shell command from {how} is run by {ast.unparse(call.func)}(): command injection, since "
                        "a value containing ; or $( ) runs commands of its own",
                        "pass a list of arguments without shell=True: subprocess.run(['ls', path])",
                    )
                )
        if isinstance(call.func, ast.Name) and call.func.id in ("eval", "exec"):
            findings.append(
                finding(
                    call,
                    "eval-exec",
                    f"{call.func.id}() runs any code in the string it is given; with outside input that is code "
                    "injection",
                    "parse the data instead: ast.literal_eval, json.loads or int()",
                )
            )
    return findings


def unsafe_calls(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for call in code.nodes(ast.Call):
        target = ast.unparse(call.func)
        module, _, method = target.rpartition(".")
        if module in ("pickle", "cPickle", "dill", "marshal", "jsonpickle") and method in ("load", "loads", "decode"):
            findings.append(
                finding(
                    call,
                    "unsafe-deserialization",
                    f"{target}() can run code hidden in the data: never use it on data from users or the network",
                    "use json (or another data-only format) for untrusted data",
                )
            )
        elif module == "yaml" and method in ("load", "load_all", "unsafe_load"):
            loader = _keyword(call, "Loader") or (call.args[1] if len(call.args) > 1 else None)
            if method == "unsafe_load" or loader is None or "Safe" not in ast.unparse(loader):
                findings.append(
                    finding(
                        call,
                        "unsafe-deserialization",
                        f"{target}() without a SafeLoader can build arbitrary Python objects from the YAML",
                        "use yaml.safe_load(text) (or Loader=yaml.SafeLoader)",
                    )
                )
        verify = _keyword(call, "verify")
        if isinstance(verify, ast.Constant) and verify.value is False:
            findings.append(
                finding(
                    call,
                    "tls-unverified",
                    "verify=False turns off TLS certificate checks, so anyone on the network can intercept the traffic",
                    "remove verify=False (or point verify= at the CA bundle you trust)",
                )
            )
        if _needs_timeout(call, module, method) and _keyword(call, "timeout") is None:
            if not any(k.arg is None for k in call.keywords):
                findings.append(
                    finding(
                        call,
                        "request-without-timeout",
                        f"{target}() has no timeout, so a server that never answers hangs this code forever",
                        f"pass a timeout: {target}(..., timeout=10)",
                    )
                )
        if method in _FILE_CALLS and call.args and _from_request(code, call, call.args[0]):
            built = _built_on(code, call, call.args[0])
            findings.append(
                finding(
                    call,
                    "path-traversal",
                    f"the path passed to {target}() is built from the request{built}, so a value such as "
                    "../../etc/passwd reaches files outside the folder you meant",
                    "keep only the file name (os.path.basename or werkzeug's secure_filename) and check the resolved "
                    "path stays inside the folder (or use send_from_directory)",
                )
            )
        debug = _keyword(call, "debug")
        if method == "run" and isinstance(debug, ast.Constant) and debug.value is True:
            findings.append(
                finding(
                    call,
                    "debug-enabled",
                    "debug=True serves an interactive debugger that lets anyone who can reach it run code",
                    "keep debug off outside development (read it from an environment variable)",
                )
            )
        if module == "hashlib" and method in _FAST_HASHES and _mentions_password(call):
            findings.append(
                finding(
                    call,
                    "weak-password-hash",
                    f"{method} is a fast general-purpose digest, so passwords hashed with it are cracked quickly by "
                    "brute force (a salt does not slow that down)",
                    "use hashlib.scrypt or pbkdf2_hmac with a random salt (or bcrypt/argon2)",
                )
            )
    return findings


def _from_request(code: Code, call: ast.Call, path: ast.AST) -> bool:
    """Whether ``path`` is built at run time from the web request's data, directly or through a variable of the
    same scope assigned from it (``name = request.args['f']``)."""
    scope = code.scope_of(call)
    tainted = code.memo(("request-names", id(scope)), lambda: _request_names(code, scope))
    return _reads_request(path) or _holds(path, tainted)


def _holds(node: ast.AST, names: set[str]) -> bool:
    """Whether ``node`` reads one of ``names`` other than through a sanitizer (``secure_filename(name)``)."""
    if _called(node) in _SANITIZERS:
        return False
    if isinstance(node, ast.Name):
        return node.id in names
    return any(_holds(child, names) for child in ast.iter_child_nodes(node))


def _built_on(code: Code, call: ast.Call, path: ast.AST) -> str:
    """ " on line N" when ``path`` is a name last assigned on another line before ``call``, else ""."""
    if not isinstance(path, ast.Name):
        return ""
    lines = [
        n.lineno
        for n in code.own(code.scope_of(call))
        if isinstance(n, ast.Assign)
        and n.lineno < call.lineno
        and any(isinstance(t, ast.Name) and t.id == path.id for t in n.targets)
    ]
    return f" on line {max(lines)}" if lines else ""


def _reads_request(node: ast.AST) -> bool:
    """Whether ``node`` reads data the client sends: ``request.args``, ``request.GET``, ``request.files``..."""
    return any(
        isinstance(n, ast.Attribute)
        and isinstance(n.value, ast.Name)
        and n.value.id == "request"
        and n.attr in _REQUEST_DATA
        for n in ast.walk(node)
    )


def _request_names(code: Code, scope: ast.AST) -> set[str]:
    """Names of ``scope`` that hold the client's data: assigned from the request, or a web view's parameters (the
    framework hands it the URL's parts), and names assigned from those in turn (``path = os.path.join(base,
    name)``). A value passed through ``secure_filename`` or ``basename`` holds a bare file name, and a scope that
    checks its paths (``..``, ``realpath``, ``startswith``) keeps only what it read from the request itself."""
    direct = {
        target.id
        for node in code.own(scope)
        if isinstance(node, ast.Assign) and _reads_request(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    if _checks_paths(code, scope):
        return direct
    tainted = direct | _view_parameters(code, scope)
    assigned = sorted((n for n in code.own(scope) if isinstance(n, ast.Assign)), key=lambda n: n.lineno)
    for node in assigned:
        if _called(node.value) in _SANITIZERS:
            continue
        if _holds(node.value, tainted):
            tainted |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return tainted


# A web view: routed by a decorator (@app.route("/files/<name>"), @router.get) or answering with a file.
_ROUTES = frozenset({"route", "get", "post", "put", "patch", "delete", "api_route"})
_VIEW_RESPONSES = frozenset({"send_file", "FileResponse"})
_SANITIZERS = frozenset({"secure_filename", "basename"})
_PATH_CHECKS = frozenset({"realpath", "abspath", "commonpath", "resolve", "is_relative_to", "startswith", "normpath"})


def _called(node: ast.AST) -> str:
    if not isinstance(node, ast.Call):
        return ""
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _view_parameters(code: Code, scope: ast.AST) -> set[str]:
    if not isinstance(scope, ast.FunctionDef | ast.AsyncFunctionDef):
        return set()
    routed = any(
        _called(d) in _ROUTES or isinstance(d, ast.Attribute) and d.attr in _ROUTES for d in scope.decorator_list
    )
    if not routed and not any(_called(n) in _VIEW_RESPONSES for n in code.own(scope)):
        return set()
    return {a.arg for a in scope.args.args + scope.args.kwonlyargs if a.arg not in ("self", "request")}


def _checks_paths(code: Code, scope: ast.AST) -> bool:
    """Whether ``scope`` checks a path it builds: a call such as realpath() or startswith(), or a test for ".."."""
    return any(_called(n) in _PATH_CHECKS or isinstance(n, ast.Constant) and n.value == ".." for n in code.own(scope))


def _needs_timeout(call: ast.Call, module: str, method: str) -> bool:
    if module == "requests" and method in _HTTP_VERBS:
        return True
    return method == "urlopen" or (not module and isinstance(call.func, ast.Name) and call.func.id == "urlopen")


# General-purpose digests: fast by design, which is what makes a password hashed with one quick to crack.
_FAST_HASHES = frozenset({"md5", "sha1", "sha224", "sha256", "sha384", "sha512", "blake2b", "blake2s"})


def _mentions_password(call: ast.Call) -> bool:
    return any(
        isinstance(n, ast.Name | ast.Attribute) and _PASSWORD_NAME.search(ast.unparse(n))
        for a in call.args
        for n in ast.walk(a)
    )


_PASSWORD_NAME = re.compile(r"pass|pwd|(?<![a-z])pw(?![a-z])", re.I)


def secrets(code: Code) -> list[Finding]:
    findings: list[Finding] = []
    for node in code.nodes(ast.Assign, ast.AnnAssign, ast.keyword, ast.Compare):
        pairs: list[tuple[str, ast.AST]] = []
        if isinstance(node, ast.Assign):
            pairs = [(node_name(t), node.value) for t in node.targets]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            pairs = [(node_name(node.target), node.value)]
        elif isinstance(node, ast.keyword) and node.arg:
            pairs = [(node.arg, node.value)]
        elif isinstance(node, ast.Compare) and len(node.comparators) == 1:
            pairs = [(node_name(node.left), node.comparators[0])]
        for name, value in pairs:
            if name and _SECRET_NAME.search(name) and _looks_secret(value):
                findings.append(
                    finding(
                        node if hasattr(node, "lineno") else value,
                        "hardcoded-secret",
                        f"'{name}' is set to a literal secret in the source code, where anyone who can read the "
                        "code (or its history) can read it",
                        f"load it from the environment or a secrets store: os.environ['{name.upper()}']",
                    )
                )
        if isinstance(node, ast.Assign) and _TOKEN_WORDS.search(" ".join(node_name(t) for t in node.targets)):
            findings += _random_made(node, node.value)
    for function in code.nodes(ast.FunctionDef, ast.AsyncFunctionDef):
        if _TOKEN_WORDS.search(function.name):  # def reset_token(): return ''.join(random.choice(...))
            for node in code.own(function):
                if isinstance(node, ast.Return) and node.value is not None:
                    findings += _random_made(node, node.value)
    return findings


def _random_made(node: ast.stmt, value: ast.AST) -> list[Finding]:
    """An insecure-random finding at ``node`` when ``value`` is made with the random module, else none."""
    calls = [n for n in ast.walk(value) if isinstance(n, ast.Call)]
    if not any(ast.unparse(c.func).startswith("random.") and _call_name(c) in _RANDOM_CALLS for c in calls):
        return []
    return [
        finding(
            node,
            "insecure-random",
            "the random module is predictable, so a token or password made with it can be guessed",
            "use the secrets module: secrets.token_urlsafe(32) or secrets.choice",
        )
    ]


def _looks_secret(value: ast.AST) -> bool:
    if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
        return False
    text = value.value.strip()
    if re.fullmatch(r"[A-Za-z_-]+", text) and _SECRET_NAME.search(text.replace("-", "_")):
        return False  # "password", "api_key": the name of a field, not its value
    return len(text) >= 4 and " " not in text and not _PLACEHOLDER.match(text)
