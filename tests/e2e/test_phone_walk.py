"""Phone walk: every page at 360 px wide, in Swedish and in English, in real Chromium.

For each staff page (as each role), each public page (sign-in, verification, the supervisor's and
the youth's link pages) and the pages that forms lead to (errors, previews, confirmations):

- the page does not scroll sideways: `scrollWidth <= innerWidth`;
- no visible element sticks out of the viewport, unless it sits inside a scroll region that a
  keyboard and a screen reader can use (role=region, a label, tabindex=0; WCAG 1.4.10 allows
  two-dimensional content to scroll there), and nothing scrolls sideways outside such a region;
- axe-core finds no serious or critical violation.

Every page is saved as a full-page screenshot in test-artifacts/screenshots/phone/. The data set
comes from the shared inventory (tests/e2e/pages.py), plus the long words that broke the layout:
a very long supervisor e-mail and employer name.
"""

import re
from pathlib import Path

import httpx
import pytest

from tests.e2e.pages import ROLES, Site, sign_in

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "screenshots" / "phone"
VIEWPORT = {"width": 360, "height": 740}
LANGUAGES = ("sv", "en")
LONG_EMAIL = "maximiliana.vilhelmsdotter-ostergren.handledare@kunskapsbronskolorna-askim.example.se"
LONG_EMPLOYER = "Fordonsreparationsverkstadsaktiebolaget Hisingens Bil- och Däckservicecentral"

# Runs in the page. Returns what keeps the page from fitting a phone screen.
REFLOW_CHECK = """() => {
  const vw = window.innerWidth;
  const problems = [];
  const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
    + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
    + ' "' + (el.innerText || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 50) + '"';
  const region = el => el.getAttribute('role') === 'region' && el.tabIndex === 0
    && (el.hasAttribute('aria-labelledby') || el.hasAttribute('aria-label'));
  if (document.documentElement.scrollWidth > vw)
    problems.push(`the page is ${document.documentElement.scrollWidth} px wide, the screen ${vw} px`);
  for (const el of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    if (['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && !region(el))
      problems.push('scrolls sideways outside a labelled, focusable role=region: ' + name(el));
    const box = el.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) continue;  // visually hidden (1 px clip)
    if (box.right <= vw + 0.5 && box.left >= -0.5) continue;
    if (box.right <= 0) continue;  // parked off-screen to the left until focused (skip link)
    let clip = el.parentElement;
    while (clip && clip !== document.body && getComputedStyle(clip).overflowX === 'visible') clip = clip.parentElement;
    if (clip && clip !== document.body) {
      const c = clip.getBoundingClientRect();
      if (c.width < 2 || c.height < 2 || region(clip)) continue;
    }
    problems.push(`sticks out [${Math.round(box.left)}, ${Math.round(box.right)}]: ` + name(el));
  }
  return problems;
}"""

# Runs in the page. Tables that turn into cards (class "stack") show each cell's column header
# from its data-label: the label must be that header's text, and no column with a visible header
# may lack it.
STACK_LABELS = """() => {
  const problems = [];
  const text = el => (el ? el.textContent : '').trim().replace(/\\s+/g, ' ');
  for (const table of document.querySelectorAll('table.stack')) {
    // A header whose words are only for screen readers (an action column) needs no label.
    const headers = [...table.querySelectorAll('thead th')].map(th =>
      th.querySelector('.visually-hidden') && text(th.querySelector('.visually-hidden')) === text(th) ? '' : text(th));
    for (const row of table.querySelectorAll('tbody tr')) {
      [...row.children].forEach((cell, i) => {
        if (cell.tagName !== 'TD' || cell.colSpan > 1 || !headers[i]) return;
        const label = cell.getAttribute('data-label');
        if (label === null && text(cell))
          problems.push(`cell under "${headers[i]}" has no data-label: "${text(cell).slice(0, 40)}"`);
        else if (label !== null && label.trim() !== headers[i])
          problems.push(`data-label "${label}" under the header "${headers[i]}"`);
      });
    }
  }
  return problems;
}"""

