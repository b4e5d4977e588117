"""The answer is of the kind the question word asks for, and about the same thing: "where" gets a place narrower
than the whole Earth, a superlative's noun must be the one ranked ("the deepest point on Earth" is not Lake
Baikal's own deepest point, "the longest bone" is not "the smallest bone"), and a place or figure said of
another thing in the same sentence ("...: Mauna Kea in Hawaii rises 10,000 metres") is not the answer. When no
passage fits, the researcher declines rather than answer with the passage nearest in words."""

from __future__ import annotations

import pytest
from conftest import call, error_text, researched

from servers.tools.researcher import create_server

pytestmark = pytest.mark.anyio


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Where is the deepest point on Earth?", "Mariana Trench"),
        ("What is the deepest point on Earth?", "Challenger Deep"),
        ("How deep is the deepest point of the ocean?", "11,000"),
        ("Where is the Dead Sea?", "Jordan"),
        ("Where is the Mona Lisa?", "Louvre"),
        ("Where is Mount Everest located?", "Nepal"),
        ("What is the deepest lake in the world?", "Baikal"),
        ("Where is the deepest lake?", "Siberia"),
        ("What is the longest river?", "Nile"),
    ],
)
async def test_the_answer_is_of_the_kind_asked_and_about_the_thing_asked(tmp_path, question, expected):
    assert expected in await researched(tmp_path, question)


@pytest.mark.parametrize(
    ("question", "not_said"),
    [
        ("Where is the deepest point on Earth?", "Baikal"),  # the lake's own deepest point
        ("What is the longest bone?", "stapes"),  # "the smallest bone" ranks by another measure
        ("Where is Everest?", "Hawaii"),  # Hawaii is where Mauna Kea is
        ("Where is Everest?", "measured by height above sea level"),  # "on Earth" says no place
        ("How high is the highest mountain?", "10,000"),  # Mauna Kea's height, not Everest's
        ("where is the highest mountain in the world", "on Earth, measured"),
    ],
)
async def test_a_passage_of_another_kind_or_thing_is_never_the_answer(tmp_path, question, not_said):
    result = await call(create_server(tmp_path), "answer", request=question)
    said = error_text(result) if result.is_error else result.structured_content["answer"]
    assert not_said not in said.split("Source:")[0]
