"""The reviewer's answer to a request: right, or honest about what it could not check.

Static checks can show that code is wrong; they can never show that it is right. So an answer never says the
code is correct, and what it does when the checks find nothing depends on what was asked:

- **A specific question** — find the bug, why does it fail, is it correct, is it secure, how to refactor or
  speed it up — is answered only by findings of that kind (a bug question by bugs or security holes; when the
  user describes a symptom such as "returns None" or "IndexError", by a finding that explains that symptom;
  when they report only a wrong result or a crash, by a finding that can cause that kind of failure, never a
  file left open for a wrong total nor a shared default for a ValueError; when they name a function or a
  line, by a finding there). With none, the request is **declined** (a
  ToolInputError: one line saying what was checked and that offline the reviewer cannot judge whether the
  logic does what is intended). Style notes found on the way are mentioned in that line, never offered as
  the bug. A question that only asks whether the code is right ("what's wrong with this?", "any bugs?", "is
  this correct?"), without reporting a failure, is answered by a known misuse when there is no bug (``== None``,
  a bare ``except``, an unclosed file), said to be no bug. Inputs the code fails on (an empty list divided by
  its length) answer such a question, or a crash, as "no definite bug, but it fails on some inputs"; never a
  reported wrong result or another symptom.
- **A plain review** ("review this", "any issues?") **completes** either way: with the findings, or with a
  statement of exactly which checks ran and passed and what was not checked (the logic's intent, naming and
  layout, running time, behaviour when run). Never "No problems found" on its own.
- **Questions the checks answer fully** complete: is it valid Python (the parser decides), which function is
  most complex (measured), is the SQL parameterized (every query text is a constant).
- **Asks beyond a static review** — explain the code, predict its output, write or rewrite code, add tests,
  PEP 8 formatting, big-O running time — are declined, saying what the reviewer can do instead.
- **Other languages**: JavaScript and TypeScript get token-level checks only (see ``javascript``), shell scripts
  and SQL line- and statement-level checks of their classic mistakes (see ``shell`` and ``sql``), so for them
  finding nothing is always a decline; any other detected language is declined by name.
- **No code** in the request: declined with how to send it (the offline model already asks for it when the
  request holds no material at all, which is the usual case).

A request with several asks is answered only if every ask is answered; one declined ask declines the whole.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field, replace

from servers.tools.code_reviewer import calls, javascript, languages, shell, sql
from servers.tools.code_reviewer import complexity as cc
from servers.tools.code_reviewer.analysis import SEVERITY_ORDER, Analysis, analyse, order, suggest
from servers.tools.code_reviewer.catalog import FAMILIES, family_of, finding
from servers.tools.code_reviewer.conversions import inverted_conversions, metric_conversions
from servers.tools.code_reviewer.decimal_commas import decimal_commas
from servers.tools.code_reviewer.hidden_skips import skipped_in_totals
from servers.tools.code_reviewer.javascript_values import SYMPTOM_ONLY as SCANNED_SYMPTOM_ONLY
from servers.tools.code_reviewer.percentages import told_percent_fractions
from servers.tools.code_reviewer.questions import Question
from servers.tools.code_reviewer.risks import said_plainly
from servers.tools.code_reviewer.source import MAX_LINES, Finding, SyntaxProblem, try_parse
from servers.tools.code_reviewer.symptoms import LOW_TOTAL, explains
from servers.tools.code_reviewer.worked_calls import wrong_operations
from servers.tools.inputs import ToolInputError

_NOT_CHECKED = "whether the logic does what you intend, naming and layout (PEP 8), running time, and behaviour when run"
_UNSUPPORTED = {
    "explain": "explain what code does",
    "output": "predict what code prints or returns (I never run it)",
    "tests": "write tests",
    "write": "write new code",
    "transform": "rewrite, convert or annotate code",
    "style": "check PEP 8 formatting or naming conventions",
    "big-o": "estimate running time in big-O terms (I measure cyclomatic complexity: the number of paths)",
    "concurrency": "check concurrency (races, deadlocks, thread safety)",
    "rating": "score code on a scale",
    "environment": "tell how code fares in your tests, CI or on a platform or version (I never run it)",
}
_CAN_DO = (
    "I review Python for bugs, security holes, syntax errors and complexity, and JavaScript, shell scripts and "
    "SQL for a few classic mistakes"
)
_ANSWERS_BUG = frozenset({"bug", "security"})
_SECURITY_CHECKS = (
    "SQL and shell commands built from strings, eval/exec, unsafe deserialization, hard-coded secrets, disabled "
    "TLS checks, missing timeouts, debug mode, weak password hashing, predictable tokens and file paths taken "
    "from the request"
)
# Practice findings that are never the answer to "what's wrong?": tidiness, not misbehaviour.
_INCIDENTAL = frozenset(
    {"unused-import", "unused-variable", "unused-loop-variable", "shadowed-builtin", "undefined-name"}
)
# The tidiness among them that is never an error: code left unused. A name never defined may be defined elsewhere.
_CLUTTER = frozenset({"unused-import", "unused-variable", "unused-loop-variable"})
MAX_LISTED = 30  # findings spelled out in the answer's text; the data part carries up to MAX_FINDINGS
MAX_FINDINGS = 300
# Rules that need the whole program: a snippet quoted in a sentence reads names defined elsewhere.
_NEED_CONTEXT = frozenset(
    {"undefined-name", "unused-import", "unused-variable", "comparison-statement", "discarded-result"}
    | {"used-before-assignment", "possibly-unbound", "unused-loop-variable"}
)


# Rules that read a block's body: a quoted block header (`while x < 3:`) has none of its own to judge.
_NEED_BODY = frozenset(
    {"loop-never-ends", "endless-loop", "missing-return", "unreachable-code", "return-in-loop"}
    | {"recursion-no-base", "recursion-no-progress", "swallowed-exception", "modify-while-iterating"}
)


@dataclass
class Answer:
    text: str
    language: str
    findings: list[Finding] = field(default_factory=list[Finding])
    checked: list[str] = field(default_factory=list[str])
    functions: list[cc.FunctionComplexity] = field(default_factory=list[cc.FunctionComplexity])


def answer(question: Question) -> Answer:
    """The answer to ``question``, or a ToolInputError saying why it cannot be given offline."""
    if question.unsupported:
        asks = "; ".join(_UNSUPPORTED[k] for k in question.unsupported)
        raise ToolInputError(f"Offline I can't {asks}. {_CAN_DO}.")
    if not question.code.strip():
        raise ToolInputError(
            "I found no code in the request: paste it after a colon or in a ``` block, and say what to look for."
        )
    if question.blocks > 1:
        raise ToolInputError(
            f"The request holds {question.blocks} separate code blocks; I review one piece of code at a time, so "
            "send each in its own request (or join them into one block)."
        )
    if question.code.count("\n") >= MAX_LINES:
        raise ToolInputError(f"The code is too long to review: over {MAX_LINES:,} lines; send one module or function.")
    language = languages.detect(question.code, question.tag, question.text)
    if language == languages.PYTHON:
        return _python(question)
    if language in _SCANNED:
        return _scanned(question, language)
    if language is None:
        raise ToolInputError(
            f"I couldn't tell which language this code is in. {_CAN_DO}: put Python in a ```python block."
        )
    raise ToolInputError(f"This looks like {language}, which I can't review offline. {_CAN_DO}.")


# -- Python ------------------------------------------------------------------------------------------------


def _python(question: Question) -> Answer:
    parsed = try_parse(question.code)
    opened = _opened_block(question) if isinstance(parsed, SyntaxProblem) else None
    if opened is not None:  # `if x == None:` quoted in a sentence: its body is elsewhere, so give it one
        question = replace(question, code=opened)
        parsed = try_parse(opened)
    if isinstance(parsed, SyntaxProblem):
        return _syntax_error(question, parsed)
    # A plain review also lists notes that are never the answer to "what's wrong?" (an unguarded divisor).
    notes = calls.REVIEW_NOTES if "review" in question.intents else frozenset[str]()
    analysis = analyse(question.code, parsed, question.suspects | notes)
    analysis.findings += inverted_conversions(analysis.code, question.text)  # against the factor the user states
    analysis.findings += metric_conversions(analysis.code)  # 'walnuts_kg(pieces, grams_each)' times 1000
    analysis.findings += told_percent_fractions(analysis.code, question.text)  # 'sale_price(200, 10) gives -1800'
    analysis.findings += wrong_operations(analysis.code, question.text)  # 'oka_to_kg(180) gives 141.7, should be 228.6'
    analysis.findings += decimal_commas(analysis.code, question.text)  # 'price("12,5", 16.5) crash with ValueError'
    if question.fragment:
        unseen = _NEED_CONTEXT | _NEED_BODY if opened is not None else _NEED_CONTEXT
        analysis.findings = [f for f in analysis.findings if f.rule not in unseen]
    parts: list[str] = []
    reported: list[Finding] = []
    functions: list[cc.FunctionComplexity] = []
    for intent in ("syntax", "bug", "security", "complexity", "refactor", "performance", "review"):
        if intent not in question.intents:
            continue
        if intent == "complexity":
            functions = cc.measure(analysis.code.tree)
            parts.append(_complexity_text(analysis, functions))
            continue
        if intent == "security" and any(f.category == "security" for f in reported):
            continue  # the bug part already listed the security holes
        text, found = _PYTHON_PARTS[intent](question, analysis)
        parts.append(text)
        reported += found
    checked = [f for f in FAMILIES if f not in analysis.skipped]
    return Answer("\n\n".join(parts), languages.PYTHON, order(reported)[:MAX_FINDINGS], checked, functions)


def _opened_block(question: Question) -> str | None:
    """A one-line block header quoted in a sentence (`if value == None:`), given a body so that it parses."""
    header = question.code.rstrip()
    if not question.fragment or not header.endswith(":"):
        return None
    completed = f"{header}\n    ..."
    return completed if not isinstance(try_parse(completed), SyntaxProblem) else None


def _syntax_error(question: Question, problem: SyntaxProblem) -> Answer:
    if problem.parser_gave_up:
        raise ToolInputError(f"I can't analyse this code: Python's own parser gives up on it ({problem.message}).")
    if question.intents & {"complexity", "refactor", "performance", "security"} and not question.intents & {
        "bug",
        "syntax",
        "review",
    }:
        raise ToolInputError(
            f"The code is not valid Python ({problem.describe()}), so I can't analyse it; fix that first."
        )
    item = finding((problem.line, problem.column), "syntax-error", f"syntax error: {problem.message}", "")
    text = (
        f"The code is not valid Python: line {problem.line}, column {problem.column}: {problem.message}. "
        "Nothing else was checked, since the rest cannot be analysed until it parses."
    )
    return Answer(text, languages.PYTHON, [item], ["syntax"])


def _in_focus(question: Question, analysis: Analysis, findings: list[Finding]) -> tuple[list[Finding], str]:
    """The findings in the function or line the question points at, and words naming that place."""
    if question.line is not None:
        return [f for f in findings if f.line == question.line], f" on line {question.line}"
    defined = {f.name: f for f in analysis.functions()}
    named = [defined[n] for n in question.names if n in defined]
    if not named:
        return findings, ""
    target = named[0]
    end = getattr(target, "end_lineno", target.lineno) or target.lineno
    return [f for f in findings if target.lineno <= f.line <= end], f" in '{target.name}' (lines {target.lineno}-{end})"


def _read_as_value(code: str, found: Finding) -> bool:
    """Is the name ``found`` reports read as a value where it stands, not called nor used for an attribute?"""
    lines = code.splitlines()
    if not 0 < found.line <= len(lines):
        return False
    rest = lines[found.line - 1][max(0, found.column - 1) :]
    name = re.match(r"\w+", rest)
    return name is not None and not rest[name.end() :].lstrip().startswith(("(", "."))


def _listing(findings: list[Finding]) -> str:
    shown = "\n".join(f"- {said_plainly(f)}" for f in findings[:MAX_LISTED])
    if len(findings) > MAX_LISTED:
        shown += f"\n- ... and {len(findings) - MAX_LISTED} more like these, in the findings data"
    return shown


def _families(analysis: Analysis) -> str:
    return ", ".join(f for f in FAMILIES if f not in analysis.skipped and f != "complexity")


def _skipped(analysis: Analysis) -> str:
    return f" (not run: {', '.join(sorted(analysis.skipped))})" if analysis.skipped else ""


def _bug(question: Question, analysis: Analysis) -> tuple[str, list[Finding]]:
    found, place = _in_focus(question, analysis, analysis.findings)
    candidates = [f for f in found if f.category in _ANSWERS_BUG or f.rule in question.suspects]
    candidates = [f for f in candidates if explains(question, f)]
    if not candidates and not question.misbehaves and not question.symptom and not question.approval:
        # A name the code never defines or imports raises NameError where it is read: with no definite bug found,
        # that is the crash asked about, or what is off when nothing more is said ("something's off"); the
        # finding itself says the name may come from code not shown. With nothing said, only a name read as a value
        # ("return totl"): a helper called by name ("fetch_row(i)") is most likely defined elsewhere.
        candidates = [
            f for f in found if f.rule == "undefined-name" and (question.crashes or _read_as_value(question.code, f))
        ]
    if not candidates and question.misbehaves and question.suspects <= LOW_TOTAL:
        candidates = skipped_in_totals(analysis.code, found)  # a wrong total from items skipped by "except: pass"
        said = {(f.line, f.rule) for f in candidates}
        found = [f for f in found if (f.line, f.rule) not in said] + candidates
    misuses = [f for f in found if f.category == "practice" and f.rule not in _INCIDENTAL]
    # Inputs the code fails on (an empty list divided by its length) answer a bug hunt or a crash, but not a
    # described symptom of another kind nor a wrong result: those they cannot explain.
    edges = [f for f in found if f.category == "edge"] if not (question.suspects or question.misbehaves) else []
    if not candidates and edges:
        text = f"The checks found no definite bug{place}, but the code fails on some inputs:\n{_listing(edges)}"
        if misuses:
            text += f"\nAlso noted:\n{_listing(misuses)}"
        return f"{text}\nNot checked: {_NOT_CHECKED}.", edges + misuses
    if not candidates and misuses and not question.failure:
        # "Is this right?" with no bug but a known misuse (== None, a bare except...): that is the answer.
        return (
            f"The checks found no bug{place}; they flag {_count(misuses, 'misuse')} of the language or a library:\n"
            f"{_listing(misuses)}\nNot checked: {_NOT_CHECKED}.",
            misuses,
        )
    clutter = [f for f in found if f.rule in _CLUTTER]
    if not candidates and clutter and question.anything and not question.failure:
        # "Is there anything wrong with this?" with no bug: an import or a variable left unused is something.
        return (
            f"The checks found no bug{place}, only leftover clutter to tidy:\n{_listing(clutter)}\n"
            f"Not checked: {_NOT_CHECKED}.",
            clutter,
        )
    if not candidates and question.approval and not question.failure:
        return _review(question, analysis)  # "is this OK?" with no bug: say so plainly, with what was checked
    if not candidates:
        symptom = question.symptom or question.reported
        about = f" that explains '{symptom}'" if symptom else ""
        noted = f" They noted: {'; '.join(f'line {f.line} {f.rule}' for f in found[:3])}." if found else ""
        raise ToolInputError(
            f"My offline checks found no bug{about}{place} ({_families(analysis)}{_skipped(analysis)}).{noted} "
            "Offline I can't judge whether the logic does what you intend."
        )
    chosen = {id(f) for f in candidates}
    rest = [f for f in found if id(f) not in chosen]
    candidates.sort(key=lambda f: (SEVERITY_ORDER[f.severity], f.line))
    text = f"Found {_count(candidates, 'likely bug')}{place}:\n{_listing(candidates)}"
    if rest:
        text += f"\nAlso noted:\n{_listing(rest)}"
    return text, candidates + rest


def _security(question: Question, analysis: Analysis) -> tuple[str, list[Finding]]:
    found, place = _in_focus(question, analysis, analysis.findings)
    holes = [f for f in found if f.category == "security"]
    if holes:
        return f"Found {_count(holes, 'security problem')}{place}:\n{_listing(holes)}", holes
    parameterized = _parameterized_queries(analysis)
    if parameterized and ("sql" in question.text.lower() or "injection" in question.text.lower()):
        lines = ", ".join(str(n) for n in parameterized)
        return (
            f"No SQL injection in the queries: every query passed to execute() (line {lines}) is constant SQL text "
            "with placeholders, and the values travel separately as parameters, so they cannot change the query.",
            [],
        )
    raise ToolInputError(
        f"None of my security checks fired{place} ({_SECURITY_CHECKS}); offline I can't rule out "
        "other holes such as missing authentication or access control, or unvalidated input."
    )


def _parameterized_queries(analysis: Analysis) -> list[int]:
    """Lines of execute() calls whose SQL is a constant string; empty unless every such call is."""
    lines: list[int] = []
    for call in analysis.code.nodes(ast.Call):
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr in ("execute", "executemany") and call.args:
            query = call.args[0]
            if not (isinstance(query, ast.Constant) and isinstance(query.value, str)):
                return []
            lines.append(call.lineno)
    return lines


def _syntax(question: Question, analysis: Analysis) -> tuple[str, list[Finding]]:
    return f"The code is valid Python: all {analysis.lines} lines parse without a syntax error.", []


def _refactor(question: Question, analysis: Analysis) -> tuple[str, list[Finding]]:
    ideas = suggest(analysis, {"refactoring"}) + [f for f in analysis.findings if f.rule == "high-complexity"]
    ideas, place = _in_focus(question, analysis, order(ideas))
    if not ideas:
        worst = max((f.complexity for f in cc.measure(analysis.code.tree)), default=1)
        raise ToolInputError(
            f"I found nothing to refactor{place} offline: the highest complexity is {worst} (grade {cc.grade(worst)}), "
            "and none of the shapes I know (long elif chains, deep nesting, index loops, long functions) appear; a "
            "rewrite needs a language model."
        )
    return f"Refactoring suggestions{place}:\n{_listing(ideas)}", ideas


def _performance(question: Question, analysis: Analysis) -> tuple[str, list[Finding]]:
    ideas, place = _in_focus(question, analysis, suggest(analysis, {"performance"}))
    if not ideas:
        raise ToolInputError(
            f"I found none of the slow patterns I know{place} (string += in a loop, pop(0)/insert(0) on a list, "
            "membership tests on a list in a loop, index loops, uncached recursion that branches); offline I can't "
            "measure or profile the code."
        )
    return f"Performance suggestions{place}:\n{_listing(ideas)}", ideas


def _review(question: Question, analysis: Analysis) -> tuple[str, list[Finding]]:
    ideas = suggest(analysis, {"refactoring", "performance"}) if question.ideas else []
    found, place = _in_focus(question, analysis, order(analysis.findings + ideas))
    size = f"{analysis.lines} line(s) of Python"
    if found:
        counts = {s: sum(f.severity == s for f in found) for s in ("error", "warning", "info")}
        clean = sorted({f for f in FAMILIES if f not in analysis.skipped} - {family_of(f.rule) for f in found})
        return (
            f"Review of {size}{place}: {len(found)} finding(s) ({counts['error']} error(s), {counts['warning']} "
            f"warning(s), {counts['info']} note(s)), worst first on each line:\n{_listing(found)}\n"
            f"Nothing to report from: {', '.join(clean) or 'no other checks'}{_skipped(analysis)}. "
            f"Not checked: {_NOT_CHECKED}.",
            found,
        )
    return (
        # said plainly first: "does this look OK?" is answered yes or no before what was checked
        f"No issues found in these {size}{place} by the offline checks. Checks run and passed: "
        f"{_families(analysis)}, complexity{_skipped(analysis)}. This is not a proof that the code is correct; not "
        f"checked: {_NOT_CHECKED}.",
        [],
    )


def _complexity_text(analysis: Analysis, functions: list[cc.FunctionComplexity]) -> str:
    if not functions:
        module = cc.module_complexity(analysis.code.tree)
        return f"There are no functions; the top-level code has cyclomatic complexity {module}."
    ranked = sorted(functions, key=lambda f: -f.complexity)
    head = ranked[0]
    text = (
        f"Most complex: '{head.name}' (line {head.line}), cyclomatic complexity {head.complexity}, grade {head.grade} "
        "(A 1-5 simple, B 6-10, C 11-20 complex, D-F very complex)."
    )
    if len(ranked) > 1:
        text += " Then: " + "; ".join(
            f"'{f.name}' (line {f.line}) {f.complexity}, grade {f.grade}" for f in ranked[1:8]
        )
        text += "."
    return text


def _count(findings: list[Finding], noun: str) -> str:
    return f"{len(findings)} {noun}{'s' if len(findings) != 1 else ''}"


_PYTHON_PARTS = {
    "syntax": _syntax,
    "bug": _bug,
    "security": _security,
    "refactor": _refactor,
    "performance": _performance,
    "review": _review,
}


# -- JavaScript, shell and SQL: scanned, not parsed ------------------------------------------------------------

# language -> (what the scanner reads, its review function, what it checks, what the code is called, the label,
# what answers "is it safe?": for a script that deletes files or a statement that changes rows, its bugs too)
_JS_SAFETY, _DESTRUCTIVE_SAFETY = {"security"}, {"security", "bug"}
_SCANNED = {
    languages.JAVASCRIPT: (
        "token-level",
        javascript.review,
        javascript.CHECKED,
        "JavaScript",
        "javascript tokens",
        _JS_SAFETY,
    ),
    "TypeScript": ("token-level", javascript.review, javascript.CHECKED, "TypeScript", "javascript tokens", _JS_SAFETY),
    "shell": ("line-level", shell.review, shell.CHECKED, "script", "shell lines", _DESTRUCTIVE_SAFETY),
    "SQL": ("statement-level", sql.review, sql.CHECKED, "SQL", "sql statements", _DESTRUCTIVE_SAFETY),
}


_SYMPTOMS = {"shell": shell.SYMPTOMS, "SQL": sql.SYMPTOMS}


def _scanned(question: Question, language: str) -> Answer:
    """A review by a scanner's checks alone: the findings with the list of checks that ran, or a decline."""
    level, review, checked, code, label, safety = _SCANNED[language]
    found = [f for f in review(question.code) if f.rule not in SCANNED_SYMPTOM_ONLY or f.rule in question.suspects]
    if question.line is not None:
        found = [f for f in found if f.line == question.line]
    limits = f"for {language} I check only {checked}"
    asks = question.intents - {"review", "bug", "security"}
    if asks:
        raise ToolInputError(
            f"Offline I can't check {language} for {', '.join(sorted(asks))}: {limits}. I review Python in depth."
        )
    wanted = [f for f in found if f.category in _ANSWERS_BUG] if question.intents & {"bug"} else found
    symptoms = _SYMPTOMS.get(language)
    if symptoms is not None and question.failure:
        # a reported failure is answered only by a finding that can explain it
        told = {rule for pattern, rules in symptoms if pattern.search(question.text) for rule in rules}
        wanted = [f for f in wanted if f.rule in told]
    elif question.suspects:
        wanted = [f for f in wanted if f.rule in question.suspects]  # only what explains the symptom
    if "security" in question.intents and "bug" not in question.intents and "review" not in question.intents:
        wanted = [f for f in found if f.category in safety]
    if not wanted:
        fired = "fired"
        if found:
            fired = "found anything that explains what you describe" if question.failure else "found what you ask about"
        raise ToolInputError(
            f"None of my {language} checks {fired} ({limits}), and offline I can't review its logic. I review "
            "Python in depth."
        )
    text = (
        f"{language[:1].upper()}{language[1:]} review, {level} checks only ({checked}): {len(wanted)} finding(s):\n"
        f"{_listing(wanted)}\nNot checked: everything else about the {code}, including its logic."
    )
    return Answer(text, language, wanted, [label])
