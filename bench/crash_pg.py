"""Crash on PostgreSQL: SIGKILL the server in the middle of the supervisors' load, restart it,
and show that every submission either committed whole or did not happen.

    PRAKTIKMATCH_BENCH_DATABASE_URL=postgresql+psycopg://root@127.0.0.1:5432/test \\
        .venv/bin/python bench/crash_pg.py [--supervisors 200 --seconds 60 --kill-at 25]

The same harness as bench/load_pg.py. At --kill-at seconds the server's whole process group
(uvicorn and its workers) gets SIGKILL: requests in flight are cut, open transactions die with
their connections. After --down seconds it is started again on the same port and the clients,
which retry, carry on. Afterwards each assessment row is compared with what its client sent and
was told: a submitted row must hold exactly one complete form the client sent; a submission the
client saw succeed must be there; a draft must hold the last acknowledged save or a later one.
"""

import argparse
import asyncio
import os
import signal
import sys
import time
from pathlib import Path

from load_pg import (
    ROOT,
    Assessment,
    check,
    drive,
    failures,
    fresh_postgres,
    kill_hard,
    prepare,
    restart_server,
    rows_row,
    start_server,
    table,
)


async def run(args: argparse.Namespace, database_url: str) -> tuple:  # type: ignore[type-arg]
    tokens, recruiter_token, keys = prepare(database_url, args.supervisors, args.assessments)
    owned = [[Assessment(token=t) for t in mine] for mine in tokens]
    server, base = start_server(database_url, args.workers)
    port = int(base.rsplit(":", 1)[1])
    env = server.env  # type: ignore[attr-defined]
    events: dict[str, float] = {}
    holder = {"server": server}

    async def killer() -> None:
        await asyncio.sleep(args.kill_at)
        events["killed_at"] = time.monotonic()
        kill_hard(holder["server"])
        await asyncio.sleep(args.down)
        loop = asyncio.get_running_loop()
        holder["server"] = await loop.run_in_executor(None, restart_server, env, port, args.workers)
        events["back_at"] = time.monotonic()

    started = time.monotonic()
    stats, _ = await asyncio.gather(
        drive(base, owned, keys, recruiter_token, args.seconds, args.recruiters, args.saves),
        killer(),
    )
    os.killpg(holder["server"].pid, signal.SIGTERM)
    holder["server"].wait(timeout=30)
    downtime = events["back_at"] - events["killed_at"]
    return stats, owned, keys, events["killed_at"] - started, downtime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--supervisors", type=int, default=200)
    parser.add_argument("--assessments", type=int, default=4)
    parser.add_argument("--saves", type=int, default=4)
    parser.add_argument("--recruiters", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--kill-at", type=float, default=25)
    parser.add_argument("--down", type=float, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "crash.md"))
    args = parser.parse_args()

    database_url = fresh_postgres()
    stats, owned, keys, killed_after, downtime = asyncio.run(run(args, database_url))
    result = check(database_url, owned, keys)
    unknown = sum(1 for mine in owned for a in mine if a.sent and not a.submit_tried)
    lines = [
        "# Crash on PostgreSQL: SIGKILL mid-load, restart, check every submission",
        "",
        "Command: `PRAKTIKMATCH_BENCH_DATABASE_URL=postgresql+psycopg://root@127.0.0.1:5432/test "
        f".venv/bin/python bench/crash_pg.py --supervisors {args.supervisors} --assessments "
        f"{args.assessments} --saves {args.saves} --recruiters {args.recruiters} --seconds "
        f"{args.seconds:.0f} --kill-at {args.kill_at:.0f} --down {args.down:.0f} "
        f"--workers {args.workers}`",
        "",
        f"The server (uvicorn, {args.workers} workers) got SIGKILL {killed_after:.1f} s into the "
        f"run, with {args.supervisors} supervisors saving and submitting; it answered again "
        f"{downtime:.1f} s later. Requests cut or refused meanwhile: {stats.transport_errors} "
        "(the clients retried).",
        "",
        *table(stats, args.seconds),
        "",
        f"Answers: {dict(sorted(stats.answers.items()))}.",
        "",
        "## Rows checked after the restart",
        "",
        "| assessments checked | submitted | drafts | duplicated | lost drafts | lost submissions | partial |",
        "|---|---|---|---|---|---|---|",
        rows_row(result),
        "",
        f"{unknown} assessments had forms sent but no submit answered when the run ended (cut by "
        "the kill or by the clock); for those either outcome is accepted, but the row must still "
        "hold one whole form. Every submitted row holds exactly one complete form its client "
        "sent (partial = 0 means no row mixes two saves or misses a competence); every submission "
        "the client saw succeed is stored; no row is duplicated.",
        "",
    ]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 1 if failures(result) else 0


if __name__ == "__main__":
    sys.exit(main())
