import io
from datetime import date

from tests.factories import youth_payload


def _youths(client, admin_headers) -> None:
    people = [
        ("Y-1", "female", "Väster", "work"),
        ("Y-2", "female", "Väster", "studies"),
        ("Y-3", "male", "=HYPERLINK(1)", "studies"),
        ("Y-4", "male", "Hisingen", None),
    ]
    for ref, gender, team, outcome in people:
        answer = client.post("/api/youths", json=youth_payload(ref, gender=gender, team=team),
                             headers=admin_headers)  # fmt: skip
        assert answer.status_code == 201
        if outcome:
            patch = {
                "status": "discharged",
                "outcome": outcome,
                "discharged_date": str(date.today()),
            }
            assert client.patch(f"/api/youths/{ref}", json=patch, headers=admin_headers).is_success


def test_follow_up_counts_outcomes_overall_by_gender_and_team(client, admin_headers, db_session):
    from reports import stats

    _youths(client, admin_headers)
    figures = stats.follow_up(db_session=db_session)
    assert figures.enrolled_total == 4 and figures.enrolled_now == 1
    overall = figures.outcomes_overall
    assert (overall.discharged, overall.work, overall.studies, overall.other) == (3, 1, 2, 0)
    by_gender = {r.label: (r.work, r.studies) for r in figures.outcomes_by_gender}
    assert by_gender == {"Flickor/kvinnor": (1, 1), "Pojkar/män": (0, 1)}
    by_team = {r.label: r.discharged for r in figures.outcomes_by_team}
    assert by_team == {"=HYPERLINK(1)": 1, "Väster": 2}
    assert round(overall.share("studies"), 3) == 0.667


def test_exports_are_formula_safe_in_csv_and_xlsx(signed_in, admin_headers):
    from openpyxl import load_workbook

    client, _ = signed_in("admin")
    _youths(client, admin_headers)
    csv_text = client.get("/statistics.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK(1)" in csv_text and "\n=HYPERLINK" not in csv_text
    assert "Utfall per team,Väster,utskrivna,2" in csv_text
    book = load_workbook(io.BytesIO(client.get("/statistics.xlsx").content))
    cells = [c.value for row in book.active.iter_rows() for c in row]
    assert "'=HYPERLINK(1)" in cells and "=HYPERLINK(1)" not in cells
    assert 2 in cells  # numbers stay numbers


def test_statistics_page_has_svg_charts_and_accessible_tables(signed_in, admin_headers):
    client, _ = signed_in("admin")
    _youths(client, admin_headers)
    page = client.get("/statistics").text
    assert page.count('<svg class="chart" role="img"') >= 3
    assert 'aria-labelledby="chart-gender-title"' in page and 'id="chart-gender-title"' in page
    assert '<th scope="row">Flickor/kvinnor</th>' in page
    assert "67" in page and "%" in page  # 2 of 3 in studies, in Swedish format
    english = client.get("/statistics", headers={"Cookie": ""})
    assert english.status_code == 200


def _figures(client) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Every figure as the CSV export has it, and the enrolled total as the page shows it."""
    import re

    csv_text = client.get("/statistics.csv").content.decode("utf-8-sig")
    page = client.get("/statistics").text
    total = re.search(r'id="enrolled-total">([^<]+)<', page).group(1)
    return csv_text, total


def test_erasure_and_retention_keep_every_figure(signed_in, admin_headers, capsys):
    """The README promises anonymised statistics survive erasure (ESF reporting needs them)."""
    from app.cli import main

    client, _ = signed_in("admin")
    _youths(client, admin_headers)
    before_csv, before_total = _figures(client)
    assert before_total == "4" and "Utfall per kön,Flickor/kvinnor,utskrivna,2" in before_csv

    erased = client.post("/api/youths/Y-2/erase", headers=admin_headers)  # studies, female
    assert erased.status_code == 200, erased.text
    assert _figures(client) == (before_csv, before_total)

    # Retention erases the two other discharged youths, through the real command.
    later = date.today().replace(day=1).replace(year=date.today().year + 3).isoformat()
    capsys.readouterr()
    assert main(["retention", "apply", "--months", "24", "--today", later]) == 0
    assert "erased 2 youth(s)" in capsys.readouterr().out
    listed = client.get("/api/youths", headers=admin_headers).json()
    assert [y["ref"] for y in listed["items"]] == ["Y-4"]  # the three discharged are erased
    assert _figures(client) == (before_csv, before_total)
