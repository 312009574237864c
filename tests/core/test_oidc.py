"""Single sign-on end to end: real Chromium, our real server, and a real OpenID Provider (the
certified `oidc-provider` package on Node.js, tests/oidc_provider/) on loopback. Nothing mocked.
"""

import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import httpx
import pytest
from sqlalchemy import select

from tests.conftest import free_port

PROVIDER_DIR = Path(__file__).resolve().parents[1] / "oidc_provider"
CLIENT_ID = "praktikmatch-test"
CLIENT_SECRET = "test-client-secret-not-for-production"
_ENV: dict[tuple[str, str], dict[str, str | None]] = {}
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"


def _apply(env: dict[str, str | None]) -> dict[str, str | None]:
    """Sets (or, for None, removes) environment variables; returns what they were."""
    from core.settings import get_settings

    saved = {k: os.environ.get(k) for k in env}
    for key, value in env.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    get_settings.cache_clear()
    return saved


@pytest.fixture(scope="module")
def oidc_servers(prepared_database: str) -> Iterator[tuple[str, str]]:
    """Starts the provider and a server of ours configured for it; yields (app URL, issuer).

    The OIDC settings are in force only while a test of this module runs (`_oidc_settings`):
    under xdist, other modules' tests may run on this worker between ours."""
    import uvicorn

    from app.factory import create_app

    node = shutil.which("node")
    assert node, "Node.js is needed for the test OpenID Provider (.ci/run installs it)"
    if not (PROVIDER_DIR / "node_modules" / "oidc-provider").is_dir():
        # The README's test command is enough on a fresh clone: install the provider as locked.
        npm = shutil.which("npm")
        assert npm, "npm is needed to install the test OpenID Provider (apt-get install npm)"
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=PROVIDER_DIR, check=True,
                       stdout=subprocess.DEVNULL, timeout=600)  # fmt: skip
    assert (PROVIDER_DIR / "node_modules" / "oidc-provider").is_dir()
    op_port, app_port = free_port(), free_port()
    app_url, issuer = f"http://127.0.0.1:{app_port}", f"http://127.0.0.1:{op_port}"
    env = {
        "PRAKTIKMATCH_BASE_URL": app_url,
        "PRAKTIKMATCH_OIDC_ISSUER": issuer,
        "PRAKTIKMATCH_OIDC_CLIENT_ID": CLIENT_ID,
        "PRAKTIKMATCH_OIDC_CLIENT_SECRET": CLIENT_SECRET,
        "PRAKTIKMATCH_OIDC_SCOPES": "openid profile email praktikmatch",
        "PRAKTIKMATCH_OIDC_ROLE_CLAIM": "praktikmatch_role",
        "PRAKTIKMATCH_OIDC_TEAM_CLAIM": "praktikmatch_team",
        "PRAKTIKMATCH_OIDC_TEAMS": "Hisingen,Väster",
    }
    saved = _apply(env)
    provider = subprocess.Popen(
        [node, "provider.js"], cwd=PROVIDER_DIR, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        env={**os.environ, "OP_PORT": str(op_port), "OP_CLIENT_ID": CLIENT_ID,
             "OP_CLIENT_SECRET": CLIENT_SECRET,
             "OP_REDIRECT_URI": f"{app_url}/sign-in/oidc/callback",
             "OP_POST_LOGOUT_URI": f"{app_url}/sign-in"},
    )  # fmt: skip
    server = uvicorn.Server(
        uvicorn.Config(create_app(), host="127.0.0.1", port=app_port, log_config=None)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    _apply(saved)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{issuer}/.well-known/openid-configuration", timeout=2).is_success:
                    break
            except httpx.HTTPError:
                pass
            assert provider.poll() is None, provider.stdout.read().decode()  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "the OpenID Provider did not start"
            time.sleep(0.2)
        thread.start()
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        assert server.started
        _ENV[(app_url, issuer)] = env
        yield app_url, issuer
    finally:
        server.should_exit = True
        if thread.is_alive():
            thread.join(timeout=10)
        provider.terminate()
        provider.wait(timeout=10)


@pytest.fixture(autouse=True)
def _oidc_settings(oidc_servers: tuple[str, str]) -> Iterator[None]:
    saved = _apply(_ENV[oidc_servers])
    yield
    _apply(saved)


def _sign_in_at_provider(page, app_url: str, login: str) -> None:  # type: ignore[no-untyped-def]
    """Our sign-in page -> the provider's login form -> its consent -> back to us."""
    page.goto(f"{app_url}/sign-in")
    page.click("#oidc-sign-in")
    page.wait_for_selector("input[name=login]")
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", "any")
    page.click("button[type=submit]")
    page.wait_for_load_state()
    if page.url.split("?")[0].endswith("/consent") or page.locator("button[autofocus]").count():
        page.click("button[type=submit]")  # the provider's consent ("Continue")


def _user(sub: str):  # type: ignore[no-untyped-def]
    from accounts.models import StaffUser
    from core.db import session_scope

    with session_scope() as s:
        return s.scalar(select(StaffUser).where(StaffUser.oidc_subject == sub))


def _audit_actions() -> list[tuple[str, dict]]:
    from core.audit import AuditEvent
    from core.db import session_scope

    with session_scope() as s:
        return [(e.action, e.detail or {}) for e in s.scalars(select(AuditEvent))]


def test_sign_in_gives_role_and_team_from_claims(oidc_servers, chromium_browser) -> None:  # type: ignore[no-untyped-def]
    app_url, _ = oidc_servers
    context = chromium_browser.new_context()
    page = context.new_page()
    page.goto(f"{app_url}/sign-in")
    assert page.locator("#oidc-sign-in").inner_text() == "Logga in med kommunens konto"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "oidc-sign-in.png"), full_page=True)
    _sign_in_at_provider(page, app_url, "anna-coach")
    page.wait_for_url(f"{app_url}/")
    assert "Anna Testsson" in page.locator(".who").inner_text()
    user = _user("anna-coach")
    assert (user.role, user.team, user.email) == ("coach", "Hisingen", "anna.coach@example.se")
    assert user.password_hash is None
    assert ("signin.oidc", {"via": "oidc"}) in _audit_actions()
    context.close()


