from datetime import timedelta

import pytest
from sqlalchemy import select, update

from tests.conftest import free_port
from tests.factories import assessment_link, link_path, start_internship, youth_payload


@pytest.fixture
def smtp_settings(monkeypatch):
    """Sets PRAKTIKMATCH_* variables for one test, with the settings cache refreshed."""
    from core.settings import get_settings

    def apply(**values: str) -> None:
        for key, value in values.items():
            monkeypatch.setenv(f"PRAKTIKMATCH_{key.upper()}", value)
        get_settings.cache_clear()

    yield apply
    monkeypatch.undo()
    get_settings.cache_clear()


def test_the_supervisor_mail_is_short_bilingual_and_names_only_the_first_name(
    client, admin_headers, smtp_sink
):
    youth = youth_payload(last_name="Lindqvist", email="alva@ex.example", phone="070-111 22 33")
    internship = start_internship(client, admin_headers, youth=youth)
    created = client.post(
        f"/api/internships/{internship['id']}/assessment-links",
        json={"kind": "final", "send_email": True},
        headers=admin_headers,
    ).json()
    (message,) = smtp_sink.messages
    body = message.get_content()
    assert message["Subject"] == "Slutbedömning av praktik / Final assessment of an internship"
    assert "Alva" in body and created["url"] in body
    assert "-- In English --" in body and body.index("Hej!") < body.index("Hello,")
    for private in ("Lindqvist", "alva@ex.example", "070-111 22 33", "Y-T1"):
        assert private not in body and private not in str(message)
    assert len(body) < 2000


def test_an_unreachable_mail_server_is_recorded_on_the_link_not_raised(
    client, admin_headers, smtp_settings
):
    smtp_settings(smtp_host="127.0.0.1", smtp_port=str(free_port()), smtp_timeout_seconds="2")
    _, created = assessment_link(client, admin_headers, send_email=True)
    assert created["send_status"] == "failed" and created["url"].startswith("http")
    assert created["send_error"] == "ConnectionRefusedError"
    listing = client.get(f"/api/internships/{created['subject_id']}/links", headers=admin_headers)
    assert listing.status_code == 200


def test_a_refused_address_marks_the_link_bounced(client, admin_headers, smtp_sink):
    smtp_sink.refuse.add("sara@testverkstan.example")
    _, created = assessment_link(client, admin_headers, send_email=True)
    assert created["send_status"] == "bounced" and smtp_sink.messages == []


def test_without_smtp_the_link_is_kept_for_staff_to_copy(client, admin_headers, smtp_settings):
    smtp_settings(smtp_host="")
    _, created = assessment_link(client, admin_headers, send_email=True)
    assert created["send_status"] == "not_sent" and "/l/" in created["url"]


def test_sending_needs_an_address(client, admin_headers):
    internship = start_internship(client, admin_headers, supervisor_email=None)
    answer = client.post(
        f"/api/internships/{internship['id']}/assessment-links",
        json={"kind": "midway", "send_email": True},
        headers=admin_headers,
    )
    assert answer.status_code == 422 and answer.json()["field"] == "supervisor_email"


def test_a_youth_is_mailed_only_with_consent_to_e_mail_contact(client, admin_headers, smtp_sink):
    client.post("/api/youths", json=youth_payload(email="alva@ex.example"), headers=admin_headers)
    url = "/api/youths/Y-T1/review-link"
    refused = client.post(url, json={"send_email": True}, headers=admin_headers)
    assert refused.status_code == 422 and smtp_sink.messages == []
    client.post("/api/youths/Y-T1/consents", headers=admin_headers,
                json={"given_by": "youth", "scope": "contact_by_email", "given_date": "2026-09-01"})  # fmt: skip
    sent = client.post(url, json={"send_email": True}, headers=admin_headers)
    assert sent.status_code == 201 and sent.json()["send_status"] == "sent"
    assert "Hej Alva!" in smtp_sink.messages[0].get_content()


def _age_links(days: int) -> None:
    from core.db import session_scope
    from links.models import CapabilityLink

    with session_scope() as s:
        for link in s.scalars(select(CapabilityLink)):
            link.created_at -= timedelta(days=days)
        s.commit()


def test_reminders_resend_unanswered_links_at_most_m_times(client, admin_headers, smtp_sink):
    from core.db import session_scope
    from internships import assessments

    _, created = assessment_link(client, admin_headers, send_email=True)

    def remind() -> list:
        with session_scope() as s:
            sent = assessments.send_reminders(db_session=s, after_days=7, max_times=2)
            s.commit()
        return sent

    assert remind() == []  # too early
    _age_links(8)
    first = remind()
    assert [status for _, status in first] == ["sent"]
    assert "påminnelse" in smtp_sink.messages[-1].get_content()
    assert client.get(link_path(created["url"])).status_code == 410
    assert remind() == []  # the new link is fresh
    _age_links(8)
    assert len(remind()) == 1
    _age_links(8)
    assert remind() == []  # reminded twice already
    assert len(smtp_sink.messages) == 3


def test_the_remind_command_skips_submitted_assessments(client, admin_headers, smtp_sink, capsys):
    from app.cli import main
    from core.db import session_scope
    from internships.models import Assessment

    assessment_link(client, admin_headers, send_email=True)
    _age_links(8)
    with session_scope() as s:
        s.execute(update(Assessment).values(status="submitted"))
        s.commit()
    assert main(["remind"]) == 0
    assert "0 sent" in capsys.readouterr().out and len(smtp_sink.messages) == 1
