import threading

from sqlalchemy import func, select

from accounts.auth import Principal
from core.errors import Conflict
from tests.factories import (
    create_youth,
    internship_payload,
    placement_payload,
    start_internship,
)


def test_starting_an_internship_copies_the_occupation_and_marks_counter_stereotypes(
    client, admin_headers
):
    body = start_internship(client, admin_headers)
    assert body["status"] == "planned"
    assert body["youth_ref"] == "Y-T1" and body["placement_ref"] == "P-T1"
    assert body["ssyk_code"] == placement_payload()["ssyk"]
    assert body["supervisor_name"] == "Sara Handledare"
    # Motor mechanics are mostly men (SCB), so a young woman there is counter-stereotypical.
    assert body["counter_stereotypical"] is True
    again = client.get(f"/api/internships/{body['id']}", headers=admin_headers)
    assert again.status_code == 200 and again.json()["id"] == body["id"]


def test_supervisor_is_taken_from_the_placement_when_left_out(client, admin_headers):
    client.post(
        "/api/placements",
        json=placement_payload(supervisor_name="Omar Ek", supervisor_email="omar@ex.example"),
        headers=admin_headers,
    )
    create_youth(client, admin_headers)
    payload = internship_payload()
    for key in ("supervisor_name", "supervisor_email", "supervisor_phone", "supervisor_role"):
        payload.pop(key)
    body = client.post("/api/internships", json=payload, headers=admin_headers).json()
    assert (body["supervisor_name"], body["supervisor_email"]) == ("Omar Ek", "omar@ex.example")


def test_a_period_that_ends_before_it_starts_is_refused_with_its_field(client, admin_headers):
    client.post("/api/placements", json=placement_payload(), headers=admin_headers)
    create_youth(client, admin_headers)
    bad = client.post(
        "/api/internships",
        json=internship_payload(start_date="2026-10-01", end_date="2026-09-01"),
        headers=admin_headers,
    )
    assert bad.status_code == 422 and "end_date" in bad.json()["message"]
    assert client.get("/api/internships", headers=admin_headers).json()["total"] == 0


def test_lifecycle_allows_only_its_own_transitions(client, admin_headers):
    body = start_internship(client, admin_headers)
    url = f"/api/internships/{body['id']}"
    skip = client.patch(url, json={"status": "completed"}, headers=admin_headers)
    assert skip.status_code == 409 and "planned" in skip.json()["detail"]
    assert client.patch(url, json={"status": "active"}, headers=admin_headers).json()["status"] == (
        "active"
    )
    done = client.patch(url, json={"status": "completed"}, headers=admin_headers)
    assert done.status_code == 200 and done.json()["status"] == "completed"
    back = client.patch(url, json={"status": "active"}, headers=admin_headers)
    assert back.status_code == 409
    assert client.get(url, headers=admin_headers).json()["status"] == "completed"


def test_a_planned_internship_can_end_early_with_a_reason(client, admin_headers):
    body = start_internship(client, admin_headers)
    answer = client.put(
        f"/api/internships/{body['id']}",
        json={"status": "ended_early", "end_reason": "Platsen ställdes in"},
        headers=admin_headers,
    )
    assert answer.json()["status"] == "ended_early"
    assert answer.json()["end_reason"] == "Platsen ställdes in"


def test_list_filters_by_status_and_youth(client, admin_headers):
    first = start_internship(client, admin_headers)
    create_youth(client, admin_headers, "Y-T2")
    second = client.post(
        "/api/internships", json=internship_payload(youth="Y-T2"), headers=admin_headers
    ).json()
    client.patch(f"/api/internships/{second['id']}", json={"status": "active"},
                 headers=admin_headers)  # fmt: skip
    everything = client.get("/api/internships", headers=admin_headers).json()
    assert everything["total"] == 2
    active = client.get("/api/internships?status=active", headers=admin_headers).json()
    assert [i["id"] for i in active["items"]] == [second["id"]] and active["total"] == 1
    mine = client.get("/api/internships?youth=Y-T1", headers=admin_headers).json()
    assert [i["id"] for i in mine["items"]] == [first["id"]]
    bad = client.get("/api/internships?status=lost", headers=admin_headers)
    assert bad.status_code == 422


