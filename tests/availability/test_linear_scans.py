"""Hostile 1 MB requests: every scan of user text is linear, so each finishes well under a second.

Measured in CPU seconds of this process, not on the wall clock: other processes on a busy machine take turns on
its cores, but they do not make a scan do more work. A scan that is not linear needs minutes on a megabyte.
"""

import time

import pytest

from agents.models import LocalModel, Message, ToolSpec
from agents.models.arguments import extract_expression, fill_arguments, free_text
from patterns.clauses import split_material, split_tasks
from patterns.ranking import Ranker

MEGABYTE = 1_000_000
HOSTILE = {
    "digits": "1" * MEGABYTE,
    "digits then spaces": "1" * (MEGABYTE // 2) + " " * (MEGABYTE // 2),
    "spaces": "a" + " " * MEGABYTE + "b",
    "letters": "a" * MEGABYTE,
    "colons": ":" * MEGABYTE,
    "nested brackets": "(" * (MEGABYTE // 2) + ")" * (MEGABYTE // 2),
    "thousands groups": "1" + ",111" * (MEGABYTE // 4) + "x",
    "number and words": "1 a " * (MEGABYTE // 4),
    "opening quotes": "\u201c" * MEGABYTE,
    "blank lines": "\n" * MEGABYTE,
    "unit question": "how many " + "km " * (MEGABYTE // 3),
}
SCHEMAS = {
    "units": {
        "type": "object",
        "properties": {"value": {"type": "number"}, "from_unit": {"type": "string"}, "to_unit": {"type": "string"}},
        "required": ["value", "from_unit", "to_unit"],
    },
    "expression": {"type": "object", "properties": {"expression": {"type": "string"}}, "required": ["expression"]},
    "text": {
        "type": "object",
        "properties": {
            "text": {"type": "string"},
            "sentences": {"type": "integer", "description": "How many sentences"},
            "style": {"type": "string", "enum": ["plain", "bullets"]},
            "url": {"type": "string", "format": "uri"},
        },
        "required": ["text"],
    },
}


def within_a_second(scan, *args):
    started = time.process_time()
    result = scan(*args)
    assert time.process_time() - started < 1.0, scan.__name__
    return result


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
@pytest.mark.parametrize("schema", SCHEMAS.values(), ids=SCHEMAS.keys())
def test_filling_arguments_from_a_hostile_megabyte_is_fast(text, schema):
    within_a_second(fill_arguments, text, schema)


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_reading_expressions_and_material_from_a_hostile_megabyte_is_fast(text):
    within_a_second(extract_expression, text)
    within_a_second(free_text, text)


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_splitting_a_hostile_megabyte_into_tasks_is_fast(text):
    within_a_second(split_tasks, text)
    within_a_second(split_material, text)


def test_material_beyond_the_scan_limit_is_still_passed_whole():
    material = "word " * 10_000
    filled = fill_arguments(f"Summarize this: {material}", SCHEMAS["text"])
    assert filled.arguments["text"] == material.strip()


def test_units_are_still_read_from_the_end_of_a_long_request():
    filled = fill_arguments("x " * 5_000 + "convert 72 fahrenheit to celsius", SCHEMAS["units"])
    assert filled.arguments["from_unit"] == "fahrenheit" and filled.arguments["to_unit"] == "celsius"


@pytest.mark.anyio
@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
async def test_the_offline_model_answers_a_hostile_megabyte_fast(text):
    # BM25 ranking: the sentence encoder's cost on a huge request is the ranker's to bound (see patterns/ranking.py).
    tools = [ToolSpec(name, f"{name} tool", schema) for name, schema in SCHEMAS.items()]
    started = time.process_time()  # every thread of this process: the ranking runs off the event loop
    turn = await LocalModel(Ranker()).respond("", [Message.user(text)], tools)
    assert time.process_time() - started < 1.0
    assert turn.tool_calls or turn.text
