"""Erasure check walk: after erasure (API) and after retention (the real CLI), the raw database
files hold none of the erased youth's values, and the statistics have not moved.

The youth's history is made only through the API and the link pages, as staff, the youth and a
supervisor would make it. On SQLite the main file and its -wal file are read byte for byte and
searched for every distinctive value in each encoding SQLite (or the JSON columns) could store it
in. On PostgreSQL the files belong to the server; there the statistics half runs (see README for
what erasure means on PostgreSQL).
"""

import json
import os
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.factories import assessment_form, hidden_fields, link_path, placement_payload

KEYS = [
    "communication", "cooperation", "problem_solving", "planning", "resource_management",
    "workplace_norms", "digital", "literacy", "numeracy", "languages", "learning", "initiative",
    "critical_thinking",
]  # fmt: skip


@pytest.fixture(autouse=True)
def _fresh_limiter():  # type: ignore[no-untyped-def]
    from links.views import bad_tokens

    bad_tokens.reset()


def _distinctive() -> dict[str, str]:
    """Values found nowhere else: a random tag, and letters outside ASCII where text allows."""
    tag = uuid.uuid4().hex[:8]
    return {
        "ref": f"Y-ERASE-{tag}",
        "first_name": f"Sörmlandia{tag}",
        "last_name": f"Hemligsdóttir{tag}",
        "email": f"sormlandia.{tag}@example.se",
        "phone": f"070{int(tag, 16) % 10_000_000:07d}",
        "interests": f"jag älskar fjärilar och zeppelinare {tag}",
        "proposed": f"Fjärilshuset på Ängen {tag}",
        "feedback": f"Får jag ta med min ödla {tag}?",
        "note": f"Uppföljning: trivs bättre efter lunch {tag}",
        "comment": f"Lyssnade på kunden med stort tålamod {tag}",
        "overall": f"Ett pålitligt och glatt lagarbete {tag}",
        "tasks": f"Sorterade skruvar i lådor {tag}",
        "end_reason": f"Avslutad enligt plan {tag}",
        "supervisor": f"Handledare Ärlebäck {tag}",
        "supervisor_email": f"arleback.{tag}@example.se",
    }


def _history(client, headers) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """A youth's whole path, through the API and the link pages; returns what erasure must
    remove (values, plus pieces of the certificate's PDF and credential)."""
    v = _distinctive()
    placement = client.post(
        "/api/placements",
        headers=headers,
        json=placement_payload("P-ERASE", title="Praktik i fjärilshus"),
    )
    assert placement.status_code == 201, placement.text
    youth = {
        "ref": v["ref"], "first_name": v["first_name"], "last_name": v["last_name"],
        "email": v["email"], "phone": v["phone"], "interests": v["interests"],
        "proposed_workplaces": [v["proposed"]], "birth_year": 2007, "gender": "female",
        "district": "Lundby", "team": "Hisingen", "strengths": ["communication"],
        "develop": ["planning"], "enrolled_date": "2025-01-20",
    }  # fmt: skip
    created = client.post("/api/youths", json=youth, headers=headers)
    assert created.status_code == 201, created.text
    for who in ("youth", "guardian"):
        consent = client.post(
            f"/api/youths/{v['ref']}/consents",
            headers=headers,
            json={"given_by": who, "given_date": "2025-01-20"},
        )
        assert consent.status_code == 201, consent.text

    # The youth reacts to a suggestion on their own link page, with a comment.
    review = client.post(f"/api/youths/{v['ref']}/review-link", json={}, headers=headers)
    assert review.status_code == 201, review.text
    path = link_path(review.json()["url"])
    fields = hidden_fields(client.get(path).text)
    reacted = client.post(path, follow_redirects=False, data={
        "csrf": fields["csrf"], "action": "feedback", "placement_ref": "P-ERASE",
        "reaction": "interested", "comment": v["feedback"]})  # fmt: skip
    assert reacted.status_code == 303, reacted.text

    internship = client.post("/api/internships", headers=headers, json={
        "youth": v["ref"], "placement": "P-ERASE", "start_date": "2026-09-01",
        "end_date": "2026-10-31", "supervisor_name": v["supervisor"],
        "supervisor_email": v["supervisor_email"], "supervisor_phone": "031-123 45 67",
        "supervisor_role": "Fjärilsskötare"})  # fmt: skip
    assert internship.status_code == 201, internship.text
    internship_id = internship.json()["id"]
    note = client.post(
        f"/api/internships/{internship_id}/follow-ups",
        headers=headers,
        json={"held_date": "2026-09-15", "note": v["note"]},
    )
    assert note.status_code == 201, note.text

    # The supervisor fills in the final assessment on their link page.
    link = client.post(
        f"/api/internships/{internship_id}/assessment-links",
        headers=headers,
        json={"kind": "final", "send_email": False},
    )
    assert link.status_code == 201, link.text
    path = link_path(link.json()["url"])
    form = assessment_form(
        KEYS,
        level="3",
        tasks=v["tasks"],
        overall_comment=v["overall"],
        supervisor_name=v["supervisor"],
        supervisor_role="Fjärilsskötare",
    )
    form["comment-communication"] = v["comment"]
    confirm = client.post(path, data={**hidden_fields(client.get(path).text), **form,
                                      "action": "confirm"})  # fmt: skip
    assert confirm.status_code == 200, confirm.text
    submitted = client.post(path, data={**hidden_fields(confirm.text), "action": "submit"},
                            follow_redirects=False)  # fmt: skip
    assert submitted.status_code == 303, submitted.text

    for status, extra in (("active", {}), ("completed", {"end_reason": v["end_reason"]})):
        moved = client.patch(
            f"/api/internships/{internship_id}", headers=headers, json={"status": status, **extra}
        )
        assert moved.status_code == 200, moved.text
    issued = client.post(f"/api/internships/{internship_id}/certificate", headers=headers)
    assert issued.status_code == 201, issued.text
    code = issued.json()["code"]
    pdf = client.get(f"/api/certificates/{code}/certificate.pdf", headers=headers).content
    jwt = client.get(f"/api/certificates/{code}/credential.jwt", headers=headers).content
    assert pdf.startswith(b"%PDF") and jwt.count(b".") == 2
    discharged = client.patch(f"/api/youths/{v['ref']}", headers=headers, json={
        "status": "discharged", "outcome": "work", "discharged_date": "2026-11-15"})  # fmt: skip
    assert discharged.status_code == 200, discharged.text
    # Pieces of the PDF (its streams are compressed: the name cannot be searched for in it) and
    # of the credential. Only varied bytes count: a run of zeros or spaces is found anywhere.
    pieces = {}
    for start in range(len(pdf) // 5, len(pdf) - 48, len(pdf) // 5):
        offset = next(i for i in range(start, len(pdf) - 48) if len(set(pdf[i : i + 48])) >= 30)
        pieces[f"pdf[{offset}]"] = pdf[offset : offset + 48]
    pieces["credential"] = jwt.split(b".")[1][:48]
    return {"values": v, "bytes": pieces}


def _forms(value: str) -> dict[str, bytes]:
    """Every way SQLite could hold the text: UTF-8 or UTF-16 (PRAGMA encoding), or inside a
    JSON column, where Python escapes non-ASCII letters as \\uXXXX."""
    return {
        "utf-8": value.encode("utf-8"),
        "utf-16le": value.encode("utf-16-le"),
        "utf-16be": value.encode("utf-16-be"),
        "json": json.dumps(value)[1:-1].encode("ascii"),
    }


def _database_files(database_url: str) -> list[Path]:
    main = Path(make_url(database_url).database or "")
    return [main, main.with_name(main.name + "-wal")]


def _raw_bytes(path: Path) -> bytes:
    """A file's bytes, read by another process. Opening and closing the database file here
    would drop this process's POSIX locks on it (they belong to the process, not to the file
    descriptor), and the next SQLite process would then think it is alone and delete the WAL."""
    return subprocess.run(["cat", str(path)], capture_output=True, check=True).stdout


def _leaks(database_url: str, secrets: dict[str, object]) -> list[tuple[str, str, str]]:
    found = []
    for path in _database_files(database_url):
        if not path.exists():
            continue
        data = _raw_bytes(path)
        for name, value in secrets["values"].items():  # type: ignore[attr-defined]
            found += [(path.name, name, form) for form, raw in _forms(value).items() if raw in data]
        for name, raw in secrets["bytes"].items():  # type: ignore[attr-defined]
            if raw in data:
                found.append((path.name, name, "bytes"))
    return found


def _checkpoint_from_outside(database_url: str) -> None:
    """Checkpoints the database from another process, as sqlite3's automatic checkpoint would."""
    script = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
              "print(c.execute('PRAGMA wal_checkpoint(TRUNCATE)').fetchone())")  # fmt: skip
    run = subprocess.run([sys.executable, "-c", script, str(_database_files(database_url)[0])],
                         capture_output=True, text=True, check=True)  # fmt: skip
    assert run.stdout.startswith("(0,"), run.stdout  # not blocked: every frame was copied


