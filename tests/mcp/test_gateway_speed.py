"""The gateway's output schemas say an optional field as one schema with a type list, which a client validating
every answer (the MCP SDK's does) checks once per field instead of trying two schemas."""

from __future__ import annotations

import jsonschema
import pytest

from servers.gateway import create_gateway


@pytest.fixture(scope="module")
def schemas() -> dict[str, dict]:
    import asyncio

    async def listed() -> dict[str, dict]:
        tools = await create_gateway("http://127.0.0.1:9", token="t").list_tools()
        return {tool.name: tool.output_schema or {} for tool in tools}

    return asyncio.run(listed())


def test_an_optional_field_is_one_schema_with_null_among_its_types(schemas):
    fields = schemas["ask_agent"]["properties"]
    assert fields["text"]["type"] == ["string", "null"] and "anyOf" not in fields["text"]
    assert fields["run"]["type"] == ["object", "null"] and fields["progress"]["items"] == {"type": "string"}
    assert fields["state"]["type"] == "string"  # a required field stays as it was
    skill = schemas["list_agents"]["$defs"]["SkillSummary"]["properties"]
    assert skill["id"]["type"] == ["string", "null"]


def test_the_schema_still_takes_what_it_took_and_refuses_what_it_refused(schemas):
    check = jsonschema.Draft202012Validator(schemas["ask_agent"])
    assert not list(check.iter_errors({"state": "completed", "text": None, "run": None, "progress": ["a"]}))
    assert not list(check.iter_errors({"state": "working", "data": [1, {"a": 2}], "run": {"steps": []}}))
    refused = [
        {"state": "completed", "text": 3},
        {"state": "completed", "run": []},
        {"state": "completed", "progress": [1]},
        {"state": "completed", "surprise": 1},
        {"text": "no state"},
    ]
    assert all(list(check.iter_errors(answer)) for answer in refused)
