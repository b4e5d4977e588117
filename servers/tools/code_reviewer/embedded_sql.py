"""SQL written as a string in Python and run by an ``execute``-style call: ``conn.execute("UPDATE tickets SET status
= 'cancelled'")`` changes every ticket, whatever trip the function was asked to cancel.

The string's text is read as any SQL source is (``sql.review``), and of its findings only those a statement alone
shows are reported here, at the line of the call: ``delete-without-where``, ``update-without-where`` and
``null-comparison``. Text built at run time (an f-string, ``+``) is ``security.injection``'s to report, and is not
read here: its WHERE may be in the part joined on.
"""

from __future__ import annotations

import ast

from servers.tools.code_reviewer import sql
from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Code, Finding

_EXECUTES = frozenset({"execute", "executemany", "executescript", "exec_driver_sql"})
_READ = frozenset({"delete-without-where", "update-without-where", "null-comparison"})


def statements_run(code: Code) -> list[Finding]:
    """Findings in SQL string literals passed to an ``execute``-style call (see above)."""
    findings: list[Finding] = []
    for call in code.nodes(ast.Call):
        func = call.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in _EXECUTES or not call.args:
            continue
        text = call.args[0]
        if not isinstance(text, ast.Constant) or not isinstance(text.value, str):
            continue
        for found in sql.review(text.value[:20_000]):
            if found.rule in _READ:
                findings.append(finding(call, found.rule, found.message, found.hint))
    return findings
