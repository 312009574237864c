"""Database: declarative base, engine, and the request-scoped session."""

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from fastapi import Request
from sqlalchemy import DateTime, Engine, MetaData, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from core.settings import get_settings

log = logging.getLogger(__name__)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Returns the current time, timezone-aware in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores timezone-aware UTC datetimes the same way on SQLite and PostgreSQL."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(timezone=True)}


def make_engine(url: str) -> Engine:
    """Creates an engine; SQLite gets WAL mode, foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            hide_parameters=True,  # database errors must not carry personal data into logs
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # let SQLAlchemy emit BEGIN itself
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            # Deleted and overwritten content is zeroed, not just unlinked, so an erased youth's
            # values do not linger in free space of pages or on the free list (GDPR art. 17).
            cur.execute("PRAGMA secure_delete=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn: Any) -> None:
            # IMMEDIATE takes the write lock at once, so concurrent writers queue
            # instead of failing half-way with "database is locked".
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(
        url, pool_size=10, max_overflow=20, pool_pre_ping=True, hide_parameters=True
    )


@lru_cache
def get_engine() -> Engine:
    """Returns the process-wide engine for the configured database."""
    return make_engine(get_settings().database_url)


@lru_cache
def get_sessionmaker() -> sessionmaker[Session]:
    return sessionmaker(bind=get_engine(), expire_on_commit=False)


def get_session(request: Request) -> Iterator[Session]:
    """Request-scoped session: commits when the request succeeds, rolls back on error.

    FastAPI runs the code after `yield` only once the answer has been sent, so the commit that
    matters happens earlier, in core.transactions.CommitBeforeResponse: a client never gets a
    success for data that was not stored. The commit here is then a no-op safety net.
    """
    session = get_sessionmaker()()
    request.state.db_session = session
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


_CHECKPOINT = "wal_checkpoint_after_commit"


def checkpoint_after_commit(db_session: Session) -> None:
    """Asks for SQLite's WAL to be checkpointed and truncated once this session commits.

    In WAL mode a commit lands in the -wal file; the main file keeps the old pages, and the WAL
    keeps earlier frames (the values as first written) until a checkpoint copies and truncates.
    Erasure calls this so a copy of the database files taken right after holds none of the
    erased values. The commit may happen far away (core.transactions, a CLI command), hence
    the flag and the after_commit hook below. PostgreSQL: nothing to do here (see README).
    """
    db_session.info[_CHECKPOINT] = True


def wal_checkpoint(engine: Engine) -> bool:
    """Checkpoints an SQLite database and truncates its WAL; True when it completed."""
    if engine.dialect.name != "sqlite":
        return True
    raw = engine.raw_connection()
    try:
        # A raw DBAPI call: SQLAlchemy would open a (write) transaction first, and a checkpoint
        # cannot run inside one. The busy timeout lets running writers finish first. The
        # cursor is closed at once so no statement (and no read snapshot) stays open.
        cursor = raw.cursor()
        try:
            cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            busy = cursor.fetchone()[0]
        finally:
            cursor.close()
    finally:
        raw.close()
    if busy:
        log.warning("WAL checkpoint after erasure was blocked by a long reader; retry later")
    return not busy


@event.listens_for(Session, "after_commit")
def _checkpoint_requested(db_session: Session) -> None:
    if db_session.in_nested_transaction():
        return  # a savepoint: the real commit is still to come
    if db_session.info.pop(_CHECKPOINT, False):
        wal_checkpoint(db_session.get_bind().engine)


def session_scope() -> Session:
    """A session for CLI commands and background work (caller commits)."""
    return get_sessionmaker()()
