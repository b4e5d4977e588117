"""Which language a piece of code is written in, from the fence tag, the request's words and the code's own cues.

The reviewer reads Python in depth and JavaScript/TypeScript at the token level; for every other language the
honest answer is to say which language it saw and that it cannot review it offline, so the detection only has
to be good enough to name the language, and to keep code in another language from being reviewed as broken
Python. Python wins whenever the code parses as Python and nothing strongly says otherwise.
"""

from __future__ import annotations

import re

from servers.tools.code_reviewer.source import syntax_problem

PYTHON, JAVASCRIPT = "Python", "JavaScript"
_TAGS = {
    "py": PYTHON,
    "python": PYTHON,
    "python3": PYTHON,
    "js": JAVASCRIPT,
    "javascript": JAVASCRIPT,
    "jsx": JAVASCRIPT,
    "mjs": JAVASCRIPT,
    "node": JAVASCRIPT,
    "ts": "TypeScript",
    "typescript": "TypeScript",
    "tsx": "TypeScript",
    "java": "Java",
    "c": "C",
    "h": "C",
    "cpp": "C++",
    "c++": "C++",
    "cc": "C++",
    "cs": "C#",
    "csharp": "C#",
    "go": "Go",
    "golang": "Go",
    "rust": "Rust",
    "rs": "Rust",
    "ruby": "Ruby",
    "rb": "Ruby",
    "php": "PHP",
    "sql": "SQL",
    "bash": "shell",
    "sh": "shell",
    "shell": "shell",
    "zsh": "shell",
    "kotlin": "Kotlin",
    "kt": "Kotlin",
    "swift": "Swift",
    "html": "HTML",
    "css": "CSS",
    "r": "R",
    "scala": "Scala",
}
# Language names as people write them in a request ("review this JavaScript", "my Go code").
_MENTIONS = [
    (re.compile(r"\b(?:python|py)\b|\.py\b", re.I), PYTHON),
    (re.compile(r"\btype ?script\b|\bts\b|\.tsx?\b", re.I), "TypeScript"),
    (re.compile(r"\bjava ?script\b|\bjs\b|\bnode(?:\.?js)?\b|\breact\b|\.jsx?\b", re.I), JAVASCRIPT),
    (re.compile(r"\bjava\b", re.I), "Java"),
    (re.compile(r"\bc\+\+|\bcpp\b", re.I), "C++"),
    (re.compile(r"\bc#|\bc ?sharp\b|\.net\b", re.I), "C#"),
    (re.compile(r"\bgolang\b|\bgo (?:code|function|program|snippet)\b|\bin go\b", re.I), "Go"),
    (re.compile(r"\brust\b", re.I), "Rust"),
    (re.compile(r"\bruby\b|\brails\b", re.I), "Ruby"),
    (re.compile(r"\bphp\b", re.I), "PHP"),
    (re.compile(r"\bsql\b(?! injection)", re.I), "SQL"),
    (re.compile(r"\bbash\b|\bshell script\b", re.I), "shell"),
    (re.compile(r"\bkotlin\b", re.I), "Kotlin"),
    (re.compile(r"\bswift\b", re.I), "Swift"),
    (re.compile(r"\bc (?:code|program|function|snippet)\b|\bin c\b", re.I), "C"),
]
# Cues in the code itself, each worth one vote for its language.
_CUES = [
    (
        re.compile(r"\b(?:const|let)\s+[\w$]+\s*=|=>|===|!==|\bconsole\.\w+\(|\bdocument\.|\bfunction\s*[\w$]*\s*\("),
        JAVASCRIPT,
    ),
    (re.compile(r"\brequire\(|\bmodule\.exports\b|\bexport\s+(?:default|const|function)\b", re.M), JAVASCRIPT),
    (re.compile(r":\s*(?:string|number|boolean|any|void)\b|\binterface\s+\w+\s*\{|<\w+>\(", re.M), "TypeScript"),
    (re.compile(r"\bpublic\s+(?:static\s+)?(?:class|void|int|String)\b|System\.out\.print|\bString\[\]"), "Java"),
    (re.compile(r"#include\s*<|\bint\s+main\s*\(|\bprintf\s*\(|\bmalloc\s*\("), "C"),
    (re.compile(r"\bstd::|\bcout\s*<<|\bcin\s*>>|#include\s*<(?:iostream|vector|string)>"), "C++"),
    (re.compile(r"\busing\s+System\b|Console\.Write|\bnamespace\s+\w+"), "C#"),
    (re.compile(r"^\s*package\s+\w+\s*$|\bfunc\s+\w*\s*\(|:=|\bfmt\.\w+\("), "Go"),
    (re.compile(r"\bfn\s+\w+\s*\(|\blet\s+mut\b|\bprintln!\(|\bimpl\b|&str\b"), "Rust"),
    (re.compile(r"^\s*end\s*$|\bputs\s|\battr_accessor\b|\.each\s+do\b", re.M), "Ruby"),
    (re.compile(r"<\?php|\$\w+\s*=|\becho\s+\$"), "PHP"),
    (re.compile(r"^[ \t]*(?:select|insert[ \t]+into|update|create[ \t]+table|delete[ \t]+from)\b", re.I | re.M), "SQL"),
    (re.compile(r"^#!/bin/(?:ba|z)?sh|^\s*(?:fi|done|esac)\s*$|\$\{?\w+\}?|\becho\s", re.M), "shell"),
    (re.compile(r"<(?:html|div|body|head|span|p|a)\b[^<>]{0,200}>", re.I), "HTML"),
    (re.compile(r"\bfun\s+\w+\s*\(|\bval\s+\w+\s*="), "Kotlin"),
    (
        re.compile(
            r"^[ \t]*(?:def|class|import|from)[ \t]+\w+|^[ \t]*for \w+(?:, ?\w+)* in |\bself\b|\belif\b|\bNone\b|"
            r"\bTrue\b|\bFalse\b|\bprint\(|\brange\(|\blen\(",
            re.M,
        ),
        PYTHON,
    ),
]


