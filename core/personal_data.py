"""Helpers for GDPR export (art. 15/20): stored rows as plain JSON data, secrets left out.

Each domain exports and erases its own tables (`export_youth` / `erase_youth` in its gdpr
module); app.gdpr calls them in order. These helpers keep the rows' shape the same everywhere.
"""

from datetime import date, datetime
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

SECRET_SUFFIXES = ("_hash",)

Rows = list[dict[str, Any]]


def plain(value: Any) -> Any:
    """A stored value as JSON data (dates as ISO text, binary data as its size)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"bytes": len(value)}
    return value


def rows(db_session: Session, table: Table, where: Any) -> Rows:
    """The rows of `table` matching `where`, by primary key, without secret columns."""
    columns = [c for c in table.columns if not c.name.endswith(SECRET_SUFFIXES)]
    result = db_session.execute(select(*columns).where(where).order_by(*table.primary_key.columns))
    return [{k: plain(v) for k, v in row._mapping.items()} for row in result]


def ids(found: Rows) -> list[int]:
    """The ids of exported rows."""
    return [int(r["id"]) for r in found]
