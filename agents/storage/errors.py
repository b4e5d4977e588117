"""StorageError: what the stores raise when the database fails, in words fit for the caller.

The database's own text (SQL, parameters, driver messages) goes to the log, chained as the cause, never into
the message: the message reaches clients through the protocol's error table.
"""

from __future__ import annotations

from collections.abc import Generator
from contextlib import contextmanager

from sqlalchemy.exc import SQLAlchemyError

from agents.errors import AccordError


class StorageError(AccordError):
    """A save could not be committed (so what it reports must not be acknowledged), or a read failed."""


@contextmanager
def reading(what: str) -> Generator[None, None, None]:
    """Turn a database failure inside the block into ``StorageError`` ("could not read the task")."""
    try:
        yield
    except (SQLAlchemyError, OSError) as exc:
        raise StorageError(f"could not read the {what}") from exc
