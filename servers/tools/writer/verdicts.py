"""A fact checker's verdict handed on to the writer: the claim it found supported is the fact to write.

"Fact check: the Great Fire of London was in 1666. Then write a fun-fact post about it" reaches the writer with
the checker's answer: a verdict sentence ("Supported (confidence 0.95): the passage gives the same figure ...")
over fields ("verdict: supported", "claim: The Great Fire of London happened in 1666", the evidence). The post is
about the fact, not about the check: the supported claim is what it says (handed on as the verdict sentence
alone, the source's passage quoted in it is the fact). A claim found contradicted, handed on with the source's
passage that says the opposite ('Contradicted (...): the passage states the opposite. "Bulls are not enraged by
the colour red."'), has that passage as its fact: the post says what the source says, never the claim. A claim found
unverified, or contradicted with no passage, is no fact to write: the writer declines, rather than post the verdict
as if it were the text.
"""

from __future__ import annotations

import re

from servers.tools.inputs import ToolInputError

_VERDICT = re.compile(r"^verdict:\s*supported\s*$", re.I | re.M)
_OTHER_VERDICT = re.compile(r"^verdict:\s*(?P<verdict>contradicted|unverified|refuted|false|mixed)\s*$", re.I | re.M)
_CLAIM = re.compile(r"^claim:\s*(?P<claim>\S[^\n]{2,300})$", re.I | re.M)


# The answer alone, as a plan hands it on: 'Supported (confidence 0.95): the passage gives the same figure (1666).
# "The Great Fire of London began ... 1666 ..." (The Great Fire of London; accord starter corpus: ...)'.
_VERDICT_SENTENCE = re.compile(
    r"^\s*(?P<verdict>Supported|Contradicted|Unverified|Refuted|Mixed)\s*\(confidence\s+[\d.]+\):", re.I
)
_QUOTED_PASSAGE = re.compile(r"[\"\u201c](?P<passage>[^\"\u201c\u201d\n]{10,600})[\"\u201d]")


def supported_claim(material: str) -> str | None:
    """The claim a rendered fact check found supported, as a sentence (or the source's passage it quotes, which for a
    claim found contradicted says what is so); None for any other material. ToolInputError when the check found the
    claim unverified, or contradicted with no passage to say instead: there is no fact to write."""
    said = _VERDICT_SENTENCE.match(material)
    passage = _QUOTED_PASSAGE.search(material[:5_000]) if said else None
    verdict = said.group("verdict").lower() if said else ""
    if verdict in ("supported", "contradicted", "refuted") and passage and not _CLAIM.search(material[:5_000]):
        # the source's own sentence, which bears the claim out, or says what is so instead of it
        return passage.group("passage").strip()
    other = _OTHER_VERDICT.search(material[:5_000])
    if said and said.group("verdict").lower() != "supported":
        other = re.match(r"(?P<verdict>\w+)", said.group("verdict"))
    if other and (_CLAIM.search(material[:5_000]) or said):
        raise ToolInputError(
            f"The fact check found the claim {other.group('verdict').lower()}, so there is no fact to write from it "
            "offline: give me the facts the text should say after a colon."
        )
    if not _VERDICT.search(material[:5_000]):
        return None
    found = _CLAIM.search(material[:5_000])
    if found is None:
        return None
    claim = found.group("claim").strip()
    return claim if claim.endswith((".", "!", "?")) else f"{claim}."
