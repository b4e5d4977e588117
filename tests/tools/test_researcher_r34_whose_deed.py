"""Round 34: dates and definitions of the thing asked about, not of another thing beside it (its doer's deed, a
version of it, a longer name that starts with it), and definitions rather than deeds of the past."""

from __future__ import annotations

import pytest

from servers.tools.researcher import create_server
from tests.tools.conftest import call, error_text, researched

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    "question",
    [
        "When was Mozilla founded?",
        "What year was Mozilla founded?",
        "When did Mozilla get founded?",
        "When was AWS founded?",
        "When was Huawei founded?",
        "When was Google founded?",
        "When was Microsoft founded?",
        "When was the Titanic built?",
        "When was Python invented?",
        "When was Python made?",
        "When was Sputnik launched?",
        "When was the Linux Foundation founded?",
        "What is Mozilla?",
        "What is the Linux kernel?",
        "What is the Rust programming language?",
        "What is the Roman Empire?",
        "Who founded Rust?",
        "Where is Rosetta?",
        "When did Python reach its end of life?",
        "When was the Eiffel Tower designed?",
        "When was the Statue of Liberty designed?",
    ],
)
async def test_another_things_deed_or_a_past_deed_is_declined(tmp_path, question):
    result = await call(create_server(tmp_path), "answer", request=question)
    assert "Nothing in the knowledge base matched" in error_text(result)


@pytest.mark.parametrize(
    ("question", "expected", "absent"),
    [
        ("When was Python created?", "1989", "3.13"),
        ("What year was Python created?", "1989", "2001"),
        ("When was Python 3 released?", "December 2008", "3.13"),
        ("When was Python 3.0 released?", "December 2008", "3.13"),
        ("When was Python 3.13 released?", "2024", "2008"),
        ("When was Python 2.0 released?", "2000", "2008"),
        ("When was the Rust Foundation founded?", "2021", "2006"),
        ("When was the Python Software Foundation founded?", "2001", "1989"),
        ("When did Mozilla start sponsoring Rust?", "2009", "2021"),
        ("When was Rust 1.0 released?", "2015", "2021"),
        ("When was Linux created?", "1991", "2005"),
        ("When was Git created?", "2005", "1991"),
        ("When was the Rosetta Stone found?", "1799", "1802"),
        ("When did Napoleon die?", "1821", "1799"),
        ("When was the Colosseum built?", "AD 80", "1980"),
        ("What is Python?", "programming languages", "created by"),
        ("what's python", "programming languages", "created by"),
        ("What is Linux?", "kernel", "licensed"),
        ("What is the Python Software Foundation?", "intellectual property", "created by"),
        ("What is penicillin?", "first antibiotic", "discovered by"),
        ("What is high blood pressure?", "140/90", "created"),
        ("What is the human skeleton?", "206 bones", "created"),
        ("Who founded the Rust Foundation?", "Mozilla", "Graydon"),
        ("Who created Rust?", "Graydon Hoare", "2021"),
        ("Where is the Rosetta Stone kept?", "British Museum", "Rashid"),
        ("Who designed the Statue of Liberty?", "Bartholdi", "Rossum"),
        ("Who created Python?", "Guido van Rossum", "2001"),
        ("When was Pluto discovered?", "1930", "2006"),
        ("When was The Starry Night painted?", "1889", "1937"),
        ("When was the Sistine Chapel ceiling painted?", "1508", "1889"),
    ],
)
async def test_the_things_own_date_or_definition_still_answers(tmp_path, question, expected, absent):
    answer = await researched(tmp_path, question)
    assert expected in answer
    assert absent not in answer
