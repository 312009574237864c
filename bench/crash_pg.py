"""Crash on PostgreSQL: SIGKILL the server several times in the middle of the supervisors' load,
snapshot the database while it is dead, restart it with `praktikmatch serve`, and check every
snapshot and the final state against what each client sent and was told.

    PRAKTIKMATCH_BENCH_DATABASE_URL=postgresql+psycopg://root@127.0.0.1:5432/postgres \\
        .venv/bin/python bench/crash_pg.py [--supervisors 200 --seconds 90 --kills 3 --seed 1]

The same harness as bench/load_pg.py, in a fresh database. --kills moments are drawn (seeded)
from the middle 80 % of the window, at least --gap seconds after the server is back. At each,
the server's whole process group (the serve process and its workers) gets SIGKILL: requests in
flight are cut, open transactions die with their connections. While it is dead, once PostgreSQL
shows no session of it left, the assessment rows and submit events are copied into a snapshot
schema. That snapshot is checked as of the kill: a request answered before it must be there (or
not, if it was told it failed); one still open may have landed or not, but whole. The final
state is checked too. Any faulty row in any check, or any 5xx answer, makes the run exit 1.
"""

import argparse
import asyncio
import os
import random
import sys
import time
from datetime import datetime
from pathlib import Path

from checks import FAULTS, Report, counts_table, now
from load_pg import (
    FAULT_TEXT,
    ROOT,
    Link,
    Stats,
    check,
    drive,
    fresh_postgres,
    kill_hard,
    phases,
    prepare,
    restart_server,
    start_server,
    stop,
    table,
    verdict,
)


