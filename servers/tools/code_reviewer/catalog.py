"""The catalog of checks: every rule the reviewer has, the family it belongs to, its kind and its severity.

An answer that finds nothing must say exactly what was checked, so the families here are also the words of
that statement ("names, unbound variables, control flow, ... all pass"). ``finding`` builds a Finding with the
rule's defaults, so a rule module says only what is particular to the case it found.
"""

from __future__ import annotations

import ast

from servers.tools.code_reviewer.source import Finding, Severity

# family -> {rule: (category, severity)}
FAMILIES: dict[str, dict[str, tuple[str, Severity]]] = {
    "syntax": {"syntax-error": ("bug", "error")},
    "names": {
        "undefined-name": ("bug", "error"),
        "unused-import": ("practice", "warning"),
        "unused-variable": ("practice", "warning"),
        "shadowed-builtin": ("practice", "warning"),
        "redefined-function": ("bug", "warning"),
    },
    "unbound variables": {
        "used-before-assignment": ("bug", "error"),
        "possibly-unbound": ("bug", "warning"),
        "misspelt-name": ("bug", "error"),
    },
    "control flow": {
        "unreachable-code": ("bug", "warning"),
        "missing-return": ("bug", "warning"),
        "return-in-loop": ("bug", "warning"),
        "endless-loop": ("bug", "warning"),
        "loop-never-ends": ("bug", "error"),
        "recursion-no-base": ("bug", "error"),
        "recursion-no-progress": ("bug", "warning"),
    },
    "comparisons and conditions": {
        "none-comparison": ("practice", "info"),
        "bool-comparison": ("practice", "info"),
        "is-literal": ("bug", "error"),
        "constant-condition": ("bug", "error"),
        "comparison-statement": ("bug", "warning"),
        "float-equality": ("bug", "warning"),
        "assert-tuple": ("bug", "error"),
        "type-comparison": ("bug", "error"),
        "shadowed-branch": ("bug", "warning"),
        "full-off-by-one": ("bug", "warning"),
        "boundary-excluded": ("bug", "warning"),
    },
    "loops and indexing": {
        "modify-while-iterating": ("bug", "error"),
        "index-off-by-one": ("bug", "error"),
        "loop-skips-last": ("bug", "warning"),
        "loop-skips-first": ("bug", "warning"),
        "repeat-one-short": ("bug", "warning"),
        "reset-in-loop": ("bug", "error"),
        "float-index": ("bug", "error"),
        "late-binding-closure": ("bug", "warning"),
        "unused-loop-variable": ("practice", "info"),
        "seeded-extreme": ("bug", "warning"),
    },
    "values and calls": {
        "division-by-zero": ("bug", "error"),
        "division-by-len": ("edge", "info"),
        "floor-division": ("bug", "warning"),
        "shared-inner-list": ("bug", "error"),
        "unchecked-divisor": ("edge", "info"),
        "input-not-converted": ("bug", "error"),
        "str-plus-number": ("bug", "error"),
        "conversion-inverted": ("bug", "error"),
        "conversion-factor": ("bug", "error"),
        "divisor-not-count": ("bug", "error"),
        "twin-name-swapped": ("bug", "error"),
        "allowance-charged": ("bug", "error"),
        "none-result": ("bug", "error"),
        "discarded-result": ("bug", "warning"),
        "format-arguments": ("bug", "error"),
        "reversed-augmented-assignment": ("bug", "error"),
        "missing-f-prefix": ("bug", "warning"),
        "missing-await": ("bug", "error"),
        "method-not-called": ("bug", "error"),
        "power-precedence": ("bug", "warning"),
        "unit-factor": ("bug", "error"),
        "count-rounded-down": ("bug", "warning"),
        "reversed-difference": ("bug", "warning"),
        "overwritten-total": ("bug", "error"),
        "percent-as-fraction": ("bug", "error"),
        "quoted-number-argument": ("bug", "error"),
        "float-format-code": ("bug", "error"),
        "tax-subtracted": ("bug", "error"),
        "tax-only": ("bug", "error"),
        "wrong-operation": ("bug", "error"),
        "decimal-comma": ("bug", "error"),
        "tax-taken-as-discount": ("bug", "error"),
        "xor-as-power": ("bug", "error"),
        "square-as-double": ("bug", "warning"),
    },
    "dictionary lookups": {
        "get-none-arithmetic": ("bug", "warning"),
        "get-default-discarded": ("bug", "error"),
        "missing-key": ("bug", "error"),
        "dot-key-variable": ("bug", "error"),
    },
    "definitions": {
        "mutable-default": ("bug", "warning"),
        "mutable-class-attribute": ("bug", "warning"),
        "missing-self": ("bug", "error"),
        "duplicate-key": ("bug", "warning"),
    },
    "errors and resources": {
        "bare-except": ("practice", "warning"),
        "swallowed-exception": ("practice", "warning"),
        "unreachable-except": ("bug", "warning"),
        "except-or": ("bug", "error"),
        "return-in-finally": ("bug", "warning"),
        "open-without-with": ("practice", "warning"),
    },
    "security": {
        "sql-injection": ("security", "error"),
        "eval-exec": ("security", "error"),
        "shell-injection": ("security", "error"),
        "unsafe-deserialization": ("security", "error"),
        "hardcoded-secret": ("security", "error"),
        "tls-unverified": ("security", "error"),
        "request-without-timeout": ("practice", "warning"),
        "debug-enabled": ("security", "warning"),
        "weak-password-hash": ("security", "error"),
        "insecure-random": ("security", "warning"),
        "path-traversal": ("security", "error"),
    },
    "complexity": {"high-complexity": ("complexity", "warning")},
}
SUGGESTIONS: dict[str, dict[str, tuple[str, Severity]]] = {
    "refactoring": {
        "long-elif-chain": ("refactor", "info"),
        "deep-nesting": ("refactor", "info"),
        "index-loop": ("refactor", "info"),
        "long-function": ("refactor", "info"),
    },
    "performance": {
        "string-concat-in-loop": ("performance", "info"),
        "list-front-operation": ("performance", "info"),
        "list-membership-in-loop": ("performance", "info"),
        "index-loop": ("performance", "info"),
        "exponential-recursion": ("performance", "info"),
    },
}
JAVASCRIPT: dict[str, tuple[str, Severity]] = {
    "loose-equality": ("bug", "warning"),
    "nan-comparison": ("bug", "error"),
    "assignment-in-condition": ("bug", "warning"),
    "var-declaration": ("practice", "info"),
    "inner-html": ("security", "warning"),
    "var-loop-closure": ("bug", "warning"),
    "foreach-async": ("bug", "warning"),
    "map-async": ("bug", "warning"),
    "missing-await": ("bug", "error"),
    "switch-fallthrough": ("bug", "warning"),
    "parseint-radix": ("practice", "warning"),
    "indexof-truthiness": ("bug", "warning"),
    "date-month-from-zero": ("bug", "warning"),
}
SHELL: dict[str, tuple[str, Severity]] = {
    "rm-from-root": ("bug", "error"),
    "rm-split-path": ("bug", "error"),
    "unquoted-variable": ("bug", "warning"),
    "unchecked-cd": ("bug", "warning"),
    "missing-strict-mode": ("practice", "warning"),
}
SQL: dict[str, tuple[str, Severity]] = {
    "delete-without-where": ("bug", "error"),
    "update-without-where": ("bug", "error"),
    "null-comparison": ("bug", "error"),
    "dynamic-sql": ("security", "error"),
}
_RULES = {
    rule: spec
    for family in (*SUGGESTIONS.values(), JAVASCRIPT, SHELL, SQL, *FAMILIES.values())
    for rule, spec in family.items()
}
_FAMILY_OF = {rule: family for family, rules in FAMILIES.items() for rule in rules}


def finding(
    node: ast.AST | tuple[int, int],
    rule: str,
    message: str,
    hint: str = "",
    *,
    severity: Severity | None = None,
    category: str | None = None,
) -> Finding:
    """A Finding for ``rule`` at ``node`` (or a (line, column) pair), with the rule's category and severity."""
    default_category, default_severity = _RULES[rule]
    if isinstance(node, tuple):
        line, column = node
    else:
        line, column = getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1
    return Finding(line, column, rule, message, severity or default_severity, hint, category or default_category)


def family_of(rule: str) -> str:
    return _FAMILY_OF.get(rule, "other")


def rules_in(*families: str) -> frozenset[str]:
    return frozenset(rule for family in families for rule in FAMILIES.get(family, SUGGESTIONS.get(family, {})))
