from tests.factories import youth_payload


def test_youth_crud_with_card_sort_and_discharge(client, admin_headers):
    h = admin_headers
    created = client.post(
        "/api/youths",
        json=youth_payload(strengths=["cooperation"], develop=["planning"]),
        headers=h,
    )
    assert created.status_code == 201, created.text
    assert created.json()["develop"] == ["planning"]
    bad = client.patch("/api/youths/Y-T1", json={"status": "discharged"}, headers=h)
    assert bad.status_code == 422 and "outcome" in bad.json()["message"]
    done = client.patch(
        "/api/youths/Y-T1", json={"status": "discharged", "outcome": "studies"}, headers=h
    )
    assert done.json()["status"] == "discharged" and done.json()["outcome"] == "studies"
    assert client.delete("/api/youths/Y-T1", headers=h).status_code == 204
    assert client.get("/api/youths/Y-T1", headers=h).status_code == 404


def test_unknown_competence_in_card_sort_is_refused(client, admin_headers):
    r = client.post("/api/youths", json=youth_payload(develop=["juggling"]), headers=admin_headers)
    assert r.status_code == 422 and "juggling" in r.json()["detail"]


def test_coach_sees_only_their_team(client, admin_headers, auth_headers):
    client.post("/api/youths", json=youth_payload("A", team="Väster"), headers=admin_headers)
    client.post("/api/youths", json=youth_payload("B", team="Hisingen"), headers=admin_headers)
    coach = auth_headers("coach", team="Väster")
    assert [y["ref"] for y in client.get("/api/youths", headers=coach).json()["items"]] == ["A"]
    assert client.get("/api/youths/B", headers=coach).status_code == 404


def test_guardian_consent_needed_under_18(client, admin_headers):
    h = admin_headers
    client.post("/api/youths", json=youth_payload(birth_year=2011), headers=h)
    client.post(
        "/api/youths/Y-T1/consents",
        json={"given_by": "youth", "given_date": "2026-09-01"},
        headers=h,
    )
    assert client.get("/api/youths/Y-T1", headers=h).json()["sharing_allowed"] is False
    client.post(
        "/api/youths/Y-T1/consents",
        json={"given_by": "guardian", "given_date": "2026-09-01"},
        headers=h,
    )
    assert client.get("/api/youths/Y-T1", headers=h).json()["sharing_allowed"] is True


def test_reading_a_youth_is_audited(client, admin_headers, db_session):
    from sqlalchemy import select

    from core.audit import AuditEvent

    client.post("/api/youths", json=youth_payload(), headers=admin_headers)
    client.get("/api/youths/Y-T1", headers=admin_headers)
    actions = list(db_session.scalars(select(AuditEvent.action)))
    assert "youth.create" in actions and "youth.read" in actions
