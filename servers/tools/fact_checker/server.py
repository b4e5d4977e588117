"""The fact checker's tools over MCP: check the claims in a request, find the claims in a text, check one claim.

``fact_check(request)`` is the whole-request entry point (the offline agent hands it the user's words
verbatim): it finds the claims itself — after "Fact-check:", inside a quoted statement, behind "My uncle says",
or as every claim of a pasted paragraph — and checks each. ``check_claim`` and ``extract_claims`` stay for
clients that write their own arguments.

A request with nothing checkable in it (an opinion, an open question, a request that names a text without
including it) is a ``ToolInputError``: the agent declines with the message, which says what to send instead.
That is a decline rather than a request for input because the tool cannot tell an absent claim from a
question it cannot handle, and the message says how to ask again either way.

The evidence comes from the researcher's knowledge base (the same SQLite file under the data dir), so whatever
is added with ``accord ingest`` or the researcher's ``add_document`` is also evidence for the fact checker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from servers.tools.fact_checker.asked import asked_claim
from servers.tools.fact_checker.causes import judge_cause, read_cause
from servers.tools.fact_checker.claims import alternatives, asks_only, material, normalize_claim, opinions, other_job
from servers.tools.fact_checker.claims import extract_claims as find_claims
from servers.tools.fact_checker.majorities import judge_majority, read_majority
from servers.tools.fact_checker.names import judge_naming, read_naming
from servers.tools.fact_checker.spelling import respelt
from servers.tools.fact_checker.verdicts import NotACheckableClaim, Verdict, check
from servers.tools.inputs import ToolInputError, require_text
from servers.tools.protocol import READ_ONLY, AccordServer
from servers.tools.researcher.knowledge import KnowledgeBase
from servers.tools.researcher.starter import open_knowledge_base

MAX_CLAIM_CHARS = 2_000
MAX_REQUEST_CHARS = 20_000
MAX_CLAIMS = 12
MAX_TEXT_TO_READ = 50_000  # a long article; every sentence is parsed, so a book is refused, not half-read
_HOW_TO_ADD = "Add a source on it with `accord ingest PATH` and ask again."


class ClaimItem(BaseModel):
    claim: str
    kind: Literal["numeric", "named", "general"] = Field(
        description="numeric: has a date or number; named: about a named person, place or thing"
    )


class Claims(BaseModel):
    claims: list[ClaimItem]
    count: int


class EvidenceItem(BaseModel):
    passage: str = Field(description="The sentence from the knowledge base")
    stance: Literal["supports", "contradicts", "related"]
    title: str
    source: str
    doc_id: int
    reason: str


class ClaimCheck(BaseModel):
    answer: str = Field(description="The verdict in one line, with the deciding evidence and its source")
    verdict: Literal["supported", "contradicted", "unverified"]
    confidence: float = Field(
        description="0-0.95: strength of the deciding evidence (how much of the claim it matches, times the "
        "winning side's share when sources disagree); 0 when unverified"
    )
    claim: str = Field(description="The claim as checked, without question framing")
    evidence: list[EvidenceItem]


class FactCheck(ClaimCheck):
    checks: list[ClaimCheck] = Field(
        default_factory=list[ClaimCheck], description="One check per claim when the request held several; else empty"
    )


def _line(verdict: Verdict) -> str:
    if verdict.verdict == "unverified":
        missing = f"Unverified: {verdict.explanation}."
        return f"{missing} {_HOW_TO_ADD}" if "nothing in the knowledge base" in verdict.explanation else missing
    top = verdict.evidence[0]
    return (
        f"{verdict.verdict.capitalize()} (confidence {verdict.confidence:.2f}): {verdict.explanation}. "
        f'"{top.passage}" ({top.title}; {top.source})'
    )


def _as_check(verdict: Verdict) -> ClaimCheck:
    evidence = [
        EvidenceItem(
            passage=e.passage, stance=e.stance, title=e.title, source=e.source, doc_id=e.doc_id, reason=e.reason
        )
        for e in verdict.evidence
    ]
    return ClaimCheck(
        answer=_line(verdict),
        verdict=verdict.verdict,
        confidence=verdict.confidence,
        claim=verdict.claim,
        evidence=evidence,
    )


def _checked(kb: KnowledgeBase, claim: str) -> Verdict:
    """The verdict on ``claim``; for "in 2008 or 2010", on whichever alternative the notes support; for a causal
    claim ("X because of Y"), on the effect and its cause together."""
    if (majority := read_majority(claim)) is not None and (placed := judge_majority(kb, claim, majority)):
        return placed  # "Most of the Amazon rainforest lies in Brazil": where most of it is, said of it
    if (naming := read_naming(claim)) is not None and (named := judge_naming(kb, claim, naming)):
        return named  # "Kent is known as the Garden of England": a note that gives it that name the same way
    if (cause := read_cause(claim)) is not None:
        return judge_cause(kb, claim, cause, lambda effect: _checked(kb, effect))
    try:
        options = [check(kb, option) for option in alternatives(claim)]
    except NotACheckableClaim:
        raise ToolInputError(
            f"I can't tell what {claim!r} says about what: state the claim as a sentence with a subject and a "
            "verb, e.g. 'The Berlin Wall fell in 1989'."
        ) from None
    if len(options) == 1:
        return options[0]
    supported = [v for v in options if v.verdict == "supported"]
    if supported:
        right = supported[0]
        return Verdict(
            right.claim,
            "supported",
            right.confidence,
            right.evidence,
            f"of the figures asked about, this one is right: {right.explanation}",
        )
    if all(v.verdict == "contradicted" for v in options):
        first = options[0]
        return Verdict(
            claim,
            "contradicted",
            min(v.confidence for v in options),
            first.evidence,
            f"neither figure is right: {first.explanation}",
        )
    return Verdict(claim, "unverified", 0.0, [e for v in options for e in v.evidence][:3], options[0].explanation)


def create_server(data_dir: Path) -> AccordServer:
    kb = open_knowledge_base(data_dir)
    mcp = AccordServer("accord-fact-checker", instructions="Find claims in text and check them against sources.")

    @mcp.tool(annotations=READ_ONLY)
    def fact_check(
        request: Annotated[str, Field(description="The request in the user's own words")],
    ) -> FactCheck:
        """Fact-check a request as the user wrote it: is a claim true or false, a fact or a myth? Finds the
        claim or claims in it (a statement, a quote, a date or number, or every claim of a pasted text) and
        checks each against the knowledge base: supported, contradicted or unverified, with the evidence."""
        text = material(require_text(request, "request", max_chars=MAX_REQUEST_CHARS))
        if (asked := other_job(text)) is not None:
            raise ToolInputError(
                f"The request also asks me to {asked!r}, which a fact check does not do: ask for the check on its "
                "own, and send the rest to the agent for it."
            )
        claims = [respelt(c.text) for c in find_claims(asked_claim(text))]
        if not claims:
            said = opinions(text)
            if said:
                raise ToolInputError(
                    f"{said[0]!r} is an opinion, not a claim of fact: I check statements such as dates, numbers "
                    "and events against my knowledge base."
                )
            what = "" if asks_only(text) else f" in {text[:80]!r}"
            raise ToolInputError(
                f"I found no claim to check{what}. Send the statement itself, e.g. 'Fact-check: the Berlin "
                "Wall fell in 1989', or paste the text to check after a colon."
            )
        if len(claims) > MAX_CLAIMS:
            raise ToolInputError(
                f"That text makes {len(claims)} claims; I check up to {MAX_CLAIMS} at a time. Send it in parts."
            )
        verdicts = [_checked(kb, claim) for claim in claims]
        if len(verdicts) == 1:
            return FactCheck(**_as_check(verdicts[0]).model_dump())
        checks = [_as_check(v) for v in verdicts]
        lines = [f"{n}. {c.claim} — {c.answer}" for n, c in enumerate(checks, 1)]
        lines += [f"Not checked, an opinion: {said}" for said in opinions(text)]
        return FactCheck(
            answer="\n".join(lines),
            verdict=_overall(verdicts),
            confidence=min(v.confidence for v in verdicts),
            claim="; ".join(claims),
            evidence=[item for c in checks for item in c.evidence[:1]],
            checks=checks,
        )

    @mcp.tool(annotations=READ_ONLY)
    def extract_claims(
        text: Annotated[str, Field(description="The text whose factual claims to list")],
    ) -> Claims:
        """List the factual claims in a text (statements with dates, numbers, names or events) that can be
        fact-checked, skipping opinions and questions."""
        text = require_text(text, "text", max_chars=MAX_TEXT_TO_READ)
        claims = [ClaimItem(claim=c.text, kind=c.kind) for c in find_claims(text)]
        return Claims(claims=claims, count=len(claims))

    @mcp.tool(annotations=READ_ONLY)
    def check_claim(
        claim: Annotated[str, Field(description="The statement to verify, e.g. 'The Titanic sank in 1912'")],
    ) -> ClaimCheck:
        """Check one claim against the knowledge base: supported, contradicted or unverified, with the
        evidence passages and their sources."""
        statement = respelt(normalize_claim(require_text(claim, "claim", max_chars=MAX_CLAIM_CHARS)))
        if len(statement.split()) < 2:
            raise ToolInputError("claim is too short to check: state it as a sentence, e.g. 'X was built in Y'")
        return _as_check(_checked(kb, statement))

    return mcp


def _overall(verdicts: list[Verdict]) -> Literal["supported", "contradicted", "unverified"]:
    """Several claims: contradicted if any is, supported only if all are, else unverified."""
    found = {v.verdict for v in verdicts}
    if "contradicted" in found:
        return "contradicted"
    return "supported" if found == {"supported"} else "unverified"
