"""The interest explorer on the youth's link page and in meeting mode: answers, ending, storage."""

import re

import pytest
from sqlalchemy import func, select

from bench.explorer_personas import persona_answers
from tests.factories import hidden_fields, link_path, placement_payload, youth_payload
from youths import explorer

PLACEMENTS = (
    ("P-BIL", "Praktik på bilverkstad", "7231", "Byta däck och service av bilar."),
    ("P-KOCK", "Kock i storkök", "5120", "Laga lunch till en skola."),
    ("P-FSK", "Praktik på förskola", "5311", "Lek och omsorg med barnen."),
    ("P-BUT", "Butiksmedarbetare", "5223", "Kassa, kunder och påfyllning i butik."),
    ("P-BIB", "Biblioteksassistent", "4410", "Sortera och ställa upp böcker."),
    ("P-REC", "Receptionist", "4225", "Ta emot besökare och svara i telefon."),
)


@pytest.fixture(autouse=True)
def _fresh_limiter():
    from links.views import bad_tokens

    bad_tokens.reset()


@pytest.fixture
def youth_link(client, admin_headers):
    """A youth who says "vet inte", a small catalogue, and the youth's own link."""
    for ref, title, ssyk, text in PLACEMENTS:
        answer = client.post("/api/placements", headers=admin_headers,
                             json=placement_payload(ref=ref, title=title, ssyk=ssyk,
                                                    description=text))  # fmt: skip
        assert answer.status_code == 201, answer.text
    client.post("/api/youths", headers=admin_headers,
                json=youth_payload(first_name="Sam", interests="vet inte"))  # fmt: skip
    answer = client.post("/api/youths/Y-T1/review-link", json={}, headers=admin_headers)
    assert answer.status_code == 201, answer.text
    return link_path(answer.json()["url"])


def _answer(client, path: str, card_id: str, answer: str, csrf: str):  # type: ignore[no-untyped-def]
    form = {"csrf": csrf, "action": "explorer_answer", "card_id": card_id, "answer": answer}
    return client.post(path, data=form, follow_redirects=False)


def _count(model) -> int:  # type: ignore[no-untyped-def]
    from core.db import session_scope

    with session_scope() as s:
        return s.scalar(select(func.count()).select_from(model))


