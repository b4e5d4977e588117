"""JavaScript (and TypeScript) at the token level: a handful of checks a tokenizer can make without guessing.

There is no JavaScript parser here, so only rules that a token stream decides reliably are applied; the answer
says so. The tokenizer knows strings, template literals (with nested ``${...}``), comments, numbers and regular
expression literals (a ``/`` starts one where an operand is expected), so an ``==`` inside a string or a regex
never counts.

- ``loose-equality``: ``==``/``!=`` convert types before comparing (``"0" == 0``); ``x == null`` is the usual
  idiom for null-or-undefined and is left alone.
- ``nan-comparison``: ``x === NaN`` is always false.
- ``assignment-in-condition``: ``if (x = 5)`` assigns instead of comparing (``while (m = re.exec(s))`` is
  the usual idiom and is left alone).
- ``index-off-by-one``: ``for (...; i <= arr.length; ...)`` reads one past the end.
- ``var-declaration``: ``var`` is function-scoped and hoisted; ``let``/``const`` are what modern code uses.
- ``eval-exec`` and ``inner-html``: ``eval(...)`` and assigning non-literal text to ``innerHTML`` (XSS).
- ``hardcoded-secret``: a password, token or key written into the code as a string literal
  (``const API_KEY = "sk_live_..."``, ``{ apiKey: "..." }``, ``config.password = "..."``): anyone who can read
  the code, or the page it ships in, can read it.
- the classic pitfalls in ``javascript_pitfalls``: ``var`` counters captured by callbacks, ``forEach`` with an
  async callback, a ``fetch`` (or async call) used without ``await``, ``switch`` cases that fall through,
  ``parseInt`` without a radix, exact comparisons of computed fractions.
- the values that come out wrong in ``javascript_values``: ``prices.fish`` read with a parameter's name, and a
  percentage used as a fraction when the user reports the symptom.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.javascript_pitfalls import pitfalls
from servers.tools.code_reviewer.javascript_values import values
from servers.tools.code_reviewer.source import Finding
from servers.tools.inputs import ToolInputError

_PUNCTUATORS = sorted(
    (
        ">>>= === !== **= <<= >>= >>> ... &&= ||= ??= => == != <= >= && || ?? ?. ++ -- += -= *= /= %= &= |= ^= ** << >>"
    ).split(),
    key=len,
    reverse=True,
)
_REGEX_AFTER_WORDS = frozenset("return typeof case do else in of new delete void throw instanceof yield await".split())
_OPERAND_END = frozenset(")]}")
# Tokens that carry an expression on to the next line ('<b>' + name, cond ? a : b, s.trim()).
_CONTINUES = frozenset({"+", "?", ":", ".", "[", "(", "||", "&&", "??", "-", "*", "/"})
CHECKED = (
    "loose equality (== and !=), comparisons with NaN, assignments inside if conditions, loops "
    "that run to <= length, var declarations and var loop counters captured by callbacks, forEach and map with "
    "async callbacks, fetch and async calls used without await, switch cases without break, parseInt without a "
    "radix, indexOf used as a condition, exact comparisons of computed fractions, months numbered from 1 passed to "
    "new Date, an object's property read with a dot and a parameter's name, a form field's text added to a number, "
    "eval() and innerHTML assignments, and secrets written into the code"
)
# A name that holds a secret, in any case style once its words are joined by "_": API_KEY, apiKey, clientSecret.
_SECRET_NAME = re.compile(
    r"(?:^|_)(?:password|passwd|pwd|secret|token|api_?key|apikey|access_?key|private_?key|secret_?key|"
    r"client_?secret|auth_?key|auth_?token|access_?token|credentials?)$",
    re.I,
)
# A bare "...Key" (STRIPE_KEY, mapsKey) is a secret only when its value looks like one: a long run of letters
# and digits, not a lookup key ("user:42", "theme").
_KEY_NAME = re.compile(r"(?:^|_)key$", re.I)
_KEY_VALUE = re.compile(r"(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{16,200}")
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_PLACEHOLDER = re.compile(r"^(?:|x+|\*+|\.+|<[^>]*>|\{[^}]*\}|changeme|todo|none|null|undefined|your[-_ ].*)$", re.I)


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # "name", "number", "string", "template", "regex", "punct"
    text: str
    line: int
    column: int


def tokenize(source: str) -> list[Token]:
    """The tokens of ``source``; a ToolInputError for an unterminated string, comment or template."""
    tokens: list[Token] = []
    i, line, line_start, n = 0, 1, 0, len(source)

    def expects_operand() -> bool:
        if not tokens:
            return True
        last = tokens[-1]
        if last.kind == "punct":
            return last.text not in _OPERAND_END
        return last.kind == "name" and last.text in _REGEX_AFTER_WORDS

    while i < n:
        char = source[i]
        start, column = i, i - line_start + 1
        if char == "\n":
            line, line_start, i = line + 1, i + 1, i + 1
            continue
        if char.isspace():
            i += 1
            continue
        if source.startswith("//", i):
            end = source.find("\n", i)
            i = n if end < 0 else end
            continue
        if source.startswith("/*", i):
            end = source.find("*/", i + 2)
            if end < 0:
                raise ToolInputError(f"the JavaScript has an unterminated /* comment (line {line})")
            newlines = source.count("\n", i, end)
            if newlines:
                line, line_start = line + newlines, source.rfind("\n", i, end) + 1
            i = end + 2
            continue
        if char in "'\"":
            i = _skip_quoted(source, i, char, line)
            tokens.append(Token("string", source[start:i], line, column))
        elif char == "`":
            i = _skip_template(source, i, line)
            tokens.append(Token("template", source[start:i], line, column))
        elif char == "/" and expects_operand():
            i = _skip_regex(source, i, line)
            tokens.append(Token("regex", source[start:i], line, column))
        elif char.isdigit() or (char == "." and i + 1 < n and source[i + 1].isdigit()):
            while i < n and (source[i].isalnum() or source[i] in "._"):
                i += 1
            tokens.append(Token("number", source[start:i], line, column))
        elif char.isalpha() or char in "_$":
            while i < n and (source[i].isalnum() or source[i] in "_$"):
                i += 1
            tokens.append(Token("name", source[start:i], line, column))
        else:
            text = next((p for p in _PUNCTUATORS if source.startswith(p, i)), char)
            i += len(text)
            tokens.append(Token("punct", text, line, column))
        newlines = source.count("\n", start, i)
        if newlines:
            line += newlines
            line_start = source.rfind("\n", start, i) + 1
    return tokens


def _skip_quoted(source: str, i: int, quote: str, line: int) -> int:
    j = i + 1
    while j < len(source):
        if source[j] == "\\":
            j += 2
            continue
        if source[j] == quote:
            return j + 1
        if source[j] == "\n":
            break
        j += 1
    raise ToolInputError(f"the JavaScript has an unterminated string (line {line})")


def _skip_template(source: str, i: int, line: int) -> int:
    j, depth = i + 1, 0
    while j < len(source):
        char = source[j]
        if char == "\\":
            j += 2
            continue
        if depth == 0 and char == "`":
            return j + 1
        if source.startswith("${", j):
            depth, j = depth + 1, j + 2
            continue
        if depth and char == "}":
            depth -= 1
        elif depth and char == "{":
            depth += 1
        j += 1
    raise ToolInputError(f"the JavaScript has an unterminated template literal (line {line})")


def _skip_regex(source: str, i: int, line: int) -> int:
    j, in_class = i + 1, False
    while j < len(source) and source[j] != "\n":
        char = source[j]
        if char == "\\":
            j += 2
            continue
        if char == "[":
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "/" and not in_class:
            j += 1
            while j < len(source) and source[j].isalpha():
                j += 1
            return j
        j += 1
    raise ToolInputError(f"the JavaScript has an unterminated regular expression (line {line})")


def review(source: str) -> list[Finding]:
    """Token-level findings for JavaScript or TypeScript ``source``."""
    tokens = tokenize(source)
    findings: list[Finding] = []
    for index, token in enumerate(tokens):
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        where = (token.line, token.column)
        if token.kind == "punct" and token.text in ("==", "!=", "===", "!=="):
            sides = {t.text for t in (before, after) if t is not None}
            if "NaN" in sides:
                findings.append(
                    finding(where, "nan-comparison", "a comparison with NaN is always false", "use Number.isNaN(x)")
                )
            elif token.text in ("==", "!=") and not sides & {"null"}:
                strict = token.text + "="
                findings.append(
                    finding(
                        where,
                        "loose-equality",
                        f'\'{token.text}\' converts types before comparing ("0" == 0 and "" == 0 are both true)',
                        f"use '{strict}'",
                    )
                )
        elif token.kind == "name" and token.text == "var" and (before is None or before.text != "."):
            findings.append(
                finding(
                    where,
                    "var-declaration",
                    "'var' is function-scoped and hoisted, which causes surprises in loops and blocks",
                    "use 'const' (or 'let' if it is reassigned)",
                )
            )
        elif token.kind == "name" and token.text == "if" and after is not None and after.text == "(":
            findings += _condition(tokens, index + 1)
        elif token.kind == "name" and token.text == "for" and after is not None and after.text == "(":
            findings += _loop_header(tokens, index + 1)
        elif (
            token.text == "eval" and after is not None and after.text == "(" and (before is None or before.text != ".")
        ):
            findings.append(
                finding(
                    where,
                    "eval-exec",
                    "eval() runs any code in the string it is given",
                    "parse the data with JSON.parse",
                )
            )
        elif token.text == "innerHTML" and before is not None and before.text == "." and after is not None:
            value = tokens[index + 2] if index + 2 < len(tokens) else None
            literal = value is not None and (
                value.kind == "string" or value.kind == "template" and "${" not in value.text
            )
            following = tokens[index + 3] if index + 3 < len(tokens) else None
            if value is not None and following is not None and following.text not in (";", "}", ","):
                # 'Hi ' + name: the literal is only the first piece (a new line after it may start a new statement)
                literal = literal and following.line > value.line and following.text not in _CONTINUES
            statement = [t.text for t in tokens[index + 2 : index + 40]]
            statement = statement[: statement.index(";")] if ";" in statement else statement
            copied = "innerHTML" in statement  # markup copied from another element of the page
            if after.text in ("=", "+=") and not literal and not copied:
                findings.append(
                    finding(
                        where,
                        "inner-html",
                        "text assigned to innerHTML is parsed as HTML, so input in it can run script (XSS)",
                        "use textContent for text, or sanitize the HTML first",
                    )
                )
        elif token.kind == "name" and after is not None and after.text in ("=", ":"):
            findings += _secret(token, tokens[index + 2] if index + 2 < len(tokens) else None, before)
    return findings + pitfalls(tokens, source) + values(tokens, source)


def _secret(name: Token, value: Token | None, before: Token | None) -> list[Finding]:
    """``const API_KEY = "sk_live_..."``, ``{ apiKey: "..." }``: a secret's name given a literal value."""
    if value is None or value.kind not in ("string", "template") or (before is not None and before.text == "?"):
        return []  # "cond ? token : other" is a choice, not a property
    text = value.text[1:-1].strip()
    if value.kind == "template" and "${" in text:
        return []  # built from other values, not written in
    words = _CAMEL.sub("_", name.text)
    named = _SECRET_NAME.search(words) or _KEY_NAME.search(words) and _KEY_VALUE.fullmatch(text)
    if not named or len(text) < 4 or " " in text:
        return []
    if _PLACEHOLDER.match(text) or re.fullmatch(r"[A-Za-z_-]+", text) and _SECRET_NAME.search(text.replace("-", "_")):
        return []  # "password", "api_key": the name of a field, not its value
    return [
        finding(
            (name.line, name.column),
            "hardcoded-secret",
            f"'{name.text}' is set to a literal secret in the source code, where anyone who can read the code (or "
            "the page it ships in) can read it",
            "keep it on the server, loaded from the environment or a secrets store, and never in front-end code",
        )
    ]


