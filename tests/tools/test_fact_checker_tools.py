"""The fact checker's tools over MCP, with evidence from the researcher's knowledge base."""

from __future__ import annotations

import pytest
from conftest import call, cpu_time, error_text, fact_check

from servers.tools.fact_checker import create_server
from servers.tools.researcher import create_server as create_researcher

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_text", "verdict", "note"),
    [
        ("Apollo 11 landed on the Moon in July 1969, right?", "supported", "apollo-11"),
        ("Quick check: Python 3.0 came out in 2008", "supported", "history-of-python"),
        ("My cousin insists Einstein flunked maths at school. Is that so?", "contradicted", "einstein"),
        ("UDP guarantees that packets are delivered in order, correct?", "contradicted", "tcp-and-udp"),
        ("I read that the Berlin Wall came down in 1991.", "contradicted", "berlin-wall"),
        ("Everest is 9,100 metres high, isn't it?", "contradicted", "mount-everest"),
        ("Roy Sullivan was struck by lightning nine times", "contradicted", "lightning"),
        ("People only use a tenth of their brains", "contradicted", "ten-percent-brain"),
        ("A blog claims Napoleon was tiny. Myth or fact?", "contradicted", "napoleon"),
        ('Did the French queen Marie Antoinette ever say "let them eat cake"?', "contradicted", "marie-antoinette"),
    ],
)
async def test_claims_in_users_words_are_judged_from_the_notes(tmp_path, request_text, verdict, note):
    data = await fact_check(tmp_path, request_text)
    assert data["verdict"] == verdict, data["answer"]
    assert note in data["evidence"][0]["source"] and data["evidence"][0]["title"]
    assert 0.5 <= data["confidence"] <= 0.95
    assert data["answer"].startswith(verdict.capitalize())


async def test_udp_is_not_supported_by_a_sentence_about_tcp(tmp_path):
    data = await fact_check(
        tmp_path,
        "Is it true that the Omega link layer guarantees in-order delivery of frames?",
        Links="Unlike the Omega link layer, the Zeta link layer guarantees in-order delivery of frames.",
    )
    assert data["verdict"] == "unverified"
    assert not [e for e in data["evidence"] if e["stance"] != "related"]


async def test_a_claim_about_something_the_notes_never_mention_is_unverified(tmp_path):
    data = await fact_check(tmp_path, "The first Eurovision Song Contest was held in 1956")
    assert data["verdict"] == "unverified" and data["confidence"] == 0
    assert "nothing in the knowledge base is about" in data["answer"] and "accord ingest" in data["answer"]


async def test_a_negation_in_the_verb_group_contradicts(tmp_path):
    data = await fact_check(tmp_path, "Lake Vostok is frozen solid", Lakes="Lake Vostok is not frozen solid.")
    assert data["verdict"] == "contradicted"
    assert data["evidence"][0]["reason"] == "the passage states the opposite"


async def test_a_not_inside_a_relative_clause_does_not_contradict(tmp_path):
    note = "The observatory, which was not open to visitors before 1990, was built in 1875."
    data = await fact_check(tmp_path, "The observatory was built in 1875", Observatory=note)
    assert data["verdict"] == "supported", data["answer"]


async def test_a_not_in_a_leading_clause_does_not_contradict(tmp_path):
    note = "Although the old pier was not rebuilt until 2004, the harbour ferry carries 9,000 passengers a day."
    data = await fact_check(tmp_path, "The harbour ferry carries 9,000 passengers a day", Ferries=note)
    assert data["verdict"] == "supported", data["answer"]


async def test_a_different_year_for_the_same_event_contradicts(tmp_path):
    data = await fact_check(tmp_path, "The harbour bridge opened in 1935", Bridges="The harbour bridge opened in 1932.")
    assert data["verdict"] == "contradicted"
    assert "1932" in data["evidence"][0]["reason"] and "1935" in data["evidence"][0]["reason"]


async def test_a_year_about_another_event_of_the_same_thing_is_not_evidence(tmp_path):
    note = "Work on the harbour bridge began in 1923."
    data = await fact_check(tmp_path, "The harbour bridge opened in 1935", Bridges=note)
    assert data["verdict"] == "unverified"


async def test_evidence_found_through_the_title_counts_for_less(tmp_path):
    named = await fact_check(tmp_path, "Apollo 11 landed on the Moon in 1969")
    through_title = await fact_check(tmp_path, "The Berlin Wall fell in 1989")  # the note says "The wall fell ..."
    assert named["confidence"] == 0.95 and 0.5 < through_title["confidence"] < named["confidence"]


async def test_every_claim_of_a_pasted_paragraph_is_checked(tmp_path):
    text = (
        "Check these: The Titanic sank in 1912. Apollo 11 landed on the Moon in 1971. I think Lisbon is the best city."
    )
    data = await fact_check(tmp_path, text)
    assert [c["verdict"] for c in data["checks"]] == ["supported", "contradicted"]
    assert data["verdict"] == "contradicted"
    assert "Not checked, an opinion" in data["answer"]


@pytest.mark.parametrize(
    ("request_text", "message"),
    [
        ("Please fact-check my essay", "found no claim to check"),
        ("Which is the nicest beach in Portugal?", "found no claim to check"),
        ("Is Lisbon the best city in Europe?", "is an opinion"),
        ("", "request is empty"),
    ],
)
async def test_a_request_without_a_checkable_claim_is_declined(tmp_path, request_text, message):
    assert message in error_text(await call(create_server(tmp_path), "fact_check", request=request_text))


async def test_documents_added_to_the_researcher_become_evidence(tmp_path):
    await call(create_researcher(tmp_path), "add_document", title="Tram", text="The city tram opened in 1901.")
    result = await call(create_server(tmp_path), "check_claim", claim="The city tram opened in 1911")
    assert result.structured_content["verdict"] == "contradicted"
    assert "1901" in result.structured_content["evidence"][0]["reason"]


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


@pytest.mark.parametrize(
    ("tool", "argument", "text"),
    [
        ("fact_check", "request", "Is it true that " * 70_000),
        ("fact_check", "request", ("The claim that the wall, which was not, " * 600)[:19_000]),
        ("check_claim", "claim", "x" * 1_000_000),
        ("extract_claims", "text", "a, " * 400_000),
        ("extract_claims", "text", " ".join(f"Tower {n} was not built in {1000 + n}, nor seen." for n in range(1_100))),
    ],
)
async def test_adversarial_input_is_answered_in_linear_time(tmp_path, tool, argument, text):
    server = create_server(tmp_path)
    with cpu_time() as spent:
        await call(server, tool, **{argument: text})
    # about 0.4 s of CPU on a quiet machine and up to twice that on a loaded one; a scan that backtracks or goes
    # quadratic over a megabyte takes minutes, so the bound has room without letting one through
    assert spent.seconds < 2.5


@pytest.mark.parametrize(
    ("request_text", "verdict"),
    [
        ("check this claim: TCP retransmits data that is not acknowledged", "supported"),
        ("Does TCP retransmit data that isn't acknowledged?", "supported"),
        ("TCP never retransmits data that is not acknowledged, right?", "contradicted"),
    ],
)
async def test_a_negation_inside_a_relative_clause_does_not_negate_the_claim(tmp_path, request_text, verdict):
    data = await fact_check(tmp_path, request_text)
    assert data["verdict"] == verdict, data["answer"]
    assert "tcp-and-udp" in data["evidence"][0]["source"]
