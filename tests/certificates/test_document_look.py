"""Document look walk: every document as a printer or phone camera meets it.

Page 1 of each document (certificates, one with very long names; supervisor guide in Swedish
and English; employer guide; card deck) is rendered to PNG at 200 and 300 dpi with poppler's
pdftoppm. QR codes are decoded with zbar (Debian's zbarimg) and located with zxing-cpp; the code
must carry the expected URL, which must open the genuine page over HTTP, and keep a white quiet
zone with no text or line in it. No two words on page 1 may overlap.
"""

import io
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
import segno
from PIL import Image

from tests.factories import assessment_link

LONG_FIRST = "Maximiliana Alexandra Kristina"
LONG_LAST = "von Hohenzollern-Sigmaringen Andersson-Öberg"
LONG_EMPLOYER = (
    "Västra Götalandsregionens Sammanslutning för Fiskhandel och Livsmedelsdistribution AB"
)
LONG_WORKPLACE = (
    "Butiken vid Hönö-Öckerö-Fotö färjeterminal, lokal nummer sjuttiotvå, andra våningen"
)
QUIET_MODULES = 2  # the least ISO/IEC 18004 readers cope with; we print 4


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is not installed (apt-get install poppler-utils zbar-tools)"
    return path


def _png(pdf: bytes, tmp_path: Path, dpi: int, page: int = 1) -> Path:
    source = tmp_path / f"doc-{abs(hash(pdf))}.pdf"
    source.write_bytes(pdf)
    prefix = tmp_path / f"page-{abs(hash(pdf))}-{dpi}-{page}"
    subprocess.run([_tool("pdftoppm"), "-r", str(dpi), "-f", str(page), "-l", str(page),
                    "-singlefile", "-png", str(source), str(prefix)], check=True)  # fmt: skip
    return prefix.with_suffix(".png")


def _zbar(png: Path) -> list[str]:
    run = subprocess.run([_tool("zbarimg"), "-q", "--raw", str(png)], capture_output=True,
                         text=True)  # fmt: skip
    return [line for line in run.stdout.splitlines() if line]


def _words(
    pdf: bytes, tmp_path: Path, page: int = 1
) -> list[tuple[float, float, float, float, str]]:
    """Words of one page with their boxes in PDF points (pdftotext -bbox)."""
    source = tmp_path / f"words-{abs(hash(pdf))}.pdf"
    source.write_bytes(pdf)
    run = subprocess.run([_tool("pdftotext"), "-bbox", "-f", str(page), "-l", str(page),
                          str(source), "-"], capture_output=True, text=True, check=True)  # fmt: skip
    pattern = (
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    )
    return [(float(a), float(b), float(c), float(d), w)
            for a, b, c, d, w in re.findall(pattern, run.stdout)]  # fmt: skip


def _overlap(a: tuple[float, ...], b: tuple[float, ...], slack: float = 0.5) -> bool:
    return (a[0] + slack < b[2] and b[0] + slack < a[2]
            and a[1] + slack < b[3] and b[1] + slack < a[3])  # fmt: skip


def _overlapping_words(pdf: bytes, tmp_path: Path) -> list[tuple[str, str]]:
    words = _words(pdf, tmp_path)
    assert len(words) > 20, "page 1 has (almost) no text; the check would prove nothing"
    # Glyph boxes of one line touch their neighbours a little: only real overlaps count.
    return [(a[4], b[4]) for i, a in enumerate(words) for b in words[i + 1 :]
            if _overlap(a, b, slack=1.5)]  # fmt: skip


def _check_qr(pdf: bytes, tmp_path: Path, url: str, page: int = 1) -> None:
    """Decodes the page's QR code at 200 and 300 dpi and checks its quiet zone and that no
    word of the page comes near it."""
    modules = segno.make(url, error="m", micro=False).symbol_size(border=0)[0]
    words = _words(pdf, tmp_path, page)
    for dpi in (200, 300):
        png = _png(pdf, tmp_path, dpi, page)
        assert _zbar(png) == [url], f"zbar could not read the code at {dpi} dpi"
        import zxingcpp

        image = Image.open(png).convert("L")
        found = [b for b in zxingcpp.read_barcodes(image) if b.text == url]
        assert len(found) == 1, f"zxing-cpp did not find exactly one code at {dpi} dpi"
        corners = found[0].position
        xs = [p.x for p in (corners.top_left, corners.top_right, corners.bottom_left,
                            corners.bottom_right)]  # fmt: skip
        ys = [p.y for p in (corners.top_left, corners.top_right, corners.bottom_left,
                            corners.bottom_right)]  # fmt: skip
        left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
        module = (right - left) / modules
        quiet = QUIET_MODULES * module
        # The quiet zone: every pixel in a ring of QUIET_MODULES modules around the symbol is
        # white (two pixels of anti-aliasing at the symbol's own edge are allowed).
        outer = (
            int(left - quiet),
            int(top - quiet),
            int(right + quiet) + 1,
            int(bottom + quiet) + 1,
        )
        inner = (int(left) - 2, int(top) - 2, int(right) + 3, int(bottom) + 3)
        strips = [
            (outer[0], outer[1], outer[2], inner[1]), (outer[0], inner[3], outer[2], outer[3]),
            (outer[0], inner[1], inner[0], inner[3]), (inner[2], inner[1], outer[2], inner[3]),
        ]  # fmt: skip
        darkest = min(image.crop(strip).getextrema()[0] for strip in strips)
        assert darkest >= 200, f"something dark in the QR code's quiet zone at {dpi} dpi"
        # No word in or near the code (the box with its quiet zone), in PDF points.
        scale = 72 / dpi
        box = ((left - quiet) * scale, (top - quiet) * scale,
               (right + quiet) * scale, (bottom + quiet) * scale)  # fmt: skip
        assert [w[4] for w in words if _overlap(w, box, slack=0)] == []


