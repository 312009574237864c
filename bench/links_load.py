"""Load test of the supervisor link pages: N concurrent supervisors open their page and save drafts.

Starts a real uvicorn server on loopback against a fresh database (SQLite file by default; a new
PostgreSQL database next to PRAKTIKMATCH_BENCH_DATABASE_URL when that is set), creates one
internship and one assessment link per supervisor through the real services, then lets every
supervisor loop for --seconds: GET the page, then POST an autosave of a few ratings (what the
page's script sends while they type). Reports p50/p95 per request kind and writes
bench/results/links_load.md.

    python bench/links_load.py                      # SQLite, 50 supervisors, 30 s
    PRAKTIKMATCH_BENCH_DATABASE_URL=postgresql+psycopg://root@127.0.0.1:5432/test \\
        python bench/links_load.py --workers 2
"""

import argparse
import asyncio
import os
import platform
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "links_load.md"
KEYS = ["communication", "cooperation", "problem_solving", "planning", "resource_management",
        "workplace_norms", "digital", "literacy", "numeracy", "languages", "learning",
        "initiative", "critical_thinking"]  # fmt: skip
HIDDEN = re.compile(r'<input type="hidden" name="(csrf|revision)" value="([^"]*)"')


@dataclass
class Timings:
    page: list[float] = field(default_factory=list)
    save: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fresh_database() -> tuple[str, object]:
    base = os.environ.get("PRAKTIKMATCH_BENCH_DATABASE_URL")
    if not base:
        path = Path(tempfile.mkdtemp(prefix="pm-bench-")) / "bench.db"
        return f"sqlite:///{path}", lambda: None
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"pm_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(base).set(database=name).render_as_string(hide_password=False), drop


def prepare(database_url: str, supervisors: int) -> list[str]:
    """Migrates, seeds, and creates one internship and assessment link per supervisor."""
    os.environ["PRAKTIKMATCH_DATABASE_URL"] = database_url
    sys.path.insert(0, str(ROOT))
    from accounts.auth import Principal
    from app.cli import _prepare_database
    from core.db import get_engine, session_scope
    from employers.models import Placement
    from employers.service import get_or_create_workplace
    from internships import service as internships
    from internships.schemas import InternshipCreate
    from youths.models import Consent, Youth

    _prepare_database()
    principal = Principal(kind="token", id=0, role="admin")
    tokens = []
    with session_scope() as s:
        for i in range(supervisors):
            workplace = get_or_create_workplace(
                db_session=s, employer_name=f"Bench AB {i}", workplace_name=None,
                address=None, district="Lundby",
            )  # fmt: skip
            s.add(Placement(ref=f"P-B{i}", workplace_id=workplace.id, title="Praktik i lager",
                            capacity=1, ssyk_code="4321"))  # fmt: skip
            youth = Youth(ref=f"Y-B{i}", first_name="Alva", gender="female", team="Hisingen")
            s.add(youth)
            s.flush()
            for given_by in ("youth", "guardian"):  # no birth year: counted as under 18
                s.add(Consent(youth_id=youth.id, given_by=given_by, scope="share_with_employers",
                              given_date=date(2026, 1, 1), recorded_by="bench"))  # fmt: skip
            internship = internships.start_internship(
                db_session=s, principal=principal,
                data=InternshipCreate(youth=f"Y-B{i}", placement=f"P-B{i}",
                                      start_date=date(2026, 9, 1), end_date=date(2026, 10, 31),
                                      supervisor_name=f"Handledare {i}"),
            )  # fmt: skip
            _, token = internships.create_assessment_link(
                db_session=s, internship=internship, kind="midway", send_email=False,
                ttl_days=None, principal=principal,
            )  # fmt: skip
            tokens.append(token)
        s.commit()
    get_engine().dispose()
    return tokens


def start_server(database_url: str, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "PRAKTIKMATCH_DATABASE_URL": database_url,
           "PRAKTIKMATCH_WARM_MATCHER": "false", "PYTHONPATH": str(ROOT)}  # fmt: skip
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(workers), "--log-level", "warning",
         "--no-access-log"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return server, base
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    server.terminate()
    raise RuntimeError("the server did not start")


