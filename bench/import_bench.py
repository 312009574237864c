"""Times `praktikmatch import placements` of 100,000 rows on SQLite and PostgreSQL (fresh DBs).

Run: .venv/bin/python bench/import_bench.py [N]   (writes bench/results/import.md)
PostgreSQL is used when PRAKTIKMATCH_BENCH_PG (default postgresql+psycopg://root@127.0.0.1:5432/test)
is reachable.
"""

import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.synth import synth_csv  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PG = os.environ.get("PRAKTIKMATCH_BENCH_PG", "postgresql+psycopg://root@127.0.0.1:5432/test")


def run_import(url: str, path: Path) -> tuple[float, str]:
    env = {**os.environ, "PRAKTIKMATCH_DATABASE_URL": url}
    cli = [sys.executable, "-m", "core.cli"]
    subprocess.run([*cli, "db", "upgrade"], env=env, check=True, capture_output=True, cwd=ROOT)
    t0 = time.perf_counter()
    out = subprocess.run([*cli, "import", "placements", str(path)], env=env, check=True,
                         capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    again = subprocess.run([*cli, "import", "placements", str(path)], env=env, check=True,
                           capture_output=True, text=True, cwd=ROOT)  # fmt: skip
    second = time.perf_counter() - t0
    return first, f"{out.stdout.strip()} | re-import {second:.1f} s: {again.stdout.strip()}"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    lines = [f"# Import of {n:,} placements from CSV", "",
             "Command: `.venv/bin/python bench/import_bench.py`; target < 120 s on 2 cores.", "",
             "| database | first import (s) | result |", "|---|---|---|"]  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "placements.csv"
        path.write_text(synth_csv(n), encoding="utf-8")
        seconds, summary = run_import(f"sqlite:///{tmp}/bench.db", path)
        lines.append(f"| SQLite | {seconds:.1f} | {summary} |")
        print(lines[-1], flush=True)
        name = f"pm_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(PG, isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            url = make_url(PG).set(database=name).render_as_string(hide_password=False)
            seconds, summary = run_import(url, path)
            lines.append(f"| PostgreSQL 15 | {seconds:.1f} | {summary} |")
            print(lines[-1], flush=True)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    (ROOT / "bench" / "results").mkdir(exist_ok=True)
    (ROOT / "bench" / "results" / "import.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
