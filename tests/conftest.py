"""Shared fixtures: a real database per test session (SQLite file or a fresh PostgreSQL database).

Set PRAKTIKMATCH_TEST_DATABASE_URL=postgresql+psycopg://root@127.0.0.1:5432/test to run on
PostgreSQL: each session (and each xdist worker) creates its own database next to `test`.
"""

import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

TEST_DB_ENV = "PRAKTIKMATCH_TEST_DATABASE_URL"
REFERENCE_TABLES = {"sector", "occupation", "competence_deck", "catalogue_state", "alembic_version"}


def _reset_caches() -> None:
    from core.db import get_engine, get_sessionmaker
    from core.settings import get_settings

    for cached in (get_settings, get_engine, get_sessionmaker):
        cached.cache_clear()


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    base = os.environ.get(TEST_DB_ENV)
    if not base:
        path = tmp_path_factory.mktemp("db") / "praktikmatch-test.db"
        yield f"sqlite:///{path}"
        return
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    name = f"pm_test_{worker}_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    try:
        yield url
    finally:
        from core.db import get_engine

        get_engine().dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session", autouse=True)
def prepared_database(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    os.environ["PRAKTIKMATCH_DATABASE_URL"] = database_url
    os.environ["PRAKTIKMATCH_WARM_MATCHER"] = "false"  # tests build the index when they use it
    os.environ.setdefault("PRAKTIKMATCH_KEY_DIR", str(tmp_path_factory.mktemp("keys")))
    os.environ.setdefault("PRAKTIKMATCH_SECRET_KEY", "test-secret-" + uuid.uuid4().hex)
    _reset_caches()
    from app.cli import _prepare_database
    from app.registry import wire

    _prepare_database()
    wire()  # as the app and the CLI do at start-up: link purposes, seat counter
    return database_url


def _clean(db_url: str) -> None:
    from app.registry import load_models
    from core.db import Base, get_engine

    load_models()
    engine = get_engine()
    live = set(inspect(engine).get_table_names())
    tables = [
        t
        for t in reversed(Base.metadata.sorted_tables)
        if t.name not in REFERENCE_TABLES and t.name in live
    ]
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            names = ", ".join(f'"{t.name}"' for t in tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in tables:
                conn.execute(table.delete())


@pytest.fixture(autouse=True)
def _clean_database(prepared_database: str) -> Iterator[None]:
    yield
    _clean(prepared_database)
    # Truncation bypasses the app, so the matcher's per-process index must forget the old rows.
    from matcher import service as matcher_service

    matcher_service.reset_cache()


@pytest.fixture
def db_session(prepared_database: str) -> Iterator[Session]:
    from core.db import session_scope

    session = session_scope()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


@pytest.fixture
def app(prepared_database: str):  # type: ignore[no-untyped-def]
    from app.factory import create_app

    return create_app()


@pytest.fixture
def client(app):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def auth_headers(prepared_database: str) -> Callable[..., dict[str, str]]:
    """Creates a real API token for a role and returns the header that carries it."""
    from accounts import auth
    from core.db import session_scope

    def make(role: str = "admin", team: str | None = None) -> dict[str, str]:
        with session_scope() as s:
            _, plain = auth.create_token(db_session=s, name=f"test-{role}", role=role, team=team)
            s.commit()
        return {"Authorization": f"Bearer {plain}"}

    return make


@pytest.fixture
def admin_headers(auth_headers: Callable[..., dict[str, str]]) -> dict[str, str]:
    return auth_headers("admin")


@pytest.fixture
def demo_loaded(prepared_database: str) -> None:
    from core.db import session_scope
    from demo import load_demo

    with session_scope() as s:
        load_demo(db_session=s, history=False)  # the catalogue and youths, no reactions or seats
        s.commit()


@pytest.fixture
def tmp_csv(tmp_path: Path) -> Callable[[str], Path]:
    def write(content: str, name: str = "data.csv") -> Path:
        path = tmp_path / name
        path.write_text(content, encoding="utf-8")
        return path

    return write


STAFF_PASSWORD = "rätt-häst-batteri-häftklammer"


@pytest.fixture
def staff_user(prepared_database: str) -> Callable[..., int]:
    """Creates a real staff user with STAFF_PASSWORD and returns its id."""
    from accounts.models import StaffUser
    from core.db import session_scope
    from core.security import hash_password

    def make(role: str = "recruiter", team: str | None = None, email: str | None = None) -> int:
        with session_scope() as s:
            user = StaffUser(
                email=email or f"{role}-{uuid.uuid4().hex[:6]}@example.se", name=f"Test {role}",
                role=role, team=team, password_hash=hash_password(STAFF_PASSWORD),
            )  # fmt: skip
            s.add(user)
            s.commit()
            return user.id

    return make


@pytest.fixture
def signed_in(client, staff_user):  # type: ignore[no-untyped-def]
    """Signs the test client in through the real sign-in form; returns (client, csrf token)."""
    import re

    from accounts.models import StaffUser
    from core.db import session_scope

    def sign_in(role: str = "recruiter", team: str | None = None):  # type: ignore[no-untyped-def]
        user_id = staff_user(role, team)
        with session_scope() as s:
            email = s.get(StaffUser, user_id).email
        page = client.get("/sign-in")
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
        answer = client.post(
            "/sign-in",
            data={"email": email, "password": STAFF_PASSWORD, "csrf": csrf, "next": "/"},
            follow_redirects=False,
        )
        assert answer.status_code == 303, answer.text
        start = client.get("/")
        return client, re.search(r'name="csrf" value="([^"]+)"', start.text).group(1)

    return sign_in


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class SmtpSink:
    """A real SMTP server on loopback (aiosmtpd) that keeps every message it receives."""

    def __init__(self) -> None:
        self.messages: list = []  # email.message.EmailMessage
        self.refuse: set[str] = set()  # addresses answered with 550

    async def handle_RCPT(self, server, session, envelope, address, options):  # type: ignore[no-untyped-def]
        if address in self.refuse:
            return "550 no such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        from email import message_from_bytes
        from email.policy import default

        self.messages.append(message_from_bytes(envelope.content, policy=default))
        return "250 Message accepted for delivery"


@pytest.fixture
def smtp_sink(monkeypatch: pytest.MonkeyPatch) -> Iterator[SmtpSink]:
    """Starts an SMTP sink and points PRAKTIKMATCH_SMTP_HOST/PORT at it for one test."""
    from aiosmtpd.controller import Controller

    from core.settings import get_settings

    sink = SmtpSink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    monkeypatch.setenv("PRAKTIKMATCH_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("PRAKTIKMATCH_SMTP_PORT", str(port))
    get_settings.cache_clear()
    try:
        yield sink
    finally:
        controller.stop()
        monkeypatch.undo()
        get_settings.cache_clear()


@pytest.fixture(scope="session")
def live_server(prepared_database: str) -> Iterator[str]:
    """A real uvicorn server in a thread, on the test database; yields its base URL."""
    import threading
    import time

    import uvicorn

    from app.factory import create_app

    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(), host="127.0.0.1", port=port, log_config=None, workers=1)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "the live server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


@pytest.fixture(scope="module")
def chromium_browser():  # type: ignore[no-untyped-def]
    """Debian's Chromium driven by Playwright, one per test module: Playwright's sync API allows
    one running instance per thread, so modules with their own browser fixture must not overlap."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


def route_actions(dependant) -> set[str]:  # type: ignore[no-untyped-def]
    """The permission actions a route declares through `accounts.auth.require`, however nested."""
    found: set[str] = set()
    for sub in dependant.dependencies:
        action = getattr(sub.call, "action", None)
        if action:
            found.add(action)
        found |= route_actions(sub)
    return found


SHOTS = Path(__file__).resolve().parent.parent / "test-artifacts" / "screenshots"


def check_page(page, name: str) -> None:  # type: ignore[no-untyped-def]
    """axe-core finds no serious or critical violation; a full-page screenshot is saved."""
    from axe_playwright_python.sync_playwright import Axe

    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    results = Axe().run(page)
    bad = [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not bad, f"{name}: {bad}"


tempfile.tempdir = None
