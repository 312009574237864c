"""Migration 0004 creates the certificate table on top of 0002 and takes it away again."""

from sqlalchemy import create_engine, inspect

from core import migrate
from tests.core.test_migrations import _fresh_url


def test_certificate_migration_upgrades_and_downgrades(tmp_path):
    url, drop = _fresh_url(tmp_path)
    try:
        migrate.upgrade(url, "0004")
        engine = create_engine(url)
        inspector = inspect(engine)
        assert "certificate" in inspector.get_table_names()
        indexes = {i["name"]: i for i in inspector.get_indexes("certificate")}
        assert indexes["uq_certificate_internship_issued"]["unique"]
        engine.dispose()
        migrate.downgrade(url, "0002")
        engine = create_engine(url)
        tables = set(inspect(engine).get_table_names())
        assert "certificate" not in tables and "assessment" in tables
        engine.dispose()
    finally:
        drop()
