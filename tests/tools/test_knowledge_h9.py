"""What users put around a claim or a text is not part of it: a lead-in naming where a claim came from ("Claim
from a quiz night: ...", "saw this on facebook - ...") and a trailing "verify please"; a claim that puts a thing
on the wrong continent; and the words that name the text to summarize ("this bit of the tenancy agreement")."""

from __future__ import annotations

import pytest
from conftest import call_as_asked, error_text, fact_check, researched

from servers.tools.summarizer import create_server as create_summarizer

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Claim from a quiz night: the Pacific is the largest ocean on Earth. Verify please", "supported"),
        ("saw this on facebook: the Berlin Wall fell in 1989", "supported"),
        ("quick one - is it true that the Berlin Wall fell in 1989?", "supported"),
        ("Something my teacher said today: the Titanic sank in 1912. Is this accurate?", "supported"),
        ("From a pub quiz: the Pacific is the biggest ocean in the world. confirm pls", "supported"),
        ("Pub quiz answer: Canberra is the capital of Australia. Right?", "supported"),
        (
            "Question from my kid's homework: Mount Everest is the highest mountain on Earth. Can you verify?",
            "supported",
        ),
        ("Statement from a school textbook: the Titanic sank in 1915. Check it please", "contradicted"),
        ("Got this in a forwarded WhatsApp message: the Berlin Wall fell in 1975. Real or fake?", "contradicted"),
        ("heard this at the pub - Canberra is the capital of Australia", "supported"),
        ("Bet my friend £5 that the Great Wall of China is visible from space. Did I win?", "contradicted"),
        ("hey, did the Berlin Wall fall in 1975?", "contradicted"),
        ("ok so my grandad swears the Eiffel Tower is in Rome. Is he right?", "contradicted"),
        ("Was the Colosseum built in Greece?", "contradicted"),
        ("fact-check something for me. The claim is that the Pacific is the largest ocean.", "supported"),
        ("The statement to check is that the Berlin Wall fell in 1989.", "supported"),
        ("What my uncle said was that the Titanic sank in 1915.", "contradicted"),
        ("The rumour is that the Great Wall of China is visible from space.", "contradicted"),
        ("Any truth to the idea that goldfish have a three-second memory?", "contradicted"),
        ("Is there any truth in the claim that bulls are enraged by the colour red?", "contradicted"),
        ("Am I right in thinking the Pacific is the largest ocean?", "supported"),
        ("Correct me if I'm wrong, but Canberra is the capital of Australia?", "supported"),
    ],
)
async def test_a_lead_in_naming_where_the_claim_came_from_is_not_the_claim(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("the Pacific is the largest ocean on Earth - verify please", "supported"),
        ("the Berlin Wall fell in 1989, true or false?", "supported"),
        ("The Titanic sank in 1915 - my teacher said so", "contradicted"),
        ("The Berlin Wall fell in 1989: true?", "supported"),
        ("the berlin wall fell in 1989 right?", "supported"),
        ("The Titanic sank in 1915, yeah?", "contradicted"),
        ("Titanic sank in 1912 yeah?", "supported"),
    ],
)
async def test_a_trailing_ask_for_the_check_is_not_the_claim(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


async def test_a_head_that_the_claim_refers_back_to_stays(tmp_path):
    data = await fact_check(tmp_path, "Napoleon - he was very short. Myth?")
    assert data["verdict"] == "contradicted", data["answer"]


@pytest.mark.parametrize(
    "request_",
    [
        "check this claim for me - the Amazon river is in Africa.",
        "the amazon is in asia, true or false?",
        "Is Mount Kilimanjaro in South America?",
        "My friend says the Nile is in South America",
        "Is the Taj Mahal in Africa?",
        "The Sahara desert is in South America",
        "Mount Everest is in Europe",
    ],
)
async def test_a_thing_put_on_another_continent_than_the_notes_say_is_contradicted(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "contradicted", data["answer"]


async def test_the_continent_the_notes_name_still_supports(tmp_path):
    data = await fact_check(tmp_path, "the Amazon river is in South America")
    assert data["verdict"] == "supported", data["answer"]


@pytest.mark.parametrize(
    ("claim", "title", "note"),
    [
        ("The Zornbach is in Asia", "Rivers", "The Zornbach is longer than any river in South America."),
        ("Istanbul is in Asia", "Istanbul", "Istanbul lies in Turkey, on both banks of the Bosphorus."),
        ("Mauna Kea is in Oceania", "Mauna Kea", "Mauna Kea is a volcano in Hawaii, in the United States."),
        ("Egypt is in Asia", "Egypt", "Egypt lies in North Africa."),
        ("Madagascar is in Asia", "Madagascar", "Madagascar is an island off the coast of Africa."),
    ],
)
async def test_a_place_that_may_span_continents_or_a_comparison_places_nothing(tmp_path, claim, title, note):
    data = await fact_check(tmp_path, claim, **{title: note})
    assert data["verdict"] == "unverified", data["answer"]


async def test_countries_of_one_continent_place_a_thing_on_it(tmp_path):
    notes = {"The Danube": "The Danube flows through Germany, Austria and Hungary."}
    data = await fact_check(tmp_path, "The Danube is in Africa", **notes)
    assert data["verdict"] == "contradicted", data["answer"]


LEASE = (
    "The tenant must give at least two months' written notice to end the tenancy. Notice may not be given during "
    "the first four months of the fixed term. The landlord may keep the deposit to cover unpaid rent or damage "
    "beyond normal wear and tear. The deposit is returned within ten days of the end of the tenancy."
)


@pytest.mark.parametrize(
    "request_",
    [
        f"can u summarize this bit of the tenancy agreement: {LEASE}",
        f"Summarise this section of my employment contract: {LEASE}",
        f"pls sum up this part of the lease for me: {LEASE}",
        f"Give me the gist of this extract from the insurance policy: {LEASE}",
        f"Can you summarise this paragraph from the terms and conditions: {LEASE}",
        f"summarize this clause of the rental agreement: {LEASE}",
        f"Quick summary of this page of the tenant handbook please: {LEASE}",
        f"Summarize the following excerpt of our lease: {LEASE}",
        f"what does this part of my tenancy agreement say? {LEASE}",
        f"recap the minutes of the residents' meeting: {LEASE}",
        f"Summarise these terms and conditions: {LEASE}",
        f"Summarise this text from my child's school about the new term: {LEASE}",
        f"Summary needed:\n\n{LEASE}",
        f"Summary of these lease terms please: {LEASE}",
        f"Summarise this (sorry it's long): {LEASE}",
        f"Summarise the important stuff in this letter: {LEASE}",
    ],
)
async def test_the_words_naming_the_text_to_summarize_ask_for_no_focus(request_):
    result = await call_as_asked(create_summarizer(), "digest", request_)
    assert result is not None and not result.is_error, result and result.content
    assert str(result.structured_content["summary"]).startswith("The tenant must give")


@pytest.mark.parametrize(
    "request_",
    [
        f"Summarize the payment terms: {LEASE}",
        f"summarize the break clause: {LEASE}",
        f"Summarize the costs of this lease: {LEASE}",
        f"Summarize the section of the contract about termination: {LEASE}",
        f"what does the landlord in this letter say? {LEASE}",
    ],
)
async def test_a_side_of_the_document_is_still_a_focus_the_extract_cannot_promise(request_):
    result = await call_as_asked(create_summarizer(), "digest", request_)
    assert result is not None
    assert "only pick" in error_text(result)


@pytest.mark.parametrize(
    ("question", "defined"),
    [
        ("What's an Agent Card in A2A?", "An Agent Card is the public description"),
        ("What is idempotency in APIs?", "An operation is idempotent when"),
        ("what's a circuit breaker in software", "A circuit breaker protects"),
        ("What is inflation in economics?", "Inflation is a general rise"),
        ("What is a black hole in physics?", "A black hole is a region"),
        ("what is photosynthesis in biology", "Photosynthesis is the process"),
    ],
)
async def test_the_field_a_term_is_asked_in_is_not_what_the_note_must_say(tmp_path, question, defined):
    assert defined in await researched(tmp_path, question)


async def test_a_definition_goes_on_with_the_sentence_that_says_what_makes_it_one(tmp_path):
    said = await researched(tmp_path, "What's an Agent Card in A2A?")
    assert "It is a JSON document served at the well-known path" in said


@pytest.mark.parametrize(
    ("question", "defined"),
    [
        ("What is MCP?", "The Model Context Protocol is an open standard"),
        ("What is RAG?", "Retrieval-augmented generation combines a search step"),
        ("what's SSE", "Server-Sent Events is a simple standard"),
        ("Explain what SSE is", "Server-Sent Events is a simple standard"),
    ],
)
async def test_a_short_name_is_defined_by_the_long_name_its_note_spells_out(tmp_path, question, defined):
    assert (await researched(tmp_path, question)).startswith(defined)


@pytest.mark.parametrize(
    "request_",
    [
        f"Make this shorter: {LEASE}",
        f"make this more concise please: {LEASE}",
        f"Could you make this a lot shorter for the group chat: {LEASE}",
        f"Make the text below shorter.\n\n{LEASE}",
    ],
)
async def test_making_a_text_shorter_is_a_summary(request_):
    result = await call_as_asked(create_summarizer(), "digest", request_)
    assert result is not None and not result.is_error, result and result.content
    assert str(result.structured_content["summary"]).startswith("The tenant must give")


@pytest.mark.parametrize("request_", [f"Make this shorter and more formal: {LEASE}", f"Make this sound nicer: {LEASE}"])
async def test_shorter_and_reworded_is_still_beyond_an_extract(request_):
    result = await call_as_asked(create_summarizer(), "digest", request_)
    assert result is not None
    assert "only pick" in error_text(result)


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        # the notes date the first *crewed* landing; the first landing of all was uncrewed (1966), so only a claim
        # that ranks the same landings is decided by their date
        ("The first crewed moon landing was in 1969", "supported"),
        ("The first crewed Moon landing was in July 1969 - true?", "supported"),
        ("The first moon landing was in 1969", "unverified"),
        ("The sinking of the Titanic was in 1912", "supported"),
        ("The Berlin Wall's fall happened in 1989", "supported"),
        ("The fall of the Berlin Wall was in 1991", "contradicted"),
        ("Was the sinking of the Titanic in 1915?", "contradicted"),
    ],
)
async def test_an_event_said_as_a_noun_or_as_was_in_a_year_is_checked_by_its_date(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Is the Atlantic the largest ocean?", "contradicted"),
        ("The Arctic Ocean is the deepest ocean", "contradicted"),
        ("K2 is the highest mountain", "contradicted"),
        ("Is the Pacific the deepest ocean?", "supported"),
        ("Saturn is the largest planet", "unverified"),  # the notes rank planets in the Solar System only
    ],
)
async def test_a_superlative_said_without_a_scope_ranks_among_all_of_its_kind(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("Did the Titanic sink in nineteen twelve?", "supported"),
        ("The Titanic sank in nineteen fifteen, yeah?", "contradicted"),
        ("the berlin wall fell in nineteen eighty-nine", "supported"),
        ("Is it true the first crewed moon landing was in nineteen sixty-nine?", "supported"),
    ],
)
async def test_a_year_said_in_words_is_compared_as_a_year(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


def test_only_a_whole_year_after_a_word_of_time_is_read_as_one():
    from servers.tools.fact_checker.spoken import years_in_figures

    assert years_in_figures("built in nineteen eleven and sank in nineteen twelve") == "built in 1911 and sank in 1912"
    assert years_in_figures("since two thousand and eight") == "since 2008"
    assert years_in_figures("in twenty five minutes") == "in twenty five minutes"
    assert years_in_figures("in two thousand and eight years") == "in two thousand and eight years"


@pytest.mark.parametrize(
    "request_",
    [
        "The claim is that the Pacific is the largest ocean. The code is\n```javascript\nfunction label(age) {\n"
        '  if (age = 18) {\n    return "adult";\n  }\n  return "minor";\n}\n```',
        "Fact-check: the Berlin Wall fell in 1989. Here's my code too:\n```python\ndef f(x):\n    return x + 1\n```",
        "Fact-check this:\n```\nThe Berlin Wall fell in 1989.\n```",
    ],
)
async def test_code_pasted_beside_a_claim_is_not_the_claim(tmp_path, request_):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == "supported", data["answer"]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("hey, what's the capital of Canada?", "Ottawa"),
        ("ok so how old is the universe", "13.8 billion"),
        ("Quick q - who invented the telephone?", "Alexander Graham Bell"),
        ("Hi! Who painted the Mona Lisa?", "Leonardo da Vinci"),
        ("Need this for a presentation - what is photosynthesis?", "Photosynthesis is the process"),
    ],
)
async def test_a_greeting_or_a_purpose_before_a_question_is_not_looked_up(tmp_path, question, answer):
    assert answer in await researched(tmp_path, question)


