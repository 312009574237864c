"""A recruiter's day in real Chromium against a real server, database and SMTP sink.

Sign in, import a CSV (fix its error first), open a youth, read the suggestions, start an
internship, send the supervisor's link, fill it in as the supervisor (a second browser context),
issue and download the certificate, and see the statistics change. axe-core checks every page.
"""

import os
import re
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.conftest import STAFF_PASSWORD, SmtpSink, check_page, free_port

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
EMAIL = "rekryterare@example.se"

PLACEMENTS_HEADER = (
    "ref,employer,title,description,district,capacity,ssyk,supervisor_name,supervisor_email"
)
PLACEMENTS = [
    "E2E-1,Solrosens förskola,Praktik på förskola,Leka med barn och hjälpa pedagogerna,Lundby,2,5311,Maja Berg,maja@forskolan.example",
    "E2E-2,Hisingens bilverkstad,Praktik i bilverkstad,Meka med bilar och byta däck,Lundby,1,7231,Omar Ali,omar@bilverkstad.example",
    "E2E-3,Restaurang Kajen,Praktik i restaurangkök,Laga mat och diska,Lundby,{capacity},5120,Lena Ek,lena@kajen.example",
]  # fmt: skip
YOUTHS = (
    "ref,gender,birth_year,district,interests,first_name,team\n"
    "E2E-Y1,female,2007,Lundby,jag gillar barn och att leka. kanske meka med bilar,Tova,Hisingen\n"
)


def _database(tmp_path: Path) -> tuple[str, object]:
    base = os.environ.get("PRAKTIKMATCH_TEST_DATABASE_URL")
    if not base:
        return f"sqlite:///{tmp_path / 'e2e.db'}", lambda: None
    name = f"pm_e2e_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(base).set(database=name).render_as_string(hide_password=False), drop


