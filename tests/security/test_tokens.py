"""``accord tokens``: named client tokens, hashed at rest (0600), shown once, scoped, revocable while servers run."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from servers.a2a.auth import RouteGuard
from servers.cli import main
from servers.credentials import MESH_CALLER, SCOPES, Authenticator, TokenStore


def tokens(tmp_path: Path, *argv: str) -> int:
    return main(["tokens", *argv, "--data-dir", str(tmp_path)])


def test_add_prints_the_token_once_and_keeps_only_its_hash(tmp_path: Path, capsys) -> None:
    assert tokens(tmp_path, "add", "alice", "--scope", "call", "--scope", "registry:write", "--json") == 0
    made = json.loads(capsys.readouterr().out)
    assert made["name"] == "alice" and made["scopes"] == ["call", "registry:write"]
    stored = (tmp_path / "tokens.json").read_text()
    assert made["token"] not in stored and "sha256" in stored
    assert stat.S_IMODE((tmp_path / "tokens.json").stat().st_mode) == 0o600
    assert tokens(tmp_path, "list") == 0
    listed = capsys.readouterr().out
    assert "alice\tcall,registry:write" in listed and made["token"] not in listed


def test_revoke_removes_a_token_and_an_unknown_name_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert tokens(tmp_path, "add", "bob") == 0
    assert tokens(tmp_path, "revoke", "bob") == 0
    assert tokens(tmp_path, "revoke", "bob") == 2
    assert "no token named 'bob'" in capsys.readouterr().err
    assert tokens(tmp_path, "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


@pytest.mark.parametrize(("argv", "words"), [(["add", "Bad Name"], "token name"), (["add", MESH_CALLER], "mesh")])
def test_bad_token_names_are_refused(tmp_path: Path, argv: list[str], words: str, capsys) -> None:
    assert tokens(tmp_path, *argv) == 2 and words in capsys.readouterr().err


def test_the_mesh_token_holds_every_scope_and_a_client_token_its_own(tmp_path: Path) -> None:
    store = TokenStore.in_data_dir(tmp_path)
    reader = store.add("reader", ["call"])
    auth = Authenticator("mesh", store)
    mesh, client = auth.caller("mesh"), auth.caller(reader)
    assert mesh is not None and all(mesh.may(s) for s in SCOPES)
    assert client is not None and client.name == "reader" and client.may("call") and not client.may("registry:write")
    assert auth.caller("acc_made-up") is None and auth.caller(None) is None


def test_a_damaged_token_file_admits_no_client_token_and_the_cli_refuses_to_overwrite_it(
    tmp_path: Path, capsys
) -> None:
    store = TokenStore.in_data_dir(tmp_path)
    token = store.add("carol")
    store.path.write_text("[not json")
    assert Authenticator("mesh", TokenStore.in_data_dir(tmp_path)).caller(token) is None
    assert tokens(tmp_path, "add", "dave") == 2 and "cannot read the token file" in capsys.readouterr().err
    assert store.path.read_text() == "[not json"


@pytest.mark.anyio
async def test_a_revoked_token_stops_working_in_a_running_server(tmp_path: Path) -> None:
    token = TokenStore.in_data_dir(tmp_path).add("temp")
    routes = [Route("/work", lambda request: PlainTextResponse("done"), methods=["POST"])]
    server_side = Authenticator(None, TokenStore.in_data_dir(tmp_path))  # the server's own view of the file
    guarded = RouteGuard(Starlette(routes=routes), routes=routes, authenticator=server_side)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=guarded), base_url="http://x") as http:
        headers = {"Authorization": f"Bearer {token}"}
        assert (await http.post("/work", headers=headers)).status_code == 200
        assert tokens(tmp_path, "revoke", "temp") == 0
        assert (await http.post("/work", headers=headers)).status_code == 401