def _group(tokens: list[Token], open_index: int) -> list[tuple[Token, int]]:
    """Each token from the bracket at ``open_index`` to its match (exclusive), with its nesting depth."""
    depth = 0
    inside: list[tuple[Token, int]] = []
    for token in tokens[open_index:]:
        if token.text in ("(", "[", "{"):
            depth += 1
        elif token.text in (")", "]", "}"):
            depth -= 1
            if depth == 0:
                return inside
        inside.append((token, depth))
    return inside


def _condition(tokens: list[Token], open_index: int) -> list[Finding]:
    for token, depth in _group(tokens, open_index):
        if depth == 1 and token.kind == "punct" and token.text == "=":
            return [
                finding(
                    (token.line, token.column),
                    "assignment-in-condition",
                    "'=' inside this condition assigns instead of comparing, so the condition is the assigned value",
                    "use '===' to compare",
                )
            ]
    return []


def _loop_header(tokens: list[Token], open_index: int) -> list[Finding]:
    """``for (...; i <= xs.length; ...)`` whose body reads ``xs[i]``."""
    header = [t for t, _ in _group(tokens, open_index)][1:]
    for position, token in enumerate(header[1:-3], start=1):
        counter, following = header[position - 1], header[position + 1 :]
        if token.text != "<=" or counter.kind != "name":
            continue
        texts = [t.text for t in following[:8]]
        if "length" not in texts or texts.index("length") < 2 or texts[texts.index("length") - 1] != ".":
            continue
        end = texts.index("length")
        if end + 1 < len(texts) and texts[end + 1] not in (";", ")"):
            continue  # "<= xs.length - 1" is fine
        parts = texts[: end - 1]
        target, width = "".join(parts), end - 1
        body_start = open_index + len(header) + 2
        body = [t.text for t in tokens[body_start : body_start + 400]]
        reads = any(
            body[k : k + width] == parts and body[k + width : k + width + 3] == ["[", counter.text, "]"]
            for k in range(len(body) - width - 2)
        )
        if reads:
            return [
                finding(
                    (token.line, token.column),
                    "index-off-by-one",
                    f"'{counter.text} <= {target}.length' runs one pass too many: {target}[{target}.length] is "
                    "undefined",
                    f"use '{counter.text} < {target}.length'",
                )
            ]
    return []