def test_a_full_placement_refuses_another_start_and_a_finished_one_frees_its_seat(
    client, admin_headers
):
    first = start_internship(client, admin_headers, capacity=1)
    create_youth(client, admin_headers, "Y-T2")
    full = client.post(
        "/api/internships", json=internship_payload(youth="Y-T2"), headers=admin_headers
    )
    assert full.status_code == 409 and "full" in full.json()["detail"]
    client.patch(f"/api/internships/{first['id']}", json={"status": "ended_early"},
                 headers=admin_headers)  # fmt: skip
    freed = client.post(
        "/api/internships", json=internship_payload(youth="Y-T2"), headers=admin_headers
    )
    assert freed.status_code == 201


def test_the_same_youth_cannot_hold_two_seats_at_one_placement(client, admin_headers):
    start_internship(client, admin_headers, capacity=3)
    twice = client.post("/api/internships", json=internship_payload(), headers=admin_headers)
    assert twice.status_code == 409
    assert client.get("/api/internships", headers=admin_headers).json()["total"] == 1


def test_concurrent_starts_never_overbook(client, admin_headers):
    """Eight recruiters start eight youths on a two-seat placement at the same moment."""
    from core.db import session_scope
    from internships import service as internships
    from internships.models import Internship
    from internships.schemas import InternshipCreate

    client.post("/api/placements", json=placement_payload(capacity=2), headers=admin_headers)
    for i in range(8):
        create_youth(client, admin_headers, f"Y-{i}")
    principal = Principal(kind="token", id=1, role="admin")
    barrier = threading.Barrier(8)
    outcomes: list[str] = []

    def start(i: int) -> None:
        data = InternshipCreate(**internship_payload(youth=f"Y-{i}"))
        with session_scope() as session:
            barrier.wait()
            try:
                internships.start_internship(db_session=session, data=data, principal=principal)
                session.commit()
                outcomes.append("started")
            except Conflict:
                session.rollback()
                outcomes.append("full")

    threads = [threading.Thread(target=start, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(outcomes) == ["full"] * 6 + ["started"] * 2
    with session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Internship)) == 2


def test_follow_ups_are_recorded_and_listed(client, admin_headers, auth_headers):
    body = start_internship(client, admin_headers)
    coach = auth_headers("coach", team="Hisingen")
    answer = client.post(
        f"/api/internships/{body['id']}/follow-ups",
        json={"held_date": "2026-09-15", "note": "Trivs bra, vill ha fler kunduppgifter."},
        headers=coach,
    )
    assert answer.status_code == 201, answer.text
    read = client.get(f"/api/internships/{body['id']}", headers=admin_headers).json()
    assert [f["note"] for f in read["follow_ups"]] == ["Trivs bra, vill ha fler kunduppgifter."]


def test_a_coach_cannot_start_internships_or_see_other_teams(client, admin_headers, auth_headers):
    body = start_internship(client, admin_headers)
    other = auth_headers("coach", team="Väster")
    assert client.get(f"/api/internships/{body['id']}", headers=other).status_code == 404
    assert client.get("/api/internships", headers=other).json()["total"] == 0
    denied = client.post("/api/internships", json=internship_payload(), headers=other)
    assert denied.status_code == 403


def test_reading_an_internship_is_audited(client, admin_headers, db_session):
    from core.audit import AuditEvent

    body = start_internship(client, admin_headers)
    client.get(f"/api/internships/{body['id']}", headers=admin_headers)
    actions = list(db_session.scalars(select(AuditEvent.action)))
    assert "internship.create" in actions and "internship.read" in actions


# ---- consent to share with employers gates internships and supervisor links ---------------


