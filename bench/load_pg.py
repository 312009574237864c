"""Load on PostgreSQL: supervisors saving drafts and submitting assessments for the whole window,
plus recruiters searching, against `praktikmatch serve` on loopback. Afterwards every row is
checked (bench/checks.py) against what each client sent and was told.

    PRAKTIKMATCH_BENCH_DATABASE_URL=postgresql+psycopg://root@127.0.0.1:5432/postgres \\
        .venv/bin/python bench/load_pg.py [--supervisors 200 --seconds 120 --recruiters 10]

The URL only names the server: each run gets a fresh database. Each supervisor owns
--assessments links; for each: open the page, autosave a whole form a few times (every field
names the save), then submit, paced to fill the window. Every request is recorded with start,
end and answer; rates are per elapsed time and phase, search latency by open supervisor
requests. A 5xx or faulty row exits 1. bench/crash_pg.py reuses this and SIGKILLs the server.
"""

import argparse
import asyncio
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from checks import Attempt, ClientRecord, Report, counts_table, now  # noqa: E402
from common import free_port, fresh_postgres, percentile  # noqa: E402

HIDDEN = re.compile(r'<input type="hidden" name="(csrf|revision)" value="([^"]*)"')
QUERIES = ["lager", "hund", "kock", "butik", "verkstad", "förskola", "it", "bil", "frisör", "café"]


@dataclass
class Link(ClientRecord):
    """One supervisor's link: the check's record of every request, plus where the client is."""

    done: bool = False  # submitted (told so, or the page has turned read-only)
    saves_left: int = 0


@dataclass
class Stats:
    """Every request: when it started (seconds into the run), what, how long, the answer."""

    started_at: float = field(default_factory=time.monotonic)
    requests: list[tuple[float, str, float, str]] = field(default_factory=list)
    search_load: list[tuple[float, int]] = field(default_factory=list)  # latency, sups in flight
    in_flight: int = 0  # supervisor requests open right now
    transport_errors: int = 0
    elapsed: float = 0.0

    def add(self, kind: str, began: float, seconds: float, status: str) -> None:
        self.requests.append((began - self.started_at, kind, seconds, status))

    @property
    def answers(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for _, kind, _, status in self.requests:
            out[f"{kind} {status}"] = out.get(f"{kind} {status}", 0) + 1
        return out

    def server_errors(self) -> int:
        return sum(1 for *_, status in self.requests if status.startswith("5"))


def prepare(
    database_url: str, supervisors: int, per_supervisor: int
) -> tuple[list[list[str]], str, list[str]]:
    """Creates the internships and assessment links through the real services."""
    os.environ["PRAKTIKMATCH_DATABASE_URL"] = database_url
    from accounts import auth
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
    """Starts the server the way it is deployed: `praktikmatch serve`, which migrates first."""
    log = open(Path(tempfile.gettempdir()) / f"praktikmatch-bench-{port}.log", "ab")  # noqa: SIM115
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "praktikmatch"), "serve", "--host", "127.0.0.1",
         "--port", str(port), "--workers", str(workers)],
        cwd=ROOT, env=env, start_new_session=True, stdout=log, stderr=log,
    )  # fmt: skip
    server.env = env  # type: ignore[attr-defined]
    deadline = time.monotonic() + 120
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


def stop(server: subprocess.Popen[bytes]) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=60)


def form_for(keys: list[str], fields: dict[str, str], label: str) -> dict[str, str]:
    """A whole form in which every field names the save, so the check can tell saves apart."""
    form = {**fields, "action": "autosave", "tasks": f"Uppgifter {label}"}
    for key in keys:
        form[f"level-{key}"] = str(random.randint(1, 4))
        form[f"comment-{key}"] = f"{label}:{key}"
    form["overall_comment"] = f"Omdöme {label}"
    form["supervisor_name"] = f"Hanna {label}"
    form["supervisor_role"] = f"Butikschef {label}"
    return form


SUPERVISOR_KINDS = ("open page", "save draft", "submit")


