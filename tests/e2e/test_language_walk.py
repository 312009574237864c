"""Every page in Swedish and in English, in real Chromium: no visible text of the other language.

Staff pages switch with the header's language button (stored on the account); public pages and
link pages with their ?lang= choice. What counts as the other language: see tests/e2e/language.py.
"""

from pathlib import Path

import pytest

from tests.e2e.language import VISIBLE_TEXT_JS, Detector, reference_names
from tests.e2e.pages import Site, seeded_values, set_staff_language, sign_in

pytestmark = pytest.mark.skipif(
    not Path("/usr/bin/chromium").exists(), reason="Debian's chromium is not installed"
)
LANGUAGES = ("sv", "en")


def _check(page, url: str, language: str, detector: Detector, where: str,  # type: ignore[no-untyped-def]
           navs: dict[str, set[str]] | None = None) -> list[str]:  # fmt: skip
    answer = page.goto(url)
    status = answer.status if answer else 0
    problems = []
    if status != 200:
        problems.append(f"{where}: answered {status}")
    lang = page.locator("html").get_attribute("lang")
    if lang != language:
        problems.append(f"{where}: <html lang={lang!r}>, expected {language!r}")
    for text in detector.foreign(page.evaluate(VISIBLE_TEXT_JS), language):
        problems.append(f"{where}: {text}")
    if navs is not None:
        # The shell is core's: its words must not change with the page's package (the English
        # menu said "Employer" on pages whose package translated "Arbetsgivare" so).
        nav = page.locator("header nav")
        if nav.count():
            navs.setdefault(language, set()).add(" | ".join(nav.first.inner_text().split("\n")))
    return problems


def test_every_page_speaks_one_language(site: Site, chromium_browser) -> None:  # type: ignore[no-untyped-def]
    detector = Detector(data=seeded_values(site) + reference_names())
    findings: list[str] = []
    # Admins see every page; coaches the fewest controls. Recruiters' pages are the admins'.
    for role in ("admin", "coach"):
        context = chromium_browser.new_context(locale="sv-SE")
        page = context.new_page()
        sign_in(page, site, role)
        navs: dict[str, set[str]] = {}
        for language in LANGUAGES:
            set_staff_language(page, site, language)
            for path in site.staff_pages[role]:
                where = f"{role} {language} {path}"
                findings += _check(page, site.base_url + path, language, detector, where, navs)
        for language, menus in navs.items():
            if len(menus) != 1:
                findings.append(f"{role} {language}: the menu differs between pages: {menus}")
        assert "Employers" in navs["en"].pop() and "Arbetsgivare" in navs["sv"].pop()
        set_staff_language(page, site, "sv")
        context.close()
    context = chromium_browser.new_context(locale="sv-SE")
    page = context.new_page()
    for path in site.public_pages:
        for language in LANGUAGES:
            joiner = "&" if "?" in path else "?"
            url = f"{site.base_url}{path}{joiner}lang={language}"
            findings += _check(page, url, language, detector, f"public {language} {path}")
    context.close()
    assert not findings, "\n".join(findings)


def test_every_interface_text_has_its_english(prepared_database: str) -> None:
    """Each `_("...")` in a template, and each message table the pages show, has an English
    translation in its own package's catalogue chain (core.i18n.translate)."""
    import re

    from accounts import web_auth, web_auth_views
    from core.i18n import PACKAGES as DOMAIN_PACKAGES
    from core.i18n import ROOT, translate
    from core.templating import template_domains
    from employers import views as employer_views
    from internships import profile_views as youth_views
    from reports import stats

    same_in_both = {"Id", "Start", "Team", "Period", "Status", "version", "team {team}"}
    literal = re.compile(r"""\b_\(\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')""")
    missing = []
    for name, package in template_domains().items():
        if not name.endswith(".html") or package not in DOMAIN_PACKAGES:
            continue
        source = (ROOT / package / "templates" / name).read_text(encoding="utf-8")
        for quoted in literal.findall(source):
            message = quoted[1:-1]
            if message in same_in_both or not re.search(r"[A-Za-zÅÄÖåäö]", message):
                continue
            if translate(message, "en", domain=package) == message:
                missing.append(f"{name}: {message!r}")
    tables = {
        "accounts.web_auth.ERROR_TITLES": web_auth.ERROR_TITLES.values(),
        "accounts.web_auth.FIELD_MESSAGES": web_auth.FIELD_MESSAGES.values(),
        "accounts.web_auth.TYPE_MESSAGES": web_auth.TYPE_MESSAGES.values(),
        "accounts.web_auth_views.FAILURE_MESSAGES": web_auth_views.FAILURE_MESSAGES.values(),
        "reports.stats labels": [*stats.OUTCOME_LABELS.values(), *stats.INTERNSHIP_LABELS.values()],
        "employers.views.NOTICES": employer_views.NOTICES.values(),
        "internships.profile_views": [*youth_views.NOTICES.values(), *youth_views.GENDER_WORDS.values(),
                         *youth_views.REACTION_WORDS.values(), *youth_views.SCOPE_WORDS.values()],
    }  # fmt: skip
    for where, messages in tables.items():
        missing += [f"{where}: {m!r}" for m in messages if translate(m, "en") == m]
    assert not missing, "no English for:\n" + "\n".join(missing)
