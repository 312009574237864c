"""Load on PostgreSQL: 200 supervisors saving drafts and submitting assessments, plus recruiters
searching, against a real uvicorn server (2 workers) on loopback. Afterwards every row is checked
against what the clients were told: nothing lost, nothing duplicated.

    PRAKTIKMATCH_BENCH_DATABASE_URL=postgresql+psycopg://root@127.0.0.1:5432/test \\
        .venv/bin/python bench/load_pg.py [--supervisors 200 --seconds 120 --recruiters 10]

Each supervisor owns --assessments links; for each: open the page, autosave the form a few
times (all 13 competences, a comment that names the save), then submit. The client keeps, per
assessment, every form it sent and which answers it got; the check compares the database with
that record. bench/crash_pg.py reuses this harness and SIGKILLs the server mid-run.
"""

import argparse
import asyncio
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
HIDDEN = re.compile(r'<input type="hidden" name="(csrf|revision)" value="([^"]*)"')
QUERIES = ["lager", "hund", "kock", "butik", "verkstad", "förskola", "it", "bil", "frisör", "café"]


@dataclass
class Assessment:
    token: str
    sent: list[dict[str, str]] = field(default_factory=list)  # every form posted, in order
    acked: int = -1  # index in `sent` of the last save answered 200
    submit_acked: bool = False
    submit_tried: bool = False


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    answers: dict[str, int] = field(default_factory=dict)
    transport_errors: int = 0

    def add(self, kind: str, seconds: float, status: int) -> None:
        self.latencies.setdefault(kind, []).append(seconds)
        key = f"{kind} {status}"
        self.answers[key] = self.answers.get(key, 0) + 1


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fresh_postgres() -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = os.environ.get(
        "PRAKTIKMATCH_BENCH_DATABASE_URL", "postgresql+psycopg://root@127.0.0.1:5432/test"
    )
    name = f"pm_load_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def prepare(
    database_url: str, supervisors: int, per_supervisor: int
) -> tuple[list[list[str]], str, list[str]]:
    """Creates the internships and assessment links through the real services."""
    os.environ["PRAKTIKMATCH_DATABASE_URL"] = database_url
    from core import auth
    from core.auth import Principal
    from core.cli import _prepare_database
    from core.db import get_engine, session_scope
    from employers.models import Placement
    from employers.service import get_or_create_workplace
    from youths import internships
    from youths.internship_schemas import InternshipCreate
    from youths.models import Consent, Youth

    _prepare_database()
    principal = Principal(kind="token", id=0, role="admin")
    owned: list[list[str]] = []
    with session_scope() as s:
        _, recruiter_token = auth.create_token(db_session=s, name="load", role="recruiter")
        for i in range(supervisors):
            tokens = []
            for j in range(per_supervisor):
                n = f"{i}-{j}"
                workplace = get_or_create_workplace(
                    db_session=s, employer_name=f"Last AB {i}", workplace_name=None,
                    address=None, district="Lundby",
                )  # fmt: skip
                s.add(Placement(ref=f"P-L{n}", workplace_id=workplace.id, capacity=1,
                                title=f"Praktik i {random.choice(QUERIES)}", ssyk_code="4321"))  # fmt: skip
                youth = Youth(ref=f"Y-L{n}", first_name="Alva", gender="female", birth_year=2000)
                s.add(youth)
                s.flush()
                s.add(Consent(youth_id=youth.id, given_by="youth", scope="share_with_employers",
                              given_date=date(2026, 1, 1), recorded_by="load"))  # fmt: skip
                internship = internships.start_internship(
                    db_session=s, principal=principal,
                    data=InternshipCreate(youth=f"Y-L{n}", placement=f"P-L{n}",
                                          start_date=date(2026, 9, 1), end_date=date(2026, 10, 31),
                                          supervisor_name=f"Handledare {i}"),
                )  # fmt: skip
                _, token = internships.create_assessment_link(
                    db_session=s, internship=internship, kind="final", send_email=False,
                    ttl_days=None, principal=principal,
                )  # fmt: skip
                tokens.append(token)
            owned.append(tokens)
        s.commit()
        from competences import service as deck_service

        keys = deck_service.card_keys(deck_service.get_current(db_session=s))
    get_engine().dispose()
    return owned, recruiter_token, keys


def start_server(database_url: str, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {**os.environ, "PRAKTIKMATCH_DATABASE_URL": database_url,
           "PRAKTIKMATCH_WARM_MATCHER": "false", "PYTHONPATH": str(ROOT)}  # fmt: skip
    return restart_server(env, port, workers), f"http://127.0.0.1:{port}"


def restart_server(env: dict[str, str], port: int, workers: int) -> subprocess.Popen[bytes]:
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "core.main:app", "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(workers), "--log-level", "warning",
         "--no-access-log"],
        cwd=ROOT, env=env, start_new_session=True,
    )  # fmt: skip
    server.env = env  # type: ignore[attr-defined]
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError("the server did not start")


