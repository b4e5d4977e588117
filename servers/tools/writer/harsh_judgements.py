"""A harsh word said as the judgement a sentence asks or makes ("Is it ridiculous to ask for a refund?", "It's
absurd that we pay twice") is softened, never dropped.

Slang and swearing before a noun ("this stupid printer") go in a politer text: the noun still says what it is.
Said after "is", "be" or "seems", with what it judges after it ("... to ask for a refund", "... that we pay
twice"), the word is the sentence's point: dropped, it leaves "Is it to ask for a refund?", a sentence that means
nothing, and the question asked is lost. So the judgement is kept in a milder word of the same meaning
("unreasonable", "unwise"), and any intensifier before it goes.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Log = Callable[[str, str], None]

# the milder word for each harsh one, said of an act or a state of affairs
_MILDER = {
    "ridiculous": "unreasonable",
    "absurd": "unreasonable",
    "ludicrous": "unreasonable",
    "crazy": "unreasonable",
    "insane": "unreasonable",
    "outrageous": "unreasonable",
    "nuts": "unreasonable",
    "stupid": "unwise",
    "dumb": "unwise",
    "idiotic": "unwise",
}
_JUDGED = re.compile(
    r"\b(?P<lead>(?:is|was|isn't|wasn't|be|seems?|sounds?|feels?|looks?)[ \t]+(?:(?:it|this|that)[ \t]+)?|"
    r"(?:it|this|that)(?:'s|’s)[ \t]+)"
    r"(?:(?:so|really|totally|completely|absolutely|just|utterly|a bit|kind of|pretty)[ \t]+)?"
    rf"(?P<word>{'|'.join(_MILDER)})\b"
    # what is judged follows: "to ask ...", "that we pay ...", "for us to ...", "of them to ...", "if I ask ..."
    r"(?=[ \t]+(?P<what>to|that|for|of|if|when)\b)",
    re.I,
)


def softened_judgements(line: str, log: Log) -> str:
    """``line`` with each harsh judgement said in its milder word; each change reported through ``log``."""

    def milder(found: re.Match[str]) -> str:
        word = found.group("word")
        # ("Is it stupid that we pay ...?": a state of affairs is unreasonable, never unwise; only an act is)
        said = "unreasonable" if found.group("what").lower() in ("that", "if", "when") else _MILDER[word.lower()]
        said = said.capitalize() if word[:1].isupper() else said
        log(found.group()[len(found.group("lead")) :], said)
        return f"{found.group('lead')}{said}"

    return _JUDGED.sub(milder, line)
