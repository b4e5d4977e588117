"""Shell scripts (sh, bash, zsh) line by line: the classic mistakes a scanner of words and quotes can see.

There is no shell parser here. Each line is scanned once for its quotes (single, double), comments and ``$``
expansions, so a ``$name`` inside double quotes or a ``#`` inside a string never counts; the answer says that
only these checks ran:

- ``rm-from-root``: ``rm -rf $DIR/*`` (quoted or not): when ``DIR`` is empty or unset the path becomes ``/*``
  and the command deletes from the root. ``${DIR:?}`` stops the script instead and is left alone.
- ``rm-split-path``: a space that splits one path into two targets: ``rm -rf $DIR/ *`` removes ``$DIR/`` and
  then ``*``, everything in the current directory; a lone ``/`` or ``~`` among the targets (``rm -rf "$DIR" /``,
  ``rm -rf ~ /tmp/x``) removes the root or the whole home folder.
- ``unquoted-variable``: ``$name`` outside double quotes in a command's words is split at spaces and expanded
  as a glob (a directory named "My Files" becomes two arguments). Assignments (``a=$b``), ``[[ ... ]]``,
  ``case $x in``, ``for ... in $list`` (often meant to split), arithmetic and ``$#``/``$?`` are left alone.
- ``unchecked-cd``: ``cd dir`` with no ``|| exit`` (and no ``set -e``): when it fails, the commands after it
  run in the wrong directory.
- ``missing-strict-mode``: a script without ``set -e`` (stop at the first failing command), ``set -u`` (an
  unset variable is an error, not "") and ``set -o pipefail`` (a failure inside a pipe counts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Finding

CHECKED = (
    "rm paths that start with a variable (rm -rf $DIR/ deletes from / when DIR is empty), rm paths split by a "
    "stray space (rm -rf $DIR/ *), unquoted variables, cd without a check that it worked, and a missing set -euo "
    "pipefail"
)
# What users report, and the findings that can explain it: a reported failure is answered only by those.
SYMPTOMS = [
    (
        re.compile(
            r"\b(?:delet|remov|wip|eras|nuk|empt|clear|trash|purg|destroy|blew away|clean\w* out)\w*\b[^.?!]{0,40}?"
            r"\b(?:wrong|everything|all|too much|whole|entire|home|system"
            r"|root|other)\b|\bdeleted everything\b",
            re.I,
        ),
        {"rm-split-path", "rm-from-root", "unquoted-variable"},
    ),
    (
        re.compile(
            r"\b(?:everything|all (?:of )?(?:my|the|our) \w+|(?:my|the|our) (?:whole|entire) \w+)\b[^.?!]{0,40}?"
            r"\b(?:is |are |was |were |got )?(?:gone|disappeared|vanished|lost|empty)\b"
            r"|\blost\b[^.?!]{0,20}?\b(?:everything|all|whole|entire)\b",
            re.I,
        ),
        {"rm-split-path", "rm-from-root"},
    ),
    (
        re.compile(r"\bspaces?\b|\btoo many arguments\b|\bbinary operator expected\b|\bno such file\b|\bsplit", re.I),
        {"unquoted-variable"},
    ),
    (re.compile(r"\bwrong (?:directory|folder|place|dir)\b|\bends? up in\b", re.I), {"unchecked-cd"}),
    (
        re.compile(
            r"\b(?:keeps? going|carries on|continues?|doesn'?t stop|ignores?)\b[^.?!]{0,30}\b(?:error|fail)", re.I
        ),
        {"missing-strict-mode", "unchecked-cd"},
    ),
]
MAX_SCANNED = 2_000  # lines; the checks are per line, so a longer script is scanned in its first screens
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|[0-9@*]")
_BRACED = re.compile(r"\{(?P<name>[A-Za-z_][A-Za-z0-9_]*|[0-9@*])(?P<op>[^}]{0,80})\}")
_ASSIGNMENT = re.compile(r"^(?:(?:export|local|readonly|declare(?:\s+-\w+)?)\s+)?[A-Za-z_][A-Za-z0-9_]*\+?=")
_SEPARATORS = re.compile(r"&&|\|\||[;|&]")
_COMMAND_PREFIX = frozenset({"sudo", "then", "do", "else", "elif", "if", "while", "until", "!", "time", "exec"})
_FILE_COMMANDS = frozenset({"rm", "mv", "cp", "rmdir", "mkdir", "cd", "chmod", "chown", "ln", "tar", "rsync", "touch"})
_SET = re.compile(r"^\s*set\s+(?P<flags>.{1,80})$")


@dataclass(frozen=True, slots=True)
class Expansion:
    """A ``$`` expansion on a line: its variable, where it is, whether double quotes hold it."""

    name: str
    column: int
    quoted: bool
    guarded: bool  # ${name:?...} stops the script when name is empty or unset


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the script without its comment, and what the scanner saw in it."""

    number: int
    code: str
    expansions: tuple[Expansion, ...]
    open_quote: str  # the quote still open at the end of the line ("" when none)


