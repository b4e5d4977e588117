"""The launcher's kept regular-expression programs: the same patterns as ``re.compile`` makes, from a file that is
only ever an accelerator (another build's, a damaged one, another user's: compiled afresh)."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from servers.fork_server import STAGE_NAMES
from servers.pattern_programs import KeptPrograms, kept_programs

ROOT = Path(__file__).resolve().parents[2]
PATTERNS = [
    (r"(?P<amount>\d+(?:[.,]\d+)?)\s*(?P<unit>kg|g)\b", re.I),
    (r"\b(?:please|kindly)\s+", 0),
    (r"^\W*(?:hi|hello)[,!]?\s+", re.I | re.S),
    (r"(?<!\w)(?:\$|€|£)\s?(\d{1,3}(?:,\d{3})*)", 0),
]


def _compile_all(kept: KeptPrograms) -> list[re.Pattern[str]]:
    with kept.compiling():
        return [re.compile(text, flags) for text, flags in PATTERNS]


def test_patterns_built_from_kept_programs_equal_those_re_compiles(tmp_path: Path) -> None:
    path = tmp_path / "programs.bin"
    first = KeptPrograms(path)
    made = _compile_all(first)
    first.save()
    assert path.exists() and path.stat().st_mode & 0o077 == 0  # private, like the other caches
    again = KeptPrograms(path)
    rebuilt = _compile_all(again)
    expected = [re.compile(text, flags) for text, flags in PATTERNS]
    assert made == expected and rebuilt == expected  # Pattern equality compares the matcher's programs
    matched = rebuilt[0].match("12,5 KG")
    assert matched is not None and matched.groupdict() == {"amount": "12,5", "unit": "KG"}


def test_re_compile_is_itself_again_after_the_block_even_on_an_error(tmp_path: Path) -> None:
    original = re.compile
    kept = KeptPrograms(tmp_path / "programs.bin")
    with pytest.raises(re.error), kept.compiling():
        assert re.compile is not original
        re.compile("(unclosed")  # a bad pattern raises as re.compile raises it
    assert re.compile is original
    with kept.compiling():
        assert re.compile(b"bytes", 0) == original(b"bytes")  # what the programs do not cover goes to re itself


@pytest.mark.parametrize(
    "content",
    [
        b"not marshal at all",
        marshal.dumps(("another Python build", {}, b"")),
        marshal.dumps(("", [], 3)),
    ],
    ids=["garbage", "other-build", "wrong-shape"],
)
def test_a_file_that_is_not_this_builds_is_ignored(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "programs.bin"
    path.write_bytes(content)
    path.chmod(0o600)
    kept = KeptPrograms(path)
    assert _compile_all(kept) == [re.compile(text, flags) for text, flags in PATTERNS]


@pytest.mark.parametrize("damage", ["codes", "entries"])
def test_a_damaged_program_is_compiled_afresh(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "programs.bin"
    kept = KeptPrograms(path)
    _compile_all(kept)
    kept.save()
    build, entries, codes = marshal.loads(path.read_bytes())
    if damage == "codes":
        codes = b"\xff" * len(codes)  # every code word out of range: the matcher refuses them
    else:
        entries = {key: ("flags", None) for key in entries}
    path.write_bytes(marshal.dumps((build, entries, codes)))
    assert _compile_all(KeptPrograms(path)) == [re.compile(text, flags) for text, flags in PATTERNS]


def test_a_file_others_may_write_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "programs.bin"
    kept = KeptPrograms(path)
    _compile_all(kept)
    kept.save()
    path.chmod(0o666)
    again = KeptPrograms(path)
    assert _compile_all(again) == [re.compile(text, flags) for text, flags in PATTERNS]
    assert again._entries == {}  # read as no file at all


def test_each_kind_of_process_keeps_its_own_and_nothing_is_written_for_nothing_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ACCORD_CACHE_DIR", str(tmp_path))
    with kept_programs("agent-writer"):
        pass  # everything imported already, as in a launcher's child
    assert list(tmp_path.iterdir()) == []
    with kept_programs("agent-writer"):
        re.compile(*PATTERNS[0])
    with pytest.raises(RuntimeError), kept_programs("agent-calculator"):
        re.compile(*PATTERNS[1])
        raise RuntimeError("the start failed")  # what it compiled is not kept as all a start uses
    assert [p.name.split("-")[3] for p in tmp_path.iterdir()] == ["writer"]


def test_the_file_is_written_again_only_when_that_is_worth_it(tmp_path: Path) -> None:
    path = tmp_path / "programs.bin"
    kept = KeptPrograms(path)
    _compile_all(kept)
    kept.save()
    written = path.stat().st_mtime_ns
    os.utime(path, ns=(written - 10**9, written - 10**9))
    same = KeptPrograms(path)
    _compile_all(same)
    same.save()
    assert path.stat().st_mtime_ns == written - 10**9  # all kept, all used: nothing to write
    fewer = KeptPrograms(path)
    with fewer.compiling():
        re.compile(*PATTERNS[0])
    fewer.save()  # three of four went unused: the patterns were removed, and so are their programs
    assert len(marshal.loads(path.read_bytes())[1]) == 1


def test_the_preload_keeps_every_program_and_builds_equal_patterns_from_them(tmp_path: Path) -> None:
    # in fresh interpreters, as the launcher runs: the first start compiles and keeps, the second reads them back
    script = """
import json, re, sys
made = []
original = re.compile
from servers import pattern_programs
kept_compile = None
class Recording(pattern_programs.KeptPrograms):
    def compiling(self):
        inner = super().compiling()
        class Both:
            def __enter__(self_):
                inner.__enter__()
                kept = re.compile
                def record(pattern, flags=0):
                    made.append((pattern, flags, kept(pattern, flags)))
                    return made[-1][2]
                re.compile = record
            def __exit__(self_, *exc):
                return inner.__exit__(*exc)
        return Both()
pattern_programs.KeptPrograms = Recording
from servers.fork_server import preload
preload()
texts = [(p, f, r) for p, f, r in made if isinstance(p, str)]
print(json.dumps({"patterns": len(texts), "unequal": sum(original(p, f) != r for p, f, r in texts)}))
"""
    env = {**os.environ, "ACCORD_CACHE_DIR": str(tmp_path), "ACCORD_RANKER": "bm25"}  # no encoder to cache
    results = []
    written: list[dict[str, int]] = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr[-2000:]
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
        written.append({p.name: p.stat().st_mtime_ns for p in tmp_path.glob("regex-programs-*.bin")})
    assert [r["unequal"] for r in results] == [0, 0]
    assert results[0]["patterns"] > 1000 and results[1]["patterns"] == results[0]["patterns"]
    # a file per preloading stage, each let go before the stage's children are forked; the second start reads them
    assert sorted(name.split("-")[3] for name in written[0]) == sorted(STAGE_NAMES)
    assert written[1] == written[0]