@pytest.fixture(scope="module")
def smtp() -> Iterator[tuple[SmtpSink, int]]:
    from aiosmtpd.controller import Controller

    sink, port = SmtpSink(), free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    yield sink, port
    controller.stop()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, smtp) -> Iterator[str]:
    """A real uvicorn process on a free loopback port, with its own database."""
    tmp = tmp_path_factory.mktemp("e2e")
    url, drop = _database(tmp)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PRAKTIKMATCH_DATABASE_URL": url, "PRAKTIKMATCH_BASE_URL": base_url,
           "PRAKTIKMATCH_SMTP_HOST": "127.0.0.1", "PRAKTIKMATCH_SMTP_PORT": str(smtp[1]),
           "PRAKTIKMATCH_KEY_DIR": str(tmp / "keys"), "PRAKTIKMATCH_SECRET_KEY": uuid.uuid4().hex,
           "PRAKTIKMATCH_WARM_MATCHER": "false"}  # fmt: skip
    create_user = [sys.executable, "-m", "app.cli", "user", "create", "--email", EMAIL,
                   "--name", "Rut Rekryterare", "--role", "recruiter", "--team", "Hisingen",
                   "--password-stdin"]  # fmt: skip
    subprocess.run(create_user, input=STAFF_PASSWORD + "\n", text=True, env=env, cwd=ROOT,
                   check=True, capture_output=True)  # fmt: skip
    log = (tmp / "server.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1",
         "--port", str(port)],
        env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{base_url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise RuntimeError((tmp / "server.log").read_text())
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()
        drop()


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def _stat(page, key: str) -> int:  # type: ignore[no-untyped-def]
    return int(page.locator(f"#internships-{key}").inner_text())


def test_recruiter_journey(server: str, browser, smtp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sink, _ = smtp
    context = browser.new_context(base_url=server, locale="sv-SE", accept_downloads=True)
    page = context.new_page()

    # 1. Sign in (pages redirect there without a session).
    page.goto("/statistics")
    assert "/sign-in" in page.url
    check_page(page, "01-sign-in")
    page.get_by_label("E-postadress").fill(EMAIL)
    page.get_by_label("Lösenord").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{server}/statistics")
    started_before, completed_before = _stat(page, "started"), _stat(page, "completed")
    check_page(page, "02-statistics-before")

    # 2. Import a CSV with an error, fix it, import it.
    page.get_by_role("link", name="Importera").click()
    bad = "\n".join([PLACEMENTS_HEADER, *PLACEMENTS]).replace("{capacity}", "tre") + "\n"
    page.get_by_label("Praktikplatser").check()
    page.get_by_label("… eller klistra in eller rätta texten här").fill(bad)
    page.get_by_role("button", name="Förhandsgranska").click()
    errors = page.locator("#import-errors")
    assert "capacity" in errors.inner_text() and "4" in errors.inner_text()
    check_page(page, "03-import-errors")
    page.get_by_label("… eller klistra in eller rätta texten här").fill(bad.replace(",tre,", ",3,"))
    page.get_by_role("button", name="Förhandsgranska").click()
    assert "3 nya" in page.locator("#preview-summary").inner_text()
    check_page(page, "04-import-preview")
    page.get_by_role("button", name="Bekräfta och importera").click()
    assert "3 nya" in page.locator("#import-done").inner_text()
    page.get_by_label("Ungdomar").check()
    page.get_by_label("… eller klistra in eller rätta texten här").fill(YOUTHS)
    page.get_by_role("button", name="Förhandsgranska").click()
    page.get_by_role("button", name="Bekräfta och importera").click()
    assert "1 nya" in page.locator("#import-done").inner_text()
    page.goto("/placements?q=bilverkstd")
    assert page.get_by_role("link", name="Praktik i bilverkstad").is_visible()
    check_page(page, "05-placement-search")

    # 3. Open the youth.
    page.get_by_role("link", name="Ungdomar").click()
    check_page(page, "06-youth-list")
    page.get_by_role("link", name="Tova").click()
    assert page.get_by_role("heading", name="Förslag på praktikplatser").is_visible()

    # 4. Suggestions with reasons, stereotype flags with their basis, counter-stereotypical marks.
    suggestions = page.locator("ol.suggestions > li")
    assert suggestions.count() >= 2
    assert page.locator("ol.suggestions .reasons li").count() >= 2
    flagged = page.locator("ol.suggestions > li", has=page.locator(".tag.warn"))
    assert flagged.count() >= 1 and "Underlag:" in flagged.first.inner_text()
    assert page.locator("ol.suggestions .tag.ok", has_text="Normbrytande val").count() >= 1
    check_page(page, "07-youth-profile")

    # 5. Starting is refused until the youth's consent to share with employers is recorded.
    garage = page.locator("#suggestion-E2E-2")
    garage.get_by_role("button", name=re.compile("Starta praktik här")).click()
    assert "Samtycke saknas" in page.locator("#start-form").inner_text()
    assert page.get_by_text("Saknar samtycke att dela med arbetsgivare").is_visible()
    page.get_by_label("Samtycket ges av").select_option("youth")
    page.get_by_role("button", name="Registrera samtycke").click()
    assert "Samtycket är registrerat" in page.locator(".notice").inner_text()
    assert page.get_by_text("Får delas med arbetsgivare").is_visible()
    check_page(page, "07b-youth-consent")

    # 6. Start an internship from the counter-stereotypical suggestion (one click).
    garage = page.locator("#suggestion-E2E-2")
    garage.get_by_role("button", name=re.compile("Starta praktik här")).click()
    page.wait_for_url(re.compile(r"/internships/\d+"))
    internship_url = page.url.split("?")[0]
    page.get_by_role("button", name="Markera som påbörjad").click()
    assert page.locator("#internship-status").inner_text() == "Pågår"

    # 7. Send the supervisor's link; it arrives in the SMTP sink.
    page.get_by_role("button", name="Skicka länk: slutbedömning").click()
    assert "Länken är skickad" in page.locator(".notice").inner_text()
    check_page(page, "08-internship")
    mail = next(m for m in sink.messages if "omar@bilverkstad.example" in m["To"])
    link = re.search(r"https?://\S+/l/[A-Za-z0-9_\-]+", mail.get_content()).group(0)

    # 8. The supervisor fills it in, in a second browser context (no staff cookie).
    supervisor = browser.new_context(locale="sv-SE").new_page()
    supervisor.goto(link)
    check_page(supervisor, "09-supervisor-form")
    for radio in supervisor.locator("fieldset.scale").all():
        radio.locator("input[value='3']").check()
    supervisor.get_by_label("Ditt namn").fill("Omar Ali")
    supervisor.get_by_role("button", name="Granska och skicka in").click()
    check_page(supervisor, "10-supervisor-confirm")
    supervisor.get_by_role("button", name="Ja, skicka in").click()
    supervisor.wait_for_load_state()
    check_page(supervisor, "11-supervisor-done")

    # 9. Issue the certificate and download it.
    page.goto(internship_url)
    assert "Klarar det själv (3/4)" in page.locator("#assessments").inner_text()
    page.get_by_role("button", name="Markera som genomförd").click()
    page.get_by_role("button", name="Utfärda intyget").click()
    assert "Intyget är utfärdat" in page.locator(".notice").inner_text()
    check_page(page, "12-certificate-issued")
    with page.expect_download() as download:
        page.get_by_role("link", name="Ladda ner intyget (PDF)").click()
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")

    # 10. The statistics have changed.
    page.get_by_role("link", name="Statistik").click()
    assert _stat(page, "started") == started_before + 1
    assert _stat(page, "completed") == completed_before + 1
    check_page(page, "13-statistics-after")
    page.get_by_role("link", name="Start").click()
    check_page(page, "14-start")
    context.close()