def _open_over_http(live_server: str, url: str) -> httpx.Response:
    """Opens a QR code's URL on the running server (the code names the configured base URL)."""
    parts = urlsplit(url)
    return httpx.get(live_server + parts.path, follow_redirects=False, timeout=30)


def _issue(client, admin_headers, internship_id: int) -> tuple[str, bytes]:  # type: ignore[no-untyped-def]
    issued = client.post(f"/api/internships/{internship_id}/certificate", headers=admin_headers)
    assert issued.status_code == 201, issued.text
    code = issued.json()["code"]
    pdf = client.get(f"/api/certificates/{code}/certificate.pdf", headers=admin_headers)
    assert pdf.status_code == 200
    return code, pdf.content


def _rename_workplace(db_session, internship_id: int) -> None:  # type: ignore[no-untyped-def]
    from employers.models import Employer, Placement, Workplace
    from internships.models import Internship

    placement = db_session.get(Placement, db_session.get(Internship, internship_id).placement_id)
    workplace = db_session.get(Workplace, placement.workplace_id)
    workplace.name = LONG_WORKPLACE
    db_session.get(Employer, workplace.employer_id).name = LONG_EMPLOYER
    db_session.commit()


@pytest.mark.parametrize("long_names", [False, True], ids=["short-names", "long-names"])
def test_certificate_qr_reads_at_200_and_300_dpi_with_nothing_over_it(
    client, admin_headers, internship_factory, db_session, tmp_path, live_server, long_names
):
    from core.settings import get_settings

    if long_names:
        made = internship_factory(first_name=LONG_FIRST, last_name=LONG_LAST, team=None)
        _rename_workplace(db_session, made.internship_id)
    else:
        made = internship_factory()
    code, pdf = _issue(client, admin_headers, made.internship_id)
    url = f"{get_settings().base_url.rstrip('/')}/verify/{code}"

    _check_qr(pdf, tmp_path, url)
    assert _overlapping_words(pdf, tmp_path) == []
    page = _open_over_http(live_server, url)
    assert page.status_code == 200 and "Intyget är äkta" in page.text
    holder = f"{LONG_FIRST} {LONG_LAST}" if long_names else "Åsa Öberg"
    assert holder in page.text


@pytest.mark.parametrize("language", ["sv", "en"])
def test_supervisor_guide_qr_opens_the_assessment_page(
    client, admin_headers, tmp_path, live_server, language
):
    internship, link = assessment_link(client, admin_headers)
    answer = client.post(f"/api/internships/{internship['id']}/supervisor-guide.pdf",
                         headers=admin_headers,
                         json={"language": language, "link_url": link["url"]})  # fmt: skip
    assert answer.status_code == 200, answer.text
    pdf = answer.content
    assert _overlapping_words(pdf, tmp_path) == []
    # The code stands next to the printed link: check the page that prints it.
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(pdf)).pages
    with_link = [n for n, p in enumerate(pages, start=1) if link["url"] in p.extract_text()]
    assert len(with_link) == 1, "the guide should print its link once"
    _check_qr(pdf, tmp_path, link["url"], page=with_link[0])
    opened = _open_over_http(live_server, link["url"])
    assert opened.status_code == 200 and "Praktik i cykelverkstad" in opened.text


@pytest.mark.parametrize("path", ["/api/documents/employer-guide.pdf", "/api/competences/deck.pdf"])
def test_guides_without_a_code_lay_out_page_one_cleanly(client, admin_headers, tmp_path, path):
    answer = client.get(path, headers=admin_headers)
    assert answer.status_code == 200
    assert _overlapping_words(answer.content, tmp_path) == []
    png = _png(answer.content, tmp_path, 200)
    with Image.open(png) as image:
        assert image.size == (1654, 2339)  # A4 at 200 dpi
