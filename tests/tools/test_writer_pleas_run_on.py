"""A plea to the reader run on after a comma ("..., please do not give him biscuits") is a sentence of its own when
more sentences are asked than the points were given in; a plea with no statement before it is not split."""

from __future__ import annotations

import pytest
from conftest import writer_outcome

from servers.tools.writer.sentence_splits import split_plea

pytestmark = pytest.mark.anyio


async def test_a_note_in_two_sentences_splits_its_plea_from_its_statement():
    outcome = await writer_outcome(
        "Note for the care staff, 2 sentences: Mr Hughes is now on a minced and moist diet, please do not give him "
        "biscuits."
    )
    assert outcome.status == "completed", outcome.text
    assert "minced and moist diet. Please do not give him biscuits." in (outcome.text or "")


def test_a_plea_with_no_statement_before_it_stays_whole():
    text = "For the carpets, please keep off them until Wednesday."
    assert split_plea(text, 2) == [text]