# Runs in the page. The structure of its header, main and footer (elements and attributes, and
# whether they hold text), without the text itself or form values such as CSRF tokens.
STRUCTURE = """() => {
  const sig = root => {
    if (!root) return '';
    const parts = [];
    const walk = el => {
      const attrs = [...el.attributes].filter(a => a.name !== 'value').map(a => a.name + '=' + a.value);
      const text = [...el.childNodes].some(n => n.nodeType === 3 && /\\S/.test(n.data));
      parts.push('<' + el.tagName + ' ' + attrs.join(' ') + (text ? ' #text' : ''));
      for (const child of el.children) walk(child);
      parts.push('>');
    };
    walk(root);
    return parts.join('');
  };
  return ['html lang=' + document.documentElement.lang, 'header ' + sig(document.querySelector('body > header')),
          'main ' + sig(document.querySelector('main')), 'footer ' + sig(document.querySelector('body > footer'))];
}"""


@pytest.fixture(scope="module")
def phone_site(site: Site) -> Site:
    """The shared data set (tests/e2e/conftest.py), plus long words that do not fit 360 px
    unless they wrap."""
    from tests.e2e.pages import _token

    with httpx.Client(base_url=site.base_url, headers=_token("admin"), timeout=60) as api:
        answer = api.patch(f"/api/internships/{site.data['active']}",
                           json={"supervisor_email": LONG_EMAIL})  # fmt: skip
        assert answer.status_code == 200, answer.text
        answer = api.patch(
            f"/api/employers/{site.data['employer_id']}", json={"name": LONG_EMPLOYER}
        )
        assert answer.status_code == 200, answer.text
    return site


def _slug(path: str) -> str:
    path = re.sub(r"/l/[A-Za-z0-9_\-]+", "/link", path)  # no tokens in file names
    return re.sub(r"[^A-Za-z0-9]+", "-", path).strip("-") or "start"


# Page languages and header, main and footer structures that axe has already checked in this
# module. axe takes seconds a page (colour contrast most of it), and the same page as another role
# or in the other language is mostly the same markup, which is what axe's rules look at (text only
# as present or empty, and the lang attribute). So a page goes to axe unless its language and each
# of its parts have been checked before; reflow is checked on every page.
AXE_SEEN: set[str] = set()


