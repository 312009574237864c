"""GDPR: consent gating, export (JSON, PDF) with the audit trail, erasure, retention."""

import io
import json
import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from core.errors import Conflict
from tests.factories import placement_payload, youth_payload

# Everything below is personal; after erasure none of it may remain in any table.
SECRETS = {
    "first_name": "Sentinelia",
    "last_name": "Hemligsson",
    "email": "sentinelia@example.se",
    "phone": "0709998877",
    "interests": "gillar hemligaintressen",
    "proposed": "Hemliga bageriet",
    "note": "hemlig anteckning",
    "comment": "hemlig kommentar",
    "overall": "hemligt omdöme",
    "tasks": "hemliga uppgifter",
    "feedback": "hemlig reaktion",
    "end_reason": "hemligt skäl",
}


@pytest.fixture
def history(client, admin_headers, db_session):  # type: ignore[no-untyped-def]
    """A discharged youth with consents, an internship, follow-up, assessment, certificate,
    links and feedback: everything erasure must reach."""
    from internships.models import FollowUp, Internship
    from links import service as links
    from links.models import LinkPurpose
    from matcher.models import SuggestionFeedback
    from youths.models import Youth

    payload = youth_payload(
        "Y-GDPR", first_name=SECRETS["first_name"], last_name=SECRETS["last_name"],
        email=SECRETS["email"], phone=SECRETS["phone"], interests=SECRETS["interests"],
        proposed_workplaces=[SECRETS["proposed"]], birth_year=2009, team="Hisingen",
        strengths=["communication"],
    )  # fmt: skip
    response = client.post("/api/youths", json=payload, headers=admin_headers)
    assert response.status_code == 201, response.text
    for given_by in ("youth", "guardian"):
        consent = {
            "given_by": given_by,
            "scope": "share_with_employers",
            "given_date": "2025-01-10",
        }
        r = client.post("/api/youths/Y-GDPR/consents", json=consent, headers=admin_headers)
        assert r.status_code == 201, r.text
    r = client.post("/api/placements", json=placement_payload("P-GDPR"), headers=admin_headers)
    assert r.status_code == 201, r.text
    youth = db_session.scalar(select(Youth).where(Youth.ref == "Y-GDPR"))
    placement_id = db_session.scalar(text("SELECT id FROM placement WHERE ref = 'P-GDPR'"))
    internship = Internship(
        youth_id=youth.id, placement_id=placement_id, status="completed",
        start_date=date(2025, 2, 1), end_date=date(2025, 4, 30),
        supervisor_name="Handledare Hansson", supervisor_email="hansson@example.se",
        end_reason=SECRETS["end_reason"], created_by="test", ssyk_code="7239",
    )  # fmt: skip
    db_session.add(internship)
    db_session.flush()
    db_session.add(FollowUp(internship_id=internship.id, held_date=date(2025, 3, 1),
                            note=SECRETS["note"], recorded_by="test"))  # fmt: skip
    assessment_id = _add_assessment(db_session, internship.id)
    _add_certificate(db_session, internship.id, assessment_id)
    db_session.add(SuggestionFeedback(youth_id=youth.id, placement_ref="P-GDPR",
                                      reaction="interested", comment=SECRETS["feedback"],
                                      actor="link:1"))  # fmt: skip
    _, youth_token = links.create(
        db_session=db_session, purpose=LinkPurpose.youth_review, subject_id=youth.id,
        created_by="test", recipient_name=SECRETS["first_name"], recipient_email=SECRETS["email"],
    )  # fmt: skip
    _, supervisor_token = links.create(
        db_session=db_session, purpose=LinkPurpose.assessment, subject_id=assessment_id,
        created_by="test", recipient_email="hansson@example.se",
    )  # fmt: skip
    youth.status, youth.outcome = "discharged", "studies"
    youth.discharged_date = date(2025, 6, 15)
    db_session.commit()
    return {"youth_id": youth.id, "internship_id": internship.id,
            "tokens": [youth_token, supervisor_token]}  # fmt: skip


def _add_assessment(db_session, internship_id: int) -> int:  # type: ignore[no-untyped-def]
    from competences import service as competences_service
    from internships.models import Assessment

    deck = competences_service.get_current(db_session=db_session)
    assessment = Assessment(
        internship_id=internship_id, kind="final", deck_version=deck.version, status="submitted",
        ratings={"communication": {"level": 3, "comment": SECRETS["comment"]}},
        overall_comment=SECRETS["overall"], tasks=SECRETS["tasks"],
        supervisor_name="Handledare Hansson",
    )  # fmt: skip
    db_session.add(assessment)
    db_session.flush()
    return assessment.id


def _add_certificate(db_session, internship_id: int, assessment_id: int) -> None:  # type: ignore[no-untyped-def]
    from certificates.models import Certificate

    holder = f"{SECRETS['first_name']} {SECRETS['last_name']}"
    db_session.add(
        Certificate(
            code="GDPR0001",
            internship_id=internship_id,
            assessment_id=assessment_id,
            holder_name=holder,
            employer_name="Testverkstan AB",
            workplace_name="Lundby",
            start_date=date(2025, 2, 1),
            end_date=date(2025, 4, 30),
            issued_by="test",
            pdf_sha256="0" * 64,
            credential=f"jwt-naming-{holder}",
            pdf=holder.encode(),
        )  # fmt: skip
    )
    db_session.flush()


