"""`praktikmatch backup [FILE]`: a consistent copy of the embedded SQLite database, while in use."""

import argparse
import os
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url


def sqlite_path(database_url: str) -> Path:
    """Returns the file of a SQLite URL; ValueError for other databases or in-memory ones."""
    url = make_url(database_url)
    if url.get_backend_name() != "sqlite":
        raise ValueError(
            "backup copies the embedded SQLite database; for PostgreSQL use pg_dump "
            "(see README, 'Backups')"
        )
    if not url.database or url.database == ":memory:":
        raise ValueError("an in-memory database cannot be backed up")
    return Path(url.database)


def backup_sqlite(source: Path, target: Path) -> int:
    """Copies a live SQLite database with its online backup API; returns the pages copied.

    The copy is written next to the target and renamed into place only once it is complete
    and passes an integrity check, so a crash never leaves a half-written backup behind.
    """
    if not source.exists():
        raise FileNotFoundError(source)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(partial)
    try:
        # pages=-1 copies everything in one step under one read transaction: in WAL mode
        # writers carry on meanwhile, and the copy is the database as of that instant.
        src.backup(dst, pages=-1)
        dst.execute("PRAGMA journal_mode=DELETE")
        verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
        pages = int(dst.execute("PRAGMA page_count").fetchone()[0])
    finally:
        dst.close()
        src.close()
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"the copy failed its integrity check: {verdict}")
    os.replace(partial, target)
    return pages


def cmd_backup(args: argparse.Namespace) -> int:
    from core.settings import get_settings

    try:
        source = sqlite_path(get_settings().database_url)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = Path(args.file or f"praktikmatch-backup-{stamp}.db")
    pages = backup_sqlite(source, target)
    print(f"backed up {source} to {target} ({pages} pages, integrity ok)")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "backup", help="copy the embedded SQLite database while it is in use (online backup)"
    )
    p.add_argument("file", nargs="?", help="target file (default: praktikmatch-backup-DATE.db)")
    p.set_defaults(func=cmd_backup)
