"""The fact checker's tools over MCP, with evidence from the researcher's knowledge base."""

from __future__ import annotations

import pytest
from conftest import call, error_text

from servers.tools.fact_checker import create_server
from servers.tools.researcher import create_server as create_researcher

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("claim", "verdict", "source"),
    [
        ("Is it true that the Great Wall of China is visible from space?", "contradicted", "great-wall"),
        ("The Eiffel Tower was completed in 1899.", "contradicted", "eiffel-tower"),
        ("The Eiffel Tower was completed in 1889.", "supported", "eiffel-tower"),
        ("Fact check: Einstein failed math", "contradicted", "einstein"),
        ("Humans only use 10% of their brains", "contradicted", "ten-percent-brain"),
        ("The Titanic sank in April 1912", "supported", "titanic"),
        ("Lightning never strikes the same place twice", "contradicted", "lightning"),
        ('Did Marie Antoinette say "let them eat cake"?', "contradicted", "marie-antoinette"),
        ("Apollo 11 landed on the Moon in 1969", "supported", "apollo-11"),
    ],
)
async def test_claims_are_judged_from_the_starter_corpus(tmp_path, claim, verdict, source):
    result = await call(create_server(tmp_path), "check_claim", claim=claim)
    data = result.structured_content
    assert data["verdict"] == verdict, data
    assert source in data["evidence"][0]["source"] and data["evidence"][0]["title"]
    assert 0.5 <= data["confidence"] <= 0.95
    assert not data["claim"].endswith("?") and not data["claim"].lower().startswith(("is it", "fact"))


async def test_an_unknown_claim_is_unverified(tmp_path):
    result = await call(create_server(tmp_path), "check_claim", claim="The moon is made of green cheese")
    assert result.structured_content["verdict"] == "unverified"
    assert result.structured_content["answer"].startswith("Unverified")


async def test_documents_added_to_the_researcher_become_evidence(tmp_path):
    await call(
        create_researcher(tmp_path),
        "add_document",
        title="Harbour bridge",
        text="The harbour bridge opened in 1932.",
    )
    result = await call(create_server(tmp_path), "check_claim", claim="The harbour bridge opened in 1935")
    assert result.structured_content["verdict"] == "contradicted"
    assert "1932" in result.structured_content["evidence"][0]["reason"]


async def test_extract_claims_skips_opinions_and_questions(tmp_path):
    text = "The Titanic sank in 1912. I think pizza is the best food. What time is it? Einstein failed math."
    result = await call(create_server(tmp_path), "extract_claims", text=text)
    claims = result.structured_content["claims"]
    assert [c["claim"] for c in claims] == ["The Titanic sank in 1912", "Einstein failed math"]
    assert claims[0]["kind"] == "numeric"


@pytest.mark.parametrize(
    ("tool", "arguments", "message"),
    [
        ("check_claim", {"claim": ""}, "claim is empty"),
        ("check_claim", {"claim": "Verify?"}, "claim is too short to check"),
        ("check_claim", {"claim": "x" * 5000}, "claim is too long"),
        ("extract_claims", {"text": None}, "valid string"),
    ],
)
async def test_bad_input_is_a_tool_error(tmp_path, tool, arguments, message):
    assert message in error_text(await call(create_server(tmp_path), tool, **arguments))
