"""Helpers the load and fuzz benches share: a free port, a fresh PostgreSQL database, percentiles."""

import os
import socket
import statistics
import uuid


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fresh_postgres(base: str | None = None, name: str | None = None) -> str:
    """Creates an empty database next to `base` (dropping one of that name first); returns its URL.

    `base` names only the server, by default PRAKTIKMATCH_BENCH_DATABASE_URL or local PostgreSQL.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = base or os.environ.get(
        "PRAKTIKMATCH_BENCH_DATABASE_URL", "postgresql+psycopg://root@127.0.0.1:5432/postgres"
    )
    name = name or f"pm_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (inclusive method); NaN for no values."""
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]
