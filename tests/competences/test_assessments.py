import re
import threading

import httpx
import pytest
from sqlalchemy import func, select

from tests.factories import assessment_form, assessment_link, hidden_fields, link_path

KEYS = [
    "communication", "cooperation", "problem_solving", "planning", "resource_management",
    "workplace_norms", "digital", "literacy", "numeracy", "languages", "learning", "initiative",
    "critical_thinking",
]  # fmt: skip


@pytest.fixture(autouse=True)
def _fresh_limiter():
    from links.views import bad_tokens

    bad_tokens.reset()


def _assessment(internship_id):
    from core.db import session_scope
    from internships.models import Assessment

    with session_scope() as s:
        return s.scalars(select(Assessment).where(Assessment.internship_id == internship_id)).one()


def test_whole_path_from_internship_to_locked_assessment_over_real_smtp(
    client, admin_headers, smtp_sink
):
    internship, created = assessment_link(client, admin_headers, send_email=True)
    assert created["send_status"] == "sent"
    (message,) = smtp_sink.messages
    assert message["To"] == "sara@testverkstan.example"
    body = message.get_content()
    url = re.search(r"https?://\S+/l/[A-Za-z0-9_-]+", body).group(0)
    assert url == created["url"]
    path = link_path(url)

    page = client.get(path)
    assert (
        page.status_code == 200 and "Alva" in page.text and "Praktik i cykelverkstad" in page.text
    )
    assert page.text.count('type="radio"') == 13 * 5
    fields = hidden_fields(page.text)
    draft = assessment_form(KEYS[:5], level="2", tasks="Lagade punkteringar")
    saved = client.post(path, data={**fields, **draft, "action": "save"}, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"].startswith(path)

    reloaded = client.get(path)
    assert 'value="2" checked' in reloaded.text and "Lagade punkteringar" in reloaded.text
    fields = hidden_fields(reloaded.text)
    assert fields["revision"] == "1"
    full = assessment_form(KEYS, level="3", supervisor_name="Sara Handledare", tasks="Lagade däck")
    confirm = client.post(path, data={**fields, **full, "action": "confirm"})
    assert confirm.status_code == 200 and "Ja, skicka in" in confirm.text
    submit = client.post(
        path, data={**hidden_fields(confirm.text), "action": "submit"}, follow_redirects=False
    )
    assert submit.status_code == 303

    stored = _assessment(internship["id"])
    assert stored.status == "submitted" and stored.submitted_at is not None
    assert stored.ratings["planning"]["level"] == 3 and stored.tasks == "Lagade däck"
    assert stored.deck_version == "2026.1"
    after = client.get(path)
    assert after.status_code == 200 and "kan bara läsas" in after.text
    assert "<form" not in after.text and 'type="radio"' not in after.text
    late = client.post(path, data={**fields, **full, "tasks": "Ändrat", "action": "save"})
    assert late.status_code == 409 and "redan inskickad" in late.text
    assert _assessment(internship["id"]).tasks == "Lagade däck"


def test_bad_input_keeps_what_was_typed_and_ties_the_error_to_its_field(client, admin_headers):
    internship, created = assessment_link(client, admin_headers)
    path = link_path(created["url"])
    fields = hidden_fields(client.get(path).text)
    typed = assessment_form(KEYS[:2], level="4", tasks="Sorterade lager")
    typed["comment-planning"] = "x" * 1001
    typed["level-numeracy"] = "7"
    answer = client.post(path, data={**fields, **typed, "action": "save"})
    assert answer.status_code == 422
    assert "Sorterade lager" in answer.text and "x" * 1001 in answer.text
    assert 'aria-describedby="comment-planning-error"' in answer.text
    assert 'id="comment-planning-error"' in answer.text and 'aria-invalid="true"' in answer.text
    assert 'href="#level-numeracy"' in answer.text
    assert _assessment(internship["id"]).revision == 0  # nothing half-stored


def test_submit_needs_every_competence_and_a_name_and_keeps_the_draft(client, admin_headers):
    internship, created = assessment_link(client, admin_headers)
    path = link_path(created["url"])
    fields = hidden_fields(client.get(path).text)
    partial = assessment_form(KEYS[:12], level="3", tasks="Packade varor")
    answer = client.post(path, data={**fields, **partial, "action": "confirm"})
    assert answer.status_code == 422
    assert (
        'href="#level-critical_thinking"' in answer.text
        and 'href="#supervisor_name"' in answer.text
    )
    stored = _assessment(internship["id"])
    assert stored.status == "draft" and stored.tasks == "Packade varor"
    assert len(stored.ratings) == 12


def test_a_stale_tab_is_told_and_keeps_what_it_typed(client, admin_headers):
    internship, created = assessment_link(client, admin_headers)
    path = link_path(created["url"])
    old = hidden_fields(client.get(path).text)
    client.post(path, data={**old, "tasks": "Från flik ett", "action": "save"})
    stale = client.post(path, data={**old, "tasks": "Från flik två", "action": "save"})
    assert stale.status_code == 409 and "annat fönster" in stale.text
    assert "Från flik två" in stale.text
    assert _assessment(internship["id"]).tasks == "Från flik ett"
    retry = client.post(
        path, data={**hidden_fields(stale.text), "tasks": "Från flik två", "action": "save"},
        follow_redirects=False,
    )  # fmt: skip
    assert retry.status_code == 303 and _assessment(internship["id"]).tasks == "Från flik två"


def test_autosave_answers_json_with_the_new_revision(client, admin_headers):
    internship, created = assessment_link(client, admin_headers)
    path = link_path(created["url"])
    fields = hidden_fields(client.get(path).text)
    answer = client.post(
        path, data={**fields, "level-digital": "na", "action": "autosave"},
        headers={"Accept": "application/json"},
    )  # fmt: skip
    assert answer.status_code == 200 and answer.json()["revision"] == 1
    assert _assessment(internship["id"]).ratings["digital"] == {"level": None}


def test_forms_without_the_links_csrf_token_change_nothing(client, admin_headers):
    internship, created = assessment_link(client, admin_headers)
    path = link_path(created["url"])
    fields = hidden_fields(client.get(path).text)
    forged = client.post(path, data={**fields, "csrf": "0" * 64, "tasks": "x", "action": "save"})
    assert forged.status_code == 403
    assert _assessment(internship["id"]).revision == 0


def test_staff_reopen_lets_the_supervisor_change_it_again(client, admin_headers, auth_headers):
    internship, created = assessment_link(client, admin_headers)
    path = link_path(created["url"])
    fields = hidden_fields(client.get(path).text)
    full = assessment_form(KEYS, supervisor_name="Sara")
    confirm = client.post(path, data={**fields, **full, "action": "confirm"})
    client.post(path, data={**hidden_fields(confirm.text), "action": "submit"})
    assessment_id = _assessment(internship["id"]).id
    coach = auth_headers("coach", team="Hisingen")
    denied = client.post(f"/api/assessments/{assessment_id}/reopen", headers=coach)
    assert denied.status_code == 403
    reopened = client.post(f"/api/assessments/{assessment_id}/reopen", headers=admin_headers)
    assert reopened.status_code == 200 and reopened.json()["status"] == "draft"
    assert reopened.json()["reopened_by"].startswith("token:")
    page = client.get(path)
    assert 'name="action" value="confirm"' in page.text and 'value="3" checked' in page.text
    twice = client.post(f"/api/assessments/{assessment_id}/reopen", headers=admin_headers)
    assert twice.status_code == 409


def test_the_page_speaks_english_on_request(client, admin_headers):
    _, created = assessment_link(client, admin_headers)
    page = client.get(link_path(created["url"]) + "?lang=en")
    assert page.status_code == 200 and '<html lang="en">' in page.text
    assert "Save draft" in page.text and "Could not be observed" in page.text
    assert "Spara utkast" not in page.text


def test_concurrent_double_submits_store_exactly_one_assessment(client, admin_headers, live_server):
    """Two tabs press "Ja, skicka in" at the same moment, against a real server."""
    from core.audit import AuditEvent
    from core.db import session_scope

    internship, created = assessment_link(client, admin_headers)
    path = link_path(created["url"])
    fields = hidden_fields(client.get(path).text)
    full = assessment_form(KEYS, supervisor_name="Sara")
    confirm = client.post(path, data={**fields, **full, "action": "confirm"})
    submit_form = {**hidden_fields(confirm.text), "action": "submit"}
    tabs = 4
    barrier = threading.Barrier(tabs)
    answers: list[httpx.Response] = []

    def press() -> None:
        with httpx.Client(base_url=live_server, timeout=30) as tab:
            barrier.wait()
            answers.append(tab.post(path, data=submit_form, follow_redirects=False))

    threads = [threading.Thread(target=press) for _ in range(tabs)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    codes = sorted(a.status_code for a in answers)
    assert codes == [303] + [409] * (tabs - 1)
    assert all("redan inskickad" in a.text for a in answers if a.status_code == 409)
    with session_scope() as s:
        submits = s.scalar(select(func.count()).where(AuditEvent.action == "assessment.submit"))
        assert submits == 1
    stored = _assessment(internship["id"])
    assert stored.status == "submitted" and stored.revision == 2


def test_assessment_page_works_on_a_phone_in_chromium(
    client, admin_headers, live_server, chromium_browser
):
    from axe_playwright_python.sync_playwright import Axe
    from playwright.sync_api import expect

    internship, created = assessment_link(client, admin_headers)
    context = chromium_browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("response", lambda r: problems.append(r.url) if r.status >= 400 else None)
    try:
        page.goto(live_server + link_path(created["url"]))
        page.get_by_role("radio", name="Klarar det själv").first.check()
        page.fill("#tasks", "Tog emot kunder")
        expect(page.locator("#autosave-status")).to_have_text("Sparat", timeout=10000)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        page.reload()
        assert page.get_by_role("radio", name="Klarar det själv").first.is_checked()
        assert page.input_value("#tasks") == "Tog emot kunder"
        violations = Axe().run(page).response["violations"]
        serious = [v["id"] for v in violations if v["impact"] in ("serious", "critical")]
        assert serious == []
    finally:
        context.close()
    assert problems == []
    stored = _assessment(internship["id"])
    assert stored.ratings["communication"]["level"] == 3 and stored.tasks == "Tog emot kunder"
