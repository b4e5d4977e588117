"""The Agent Cards of the researcher, writer, summarizer, fact checker and code reviewer."""

from __future__ import annotations

import json

import pytest
from a2a.types import AgentCard
from google.protobuf.json_format import ParseDict

from cards import load_card_json

NAMES = ["researcher", "writer", "summarizer", "fact_checker", "code_reviewer"]


@pytest.mark.parametrize("name", NAMES)
def test_card_is_a_valid_a2a_card_named_after_its_agent(name):
    card = ParseDict(load_card_json(name), AgentCard())
    assert card.name == name and card.description
    assert 2 <= len(card.skills) <= 4
    for skill in card.skills:
        assert skill.id and skill.name and skill.description and skill.tags
        assert 3 <= len(skill.examples) <= 5


def test_card_examples_are_distinct_across_agents():
    examples = [e for name in NAMES for s in load_card_json(name)["skills"] for e in s["examples"]]
    assert len(examples) == len(set(examples)), json.dumps(examples)