def scan(source: str) -> list[Line]:
    """Every line of ``source`` with its comment removed and its expansions found; heredoc bodies skipped."""
    lines: list[Line] = []
    quote = ""
    heredoc = ""
    for number, raw in enumerate(source.splitlines()[:MAX_SCANNED], 1):
        if heredoc:
            if raw.strip() == heredoc:
                heredoc = ""
            continue
        code, expansions, quote = _scan_line(raw, quote)
        lines.append(Line(number, code, tuple(expansions), quote))
        marker = re.search(r"<<-?\s*['\"]?(?P<word>[A-Za-z_]\w{0,30})['\"]?", code)
        if marker is not None and not quote:
            heredoc = marker.group("word")
    return lines


def _scan_line(raw: str, quote: str) -> tuple[str, list[Expansion], str]:
    """The line's code (comment removed), its expansions, and the quote open at its end."""
    expansions: list[Expansion] = []
    i, n = 0, len(raw)
    while i < n:
        char = raw[i]
        if quote == "'":
            if char == "'":
                quote = ""
        elif char == "\\":
            i += 1  # an escaped character is literal
        elif char == '"':
            quote = "" if quote == '"' else '"'
        elif char == "'" and not quote:
            quote = "'"
        elif char == "#" and not quote and (i == 0 or raw[i - 1] in " \t;"):
            return raw[:i], expansions, quote
        elif char == "$" and i + 1 < n:
            found = _expansion(raw, i, quote == '"')
            if found is not None:
                expansions.append(found)
        i += 1
    return raw, expansions, quote


def _expansion(raw: str, at: int, quoted: bool) -> Expansion | None:
    following = raw[at + 1 :]
    if following.startswith("{"):
        braced = _BRACED.match(following)
        if braced is None:
            return None
        guarded = braced.group("op").startswith((":?", "?"))
        return Expansion(braced.group("name"), at + 1, quoted, guarded)
    name = _NAME.match(following)
    return Expansion(name.group(), at + 1, quoted, False) if name is not None else None


def review(source: str) -> list[Finding]:
    """Line-level findings for a shell script."""
    lines = scan(source)
    strict = _strict_flags(lines)
    if re.match(r"#!\S+(?:\s+\w+)?\s+-\w*e", source):  # "#!/bin/bash -e" (a comment to the scanner)
        strict.add("e")
    findings: list[Finding] = []
    sources = _assigned_from_arguments(lines)
    for line in lines:
        for command, start in _commands(line.code):
            words = command.split()
            if not words:
                continue
            verb = words[0]
            if verb == "rm":
                findings += _rm(line, command, start, sources)
            if verb == "cd" and "e" not in strict and not _checked_after(line.code, start + len(command)):
                findings.append(
                    finding(
                        (line.number, start + 1),
                        "unchecked-cd",
                        f"'{command.strip()}' is not checked: if the directory is missing, the commands after it "
                        "run in the current directory instead",
                        f"'{command.strip()} || exit 1' (or set -e at the top)",
                    )
                )
        findings += _unquoted(line, {f.column for f in findings if f.line == line.number})
    findings.sort(key=lambda f: (f.line, f.column))
    missing = [flag for flag in ("e", "u", "pipefail") if flag not in strict]
    if missing and len([line for line in lines if line.code.strip()]) > 1:  # said last: it is about the whole script
        said = ", ".join("set -o pipefail" if m == "pipefail" else f"set -{m}" for m in missing)
        effects = {
            "e": "it carries on after a failing command",
            "u": "an unset variable reads as empty instead of stopping it",
            "pipefail": "a failure inside a pipeline goes unnoticed",
        }
        findings.append(
            finding(
                (1, 1),
                "missing-strict-mode",
                f"the script has no {said}: {'; '.join(effects[m] for m in missing)}",
                "add 'set -euo pipefail' after the #! line",
            )
        )
    return findings


def _commands(code: str) -> list[tuple[str, int]]:
    """The simple commands of a line with where each starts, past prefixes such as ``sudo`` and ``then``."""
    found: list[tuple[str, int]] = []
    start = 0
    for separator in [*_SEPARATORS.finditer(code), None]:
        end = separator.start() if separator is not None else len(code)
        part = code[start:end]
        offset = start + len(part) - len(part.lstrip())
        words = part.split()
        while words and words[0] in _COMMAND_PREFIX:
            offset = max(code.find(words[0], offset), offset) + len(words[0])
            offset += len(code[offset:end]) - len(code[offset:end].lstrip())
            words = words[1:]
        found.append((code[offset:end], offset))
        start = separator.end() if separator is not None else len(code)
    return found


def _checked_after(code: str, end: int) -> bool:
    return bool(re.match(r"\s*(?:\|\||&&)", code[end:]))