_PHP_TAG = re.compile(r"<\?php\b|^\s*\?>\s*$", re.I | re.M)


def from_tag(tag: str | None) -> str | None:
    return _TAGS.get((tag or "").strip().lower()) if tag else None


def mentioned(text: str) -> str | None:
    """The language a request names for its code, if it names exactly one."""
    found = {language for pattern, language in _MENTIONS if pattern.search(text)}
    if {"TypeScript", JAVASCRIPT} <= found:
        found.discard(JAVASCRIPT)
    return found.pop() if len(found) == 1 else None


def detect(code: str, tag: str | None = None, question: str = "") -> str | None:
    """The language of ``code``: the fence tag, else Python when it parses (unless the request names another
    language), else the language the request names, else the language with the most cues; None if unclear."""
    tagged = from_tag(tag)
    if tagged:
        return tagged
    named = mentioned(question)
    problem = syntax_problem(code)
    parses = problem is None or problem.parser_gave_up  # too deep for the parser is not a syntax error
    if parses and named in (None, PYTHON) and not _strong_javascript(code):
        return PYTHON
    if named:
        return named
    sample = code[:20_000]  # the cues are clear in the first screens of code; the limit bounds the regex work
    if _PHP_TAG.search(sample):
        return "PHP"  # its $variables and echo look like shell, but "<?php" settles it: no shell review of PHP
    votes: dict[str, int] = {}
    for pattern, language in _CUES:
        votes[language] = votes.get(language, 0) + len(pattern.findall(sample)[:20])
    if parses:
        return JAVASCRIPT if votes.get(JAVASCRIPT, 0) >= 2 else PYTHON
    best = max(votes, key=lambda k: votes[k])
    if votes[best] == 0:
        return None
    if best == JAVASCRIPT and any(v >= votes[best] for k, v in votes.items() if k not in (JAVASCRIPT, "TypeScript")):
        return None  # as much like another language as like JavaScript: do not review it as JavaScript
    if best == JAVASCRIPT and votes.get("TypeScript", 0):
        return "TypeScript"
    return best


def _strong_javascript(code: str) -> bool:
    """Code that parses as Python but is plainly JavaScript (``console.log(a == b)``)."""
    return bool(re.search(r"\bconsole\.log\(|\bdocument\.getElementById\(|\bwindow\.\w+", code[:20_000]))
