"""JavaScript values that come out wrong, read from a token stream without a parser.

- ``dot-key-variable``: ``prices.fish`` where ``fish`` is a parameter of the function it is in and ``prices`` an
  object written in the same code without a key ``fish``: the dot reads the property named "fish" itself, which is
  undefined, so sums with it give NaN. ``prices[fish]`` reads the property whose name the parameter holds.
- ``percent-as-fraction``: ``price * percent`` with a name that says it holds a percentage, and no division by 100
  anywhere in the code: given 10 for 10%, it takes ten times the price. A percentage kept as a fraction (0.1) is
  right as written, so this is reported only as the cause of a symptom the user describes (``SYMPTOM_ONLY``).
- ``input-not-converted``: a name given a form field's ``.value`` (or ``prompt()``'s answer), which is text, added with
  ``+`` to a number (a literal, or a name given one): '10' + 5 joins them into '105' instead of adding.
  ``Number(...)``, ``parseInt``, ``parseFloat`` or a unary ``+`` around the value make it a number, and are left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Finding

if TYPE_CHECKING:
    from servers.tools.code_reviewer.javascript import Token

SYMPTOM_ONLY = frozenset({"percent-as-fraction"})
"""Rules whose JavaScript findings are plausible causes of a reported symptom, not defects to list in any review."""
_PERCENT_NAME = re.compile(r"percent|pct|percentage", re.IGNORECASE)
_HUNDRED = re.compile(r"/\s*100\b|\*\s*0?\.01\b")
_DECLARES = frozenset({"const", "let", "var"})
_PARAMS_WITHIN = 64  # tokens of a parameter list read


def values(tokens: list[Token], source: str) -> list[Finding]:
    """The findings of both rules in ``tokens`` (the tokens of ``source``)."""
    return _dot_keys(tokens) + _percents(tokens, source) + _text_sums(tokens)


def _dot_keys(tokens: list[Token]) -> list[Finding]:
    """Every 'owner.key' in a function whose parameters include 'key', with 'owner' an object written out in the
    code without that key. One pass: the parameters of the functions open at each token are counted as their bodies
    open and close."""
    objects = _object_keys(tokens)
    closing = _closing_braces(tokens)
    bodies = _function_bodies(tokens)
    active: Counter[str] = Counter()
    ends: dict[int, list[set[str]]] = {}
    findings: list[Finding] = []
    for index, token in enumerate(tokens):
        for params in ends.pop(index, []):
            active.subtract(params)
        if index in bodies and index in closing:
            active.update(bodies[index])
            ends.setdefault(closing[index], []).append(bodies[index])
        if token.text != "." or not 0 < index < len(tokens) - 1:
            continue
        owner, key = tokens[index - 1], tokens[index + 1]
        if owner.kind != "name" or key.kind != "name" or active[key.text] <= 0:
            continue
        if index > 1 and tokens[index - 2].text == ".":
            continue  # 'a.prices.fish': an object this code does not write out
        if owner.text not in objects or key.text in objects[owner.text]:
            continue
        findings.append(
            finding(
                (owner.line, owner.column),
                "dot-key-variable",
                f"'{owner.text}.{key.text}' reads the property named '{key.text}' itself, which '{owner.text}' "
                f"does not have, so it is undefined (and arithmetic with it gives NaN); '{key.text}' is a "
                "parameter holding the key",
                f"use {owner.text}[{key.text}]",
            )
        )
    return findings


def _percents(tokens: list[Token], source: str) -> list[Finding]:
    if _HUNDRED.search(source):
        return []
    findings: list[Finding] = []
    for index in range(1, len(tokens) - 1):
        if tokens[index].text != "*":
            continue
        left, right = tokens[index - 1], tokens[index + 1]
        named = next((t for t in (left, right) if t.kind == "name" and _PERCENT_NAME.search(t.text)), None)
        if named is None:
            continue
        other = right if named is left else left
        findings.append(
            finding(
                (named.line, named.column),
                "percent-as-fraction",
                f"'{left.text} * {right.text}' uses '{named.text}' as a fraction: given a whole percentage (10 for "
                f"10%) it multiplies {other.text} by 10 instead of taking 10% of it",
                f"divide by 100: {other.text} * {named.text} / 100",
            )
        )
    return findings


def _text_sums(tokens: list[Token]) -> list[Finding]:
    """Every 'text + number' (see above), once per text name. One pass: declarations are read as they come, each
    over its own tokens up to the ';' or line that ends it (at most ``_PARAMS_WITHIN`` of them)."""
    texts: set[str] = set()
    numbers: set[str] = set()
    reported: set[str] = set()
    findings: list[Finding] = []
    for index, token in enumerate(tokens):
        if token.text in _DECLARES and index + 3 < len(tokens) and tokens[index + 2].text == "=":
            name, first = tokens[index + 1].text, tokens[index + 3]
            end, limit = index + 3, min(index + 3 + _PARAMS_WITHIN, len(tokens) - 1)
            while end < limit and tokens[end + 1].text != ";" and tokens[end + 1].line == first.line:
                end += 1  # a declaration is read over a bounded run of tokens, so every 'const' costs a bounded look
            said = [t.text for t in tokens[index + 3 : end + 1]]
            if first.kind == "number" and len(said) == 1:
                numbers.add(name)
            elif said[-2:] == [".", "value"] and first.text not in _MADE_NUMBERS or said[:2] == ["prompt", "("]:
                texts.add(name)
            continue
        if token.text != "+" or not 0 < index < len(tokens) - 1:
            continue
        left, right = tokens[index - 1], tokens[index + 1]
        for text, other in ((left, right), (right, left)):
            numeric = other.kind == "number" or other.text in numbers
            dotted = index >= 2 and tokens[index - 2].text == "."  # 'a.kg + 5': a property, not the name declared
            if text.text in texts and text.text not in reported and numeric and not dotted:
                reported.add(text.text)
                findings.append(
                    finding(
                        (text.line, text.column),
                        "input-not-converted",
                        f"'{text.text}' holds text (a form field's value is a string), so '{left.text} + "
                        f"{right.text}' joins them ('10' + 5 gives '105') instead of adding",
                        f"make it a number first: const {text.text} = Number(...), or parseFloat(...)",
                    )
                )
    return findings


_MADE_NUMBERS = frozenset({"Number", "parseInt", "parseFloat", "+", "Math"})


def _object_keys(tokens: list[Token]) -> dict[str, set[str]]:
    """The keys of each object written out in the code: ``const prices = { flatfish: 35000, ... }``. One pass over
    the brackets: a key is a name before ':' right inside the braces of a named object."""
    found: dict[str, set[str]] = {}
    open_: list[str | None] = []  # for each bracket open at this token, the object it writes out, if named
    for index, token in enumerate(tokens):
        text = token.text
        if text in ("{", "[", "("):
            named = text == "{" and index >= 3 and tokens[index - 1].text == "=" and tokens[index - 3].text in _DECLARES
            open_.append(tokens[index - 2].text if named else None)
            if named:
                found[tokens[index - 2].text] = set()
        elif text in ("}", "]", ")"):
            if open_:
                open_.pop()
        elif open_ and open_[-1] is not None and index + 1 < len(tokens) and tokens[index + 1].text == ":":
            found[open_[-1]].add(text.strip("'\""))
    return found


def _closing_braces(tokens: list[Token]) -> dict[int, int]:
    """Where each '{' is closed, by its place: one pass with a stack."""
    opened: list[int] = []
    closing: dict[int, int] = {}
    for index, token in enumerate(tokens):
        if token.text == "{":
            opened.append(index)
        elif token.text == "}" and opened:
            closing[opened.pop()] = index
    return closing


def _function_bodies(tokens: list[Token]) -> dict[int, set[str]]:
    """The parameters of each ``function name(params) {``, by the place of its body's '{'. A parameter list is read
    over at most ``_PARAMS_WITHIN`` tokens, so every 'function' costs a bounded look."""
    bodies: dict[int, set[str]] = {}
    for index, token in enumerate(tokens):
        if token.text != "function":
            continue
        opening = next((k for k in range(index + 1, min(index + 4, len(tokens))) if tokens[k].text == "("), None)
        if opening is None:
            continue
        limit = min(opening + _PARAMS_WITHIN, len(tokens) - 1)
        closing = next((k for k in range(opening, limit) if tokens[k].text == ")"), None)
        if closing is None or tokens[closing + 1].text != "{":
            continue
        bodies[closing + 1] = {t.text for t in tokens[opening + 1 : closing] if t.kind == "name"}
    return bodies
