import subprocess
import sys

from sqlalchemy import func, select

from employers.models import Placement
from tests.factories import placements_csv


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True)


def _count(db_session) -> int:
    return db_session.scalar(select(func.count()).select_from(Placement))


GOOD = [
    "P1,Cykel AB,Cykelverkstad,Service av cyklar,Lundby,2,7239",
    'P2,Däck AB,Däckbyte,"Däckbyte, hjulinställning",Centrum,1,7231',
]


def test_import_is_all_or_nothing_with_line_numbers(tmp_csv, db_session):
    bad = placements_csv(
        GOOD + ["P3,Städ AB,Lokalvård,Städning,Angered,många,9111", "P4,,Lager,Plock,,1,4322"]
    )
    out = _cli("import", "placements", str(tmp_csv(bad)))
    assert out.returncode != 0
    assert "line 4, column 'capacity'" in out.stderr
    assert "line 5, column 'employer'" in out.stderr
    assert "line 5, column 'district'" in out.stderr
    assert _count(db_session) == 0


def test_line_numbers_count_multiline_quoted_fields(tmp_csv, db_session):
    text = placements_csv(['P1,A,T,"rad ett\nrad två",Lundby,1,7239', "P2,B,T,D,Lundby,1,12"])
    out = _cli("import", "placements", str(tmp_csv(text)))
    assert out.returncode != 0
    assert "line 4, column 'ssyk'" in out.stderr


def test_missing_required_column_names_line_1(tmp_csv):
    out = _cli("import", "placements", str(tmp_csv("ref,employer,title\nP1,A,B\n")))
    assert out.returncode != 0
    assert "line 1, column 'district'" in out.stderr


def test_reimport_does_not_duplicate_or_change(tmp_csv, db_session):
    path = tmp_csv(placements_csv(GOOD))
    first = _cli("import", "placements", str(path))
    assert first.returncode == 0, first.stderr
    assert "2 created" in first.stdout
    second = _cli("import", "placements", str(path))
    assert "0 created, 0 updated, 2 unchanged" in second.stdout
    assert _count(db_session) == 2


def test_reimport_with_a_change_updates_in_place(tmp_csv, db_session):
    _cli("import", "placements", str(tmp_csv(placements_csv(GOOD))))
    changed = [GOOD[0].replace(",2,", ",3,"), GOOD[1]]
    out = _cli("import", "placements", str(tmp_csv(placements_csv(changed))))
    assert "0 created, 1 updated, 1 unchanged" in out.stdout
    assert db_session.scalar(select(Placement.capacity).where(Placement.ref == "P1")) == 3


def test_export_round_trips_and_neutralises_formulas(tmp_csv, tmp_path, db_session):
    rows = GOOD + ['P3,=HYPERLINK("http://x"),Kassa,"-5 kr rabatt",Angered,1,5230']
    _cli("import", "placements", str(tmp_csv(placements_csv(rows))))
    exported = tmp_path / "out.csv"
    assert _cli("export", "placements", str(exported)).returncode == 0
    text = exported.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'-5 kr rabatt" in text
    again = _cli("import", "placements", str(exported))
    assert "0 created, 0 updated, 3 unchanged" in again.stdout, again.stdout + again.stderr


def test_optional_columns_are_validated(tmp_csv, db_session):
    header = (
        "ref,employer,title,description,district,capacity,ssyk,org_number,trains,open,min_age\n"
    )
    text = header + "P1,A,T,D,Lundby,1,7239,556677-8891,planning;nope,kanske,12\n"
    out = _cli("import", "placements", str(tmp_csv(text)))
    assert out.returncode != 0
    for column in ("org_number", "trains", "open", "min_age"):
        assert f"column '{column}'" in out.stderr
    assert _count(db_session) == 0


def test_youth_import_upserts_and_reports_lines(tmp_csv, client, admin_headers):
    header = "ref,gender,birth_year,district,interests,develop\n"
    good = (
        header + 'Y1,female,2008,Lundby,"vill jobba me hundar",planning\nY2,,2007,Angered,gaming,\n'
    )
    assert _cli("import", "youths", str(tmp_csv(good))).returncode == 0
    assert (
        "0 created, 0 updated, 2 unchanged" in _cli("import", "youths", str(tmp_csv(good))).stdout
    )
    bad = header + "Y3,robot,1950,Lundby,x,\n"
    out = _cli("import", "youths", str(tmp_csv(bad)))
    assert "line 2, column 'gender'" in out.stderr and "line 2, column 'birth_year'" in out.stderr
    listing = client.get("/api/youths", headers=admin_headers).json()
    assert listing["total"] == 2
    assert {y["ref"] for y in listing["items"]} == {"Y1", "Y2"}