def kill_hard(server: subprocess.Popen[bytes]) -> None:
    """SIGKILL to the server and its workers: no shutdown, no cleanup, mid-transaction."""
    os.killpg(server.pid, signal.SIGKILL)
    server.wait()


def form_for(keys: list[str], fields: dict[str, str], label: str) -> dict[str, str]:
    form = {**fields, "action": "autosave", "tasks": f"Uppgifter {label}"}
    for key in keys:
        form[f"level-{key}"] = str(random.randint(1, 4))
        form[f"comment-{key}"] = f"{label}:{key}"
    form["overall_comment"] = f"Omdöme {label}"
    form["supervisor_name"] = "Hanna Handledare"
    form["supervisor_role"] = "Butikschef"
    return form


async def timed(stats: Stats, kind: str, call):  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    try:
        response = await call
    except httpx.TransportError:
        stats.transport_errors += 1
        stats.answers[f"{kind} cut"] = stats.answers.get(f"{kind} cut", 0) + 1
        return None
    stats.add(kind, time.perf_counter() - started, response.status_code)
    return response


async def supervisor(
    base: str, mine: list[Assessment], keys: list[str], until: float, stats: Stats, saves: int
) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        for item in mine:
            path = f"/l/{item.token}"
            while not item.submit_tried and time.monotonic() < until:
                page = await timed(stats, "open page", http.get(path))
                if page is None or page.status_code != 200:
                    await asyncio.sleep(0.2)
                    continue
                fields = dict(HIDDEN.findall(page.text))
                if "csrf" not in fields or "revision" not in fields:
                    item.submit_tried = True  # read-only page: submitted (e.g. before a crash)
                    break
                for n in range(saves):
                    if time.monotonic() >= until:
                        return
                    form = form_for(keys, fields, f"{item.token[:6]}-{len(item.sent)}")
                    item.sent.append(form)
                    saved = await timed(stats, "save draft", http.post(
                        path, data=form, headers={"Accept": "application/json"}))  # fmt: skip
                    if saved is None:
                        break
                    if saved.status_code == 200:
                        item.acked = len(item.sent) - 1
                        fields["revision"] = str(saved.json()["revision"])
                    await asyncio.sleep(random.uniform(0.05, 0.3))
                    del n
                else:
                    item.submit_tried = True
                    submit = {
                        "csrf": fields["csrf"],
                        "revision": fields["revision"],
                        "action": "submit",
                    }
                    answer = await timed(stats, "submit", http.post(path, data=submit))
                    item.submit_acked = answer is not None and answer.status_code == 303
                    if answer is None:
                        item.submit_tried = False  # unknown: the check accepts either outcome


async def recruiter(base: str, token: str, until: float, stats: Stats) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base, timeout=60, headers=headers) as http:
        while time.monotonic() < until:
            q = random.choice(QUERIES)
            await timed(stats, "search", http.get("/api/placements", params={"q": q, "limit": 20}))
            await asyncio.sleep(random.uniform(0.1, 0.5))


async def drive(base: str, owned: list[list[Assessment]], keys: list[str], recruiter_token: str,
                seconds: float, recruiters: int, saves: int) -> Stats:  # fmt: skip
    stats = Stats()
    until = time.monotonic() + seconds
    await asyncio.gather(
        *(supervisor(base, mine, keys, until, stats, saves) for mine in owned),
        *(recruiter(base, recruiter_token, until, stats) for _ in range(recruiters)),
    )
    return stats


def check(database_url: str, owned: list[list[Assessment]], keys: list[str]) -> dict[str, int]:
    """Compares the stored assessments with what the clients sent and were told."""
    from sqlalchemy import create_engine, func, select

    from competences.models import Assessment as Row
    from core.link_models import CapabilityLink
    from core.security import hash_token

    engine = create_engine(database_url)
    result = {"assessments": 0, "duplicates": 0, "lost_drafts": 0, "lost_submissions": 0,
              "partial": 0, "submitted": 0, "drafts": 0, "rows_checked": 0}  # fmt: skip
    with engine.connect() as conn:
        per_internship = conn.execute(
            select(Row.internship_id, func.count()).group_by(Row.internship_id, Row.kind)
        ).all()
        result["duplicates"] = sum(n - 1 for _, n in per_internship if n > 1)
        for item in (a for mine in owned for a in mine):
            link = conn.execute(select(CapabilityLink.subject_id).where(
                CapabilityLink.token_hash == hash_token(item.token))).scalar_one()  # fmt: skip
            row = conn.execute(select(Row).where(Row.id == link)).one()
            result["assessments"] += 1
            result["rows_checked"] += 1
            stored = {k: row.ratings.get(k, {}).get("comment") for k in keys}
            # Which of the forms the client sent does the row hold? Any save at or after the
            # last acknowledged one may have landed (its answer can be lost in flight).
            matches = [i for i, form in enumerate(item.sent)
                       if all(stored[k] == form[f"comment-{k}"] for k in keys)]  # fmt: skip
            whole = bool(matches) and all(
                str(row.ratings[k]["level"]) == item.sent[matches[-1]][f"level-{k}"] for k in keys
            )
            if item.sent and (not matches or matches[-1] < item.acked):
                result["lost_drafts"] += 1
            if item.sent and not whole:
                result["partial"] += 1
            if row.status == "submitted":
                result["submitted"] += 1
            else:
                result["drafts"] += 1
                result["lost_submissions"] += int(item.submit_acked)
    engine.dispose()
    return result