async def supervisor(
    base: str, token: str, since: float, until: float, think: float, out: Timings
) -> None:
    path = f"/l/{token}"
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        while time.monotonic() < until:
            counted = time.monotonic() >= since  # the warm-up's first burst is not measured
            started = time.perf_counter()
            page = await http.get(path)
            if counted:
                out.page.append(time.perf_counter() - started)
            if page.status_code != 200:
                out.errors[f"GET {page.status_code}"] = (
                    out.errors.get(f"GET {page.status_code}", 0) + 1
                )
                continue
            fields = dict(HIDDEN.findall(page.text))
            form = {**fields, "action": "autosave", "tasks": "Packade och sorterade varor"}
            for key in random.sample(KEYS, 3):
                form[f"level-{key}"] = str(random.randint(1, 4))
                form[f"comment-{key}"] = "Gör det bra när hen får visa först."
            if think:
                await asyncio.sleep(think)
            started = time.perf_counter()
            saved = await http.post(path, data=form, headers={"Accept": "application/json"})
            if counted:
                out.save.append(time.perf_counter() - started)
            if saved.status_code != 200:
                out.errors[f"POST {saved.status_code}"] = (
                    out.errors.get(f"POST {saved.status_code}", 0) + 1
                )
            if think:
                await asyncio.sleep(think)


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    return (
        statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]
        if len(values) > 1
        else values[0]
    )


async def load(
    base: str, tokens: list[str], seconds: float, think: float, warmup: float
) -> Timings:
    out = Timings()
    since = time.monotonic() + warmup
    until = since + seconds
    await asyncio.gather(*(supervisor(base, t, since, until, think, out) for t in tokens))
    return out


def run(args: argparse.Namespace) -> dict[str, object]:
    database_url, drop = fresh_database()
    kind = "PostgreSQL" if database_url.startswith("postgresql") else "SQLite"
    try:
        tokens = prepare(database_url, args.supervisors)
        server, base = start_server(database_url, args.workers)
        try:
            timings = asyncio.run(load(base, tokens, args.seconds, args.think, args.warmup))
            elapsed = args.seconds
        finally:
            server.terminate()
            server.wait(timeout=30)
    finally:
        drop()
    ms = lambda v: round(v * 1000, 1)  # noqa: E731
    return {
        "database": kind, "workers": args.workers, "supervisors": args.supervisors,
        "think": args.think, "seconds": round(elapsed, 1),
        "pages": len(timings.page), "saves": len(timings.save),
        "page_p50": ms(percentile(timings.page, 50)), "page_p95": ms(percentile(timings.page, 95)),
        "save_p50": ms(percentile(timings.save, 50)), "save_p95": ms(percentile(timings.save, 95)),
        "rps": round((len(timings.page) + len(timings.save)) / elapsed, 1),
        "errors": ", ".join(f"{k}: {v}" for k, v in sorted(timings.errors.items())) or "none",
    }  # fmt: skip


HEADER = """# Link pages under load (`bench/links_load.py`)

Each supervisor loops: GET their assessment page (`/l/{token}`), then POST an autosave of three
ratings with comments, as the page's script does while they type. "Think" is the pause before
and after each save (0 = back-to-back, the worst case). The first 3 s (connections opening,
templates compiling) are not measured. Server and load generator share the machine.
Re-run: `python bench/links_load.py [--workers N] [--think S]`, with
`PRAKTIKMATCH_BENCH_DATABASE_URL=postgresql+psycopg://root@127.0.0.1:5432/test` for PostgreSQL.

| date (UTC) | database | uvicorn workers | supervisors | think s | requests/s | page p50 ms | page p95 ms | save p50 ms | save p95 ms | errors |
|---|---|---|---|---|---|---|---|---|---|---|
"""


def write(result: dict[str, object]) -> None:
    rows = []
    if RESULTS.exists():
        rows = [line for line in RESULTS.read_text(encoding="utf-8").splitlines()
                if line.startswith("| 20")]  # fmt: skip
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
    r = result
    rows.append(
        f"| {stamp} | {r['database']} | {r['workers']} | {r['supervisors']} | {r['think']} | "
        f"{r['rps']} | {r['page_p50']} | {r['page_p95']} | {r['save_p50']} | {r['save_p95']} | "
        f"{r['errors']} |"
    )
    machine = (f"\nMachine: {os.cpu_count()} CPU cores, Python {platform.python_version()}, "
               f"{platform.system()} {platform.release()}.\n")  # fmt: skip
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(HEADER + "\n".join(rows) + "\n" + machine, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--supervisors", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--think", type=float, default=0.0)
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds not measured first")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    result = run(args)
    print(result)
    if not args.no_write:
        write(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
