import os
import uuid

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from core import migrate


def _fresh_url(tmp_path) -> tuple[str, callable]:
    base = os.environ.get("PRAKTIKMATCH_TEST_DATABASE_URL")
    if not base:
        return f"sqlite:///{tmp_path / 'migrate.db'}", lambda: None
    name = f"pm_migrate_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(base).set(database=name).render_as_string(hide_password=False), drop


def test_migrations_upgrade_from_empty_to_head_and_back(tmp_path):
    url, drop = _fresh_url(tmp_path)
    try:
        migrate.upgrade(url)
        engine = create_engine(url)
        tables = set(inspect(engine).get_table_names())
        assert {
            "placement",
            "youth",
            "employer",
            "competence_deck",
            "api_token",
            "audit_event",
        } <= tables
        with engine.connect() as conn:
            assert (
                conn.execute(text("SELECT version FROM catalogue_state WHERE id = 1")).scalar() == 0
            )
        engine.dispose()

        migrate.downgrade(url)
        engine = create_engine(url)
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        engine.dispose()
    finally:
        drop()


def test_models_match_migrations(prepared_database):
    """The migrated schema has every table the models declare (no model without a migration)."""
    from app.registry import load_models
    from core.db import Base, get_engine

    load_models()
    live = set(inspect(get_engine()).get_table_names())
    assert set(Base.metadata.tables) <= live
