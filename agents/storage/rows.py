"""Writing many rows in one statement: an upsert on the table's primary key.

SQLite and PostgreSQL share ``INSERT … ON CONFLICT (key) DO UPDATE``, run once for the whole batch
(executemany), so a group commit costs one statement and one commit however many rows it carries. Other
dialects fall back to update-then-insert per row, in the same transaction.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, and_, insert
from sqlalchemy.ext.asyncio import AsyncConnection


def upsert_statement(dialect: str, table: Table, columns: Iterable[str]) -> Any | None:
    """``INSERT … ON CONFLICT (primary key) DO UPDATE`` of ``columns`` on SQLite and PostgreSQL; else ``None``.

    Built once per table and set of columns: building the construct (and its cache key) on every commit cost
    four times what executing and committing it does.
    """
    return _upsert_statement(dialect, table, tuple(columns))


@functools.lru_cache(maxsize=64)
def _upsert_statement(dialect: str, table: Table, columns: tuple[str, ...]) -> Any | None:
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        return None
    statement = dialect_insert(table)
    replaced = {name: statement.excluded[name] for name in columns if name not in table.primary_key.columns}
    return statement.on_conflict_do_update(index_elements=list(table.primary_key.columns), set_=replaced)


async def upsert(conn: AsyncConnection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert ``rows`` (keyed by column key) into ``table``, replacing rows whose primary key is already there."""
    if not rows:
        return
    statement = upsert_statement(conn.dialect.name, table, rows[0])
    if statement is not None:
        await conn.execute(statement, list(rows))
        return
    for row in rows:
        match = and_(*(column == row[column.key] for column in table.primary_key.columns))
        changed = await conn.execute(table.update().where(match).values(**row))
        if changed.rowcount == 0:
            await conn.execute(insert(table).values(**row))
