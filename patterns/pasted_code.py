"""Code pasted without a fence: "review pls, this blows up every now and then\n\ndef last_bids(bids, n): ...".

People paste code after a blank line as often as in a ``` block. Read as prose, its lines are sentences: the
planner cuts the request at them and routes the ask by its words alone ("review pls" to whoever summarises).
When everything after the request's first blank line reads as code — most of its lines open or end as code does,
and one at least is indented or opens a block — it is set in a ``` block after a colon, the form every worker
reads code in, and the request is planned as written otherwise. Prose after a blank line, or a request with a
block already, is left as it is.
"""

from __future__ import annotations

import re

_BLANK = re.compile(r"\n[ \t]*\n")
_CODE_LINE = re.compile(
    r"^[ \t]*(?:(?:def|class|return|import|from|if|elif|else|for|while|try|except|finally|with|raise|yield|"
    r"continue|break|pass|print|function|const|let|var|public|private|async|await)\b|"
    r"[\w.\[\]'\"]+[ \t]*(?:[-+*/%]?=)[ \t]*\S|[\w.]+\(.*\)[ \t]*;?[ \t]*$|[{}][ \t]*$)"
)
_OPENS = re.compile(r"(?::|\{|;)[ \t]*$")
_MOST = 0.6
_LEAST_LINES = 2
_SCAN = 20_000


def fenced(text: str) -> str:
    """``text`` with code pasted after its first blank line set in a ``` block after a colon, or unchanged."""
    if "```" in text[:_SCAN]:
        return text
    blank = _BLANK.search(text[:_SCAN])
    if blank is None:
        return text
    head, code = text[: blank.start()].rstrip(), text[blank.end() :].rstrip()
    lines = [line for line in code.splitlines() if line.strip()]
    if not head or len(lines) < _LEAST_LINES:
        return text
    coded = sum(_CODE_LINE.match(line) is not None for line in lines)
    shaped = any(line[:1] in " \t" or _OPENS.search(line) for line in lines)
    if coded < _MOST * len(lines) or not shaped:
        return text
    return f"{head.rstrip(' .?!:')}:\n\n```\n{code}\n```"