def percentile(values: list[float], p: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def table(stats: Stats, seconds: float) -> list[str]:
    lines = ["| request | count | per second | p50 ms | p95 ms |", "|---|---|---|---|---|"]
    for kind, values in sorted(stats.latencies.items()):
        lines.append(f"| {kind} | {len(values)} | {len(values) / seconds:.1f} | "
                     f"{percentile(values, 50) * 1000:.0f} | {percentile(values, 95) * 1000:.0f} |")  # fmt: skip
    total = sum(len(v) for v in stats.latencies.values())
    lines.append(f"| **all** | {total} | {total / seconds:.1f} | | |")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--supervisors", type=int, default=200)
    parser.add_argument("--assessments", type=int, default=4, help="links per supervisor")
    parser.add_argument("--saves", type=int, default=4, help="autosaves before each submit")
    parser.add_argument("--recruiters", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "load.md"))
    args = parser.parse_args()

    database_url = fresh_postgres()
    started = time.perf_counter()
    tokens, recruiter_token, keys = prepare(database_url, args.supervisors, args.assessments)
    print(
        f"prepared {args.supervisors * args.assessments} links in {time.perf_counter() - started:.0f} s"
    )
    owned = [[Assessment(token=t) for t in mine] for mine in tokens]
    server, base = start_server(database_url, args.workers)
    try:
        stats = asyncio.run(drive(base, owned, keys, recruiter_token, args.seconds,
                                  args.recruiters, args.saves))  # fmt: skip
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    result = check(database_url, owned, keys)
    lines = [
        "# Load on PostgreSQL: supervisors saving and submitting, recruiters searching",
        "",
        f"Command: `PRAKTIKMATCH_BENCH_DATABASE_URL=postgresql+psycopg://root@127.0.0.1:5432/test "
        f".venv/bin/python bench/load_pg.py --supervisors {args.supervisors} --assessments "
        f"{args.assessments} --saves {args.saves} --recruiters {args.recruiters} --seconds "
        f"{args.seconds:.0f} --workers {args.workers}`",
        "",
        f"{args.supervisors} concurrent supervisors (one async client each) work through "
        f"{args.assessments} assessment links each: open the page, autosave all 13 competences "
        f"{args.saves} times, submit; {args.recruiters} recruiters search the catalogue. Server: "
        f"uvicorn with {args.workers} workers on loopback, a fresh PostgreSQL database; clients "
        "and server share the machine's 2 cores.",
        "",
        *table(stats, args.seconds),
        "",
        f"Answers: {dict(sorted(stats.answers.items()))}; transport errors: {stats.transport_errors}.",
        "",
        "## Rows checked afterwards",
        "",
        "| assessments checked | submitted | drafts | duplicated | lost drafts | lost submissions | partial |",
        "|---|---|---|---|---|---|---|",
        rows_row(result),
        "",
        "Lost draft: the row does not hold the last save the client was told succeeded (or a later "
        "one). Lost submission: the client got the success redirect but the row is a draft. "
        "Partial: the row holds a mix of two forms. Duplicated: more than one row per internship "
        "and kind.",
        "",
    ]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 1 if failures(result) else 0


def rows_row(result: dict) -> str:
    """The markdown row of the rows-checked table."""
    return (
        f"| {result['rows_checked']} | {result['submitted']} | {result['drafts']} | "
        f"{result['duplicates']} | {result['lost_drafts']} | {result['lost_submissions']} | "
        f"{result['partial']} |"
    )


def failures(result: dict) -> int:
    """Rows that break the promise: duplicated, lost or partial."""
    return sum(result[k] for k in ("duplicates", "lost_drafts", "lost_submissions", "partial"))


if __name__ == "__main__":
    sys.exit(main())
