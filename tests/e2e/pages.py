"""The shared page inventory for the browser walks (forms, language, phone).

`seed_site(base_url)` builds a small, realistic data set through the product's own API and link
pages (placements, youths with and without consent, a finished internship with a submitted final
assessment and an issued certificate, an active one with an open supervisor link, a youth's
review link) and returns a `Site`: per role, every staff page URL, plus the public pages.

The staff pages come from the app's route table, not from a hand-kept list: every GET route that
is not the API, a file download or a machine endpoint is a page. Its path parameters are filled
from the seeded data; a route with a parameter nobody knows how to fill raises `UnfilledRoute`,
so a new page is either walked or fails the walks, never skipped unseen.
"""

import re
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import httpx

from tests.conftest import STAFF_PASSWORD, route_actions

ROLES = ("admin", "recruiter", "coach")
TEAM, OTHER_TEAM = "Hisingen", "Väster"

# GET routes that are not HTML pages for people (each with its reason).
NOT_PAGES = {
    "/health": "liveness probe (JSON)",
    "/openapi.json": "API description (JSON)",
    "/docs": "API documentation (third-party page)",
    "/docs/oauth2-redirect": "API documentation helper",
    "/docs/assets/{name}": "API documentation scripts and styles (packaged files)",
    "/favicon.ico": "the site's icon (SVG)",
    "/sign-in/oidc": "starts single sign-on: a redirect to the provider (404 when none is set)",
    "/sign-in/oidc/callback": "the provider's answer: a redirect, never a page of its own",
    "/import/export.{fmt}": "the catalogue or the caller's youths as a file (CSV or .xlsx)",
    "/l/{token}/{rest:path}": "a mangled link (trailing slash or sub-path): always a 404",
    "/redoc": "API documentation (third-party page)",
    "/verify/{code}/status": "revocation status (JSON)",
}
NOT_PAGE_PREFIXES = ("/api/", "/static", "/.well-known/")
NOT_PAGE_SUFFIXES = (".pdf", ".csv", ".xlsx", ".json")


class UnfilledRoute(LookupError):
    """A page route has a path parameter the inventory does not know how to fill."""


@dataclass
class Account:
    role: str
    email: str
    team: str | None


@dataclass
class Site:
    base_url: str
    accounts: dict[str, Account]
    staff_pages: dict[str, list[str]]  # role -> page paths (with query where useful)
    public_pages: list[str]  # sign-in, verification, link pages
    links: dict[str, str]  # "assessment" / "review" -> /l/<token>
    data: dict[str, object] = field(default_factory=dict)  # seeded ids and refs


@dataclass(frozen=True)
class PageRoute:
    path: str
    actions: frozenset[str]
    public: bool


def page_routes() -> list[PageRoute]:
    """Every GET route of the app that answers an HTML page."""
    from fastapi.routing import iter_route_contexts

    from app.factory import create_app
    from core.permissions import public_reason

    routes: list[PageRoute] = []
    for route in iter_route_contexts(create_app().routes):
        path = route.path
        if "GET" not in (route.methods or set()) or path in NOT_PAGES:
            continue
        if path.startswith(NOT_PAGE_PREFIXES) or path.endswith(NOT_PAGE_SUFFIXES):
            continue
        dependant = getattr(route, "dependant", None)
        actions = frozenset(route_actions(dependant)) if dependant is not None else frozenset()
        routes.append(PageRoute(path, actions, public_reason(path) is not None))
    return routes


def fill(path: str, values: dict[str, list[str]]) -> list[str]:
    """The concrete URLs of a route: each path parameter from `values`, keyed by
    "<first path segment>.<name>" (e.g. "youths.ref") or by the bare name."""
    names = re.findall(r"\{([^}:]+)(?::[^}]*)?\}", path)
    urls = [path]
    segment = path.strip("/").split("/", 1)[0]
    for name in names:
        choices = values.get(f"{segment}.{name}") or values.get(name)
        if not choices:
            raise UnfilledRoute(
                f"{path}: no seeded value for {{{name}}}; add it to tests/e2e/pages.py"
            )
        pattern = re.compile(r"\{" + re.escape(name) + r"(?::[^}]*)?\}")
        urls = [pattern.sub(str(v), url, count=1) for url in urls for v in choices]
    return urls


# --- seeding through the product -------------------------------------------------------------


def _token(role: str = "admin") -> dict[str, str]:
    from accounts import auth
    from core.db import session_scope

    with session_scope() as s:
        _, plain = auth.create_token(db_session=s, name=f"walk-{role}", role=role, team=None)
        s.commit()
    return {"Authorization": f"Bearer {plain}"}


