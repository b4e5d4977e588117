"""The fact checker's tools over MCP: find the claims in a text and check a claim against the knowledge base.

The evidence comes from the researcher's knowledge base (the same SQLite file under the data dir), so whatever
is added with ``accord ingest`` or the researcher's ``add_document`` is also evidence for the fact checker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal

from mcp.server import MCPServer
from pydantic import BaseModel, Field

from servers.tools.fact_checker.claims import extract_claims as find_claims
from servers.tools.fact_checker.claims import normalize_claim
from servers.tools.fact_checker.verdicts import check
from servers.tools.inputs import ToolInputError, require_text
from servers.tools.researcher.starter import open_knowledge_base


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
    confidence: float = Field(description="0-1: how sure the verdict is, from how well the evidence matches")
    claim: str = Field(description="The claim as checked, without question framing")
    evidence: list[EvidenceItem]


def _answer(verdict: str, confidence: float, evidence: list[EvidenceItem]) -> str:
    if verdict == "unverified" or not evidence:
        return "Unverified: the knowledge base has no passage that confirms or contradicts this claim."
    top = evidence[0]
    return f'{verdict.capitalize()} (confidence {confidence:.2f}): "{top.passage}" ({top.title}; {top.source})'


def create_server(data_dir: Path) -> MCPServer:
    kb = open_knowledge_base(data_dir)
    mcp = MCPServer("accord-fact-checker", instructions="Find claims in text and check them against sources.")

    @mcp.tool()
    def extract_claims(
        text: Annotated[str, Field(description="The text whose factual claims to list")],
    ) -> Claims:
        """List the factual claims in a text (statements with dates, numbers, names or events) that can be
        fact-checked, skipping opinions and questions."""
        claims = [ClaimItem(claim=c.text, kind=c.kind) for c in find_claims(require_text(text, "text"))]
        return Claims(claims=claims, count=len(claims))

    @mcp.tool()
    def check_claim(
        claim: Annotated[str, Field(description="The statement to verify, e.g. 'The Titanic sank in 1912'")],
    ) -> ClaimCheck:
        """Fact-check a claim: is it true or false, a fact or a myth? Verifies a statement, quote, date or
        number against the knowledge base and returns supported, contradicted or unverified, with the
        evidence passages and their sources."""
        statement = normalize_claim(require_text(claim, "claim", max_chars=2_000))
        if len(statement.split()) < 2:
            raise ToolInputError("claim is too short to check: state it as a sentence, e.g. 'X was built in Y'")
        verdict = check(kb, statement)
        evidence = [
            EvidenceItem(
                passage=e.passage,
                stance=e.stance,
                title=e.title,
                source=e.source,
                doc_id=e.doc_id,
                reason=e.reason,
            )
            for e in verdict.evidence
        ]
        return ClaimCheck(
            answer=_answer(verdict.verdict, verdict.confidence, evidence),
            verdict=verdict.verdict,
            confidence=verdict.confidence,
            claim=statement,
            evidence=evidence,
        )

    return mcp
