"""`praktikmatch backup`: a consistent, restorable copy of a live SQLite database."""

import hashlib
import sqlite3
import threading
import time
from datetime import date
from pathlib import Path

import pytest

from core.cli_commands import sqlite_path

KEY_TABLES = ("youth", "consent")


def _checksum(conn: sqlite3.Connection, table: str, max_id: int) -> str:
    digest = hashlib.sha256()
    for row in conn.execute(f"SELECT * FROM {table} WHERE id <= ? ORDER BY id", (max_id,)):  # noqa: S608
        digest.update(repr(row).encode())
    return digest.hexdigest()


@pytest.fixture
def live_database(tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """A migrated SQLite database of its own, with a writer adding youths and their consent,
    two rows per transaction, until told to stop."""
    from core import migrate
    from core.db import make_engine
    from core.settings import get_settings

    url = f"sqlite:///{tmp_path / 'live.db'}"
    migrate.upgrade(url)
    monkeypatch.setenv("PRAKTIKMATCH_DATABASE_URL", url)
    get_settings.cache_clear()
    engine = make_engine(url)
    stop = threading.Event()
    written = [0]

    def writer() -> None:
        from sqlalchemy.orm import Session

        from youths.models import Consent, Youth

        while not stop.is_set():
            with Session(engine) as s:
                n = written[0]
                youth = Youth(ref=f"B-{n:06d}", first_name=f"Namn{n}", interests="x" * 200)
                s.add(youth)
                s.flush()
                s.add(Consent(youth_id=youth.id, given_by="youth", scope="share_with_employers",
                              given_date=date(2025, 1, 1), recorded_by="test"))  # fmt: skip
                s.commit()
            written[0] += 1

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    while written[0] < 200:  # let it build up some data first
        time.sleep(0.01)
    yield Path(tmp_path / "live.db"), written
    stop.set()
    thread.join(timeout=10)
    engine.dispose()
    monkeypatch.undo()
    get_settings.cache_clear()


def test_backup_of_a_database_being_written_is_consistent_and_restorable(
    live_database, tmp_path, capsys
):
    from app.cli import main

    source, written = live_database
    target = tmp_path / "copy.db"
    before = written[0]
    assert main(["backup", str(target)]) == 0
    assert "integrity ok" in capsys.readouterr().out
    time.sleep(0.2)
    assert written[0] > before  # the writer kept going during and after the backup
    copy = sqlite3.connect(target)
    live = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert (
            copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        )  # one self-contained file
        youths = copy.execute("SELECT count(*), max(id) FROM youth").fetchone()
        consents = copy.execute("SELECT count(*) FROM consent").fetchone()[0]
        assert youths[0] >= before and youths[0] == consents  # no half transaction
        # The copy equals the live database as of one instant: the same rows, byte for byte.
        for table in KEY_TABLES:
            assert _checksum(copy, table, youths[1]) == _checksum(live, table, youths[1])
        version = "SELECT version_num FROM alembic_version ORDER BY 1"
        assert copy.execute(version).fetchall() == live.execute(version).fetchall()
    finally:
        copy.close()
        live.close()


def test_restored_copy_serves_the_application(live_database, tmp_path):
    from sqlalchemy import func, select

    from core.cli_commands import backup_sqlite
    from core.db import make_engine
    from youths.models import Youth

    source, _ = live_database
    target = tmp_path / "restored.db"
    backup_sqlite(source, target)
    engine = make_engine(f"sqlite:///{target}")
    try:
        with engine.connect() as conn:
            count = conn.scalar(select(func.count()).select_from(Youth))
            first = conn.scalar(select(Youth.first_name).where(Youth.ref == "B-000000"))
        assert count >= 200 and first == "Namn0"
    finally:
        engine.dispose()
    assert not target.with_name(target.name + ".partial").exists()


def test_backup_refuses_postgresql_and_points_to_pg_dump():
    with pytest.raises(ValueError, match="pg_dump"):
        sqlite_path("postgresql+psycopg://root@127.0.0.1:5432/test")
    assert sqlite_path("sqlite:///./data/pm.db") == Path("./data/pm.db")


def test_backup_of_a_missing_database_fails_clearly(tmp_path, monkeypatch, capsys):
    from app.cli import main
    from core.settings import get_settings

    monkeypatch.setenv("PRAKTIKMATCH_DATABASE_URL", f"sqlite:///{tmp_path / 'none.db'}")
    get_settings.cache_clear()
    try:
        assert main(["backup", str(tmp_path / "x.db")]) == 1
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
    assert "no such file" in capsys.readouterr().err
    assert not (tmp_path / "x.db").exists()
