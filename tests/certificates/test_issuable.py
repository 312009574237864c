"""A certificate vouches for an internship that is over: completed, or ended early (and it says so)."""

import re

from sqlalchemy import func, select


def _count_certificates() -> int:
    from certificates.models import Certificate
    from core.db import session_scope

    with session_scope() as s:
        return s.scalar(select(func.count()).select_from(Certificate))


def test_api_refuses_a_certificate_for_an_active_internship(
    client, auth_headers, internship_factory
):
    made = internship_factory(status="active")
    url = f"/api/internships/{made.internship_id}/certificate"
    answer = client.post(url, json={"language": "sv"}, headers=auth_headers("recruiter"))
    assert answer.status_code == 409, answer.text
    assert "still active" in answer.json()["detail"]
    assert "completed or ended early" in answer.json()["detail"]
    assert _count_certificates() == 0


def test_ended_early_certificate_says_so_in_both_languages(
    client, auth_headers, internship_factory, read_pdf
):
    recruiter = auth_headers("recruiter")
    for language, words in (("sv", "avbruten i förtid"), ("en", "ended early")):
        made = internship_factory(status="ended_early")
        url = f"/api/internships/{made.internship_id}/certificate"
        created = client.post(url, json={"language": language}, headers=recruiter)
        assert created.status_code == 201, created.text
        pdf = client.get(created.json()["pdf_url"], headers=recruiter)
        assert words in read_pdf(pdf.content)


def test_completed_certificate_does_not_say_ended_early(
    client, auth_headers, ready_internship, read_pdf
):
    recruiter = auth_headers("recruiter")
    url = f"/api/internships/{ready_internship.internship_id}/certificate"
    created = client.post(url, json={"language": "sv"}, headers=recruiter)
    pdf = client.get(created.json()["pdf_url"], headers=recruiter)
    assert "förtid" not in read_pdf(pdf.content)


def test_page_hides_the_issue_button_while_active_and_explains_why(signed_in, internship_factory):
    made = internship_factory(status="active")
    client, _ = signed_in("admin")
    page = client.get(f"/internships/{made.internship_id}")
    assert page.status_code == 200
    assert "Utfärda intyget" not in page.text
    assert f'action="/internships/{made.internship_id}/certificate"' not in page.text
    note = re.search(r'id="certificate-not-yet">([^<]+)<', page.text)
    assert note and "avslutad eller avbruten i förtid" in note.group(1)


def test_page_issue_post_for_an_active_internship_is_refused(signed_in, internship_factory):
    made = internship_factory(status="active")
    client, csrf = signed_in("admin")
    answer = client.post(
        f"/internships/{made.internship_id}/certificate", data={"csrf": csrf, "lang": "sv"}
    )
    assert answer.status_code in (409, 422), answer.status_code
    assert "still active" in answer.text or "pågår" in answer.text
    assert _count_certificates() == 0
