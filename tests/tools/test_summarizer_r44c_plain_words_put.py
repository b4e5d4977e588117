"""An ask to put a text in plain words ("Can you put this in plain English for me, the council stuff goes over my
head: ...", "say it in simple terms") is a summary when the text already reads plain: its main sentences are a
summary in plain words. Near-misses: a text full of technical terms, and plain words for another reader ("for my
mum"), still ask for new words and are declined; so is a rewrite into another kind of text."""

from __future__ import annotations

import pytest

from tests.tools.conftest import offline_outcome

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]

PASSPORTS = (
    "From 1 January, all plants for planting moved between professional operators must carry a UK plant passport. "
    "Nurseries selling directly to the public by mail order or online must also issue passports with those plants. "
    "Passports must show the botanical name, the registration number and a traceability code. Businesses must keep "
    "records of plant passports for at least three years. Failure to comply could result in plants being seized and "
    "fines being issued."
)
TENANCY = (
    "The tenant must give two months notice in writing before leaving. The deposit will be returned within ten days "
    "of the end of the tenancy. Pets are not allowed without written permission. Rent is due on the first of each "
    "month."
)
JARGON = (
    "Pharmacokinetic interactions with CYP3A4 inhibitors necessitate dose titration. Concomitant administration "
    "with ketoconazole is contraindicated. Monitor QTc prolongation via ECG."
)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Can you put this in plain English for me, the DEFRA stuff always goes over my head: {PASSPORTS}",
        f"put this in plain english pls, legal stuff confuses me: {TENANCY}",
        f"Say this in simple terms for me, I can't follow it: {TENANCY}",
        f"Would you kindly put the following regulations in plain language: {PASSPORTS}",
        f"landlord sent me this, can u put it in layman's terms: {TENANCY}",
    ],
)
async def test_plain_words_for_a_text_that_reads_plain_give_its_main_sentences(request_text: str):
    outcome = await offline_outcome("summarizer", request_text)
    assert outcome.status == "completed", outcome.text
    material = request_text.split(": ", 1)[1] if ": " in request_text else request_text
    sentences = [s for s in outcome.text.split(". ") if s]
    assert sentences and all(s.rstrip(".") in material for s in sentences)


@pytest.mark.parametrize(
    "request_text",
    [
        f"Can you put this in plain English for me: {JARGON}",
        f"Could you put the following into plain language for my mum? {TENANCY}",
        f"Put this into a poem for me: {TENANCY}",
    ],
)
async def test_plain_words_a_text_or_a_reader_needs_rewording_for_are_declined(request_text: str):
    outcome = await offline_outcome("summarizer", request_text)
    assert outcome.status != "completed", outcome.text
