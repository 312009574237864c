"""`praktikmatch demo` on a fresh database: the statistics show the final report's figures.

The demo is loaded by the real command line in a separate process, as a newcomer would; the
figures are then read from the statistics page and its CSV export over HTTP, signed in.
"""

import csv
import io
import os
import re
import subprocess
import sys
from pathlib import Path

from demo.history_data import REPORT_FIGURES

ROOT = Path(__file__).resolve().parents[2]
GROUPS = {"overall": "Alla", "female": "Flickor/kvinnor", "male": "Pojkar/män",
          "Hisingen": "Hisingen", "Väster": "Väster"}  # fmt: skip


def run_demo() -> str:
    answer = subprocess.run(
        [sys.executable, "-m", "app.cli", "demo"], cwd=ROOT, env={**os.environ},
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert answer.returncode == 0, answer.stderr[-2000:]
    return answer.stdout


def export_figures(client) -> dict[tuple[str, str, str], float]:  # type: ignore[no-untyped-def]
    answer = client.get("/statistics.csv")
    assert answer.status_code == 200
    rows = csv.reader(io.StringIO(answer.text.lstrip("\ufeff")))
    next(rows)
    return {(t, g, m): float(v) for t, g, m, v in rows}


def page_cells(html: str, label: str) -> list[str]:
    """The cells of an outcome table row: discharged, work, studies, other, work or studies."""
    rows = re.findall(rf'<th scope="row">{re.escape(label)}</th>(.*?)</tr>', html, re.S)
    assert rows, f"no row {label!r} on the statistics page"
    # Cells may carry a data-label (the phone layout stacks the table into labelled cards).
    cells = re.findall(r'<td class="num"[^>]*>(.*?)</td>', rows[0], re.S)
    return [" ".join(c.replace("\xa0", " ").split()) for c in cells]


def test_demo_statistics_mirror_the_final_report(signed_in) -> None:  # type: ignore[no-untyped-def]
    out = run_demo()
    assert "220 discharged youths" in out
    client, _ = signed_in("admin")
    figures = export_figures(client)
    page = client.get("/statistics").text
    html = page[page.index('id="h-outcomes"') : page.index('id="h-internships"')]
    for key, label in GROUPS.items():
        table = {"overall": "Utfall vid utskrivning", "female": "Utfall per kön",
                 "male": "Utfall per kön"}.get(key, "Utfall per team")  # fmt: skip
        report = REPORT_FIGURES[key]
        discharged = figures[(table, label, "utskrivna")]
        work, studies = figures[(table, label, "Arbete")], figures[(table, label, "Studier")]
        assert discharged == report["discharged"], (label, discharged)
        # The report's headline share (in work or studies) to the whole percent.
        assert round(100 * (work + studies) / discharged) == report["work_or_studies"], label
        # The report gives work and studies to half a percent: ours are within that.
        for measure, value in (("work", work), ("studies", studies)):
            if measure in report:
                assert abs(100 * value / discharged - report[measure]) <= 0.5, (label, measure)
        # The page shows the same counts and rounded shares.
        cells = page_cells(html, label)
        assert cells[0] == str(int(discharged))
        assert cells[1] == f"{int(work)} ({round(100 * work / discharged)} %)", (label, cells)
        assert cells[2] == f"{int(studies)} ({round(100 * studies / discharged)} %)"
        share = report["work_or_studies"]
        assert cells[4] == f"{int(work + studies)} ({share} %)", (label, cells)
    # Today's caseload is enrolled, so it does not change the outcome tables.
    assert figures[("Inskrivna", "Alla", "inskrivna nu")] >= 60
    assert figures[("Praktik", "Alla", "Genomförda")] >= 80

    # Loading the demo again changes nothing.
    again = run_demo()
    assert "already loaded, unchanged" in again
    assert export_figures(client) == figures
