"""Classic JavaScript pitfalls a token stream shows without a parser.

- ``var-loop-closure``: ``for (var i = 0; ...) { setTimeout(function () { use(i) }) }``: ``var`` makes one
  ``i`` for the whole loop, so every callback created in it sees the final value. ``let`` gives one per pass.
- ``foreach-async``: ``items.forEach(async (item) => { await ... })``: forEach drops the promises, so nothing
  waits for the work and the code after the loop runs first.
- ``map-async``: ``const users = ids.map(async (id) => ...)`` that is never passed to ``Promise.all``: the
  array holds promises, not results.
- ``switch-fallthrough``: a ``case`` whose statements do not end in ``break``, ``return``, ``throw`` or
  ``continue`` runs on into the next case. Stacked labels (``case 1: case 2:``) and a comment saying it falls
  through are left alone.
- ``parseint-radix``: ``parseInt(text)`` without a base guesses it from the text (``"0x1f"`` is read as hex).
- ``indexof-truthiness``: ``if (s.indexOf(x))`` is true when x is absent (-1) and false when x comes first.
- ``float-equality``: ``a + b === 0.3`` compares a computed number with a fraction exactly; rounding makes it
  false (``0.1 + 0.2 === 0.3`` is false).
- ``date-month-from-zero``: ``new Date(year, month, day)`` with the month passed as people number it (1 to 12):
  JavaScript months count from 0, so the date falls a month late.
- ``missing-await``: ``const res = fetch(url)`` (or ``response.json()``, ``axios.get(...)``, a call to an
  ``async function`` of the same code) without ``await``, then ``res.json()`` or ``res.status``: the name holds
  a Promise, which has none of the result's properties. A promise that is only returned, awaited later, passed
  on or given ``.then`` is left alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Finding

if TYPE_CHECKING:
    from servers.tools.code_reviewer.javascript import Token

_EXITS = frozenset({"break", "return", "throw", "continue"})
_STATEMENT_START = frozenset({";", "{", "}", ":"})
_COMPARISONS = frozenset({"===", "!==", "==", "!=", "<", ">", "<=", ">=", "instanceof", "in"})
_ARITHMETIC = frozenset({"+", "-", "*", "/", "%", "**"})
# Where the operand of a comparison starts or ends, scanning away from the operator at the same depth.
_OPERAND_EDGE = frozenset(
    {";", "{", "}", ",", "return", "&&", "||", "??", "?", ":", "=", "!", "===", "!==", "==", "!="}
)
_OPEN, _CLOSE = frozenset("([{"), frozenset(")]}")
# Calls that return a Promise: fetch(), a fetch Response's body readers (no argument: Express's res.json(obj)
# sends a reply instead), and axios' request methods.
_BODY_READERS = frozenset({"json", "text", "blob", "arrayBuffer", "formData"})
_AXIOS_METHODS = frozenset({"get", "post", "put", "patch", "delete", "head", "request"})
_PROMISE_METHODS = frozenset({"then", "catch", "finally"})


def pitfalls(tokens: list[Token], source: str) -> list[Finding]:
    """The pitfall findings in ``tokens`` (the tokens of ``source``)."""
    findings: list[Finding] = []
    lines = source.splitlines()
    asynchronous = _async_functions(tokens)
    for index, token in enumerate(tokens):
        after = tokens[index + 1 : index + 4]
        texts = [t.text for t in after]
        before = tokens[index - 1].text if index else ""
        if token.text == "for" and texts[:2] == ["(", "var"] and len(after) > 2:
            findings += _var_loop(tokens, index + 1, after[2].text)
        elif token.text == "forEach" and before == "." and texts[:2] == ["(", "async"]:
            findings.append(
                finding(
                    (token.line, token.column),
                    "foreach-async",
                    "forEach ignores the promises its async callback returns, so nothing waits for them: the code "
                    "after the loop runs before the work is done, and errors go unhandled",
                    "use for (const item of items) { await ... }, or await Promise.all(items.map(async ...))",
                )
            )
        elif token.text == "map" and before == "." and texts[:2] == ["(", "async"]:
            findings += _unawaited_map(tokens, index)
        elif token.text == "switch" and texts[:1] == ["("]:
            findings += _fallthrough(tokens, index, lines)
        elif token.text == "parseInt" and texts[:1] == ["("] and before not in ("function", "."):
            args = _group(tokens, index + 1)
            if args and not any(t.text == "," and depth == 1 for t, depth in args):
                findings.append(
                    finding(
                        (token.line, token.column),
                        "parseint-radix",
                        "parseInt() without a radix guesses the base from the text ('0x1f' is read as hex)",
                        "pass the base, parseInt(text, 10), or use Number(text)",
                        category="practice",
                    )
                )
        elif token.text == "Date" and before == "new" and texts[:1] == ["("]:
            findings += _month_from_one(tokens, index + 1)
        elif token.text == "if" and texts[:1] == ["("]:
            findings += _index_of_test(tokens, index + 1)
        elif token.kind == "punct" and token.text in ("===", "==", "!==", "!="):
            findings += _float_equality(tokens, index)
        elif token.text == "=" and index >= 2 and tokens[index - 2].text in ("const", "let", "var"):
            findings += _unawaited_promise(tokens, index, asynchronous)
    return findings


_MONTH_NAMES = frozenset({"month", "mon", "mm", "monthNumber", "monthNum", "m"})


def _month_from_one(tokens: list[Token], open_index: int) -> list[Finding]:
    """``new Date(year, month, day)`` with a month passed as it is: JavaScript counts months from 0, so a month
    numbered 1 to 12 (as people and forms number them) gives the next month. Only a plain name meaning the month
    in second place is read; ``month - 1``, a number or a call is left alone."""
    args = [t for t, depth in _group(tokens, open_index) if depth == 1]
    commas = [k for k, t in enumerate(args) if t.text == ","]
    if len(commas) < 2:
        return []
    month = args[commas[0] + 1 : commas[1]]
    if len(month) != 1 or month[0].text not in _MONTH_NAMES:
        return []
    return [
        finding(
            (month[0].line, month[0].column),
            "date-month-from-zero",
            f"new Date(year, {month[0].text}, day) counts months from 0 (January is 0): a month numbered 1 to 12 "
            "gives the month after the one meant, 10 March becomes 10 April",
            f"pass {month[0].text} - 1, or build the date from an ISO string ('2024-03-10')",
        )
    ]


def _async_functions(tokens: list[Token]) -> frozenset[str]:
    """Names of the ``async function name`` declarations and ``name = async`` arrows in the code."""
    names: set[str] = set()
    for k, token in enumerate(tokens[:-2]):
        if token.text == "async" and tokens[k + 1].text == "function" and tokens[k + 2].kind == "name":
            names.add(tokens[k + 2].text)
        elif token.text == "async" and k >= 2 and tokens[k - 1].text == "=" and tokens[k - 2].kind == "name":
            names.add(tokens[k - 2].text)
    return frozenset(names)


def _promise_call(tokens: list[Token], start: int, asynchronous: frozenset[str]) -> tuple[str, int] | None:
    """The name of a Promise-returning call that makes up the whole expression starting at ``start``, and the
    index of the token after it; None for anything else (an await, a chain on, a different expression)."""
    k = start
    while k + 1 < len(tokens) and tokens[k + 1].text == "." and tokens[k].kind == "name":
        k += 2  # along the receiver: window.fetch, this.http.get, response.json
    callee = tokens[k] if k < len(tokens) else None
    if callee is None or callee.kind != "name" or k + 1 >= len(tokens) or tokens[k + 1].text != "(":
        return None
    receiver = tokens[k - 2].text if k - 2 >= start else None
    arguments = _group(tokens, k + 1)
    end = k + 1 + len(arguments) + 1
    returns_promise = (
        (callee.text == "fetch" and receiver in (None, "window", "globalThis"))
        or (callee.text in _BODY_READERS and receiver is not None and not arguments[1:])
        or (callee.text in _AXIOS_METHODS and receiver == "axios")
        or (callee.text in asynchronous and receiver in (None, "this"))
    )
    if not returns_promise or (end < len(tokens) and tokens[end].text in (".", "?.", "[", "(")):
        return None  # fetch(url).then(...): the chain handles the promise
    return callee.text, end


def _unawaited_promise(tokens: list[Token], index: int, asynchronous: frozenset[str]) -> list[Finding]:
    """``const res = fetch(url)`` with no await, and a later ``res.json()`` or ``res.status``: a Promise has
    none of the result's properties."""
    name = tokens[index - 1]
    call = _promise_call(tokens, index + 1, asynchronous)
    if name.kind != "name" or call is None:
        return []
    callee, end = call
    for k in range(end, len(tokens) - 2):
        token = tokens[k]
        if token.text != name.text or token.kind != "name" or tokens[k - 1].text in (".", "?."):
            continue
        if tokens[k - 1].text == "await" or tokens[k + 1].text not in (".", "?.", "["):
            continue
        member = tokens[k + 2].text
        if member in _PROMISE_METHODS:
            return []  # res.then(...): the code treats it as the promise it is
        where = tokens[index + 1]
        return [
            finding(
                (where.line, where.column),
                "missing-await",
                f"{callee}() returns a Promise and nothing awaits it, so '{name.text}' holds the Promise, not its "
                f"result: '{name.text}.{member}' on line {token.line} reads what a Promise does not have (a TypeError "
                "or undefined)",
                f"add await: const {name.text} = await {callee}(...) inside an async function (or use .then())",
            )
        ]
    return []


