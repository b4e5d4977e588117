"""Round 46: a question said in spoken order is answered as the plain question it stands for.

- A topic said first and the question after it ("The Nile, how long is it?") asks the question of the topic.
- A word that softens the asking ("Abeg", "Biko", "Kindly,") or a shrug ("Silly question I know, but") names no
  topic.
- "S is A and what else?" asks what S is made of, and is answered only by a note that names A with the rest.
- A fragment naming only units after the question ("g per kg") asks the answer in those units.
- A request to look something up ("Kindly look up the melting point of ...") asks what it is.
- "Which river is the longest in Nigeria?" ranks rivers in Nigeria.
- A claim someone passed on, followed only by a request to check it, is looked up as the claim; a claim asked
  about ("Is it true that X?") with only what someone else says beside it is looked up alone.
- "capital city" is the capital.
"""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server
from servers.tools.researcher.spoken_order import in_spoken_order

pytestmark = [pytest.mark.anyio, pytest.mark.rounds]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("People ask me this all the time. The Nile, how long is it?", "6,650"),
        ("Lake Baikal, how deep is it?", "1,642"),
        ("The Eiffel Tower, who designed it?", "Eiffel"),
        ("Mount Kilimanjaro, which country is it in?", "Tanzania"),
        ("Guests ask me always. Mount Everest north side, which country is it?", "Tibet"),
        ("Tourists ask me every day. The Chao Phraya, which city does it flow through?", "Bangkok"),
        ("Abeg who wrote Pride and Prejudice?", "Austen"),
        ("Biko, which river is the longest in Nigeria?", "Niger"),
        ("Abeg which river be the longest for Nigeria? My pikin get homework for school.", "Niger"),
        ("Kindly, which river is the longest in Africa?", "Nile"),
        ("Silly question I know, but brass is copper and what else?", "zinc"),
        ("Quick one: bronze is copper plus what else?", "tin"),
        ("Daft question maybe, but bronze is copper and what else? My nephew reckons it's zinc.", "tin"),
        ("Steel is iron and what else?", "carbon"),
        ("Average salinity of seawater? In grams per kg.", "35"),
        ("Average salinity of seawater? g per kg.", "35"),
        ("Please look up the melting point of pure gold.", "1,064"),
        ("Kindly look up the capital of Laos.", "Vientiane"),
        ("Which river is the longest in Europe?", "Volga"),
        ("Customer tell me Mount Everest is highest mountain in world. Check for me.", "Everest"),
        ("My uncle swears crawfish are insects. Is that right?", "crustaceans"),
        ("A guest told me the Nile is 9,000 kilometres long. True?", "6,650"),
        (
            "Is it true that Mexico won its independence from Spain in 1821? My brother-in-law say it was 1810 and we "
            "have a bet of one bottle.",
            "1821",
        ),
        ("Is it true that the Nile is the longest river in Africa? My mate says it's the Congo.", "Nile"),
        ("What is capital city of Laos? My cousin go work there.", "Vientiane"),
        ("What is the capital of Australia please?", "Canberra"),
        ("Who wrote Hamlet, thanks?", "Shakespeare"),
    ],
)
async def test_a_question_in_spoken_order_is_answered(tmp_path, request_text: str, expected: str) -> None:
    assert expected in await researched(tmp_path, request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        # a second question beside the spoken one
        "The Nile, how long is it and where does it start?",
        "Mount Everest north side, which country is it? And how high is it?",
        "Bronze is copper and what else? And when was it first made?",
        # notes that name the known part alone, or with something else of another thing
        "Pewter is tin and what else?",
        "Sterling silver is silver and what else?",
        "Bread is flour and what else?",
        # units the notes do not give the figure in
        "Average salinity of seawater? kg per litre.",
        "What is the capital of Peru? km.",
        # a thing or a place the notes do not cover
        "Kindly look up the melting point of pure platinum",
        "Look up the melting point and the density of pure gold",
        "Abeg which river be the longest for Ghana?",
        "Which river is the longest in Peru?",
        "Which lake is the deepest in Africa?",
        # a passed-on claim with another question beside the check
        "My cousin says Canberra is the capital of Australia. Check for me. Also what is its population?",
        "Is it true that the Nile is the longest river in Africa? And how long is the Congo?",
    ],
)
async def test_a_spoken_question_with_more_asked_or_uncovered_is_declined(tmp_path, request_text: str) -> None:
    result = await call(create_server(tmp_path), "answer", request=request_text)
    assert result.is_error, result.structured_content
    assert error_text(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "My daughter asked what gas plants take in and I have forgotten, what's it called again?",
        "When I visit Paris, what should I see?",
        "Which is bigger, the Nile or the Amazon?",
    ],
)
def test_a_clause_before_the_comma_is_no_fronted_topic(request_text: str) -> None:
    assert in_spoken_order(request_text) == request_text
