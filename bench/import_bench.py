"""Times `praktikmatch import placements` of 100,000 rows on SQLite and PostgreSQL (fresh DBs).

Run: .venv/bin/python bench/import_bench.py [N]   (writes bench/results/import.md)
PostgreSQL is used when PRAKTIKMATCH_BENCH_PG (default postgresql+psycopg://root@127.0.0.1:5432/test)
is reachable.

     .venv/bin/python bench/import_bench.py --no-codes [--pg] [N]   (appends to import.md)
The same catalogue without its `ssyk` column, so every occupation code is inferred from the text
(on SQLite, and with --pg also on a fresh PostgreSQL database).
"""

import os
import resource
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
    cli = [sys.executable, "-m", "app.cli"]
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


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def no_codes(n: int) -> None:
    """Imports n placements without SSYK codes (inference included) on SQLite, once and again."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "placements.csv"
        rows = synth_csv(n).splitlines()
        header = rows[0].split(",")
        drop = header.index("ssyk")
        # Demo rows quote fields with commas; re-write through csv to drop one column safely.
        import csv
        import io

        reader = csv.reader(io.StringIO("\n".join(rows)))
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        for row in reader:
            writer.writerow(row[:drop] + row[drop + 1 :])
        path.write_text(out.getvalue(), encoding="utf-8")
        cpu0 = _child_cpu()
        seconds, summary = run_import(f"sqlite:///{tmp}/bench.db", path)
        cpu = _child_cpu() - cpu0
        load = os.getloadavg()[0]
        table = [f"| SQLite | {seconds:.1f} | {cpu:.1f} | {load:.1f} | {summary} |"]
        print(table[-1], flush=True)
        if "--pg" in sys.argv:
            name = f"pm_bench_{uuid.uuid4().hex[:8]}"
            admin = create_engine(PG, isolation_level="AUTOCOMMIT")
            try:
                with admin.connect() as conn:
                    conn.execute(text(f'CREATE DATABASE "{name}"'))
                url = make_url(PG).set(database=name).render_as_string(hide_password=False)
                cpu0 = _child_cpu()
                seconds, summary = run_import(url, path)
                cpu = _child_cpu() - cpu0
                load = os.getloadavg()[0]
                table.append(f"| PostgreSQL | {seconds:.1f} | {cpu:.1f} | {load:.1f} | {summary} |")
                print(table[-1], flush=True)
            finally:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    lines = ["", f"## Without SSYK codes: {n:,} placements, every code inferred", "",
             "Command: `.venv/bin/python bench/import_bench.py --no-codes [--pg]`; target ≤ 120 s, "
             "inference included. CPU is that of the CLI runs (migration, import, re-import).", "",
             "| database | first import (s) | CPU of all CLI runs (s) | load average at the end | result |",
             "|---|---|---|---|---|", *table]  # fmt: skip
    print("\n".join(lines), flush=True)
    with (ROOT / "bench" / "results" / "import.md").open("a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main() -> None:
    if "--no-codes" in sys.argv:
        args = [a for a in sys.argv[1:] if a not in ("--no-codes", "--pg")]
        no_codes(int(args[0]) if args else 100_000)
        return
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