def test_tampered_state_is_refused(oidc_servers, chromium_browser) -> None:  # type: ignore[no-untyped-def]
    app_url, issuer = oidc_servers
    context = chromium_browser.new_context()
    page = context.new_page()
    callbacks: list[str] = []

    def hold(route):  # type: ignore[no-untyped-def]
        """The provider's answers pass through, except its redirect back to us: held here.
        (Redirect hops are not routed, so they are followed here, with the context's cookies.)"""
        answer = route.fetch(max_redirects=0)
        for _ in range(5):
            location = urljoin(answer.url, answer.headers.get("location", ""))
            if "/sign-in/oidc/callback" in location:
                callbacks.append(location)
                route.fulfill(status=200, body="held", content_type="text/plain")
                return
            if answer.status not in (302, 303) or not location.startswith(issuer):
                break
            answer = context.request.get(location, max_redirects=0)
        route.fulfill(response=answer)

    page.route(re.compile(re.escape(issuer) + r"/(auth|interaction)/.*"), hold)
    _sign_in_at_provider(page, app_url, "anna-coach")
    deadline = time.monotonic() + 20
    while not callbacks and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert callbacks, "the provider did not send the browser back"
    parts = urlsplit(callbacks[0])
    query = dict(parse_qsl(parts.query))
    assert query["code"] and query["state"]
    tampered = urlunsplit(parts._replace(query=urlencode({**query, "state": "x" + query["state"]})))
    answer = page.goto(tampered)
    assert answer.status == 400
    assert "gick inte igenom" in page.locator("#oidc-error").inner_text()
    assert ("signin.oidc_refused", {"reason": "state mismatch"}) in _audit_actions()
    # The real state is used up by the refused answer: replaying the untouched URL fails too.
    assert page.goto(callbacks[0]).status == 400
    page.goto(f"{app_url}/")
    assert urlsplit(page.url).path == "/sign-in"  # no session
    context.close()


def test_expired_id_token_is_refused(oidc_servers, chromium_browser) -> None:  # type: ignore[no-untyped-def]
    """The provider's clock runs 15 minutes behind: its 10-minute ID tokens arrive expired."""
    app_url, issuer = oidc_servers
    httpx.post(f"{issuer}/test/clock?offset=-900").raise_for_status()
    context = chromium_browser.new_context()
    page = context.new_page()
    try:
        _sign_in_at_provider(page, app_url, "anna-coach")
        page.wait_for_selector("#oidc-error")
        assert urlsplit(page.url).path == "/sign-in/oidc/callback"
    finally:
        httpx.post(f"{issuer}/test/clock?offset=0").raise_for_status()
    refusals = [d for a, d in _audit_actions() if a == "signin.oidc_refused"]
    assert refusals == [{"reason": "id_token refused: ExpiredTokenError"}]
    page.goto(f"{app_url}/")
    assert urlsplit(page.url).path == "/sign-in"
    context.close()


def test_unknown_user_waits_for_an_admin(oidc_servers, chromium_browser) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main

    app_url, _ = oidc_servers
    context = chromium_browser.new_context()
    page = context.new_page()
    _sign_in_at_provider(page, app_url, "okand-person")
    page.wait_for_selector("#pending-message")
    page.screenshot(path=str(SHOTS / "oidc-pending.png"), full_page=True)
    assert "väntar på att en administratör ger dig behörighet" in page.content()
    assert _user("okand-person").role == "pending"
    for path in ("/", "/youths", "/api/youths"):
        answer = page.goto(f"{app_url}{path}")
        assert urlsplit(page.url).path == "/sign-in" or answer.status == 401, path
    # An admin assigns role and team; the next sign-in gets in.
    assert main(["user", "assign", "--email", "okand@example.se", "--role", "recruiter",
                 "--team", "Väster"]) == 0  # fmt: skip
    # The provider still knows this browser: no login form this time, straight back to us.
    page.goto(f"{app_url}/sign-in")
    page.click("#oidc-sign-in")
    page.wait_for_url(f"{app_url}/")
    assert (_user("okand-person").role, _user("okand-person").team) == ("recruiter", "Väster")
    context.close()


def test_sign_out_reaches_the_providers_end_session(oidc_servers, chromium_browser) -> None:  # type: ignore[no-untyped-def]
    app_url, issuer = oidc_servers
    context = chromium_browser.new_context()
    page = context.new_page()
    _sign_in_at_provider(page, app_url, "anna-coach")
    page.wait_for_url(f"{app_url}/")
    page.click("form[action='/sign-out'] button")
    page.wait_for_url(re.compile(re.escape(issuer) + r"/session/end.*"))
    page.click("button[autofocus], button[type=submit]")  # the provider asks: sign out? yes
    page.wait_for_url(f"{app_url}/sign-in")
    assert ("signout", {}) in [(a, {}) for a, _ in _audit_actions()]
    page.goto(f"{app_url}/")
    assert urlsplit(page.url).path == "/sign-in"
    # The provider's own session ended as well: it asks for the login again.
    page.click("#oidc-sign-in")
    page.wait_for_selector("input[name=login]")
    context.close()
