"""CSV reading with line-numbered errors, and writing that is safe to open in a spreadsheet."""

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from core.errors import InvalidInput

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column '{self.column}'" if self.column else "")
        return f"{where}: {self.message}"


class ImportFailed(InvalidInput):
    """An import found errors; nothing from the file was stored."""

    def __init__(self, errors: Sequence[RowError], filename: str = "") -> None:
        self.errors = list(errors)
        head = f"{filename}: " if filename else ""
        shown = "; ".join(str(e) for e in self.errors[:50])
        more = f" (and {len(self.errors) - 50} more)" if len(self.errors) > 50 else ""
        super().__init__(f"{head}{len(self.errors)} error(s), nothing was imported: {shown}{more}")


@dataclass(frozen=True)
class CsvRow:
    line: int
    values: dict[str, str]


# Characters that cp1252 puts in 0x80-0x9F and Swedish text really uses. The others there
# („ † ‡ Š Ž š œ ...) are what åäö turn into when a DOS (cp850/cp437) or Mac Roman file is read
# as cp1252, so seeing one means "some other 8-bit encoding": refuse rather than guess.
_CP1252_ALLOWED_HIGH = set("€…‘’“”•–—™")
NOT_READABLE = (
    "the file is neither UTF-8 nor Windows-1252 (Excel's 'CSV (semikolonavgränsad)'); "
    "save it as 'CSV UTF-8' or as an Excel workbook (.xlsx)"
)


def decode(data: bytes) -> str:
    """Decodes UTF-8 (with or without BOM), else Windows-1252 by a strict rule.

    Valid UTF-8 always wins: a cp1252 file with åäö is practically never valid UTF-8: its high bytes
    stand alone. Otherwise the bytes must decode as cp1252 and contain no control characters and
    none of cp1252's 0x80-0x9F characters that Swedish text does not use (see above). ISO-8859-1
    files read the same way, as they agree with cp1252 on every printable character.
    Reports the line of the first byte that breaks the rule.
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFailed([RowError(line, "", NOT_READABLE)]) from exc
    for index, byte in enumerate(data):  # cp1252 is one byte per character
        control = byte < 32 and byte not in (9, 10, 13)
        if control or (0x80 <= byte <= 0x9F and text[index] not in _CP1252_ALLOWED_HIGH):
            line = data[:index].count(b"\n") + 1
            raise ImportFailed([RowError(line, "", NOT_READABLE)]) from utf8_error
    return text


@dataclass(frozen=True)
class Table:
    """A file's cells, whatever its format: the header and each later row with its line number.

    For CSV the line is the first physical line of the record; for .xlsx it is the row number
    Excel shows, so an error message points at the same place in either.
    """

    header: list[str]
    records: list[tuple[int, list[str]]] = field(default_factory=list)
    header_line: int = 1


XLSX_SUFFIXES = (".xlsx", ".xlsm")


def load_table(data: bytes, filename: str = "") -> Table:
    """Reads an uploaded or given file (bytes + its name) into a Table.

    The one place that knows file formats, shared by placement and youth imports, CLI and page:
    .xlsx (first sheet, header row) by suffix or by its zip signature; everything else is CSV
    text in UTF-8 or Windows-1252 (see decode).
    """
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise ImportFailed(
            [
                RowError(
                    1, "", "old Excel files (.xls) cannot be read; save it as .xlsx or CSV UTF-8"
                )
            ]
        )
    if filename.lower().endswith(XLSX_SUFFIXES) or data[:4] == b"PK\x03\x04":
        return _xlsx_table(data)
    return csv_table(decode(data))


def _xlsx_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        # A date typed into Excel arrives as midnight; the importers want YYYY-MM-DD.
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _xlsx_table(data: bytes) -> Table:
    from openpyxl import load_workbook

    try:
        # data_only: a formula cell gives the value Excel last computed, never the formula.
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportFailed(
            [RowError(1, "", "the file is not a readable Excel workbook (.xlsx)")]
        ) from exc
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # some writers store a wrong size; read what is really there
        rows: list[tuple[int, list[str]]] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            rows.append((number, [_xlsx_cell(v) for v in values]))
    finally:
        book.close()
    while rows and not any(rows[0][1]):
        rows.pop(0)  # empty rows above the header
    if not rows:
        raise ImportFailed([RowError(1, "", "the file is empty; it needs a header row")])
    (header_line, header), records = rows[0], rows[1:]
    return Table(header=header, records=records, header_line=header_line)


def csv_table(text: str) -> Table:
    """Parses CSV text (comma or semicolon separated) into a Table; broken CSV fails by line."""
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFailed([RowError(1, "", "the file is empty; it needs a header row")]) from None
    except csv.Error as exc:
        raise ImportFailed([RowError(1, "", f"cannot read the header: {exc}")]) from exc
    records: list[tuple[int, list[str]]] = []
    next_line = reader.line_num + 1
    while True:
        start = next_line
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise ImportFailed([RowError(start, "", f"broken CSV: {exc}")]) from exc
        next_line = reader.line_num + 1
        records.append((start, [_unescape(cell.strip()) for cell in record]))
    return Table(header=header, records=records)


def read_rows(
    source: "str | Table", *, required: Sequence[str], optional: Sequence[str]
) -> tuple[list[CsvRow], list[str]]:
    """Checks a header row and returns the rows (CSV text, or a Table from load_table).

    Returns the rows with their line number, and the names of ignored columns.
    Raises ImportFailed when the header lacks required columns.
    """
    table = csv_table(source) if isinstance(source, str) else source
    names = [h.strip().lower() for h in table.header]
    at = table.header_line
    missing = [c for c in required if c not in names]
    errors = [RowError(at, c, "required column is missing from the header") for c in missing]
    dupes = {n for n in names if n and names.count(n) > 1}
    errors += [RowError(at, d, "column appears twice in the header") for d in sorted(dupes)]
    if errors:
        raise ImportFailed(errors)
    known = set(required) | set(optional)
    ignored = [n for n in names if n and n not in known]
    rows: list[CsvRow] = []
    for line, record in table.records:
        if not any(cell.strip() for cell in record):
            continue
        extra = [cell for cell in record[len(names) :] if cell.strip()]
        if extra:
            raise ImportFailed(
                [
                    RowError(
                        line,
                        "",
                        f"{len(record)} fields but the header has {len(names)}; check quoting",
                    )
                ]
            )
        values = {name: cell.strip() for name, cell in zip(names, record, strict=False) if name}
        rows.append(CsvRow(line, values))
    return rows, ignored


def _unescape(value: str) -> str:
    # Our exports prefix formula-like cells with "'"; strip it so a round trip changes nothing.
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
        return value[1:]
    return value


def safe_cell(value: object) -> str:
    """Formats a cell so spreadsheets treat it as text, never as a formula (OWASP CSV injection)."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def write_rows(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Writes CSV text with a header, every cell made formula-safe."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()


