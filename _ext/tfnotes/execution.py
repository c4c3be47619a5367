"""myst-nb's execution cache, made safe for parallel reading (``sphinx-build -j``).

The cache is a SQLite database (jupyter-cache) that every reading process opens. Two fixes:
the database is created once, in the main process before the readers start, since readers that
both find it missing race to create its tables ("table ... already exists"); and a connection
waits up to two minutes for another process's write lock instead of SQLite's default five
seconds, which a busy machine can exceed ("database is locked").
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sphinx.application import Sphinx

LOCK_WAIT_MS = 120_000


def _wait_for_locks(dbapi_connection, _connection_record) -> None:
    if isinstance(dbapi_connection, sqlite3.Connection):
        dbapi_connection.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")


def prepare_execution_cache(app: Sphinx) -> None:
    if app.config.nb_execution_mode != "cache":
        return
    from jupyter_cache.cache.db import create_db
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    # Registered on the class, before the readers fork, so that every engine they make has it.
    if not event.contains(Engine, "connect", _wait_for_locks):
        event.listen(Engine, "connect", _wait_for_locks)
    folder = Path(app.config.nb_execution_cache_path or ".jupyter_cache")
    folder.mkdir(parents=True, exist_ok=True)
    create_db(folder).dispose()
