"""Imports take what staff have: .xlsx workbooks and Excel's Windows-1252 "CSV (semikolonavgränsad)".

Driven from outside: the `praktikmatch` command line and the real /import page (upload, preview,
confirm). The files are made the way Excel makes them: openpyxl workbooks and cp1252 bytes.
"""

import contextlib
import io
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

HEADER = ["ref", "employer", "title", "description", "district", "capacity", "ssyk"]
GOOD = [
    ["P-Å1", "Älvsborgs Cykel AB", "Cykelverkstad", "Laga cyklar åt grannar", "Lundby", 2, 7231],
    ["P-Ö2", "Önnereds Däck", "Däckbyte", "Däck, fälgar och hjul", "Västra Frölunda", 1, "7231"],
]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Runs the command line's entry point in this process (a subprocess per call is too slow on
    a shared machine; one test below still runs the real executable)."""
    from app.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def _xlsx(rows: list[list[object]], header: list[str] = HEADER, blank_rows_above: int = 0) -> bytes:
    book = Workbook()
    ws = book.active
    ws.title = "Platser"
    for _ in range(blank_rows_above):
        ws.append([])
    ws.append(header)
    for row in rows:
        ws.append(row)
    for line in ws.iter_rows():
        for cell in line:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # typed as text ('=...), as a user would to keep it
    book.create_sheet("Anteckningar").append(["inte", "importeras"])  # only the first sheet counts
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _cp1252_csv(rows: list[list[object]]) -> bytes:
    # Excel's Swedish "CSV (semikolonavgränsad)": semicolons, CRLF, Windows-1252, no BOM.
    lines = [";".join(HEADER)] + [";".join(str(c) for c in row) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252")


def _placements() -> dict[str, tuple[str, str, int]]:
    from core.db import session_scope
    from employers.models import Placement

    with session_scope() as s:
        return {p.ref: (p.title, p.description, p.capacity) for p in s.scalars(select(Placement))}


def _count() -> int:
    from core.db import session_scope
    from employers.models import Placement

    with session_scope() as s:
        return s.scalar(select(func.count()).select_from(Placement))


def test_cli_imports_an_xlsx_workbook_with_aao(tmp_path: Path):
    path = tmp_path / "platser.xlsx"
    path.write_bytes(_xlsx(GOOD))
    out = _cli("import", "placements", str(path))
    assert out.returncode == 0, out.stderr
    assert "2 created" in out.stdout
    assert _placements()["P-Å1"] == ("Cykelverkstad", "Laga cyklar åt grannar", 2)
    assert _placements()["P-Ö2"][1] == "Däck, fälgar och hjul"


def test_cli_xlsx_errors_name_the_excel_row_and_nothing_is_stored(tmp_path: Path):
    bad = GOOD + [["P-3", "Städ AB", "Lokalvård", "Städning", "Angered", "många", 9111]]
    bad += [["P-4", None, "Lager", "Plock", None, 1, 4322]]
    path = tmp_path / "fel.xlsx"
    path.write_bytes(_xlsx(bad, blank_rows_above=2))  # header on Excel row 3
    out = _cli("import", "placements", str(path))
    assert out.returncode == 1
    assert "line 6, column 'capacity'" in out.stderr  # header 3, data 4, 5, then 6
    assert "line 7, column 'employer'" in out.stderr
    assert "line 7, column 'district'" in out.stderr
    assert _count() == 0


def test_cli_xlsx_missing_column_names_the_header_row(tmp_path: Path):
    path = tmp_path / "kort.xlsx"
    path.write_bytes(_xlsx([["P-1", "A", "B"]], header=["ref", "employer", "title"]))
    out = _cli("import", "placements", str(path))
    assert out.returncode == 1 and "line 1, column 'district'" in out.stderr


def test_cli_imports_excel_semicolon_csv_in_windows_1252(tmp_path: Path):
    data = _cp1252_csv(GOOD)
    assert b"\xc5" in data and b"\xe5" in data  # Å and å as single cp1252 bytes: not UTF-8
    path = tmp_path / "platser.csv"
    path.write_bytes(data)
    out = _cli("import", "placements", str(path))
    assert out.returncode == 0, out.stderr
    assert _placements()["P-Å1"][1] == "Laga cyklar åt grannar"
    assert _placements()["P-Ö2"][1] == "Däck, fälgar och hjul"


def test_cli_cp1252_errors_keep_line_and_column(tmp_path: Path):
    rows = GOOD + [["P-Ä3", "Städ AB", "Lokalvård", "Städning – kväll", "Angered", "två", 9111]]
    path = tmp_path / "fel.csv"
    path.write_bytes(_cp1252_csv(rows))
    out = _cli("import", "placements", str(path))
    assert out.returncode == 1
    assert "line 4, column 'capacity'" in out.stderr and "'två'" in out.stderr
    assert _count() == 0


def test_a_dos_or_mac_file_is_refused_rather_than_misread(tmp_path: Path):
    # cp850 (old DOS) writes ä as 0x84, which cp1252 would show as „: refuse, name the line.
    text = ";".join(HEADER) + "\r\nP-1;Cykel AB;Cykelverkstad;Laga cyklar;Hisingen;1;7231\r\n"
    text += "P-2;Däck AB;Däckbyte;Hjul;Lundby;1;7231\r\n"
    path = tmp_path / "dos.csv"
    path.write_bytes(text.encode("cp850"))
    out = _cli("import", "placements", str(path))
    assert out.returncode == 1
    assert "line 3" in out.stderr and "neither UTF-8 nor Windows-1252" in out.stderr
    assert _count() == 0


def test_cli_youths_from_xlsx_with_a_date_cell(tmp_path: Path):
    from core.db import session_scope
    from youths.models import Youth

    header = ["ref", "gender", "birth_year", "district", "interests", "first_name", "enrolled_date"]
    rows = [["Y-1", "kvinna", 2008, "Lundby", "hästar och hundar", "Åsa", date(2026, 3, 2)]]
    path = tmp_path / "unga.xlsx"
    path.write_bytes(_xlsx(rows, header=header))
    out = _cli("import", "youths", str(path))
    assert out.returncode == 0, out.stderr
    with session_scope() as s:
        youth = s.scalars(select(Youth).where(Youth.ref == "Y-1")).one()
        assert (youth.first_name, youth.enrolled_date) == ("Åsa", date(2026, 3, 2))


def test_xlsx_export_keeps_formulas_as_text_and_round_trips(tmp_path: Path):
    rows = GOOD + [["P-3", '=HYPERLINK("http://x")', "Kassa", "-5 kr rabatt", "Angered", 1, 5230]]
    source = tmp_path / "in.xlsx"
    source.write_bytes(_xlsx(rows))
    assert _cli("import", "placements", str(source)).returncode == 0
    exported = tmp_path / "ut.xlsx"
    out = _cli("export", "placements", str(exported))
    assert out.returncode == 0, out.stderr
    book = load_workbook(exported)  # not data_only: a formula would show as a formula here
    ws = book.worksheets[0]
    cells = {c.value: c.data_type for row in ws.iter_rows() for c in row if c.value}
    assert cells['=HYPERLINK("http://x")'] == "s"  # stored as text, not as a formula
    assert cells["-5 kr rabatt"] == "s"
    assert "Laga cyklar åt grannar" in cells
    assert [c.value for c in ws[1]][:7] == HEADER
    again = _cli("import", "placements", str(exported))
    assert "0 created, 0 updated, 3 unchanged" in again.stdout, again.stdout + again.stderr


def test_export_format_option_writes_xlsx_to_stdout(tmp_path: Path):
    source = tmp_path / "in.csv"
    source.write_bytes(_cp1252_csv(GOOD))
    assert _cli("import", "placements", str(source)).returncode == 0
    executable = Path(sys.executable).with_name("praktikmatch")
    out = subprocess.run(
        [executable, "export", "placements", "--format", "xlsx"], capture_output=True
    )
    assert out.returncode == 0 and out.stdout[:4] == b"PK\x03\x04"
    ws = load_workbook(io.BytesIO(out.stdout)).worksheets[0]
    assert ws["A2"].value == "P-Å1"


# The staff page: the form as rendered, multipart upload, preview, then confirm.


def _form_csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def _upload(client, name: str, data: bytes, mime: str):  # type: ignore[no-untyped-def]
    form = client.get("/import").text
    assert 'name="file" type="file"' in form and ".xlsx" in form  # the page offers workbooks
    files = {"file": (name, data, mime)}
    fields = {"csrf": _form_csrf(form), "kind": "placements", "text": ""}
    return client.post("/import", data=fields, files=files)


XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _confirm(client, preview_html: str):  # type: ignore[no-untyped-def]
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', preview_html))
    assert fields["kind"] == "placements"
    return client.post("/import/confirm", data=fields)


def test_page_previews_then_confirms_an_xlsx_upload(signed_in):
    client, _ = signed_in("recruiter")
    preview = _upload(client, "platser.xlsx", _xlsx(GOOD), XLSX_MIME)
    assert preview.status_code == 200, preview.text
    assert "2 nya, 0 ändrade och 0 oförändrade" in preview.text
    assert "Älvsborgs Cykel AB" in preview.text
    assert _count() == 0  # a preview stores nothing
    done = _confirm(client, preview.text)
    assert done.status_code == 200 and "2 nya" in done.text
    assert _placements()["P-Å1"][1] == "Laga cyklar åt grannar"


def test_page_shows_excel_row_numbers_and_stores_nothing(signed_in):
    client, _ = signed_in("recruiter")
    bad = GOOD + [["P-3", "Städ AB", "Lokalvård", "Städning", "Angered", "många", 9111]]
    answer = _upload(client, "fel.xlsx", _xlsx(bad, blank_rows_above=1), XLSX_MIME)
    assert answer.status_code == 422
    table = answer.text[answer.text.index('id="import-errors"') :]
    # header on row 2, so the bad row is row 5 as Excel numbers it
    assert re.search(r"<td[^>]*>5</td><td[^>]*>capacity</td>", table)
    assert _count() == 0


def test_page_previews_then_confirms_a_windows_1252_csv(signed_in):
    client, _ = signed_in("recruiter")
    preview = _upload(client, "platser.csv", _cp1252_csv(GOOD), "text/csv")
    assert preview.status_code == 200, preview.text
    assert "Önnereds Däck" in preview.text
    done = _confirm(client, preview.text)
    assert "2 nya" in done.text
    assert _placements()["P-Ö2"][1] == "Däck, fälgar och hjul"


def test_page_refuses_a_file_that_is_not_a_workbook(signed_in):
    client, _ = signed_in("recruiter")
    answer = _upload(client, "trasig.xlsx", b"PK\x03\x04 not really a zip", XLSX_MIME)
    assert answer.status_code == 422
    assert "inte en Excel-arbetsbok" in answer.text
    assert _count() == 0


def test_page_exports_xlsx_that_reimports_unchanged(signed_in, tmp_path: Path):
    client, _ = signed_in("recruiter")
    preview = _upload(client, "platser.xlsx", _xlsx(GOOD), XLSX_MIME)
    _confirm(client, preview.text)
    page = client.get("/import?kind=placements")
    link = re.search(r'href="([^"]+)" id="export-xlsx"', page.text).group(1)
    answer = client.get(link.replace("&amp;", "&"))
    assert answer.status_code == 200 and answer.content[:4] == b"PK\x03\x04"
    assert "spreadsheetml" in answer.headers["content-type"]
    ws = load_workbook(io.BytesIO(answer.content)).worksheets[0]
    assert ws["A2"].value == "P-Å1" and ws["D2"].value == "Laga cyklar åt grannar"
    again = _upload(client, "tillbaka.xlsx", answer.content, XLSX_MIME)
    assert "0 nya, 0 ändrade och 2 oförändrade" in again.text