def parse_bool(value: str) -> bool:
    v = value.strip().lower()
    if v in ("true", "1", "yes", "ja", "j", "y", "öppen", "open"):
        return True
    if v in ("false", "0", "no", "nej", "n", "stängd", "closed"):
        return False
    raise ValueError("write true or false")


def parse_list(value: str) -> list[str]:
    """Splits a list cell on ';' or '|'."""
    return [p.strip() for p in value.replace("|", ";").split(";") if p.strip()]


def parse_whole(value: str) -> int:
    """Parses a whole number, with a message a person can act on."""
    try:
        return int(value.strip())
    except ValueError:
        raise ValueError("must be a whole number, e.g. 2") from None


def parse_fields(
    row: CsvRow,
    checks: dict[str, Callable[[str], Any]],
    *,
    required: Sequence[str] = (),
    defaults: dict[str, Any] | None = None,
) -> tuple[dict[str, Any], list[RowError]]:
    """Runs each column's check on a row; empty cells take their default (or fail if required)."""
    out: dict[str, Any] = {}
    errors: list[RowError] = []
    for column, check in checks.items():
        raw = row.values.get(column, "")
        if raw == "":
            if column in required:
                errors.append(RowError(row.line, column, "is empty but required"))
            out[column] = (defaults or {}).get(column)
            continue
        try:
            out[column] = check(raw)
        except ValueError as exc:
            errors.append(RowError(row.line, column, f"{raw!r}: {exc}"))
    return out, errors


def write_xlsx(columns: Sequence[str], rows: Iterable[Sequence[object]], sheet: str = "") -> bytes:
    """Writes an .xlsx workbook with a header row; every cell is stored as text.

    Text cells are never formulas, so "=HYPERLINK(...)" shows as typed and cannot run (the
    xlsx form of the CSV injection guard), and the file reads back unchanged: a round trip.
    """
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    ws = book.create_sheet(sheet[:31] or "Sheet1")
    ws.append(list(columns))
    for row in rows:
        ws.append([_text_cell(ws, v) for v in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _text_cell(ws: Any, value: object) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if value is None or value == "":
        return None  # a blank cell, as Excel writes one
    cell = WriteOnlyCell(ws, value=str(value))
    cell.data_type = "s"  # openpyxl would otherwise store a leading "=" as a formula
    return cell


def csv_to_xlsx(text: str, sheet: str = "") -> bytes:
    """Turns one of our CSV exports into the same table as .xlsx (formula guard undone)."""
    table = csv_table(text)
    return write_xlsx(table.header, (cells for _line, cells in table.records), sheet)
