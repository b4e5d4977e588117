"""A handler that swallows errors inside a loop that adds up: what a wrong total or a short count comes from.

``for item in order: try: t += prices[item] except: pass`` adds what it can and skips, without a word, every
item whose line raises (a name missing from the prices, a value that is text): the total comes out too low, or
0 when every item fails (a single order passed as a string is iterated letter by letter). The swallowed handler
is already reported (``errors``); for a user who reports a wrong total or count it is also the explanation, when
the ``try`` it closes is inside a loop and adds to a running total (``t += ...``, ``count += 1``).
"""

from __future__ import annotations

import ast
from dataclasses import replace

from servers.tools.code_reviewer.source import Code, Finding

_SWALLOWING = frozenset({"swallowed-exception", "bare-except"})


def skipped_in_totals(code: Code, findings: list[Finding]) -> list[Finding]:
    """The swallowing handlers among ``findings`` whose ``try`` adds to a running total inside a loop, said as
    the cause of a wrong total."""
    explained: list[Finding] = []
    for found in findings:
        if found.rule not in _SWALLOWING:
            continue
        for node in code.nodes(ast.Try):
            if not any(h.lineno == found.line for h in node.handlers):
                continue
            totals = [s for b in node.body for s in ast.walk(b) if isinstance(s, ast.AugAssign)]
            looped = any(isinstance(a, ast.For | ast.While) for a in code.ancestors(node))
            if totals and looped:
                total = ast.unparse(totals[0].target)
                explained.append(
                    replace(
                        found,
                        message=f"{found.message}: an item whose line raises is skipped without a word, so {total} "
                        "leaves it out and the total comes out wrong (0 when every item fails)",
                        category="bug",
                    )
                )
                break
    return explained
