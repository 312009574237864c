"""The audit log page: admins see and filter it, others may not, and reading it is logged."""

from sqlalchemy import select

from tests.factories import youth_payload


def test_admin_sees_and_filters_the_audit_log(signed_in, admin_headers):
    client, _ = signed_in("admin")
    client.post("/api/youths", json=youth_payload("AUD-1"), headers=admin_headers)
    client.get("/api/youths/AUD-1", headers=admin_headers)

    page = client.get("/audit")
    assert page.status_code == 200
    assert "youth.create" in page.text and "youth.read" in page.text
    assert 'href="/audit"' in page.text  # the admin's menu links to it

    only_reads = client.get("/audit", params={"action": "youth.read"})
    assert "youth.read" in only_reads.text and "youth.create" not in only_reads.text

    bad_date = client.get("/audit", params={"since": "igår"})
    assert bad_date.status_code == 200 and 'aria-invalid="true"' in bad_date.text


def test_reading_the_audit_page_is_itself_logged(signed_in, db_session):
    from core.audit import AuditEvent

    client, _ = signed_in("admin")
    client.get("/audit")
    assert "audit.read" in set(db_session.scalars(select(AuditEvent.action)))


def test_recruiters_and_coaches_may_not_read_the_audit_log(signed_in):
    for role in ("recruiter", "coach"):
        client, csrf = signed_in(role, team="Väster")
        assert client.get("/audit").status_code == 403
        assert 'href="/audit"' not in client.get("/").text
        client.post("/sign-out", data={"csrf": csrf})