async def timed(stats: Stats, kind: str, call):  # type: ignore[no-untyped-def]
    began = time.monotonic()
    busy = stats.in_flight
    if kind in SUPERVISOR_KINDS:
        stats.in_flight += 1
    try:
        response = await call
    except httpx.TransportError:
        stats.transport_errors += 1
        stats.add(kind, began, time.monotonic() - began, "cut")
        return None
    finally:
        if kind in SUPERVISOR_KINDS:
            stats.in_flight -= 1
    seconds = time.monotonic() - began
    stats.add(kind, began, seconds, str(response.status_code))
    if kind == "search":
        stats.search_load.append((seconds, busy))
    return response


async def supervisor(
    base: str, mine: list[Link], keys: list[str], until: float, stats: Stats, saves: int
) -> None:
    """Works through the links at a pace that spreads this supervisor's work over the whole
    window: before each request it waits (what is left of the window) / (requests left), with
    jitter, so a slow server shortens the pauses and supervisors never all finish early."""
    for item in mine:
        item.saves_left = saves

    async def pace() -> None:
        left = sum(i.saves_left + 2 for i in mine if not i.done)
        room = until - time.monotonic()
        if left and room > 0:
            await asyncio.sleep(room / left * random.uniform(0.3, 1.3))

    async with httpx.AsyncClient(base_url=base, timeout=60) as http:
        for item in mine:
            path = f"/l/{item.token}"
            while not item.done and time.monotonic() < until:
                await pace()
                page = await timed(stats, "open page", http.get(path))
                if page is None or page.status_code != 200:
                    await asyncio.sleep(0.5)
                    continue
                fields = dict(HIDDEN.findall(page.text))
                if "csrf" not in fields or "revision" not in fields:
                    item.done = True  # read-only page: submitted (e.g. just before a crash)
                    break
                while item.saves_left > 0 and time.monotonic() < until:
                    await pace()
                    form = form_for(keys, fields, f"{item.token[:6]}-{len(item.attempts)}")
                    attempt = Attempt(action="save", started=now(), form=form)
                    item.attempts.append(attempt)
                    saved = await timed(stats, "save draft", http.post(
                        path, data=form, headers={"Accept": "application/json"}))  # fmt: skip
                    attempt.ended = now()
                    if saved is None:
                        break  # unknown: reopen the page for the revision that is stored now
                    if saved.status_code != 200:
                        attempt.outcome = "failed"
                        break
                    attempt.outcome = "ok"
                    item.saves_left -= 1
                    fields["revision"] = str(saved.json()["revision"])
                if item.saves_left > 0 or time.monotonic() >= until:
                    continue
                await pace()
                attempt = Attempt(action="submit", started=now())
                item.attempts.append(attempt)
                answer = await timed(stats, "submit", http.post(path, data={
                    "csrf": fields["csrf"], "revision": fields["revision"], "action": "submit"}))  # fmt: skip
                attempt.ended = now()
                if answer is not None:
                    attempt.outcome = "ok" if answer.status_code == 303 else "failed"
                    item.done = answer.status_code == 303


async def recruiter(base: str, token: str, until: float, stats: Stats) -> None:
    headers = {"Authorization": f"Bearer {token}"}
    async with httpx.AsyncClient(base_url=base, timeout=60, headers=headers) as http:
        while time.monotonic() < until:
            q = random.choice(QUERIES)
            await timed(stats, "search", http.get("/api/placements", params={"q": q, "limit": 20}))
            await asyncio.sleep(random.uniform(0.1, 0.5))


async def drive(base: str, owned: list[list[Link]], keys: list[str], recruiter_token: str,
                seconds: float, recruiters: int, saves: int, stats: Stats) -> Stats:  # fmt: skip
    stats.started_at = time.monotonic()
    until = stats.started_at + seconds
    await asyncio.gather(
        *(supervisor(base, mine, keys, until, stats, saves) for mine in owned),
        *(recruiter(base, recruiter_token, until, stats) for _ in range(recruiters)),
    )
    stats.elapsed = time.monotonic() - stats.started_at  # open requests run past the window
    return stats