def _staff(role: str, team: str | None) -> Account:
    from accounts.models import StaffUser
    from core.db import session_scope
    from core.security import hash_password

    email = f"walk-{role}-{uuid.uuid4().hex[:6]}@example.se"
    with session_scope() as s:
        s.add(StaffUser(email=email, name=f"Walk {role.title()}", role=role, team=team,
                        password_hash=hash_password(STAFF_PASSWORD)))  # fmt: skip
        s.commit()
    return Account(role, email, team)


def _ok(answer: httpx.Response, status: int = 201) -> dict:  # type: ignore[type-arg]
    assert answer.status_code == status, f"{answer.request.url}: {answer.status_code} {answer.text}"
    return answer.json() if answer.content else {}


PLACEMENTS = [
    ("W-P1", "Hisingens bilverkstad AB", "Praktik i bilverkstad",
     "Byta däck, meka med bilar och hålla ordning i verkstaden.", "Lundby", 2, "7231",
     "Omar Ali", "omar@bilverkstad.example"),
    ("W-P2", "Solrosens förskola", "Praktik på förskola",
     "Leka med barnen, läsa sagor och hjälpa pedagogerna.", "Lundby", 2, "5311",
     "Maja Berg", "maja@forskolan.example"),
    ("W-P3", "Restaurang Kajen", "Praktik i restaurangkök",
     "Förbereda lunch, diska och ta emot varor.", "Majorna-Linné", 1, "5120",
     "Lena Ek", "lena@kajen.example"),
    ("W-P4", "Stadsbiblioteket Väster", "Praktik på bibliotek",
     "Sortera böcker, hjälpa besökare och ordna utställningar.", "Frölunda", 1, "4411",
     "Kim Lind", "kim@bibliotek.example"),
]  # fmt: skip
YOUTHS = [
    # ref, first name, gender, birth year, team, interests, consent given by
    ("W-Y1", "Tova", "female", 2008, TEAM, "jag gillar bilar och att meka", ("youth", "guardian")),
    ("W-Y2", "Elias", "male", 2006, TEAM, "vill jobba med barn kanske på förskola", ()),
    ("W-Y3", "Amira", "female", 2005, OTHER_TEAM, "laga mat och baka", ("youth",)),
    ("W-Y4", "Noah", "male", 2005, TEAM, "böcker och läsa, lugna jobb", ("youth",)),
]


def _hidden(html: str) -> dict[str, str]:
    form = html.split("<form", 1)[1].split("</form>", 1)[0]
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))


def _submit_final_assessment(http: httpx.Client, path: str, keys: list[str]) -> None:
    """Fills in the supervisor's page as a supervisor would: every card rated, then confirmed."""
    page = http.get(path)
    assert page.status_code == 200, page.text
    fields = {**_hidden(page.text), **{f"level-{k}": "3" for k in keys},
              **{f"comment-{k}": "" for k in keys}, "tasks": "Bytte däck och städade verkstaden",
              "overall_comment": "Punktlig och nyfiken.", "supervisor_name": "Omar Ali",
              "supervisor_role": "Verkstadschef"}  # fmt: skip
    confirm = http.post(path, data={**fields, "action": "confirm"})
    assert confirm.status_code == 200, confirm.text
    submit = http.post(path, data={**_hidden(confirm.text), "action": "submit"})
    assert submit.status_code in (200, 303), submit.text