def _unawaited_map(tokens: list[Token], index: int) -> list[Finding]:
    """``const users = ids.map(async ...)`` whose array of promises nothing ever awaits (no Promise.all(users))."""
    k = index - 1
    while k > 0 and (tokens[k].text == "." or tokens[k - 1].text == "."):
        k -= 1  # back over the receiver chain: this.items.map
    name = tokens[k - 2] if k >= 2 and tokens[k - 1].text == "=" else None
    if name is None or name.kind != "name" or k < 3 or tokens[k - 3].text not in ("const", "let", "var"):
        return []  # returned or passed on: the caller may await the promises
    later = tokens[index:]
    for j, token in enumerate(later[2:], start=2):
        if token.text == name.text and later[j - 1].text in ("(", "await", "of"):
            return []  # Promise.all(users), await users[...], for await (const u of users)
    where = tokens[index]
    return [
        finding(
            (where.line, where.column),
            "map-async",
            f"map() with an async callback gives an array of promises, and nothing awaits '{name.text}', so it holds "
            "Promise objects, not the results",
            f"await them all: const {name.text} = await Promise.all(items.map(async ...))",
        )
    ]


def _group(tokens: list[Token], open_index: int) -> list[tuple[Token, int]]:
    """Each token from the bracket at ``open_index`` to its match (exclusive), with its nesting depth."""
    depth = 0
    inside: list[tuple[Token, int]] = []
    for token in tokens[open_index:]:
        if token.text in _OPEN:
            depth += 1
        elif token.text in _CLOSE:
            depth -= 1
            if depth == 0:
                return inside
        inside.append((token, depth))
    return inside