def _rm(line: Line, command: str, start: int, sources: dict[str, str]) -> list[Finding]:
    words = command.split()
    flags = "".join(w[1:] for w in words[1:] if w.startswith("-") and not w.startswith("--"))
    if "r" not in flags.lower() and "f" not in flags:
        return []
    findings = _split_paths(line, command, start, flags)
    for word in words[1:]:
        bare = word.lstrip('"')
        path = re.match(r"\$\{?(?P<name>[A-Za-z_]\w*|[0-9])(?P<op>[^}/\s\"]{0,40})\}?\"?/", bare)
        if path is None or path.group("op").startswith((":?", "?")):
            continue
        name, rest = path.group("name"), bare[path.end() :].strip('"')
        origin = sources.get(name, "")
        column = start + command.find(word) + 1
        findings.append(
            finding(
                (line.number, column),
                "rm-from-root",
                f"'{word}': if {name} is empty or unset{origin}, this becomes 'rm -{flags} /{rest}' and deletes "
                "from the root of the file system",
                f'stop when it is empty: rm -{flags} -- "${{{name}:?}}"/{rest} (or check [ -n "${name}" ] first)',
            )
        )
    return findings


_WHOLE = {"/": "the root of the file system", "/*": "the root of the file system", "~": "the whole home folder"}
_WHOLE.update({"~/": _WHOLE["~"], "~/*": _WHOLE["~"], '"$HOME"': _WHOLE["~"], "$HOME": _WHOLE["~"]})


def _split_paths(line: Line, command: str, start: int, flags: str) -> list[Finding]:
    """A space that turns one path into two targets: a folder and a glob of the current directory after it, or
    a lone ``/`` or ``~`` beside the path that was meant."""
    targets = [w for w in command.split()[1:] if not w.startswith("-")]
    findings: list[Finding] = []
    for before, word in zip([None, *targets], targets, strict=False):
        folder = before is not None and before.strip("'\"").endswith("/")
        if folder and (word.startswith("*") or word in (".", "./", "./*")):
            said = f"'{before} {word}'"
            effect = (
                f"the space splits it into two targets, '{before}' and '{word}' on its own, which matches "
                "everything in the current directory (wherever the script is run from, often the home folder)"
            )
            fix = f"remove the space: rm -{flags} -- {before}{word}"
            word = before or word  # reported where the split path starts
        elif word in _WHOLE and len(targets) > 1:
            said = f"'{word}'"
            effect = (
                f"'{word}' stands alone as a target (a stray space?), so rm deletes {_WHOLE[word]} as well as "
                "the path you meant"
            )
            fix = f"remove the space so '{word}' joins the path it belongs to, or drop it"
        else:
            continue
        findings.append(
            finding((line.number, start + command.find(word) + 1), "rm-split-path", f"{said}: {effect}", fix)
        )
    return findings


def _unquoted(line: Line, reported: set[int]) -> list[Finding]:
    code = line.code.strip()
    if re.match(r"(?:for\s+\w+\s+in|case)\b", code) or "[[" in code or "((" in code:
        return []
    findings: list[Finding] = []
    for expansion in line.expansions:
        if expansion.quoted or expansion.name in ("#", "?", "$", "!", "-") or expansion.column - 1 in reported:
            continue
        word_start = line.code.rfind(" ", 0, expansion.column) + 1
        if _ASSIGNMENT.match(line.code[word_start:]) or _ASSIGNMENT.match(line.code.lstrip()):
            continue
        files = any(w in _FILE_COMMANDS for w in line.code.split()[:2])
        findings.append(
            finding(
                (line.number, expansion.column),
                "unquoted-variable",
                f"${expansion.name} is not quoted: a value with spaces is split into several words and a * in it is "
                "expanded as a glob" + (" — here, the wrong files are touched" if files else ""),
                f'write "${expansion.name}"',
                severity="error" if files else "warning",
            )
        )
    return findings


def _strict_flags(lines: list[Line]) -> set[str]:
    flags: set[str] = set()
    for line in lines:
        found = _SET.match(line.code)
        if found is None:
            continue
        said = found.group("flags")
        for word in said.split():
            if word.startswith("-"):
                flags |= set(word[1:]) & {"e", "u"}
        # "-o name" or "-euo name": the word after a flag word holding "o" names an option
        options = re.findall(r"-[a-z]*o\s+(errexit|nounset|pipefail)\b", said)
        flags |= {{"errexit": "e", "nounset": "u"}.get(str(option), str(option)) for option in options}
    return flags


def _assigned_from_arguments(lines: list[Line]) -> dict[str, str]:
    """Names set from a script argument (``DIR=$1``): said in the rm finding, since nobody may pass it."""
    found: dict[str, str] = {}
    for line in lines:
        assigned = re.match(r"\s*(?:local\s+)?(?P<name>[A-Za-z_]\w*)=\"?\$\{?(?P<arg>[1-9])\}?\"?\s*$", line.code)
        if assigned is not None:
            found[assigned.group("name")] = (
                f" (it is ${assigned.group('arg')}: empty when the script is run without an argument)"
            )
    return found