def seed_site(base_url: str) -> Site:
    """Seeds the data set through the running server and returns the page inventory."""
    from core.permissions import allowed

    admin = _token("admin")
    with httpx.Client(base_url=base_url, headers=admin, timeout=60) as api:
        for ref, employer, title, text, district, capacity, ssyk, sup, email in PLACEMENTS:
            _ok(api.post("/api/placements", json={
                "ref": ref, "employer": employer, "title": title, "description": text,
                "district": district, "capacity": capacity, "ssyk": ssyk,
                "supervisor_name": sup, "supervisor_email": email}))  # fmt: skip
        for ref, name, gender, year, team, interests, consents in YOUTHS:
            _ok(api.post("/api/youths", json={
                "ref": ref, "first_name": name, "last_name": "Walk", "gender": gender,
                "birth_year": year, "district": "Lundby", "team": team,
                "interests": interests}))  # fmt: skip
            for who in consents:
                _ok(api.post(f"/api/youths/{ref}/consents",
                             json={"given_by": who, "given_date": "2026-01-15"}))  # fmt: skip
        keys = [c["key"] for c in _ok(api.get("/api/competences"), 200)["cards"]]

        def internship(youth: str, placement: str, sup: str, email: str) -> int:
            made = _ok(api.post("/api/internships", json={
                "youth": youth, "placement": placement, "start_date": "2026-09-07",
                "end_date": "2026-10-30", "supervisor_name": sup, "supervisor_email": email,
                "supervisor_role": "Handledare"}))  # fmt: skip
            _ok(api.patch(f"/api/internships/{made['id']}", json={"status": "active"}), 200)
            return int(made["id"])

        # A finished internship: final assessment submitted through the link page, certificate.
        finished = internship("W-Y1", "W-P1", "Omar Ali", "omar@bilverkstad.example")
        final = _ok(api.post(f"/api/internships/{finished}/assessment-links",
                             json={"kind": "final", "send_email": False}))  # fmt: skip
        with httpx.Client(base_url=base_url, timeout=60) as visitor:
            _submit_final_assessment(visitor, urlsplit(final["url"]).path, keys)
        _ok(api.patch(f"/api/internships/{finished}", json={"status": "completed"}), 200)
        code = _ok(api.post(f"/api/internships/{finished}/certificate", json={"language": "sv"}))[
            "code"
        ]
        # An active internship with an open mid-way link for its supervisor.
        active = internship("W-Y4", "W-P4", "Kim Lind", "kim@bibliotek.example")
        midway = _ok(api.post(f"/api/internships/{active}/assessment-links",
                              json={"kind": "midway", "send_email": False}))  # fmt: skip
        review = _ok(api.post("/api/youths/W-Y1/review-link", json={"send_email": False}))
        employer_id = _ok(api.get("/api/placements/W-P1"), 200)["employer_id"]

    links = {"assessment": urlsplit(midway["url"]).path, "review": urlsplit(review["url"]).path}
    values: dict[str, list[str]] = {
        "employer_id": [str(employer_id)],
        "placements.ref": ["W-P1"],
        "youths.ref": ["W-Y1", "W-Y2"],
        "internship_id": [str(finished), str(active)],
        "code": [code],
        "token": [links["assessment"].rsplit("/", 1)[1], links["review"].rsplit("/", 1)[1]],
    }
    accounts = {role: _staff(role, TEAM) for role in ROLES}
    staff_pages: dict[str, list[str]] = {role: [] for role in ROLES}
    public_pages: list[str] = []
    for route in page_routes():
        urls = fill(route.path, values)
        if route.public:
            public_pages.extend(urls)
            continue
        for role in ROLES:
            if all(allowed(role, action) for action in route.actions):
                staff_pages[role].extend(urls)
    for role in ROLES:
        # The search page with its filters set, as a recruiter leaves it after a search.
        if "/placements" in staff_pages[role]:
            staff_pages[role].append("/placements?q=bil&district=Lundby&free=true&age=16")
    return Site(
        base_url=base_url, accounts=accounts, staff_pages=staff_pages, public_pages=public_pages,
        links=links,
        data={"certificate": code, "finished": finished, "active": active,
              "employer_id": employer_id, "other_team_youth": "W-Y3"},
    )  # fmt: skip


def sign_in(page, site: Site, role: str) -> None:  # type: ignore[no-untyped-def]
    """Signs a Playwright page in through the real sign-in form."""
    page.goto(f"{site.base_url}/sign-in")
    page.locator("input[name=email]").fill(site.accounts[role].email)
    page.locator("input[name=password]").fill(STAFF_PASSWORD)
    with page.expect_navigation():
        page.locator("form:has(input[name=password]) button[type=submit], "
                     "form:has(input[name=password]) button:not([type])").first.click()  # fmt: skip
    assert "/sign-in" not in page.url, f"{role} could not sign in"


def seeded_values(site: Site) -> tuple[str, ...]:
    """Every text the seed wrote (names, titles, districts...): data, not interface text."""
    values: set[str] = {TEAM, OTHER_TEAM, "Walk", "praktikmatch"}
    for row in PLACEMENTS:
        values.update(str(v) for v in row if isinstance(v, str))
    for row in YOUTHS:
        values.update(str(v) for v in row[:6] if isinstance(v, str))
    values.update(f"Walk {role.title()}" for role in ROLES)
    values.update(a.email for a in site.accounts.values())
    values.update({"Bytte däck och städade verkstaden", "Punktlig och nyfiken.", "Verkstadschef",
                   "Handledare", "Lundby", str(site.data.get("certificate", ""))})  # fmt: skip
    return tuple(sorted((v for v in values if v), key=len, reverse=True))


def set_staff_language(page, site: Site, language: str) -> None:  # type: ignore[no-untyped-def]
    """Switches the signed-in user's language with the header's language button."""
    page.goto(f"{site.base_url}/")
    if page.locator("html").get_attribute("lang") == language:
        return
    with page.expect_navigation():
        page.locator("form[action='/language'] button").click()
    assert page.locator("html").get_attribute("lang") == language
