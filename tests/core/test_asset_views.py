"""The API documentation pages and the site icon, from outside: HTTP and a real Chromium.

Kept apart from test_hardening.py: the module-scoped Chromium (Playwright's sync API) holds an
event loop that tests calling asyncio.run() must not share.
"""

import re

import pytest

DOCS_PAGES = ("/docs", "/redoc")


def _csp_directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0]] = words[1:]
    return directives


def _page_assets(page: str) -> list[str]:
    return re.findall(r'<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"', page)


@pytest.mark.parametrize("path", DOCS_PAGES)
def test_api_docs_have_a_strict_csp_and_load_only_from_this_site(client, path):
    page = client.get(path)
    assert page.status_code == 200
    csp = _csp_directives(page.headers["content-security-policy"])
    scripts = csp.get("script-src", csp.get("default-src"))
    assert scripts == ["'self'"], csp  # no 'unsafe-inline', no 'unsafe-eval', no other host
    assert csp["default-src"] == ["'none'"] and csp["frame-ancestors"] == ["'none'"]
    assert not [v for values in csp.values() for v in values if "." in v or ":/" in v], csp
    # No inline script: every <script> has a src and an empty body.
    scripts_found = re.findall(r"<script\b([^>]*)>(.*?)</script>", page.text, re.S)
    assert scripts_found and all(
        "src=" in attrs and not body.strip() for attrs, body in scripts_found
    )
    assets = _page_assets(page.text)
    assert len(assets) >= 2
    for url in assets:
        assert url.startswith("/") and not url.startswith("//"), url
        answer = client.get(url)
        assert answer.status_code == 200 and answer.content, url


def test_api_docs_assets_are_only_the_packaged_files(client):
    assert client.get("/docs/assets/swagger-ui.css").headers["content-type"].startswith("text/css")
    for name in ("core.py", "..%2F__init__.py", "favicon.png", "%2e%2e/consts.py"):
        assert client.get(f"/docs/assets/{name}").status_code == 404, name


def _watch(page, live_server: str) -> tuple[list[str], list[str]]:
    """Collects the page's console errors and every request that left this site."""
    errors: list[str] = []
    foreign: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on(
        "request",
        lambda r: (
            None if r.url.startswith((live_server, "data:", "blob:")) else foreign.append(r.url)
        ),
    )
    return errors, foreign


def test_swagger_ui_and_redoc_render_in_chromium_without_csp_violations(
    live_server, chromium_browser
):
    context = chromium_browser.new_context()
    try:
        page = context.new_page()
        errors, foreign = _watch(page, live_server)
        page.goto(f"{live_server}/docs")
        page.wait_for_selector(".opblock", state="attached", timeout=60_000)
        # Every API operation is drawn, with its path.
        assert page.locator(".opblock").count() >= 30
        assert page.get_by_text("/api/youths/{ref}", exact=True).count() >= 1
        page.goto(f"{live_server}/redoc")
        page.wait_for_selector(".api-content h2", state="attached", timeout=60_000)
        assert page.locator("[data-section-id^='tag/']").count() >= 5
        page.wait_for_timeout(300)  # the side menu's images and the search worker start late
        assert errors == [] and foreign == []
    finally:
        context.close()


def test_the_site_has_an_icon(client):
    icon = client.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
    assert icon.content.lstrip().startswith(b"<svg")
    for path in ("/sign-in", "/verify"):
        page = client.get(path)
        assert '<link rel="icon" href="/static/favicon.svg"' in page.text, path
    assert client.get("/static/favicon.svg").content == icon.content


def test_first_visit_to_the_sign_in_page_logs_no_console_error(live_server, chromium_browser):
    context = chromium_browser.new_context()  # a fresh profile: nothing cached
    try:
        page = context.new_page()
        errors, foreign = _watch(page, live_server)
        page.goto(f"{live_server}/sign-in", wait_until="networkidle")
        # Headless Chromium fetches no favicon by itself, so the page loads its declared icon,
        # and the /favicon.ico that other browsers ask for, as images.
        widths = page.evaluate(
            """async () => {
              const load = (src) => new Promise((done) => {
                const img = new Image();
                img.onload = () => done(img.naturalWidth);
                img.onerror = () => done(0);
                img.src = src;
              });
              const link = document.querySelector('link[rel~="icon"]');
              return [link ? await load(link.href) : 0, await load("/favicon.ico")];
            }"""
        )
        page.wait_for_timeout(200)
        assert errors == [] and foreign == []
        assert widths == [32, 32]
    finally:
        context.close()
