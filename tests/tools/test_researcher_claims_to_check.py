"""A claim handed to the researcher to check ("Claim: the adult human body has 206 bones.", "Water boils at 90
degrees Celsius at sea level - is that right?") is answered with the passage on what it claims, whatever figure it
names: the claimed figure is what is in doubt. A claimed measure ("Mount Everest is 9,000 metres tall") is asked as
its question ("How tall is Mount Everest?"). The naked eye is the unaided eye, a prize awarded is a prize won, and
"short" said of the subject ("Was Napoleon very short?") is a key word, not how short the answer should be.
A request that is not one plain claim, or a claim no note covers, is not answered so."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server
from servers.tools.researcher.checked import claim_checked

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


@pytest.mark.parametrize(
    ("request_text", "expected"),
    [
        ("Claim: the adult human body has 206 bones.", "206"),
        ("Water boils at 90 degrees Celsius at sea level - is that right?", "100 degrees"),
        ("Is it true that water boils at 100 degrees Celsius at sea level?", "100 degrees"),
        ("Check this claim: Einstein won his Nobel Prize for the theory of relativity.", "photoelectric"),
        ("Fact check: Mount Everest is 9,000 metres tall", "8,848.86"),
        ("Claim: the Nile is 2,000 km long", "6,650"),
        ("True or false: the Eiffel Tower was finished in 1901", "1889"),
        ("Is the Great Wall of China visible from space with the naked eye?", "not visible"),
        # "short" said of the subject is what is asked, not how short the answer should be
        ("Fact check: Napoleon was very short - right?", "not unusually short"),
        ("Was Napoleon very short?", "not unusually short"),
    ],
)
async def test_a_claim_to_check_is_answered_with_what_the_notes_say(tmp_path, request_text, expected):
    assert expected in await researched(tmp_path, request_text)


@pytest.mark.parametrize(
    "request_text",
    [
        "Claim: dragons breathe fire",  # no note on dragons
        "Can you see Jupiter with the naked eye?",
    ],
)
async def test_a_claim_no_note_covers_is_declined(tmp_path, request_text):
    result = await call(create_server(tmp_path), "answer", request=request_text)
    assert "Nothing in the knowledge base matched" in error_text(result)


@pytest.mark.parametrize(
    "request_text",
    [
        "my son asked me how many bones an adult has, and I said 300. Was I right?",
        "Is it true?",
        "What is the boiling point of water?",
        "Water boils at 90 degrees right?",
    ],
)
def test_only_one_plain_framed_claim_is_read_as_one(request_text):
    assert claim_checked(request_text) is None