def _every_stored_value(db_session) -> list[tuple[str, str, object]]:  # type: ignore[no-untyped-def]
    from app.registry import load_models
    from core.db import Base

    load_models()
    found = []
    for table in Base.metadata.sorted_tables:
        for row in db_session.execute(select(table)):
            for key, value in row._mapping.items():
                found.append((table.name, key, value))
    return found


# ---- consent ----------------------------------------------------------------------------


def _youth(db_session, birth_year: int, consents: list[tuple[str, date | None]]):  # type: ignore[no-untyped-def]
    from youths.models import Consent, Youth

    youth = Youth(ref=f"C-{uuid.uuid4().hex[:8]}", birth_year=birth_year)
    db_session.add(youth)
    db_session.flush()
    for given_by, withdrawn in consents:
        db_session.add(Consent(youth_id=youth.id, given_by=given_by, scope="share_with_employers",
                               given_date=date(2025, 1, 1), withdrawn_date=withdrawn,
                               recorded_by="test"))  # fmt: skip
    db_session.flush()
    db_session.expunge(youth)  # as a caller would hold it: consents not loaded
    return db_session.get(Youth, youth.id)


def test_minor_needs_youth_and_guardian_consent_to_share(db_session):
    from youths.gdpr import require_sharing_consent

    minor_year = date.today().year - 16
    with pytest.raises(Conflict) as refused:
        require_sharing_consent(_youth(db_session, minor_year, [("youth", None)]))
    assert "vårdnadshavare" in refused.value.message and "guardian" in refused.value.message
    require_sharing_consent(_youth(db_session, minor_year, [("youth", None), ("guardian", None)]))


def test_adult_needs_only_own_consent_and_withdrawal_stops_sharing(db_session):
    from youths.gdpr import require_sharing_consent

    adult_year = date.today().year - 20
    require_sharing_consent(_youth(db_session, adult_year, [("youth", None)]))
    with pytest.raises(Conflict) as refused:
        require_sharing_consent(_youth(db_session, adult_year, [("youth", date(2025, 2, 1))]))
    assert "youth's consent" in refused.value.message
    with pytest.raises(Conflict):
        require_sharing_consent(_youth(db_session, adult_year, []))


# ---- export -----------------------------------------------------------------------------


def test_export_json_holds_everything_about_the_youth(client, admin_headers, history):
    response = client.get("/api/youths/Y-GDPR/export.json", headers=admin_headers)
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    data = response.json()["data"]
    assert data["youth"][0]["first_name"] == SECRETS["first_name"]
    assert [c["given_by"] for c in data["consent"]] == ["youth", "guardian"]
    assert data["proposed_workplace"][0]["text"] == SECRETS["proposed"]
    assert data["internship"][0]["end_reason"] == SECRETS["end_reason"]
    assert data["follow_up"][0]["note"] == SECRETS["note"]
    assert data["assessment"][0]["overall_comment"] == SECRETS["overall"]
    assert data["certificate"][0]["code"] == "GDPR0001"
    assert data["suggestion_feedback"][0]["comment"] == SECRETS["feedback"]
    assert len(data["capability_link"]) == 2
    body = response.text
    assert "token_hash" not in body and all(t not in body for t in history["tokens"])


def test_export_includes_the_audit_trail_and_is_itself_audited(client, admin_headers, history):
    assert client.get("/api/youths/Y-GDPR", headers=admin_headers).status_code == 200
    assert client.get("/api/youths", headers=admin_headers).status_code == 200
    first = client.get("/api/youths/Y-GDPR/export.json", headers=admin_headers).json()
    actions = [e["action"] for e in first["audit_trail"]]
    for expected in ("youth.create", "consent.add", "youth.read", "youth.list", "link.create"):
        assert expected in actions, expected
    second = client.get("/api/youths/Y-GDPR/export.json", headers=admin_headers).json()
    assert "youth.export.json" in [e["action"] for e in second["audit_trail"]]


def test_export_pdf_is_readable_text_with_data_and_log(client, admin_headers, history):
    from pypdf import PdfReader

    response = client.get("/api/youths/Y-GDPR/export.pdf", headers=admin_headers)
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/pdf"
    pdf_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    for expected in (SECRETS["first_name"], SECRETS["note"], "Registerutdrag", "youth.create"):
        assert expected in pdf_text, expected


# ---- erasure ----------------------------------------------------------------------------


