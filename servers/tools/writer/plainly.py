"""A review's findings said plainly, for a reader who doesn't code.

"Review this code, then write a short plain-English explanation of the problems for my manager" hands the writer
a code review: "- line 3: 'API_KEY' is set to a literal secret ... [hardcoded-secret, error]. Fix: load it from
the environment In plain words: A password or access key is written into the program itself, so anyone who
sees the code can use it." Rewording the technical part is not something the offline writer can do, but the
reviewer says each finding's risk in plain words itself. ``plain_points`` returns those sentences as the points
to write from, and nothing else of the finding (line numbers, names from the code, the fix); a finding that
carries no plain sentence cannot be explained plainly, so then there are no points and the request declines.
``without_plain`` takes the plain sentences off for every other request about the findings ("a note to Sam
explaining the problem"), which says the findings as the reviewer put them.
"""

from __future__ import annotations

import re

PLAIN_MARK = "In plain words:"
# "- line 3: ... [hardcoded-secret, error]. Fix: ...": one finding of a review (the rule tag marks it as one).
_FINDING = re.compile(r"^[ \t]*- line \d+: [^\n]*\[[a-z][a-z0-9-]*, (?:error|warning|info)\]", re.M)
# " In plain words: A password ... can use it.": the reviewer's plain sentence, last on its finding's line.
_PLAIN = re.compile(rf"[ \t]+{PLAIN_MARK}[ \t]+([^\n]+)")
MAX_FINDINGS_READ = 50
# "a plain-English explanation for my manager, who doesn't code", "in non-technical terms": new words for a reader
# who does not know the field, which saying the points as given cannot be when they are technical.
ASKS_PLAIN = re.compile(
    r"\bplain[- ](?:english|language|words|terms)\b|\bnon-?technical\b|\b(?:simple|layman'?s|lay) terms\b|"
    r"\bwho (?:doesn't|does not|don't|do not|can't|cannot) (?:code|program)\b|\bnon-?(?:coders?|programmers?|"
    r"developers?|techies)\b|\beli5\b",
    re.I,
)

# "in plain English", "using simple terms", "for non-programmers", "for a non-technical": the ask with the words
# that tie it into the sentence, so taking it out leaves no "in" or "for" behind.
_ASKS_PLAIN_SAID = re.compile(rf"(?:\b(?:in|using|for)\s+(?:an?\s+)?)?(?:{ASKS_PLAIN.pattern})", re.I)


def material_read(instruction: str, material: str) -> str:
    """The material a request for a text works from: a review's plain sentences when the instruction asks for
    plain words and every finding has one; otherwise the material, findings without their plain sentences."""
    plain = plain_points(material) if ASKS_PLAIN.search(instruction) else None
    return plain or without_plain(material)


def plain_asked(instruction: str) -> str:
    """``instruction`` without its words asking for plain words ("plain-English", ", who doesn't code")."""
    unasked = re.sub(r"\s*,\s*(?=[,.]|$)", "", _ASKS_PLAIN_SAID.sub("", instruction))
    return " ".join(unasked.split())


def plain_points(material: str) -> str | None:
    """The plain sentences of the findings in ``material``, one per line and each once, in the review's order:
    ``None`` when the material lists no findings, or when one of them has no plain sentence."""
    findings = [m for _, m in zip(range(MAX_FINDINGS_READ), _FINDING.finditer(material), strict=False)]
    if not findings:
        return None
    points: list[str] = []
    for found in findings:
        end = material.find("\n", found.end())
        plain = _PLAIN.search(material, found.end(), len(material) if end < 0 else end)
        if plain is None:
            return None
        if plain.group(1).strip() not in points:
            points.append(plain.group(1).strip())
    return "\n".join(points)


def without_plain(text: str) -> str:
    """``text`` without the reviewer's plain sentences (for a request that says the findings as they are)."""
    if PLAIN_MARK not in text:
        return text
    return "\n".join(_PLAIN.sub("", line) if _FINDING.match(line) else line for line in text.split("\n"))
