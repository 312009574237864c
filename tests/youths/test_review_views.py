import pytest
from sqlalchemy import func, select

from tests.factories import hidden_fields, link_path, placement_payload, youth_payload


@pytest.fixture(autouse=True)
def _fresh_limiter():
    from links.views import bad_tokens

    bad_tokens.reset()


@pytest.fixture
def review(client, admin_headers):
    """A young man who likes engines, a mechanics placement (97 % men), and his own link."""
    client.post("/api/placements", headers=admin_headers,
                json=placement_payload(title="Praktik på bilverkstad", ssyk="7231",
                                       description="Byta däck och meka med motorer."))  # fmt: skip
    client.post("/api/youths", headers=admin_headers,
                json=youth_payload(gender="male", first_name="Elias",
                                   interests="jag gillar bilar och att meka med motorer"))  # fmt: skip
    staff_view = client.get("/api/youths/Y-T1/suggestions", headers=admin_headers).json()
    answer = client.post("/api/youths/Y-T1/review-link", json={}, headers=admin_headers)
    assert answer.status_code == 201, answer.text
    return link_path(answer.json()["url"]), staff_view["suggestions"]


def _youth_id() -> int:
    from core.db import session_scope
    from youths.models import Youth

    with session_scope() as s:
        return s.scalar(select(Youth.id).where(Youth.ref == "Y-T1"))


def test_the_youth_sees_suggestions_but_never_the_stereotype_flags(client, review):
    path, staff_suggestions = review
    flagged = [s for s in staff_suggestions if s["stereotype_flag"]]
    assert flagged, "the staff view should flag this placement, or the test proves nothing"
    page = client.get(path)
    assert page.status_code == 200 and "Hej Elias!" in page.text
    assert "Praktik på bilverkstad" in page.text
    for s in flagged:
        assert s["stereotype_basis"] not in page.text
    for word in ("SCB", "stereotyp", "% män", "score"):
        assert word not in page.text
    assert staff_suggestions[0]["reasons"][0] in page.text.replace("&#39;", "'")


def test_a_reaction_reaches_the_matcher_and_shows_as_chosen(client, review):
    from core.db import session_scope
    from matcher import service as matcher_service

    path, _ = review
    fields = hidden_fields(client.get(path).text)
    answer = client.post(
        path,
        data={"csrf": fields["csrf"], "action": "feedback", "placement_ref": "P-T1",
              "reaction": "more_info", "comment": "Hur tidigt börjar man?"},
        follow_redirects=False,
    )  # fmt: skip
    assert answer.status_code == 303 and "done=feedback" in answer.headers["location"]
    with session_scope() as s:
        assert matcher_service.latest_reactions(s, _youth_id()) == {"P-T1": "more_info"}
    again = client.get(answer.headers["location"])
    assert "Tack! Vi har sparat ditt svar." in again.text
    assert 'value="more_info" checked' in again.text


def test_a_reaction_left_out_keeps_the_comment_and_says_what_to_choose(client, review):
    path, _ = review
    fields = hidden_fields(client.get(path).text)
    answer = client.post(
        path,
        data={"csrf": fields["csrf"], "action": "feedback", "placement_ref": "P-T1",
              "comment": "Jag vet inte riktigt"},
    )  # fmt: skip
    assert answer.status_code == 422 and "Välj ett av svaren." in answer.text
    assert "Jag vet inte riktigt" in answer.text
    assert 'aria-describedby="reaction-P-T1-error"' in answer.text


def test_an_own_workplace_is_stored_once_even_when_sent_twice(client, review):
    from core.db import session_scope
    from youths.models import ProposedWorkplace

    path, _ = review
    form = {"csrf": hidden_fields(client.get(path).text)["csrf"], "action": "proposal",
            "proposal": "Mopedverkstan på Hisingen"}  # fmt: skip
    for _ in range(2):
        assert client.post(path, data=form, follow_redirects=False).status_code == 303
    with session_scope() as s:
        assert s.scalar(select(func.count()).select_from(ProposedWorkplace)) == 1
    assert "Mopedverkstan på Hisingen" in client.get(path).text
    empty = client.post(path, data={**form, "proposal": "  "})
    assert empty.status_code == 422 and 'aria-invalid="true"' in empty.text