def check(database_url: str, owned: list[list[Link]], keys: list[str], **kw) -> Report:  # type: ignore[no-untyped-def]
    from checks import check as check_rows
    from sqlalchemy import create_engine

    engine = create_engine(database_url)
    try:
        return check_rows(engine, [a for mine in owned for a in mine], keys, **kw)
    finally:
        engine.dispose()


def ms(values: list[float], p: int) -> str:
    return f"{percentile(values, p) * 1000:.0f}" if values else "–"


def table(stats: Stats) -> list[str]:
    """Counts, rates over the elapsed time (not the nominal window), latencies."""
    lines = [f"Elapsed: {stats.elapsed:.1f} s (the window plus requests still open at its end).",
             "", "| request | count | per second | p50 ms | p95 ms |", "|---|---|---|---|---|"]  # fmt: skip
    kinds = sorted({kind for _, kind, _, _ in stats.requests})
    for kind in kinds:
        values = [sec for _, k, sec, st in stats.requests if k == kind and st != "cut"]
        n = sum(1 for _, k, _, _ in stats.requests if k == kind)
        lines.append(
            f"| {kind} | {n} | {n / stats.elapsed:.1f} | {ms(values, 50)} | {ms(values, 95)} |"
        )
    total = len(stats.requests)
    lines.append(f"| **all** | {total} | {total / stats.elapsed:.1f} | | |")
    return lines


