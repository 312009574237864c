"""The demo as a newcomer sees it, in real Chromium: `praktikmatch demo` on a fresh database, sign
in with the account it prints, and open the start page, an internship with both assessments side
by side, a revoked-and-corrected certificate and the statistics. Screenshots go to
test-artifacts/screenshots/demo-*.png; axe-core checks each page.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.conftest import check_page

ROOT = Path(__file__).resolve().parents[2]


def load_demo() -> dict[str, str]:
    answer = subprocess.run(
        [sys.executable, "-m", "app.cli", "demo"], cwd=ROOT, env={**os.environ},
        capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    assert answer.returncode == 0, answer.stderr[-2000:]
    out = answer.stdout
    side = re.search(r"side by side: /internships/(\d+) \(youth /youths/(\S+)\)", out)
    fixed = re.search(
        r"corrected certificate: /internships/(\d+) \(youth /youths/(\S+); "
        r"revoked /verify/(\w+), valid /verify/(\w+)\)",
        out,
    )
    login = re.search(r"demo sign-in: (\S+) / (\S+)", out)
    assert side and fixed and login, out
    return {
        "side_id": side[1], "side_youth": side[2], "fixed_id": fixed[1], "fixed_youth": fixed[2],
        "revoked": fixed[3], "valid": fixed[4], "email": login[1], "password": login[2],
    }  # fmt: skip


def test_demo_history_in_chromium(live_server: str, chromium_browser) -> None:  # type: ignore[no-untyped-def]
    demo = load_demo()
    context = chromium_browser.new_context(base_url=live_server, locale="sv-SE")
    page = context.new_page()

    page.goto("/")
    assert "/sign-in" in page.url
    page.get_by_label("E-postadress").fill(demo["email"])
    page.get_by_label("Lösenord").fill(demo["password"])
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{live_server}/")

    # The start page of a team in full swing: every list has something in it.
    for section in ("h-mine", "h-soon", "h-wait", "h-cert"):
        card = page.locator(f"section[aria-labelledby='{section}']")
        assert card.locator("li").count() >= 1, section
    assert page.locator("section[aria-labelledby='h-soon'] li", has_text="slutar").count() >= 1
    check_page(page, "demo-01-start")

    # The newest certificate to issue heads its list: a finished internship, both assessments
    # side by side. It is also reached from the youth's page.
    ready = page.locator("section[aria-labelledby='h-cert'] li a").first
    assert ready.get_attribute("href") == f"/internships/{demo['side_id']}"
    page.goto(f"/youths/{demo['side_youth']}")
    page.locator(f"a[href='/internships/{demo['side_id']}']").click()
    page.wait_for_url(f"**/internships/{demo['side_id']}")
    rows = page.locator("#assessments tbody tr")
    assert rows.count() == 13
    for i in range(13):
        midway, final = rows.nth(i).locator("td").all_inner_texts()
        assert midway.strip() not in ("", "–") and final.strip() not in ("", "–"), (i, midway)
    assert page.locator("#assessments td", has_text="/4)").count() >= 20
    assert page.locator("#internship-status").inner_text() == "Genomförd"
    check_page(page, "demo-02-internship-assessments")

    # The revoked certificate and its correction, on the internship page.
    page.goto(f"/youths/{demo['fixed_youth']}")
    page.locator(f"a[href='/internships/{demo['fixed_id']}']").click()
    page.wait_for_url(f"**/internships/{demo['fixed_id']}")
    revoked = page.locator(f"#certificate-{demo['revoked']}")
    valid = page.locator(f"#certificate-{demo['valid']}")
    assert "Spärrat" in revoked.inner_text() and "rättade slutomdömet" in revoked.inner_text()
    assert "Giltigt" in valid.inner_text()
    check_page(page, "demo-03-certificate-corrected")

    # The public check: the old code is revoked and points to the valid correction.
    page.goto(f"/verify/{demo['revoked']}")
    assert page.locator("#verdict-title").inner_text().endswith("Intyget är återkallat")
    check_page(page, "demo-04-verify-revoked")
    page.get_by_role("link", name=re.compile(demo["valid"][:5])).click()
    page.wait_for_url(f"**/verify/{demo['valid']}*")
    assert page.locator("#verdict-title").inner_text().endswith("Intyget är äkta")
    check_page(page, "demo-05-verify-valid")

    page.goto("/statistics")
    table = page.locator("table", has_text="Utfall vid utskrivning per team")
    assert "127" in table.inner_text() and "93" in table.inner_text()
    check_page(page, "demo-06-statistics")
    context.close()
