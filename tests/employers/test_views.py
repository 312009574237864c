import re

from sqlalchemy import func, select

from tests.factories import placements_csv

GOOD = "P-1,Cykelverkstan AB,Praktik i cykelverkstad,Laga cyklar,Lundby,2,7231"
BAD = "P-2,Djurkliniken,Djurvårdare,Sköta djur,Majorna,två,5161"


def _form_csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def _count(model) -> int:
    from core.db import session_scope

    with session_scope() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_import_preview_lists_row_errors_and_saves_nothing(signed_in):
    from employers.models import Placement

    client, csrf = signed_in("recruiter")
    answer = client.post(
        "/import", data={"csrf": csrf, "kind": "placements", "text": placements_csv([GOOD, BAD])}
    )
    assert answer.status_code == 422
    table = answer.text[answer.text.index('id="import-errors"') :]
    assert re.search(r"<td[^>]*>3</td><td[^>]*>capacity</td>", table)
    assert "Laga cyklar" in answer.text  # the text comes back for fixing
    assert _count(Placement) == 0


def test_preview_then_confirm_imports_once_even_when_confirmed_twice(signed_in):
    from employers.models import Placement

    client, csrf = signed_in("recruiter")
    text = placements_csv([GOOD, BAD.replace(",två,", ",2,")])
    preview = client.post("/import", data={"csrf": csrf, "kind": "placements", "text": text})
    assert preview.status_code == 200
    assert "2 nya, 0 ändrade och 0 oförändrade" in preview.text
    assert _count(Placement) == 0
    confirm = {"csrf": _form_csrf(preview.text), "kind": "placements", "text": text}
    done = client.post("/import/confirm", data=confirm)
    assert "2 nya" in done.text and _count(Placement) == 2
    again = client.post("/import/confirm", data=confirm)
    assert "0 nya, 0 ändrade och 2 oförändrade" in again.text and _count(Placement) == 2


def test_uploaded_file_is_previewed(signed_in):
    client, csrf = signed_in("recruiter")
    files = {"file": ("p.csv", placements_csv([GOOD]).encode("utf-8-sig"), "text/csv")}
    answer = client.post("/import", data={"csrf": csrf, "kind": "placements"}, files=files)
    assert answer.status_code == 200 and "1 nya" in answer.text


def test_coach_may_not_import_placements(signed_in):
    client, csrf = signed_in("coach", team="Väster")
    answer = client.post(
        "/import", data={"csrf": csrf, "kind": "placements", "text": placements_csv([GOOD])}
    )
    assert answer.status_code == 403


def test_search_tolerates_typos_filters_and_says_why(signed_in, client):
    client, csrf = signed_in("recruiter")
    text = placements_csv([GOOD, BAD.replace(",två,", ",1,")])
    client.post("/import/confirm", data={"csrf": csrf, "kind": "placements", "text": text})
    answer = client.get("/placements", params={"q": "cykelverkstd", "district": "Lundby"})
    assert "Praktik i cykelverkstad" in answer.text and "Djurvårdare" not in answer.text
    assert "Texten liknar din sökning" in answer.text and "Ligger i Lundby" in answer.text
    free = client.get("/placements", params={"free": "true", "age": "16"})
    assert "2 av 2 platser lediga" in free.text


