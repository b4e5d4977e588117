"""Running the checks: every Python rule over one parsed ``Code``, findings sorted and de-duplicated.

``analyse`` is what a review, a lint and a bug hunt share. A check that fails on some unusual tree must not
take the others down with it, and must never pass a RecursionError on to the caller: the tree's depth is
capped when it is parsed (``source.MAX_DEPTH``), and a check that still fails is skipped and named in
``Analysis.skipped`` so the answer does not claim it passed.
"""

from __future__ import annotations

import ast
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from servers.tools.code_reviewer import (
    aliases,
    allowances,
    arithmetic,
    averages,
    branches,
    calls,
    capacities,
    comparisons,
    definitions,
    embedded_sql,
    endless,
    errors,
    extremes,
    flow,
    formatting,
    lookups,
    loops,
    number_kinds,
    parallel_names,
    percentages,
    powers,
    quoted_numbers,
    recursion,
    resets,
    security,
    suggestions,
    tallies,
    tax_rates,
    unbound,
    uncalled,
    values,
)
from servers.tools.code_reviewer import complexity as cc
from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.scopes import check_names
from servers.tools.code_reviewer.source import Code, Finding

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
COMPLEX = 10  # above this a function gets a finding: grade C or worse
TIME_BUDGET = 2.0  # seconds; the size limits keep a review well inside it, this is the backstop

Check = Callable[[Code], list[Finding]]


def _names(code: Code) -> list[Finding]:
    return check_names(code.tree)


def _complexity(code: Code) -> list[Finding]:
    return [
        finding(
            (f.line, 1),
            "high-complexity",
            f"'{f.name}' has cyclomatic complexity {f.complexity} (grade {f.grade}): many paths to test",
            "split it into smaller functions",
        )
        for f in cc.measure(code.tree)
        if f.complexity > COMPLEX
    ]


CHECKS: tuple[tuple[str, Check], ...] = (  # (family in the catalog, check)
    ("names", _names),
    ("names", definitions.redefinitions),
    ("unbound variables", unbound.unbound_names),
    ("control flow", flow.unreachable_code),
    ("control flow", flow.missing_return),
    ("control flow", flow.return_in_loop),
    ("control flow", endless.endless_loops),
    ("control flow", recursion.recursion),
    ("comparisons and conditions", comparisons.comparisons),
    ("comparisons and conditions", branches.shadowed_branches),
    ("comparisons and conditions", capacities.missed_full),
    ("comparisons and conditions", capacities.strict_boundaries),
    ("loops and indexing", loops.modified_while_iterating),
    ("loops and indexing", loops.off_by_one),
    ("loops and indexing", loops.float_index),
    ("loops and indexing", loops.late_binding),
    ("loops and indexing", loops.unused_loop_variables),
    ("loops and indexing", extremes.seeded_extremes),
    ("values and calls", values.typed_values),
    ("values and calls", values.in_place_results),
    ("values and calls", values.reversed_augmented),
    ("values and calls", values.divisions),
    ("values and calls", calls.zero_divisors),
    ("values and calls", calls.results_of_silent_functions),
    ("values and calls", uncalled.missing_awaits),
    ("values and calls", uncalled.uncalled_methods),
    ("values and calls", formatting.format_arguments),
    ("values and calls", formatting.missing_f_prefix),
    ("values and calls", values.floor_divisions),
    ("values and calls", aliases.shared_rows),
    ("values and calls", arithmetic.formulas),
    ("values and calls", percentages.percent_fractions),
    ("values and calls", quoted_numbers.quoted_numbers),
    ("values and calls", tallies.rounded_down_counts),
    ("values and calls", averages.counted_divisors),
    ("values and calls", parallel_names.swapped_twins),
    ("values and calls", allowances.charged_allowances),
    ("values and calls", tallies.reversed_differences),
    ("values and calls", number_kinds.float_format_codes),
    ("values and calls", number_kinds.subtracted_taxes),
    ("values and calls", tax_rates.tax_factors),
    ("values and calls", powers.powers),
    ("loops and indexing", tallies.overwritten_totals),
    ("loops and indexing", resets.reset_totals),
    ("dictionary lookups", lookups.dictionary_lookups),
    ("definitions", definitions.mutable_defaults),
    ("definitions", definitions.class_definitions),
    ("definitions", definitions.duplicate_keys),
    ("errors and resources", errors.exception_handling),
    ("errors and resources", errors.open_files),
    ("security", security.injection),
    ("security", embedded_sql.statements_run),
    ("security", security.unsafe_calls),
    ("security", security.secrets),
    ("complexity", _complexity),
)
SUGGESTERS: dict[str, Check] = {"refactoring": suggestions.refactoring, "performance": suggestions.performance}


@dataclass
class Analysis:
    """What the checks found in one piece of Python, and which families could not be checked."""

    code: Code
    findings: list[Finding]
    skipped: set[str] = field(default_factory=set[str])  # families a check of which failed or ran out of time

    @property
    def lines(self) -> int:
        return len(self.code.source.splitlines())

    def functions(self) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
        return self.code.functions()


def order(findings: list[Finding]) -> list[Finding]:
    """Sorted by line, worst first on a line; the same finding reported twice is kept once."""
    seen: set[tuple[int, str, str]] = set()
    kept: list[Finding] = []
    for item in sorted(findings, key=lambda f: (f.line, SEVERITY_ORDER[f.severity], f.column, f.rule)):
        if (item.line, item.rule, item.message) not in seen:
            seen.add((item.line, item.rule, item.message))
            kept.append(item)
    return kept


def _run(checks: list[tuple[str, Check]], code: Code, skipped: set[str]) -> list[Finding]:
    found: list[Finding] = []
    started = time.perf_counter()
    for family, check in checks:
        if time.perf_counter() - started > TIME_BUDGET:
            skipped.add(family)  # a slow machine: the answer says what was not checked
            continue
        try:
            found += check(code)
        except (RecursionError, MemoryError, ValueError, AttributeError, TypeError, KeyError, IndexError):
            # One check failing on an unusual tree: the others still run, and the answer names what was skipped.
            skipped.add(family)
    return found


def analyse(source: str, tree: ast.Module | None = None, suspects: frozenset[str] = frozenset()) -> Analysis:
    """Every check over ``source`` (a ToolInputError from ``Code.parse`` when it is not valid Python, or too
    big or deep to review). ``tree`` is its syntax tree when the caller has parsed it already. Rules that only
    name a possible cause of a symptom (``calls.SYMPTOM_ONLY``) report only when ``suspects`` holds them."""
    code = Code.parse(source, tree)
    skipped: set[str] = set()
    found = _run(list(CHECKS), code, skipped)
    found = [f for f in found if f.rule not in calls.SYMPTOM_ONLY or f.rule in suspects]
    return Analysis(code, order(found), skipped)


def suggest(analysis: Analysis, kinds: set[str]) -> list[Finding]:
    """Refactoring and/or performance suggestions for the analysed code."""
    checks = [(k, SUGGESTERS[k]) for k in ("refactoring", "performance") if k in kinds]
    return order(_run(checks, analysis.code, analysis.skipped))
