"""The mesh's announced origins as the data dir holds them at each refresh: a new announcement, a changed one
(same length, same second) and a removed one are all seen, though unchanged files are not read again."""

from __future__ import annotations

from pathlib import Path

from agents.credentials import OriginCredentials, announce_origin, origin


def test_announced_origins_follow_the_data_dir(tmp_path: Path) -> None:
    credentials = OriginCredentials(mesh_token="mesh", data_dir=tmp_path, refresh_s=0.0)
    assert credentials.token_for("http://127.0.0.1:8701") is None
    with announce_origin(tmp_path, "calculator", "http://127.0.0.1:8701"):
        assert credentials.token_for("http://127.0.0.1:8701/") == "mesh"
        # restarted on another port at once: the file changes within the file system's clock tick
        (tmp_path / "agents" / "calculator" / "origin").write_text("http://127.0.0.1:8702\n", encoding="utf-8")
        assert credentials.token_for("http://127.0.0.1:8701") is None
        assert credentials.token_for("http://127.0.0.1:8702") == "mesh"
        (tmp_path / "agents" / "calculator" / "origin").write_text("http://127.0.0.1:8701\n", encoding="utf-8")
    assert credentials.token_for("http://127.0.0.1:8701") is None  # stopped: its origin is gone
    assert credentials.token_for("http://127.0.0.1:8702") is None


def test_an_origin_is_the_same_answer_cached_or_not() -> None:
    for url in ("http://A:80/x", "https://a", "HTTPS://a:443/", "http://[::1]:9/", "ftp://a", "http://a:99999"):
        assert origin(url) == origin.__wrapped__(url)
    assert origin("http://A:80/x") == "http://a:80"
