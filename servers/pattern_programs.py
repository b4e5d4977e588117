"""Regular-expression programs kept between starts, for the fork server's preload.

Importing accord's readers compiles about 2,600 regular expressions (with those of the libraries), and Python
compiles each in Python code (``re._parser``, then ``re._compiler``): about 0.9 s of the launcher's CPU at every
``accord up``, all of it before the first agent can be forked. What that work makes is a short list of integers
per pattern, the program the C matcher runs, which depends only on the pattern, its flags and the Python build.
``KeptPrograms`` keeps those lists in one file between starts, as ``__pycache__`` keeps bytecode: while
``compiling()`` is active, ``re.compile`` of a pattern whose program is kept builds the ``re.Pattern`` from it
(microseconds), and a pattern without one is compiled as ``re`` compiles it and its program added. ``save()``
writes the file anew with the programs used, so an edited pattern's old program does not linger.

Those are ``re``'s own three steps (``_parser.parse``, ``_compiler._code``, ``_sre.compile``), which it does not
publish: the file names the Python build, and where the steps fail ``re.compile`` itself does the work (and raises
``re.error`` for a bad pattern, as always).

The file is an accelerator, never a source of truth:

- it is one of ``private_files``: read only if it is a regular file of this user that no one else may write;
- it names the Python build it was made by (``sys.version``, the matcher's ``_sre.MAGIC`` and code size), and is
  ignored by any other; a program is used only for the exact pattern text and flags it was made for;
- the matcher validates every program it is given (``_sre.compile`` rejects malformed code), and a program it
  rejects is compiled afresh; a file that cannot be read is ignored, one that cannot be written is not written.

A pattern built from a kept program is equal to the one ``re.compile`` makes (``re.Pattern.__eq__`` compares the
programs); the tests check that for every pattern the preload compiles.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import marshal
import os
import re
import sys
import time
from array import array
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any, cast

from agents.models.private_files import cache_dir, open_private, replacing

__all__ = ["KeptPrograms", "kept_programs", "programs_file"]

# ``re.compile``'s own steps, which ``re`` does not type: parse, generate the program, build the pattern from it
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")
_sre: Any = importlib.import_module("_sre")  # the C matcher

REWRITE_AFTER_S = 0.05
"""Compiling this long at one start makes ``save()`` write the file anew."""
_BUILD = f"{sys.version}\0{_sre.MAGIC}\0{_sre.CODESIZE}"
"""What a program depends on besides its pattern and flags."""
_CODE = "I" if array("I").itemsize == _sre.CODESIZE else "L"
"""The array type of the matcher's code words, to pack a program into bytes."""

_Entry = tuple[int, int, int, int, dict[str, int], tuple[str | None, ...]]
"""A kept program's place in the file: the final flags, where its code starts and ends in the code bytes, and what
``_sre.compile`` takes after the code (the number of groups less one, the group names both ways)."""
_Key = tuple[str, int]
"""A pattern's text and the flags it was compiled with."""
_Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
"""One program: as ``_Entry``, with the packed code itself."""


def programs_file(label: str) -> Path | None:
    """The file of the programs kept for ``label`` (a stage of the launcher's preload, or one agent's ``accord
    serve``) by this Python build, in accord's cache folder; ``None`` when there is none. Each keeps its own: one
    that compiles a few of the patterns would otherwise shrink the file another uses whole."""
    directory = cache_dir()
    if directory is None:
        return None
    name = "".join(c if c.isalnum() or c in "-_" else "-" for c in label)[:64]
    return directory / f"regex-programs-{name}-{hashlib.sha256(_BUILD.encode()).hexdigest()[:16]}.bin"


@contextlib.contextmanager
def kept_programs(label: str) -> Generator[None]:
    """The block's ``re.compile`` calls use the programs kept for ``label``, and those it used are saved after it
    (not after an error: a start that failed half-way says nothing of what a whole one uses). Nothing is read or
    written when the block compiles nothing (its modules were imported already, as in a launcher's child)."""
    path = programs_file(label)
    if path is None:
        yield
        return
    kept = KeptPrograms(path)
    with kept.compiling():
        yield
    kept.save()


