"""Server time of the staff youth page (profile + ranked suggestions) at municipal scale.

Run from the repository root: `python bench/youth_page_bench.py [--placements 10000]
[--youths 500] [--requests 200]`. It builds a throw-away SQLite database (or uses
PRAKTIKMATCH_DATABASE_URL with --use-env-db), imports N synthetic placements and M youths,
signs a recruiter in through the real form, and times GET /youths/{ref} in-process (the ASGI
app, no network) for random youths. Writes bench/results/youth_page.md.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import platform
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results" / "youth_page.md"
PASSWORD = "bench-password-long-enough"


def youths_csv(n: int, seed: int = 11) -> str:
    """n youths varied from the demo set (deterministic)."""
    rng = random.Random(seed)
    base = list(csv.DictReader((ROOT / "demo" / "youths.csv").open(encoding="utf-8")))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(base[0].keys()), lineterminator="\n")
    writer.writeheader()
    for i in range(n):
        row = dict(base[i % len(base)])
        row["ref"] = f"B{i:05d}"
        row["team"] = "Bench"
        row["interests"] = f"{row['interests']} {rng.choice(['', 'gärna nära', 'helst dagtid'])}"
        writer.writerow(row)
    return out.getvalue()


def setup(n_placements: int, n_youths: int, use_env_db: bool) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="pm-youthbench-"))
    if not use_env_db:
        os.environ["PRAKTIKMATCH_DATABASE_URL"] = f"sqlite:///{scratch / 'bench.db'}"
    os.environ["PRAKTIKMATCH_KEY_DIR"] = str(scratch / "keys")
    os.environ["PRAKTIKMATCH_WARM_MATCHER"] = "false"
    from accounts.models import StaffUser
    from app.cli import _prepare_database
    from bench.synth import synth_csv
    from core.db import session_scope
    from core.security import hash_password
    from employers.importing import import_placements
    from youths.importing import import_youths

    _prepare_database()
    with session_scope() as s:
        import_placements(db_session=s, text=synth_csv(n_placements))
        import_youths(db_session=s, text=youths_csv(n_youths), actor="bench")
        s.add(StaffUser(email="bench@example.se", name="Bench", role="recruiter", team="Bench",
                        password_hash=hash_password(PASSWORD)))  # fmt: skip
        s.commit()


def run(requests: int, seed: int = 3) -> dict[str, float]:
    from fastapi.testclient import TestClient

    from app.factory import create_app

    client = TestClient(create_app())
    page = client.get("/sign-in")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    signed = client.post("/sign-in", data={"email": "bench@example.se", "password": PASSWORD,
                                           "csrf": csrf, "next": "/"}, follow_redirects=False)  # fmt: skip
    assert signed.status_code == 303, signed.text
    rng = random.Random(seed)
    t0 = time.perf_counter()
    first = client.get("/youths/B00000")  # builds the matcher's index for 10,000 placements
    cold = time.perf_counter() - t0
    assert first.status_code == 200 and "suggestion-" in first.text, first.text[:500]
    times = []
    for _ in range(requests):
        ref = f"B{rng.randrange(0, 500):05d}"
        t0 = time.perf_counter()
        answer = client.get(f"/youths/{ref}")
        times.append(time.perf_counter() - t0)
        assert answer.status_code == 200
    times.sort()
    return {
        "cold_ms": cold * 1000,
        "p50_ms": statistics.median(times) * 1000,
        "p90_ms": times[int(0.9 * len(times)) - 1] * 1000,
        "max_ms": times[-1] * 1000,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--placements", type=int, default=10_000)
    parser.add_argument("--youths", type=int, default=500)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--use-env-db", action="store_true")
    args = parser.parse_args()
    t0 = time.perf_counter()
    setup(args.placements, args.youths, args.use_env_db)
    setup_s = time.perf_counter() - t0
    figures = run(args.requests)
    db = "PostgreSQL" if "postgresql" in os.environ["PRAKTIKMATCH_DATABASE_URL"] else "SQLite"
    text = f"""# Youth page: server time

`python bench/youth_page_bench.py --placements {args.placements} --youths {args.youths} --requests {args.requests}`

GET /youths/{{ref}} for a signed-in recruiter: the profile, consent, card sort, the matcher's
ten ranked suggestions with reasons and stereotype flags, the youth's own reactions and
internships, plus the audit rows the page writes. Timed in-process (ASGI app through
Starlette's TestClient, no network), one request at a time, random youths.

| measure | value |
|---|---|
| placements / youths | {args.placements:,} / {args.youths:,} |
| database | {db} |
| first request (builds the matcher index) | {figures["cold_ms"]:.0f} ms |
| **p50** | **{figures["p50_ms"]:.1f} ms** |
| p90 | {figures["p90_ms"]:.1f} ms |
| max | {figures["max_ms"]:.1f} ms |
| data setup (import) | {setup_s:.1f} s |

Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}.
"""
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
