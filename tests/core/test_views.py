from datetime import date, timedelta

from tests.factories import create_youth, placements_csv


def test_start_page_lists_my_youths_and_internships_starting_soon(signed_in, admin_headers):
    client, csrf = signed_in("recruiter", team="Hisingen")
    text = placements_csv(["P-1,Verkstan,Praktik i verkstad,Laga,Lundby,2,7231"])
    client.post("/import/confirm", data={"csrf": csrf, "kind": "placements", "text": text})
    create_youth(client, admin_headers, "Y-1")
    start = (date.today() + timedelta(days=3)).isoformat()
    end = (date.today() + timedelta(days=30)).isoformat()
    started = client.post(
        "/youths/Y-1/internships",
        data={
            "csrf": csrf,
            "placement": "P-1",
            "supervisor_name": "Kim",
            "start_date": start,
            "end_date": end,
        },  # fmt: skip
        follow_redirects=False,
    )
    assert started.status_code == 303
    page = client.get("/")
    assert page.status_code == 200
    mine = page.text[page.text.index('id="h-mine"') : page.text.index('id="h-soon"')]
    assert "Alva" in mine
    soon = page.text[page.text.index('id="h-soon"') : page.text.index('id="h-wait"')]
    assert "Praktik i verkstad" in soon and "börjar" in soon


def test_pages_answer_in_english_after_the_switch(signed_in):
    client, csrf = signed_in("admin")
    client.post("/language", data={"csrf": csrf, "language": "en", "next": "/"})
    page = client.get("/statistics").text
    assert "Follow-up and statistics" in page and "Uppföljning och statistik" not in page