def phases(stats: Stats, seconds: float, count: int) -> list[str]:
    """Rates per slice of the window, to show the supervisors kept working to the end."""
    width = seconds / count
    lines = ["| phase (s) | open page /s | save draft /s | submit /s | search /s | search p50 ms "
             "| search p95 ms | 5xx | cut |", "|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for n in range(count):
        lo, hi = n * width, (n + 1) * width if n < count - 1 else float("inf")
        here = [r for r in stats.requests if lo <= r[0] < hi]
        span = width if n < count - 1 else max(stats.elapsed - lo, 1e-9)
        rate = {k: sum(1 for r in here if r[1] == k) / span for k in (*SUPERVISOR_KINDS, "search")}
        search = [r[2] for r in here if r[1] == "search" and r[3] != "cut"]
        errors = sum(1 for r in here if r[3].startswith("5"))
        cut = sum(1 for r in here if r[3] == "cut")
        label = (
            f"{lo:.0f}–{hi:.0f}" if hi != float("inf") else f"{lo:.0f}–end ({stats.elapsed:.0f})"
        )
        lines.append(f"| {label} | {rate['open page']:.1f} | {rate['save draft']:.1f} | "
                     f"{rate['submit']:.1f} | {rate['search']:.1f} | {ms(search, 50)} | "
                     f"{ms(search, 95)} | {errors} | {cut} |")  # fmt: skip
    return lines


def search_under_load(stats: Stats) -> list[str]:
    """Search latency by how many supervisor requests were open when the search started."""
    lines = ["| supervisor requests open at search start | searches | p50 ms | p95 ms |",
             "|---|---|---|---|"]  # fmt: skip
    for lo, hi in ((0, 0), (1, 9), (10, 49), (50, 10**9)):
        values = [sec for sec, busy in stats.search_load if lo <= busy <= hi]
        if values:
            label = f"{lo}" if lo == hi else (f"{lo}–{hi}" if hi < 10**9 else f"≥ {lo}")
            lines.append(f"| {label} | {len(values)} | {ms(values, 50)} | {ms(values, 95)} |")
    return lines


def verdict(report: Report, stats: Stats) -> list[str]:
    errors = stats.server_errors()
    bad = report.failures() + errors
    return [f"Verdict: {'FAIL' if bad else 'pass'} ({report.failures()} faulty rows, {errors} 5xx "
            "answers; any of either makes the run exit non-zero)."]  # fmt: skip


FAULT_TEXT = (
    "Lost: the row is missing, lacks the last save its client was told succeeded, or is a draft "
    "although the client was told the submit succeeded. Duplicated: more than one submit event "
    "(audit trail) for one assessment. Changed: the row holds no form its client sent, compared "
    "on every field (13 levels and comments, overall comment, tasks, supervisor name and role), or "
    "`submitted_at` is not inside the window of a submit that may have succeeded. Landed after "
    "failure: the row holds a save or a submit the client was told failed, and no request with an "
    "unknown outcome explains it. Untouched: a row no client sent anything to was changed. The "
    "check is proved by tests/bench/test_checks.py, which plants each of these faults."
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--supervisors", type=int, default=200)
    parser.add_argument("--assessments", type=int, default=4, help="links per supervisor")
    parser.add_argument("--saves", type=int, default=4, help="autosaves before each submit")
    parser.add_argument("--recruiters", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--phases", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "load.md"))
    args = parser.parse_args()
    random.seed(args.seed)

    database_url = fresh_postgres(None, f"pm_load_{uuid.uuid4().hex[:8]}")
    started = time.perf_counter()
    tokens, recruiter_token, keys = prepare(database_url, args.supervisors, args.assessments)
    print(f"prepared {args.supervisors * args.assessments} links in "
          f"{time.perf_counter() - started:.0f} s")  # fmt: skip
    owned = [[Link(token=t) for t in mine] for mine in tokens]
    server, base = start_server(database_url, args.workers)
    load_before = os.getloadavg()
    stats = Stats()
    try:
        asyncio.run(drive(base, owned, keys, recruiter_token, args.seconds, args.recruiters,
                          args.saves, stats))  # fmt: skip
    finally:
        stop(server)
    load_after = os.getloadavg()
    report = check(database_url, owned, keys)
    lines = [
        "# Load on PostgreSQL: supervisors saving and submitting, recruiters searching",
        "",
        f"Command: `PRAKTIKMATCH_BENCH_DATABASE_URL=postgresql+psycopg://root@127.0.0.1:5432/postgres "
        f".venv/bin/python bench/load_pg.py --supervisors {args.supervisors} --assessments "
        f"{args.assessments} --saves {args.saves} --recruiters {args.recruiters} --seconds "
        f"{args.seconds:.0f} --phases {args.phases} --workers {args.workers} --seed {args.seed}` "
        "(the bench creates and uses its own fresh database).",
        "",
        f"{args.supervisors} concurrent supervisors (one async client each) work through "
        f"{args.assessments} assessment links each: open the page, autosave a whole form "
        f"{args.saves} times, submit. Each paces itself to spread its work over the whole "
        f"window. {args.recruiters} recruiters search the catalogue throughout. Server: "
        f"`praktikmatch serve --workers {args.workers}` on loopback, a fresh PostgreSQL database; "
        "clients, server and PostgreSQL share the machine's 2 cores with other jobs. Load "
        f"average (1/5/15 min) at the start {load_before[0]:.1f}/{load_before[1]:.1f}/"
        f"{load_before[2]:.1f}, at the end {load_after[0]:.1f}/{load_after[1]:.1f}/"
        f"{load_after[2]:.1f}.",
        "",
        *table(stats),
        "",
        "## Per phase",
        "",
        *phases(stats, args.seconds, args.phases),
        "",
        "## Search latency under supervisor load",
        "",
        *search_under_load(stats),
        "",
        f"Answers: {dict(sorted(stats.answers.items()))}; transport errors: {stats.transport_errors}.",
        "",
        "## Rows checked afterwards",
        "",
        *counts_table(report),
        "",
        FAULT_TEXT,
        "",
        *verdict(report, stats),
        "",
    ]
    if report.problems:
        lines += ["", f"Faulty rows (first 20): {dict(list(report.problems.items())[:20])}", ""]
    Path(args.out).write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 1 if report.failures() or stats.server_errors() else 0


if __name__ == "__main__":
    sys.exit(main())