def test_placement_form_keeps_what_was_typed_and_ties_errors_to_fields(signed_in):
    from employers.models import Placement

    client, csrf = signed_in("recruiter")
    data = {"csrf": csrf, "ref": "P-9", "title": "Bageri", "employer": "Bageriet", "district": "Lundby",
            "capacity": "3", "ssyk": "12", "description": "Baka bröd", "open": "on"}  # fmt: skip
    answer = client.post("/placements/new", data=data)
    assert answer.status_code == 422
    assert 'id="f-ssyk" name="ssyk" type="text" value="12"' in answer.text
    assert 'aria-invalid="true" aria-describedby="f-ssyk-hint f-ssyk-error"' in answer.text
    assert "Baka bröd" in answer.text and _count(Placement) == 0
    data["ssyk"] = "7231"
    ok = client.post("/placements/new", data=data, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/placements/P-9?notice=saved"
    again = client.post("/placements/new", data=data)  # a double submit
    assert again.status_code == 422 and _count(Placement) == 1


def test_employer_and_workplace_can_be_edited(signed_in):
    from core.db import session_scope
    from employers.models import Employer, Workplace

    client, csrf = signed_in("admin")
    created = client.post("/employers/new", data={"csrf": csrf, "name": "Verkstan", "org_number": ""},
                          follow_redirects=False)  # fmt: skip
    employer_url = created.headers["location"].split("?")[0]
    bad = client.post(
        employer_url, data={"csrf": csrf, "name": "Verkstan", "org_number": "556677-8890"}
    )
    assert bad.status_code == 422 and "kontrollsiffra" in bad.text
    client.post(f"{employer_url}/workplaces",
                data={"csrf": csrf, "name": "Verkstan Lundby", "district": "Lundby", "address": ""})  # fmt: skip
    with session_scope() as s:
        assert s.scalar(select(Workplace.district)) == "Lundby"
        assert s.scalar(select(Employer.org_number)) is None


def test_the_search_form_as_a_browser_sends_it_works(signed_in):
    """Issue 10, defect 11: a browser sends every field, empty ones as `age=`."""
    client, csrf = signed_in("recruiter")
    client.post("/import/confirm", data={"csrf": csrf, "kind": "placements",
                                         "text": placements_csv([GOOD])})  # fmt: skip
    empty = {"q": "", "district": "", "ssyk": "", "sni": "", "age": "", "start": "", "end": ""}
    answer = client.get("/placements", params=empty)
    assert answer.status_code == 200 and "Praktik i cykelverkstad" in answer.text
    typed = client.get("/placements", params={**empty, "q": "cykel", "age": "16"})
    assert typed.status_code == 200 and "Praktik i cykelverkstad" in typed.text


def test_a_bad_filter_is_told_at_its_field_in_the_page_language(signed_in):
    client, csrf = signed_in("recruiter")
    answer = client.get("/placements", params={"q": "", "age": "sexton", "start": "2027-13-01"})
    assert answer.status_code == 422
    assert (
        'id="f-age" name="age"' in answer.text and 'aria-describedby="f-age-error"' in answer.text
    )
    assert "Skriv en ålder mellan 10 och 40 år." in answer.text
    assert 'aria-describedby="f-start-error"' in answer.text
    assert "Input should" not in answer.text and "int_parsing" not in answer.text
    client.post("/language", data={"csrf": csrf, "language": "en", "next": "/"})
    english = client.get("/placements", params={"age": "sexton"})
    assert english.status_code == 422 and "Write an age between 10 and 40." in english.text


def test_a_hand_made_url_with_a_bad_value_gets_a_plain_page(signed_in):
    """Any page's typed query parameter: a friendly page, never pydantic's English."""
    client, _ = signed_in("recruiter")
    answer = client.get("/employers", params={"page": "två"})
    assert answer.status_code == 422
    assert "Uppgifterna gick inte att använda" in answer.text
    assert "Skriv ett heltal, till exempel 2." in answer.text
    assert "Input should" not in answer.text and "valid integer" not in answer.text
    assert client.get("/employers", params={"page": ""}).status_code == 200


def test_the_english_menu_keeps_cores_words_on_every_package_page(signed_in):
    """Issue 10, defect 13: a package's msgid no longer overrides core's ("Employer")."""
    client, csrf = signed_in("admin")
    client.post("/language", data={"csrf": csrf, "language": "en", "next": "/"})
    for path in ("/", "/employers", "/placements", "/youths", "/statistics"):
        nav = client.get(path).text.split('<ul class="nav">', 1)[1].split("</ul>", 1)[0]
        assert '<a href="/employers"' in nav and ">Employers</a>" in nav, path