class KeptPrograms:
    """The programs kept in one file: ``compiling()`` uses and adds to them, ``save()`` writes the used back.

    The file is read at the first pattern compiled. Its codes are one bytes object, so holding them costs one
    allocation, which a fork shares and ``save()`` hands back whole."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._loaded = False
        self._entries: dict[_Key, _Entry] = {}
        self._codes = b""
        self._used: dict[_Key, _Program | None] = {}  # None: the kept one
        self._compiling_s = 0.0  # spent on the programs not kept

    def _kept(self, key: _Key) -> _Program | None:
        if not self._loaded:
            self._entries, self._codes = _read(self.path)
            self._loaded = True
        entry = self._entries.get(key)
        if entry is None:
            return None
        flags, start, end, groups, names, indexgroup = entry
        return flags, self._codes[start:end], groups, names, indexgroup

    @contextlib.contextmanager
    def compiling(self) -> Generator[None]:
        """While active, ``re.compile`` of a text pattern uses its kept program (see the module).

        For one thread that imports modules, and never across a fork: ``re.compile`` is itself again on exit,
        and the patterns made meanwhile are ordinary ``re.Pattern`` objects, equal to the ones it makes.
        """
        original: Callable[..., re.Pattern[Any]] = re.compile

        def compile_kept(pattern: Any, flags: Any = 0) -> re.Pattern[Any]:
            if not isinstance(pattern, str) or int(flags) & re.DEBUG:
                return original(pattern, flags)
            key = (pattern, int(flags))
            with contextlib.suppress(RuntimeError, TypeError, ValueError, OverflowError):  # a malformed entry
                kept = self._used.get(key) or self._kept(key)
                if kept is not None:
                    built = _built(pattern, kept)
                    self._used.setdefault(key, None)
                    return built
            started = time.perf_counter()
            try:
                program = _program(*key)
                built = _built(pattern, program)
            except Exception:  # noqa: BLE001 - re.compile says what is wrong: a bad pattern, or internals changed
                return original(pattern, flags)
            self._compiling_s += time.perf_counter() - started
            self._used[key] = program
            return built

        re.compile = compile_kept  # type: ignore[assignment]
        try:
            yield
        finally:
            re.compile = original

    def save(self) -> None:
        """Write the programs used since the file was read, when that is worth it; then let both go.

        It is when none was kept, when the programs not kept took more than ``REWRITE_AFTER_S`` to compile
        (patterns were added or edited), or when more than a tenth of the kept ones went unused (patterns were
        removed). A few patterns that other libraries build from a set, in another order at each start, are not
        worth 5 MB written.
        """
        if not self._loaded:
            return  # nothing was compiled
        unused = len(self._entries.keys() - self._used.keys())
        if (
            (self._used and not self._entries)
            or self._compiling_s > REWRITE_AFTER_S
            or unused * 10 > len(self._entries)
        ):
            programs = {key: program or self._kept(key) for key, program in self._used.items()}
            with contextlib.suppress(OSError):
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with replacing(self.path) as out:
                    out.write(_packed(programs))
        self._entries, self._codes, self._used = {}, b"", {}


def _program(pattern: str, flags: int) -> _Program:
    # ``re._compiler.compile`` up to its last step, so the program can be kept; raises ``re.error`` as it does
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    names = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        indexgroup[index] = name
    packed = array(_CODE, code).tobytes()
    return flags | parsed.state.flags, packed, parsed.state.groups - 1, names, tuple(indexgroup)


def _built(pattern: str, program: _Program) -> re.Pattern[str]:
    # ``re._compiler.compile``'s last step; the matcher checks the code and raises RuntimeError if it is malformed
    flags, packed, groups, names, indexgroup = program
    return _sre.compile(pattern, flags, array(_CODE, packed).tolist(), groups, names, indexgroup)


def _packed(programs: dict[_Key, _Program | None]) -> bytes:
    entries: dict[_Key, _Entry] = {}
    codes = bytearray()
    for key, program in programs.items():
        if program is not None:
            flags, packed, groups, names, indexgroup = program
            entries[key] = (flags, len(codes), len(codes) + len(packed), groups, names, indexgroup)
            codes += packed
    return marshal.dumps((_BUILD, entries, bytes(codes)))


def _read(path: Path) -> tuple[dict[_Key, _Entry], bytes]:
    opened = open_private(path)
    if opened is None:
        return {}, b""
    fd, _ = opened
    with os.fdopen(fd, "rb") as file, contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        build, entries, codes = marshal.loads(file.read())
        if build == _BUILD and isinstance(entries, dict) and isinstance(codes, bytes):
            return cast("dict[_Key, _Entry]", entries), codes  # an entry is checked when it is used
    return {}, b""
