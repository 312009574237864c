"""The SQLite engine's erasure guarantees, on a real database file of its own."""

import os
import subprocess
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session


def _file_bytes(path: Path) -> bytes:
    # Read by another process: closing a descriptor of the file here would drop SQLite's locks.
    return subprocess.run(["cat", str(path)], capture_output=True, check=True).stdout


def test_app_engine_zeroes_deleted_content_and_truncates_the_wal(tmp_path):
    """Without secure_delete, a value that an earlier checkpoint moved into the main file stays
    there after an update (freed cell space, freed overflow pages). Debian builds SQLite with
    secure_delete on by default, other builds (python.org, Homebrew) leave it off; the engine
    sets it explicitly, and this checks the result on whatever SQLite runs the suite."""
    from core.db import checkpoint_after_commit, make_engine

    path = tmp_path / "erase.db"
    engine = make_engine(f"sqlite:///{path}")
    name, blob = "Hemligsdottir-7f3a9c", os.urandom(50_000)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, pdf BLOB)"))
        conn.execute(text("INSERT INTO t VALUES (1, :n, :b), (2, 'other', x'00')"),
                     {"n": name, "b": blob})  # fmt: skip
    with Session(engine) as session:  # weeks later, the values sit in the main file
        checkpoint_after_commit(session)
        session.commit()
    assert name.encode() in _file_bytes(path) and blob[20_000:20_048] in _file_bytes(path)

    with Session(engine) as session:
        session.execute(text("UPDATE t SET name = '', pdf = x'' WHERE id = 1"))
        checkpoint_after_commit(session)
        session.commit()
    main, wal = _file_bytes(path), _file_bytes(path.with_name(path.name + "-wal"))
    assert wal == b""
    assert name.encode() not in main and blob[20_000:20_048] not in main
    engine.dispose()
