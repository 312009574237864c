"""The benches' own check (bench/checks.py) must catch every fault it is there to catch.

Real supervisors' links are driven over HTTP (the app in process, a real database), each
request recorded as the benches record it; the check must then find nothing. Then one fault is
planted per assessment, straight into the database as a broken server or a crash would leave
it, and the check must name exactly that fault on exactly that assessment.
"""

import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import delete, select, update

from tests.factories import (
    hidden_fields,
    internship_payload,
    link_path,
    placement_payload,
    youth_payload,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from checks import Attempt, ClientRecord, check, now  # noqa: E402

NAMES = ["clean", "duplicated", "changed", "after_failure", "untouched", "missing", "late_stamp"]


def _links(client, headers) -> dict[str, str]:
    """One internship and final-assessment link per name, made through the API."""
    paths = {}
    for i, name in enumerate(NAMES):
        placement = client.post(
            "/api/placements", json=placement_payload(f"P-C{i}"), headers=headers
        )
        youth = client.post("/api/youths", json=youth_payload(f"Y-C{i}"), headers=headers)
        assert placement.status_code == 201 and youth.status_code == 201
        consent = client.post(f"/api/youths/Y-C{i}/consents", headers=headers,
                              json={"given_by": "youth", "given_date": "2026-01-15"})  # fmt: skip
        assert consent.status_code == 201
        internship = client.post("/api/internships", headers=headers,
                                 json=internship_payload(f"Y-C{i}", f"P-C{i}"))  # fmt: skip
        assert internship.status_code == 201, internship.text
        link = client.post(f"/api/internships/{internship.json()['id']}/assessment-links",
                           json={"kind": "final", "send_email": False}, headers=headers)  # fmt: skip
        assert link.status_code == 201
        paths[name] = link_path(link.json()["url"])
    return paths


def _form(keys, fields, label):
    form = {**fields, "action": "autosave", "tasks": f"Uppgifter {label}",
            "overall_comment": f"Omdöme {label}", "supervisor_name": "Hanna Handledare",
            "supervisor_role": "Butikschef"}  # fmt: skip
    for n, key in enumerate(keys):
        form[f"level-{key}"] = str(1 + (n + len(label)) % 4)
        form[f"comment-{key}"] = f"{label}:{key}"
    return form


def _save(client, path, record, form):
    attempt = Attempt(action="save", started=now(), form=form)
    record.attempts.append(attempt)
    answer = client.post(path, data=form, headers={"Accept": "application/json"})
    attempt.ended, attempt.outcome = now(), "ok" if answer.status_code == 200 else "failed"
    return answer


def _submit(client, path, record, fields):
    attempt = Attempt(action="submit", started=now())
    record.attempts.append(attempt)
    answer = client.post(path, data={**fields, "action": "submit"}, follow_redirects=False)
    attempt.ended, attempt.outcome = now(), "ok" if answer.status_code == 303 else "failed"
    return answer


def test_the_check_is_clean_on_honest_rows_and_catches_every_planted_fault(client, admin_headers):
    from competences import service as deck_service
    from core.audit import AuditEvent
    from core.db import get_engine, session_scope
    from core.security import hash_token
    from internships.models import Assessment
    from links.models import CapabilityLink

    with session_scope() as s:
        keys = deck_service.card_keys(deck_service.get_current(db_session=s))
    paths = _links(client, admin_headers)
    records = {name: ClientRecord(token=path.rsplit("/", 1)[1]) for name, path in paths.items()}
    failed_form = None
    for name, path in paths.items():
        if name == "untouched":
            continue  # this client never sends anything
        fields = hidden_fields(client.get(path).text)
        for n in range(2):
            saved = _save(client, path, records[name], _form(keys, fields, f"{name}-{n}"))
            assert saved.status_code == 200
            stale = fields["revision"]
            fields["revision"] = str(saved.json()["revision"])
        if name == "after_failure":
            # A save from a stale tab: the client is told it failed (409), and it must not land.
            failed_form = _form(keys, {**fields, "revision": stale}, f"{name}-stale")
            assert _save(client, path, records[name], failed_form).status_code == 409
            continue
        assert _submit(client, path, records[name], fields).status_code == 303

    engine = get_engine()
    honest = check(engine, records.values(), keys)
    assert honest.problems == {} and honest.failures() == 0
    assert honest.counts["submitted"] == 5 and honest.counts["drafts"] == 2

    with engine.connect() as conn:
        ids = {name: conn.execute(select(CapabilityLink.subject_id).where(
            CapabilityLink.token_hash == hash_token(r.token))).scalar_one()
            for name, r in records.items()}  # fmt: skip
    row_id = ids.__getitem__

    with engine.begin() as conn:
        conn.execute(AuditEvent.__table__.insert().values(
            at=now(), actor="link", action="assessment.submit", subject_type="assessment",
            subject_id=str(row_id("duplicated")), detail={}))  # fmt: skip
        conn.execute(update(Assessment).where(Assessment.id == row_id("changed"))
                     .values(supervisor_role="Ändrad i efterhand"))  # fmt: skip
        conn.execute(update(Assessment).where(Assessment.id == row_id("untouched"))
                     .values(tasks="Ingen skrev detta", revision=1))  # fmt: skip
        conn.execute(delete(Assessment).where(Assessment.id == row_id("missing")))
    with session_scope() as s:
        row = s.get(Assessment, row_id("after_failure"))
        row.ratings = {k: {"level": int(failed_form[f"level-{k}"]),
                           "comment": failed_form[f"comment-{k}"]} for k in keys}  # fmt: skip
        row.tasks, row.overall_comment = failed_form["tasks"], failed_form["overall_comment"]
        row.revision += 1
        late = s.get(Assessment, row_id("late_stamp"))
        late.submitted_at = late.submitted_at - timedelta(hours=1)
        s.commit()

    planted = check(engine, records.values(), keys)
    found = {name: planted.problems.get(records[name].token[:8], []) for name in NAMES}
    assert found == {
        "clean": [],
        "duplicated": ["duplicated"],
        "changed": ["changed"],
        "after_failure": ["landed_after_failure"],
        "untouched": ["untouched"],
        "missing": ["lost"],
        "late_stamp": ["changed"],
    }
    assert planted.failures() == 6