def test_erasure_leaves_no_personal_data_in_any_table(client, admin_headers, history, db_session):
    response = client.post("/api/youths/Y-GDPR/erase", json={"reason": "begäran"},
                           headers=admin_headers)  # fmt: skip
    assert response.status_code == 200, response.text
    assert response.json()["links_revoked"] == 2
    leaks = []
    for table, column, value in _every_stored_value(db_session):
        blob = value.decode("utf-8", "replace") if isinstance(value, bytes) else json.dumps(
            value, ensure_ascii=False, default=str
        )  # fmt: skip
        leaks += [(table, column, s) for s in SECRETS.values() if s.lower() in blob.lower()]
    assert leaks == []


def test_erasure_keeps_anonymised_statistics(client, admin_headers, history, db_session):
    from internships.models import Assessment, Internship
    from youths.models import CardSort, Youth

    assert client.post("/api/youths/Y-GDPR/erase", headers=admin_headers).status_code == 200
    youth = db_session.get(Youth, history["youth_id"])
    assert (youth.gender, youth.team, youth.outcome, youth.status) == (
        "female", "Hisingen", "studies", "discharged",
    )  # fmt: skip
    assert youth.erased_at is not None and youth.birth_year is None
    assert youth.discharged_date == date(2025, 6, 1)  # kept to the month only
    assert db_session.scalar(select(Internship.status)) == "completed"
    ratings = db_session.scalar(select(Assessment.ratings))
    assert ratings == {"communication": {"level": 3, "comment": ""}}
    assert db_session.scalar(select(CardSort.strengths)) == ["communication"]


def test_erasure_revokes_links_and_is_audited(client, admin_headers, history):
    assert client.post("/api/youths/Y-GDPR/erase", headers=admin_headers).status_code == 200
    for token in history["tokens"]:
        assert client.get(f"/l/{token}").status_code == 410
    log = client.get("/api/audit", params={"action": "youth.erase"}, headers=admin_headers).json()
    assert log["total"] == 1 and log["items"][0]["subject_id"] == str(history["youth_id"])
    revoked = client.get("/api/audit", params={"action": "link.revoke"}, headers=admin_headers)
    assert revoked.json()["total"] == 2


def test_erased_youth_is_gone_from_the_api_and_a_second_erase_finds_nothing(
    client, admin_headers, history
):
    assert client.post("/api/youths/Y-GDPR/erase", headers=admin_headers).status_code == 200
    assert client.post("/api/youths/Y-GDPR/erase", headers=admin_headers).status_code == 404
    assert client.get("/api/youths/Y-GDPR", headers=admin_headers).status_code == 404
    assert client.get("/api/youths", headers=admin_headers).json()["total"] == 0


def test_erasure_is_refused_during_an_active_internship_and_changes_nothing(
    client, admin_headers, history, db_session
):
    from internships.models import Internship

    db_session.get(Internship, history["internship_id"]).status = "active"
    db_session.commit()
    response = client.post("/api/youths/Y-GDPR/erase", headers=admin_headers)
    assert response.status_code == 409 and "end it first" in response.json()["detail"]
    profile = client.get("/api/youths/Y-GDPR", headers=admin_headers).json()
    assert profile["first_name"] == SECRETS["first_name"]


def test_only_admins_erase(client, auth_headers, history):
    for role in ("recruiter", "coach"):
        headers = auth_headers(role)
        assert client.post("/api/youths/Y-GDPR/erase", headers=headers).status_code == 403


# ---- retention --------------------------------------------------------------------------


def _retention(capsys, *args: str) -> str:  # type: ignore[no-untyped-def]
    from app.cli import main

    capsys.readouterr()
    assert main(["retention", "apply", *args]) == 0
    return capsys.readouterr().out


def _discharged(db_session, ref: str, day: date | None, status: str = "discharged") -> int:  # type: ignore[no-untyped-def]
    from youths.models import Youth

    youth = Youth(ref=ref, first_name=ref, status=status, discharged_date=day, gender="male")
    db_session.add(youth)
    db_session.commit()
    return youth.id


def test_retention_dry_run_lists_but_changes_nothing(db_session, history, capsys):
    from youths.models import Youth

    out = _retention(capsys, "--dry-run", "--months", "24", "--today", "2027-07-01")
    assert f"would erase: youth id {history['youth_id']}" in out
    db_session.expire_all()
    assert db_session.get(Youth, history["youth_id"]).first_name == SECRETS["first_name"]


def test_retention_erases_only_youths_discharged_longer_ago_than_allowed(
    db_session, history, capsys
):
    from youths.models import Youth

    today = date(2027, 7, 1)
    recent = _discharged(db_session, "R-RECENT", today - timedelta(days=300))
    enrolled = _discharged(db_session, "R-ENROLLED", None, status="enrolled")
    out = _retention(capsys, "--months", "24", "--today", today.isoformat())
    assert "erased 1 youth(s)" in out
    db_session.expire_all()
    assert db_session.get(Youth, history["youth_id"]).erased_at is not None
    assert db_session.get(Youth, recent).first_name == "R-RECENT"
    assert db_session.get(Youth, enrolled).erased_at is None
    db_session.rollback()  # end the read: on SQLite every transaction takes the write lock
    again = _retention(capsys, "--months", "24", "--today", today.isoformat())
    assert "erased 0 youth(s)" in again