def _check(page, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Screenshot, reflow and axe for the page as it is now; returns the problems found."""
    from axe_playwright_python.sync_playwright import Axe

    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    problems = page.evaluate(REFLOW_CHECK)[:6] + page.evaluate(STACK_LABELS)[:6]
    parts = set(page.evaluate(STRUCTURE))
    if parts <= AXE_SEEN:
        return [f"{name} ({page.url}): {p}" for p in problems]
    violations = Axe().run(page).response["violations"]
    AXE_SEEN.update(parts)
    problems += [
        f"axe {v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    return [f"{name} ({page.url}): {p}" for p in problems]


def _visit(page, url: str, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    answer = page.goto(url)
    assert answer is not None and answer.status < 500, f"{url}: {answer and answer.status}"
    return _check(page, name)


def _with_lang(path: str, lang: str) -> str:
    if lang == "sv":
        return path
    return path + ("&" if "?" in path else "?") + "lang=en"


def _phone(browser):  # type: ignore[no-untyped-def]
    # Not is_mobile: mobile emulation zooms out to fit content that overflows, which would hide it.
    context = browser.new_context(viewport=VIEWPORT, locale="sv-SE")
    return context, context.new_page()


@pytest.mark.parametrize("role", ROLES)
def test_staff_pages_fit_a_phone(phone_site: Site, chromium_browser, role: str) -> None:  # type: ignore[no-untyped-def]
    site = phone_site
    context, page = _phone(chromium_browser)
    problems: list[str] = []
    try:
        sign_in(page, site, role)
        for lang in LANGUAGES:
            if lang == "en":  # the account's own language switch, as a person would use it
                with page.expect_navigation():
                    page.locator("form[action='/language'] button").click()
                assert page.locator("html").get_attribute("lang") == "en"
            for path in site.staff_pages[role]:
                problems += _visit(page, site.base_url + path, f"{lang}-{role}-{_slug(path)}")
            problems += _visit(page, f"{site.base_url}/youths/NO-SUCH-REF",
                               f"{lang}-{role}-not-found")  # fmt: skip
            if "/placements/new" in site.staff_pages[role]:  # may import placements
                problems += _import_pages(page, site, f"{lang}-{role}")
            if "/employers/new" in site.staff_pages[role]:
                page.goto(f"{site.base_url}/employers/new")
                with page.expect_navigation():
                    page.locator("main form button[type=submit]").click()
                assert page.locator(".error-summary").count() == 1
                problems += _check(page, f"{lang}-{role}-employer-new-errors")
    finally:
        context.close()
    assert not problems, "\n".join(problems)


def _import_pages(page, site: Site, prefix: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The import's error table and its preview table, filled in as a recruiter would."""
    header = "ref,employer,title,description,district,capacity,ssyk,supervisor_email\n"
    row = f"PH-1,{LONG_EMPLOYER},Praktik i verkstad,Byta däck,Lundby,{{}},7231,{LONG_EMAIL}\n"
    problems: list[str] = []
    for capacity, name in (("tre", "import-errors"), ("2", "import-preview")):
        page.goto(f"{site.base_url}/import")
        page.locator("#kind-placements").check()
        page.locator("#text").fill(header + row.format(capacity))
        with page.expect_navigation():
            page.locator("form[action='/import'] button[type=submit]").click()
        expected = "#import-errors" if capacity == "tre" else "#preview-summary"
        assert page.locator(expected).count() == 1, page.content()[:2000]
        problems += _check(page, f"{prefix}-{name}")
    return problems


def test_public_pages_fit_a_phone(phone_site: Site, chromium_browser) -> None:  # type: ignore[no-untyped-def]
    """Sign-in, verification and both link pages, with the pages their forms lead to."""
    site = phone_site
    problems: list[str] = []
    for lang in LANGUAGES:
        context, page = _phone(chromium_browser)
        try:
            for path in site.public_pages:
                names = {site.links["assessment"]: "link-assessment",
                         site.links["review"]: "link-review",
                         f"/verify/{site.data['certificate']}": "verify-certificate"}  # fmt: skip
                name = names.get(path, _slug(path))
                problems += _visit(page, site.base_url + _with_lang(path, lang), f"{lang}-{name}")
            problems += _visit(page, site.base_url + _with_lang("/verify?code=ABCDE-12345", lang),
                               f"{lang}-verify-unknown")  # fmt: skip
            # The supervisor sends the form without a name (errors), then fills it in (confirmation
            # page). The first pass leaves a draft, so each pass clears the name itself.
            page.goto(site.base_url + _with_lang(site.links["assessment"], lang))
            page.locator("input[name=supervisor_name]").fill("")
            with page.expect_navigation():
                page.locator("button[name=action][value=confirm]").click()
            assert page.locator("#supervisor_name-error").count() == 1
            problems += _check(page, f"{lang}-link-assessment-errors")
            for scale in page.locator("fieldset.scale").all():
                scale.locator("input[value='3']").check()
            page.locator("input[name=supervisor_name]").fill("Maximiliana Vilhelmsdotter-Östergren")
            with page.expect_navigation():
                page.locator("button[name=action][value=confirm]").click()
            assert page.locator("button[name=action][value=submit]").count() == 1
            problems += _check(page, f"{lang}-link-assessment-confirm")
        finally:
            context.close()
    assert not problems, "\n".join(problems)