def _statistics(client) -> str:  # type: ignore[no-untyped-def]
    answer = client.get("/statistics.csv")
    assert answer.status_code == 200
    return answer.content.decode("utf-8-sig")


def test_erasure_leaves_nothing_in_the_database_files_and_keeps_the_statistics(
    signed_in, admin_headers, database_url
):
    client, _ = signed_in("admin")
    secrets = _history(client, admin_headers)
    sqlite = database_url.startswith("sqlite")
    if sqlite:
        # As after weeks of use: SQLite's automatic checkpoints have long since moved the values
        # from the WAL into the main file. Erasure must then overwrite them there.
        _checkpoint_from_outside(database_url)
        main_file = _database_files(database_url)[0].name
        assert {f for f, _, _ in _leaks(database_url, secrets)} == {main_file}
    before = _statistics(client)
    assert "Utfall vid utskrivning,Alla,Arbete,1" in before

    ref = secrets["values"]["ref"]  # type: ignore[index]
    erased = client.post(f"/api/youths/{ref}/erase", headers=admin_headers)
    assert erased.status_code == 200, erased.text

    if sqlite:
        assert _leaks(database_url, secrets) == []
    assert _statistics(client) == before


def test_retention_from_the_command_line_leaves_nothing_in_the_database_files(
    signed_in, admin_headers, database_url
):
    client, _ = signed_in("admin")
    secrets = _history(client, admin_headers)
    if database_url.startswith("sqlite"):
        assert _leaks(database_url, secrets), "the values never reached the files"
    before = _statistics(client)
    ref = secrets["values"]["ref"]  # type: ignore[index]

    later = date(date.today().year + 3, 1, 1).isoformat()
    env = {**os.environ, "PRAKTIKMATCH_DATABASE_URL": database_url}
    run = subprocess.run(
        [str(Path(sys.executable).with_name("praktikmatch")), "retention", "apply",
         "--months", "24", "--today", later],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert "erased 1 youth(s)" in run.stdout
    got = client.get(f"/api/youths/{ref}", headers=admin_headers)
    assert got.status_code == 404, (got.text, run.stdout, run.stderr)

    if database_url.startswith("sqlite"):
        assert _leaks(database_url, secrets) == []
    assert _statistics(client) == before