def _var_loop(tokens: list[Token], open_index: int, counter: str) -> list[Finding]:
    header = _group(tokens, open_index)
    start = open_index + len(header) + 1
    if start >= len(tokens) or tokens[start].text != "{":
        return []
    body = [t for t, _ in _group(tokens, start)]
    for position, token in enumerate(body):
        if token.text in ("function", "=>"):
            later = body[position + 1 :]
            uses = any(
                t.kind == "name" and t.text == counter and (k == 0 or later[k - 1].text != ".")
                for k, t in enumerate(later)
            )
            if uses:
                loop = tokens[open_index - 1]
                return [
                    finding(
                        (loop.line, loop.column),
                        "var-loop-closure",
                        f"'var {counter}' is one variable shared by every pass of the loop, so the function created "
                        f"inside it sees the final value of {counter} when it runs (every callback gets the same one)",
                        f"declare the counter with 'let': for (let {counter} = ...) makes a new binding per pass",
                    )
                ]
    return []


def _fallthrough(tokens: list[Token], switch_index: int, lines: list[str]) -> list[Finding]:
    header = _group(tokens, switch_index + 1)
    start = switch_index + len(header) + 2
    if start >= len(tokens) or tokens[start].text != "{":
        return []
    body = _group(tokens, start)
    labels = [
        k for k, (t, depth) in enumerate(body) if depth == 1 and t.text in ("case", "default") and t.kind == "name"
    ]
    findings: list[Finding] = []
    for current, following in zip(labels, labels[1:], strict=False):
        colon = next((k for k in range(current, following) if body[k][0].text == ":" and body[k][1] == 1), None)
        if colon is None:
            continue
        statements = body[colon + 1 : following]
        if not statements:
            continue  # stacked labels share one body
        # A body that is one braced block ({ ...; break; }) exits from inside it.
        level = 2 if statements[0][0].text == "{" and all(d > 1 for _, d in statements[:-1]) else 1
        exits = any(
            depth == level and t.text in _EXITS and (k == 0 or _starts_statement([s for s, _ in statements[:k]], t))
            for k, (t, depth) in enumerate(statements)
        )
        if not exits and any(t.text == "else" and d == level for t, d in statements):
            exits = any(t.text in _EXITS for t, _ in statements)  # if/else whose branches may each exit
        last, label, next_label = statements[-1][0], body[current][0], body[following][0]
        between = "\n".join(lines[last.line - 1 : next_label.line]).lower()
        if exits or "fall" in between:
            continue
        findings.append(
            finding(
                (last.line, last.column),
                "switch-fallthrough",
                f"the case on line {label.line} has no break, so it falls through and also runs the case on line "
                f"{next_label.line}, whose statements overwrite or repeat its work",
                "end the case with break (or return); if falling through is meant, say so in a comment",
            )
        )
    return findings


