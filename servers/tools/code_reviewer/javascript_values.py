"""JavaScript values that come out wrong, read from a token stream without a parser.

- ``dot-key-variable``: ``prices.fish`` where ``fish`` is a parameter of the function it is in and ``prices`` an
  object written in the same code without a key ``fish``: the dot reads the property named "fish" itself, which is
  undefined, so sums with it give NaN. ``prices[fish]`` reads the property whose name the parameter holds.
- ``percent-as-fraction``: ``price * percent`` with a name that says it holds a percentage, and no division by 100
  anywhere in the code: given 10 for 10%, it takes ten times the price. A percentage kept as a fraction (0.1) is
  right as written, so this is reported only as the cause of a symptom the user describes (``SYMPTOM_ONLY``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Finding

if TYPE_CHECKING:
    from servers.tools.code_reviewer.javascript import Token

SYMPTOM_ONLY = frozenset({"percent-as-fraction"})
"""Rules whose JavaScript findings are plausible causes of a reported symptom, not defects to list in any review."""
_PERCENT_NAME = re.compile(r"percent|pct|percentage", re.IGNORECASE)
_HUNDRED = re.compile(r"/\s*100\b|\*\s*0?\.01\b")


def values(tokens: list[Token], source: str) -> list[Finding]:
    """The findings of both rules in ``tokens`` (the tokens of ``source``)."""
    return _dot_keys(tokens) + _percents(tokens, source)


def _dot_keys(tokens: list[Token]) -> list[Finding]:
    objects = _object_keys(tokens)
    findings: list[Finding] = []
    for start, end, params in _functions(tokens):
        for index in range(start, end - 2):
            owner, dot, key = tokens[index], tokens[index + 1], tokens[index + 2]
            if dot.text != "." or owner.kind != "name" or key.kind != "name" or key.text not in params:
                continue
            if index and tokens[index - 1].text == ".":
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


def _object_keys(tokens: list[Token]) -> dict[str, set[str]]:
    """The keys of each object written out in the code: ``const prices = { flatfish: 35000, ... }``."""
    found: dict[str, set[str]] = {}
    for index in range(len(tokens) - 3):
        if tokens[index].text not in ("const", "let", "var") or tokens[index + 2].text != "=":
            continue
        if tokens[index + 3].text != "{":
            continue
        keys: set[str] = set()
        depth = 0
        for k in range(index + 3, len(tokens)):
            text = tokens[k].text
            depth += text in ("{", "[", "(")
            depth -= text in ("}", "]", ")")
            if depth == 0:
                break
            if depth == 1 and k + 1 < len(tokens) and tokens[k + 1].text == ":":
                keys.add(text.strip("'\""))
        found[tokens[index + 1].text] = keys
    return found


def _functions(tokens: list[Token]) -> list[tuple[int, int, set[str]]]:
    """Each ``function name(params) { body }``: where its body starts and ends, and its parameters' names."""
    spans: list[tuple[int, int, set[str]]] = []
    for index, token in enumerate(tokens):
        if token.text != "function":
            continue
        opening = next((k for k in range(index + 1, min(index + 4, len(tokens))) if tokens[k].text == "("), None)
        if opening is None:
            continue
        closing = next((k for k in range(opening, len(tokens)) if tokens[k].text == ")"), None)
        if closing is None or closing + 1 >= len(tokens) or tokens[closing + 1].text != "{":
            continue
        params = {t.text for t in tokens[opening + 1 : closing] if t.kind == "name"}
        depth, end = 0, len(tokens)
        for k in range(closing + 1, len(tokens)):
            depth += tokens[k].text == "{"
            depth -= tokens[k].text == "}"
            if depth == 0:
                end = k
                break
        spans.append((closing + 1, end, params))
    return spans
