from pathlib import Path

import pytest

from agents.spec import SpecError, builtin_names, builtin_spec, load_spec


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "agent.toml"
    path.write_text(text)
    return path


def test_builtin_calculator_spec_names_its_card_tools_and_limits():
    spec = builtin_spec("calculator")
    assert spec.card_name == "calculator"
    assert [s.name for s in spec.tool_servers] == ["calculator"]
    assert spec.tool_servers[0].args == ("tools", "calculator")
    assert spec.limits.max_turns == 8
    assert "calculator" in builtin_names()


def test_a_spec_with_an_http_tool_server_and_defaults(tmp_path):
    spec = load_spec(
        write(tmp_path, 'name = "web"\n[[tool_servers]]\nname = "search"\nurl = "http://127.0.0.1:9/mcp"\n')
    )
    assert spec.tool_servers[0].url == "http://127.0.0.1:9/mcp"
    assert spec.model == "auto" and spec.limits.max_turns == 8 and spec.limits.token_budget > 0


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("description = 'no name'", "'name' is required"),
        ("name = 3", "'name' must be a string"),
        ("name = 'x'\n[limits]\nmax_turns = 0", "'limits.max_turns' must be greater than 0"),
        ("name = 'x'\n[limits]\nmax_turns = true", "'limits.max_turns' must be an integer"),
        ("name = 'x'\n[limits]\ntimeout = 5", "'limits.timeout' is not a known field"),
        ("name = 'x'\n[[tool_servers]]\nname = 'a'", "'tool_servers[0].command' or 'url' is required"),
        ("name = 'x'\n[[tool_servers]]\nname = 'a'\nurl = 'ftp://h'", "'tool_servers[0].url' must be an http(s) URL"),
        (
            "name = 'x'\n[[tool_servers]]\nname = 'a'\ncommand = 'c'\nargs = [1]",
            "'tool_servers[0].args' must be a list",
        ),
    ],
)
def test_a_malformed_spec_names_the_file_and_the_field(tmp_path, body, field):
    path = write(tmp_path, body)
    with pytest.raises(SpecError) as caught:
        load_spec(path)
    assert str(path) in str(caught.value)
    assert field in str(caught.value)


def test_invalid_toml_and_missing_files_are_spec_errors(tmp_path):
    with pytest.raises(SpecError, match="not valid TOML"):
        load_spec(write(tmp_path, "name = "))
    with pytest.raises(SpecError, match="cannot read spec"):
        load_spec(tmp_path / "missing.toml")
    with pytest.raises(SpecError, match="no agent named 'nope'"):
        builtin_spec("nope")


def test_a_spec_may_name_a_local_server_model_and_a_budget_in_dollars(tmp_path):
    spec = load_spec(
        write(tmp_path, 'name = "x"\nmodel = "openai-compatible:qwen2.5:7b"\n[limits]\nmax_cost_usd = 0.25\n')
    )
    assert spec.model == "openai-compatible:qwen2.5:7b" and spec.limits.max_cost_usd == 0.25
    assert load_spec(write(tmp_path, 'name = "x"\n')).limits.max_cost_usd is None
    for bad in ("0", "-1", "true", '"cheap"'):
        with pytest.raises(SpecError, match="limits.max_cost_usd"):
            load_spec(write(tmp_path, f'name = "x"\n[limits]\nmax_cost_usd = {bad}\n'))