def _starts_statement(before: list[Token], token: Token) -> bool:
    """Whether ``token`` (after the tokens ``before``) starts a statement of its own, not the body of an
    ``if (...)``, a loop header or an ``else`` just before it."""
    previous = before[-1]
    if previous.text in _STATEMENT_START:
        return True
    if previous.line == token.line or previous.text == "else":
        return False
    if previous.text != ")":
        return True  # a new line without a semicolon
    depth = 0
    for k in range(len(before) - 1, -1, -1):  # back to the "(" that this ")" closes
        depth += {")": 1, "(": -1}.get(before[k].text, 0)
        if depth == 0:
            return k == 0 or before[k - 1].text not in ("if", "while", "for")
    return False


def _index_of_test(tokens: list[Token], open_index: int) -> list[Finding]:
    """``if (s.indexOf(x))``: -1 (absent) is truthy and 0 (found first) is falsy."""
    condition = _group(tokens, open_index)
    top = [t for t, depth in condition if depth == 1]
    if any(t.text in _COMPARISONS for t in top):
        return []
    for k, (token, depth) in enumerate(condition[1:-1], start=1):
        called = condition[k + 1][0].text == "("  # `if (s.indexOf)` tests that the method exists
        if token.text == "indexOf" and depth == 1 and condition[k - 1][0].text == "." and called:
            return [
                finding(
                    (token.line, token.column),
                    "indexof-truthiness",
                    "indexOf() returns -1 when the value is absent, which is truthy, and 0 when it comes first, "
                    "which is falsy, so this condition gets both cases backwards",
                    "test with includes(x), or compare: indexOf(x) !== -1",
                )
            ]
    return []


def _float_equality(tokens: list[Token], index: int) -> list[Finding]:
    left, right = _operand(tokens, index, -1), _operand(tokens, index, 1)
    for literal, other in ((right, left), (left, right)):
        if len(literal) == 1 and _fraction(literal[0]) and any(t.text in _ARITHMETIC for t in other):
            token = tokens[index]
            return [
                finding(
                    (token.line, token.column),
                    "float-equality",
                    f"'{' '.join(t.text for t in left)} {token.text} {' '.join(t.text for t in right)}' compares a "
                    "computed number with a fraction exactly; rounding makes it unreliable (0.1 + 0.2 === 0.3 is "
                    "false)",
                    "compare with a tolerance: Math.abs(a - b) < Number.EPSILON (or a tolerance you choose)",
                )
            ]
    return []


def _fraction(token: Token) -> bool:
    text = token.text.lower()
    return token.kind == "number" and not text.startswith("0x") and ("." in text or "e-" in text)


def _operand(tokens: list[Token], index: int, step: int) -> list[Token]:
    """The tokens of one side of the comparison at ``index``, scanning away from it at the same depth."""
    found: list[Token] = []
    depth, k = 0, index + step
    while 0 <= k < len(tokens) and len(found) < 40:
        text = tokens[k].text
        opens, closes = (_CLOSE, _OPEN) if step < 0 else (_OPEN, _CLOSE)
        if text in opens:
            depth += 1
        elif text in closes:
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and text in _OPERAND_EDGE:
            break
        found.append(tokens[k])
        k += step
    return found[::-1] if step < 0 else found
