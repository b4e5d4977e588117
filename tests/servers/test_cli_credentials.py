"""`accord ask` on the machine that runs `accord up` needs no exported token, and still sends it to no stranger."""

from __future__ import annotations

from agents.credentials import announce_origin
from agents.settings import Settings
from servers.cli.targets import credential_for, mesh_token
from servers.registry.auth import TOKEN_FILE


def test_the_local_mesh_token_goes_only_to_the_mesh_own_origins(tmp_path):
    (tmp_path / TOKEN_FILE).write_text("mesh-secret\n")
    settings = Settings(data_dir=tmp_path)
    assert mesh_token(settings) == "mesh-secret"
    with announce_origin(tmp_path, "calculator", "http://127.0.0.1:8701"):
        for target in ("calculator", "http://127.0.0.1:8701", "http://203.0.113.9:8701"):
            credentials = credential_for(target, settings)
            assert not isinstance(credentials, str)  # decided per origin, never handed over whole
            assert credentials is not None
            assert credentials.token_for("http://127.0.0.1:8701/") == "mesh-secret"
            assert credentials.token_for("http://203.0.113.9:8701/") is None


def test_an_exported_token_wins_and_goes_where_the_user_points_it(tmp_path):
    (tmp_path / TOKEN_FILE).write_text("mesh-secret\n")
    settings = Settings(data_dir=tmp_path, token="mine")
    assert mesh_token(settings) == "mine"
    assert credential_for("http://203.0.113.9:8701", settings) == "mine"


def test_without_any_token_nothing_is_sent(tmp_path):
    settings = Settings(data_dir=tmp_path)
    assert mesh_token(settings) is None
    credentials = credential_for("calculator", settings)
    assert credentials is not None and credentials.token_for("http://127.0.0.1:8701/") is None
