"""Files that only this user's accord may have written: the encoder cache, the vector cache, the kept regular
expression programs.

Each is read by every accord process of the user, so a file is trusted only if it is a regular file (no link
followed) owned by this user that no one else may write; and each is written whole under a temporary name, then
renamed, so a reader never sees half of one. They live in ``cache_dir()``.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Generator
from pathlib import Path
from typing import BinaryIO


def cache_dir() -> Path | None:
    """Where accord's caches live: ``$ACCORD_CACHE_DIR``, else ``$XDG_CACHE_HOME/accord``, else
    ``~/.cache/accord``; ``None`` when there is no home to put them in."""
    own = os.environ.get("ACCORD_CACHE_DIR")
    if own:
        return Path(own).expanduser()
    shared = os.environ.get("XDG_CACHE_HOME")
    if shared:
        return Path(shared).expanduser() / "accord"
    try:
        return Path.home() / ".cache" / "accord"
    except RuntimeError:  # no home directory
        return None


def open_private(path: Path) -> tuple[int, os.stat_result] | None:
    """A read-only descriptor of ``path`` and its status when it is a private regular file of this user, else
    ``None`` (missing, a link, another user's, or writable by others). The caller closes the descriptor."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
    except OSError:
        os.close(fd)
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o022:
        os.close(fd)
        return None
    return fd, st


@contextlib.contextmanager
def replacing(path: Path) -> Generator[BinaryIO]:
    """A file to write ``path``'s new content to: it takes ``path``'s place only when the block ends without an
    error, and is removed otherwise."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
