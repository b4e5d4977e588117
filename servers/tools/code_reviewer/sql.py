"""SQL statement by statement: the classic mistakes a scanner of words, strings and comments can see.

There is no SQL parser here. The text is scanned once: comments (``--`` to the end of the line, ``/* */``) are
dropped and string literals blanked, so a ``WHERE`` inside a string or a comment never counts; statements end
at ``;``. The answer says that only these checks ran:

- ``delete-without-where`` / ``update-without-where``: ``DELETE FROM orders;`` or ``UPDATE users SET ...;``
  with no ``WHERE`` changes every row of the table.
- ``null-comparison``: ``= NULL`` and ``<> NULL`` are never true (a comparison with NULL is unknown): use
  ``IS NULL`` / ``IS NOT NULL``.
- ``dynamic-sql``: ``EXEC``/``EXECUTE``/``sp_executesql``/``PREPARE`` of text joined with ``+``, ``||`` or
  ``CONCAT``: a value spliced into SQL text can carry SQL of its own (injection).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from servers.tools.code_reviewer.catalog import finding
from servers.tools.code_reviewer.source import Finding

CHECKED = (
    "DELETE and UPDATE without a WHERE clause, comparisons with = NULL, and SQL text built by joining strings "
    "for EXEC/EXECUTE/PREPARE"
)
_EVERY = r"\b(?:every|all|each|everyone'?s?|everybody'?s?|everything|(?:the )?whole|(?:the )?entire)\b"
_MOVED = (
    r"\b(?:go(?:es)?|went|gone|going) (?:down|up)\b|\b(?:chang|alter|updat|reset|overwr|drop|increas|decreas|reduc)\w*"
    r"|\b(?:became|become|turned into|set to)\b"
)
# What users report, and the findings that can explain it: a reported failure is answered only by those.
SYMPTOMS = [
    (
        re.compile(
            r"\b(?:returns?|returning|gets?|gives?|finds?|matches|shows?|selects?)\s+(?:me\s+|back\s+)?"
            r"(?:nothing|no rows|no results?|no records|zero rows|0 rows|an empty)\b|\bempty (?:result|set)\b"
            r"|\bnever matches\b",
            re.I,
        ),
        {"null-comparison"},
    ),
    (
        re.compile(
            r"\b(?:delet|wip|remov)\w*\s+(?:all|every|everything|the whole|the entire)\b|\btable is empty\b", re.I
        ),
        {"delete-without-where"},
    ),
    (
        re.compile(r"\b(?:updat|chang|overwr)\w*\s+(?:all|every|everything|the whole|the entire)\b", re.I),
        {"update-without-where"},
    ),
    (
        # every row moved, said of the rows' things: "every part in stock go down by 1", "all prices went up"
        re.compile(
            rf"{_EVERY}[^.?!]{{0,60}}?{_MOVED}|{_MOVED}[^.?!]{{0,40}}?{_EVERY}"
            r"|\b(?:instead of|rather than|not just) (?:just |only )?(?:the |that |one|a single|1)\b",
            re.I,
        ),
        {"update-without-where"},
    ),
    (
        re.compile(rf"{_EVERY}[^.?!]{{0,60}}?\b(?:gone|disappeared|vanished|missing)\b", re.I),
        {"delete-without-where"},
    ),
    (re.compile(r"\binject|\bhack|\battack|\bexploit", re.I), {"dynamic-sql"}),
]
MAX_SCANNED = 200_000  # characters
_WORD = re.compile(r"[A-Za-z_][\w$]*|\S")
_NULL_COMPARISON = re.compile(r"(?:!=|<>|=)\s*NULL\b|\bNULL\s*(?:!=|<>|=)(?!=)", re.I)
_DYNAMIC = re.compile(r"\b(?:EXEC(?:UTE)?|PREPARE|sp_executesql)\b", re.I)
_JOINED = re.compile(r"\|\||\+|\bCONCAT\s*\(", re.I)


@dataclass(frozen=True, slots=True)
class Statement:
    """One statement: its text with comments dropped and strings blanked, and the line it starts on."""

    text: str
    line: int
    comment: str  # the comments inside or just before it, joined (a hint of what was meant)


def statements(source: str) -> list[Statement]:
    """The statements of ``source``, in order."""
    found: list[Statement] = []
    text: list[str] = []
    comments: list[str] = []
    line, start_line, i = 1, 1, 0
    source = source[:MAX_SCANNED]
    n = len(source)
    while i < n:
        char = source[i]
        if source.startswith("--", i) or char == "#" and source.startswith("# ", i):
            end = source.find("\n", i)
            end = n if end < 0 else end
            comments.append(source[i + 2 : end].strip())
            i = end
            continue
        if source.startswith("/*", i):
            end = source.find("*/", i + 2)
            end = n if end < 0 else end + 2
            comments.append(source[i + 2 : end - 2].strip())
            line += source.count("\n", i, end)
            text.append(" ")
            i = end
            continue
        if char in "'\"":
            end = i + 1
            while end < n and not (source[end] == char and not source.startswith(char * 2, end)):
                end += 2 if source.startswith(char * 2, end) else 1
            line += source.count("\n", i, end)
            text.append(char + char)  # the string's content can hold no SQL words
            i = end + 1
            continue
        if char == ";":
            _add(found, text, start_line, comments)
            text, start_line = [], line
        else:
            if not "".join(text).strip() and not char.isspace():
                start_line = line
            text.append(char)
        if char == "\n":
            line += 1
        i += 1
    _add(found, text, start_line, comments)
    if found and not found[-1].comment and comments:
        found[-1] = Statement(found[-1].text, found[-1].line, " ".join(comments))
    return found


def _add(found: list[Statement], text: list[str], line: int, comments: list[str]) -> None:
    joined = "".join(text).strip()
    if joined:
        found.append(Statement(joined, line, " ".join(comments)))
        comments.clear()


def review(source: str) -> list[Finding]:
    """Statement-level findings for SQL ``source``."""
    findings: list[Finding] = []
    parsed = statements(source)
    for number, statement in enumerate(parsed):
        words = [w.upper() for w in _WORD.findall(statement.text)]
        where = (statement.line, 1)
        after = parsed[number + 1].comment if number + 1 < len(parsed) else ""
        meant = _meant(statement.comment or after)
        if words[:2] == ["DELETE", "FROM"] or words[:1] == ["DELETE"] and "FROM" in words[:4]:
            if "WHERE" not in words and "USING" not in words and "JOIN" not in words:
                table = _table(words, "FROM")
                findings.append(
                    finding(
                        where,
                        "delete-without-where",
                        f"DELETE with no WHERE clause deletes every row in {table}, not just the one you mean",
                        f"add a WHERE clause{meant}, and run it inside a transaction (BEGIN; ...; check the row count; "
                        "COMMIT) or SELECT the rows first",
                    )
                )
        elif words[:1] == ["UPDATE"] and "SET" in words and "WHERE" not in words and "FROM" not in words:
            table = words[1].lower() if len(words) > 1 else "the table"
            findings.append(
                finding(
                    where,
                    "update-without-where",
                    f"UPDATE with no WHERE clause changes every row in {table}",
                    f"add a WHERE clause{meant} naming the rows to change",
                )
            )
        for match in _NULL_COMPARISON.finditer(statement.text):
            line = statement.line + statement.text.count("\n", 0, match.start())
            negated = "<>" in match.group() or "!=" in match.group()
            findings.append(
                finding(
                    (line, 1),
                    "null-comparison",
                    f"'{match.group().strip()}' is never true: comparing with NULL gives unknown, so no row matches",
                    "use IS NOT NULL" if negated else "use IS NULL",
                )
            )
        executed = _DYNAMIC.search(statement.text)
        if executed is not None and _JOINED.search(statement.text, executed.start()):
            line = statement.line + statement.text.count("\n", 0, executed.start())
            findings.append(
                finding(
                    (line, 1),
                    "dynamic-sql",
                    "SQL text built by joining strings and then executed: a value spliced in can carry SQL of its own "
                    "(SQL injection)",
                    "pass values as parameters (sp_executesql with @params, EXECUTE ... USING, PREPARE ... EXECUTE "
                    "USING) instead of joining them into the text",
                )
            )
    return findings


def _table(words: list[str], after: str) -> str:
    at = words.index(after) if after in words else -1
    return words[at + 1].lower() if 0 <= at < len(words) - 1 and words[at + 1][:1].isalpha() else "the table"


def _meant(comment: str) -> str:
    """ " (e.g. WHERE id = 10442)" when a comment names the id the statement was meant for."""
    said = re.search(r"\b(?P<column>id|[a-z_]{1,30}_id)\b\D{0,20}?(?P<value>\d{1,12})\b", comment, re.I)
    return f" (e.g. WHERE {said.group('column').lower()} = {said.group('value')})" if said else ""
