"""Fuzz the API with schemathesis against its own OpenAPI schema, on a real server.

A fresh SQLite database with the demo data, a uvicorn server on loopback, and schemathesis
generating requests (valid and invalid) for every operation, as an admin and as a coach.
Checks: no 5xx, every status code declared, content types and bodies valid against the schema.
Counts the requests from the HAR recordings and writes bench/results/fuzz.md.

    .venv/bin/python bench/fuzz_api.py [--max-examples 40] [--seed 1]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
sys.path.insert(0, str(ROOT / "bench"))
from common import free_port, fresh_postgres  # noqa: E402

CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


def cli(env: dict[str, str], *args: str) -> str:
    done = subprocess.run(
        [str(BIN / "praktikmatch"), *args], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def wait_up(url: str) -> None:
    for _ in range(300):
        try:
            if httpx.get(url + "/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise SystemExit("the server did not start")


def run_schemathesis(
    url: str, token: str, har: Path, max_examples: int, seed: int
) -> tuple[int, str]:
    cmd = [
        str(BIN / "schemathesis"), "run", f"{url}/openapi.json",
        "-H", f"Authorization: Bearer {token}",
        "--checks", CHECKS,
        "--phases", "examples,coverage,fuzzing",
        "--max-examples", str(max_examples),
        "--seed", str(seed),
        "--workers", "2",
        "--no-color",
        "--suppress-health-check", "all",
        "--generation-database", "none",
        "--request-timeout", "30",
        "--report", "har", "--report-har-path", str(har),
    ]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True)
    return done.returncode, done.stdout + done.stderr


def har_counts(har: Path) -> tuple[int, Counter[int]]:
    entries = json.loads(har.read_text())["log"]["entries"]
    statuses = Counter(int(e["response"]["status"]) for e in entries)
    return len(entries), statuses


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=40)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "fuzz.md"))
    parser.add_argument(
        "--postgres",
        default="",
        help="base URL, e.g. postgresql+psycopg://root@127.0.0.1:5432/test",
    )
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="pm-fuzz-"))
    database_url = f"sqlite:///{work / 'fuzz.db'}"
    if args.postgres:
        database_url = fresh_postgres(args.postgres, "pm_fuzz")
    env = {
        **os.environ,
        "PRAKTIKMATCH_WARM_MATCHER": "false",
        "PRAKTIKMATCH_DATABASE_URL": database_url,
        "PRAKTIKMATCH_KEY_DIR": str(work / "keys"),
        "PRAKTIKMATCH_SMTP_PORT": "1",  # nothing listens: mail stays in the outbox
    }
    cli(env, "demo")
    tokens = {
        role: cli(env, "token", "create", "--name", f"fuzz-{role}", "--role", role,
                  *(["--team", "Hisingen"] if role == "coach" else [])).strip().splitlines()[-1]
        for role in ("admin", "coach")
    }  # fmt: skip
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = work / "server.log"
    with log_path.open("w") as server_log:
        server = subprocess.Popen(
            [str(BIN / "uvicorn"), "app.main:app", "--host", "127.0.0.1", "--port", str(port)],
            env=env, cwd=ROOT, stdout=server_log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            wait_up(url)
            rows = []
            started = time.perf_counter()
            for role, token in tokens.items():
                har = work / f"{role}.har"
                code, output = run_schemathesis(url, token, har, args.max_examples, args.seed)
                requests, statuses = har_counts(har)

                rows.append((role, code, requests, statuses, output))
                print(f"{role}: exit {code}, {requests} requests, statuses {dict(statuses)}")
                (work / f"{role}.txt").write_text(output)
                if code != 0:
                    print(f"failures: see {work / f'{role}.txt'}")

            seconds = time.perf_counter() - started
        finally:
            server.terminate()
            server.wait(timeout=30)
    server_errors = log_path.read_text().count("Traceback")
    args.database = "PostgreSQL" if args.postgres else "SQLite"
    write_report(Path(args.out), rows, seconds, server_errors, args)
    return 0 if all(r[1] == 0 for r in rows) and server_errors == 0 else 1


def write_report(out: Path, rows: list, seconds: float, server_errors: int, args) -> None:  # type: ignore[no-untyped-def, type-arg]
    total = sum(r[2] for r in rows)
    five = sum(n for r in rows for s, n in r[3].items() if s >= 500)
    lines = [
        "# API fuzzing (schemathesis)",
        "",
        f"Command: `.venv/bin/python bench/fuzz_api.py --max-examples {args.max_examples} "
        f"--seed {args.seed}{' --postgres URL' if args.postgres else ''}` — a real uvicorn server "
        f"on loopback, a fresh {args.database} database with the "
        "demo data, schemathesis phases examples + coverage + fuzzing (valid and invalid input) "
        "against `/openapi.json`, as an admin and as a coach (team Hisingen).",
        "",
        f"Checks: `{CHECKS}`.",
        "",
        "| caller | requests | 5xx | schemathesis exit | answers by status |",
        "|---|---|---|---|---|",
    ]
    for role, code, requests, statuses, _ in rows:
        by_status = ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items()))
        fives = sum(n for s, n in statuses.items() if s >= 500)
        lines.append(f"| {role} | {requests} | {fives} | {code} | {by_status} |")
    lines += [
        "",
        f"Total: **{total} requests, {five} answers 5xx, {server_errors} tracebacks in the server "
        f"log**, {seconds:.0f} s. Exit 0 means every check passed on every request: no server "
        "error, every status code and body as the schema declares.",
        "",
        "Summary lines from schemathesis:",
        "",
        "```",
    ]
    for role, _, _, _, output in rows:
        tail = [ln for ln in output.splitlines() if ln.strip()][-6:]
        lines += [f"[{role}]", *tail]
    lines += ["```", ""]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    sys.exit(main())