def _finish(client, path: str, answers: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    csrf = hidden_fields(client.get(path + "?view=explorer").text)["csrf"]
    for card in explorer.cards():
        assert _answer(client, path, card.id, answers[card.id], csrf).status_code == 303


def test_an_answer_is_stored_once_per_card_and_the_next_card_follows(client, youth_link):
    from youths.explorer_models import ExplorerAnswer

    page = client.get(youth_link + "?view=explorer")
    first, second = explorer.cards()[:2]
    assert "Kort 1 av 40" in page.text and first.text_sv in page.text
    assert 'href="?view=explorer&amp;lang=en"' in page.text  # the switch keeps the explorer
    csrf = hidden_fields(page.text)["csrf"]
    for _ in range(2):  # a double submit, or a reload that re-sends the form
        answer = _answer(client, youth_link, first.id, "like", csrf)
        assert answer.status_code == 303
        assert answer.headers["location"].endswith("?view=explorer")
    assert _answer(client, youth_link, first.id, "dislike", csrf).status_code == 303
    assert _count(ExplorerAnswer) == 1
    again = client.get(youth_link + "?view=explorer")
    assert "Kort 2 av 40" in again.text and second.text_sv in again.text
    assert "Du har svarat på 1 kort." in client.get(youth_link).text
    english = client.get(youth_link + "?view=explorer&lang=en").text
    assert "Card 2 of 40" in english and f"Do you like to {second.text_en}?" in english


def test_an_unknown_answer_or_card_is_refused_and_nothing_is_stored(client, youth_link):
    from youths.explorer_models import ExplorerAnswer

    csrf = hidden_fields(client.get(youth_link + "?view=explorer").text)["csrf"]
    assert _answer(client, youth_link, "fix_broken", "love", csrf).status_code == 422
    assert _answer(client, youth_link, "no_such_card", "like", csrf).status_code == 422
    assert _count(ExplorerAnswer) == 0


def test_the_ending_is_encouraging_names_three_areas_and_credits_onet_never_a_score(
    client, youth_link
):
    from youths.explorer_models import InterestProfile

    _finish(client, youth_link, persona_answers("7231"))
    assert _count(InterestProfile) == 1
    page = client.get(youth_link + "?view=explorer&result=1").text
    assert "Du verkar gilla att fixa saker med händerna" in page
    areas = re.search(r'<ul class="explorer-areas">(.*?)</ul>', page, re.S)
    assert areas and areas.group(1).count("<li>") == 3
    assert "O*NET 29.3 Database" in page and "CC BY 4.0" in page
    for word in ("poäng", "score", "%", "resultat:"):
        assert word not in page.split('class="credit"')[0].split("<h1>")[1]
    assert 'href="?#cards"' in page  # the card sort can follow in the same flow
    english = client.get(youth_link + "?view=explorer&result=1&lang=en").text
    assert "You seem to like to fix things with your hands" in english
    swedish_areas = re.findall(r"<li>([^<]+)</li>", areas.group(1))
    english_areas = re.search(r'<ul class="explorer-areas">(.*?)</ul>', english, re.S).group(1)
    names_en = re.findall(r"<li>([^<]+)</li>", english_areas)
    assert len(names_en) == 3 and not set(names_en) & set(swedish_areas), names_en


def test_starting_over_keeps_the_earlier_profile_as_history(client, youth_link, signed_in):
    from youths.explorer_models import ExplorerAnswer, InterestProfile

    _finish(client, youth_link, persona_answers("5311"))
    csrf = hidden_fields(client.get(youth_link + "?view=explorer").text)["csrf"]
    restart = client.post(youth_link, data={"csrf": csrf, "action": "explorer_restart"},
                          follow_redirects=False)  # fmt: skip
    assert restart.status_code == 303 and _count(ExplorerAnswer) == 0
    assert "Kort 1 av 40" in client.get(youth_link + "?view=explorer").text
    _finish(client, youth_link, persona_answers("7231"))
    assert _count(InterestProfile) == 2
    signed_in("admin")
    profile = client.get("/youths/Y-T1").text
    assert "Intresseutforskaren" in profile and "Tidigare profiler" in profile
    assert "Praktiskt" in profile and "O*NET 29.3 Database" in profile
    assert "vet inte" in profile  # the youth's own words stay next to it


def test_meeting_mode_saves_answers_as_the_staff_member(client, youth_link, signed_in):
    from core.db import session_scope
    from youths.explorer_models import ExplorerAnswer

    signed_in("admin")
    page = client.get("/youths/Y-T1/explorer")
    assert page.status_code == 200 and "Kort 1 av 40" in page.text
    csrf = hidden_fields(page.text)["csrf"]
    card = explorer.cards()[0]
    answer = client.post("/youths/Y-T1/explorer", follow_redirects=False,
                         data={"csrf": csrf, "action": "explorer_answer", "card_id": card.id,
                               "answer": "unsure"})  # fmt: skip
    assert answer.status_code == 303 and answer.headers["location"] == "/youths/Y-T1/explorer"
    with session_scope() as s:
        (row,) = s.scalars(select(ExplorerAnswer)).all()
        assert row.answer == "unsure" and row.answered_by.startswith("user:")
    # The youth's own link continues where the meeting stopped.
    assert "Kort 2 av 40" in client.get(youth_link + "?view=explorer").text


def test_a_vet_inte_profile_with_explorer_answers_gets_suggestions_citing_the_cards(
    client, youth_link, admin_headers
):
    before = client.get("/api/youths/Y-T1/suggestions", headers=admin_headers).json()
    assert not any(s["explorer_led"] for s in before["suggestions"])
    _finish(client, youth_link, persona_answers("7231"))
    after = client.get("/api/youths/Y-T1/suggestions", headers=admin_headers).json()
    top = after["suggestions"][0]
    assert top["ssyk"] == "7231" and top["explorer_led"]
    assert top["reasons"][0].startswith("Du gillade att ")
    liked = {c.text_sv for c in explorer.cards() if persona_answers("7231")[c.id] == "like"}
    assert any(phrase in top["reasons"][0] for phrase in liked)
    assert after["data_credit"] and "O*NET" in after["data_credit"]


def test_an_english_page_cites_the_card_in_english(client, youth_link, admin_headers):
    _finish(client, youth_link, persona_answers("7231"))
    reason = client.get("/api/youths/Y-T1/suggestions", headers=admin_headers).json()
    swedish_reason = reason["suggestions"][0]["reasons"][0]
    card = next(c for c in explorer.cards() if f"att {c.text_sv} –" in swedish_reason)
    english = client.get(youth_link + "?lang=en").text
    assert f"You liked to {card.text_en} –" in english
    assert card.text_sv not in english


def test_the_gdpr_export_holds_the_answers_and_profiles_and_erasure_removes_them(
    client, youth_link, admin_headers
):
    from youths.explorer_models import ExplorerAnswer, InterestProfile

    _finish(client, youth_link, persona_answers("4410"))
    export = client.get("/api/youths/Y-T1/export.json", headers=admin_headers)
    assert export.status_code == 200, export.text
    data = export.json()["data"]
    assert len(data["explorer_answer"]) == 40 and len(data["interest_profile"]) == 1
    assert set(data["interest_profile"][0]["riasec"]) == set("RIASEC")
    erased = client.post("/api/youths/Y-T1/erase", headers=admin_headers,
                         json={"reason": "the youth asked"})  # fmt: skip
    assert erased.status_code in (200, 204), erased.text
    assert _count(ExplorerAnswer) == 0 and _count(InterestProfile) == 0


def _press_answer(page, label: str) -> None:  # type: ignore[no-untyped-def]
    """Tabs to the answer button with this label and presses Enter (keyboard only)."""
    for _ in range(15):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "() => { const e = document.activeElement;"
            " return e && e.tagName === 'BUTTON' ? e.innerText.trim() : ''; }"
        )
        if focused == label:
            with page.expect_navigation():
                page.keyboard.press("Enter")
            return
    raise AssertionError(f"no button {label!r} reached with Tab")