def _placement_and_youth(client, headers, birth_year: int, given_by: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    from tests.factories import record_consent

    client.post("/api/placements", json=placement_payload(), headers=headers)
    create_youth(client, headers, "Y-C", consent=False, birth_year=birth_year)
    record_consent(client, headers, "Y-C", given_by=given_by)


def _start(client, headers):  # type: ignore[no-untyped-def]
    return client.post("/api/internships", json=internship_payload(youth="Y-C"), headers=headers)


def test_starting_without_consent_answers_409_with_the_message_and_stores_nothing(
    client, admin_headers
):
    from datetime import date

    _placement_and_youth(client, admin_headers, date.today().year - 20, ())
    refused = _start(client, admin_headers)
    assert refused.status_code == 409
    detail = refused.json()["detail"]
    assert "Samtycke saknas: ungdomens samtycke" in detail
    assert "Consent missing: the youth's consent" in detail and "guardian" not in detail
    assert client.get("/api/internships", headers=admin_headers).json()["total"] == 0


def test_a_minor_with_only_their_own_consent_is_refused_and_with_a_guardians_it_starts(
    client, admin_headers
):
    from datetime import date

    from tests.factories import record_consent

    _placement_and_youth(client, admin_headers, date.today().year - 16, ("youth",))
    refused = _start(client, admin_headers)
    assert refused.status_code == 409
    assert "vårdnadshavarens samtycke" in refused.json()["detail"]
    assert "ungdomens samtycke" not in refused.json()["detail"]
    assert client.get("/api/internships", headers=admin_headers).json()["total"] == 0
    record_consent(client, admin_headers, "Y-C", given_by=("guardian",))
    assert _start(client, admin_headers).status_code == 201


def test_an_adult_needs_only_their_own_consent(client, admin_headers):
    from datetime import date

    _placement_and_youth(client, admin_headers, date.today().year - 19, ("youth",))
    assert _start(client, admin_headers).status_code == 201


def test_supervisor_links_are_refused_once_consent_is_withdrawn(client, admin_headers):
    from datetime import date

    from core.db import session_scope
    from links.models import CapabilityLink
    from tests.factories import assessment_link
    from youths.models import Consent

    internship, first = assessment_link(client, admin_headers)
    with session_scope() as s:
        for consent in s.scalars(select(Consent)):
            consent.withdrawn_date = date.today()
        s.commit()
    created = client.post(f"/api/internships/{internship['id']}/assessment-links",
                          json={"kind": "final", "send_email": False}, headers=admin_headers)  # fmt: skip
    assert created.status_code == 409 and "Samtycke saknas" in created.json()["detail"]
    resent = client.post(f"/api/links/{first['id']}/resend", headers=admin_headers)
    assert resent.status_code == 409
    with session_scope() as s:
        assert s.scalar(select(func.count()).select_from(CapabilityLink)) == 1


def test_list_filters_by_placement_alone_and_with_status(client, admin_headers):
    first = start_internship(client, admin_headers)  # Y-T1 at P-T1
    client.post("/api/placements", json=placement_payload("P-T2"), headers=admin_headers)
    create_youth(client, admin_headers, "Y-T2")
    second = client.post(
        "/api/internships", json=internship_payload(youth="Y-T2", placement="P-T2"),
        headers=admin_headers,
    ).json()  # fmt: skip
    at_two = client.get("/api/internships?placement=P-T2", headers=admin_headers).json()
    assert [i["id"] for i in at_two["items"]] == [second["id"]] and at_two["total"] == 1
    assert at_two["items"][0]["placement_ref"] == "P-T2"
    at_one = client.get("/api/internships?placement=P-T1", headers=admin_headers).json()
    assert [i["id"] for i in at_one["items"]] == [first["id"]]
    both = client.get("/api/internships?placement=P-T2&status=active", headers=admin_headers).json()
    assert both["total"] == 0  # P-T2's internship is still planned
    nowhere = client.get("/api/internships?placement=P-NONE", headers=admin_headers).json()
    assert nowhere["total"] == 0 and nowhere["items"] == []