def test_the_card_sort_is_saved_with_the_deck_version(client, review):
    from core.db import session_scope
    from youths.models import CardSort

    path, _ = review
    csrf = hidden_fields(client.get(path).text)["csrf"]
    form = {"csrf": csrf, "action": "cards", "card-communication": "strength",
            "card-planning": "develop", "card-numeracy": "develop"}  # fmt: skip
    assert client.post(path, data=form, follow_redirects=False).status_code == 303
    with session_scope() as s:
        (sort,) = s.scalars(select(CardSort)).all()
        assert sort.strengths == ["communication"] and sort.develop == ["planning", "numeracy"]
        assert sort.deck_version == "2026.1" and sort.sorted_by.startswith("link:")
    page = client.get(path).text
    assert 'name="card-planning" value="develop" checked' in page
    bad = client.post(path, data={**form, "card-digital": "juggling"})
    assert bad.status_code == 422 and 'name="card-planning" value="develop" checked' in bad.text


def test_the_youth_page_speaks_english_on_request(client, review):
    path, _ = review
    page = client.get(path + "?lang=en")
    assert '<html lang="en">' in page.text and "Tell me more" in page.text
    assert "Do you know a workplace yourself?" in page.text


def test_an_english_page_names_the_occupation_in_a_reason_in_english(client, admin_headers):
    import csv
    from pathlib import Path

    client.post("/api/placements", headers=admin_headers,
                json=placement_payload(ref="P-V1", title="Praktik hos oss", ssyk="7231",
                                       description="Du hjälper till där det behövs."))  # fmt: skip
    client.post("/api/youths", headers=admin_headers,
                json=youth_payload(ref="Y-V1", interests="jag vill bli bilmekaniker"))  # fmt: skip
    suggestions = client.get("/api/youths/Y-V1/suggestions", headers=admin_headers).json()
    reason = next(r for s in suggestions["suggestions"] for r in s["reasons"]
                  if "det passar yrket " in r)  # fmt: skip
    swedish_name = reason.split("det passar yrket ", 1)[1]
    data = Path(__file__).resolve().parents[2] / "matcher" / "data"
    with (data / "occupations.csv").open(encoding="utf-8") as fh:
        code = next(r["ssyk"] for r in csv.DictReader(fh) if r["name_sv"] == swedish_name)
    with (data / "occupation_names_en.csv").open(encoding="utf-8") as fh:
        english_name = next(r["name_en"] for r in csv.DictReader(fh) if r["ssyk"] == code)
    answer = client.post("/api/youths/Y-V1/review-link", json={}, headers=admin_headers)
    page = client.get(link_path(answer.json()["url"]) + "?lang=en").text
    assert f"it fits the occupation {english_name}" in page.replace("&#39;", "'")
    assert f"fits the occupation {swedish_name}" not in page


def test_the_youth_page_works_on_a_phone_in_chromium(client, review, live_server, chromium_browser):
    from axe_playwright_python.sync_playwright import Axe

    path, _ = review
    context = chromium_browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("response", lambda r: problems.append(r.url) if r.status >= 400 else None)
    try:
        page.goto(live_server + path)
        page.get_by_role("radio", name="Intresserad", exact=True).first.check()
        page.get_by_role("button", name="Skicka svar").first.click()
        page.wait_for_url("**done=feedback")
        assert page.get_by_text("Tack! Vi har sparat ditt svar.").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        violations = Axe().run(page).response["violations"]
        assert [v["id"] for v in violations if v["impact"] in ("serious", "critical")] == []
    finally:
        context.close()
    assert problems == []
