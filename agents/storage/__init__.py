"""Storage: engines, group commit and the SQL stores, shared by agents/ and servers/.

Acknowledged means durable: a store's ``save`` returns once what it saved is committed, and concurrent saves
share one commit (``GroupCommit``). SQLite under the data dir by default, PostgreSQL by URL. The A2A task store
that adapts this to the a2a-sdk server interface lives at the edge, in ``servers/a2a/task_store.py``.
"""

from agents.storage.engines import database_url, open_engine
from agents.storage.errors import StorageError, reading
from agents.storage.group_commit import GroupCommit
from agents.storage.rows import upsert
from agents.storage.runs import SqlRunStore, open_run_store
from agents.storage.sql_rows import SqlRows

__all__ = [
    "GroupCommit",
    "SqlRows",
    "SqlRunStore",
    "StorageError",
    "database_url",
    "open_engine",
    "open_run_store",
    "reading",
    "upsert",
]
