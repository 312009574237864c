"""CSV reading with line-numbered errors, and writing that is safe to open in a spreadsheet."""

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
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


def decode(data: bytes) -> str:
    """Decodes UTF-8 (with or without BOM); reports the line of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportFailed(
            [RowError(line, "", "the file is not UTF-8; save it as 'CSV UTF-8'")]
        ) from exc


def read_rows(
    text: str, *, required: Sequence[str], optional: Sequence[str]
) -> tuple[list[CsvRow], list[str]]:
    """Parses CSV text with a header row (comma or semicolon separated).

    Returns the rows with their first physical line number, and the names of ignored columns.
    Raises ImportFailed when the header lacks required columns.
    """
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFailed([RowError(1, "", "the file is empty; it needs a header row")]) from None
    except csv.Error as exc:
        raise ImportFailed([RowError(1, "", f"cannot read the header: {exc}")]) from exc
    names = [h.strip().lower() for h in header]
    missing = [c for c in required if c not in names]
    errors = [RowError(1, c, "required column is missing from the header") for c in missing]
    dupes = {n for n in names if n and names.count(n) > 1}
    errors += [RowError(1, d, "column appears twice in the header") for d in sorted(dupes)]
    if errors:
        raise ImportFailed(errors)
    known = set(required) | set(optional)
    ignored = [n for n in names if n and n not in known]
    rows: list[CsvRow] = []
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
        if not any(cell.strip() for cell in record):
            continue
        if len(record) > len(names):
            raise ImportFailed(
                [
                    RowError(
                        start,
                        "",
                        f"{len(record)} fields but the header has {len(names)}; check quoting",
                    )
                ]
            )
        values = {
            name: _unescape(cell.strip()) for name, cell in zip(names, record, strict=False) if name
        }
        rows.append(CsvRow(start, values))
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