@pytest.mark.parametrize("question", ["What's the second longest river?", "Second longest river in the world?"])
async def test_a_ranking_owned_by_a_place_does_not_answer_one_of_the_world(tmp_path, question):
    from servers.tools.researcher import create_server as create_researcher

    result = await call_as_asked(create_researcher(tmp_path), "answer", question)
    assert result is not None
    assert "Nothing in the knowledge base matched" in error_text(result)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("What's Africa's second longest river?", "The Congo"),
        ("what is the second longest river in Africa", "The Congo"),
        ("Which is Europe's longest river?", "The Volga"),
    ],
)
async def test_a_ranking_owned_by_a_place_answers_the_same_place(tmp_path, question, answer):
    assert answer in await researched(tmp_path, question)


@pytest.mark.parametrize(
    ("request_", "expected"),
    [
        ("and check whether the Amazon river is in Africa", "contradicted"),
        ("also verify that the Titanic sank in 1912", "supported"),
        ("plus is it true that the Berlin Wall fell in 1989?", "supported"),
        ("and tell me if it's true that the Great Wall of China is visible from space", "contradicted"),
        ("Also, can you check that Canberra is the capital of Australia?", "supported"),
        ("Secondly, is the Eiffel Tower in Rome?", "contradicted"),
    ],
)
async def test_a_check_joined_on_to_another_request_is_read_as_its_claim(tmp_path, request_, expected):
    data = await fact_check(tmp_path, request_)
    assert data["verdict"] == expected, data["answer"]


@pytest.mark.parametrize(
    ("question", "answer"),
    [("Secondly, who painted the Mona Lisa?", "Leonardo da Vinci"), ("plus when did WW2 end?", "1945")],
)
async def test_a_question_joined_on_to_another_request_is_answered(tmp_path, question, answer):
    assert answer in await researched(tmp_path, question)


async def test_a_summary_joined_on_to_another_request_is_a_summary():
    result = await call_as_asked(create_summarizer(), "digest", f"Plus a quick summary of this letter please: {LEASE}")
    assert result is not None and not result.is_error, result and result.content