def test_the_explorer_is_done_with_the_keyboard_on_a_phone_and_resumes_after_a_reload(
    client, youth_link, live_server, chromium_browser
):
    from tests.conftest import check_page

    labels = {"like": "Gillar", "unsure": "Vet inte", "dislike": "Gillar inte"}
    answers = persona_answers("6122")
    context = chromium_browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("response", lambda r: problems.append(r.url) if r.status >= 400 else None)
    try:
        page.goto(live_server + youth_link + "?view=explorer")
        check_page(page, "explorer-card-phone")
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        cards = explorer.cards()
        for card in cards[:20]:
            _press_answer(page, labels[answers[card.id]])
        page.reload()
        assert page.get_by_text("Kort 21 av 40").is_visible()
        later = context.new_page()  # another day: the same link, a fresh tab
        later.goto(live_server + youth_link + "?view=explorer")
        assert later.get_by_text("Kort 21 av 40").is_visible()
        later.close()
        for card in cards[20:]:
            _press_answer(page, labels[answers[card.id]])
        assert page.get_by_role("heading", name="Det här verkar du gilla").is_visible()
        assert page.get_by_text("Du verkar gilla att").is_visible()
        assert page.get_by_text("O*NET 29.3 Database").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        check_page(page, "explorer-ending-phone")
    finally:
        context.close()
    assert problems == []