def snapshot(database_url: str, schema: str) -> float:
    """Copies what PostgreSQL holds while the server is dead; returns seconds waited for its
    sessions to end (a killed client's backend rolls back when it notices)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(database_url, isolation_level="AUTOCOMMIT")
    started = time.monotonic()
    with engine.connect() as conn:
        while time.monotonic() - started < 30:
            others = conn.execute(text(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()")).scalar_one()  # fmt: skip
            if others == 0:
                break
            time.sleep(0.05)
        waited = time.monotonic() - started
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        conn.execute(text(f'CREATE TABLE "{schema}".assessment AS TABLE public.assessment'))
        conn.execute(text(f'CREATE TABLE "{schema}".audit_event AS SELECT * FROM '
                          "public.audit_event WHERE action = 'assessment.submit'"))  # fmt: skip
    engine.dispose()
    return waited


async def run(args: argparse.Namespace, database_url: str):  # type: ignore[no-untyped-def]
    tokens, recruiter_token, keys = prepare(database_url, args.supervisors, args.assessments)
    owned = [[Link(token=t) for t in mine] for mine in tokens]
    server, base = start_server(database_url, args.workers)
    port = int(base.rsplit(":", 1)[1])
    env = server.env  # type: ignore[attr-defined]
    rng = random.Random(args.seed)
    moments = sorted(rng.uniform(0.1, 0.9) * args.seconds for _ in range(args.kills))
    kills: list[dict] = []  # type: ignore[type-arg]
    holder = {"server": server}
    stats = Stats()

    async def killer() -> None:
        loop = asyncio.get_running_loop()
        back = 0.0
        for n, moment in enumerate(moments):
            if max(moment, back + args.gap) > args.seconds - args.gap:
                break  # a kill after the clients stopped proves nothing; the report shows it
            wait = max(moment, back + args.gap) - (time.monotonic() - stats.started_at)
            await asyncio.sleep(max(wait, 0))
            kill: dict = {"at_s": time.monotonic() - stats.started_at}  # type: ignore[type-arg]
            kill_hard(holder["server"])
            # Taken after the kill: nothing the dead server could still commit starts later.
            kill["as_of"] = now()
            schema = f"snap_{n + 1}"
            kill["schema"] = schema
            kill["sessions_wait_s"] = await loop.run_in_executor(
                None, snapshot, database_url, schema
            )
            await asyncio.sleep(args.down)
            restarted = time.monotonic()
            holder["server"] = await loop.run_in_executor(
                None, restart_server, env, port, args.workers
            )
            back = time.monotonic() - stats.started_at
            kill["down_s"] = back - kill["at_s"]
            kill["start_s"] = time.monotonic() - restarted
            kills.append(kill)

    await asyncio.gather(
        drive(base, owned, keys, recruiter_token, args.seconds, args.recruiters, args.saves, stats),
        killer(),
    )
    stop(holder["server"])
    return stats, owned, keys, kills


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--supervisors", type=int, default=200)
    parser.add_argument("--assessments", type=int, default=4)
    parser.add_argument("--saves", type=int, default=4)
    parser.add_argument("--recruiters", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=90)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--gap", type=float, default=5, help="least seconds up between kills")
    parser.add_argument("--down", type=float, default=2)
    parser.add_argument("--phases", type=int, default=6)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "crash.md"))
    args = parser.parse_args()
    random.seed(args.seed)

    database_url = fresh_postgres()
    load_before = os.getloadavg()
    stats, owned, keys, kills = asyncio.run(run(args, database_url))
    load_after = os.getloadavg()
    checks: list[tuple[str, Report]] = []
    for kill in kills:
        as_of: datetime = kill["as_of"]
        checks.append((f"snapshot at kill {kill['schema'][5:]} ({kill['at_s']:.1f} s)",
                       check(database_url, owned, keys, schema=kill["schema"], as_of=as_of)))  # fmt: skip
    checks.append(("final state", check(database_url, owned, keys)))
    failed = sum(r.failures() for _, r in checks)
    kill_rows = [
        f"| {k['schema'][5:]} | {k['at_s']:.1f} | {k['sessions_wait_s']:.2f} | {k['start_s']:.1f} "
        f"| {k['down_s']:.1f} |"
        for k in kills
    ]
    header = counts_table(checks[0][1])[:2] if checks else []
    lines = [
        "# Crash on PostgreSQL: SIGKILL mid-load, snapshot while dead, restart, check",
        "",
        "Command: `PRAKTIKMATCH_BENCH_DATABASE_URL=postgresql+psycopg://root@127.0.0.1:5432/postgres "
        f".venv/bin/python bench/crash_pg.py --supervisors {args.supervisors} --assessments "
        f"{args.assessments} --saves {args.saves} --recruiters {args.recruiters} --seconds "
        f"{args.seconds:.0f} --kills {args.kills} --seed {args.seed} --gap {args.gap:.0f} "
        f"--down {args.down:.0f} --phases {args.phases} --workers {args.workers}` (the bench "
        "creates and uses its own fresh database).",
        "",
        f"`praktikmatch serve --workers {args.workers}` got SIGKILL (whole process group) "
        f"{len(kills)} times (of {args.kills} drawn) at seeded random moments while {args.supervisors} supervisors "
        "saved and submitted and recruiters searched; each time the rows were snapshotted while "
        "it was dead, then it was restarted with `praktikmatch serve` (migrations included). "
        "Clients, server and PostgreSQL share the machine's 2 cores with other jobs. Load "
        f"average (1/5/15 min) at the start {load_before[0]:.1f}/{load_before[1]:.1f}/"
        f"{load_before[2]:.1f}, at the end {load_after[0]:.1f}/{load_after[1]:.1f}/"
        f"{load_after[2]:.1f}.",
        "",
        "| kill | at s | wait for its DB sessions to end, s | restart took s | down s |",
        "|---|---|---|---|---|",
        *kill_rows,
        "",
        *table(stats),
        "",
        "## Per phase",
        "",
        *phases(stats, args.seconds, args.phases),
        "",
        f"Answers: {dict(sorted(stats.answers.items()))}; transport errors (cut or refused, "
        f"the clients reopen the page and carry on): {stats.transport_errors}.",
        "",
        "## Rows checked: each snapshot as of its kill, and the final state",
        "",
        "| check | " + header[0][2:] if header else "",
        "|---|" + header[1][1:] if header else "",
        *(f"| {name} | " + counts_table(r)[2][2:] for name, r in checks),
        "",
        FAULT_TEXT,
        "",
        *verdict(Report(counts=dict.fromkeys(FAULTS, 0) | {"lost": failed}, problems={}), stats),
        "",
    ]
    for name, r in checks:
        if r.problems:
            lines += [
                f"Faulty rows in {name} (first 20): {dict(list(r.problems.items())[:20])}",
                "",
            ]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 1 if failed or stats.server_errors() else 0


if __name__ == "__main__":
    sys.exit(main())
