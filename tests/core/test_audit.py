"""The audit log: what it records, that it is append-only, and the admin's filtered view."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from core import audit
from tests.factories import placement_payload, youth_payload


def _actions(client, headers, **filters) -> list[str]:  # type: ignore[no-untyped-def]
    response = client.get("/api/audit", params={"limit": 500, **filters}, headers=headers)
    assert response.status_code == 200, response.text
    return [e["action"] for e in response.json()["items"]]


@pytest.fixture
def internship(client, admin_headers) -> int:  # type: ignore[no-untyped-def]
    youth = youth_payload("Y-AUD", birth_year=2000)
    assert client.post("/api/youths", json=youth, headers=admin_headers).status_code == 201
    consent = {"given_by": "youth", "scope": "share_with_employers", "given_date": "2025-01-01"}
    client.post("/api/youths/Y-AUD/consents", json=consent, headers=admin_headers)
    assert client.post("/api/placements", json=placement_payload("P-AUD"),
                       headers=admin_headers).status_code == 201  # fmt: skip
    today = datetime.now(UTC).date()
    payload = {
        "youth": "Y-AUD", "placement": "P-AUD", "status": "active",
        "start_date": str(today - timedelta(days=30)), "end_date": str(today),
        "supervisor_name": "Hanna Handledare", "supervisor_email": "hanna@example.se",
    }  # fmt: skip
    response = client.post("/api/internships", json=payload, headers=admin_headers)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def test_youth_reads_and_changes_are_recorded(client, admin_headers):
    assert (
        client.post("/api/youths", json=youth_payload("Y-R"), headers=admin_headers).status_code
        == 201
    )
    client.get("/api/youths/Y-R", headers=admin_headers)
    client.patch("/api/youths/Y-R", json={"interests": "djur"}, headers=admin_headers)
    client.get("/api/youths", headers=admin_headers)
    assert _actions(client, admin_headers, action="youth.") == [
        "youth.list", "youth.update", "youth.read", "youth.create",
    ]  # fmt: skip


def test_links_created_and_revoked_are_recorded(client, admin_headers, internship):
    created = client.post(f"/api/internships/{internship}/assessment-links",
                          json={"kind": "midway", "send_email": False}, headers=admin_headers)  # fmt: skip
    assert created.status_code == 201, created.text
    link_id = created.json()["id"]
    assert client.post(f"/api/links/{link_id}/revoke", headers=admin_headers).status_code == 200
    trail = _actions(client, admin_headers, subject_type="capability_link", subject_id=str(link_id))
    assert trail == ["link.revoke", "link.create"]
    assert created.json()["url"].split("/l/")[1] not in str(
        client.get("/api/audit", headers=admin_headers).json()
    )  # the token itself is never logged


def test_certificates_issued_and_revoked_are_recorded(
    client, admin_headers, internship, db_session
):
    from competences import service as competences_service
    from internships.models import Assessment

    deck = competences_service.get_current(db_session=db_session)
    ratings = {card["key"]: {"level": 3, "comment": ""} for card in deck.cards}
    db_session.add(Assessment(internship_id=internship, kind="final", deck_version=deck.version,
                              status="submitted", ratings=ratings, tasks="Service",
                              supervisor_name="Hanna Handledare",
                              submitted_at=datetime.now(UTC)))  # fmt: skip
    db_session.commit()
    # Certificates are issued for internships that have ended.
    ended = client.patch(f"/api/internships/{internship}", json={"status": "completed"},
                         headers=admin_headers)  # fmt: skip
    assert ended.status_code == 200, ended.text
    issued = client.post(f"/api/internships/{internship}/certificate", headers=admin_headers)
    assert issued.status_code == 201, issued.text
    code = issued.json()["code"]
    revoked = client.post(f"/api/certificates/{code}/revoke", json={"reason": "fel period"},
                          headers=admin_headers)  # fmt: skip
    assert revoked.status_code == 200, revoked.text
    actions = _actions(client, admin_headers, action="certificate.")
    assert "certificate.issue" in actions and "certificate.revoke" in actions


def test_exports_are_recorded(client, admin_headers, capsys):
    from app.cli import main

    assert (
        client.post("/api/youths", json=youth_payload("Y-E"), headers=admin_headers).status_code
        == 201
    )
    client.get("/api/youths/Y-E/export.json", headers=admin_headers)
    assert main(["export", "youths", "-"]) == 0
    assert "Y-E" in capsys.readouterr().out
    assert set(_actions(client, admin_headers, action="youth.export.")) == {
        "youth.export.json", "youth.export.csv",
    }  # fmt: skip


def test_filters_by_actor_subject_and_time(client, admin_headers, db_session):
    for actor, subject in (("user:1", "1"), ("user:2", "1"), ("user:1", "2")):
        audit.record(db_session, actor=actor, action="youth.read", subject_type="youth",
                     subject_id=subject)  # fmt: skip
    db_session.commit()
    assert len(_actions(client, admin_headers, actor="user:1")) == 2
    assert len(_actions(client, admin_headers, subject_type="youth", subject_id="1")) == 2
    now = datetime.now(UTC)
    assert len(_actions(client, admin_headers, since=(now - timedelta(minutes=5)).isoformat(),
                        action="youth.read")) == 3  # fmt: skip
    assert _actions(client, admin_headers, until=(now - timedelta(minutes=5)).isoformat()) == []
    page = client.get("/api/audit", params={"limit": 1, "action": "youth.read"},
                      headers=admin_headers).json()  # fmt: skip
    assert page["total"] == 3 and len(page["items"]) == 1


def test_reading_the_log_is_itself_recorded_and_admin_only(client, admin_headers, auth_headers):
    client.get("/api/audit", headers=admin_headers)
    assert "audit.read" in _actions(client, admin_headers)
    for role in ("recruiter", "coach"):
        assert client.get("/api/audit", headers=auth_headers(role)).status_code == 403


def test_audit_events_cannot_be_changed_or_deleted(db_session):
    audit.record(db_session, actor="user:1", action="youth.read", subject_type="youth",
                 subject_id=1)  # fmt: skip
    db_session.commit()
    event = db_session.scalar(select(audit.AuditEvent))
    event.action = "youth.nothing"
    with pytest.raises(RuntimeError, match="append-only"):
        db_session.flush()
    db_session.rollback()
    db_session.delete(db_session.scalar(select(audit.AuditEvent)))
    with pytest.raises(RuntimeError, match="append-only"):
        db_session.flush()
