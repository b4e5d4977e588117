"""A note that mentions the question's thing in passing does not answer it: "What is a solar eclipse?" is not
answered by the 1919 eclipse that tested relativity, "What is the population of the world?" not by Vatican City's
rank in the world, "What causes lightning?" not by why lightning rods are hit, "Who founded the UN?" not by where
its charter was signed. The researcher declines those, and still answers from a sentence about the thing itself."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server
from servers.tools.researcher.relevance import cause_effect, definition_thing, gives_cause_of

pytestmark = [pytest.mark.anyio, pytest.mark.knowledge]


async def declined(data_dir, question: str) -> str:
    result = await call(create_server(data_dir), "answer", request=question)
    assert result.is_error, result.structured_content
    return error_text(result)


@pytest.mark.parametrize(
    "question",
    [
        # the world as the scope of a ranking, or another country's figure
        "What is the current population of the world?",
        "whats the population of the world",
        "What is the population of China?",
        "What's the population of Russia?",
        "What is the capital of the world?",
        "What is the temperature of the world?",
        # a count of the things of one river or one ranking, not of all of them in the world
        "How many countries are there in the world?",
        "How many continents are there on Earth?",
        "How many languages are there in the world?",
        # a thing named in a note about something else
        "What is a solar eclipse?",
        "Can you tell me what a solar eclipse is?",
        "What are solar eclipses?",
        "What is a planet?",
        "What is a star?",
        "What is a galaxy?",
        "What is a spiral galaxy?",
        "What is an island?",
        "What is a satellite?",
        "What is a heat wave?",
        "What is a molecule?",
        "What is a lightning rod?",
        "What is a kernel?",
        "What is a compiler?",
        "What is a charter?",
        # the cause of a belief or of a side effect, not of the thing
        "What causes hyperactivity?",
        "What causes hyperactivity in children?",
        "What is the cause of hyperactivity in kids?",
        "What causes lightning?",
        "What actually causes lightning?",
        "So what causes lightning, then?",
        "What makes lightning happen?",
        "What are the causes of lightning?",
        "What causes hair to grow?",
        # a place, a time or a co-founder of something else is no founder
        "Who founded the UN?",
        "Who founded the United Nations?",
        "Who set up the United Nations?",
        "who founded the UN and when?",
        "Who founded Microsoft?",
        "Who founded Google?",
        "Who founded the Nobel Prize?",
        "Who started the Industrial Revolution?",
        "Who built the pyramids?",  # 'built for the pharaoh Khufu', 'not built by slaves'
    ],
)
async def test_a_passage_about_something_else_is_declined(tmp_path, question: str):
    assert "Nothing in the knowledge base matched" in await declined(tmp_path, question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is a black hole?", "region of space"),
        ("What is a volcano?", "opening in the Earth's crust"),
        ("What's a virus?", "infectious particle"),
        ("What is photosynthesis?", "sunlight"),
        ("What is DNA?", "deoxyribonucleic acid"),
        ("What is DNS?", "Domain Name System"),
        ("What is BM25?", "ranking function"),
        ("What is GDP?", "Gross domestic product"),
        ("What is idempotency?", "idempotent"),
        ("What is a normal blood pressure?", "120/80"),
        ("What is the Rosetta Stone?", "granodiorite"),
        ("What is the Great Barrier Reef?", "largest coral reef system"),
        ("What is the Colosseum?", "amphitheatre"),
        ("What is Wi-Fi?", "wireless networking"),
        ("What are X-rays?", "soft tissue"),
        ("What are penguins?", "birds that cannot fly"),
        ("What are sharks?", "cartilage"),
        ("What are calories?", "unit of energy"),
        ("What is HTTP?", "Hypertext Transfer Protocol"),
        ("What is the router pattern?", "sends it to the one worker"),
        ("What is the evaluator-optimizer pattern?", "judges it"),
        ("What is the human skeleton?", "206 bones"),
        ("What is the capital of Australia?", "Canberra"),
        ("What is the chemical formula of carbon dioxide?", "CO2"),
        ("What is the speed of light?", "299,792,458"),
        ("What is the diameter of the Moon?", "3,474"),
        ("What is the population of India?", "1.4 billion"),
        ("What is the average temperature of the earth?", "15 degrees"),
        ("How many oceans are there in the world?", "five oceans"),
        ("How many planets are there?", "eight planets"),
        ("What causes the seasons?", "tilt"),
        ("What causes the tides?", "Moon's gravity"),
        ("Find out what causes ocean tides", "Moon's gravity"),
        ("What causes colds?", "viruses"),
        ("What causes warts?", "papillomavirus"),
        ("What causes inflation?", "demand"),
        ("What makes the sky blue?", "scatter"),
        ("What caused the First World War?", "assassination"),
        ("Who invented the telephone?", "Bell"),
        ("Who created Linux?", "Torvalds"),
        ("Who founded Linux?", "Torvalds"),
        ("Who got Rust started?", "Graydon Hoare"),
        ("Who founded the Rust Foundation?", "Mozilla"),
        ("Who built the Colosseum?", "Vespasian"),
        ("Who created Bitcoin?", "Satoshi Nakamoto"),
        ("Who invented the printing press?", "Gutenberg"),
        ("Who was the first woman to go into space?", "Tereshkova"),
        ("Who were the pyramids built for?", "Khufu"),
    ],
)
async def test_a_sentence_about_the_thing_itself_still_answers(tmp_path, question: str, expected: str):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("What is a solar eclipse?", "solar eclipse"),
        ("whats a comet", "comet"),
        ("So what is an atom, then?", "atom"),
        ("what the Rosetta Stone is", "Rosetta Stone"),
        ("What is the capital of France?", None),
        ("What is the tallest mountain?", None),
        ("What is the first artificial satellite?", None),
        ("What is it?", None),
    ],
)
def test_a_definition_question_names_its_thing(question: str, thing: str | None):
    assert definition_thing(question) == thing


@pytest.mark.parametrize(
    ("question", "effect"),
    [
        ("What causes lightning?", "lightning"),
        ("What is the cause of lightning?", "lightning"),
        ("What's the reason for hyperactivity in kids?", "hyperactivity in kids"),
        ("What makes lightning happen?", "lightning"),
        ("What causes volcanoes to erupt?", "volcanoes to erupt"),
        ("What makes an operation idempotent?", None),
        ("What makes up the air?", None),
    ],
)
def test_a_cause_question_names_its_effect(question: str, effect: str | None):
    assert cause_effect(question) == effect


@pytest.mark.parametrize(
    ("effect", "sentence", "gives"),
    [
        ("tides", "Tides are caused mainly by the Moon's gravity.", True),
        ("ocean tides", "Tides are caused mainly by the Moon's gravity.", True),  # the note is named "Ocean tides"
        ("the sky to look blue", "The sky is blue because air molecules scatter blue light.", True),
        ("global warming", "Greenhouse gases cause global warming.", True),
        (
            "climate change",
            "The ozone hole differs from climate change, which is caused mainly by greenhouse gases.",
            True,
        ),
        (
            "lightning",
            "Towers and lightning rods are hit repeatedly because a tall conductor offers a short path.",
            False,
        ),
        ("hyperactivity", "The belief persists because of expectations: parents rated children as hyperactive.", False),
        ("arthritis", "Cracking your knuckles does not cause arthritis.", False),
        ("hair to grow", "Nails stop growing when a person dies, and so does hair.", False),
    ],
)
def test_a_cause_is_of_the_effect_itself(effect: str, sentence: str, gives: bool):
    assert gives_cause_of(effect, sentence, "Ocean tides") is gives
