"""The scope walk: team A's coach, recruiter and API tokens try every route with team B's ids.

Routes come from the app's route table (as in test_route_authorisation), so a new route is
walked automatically, or fails here until it is classified. Each attempt carries team B's
identifiers in the path, the JSON body, the form (with a CSRF token from a real page), the query
string or CSV rows, and must answer 403/404 (or, for lists, nothing of B's) with none of B's
data in the body. Team B's rows are read from the database before and after every attempt and
must not change. A control request with team A's identifiers then shows that the attempt was
refused for its scope, not for a malformed request.
"""

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pytest

from core.permissions import allowed, public_reason
from tests.core.scope_teams import PEOPLE, TEAM_A, TEAM_B, Team, build_team, snapshot
from tests.core.test_route_authorisation import ROUTES, RouteCase

SCOPED_PARAMS = {"ref", "internship_id", "link_id", "assessment_id", "code"}
# Path parameters that name shared, municipality-wide things (the catalogue, the deck) or are
# credentials of their own (link tokens on public routes).
SHARED_PARAMS = {"placement_ref", "employer_id", "version", "fmt"}

# Routes whose ids are carried outside the path: walked by the variants below.
BODY_SCOPED = {
    "POST /api/youths", "POST /api/internships", "GET /api/youths", "GET /api/internships",
    "POST /import", "POST /import/confirm",
}  # fmt: skip
# Routes without any youth identifier, and why no team's data can be reached through them.
# GETs among them are still called, and must show none of team B's personal data.
NO_YOUTH_IDS = {
    "GET /": "the caller's own start page: lists only youths the caller sees",
    "GET /youths": "lists only youths the caller sees (checked for B's data)",
    "GET /import": "the empty import form",
    "GET /audit": "admins only", "GET /api/audit": "admins only",
    "GET /users": "admins only: staff accounts, no youth", "POST /users": "admins only: staff accounts",
    "GET /statistics": "anonymised counts", "GET /statistics.csv": "anonymised counts",
    "GET /statistics.xlsx": "anonymised counts", "GET /api/audit/stereotypes": "anonymised counts",
    "GET /api/competences": "the shared card deck",
    "GET /api/competences/versions/{version}": "the shared card deck",
    "GET /api/competences/deck.pdf": "the shared card deck",
    "GET /api/documents/employer-guide.pdf": "a generic guide",
    "GET /import/export.{fmt}": "the catalogue, or only the caller's youths (checked for B's data)",
}  # fmt: skip
CATALOGUE_PREFIXES = ("/api/placements", "/api/employers", "/placements", "/employers")


def _classify(case: RouteCase) -> str:
    names = set(re.findall(r"\{([^}]+)\}", case.path))
    if public_reason(case.path):
        return "public"
    if case.path.startswith(CATALOGUE_PREFIXES):
        return "catalogue"  # municipality-wide by design: no team owns a placement or employer
    if names & SCOPED_PARAMS:
        return "scoped"
    if case.id in BODY_SCOPED:
        return "body"
    if case.id in NO_YOUTH_IDS and names <= SHARED_PARAMS:
        return "none"
    return "unclassified"


def test_every_route_is_classified_for_the_scope_walk():
    unclassified = [c.id for c in ROUTES if _classify(c) == "unclassified"]
    assert not unclassified, (
        "classify these routes in tests/core/test_scope_walk.py (a youth id in the path is "
        f"walked automatically): {unclassified}"
    )
    assert sum(_classify(c) == "scoped" for c in ROUTES) >= 30


# ---- requests ----------------------------------------------------------------------------------

TODAY = date.today()
API_BODIES: dict[str, dict[str, Any] | None] = {
    "POST /api/youths/{ref}/consents": {"given_by": "youth", "given_date": "2026-01-15"},
    "PATCH /api/youths/{ref}": {"interests": "skrivet av ett annat team"},
    "PUT /api/youths/{ref}": {"interests": "skrivet av ett annat team"},
    "POST /api/youths/{ref}/erase": {"reason": "test"},
    "POST /api/youths/{ref}/review-link": {"send_email": False},
    "POST /api/youths/{ref}/suggestions/{placement_ref}/feedback": {"reaction": "interested"},
    "PATCH /api/internships/{internship_id}": {"supervisor_phone": "000"},
    "PUT /api/internships/{internship_id}": {"supervisor_phone": "000"},
    "POST /api/internships/{internship_id}/follow-ups": {"held_date": str(TODAY), "note": "x"},
    "POST /api/internships/{internship_id}/assessment-links": {"kind": "midway",
                                                               "send_email": False},
    "POST /api/internships/{internship_id}/certificate": {"language": "sv"},
    "POST /api/internships/{internship_id}/supervisor-guide.pdf": {"language": "sv"},
    "POST /api/certificates/{code}/correct": {"reason": "fel datum"},
    "POST /api/certificates/{code}/revoke": {"reason": "fel datum"},
}  # fmt: skip
PAGE_FORMS: dict[str, dict[str, str]] = {
    "POST /youths/{ref}/consents": {"given_by": "youth", "given_date": str(TODAY)},
    "POST /youths/{ref}/internships": {"placement": "{placement_ref}"},
    "POST /youths/{ref}/explorer": {"card_id": "fix_broken", "answer": "like"},
    "POST /internships/{internship_id}/status": {"status": "active", "end_reason": ""},
    "POST /internships/{internship_id}/links": {"kind": "midway"},
    "POST /links/{link_id}/resend": {},
    "POST /internships/{internship_id}/certificate": {"lang": "sv"},
    "POST /certificates/{code}/revoke": {"reason": "fel datum"},
}


def _fill(template: str, ids: dict[str, Any]) -> str:
    return re.sub(r"\{([^}]+)\}", lambda m: str(ids[m.group(1)]), template)


def _variants(case: RouteCase, team: Team) -> list[dict[str, Any]]:
    """Every combination of a team's ids for a route's path parameters (links: both kinds)."""
    names = re.findall(r"\{([^}]+)\}", case.path)
    combos: list[dict[str, Any]] = [{}]
    for name in names:
        combos = [{**c, name: v} for c in combos for v in team.ids()[name]]
    return combos


def _rendered_form(walk: "Walk", page_url: str, action: str) -> dict[str, str] | None:
    """The hidden fields of the form with this action on a real page, as the browser sends them."""
    if page_url not in walk.pages:
        walk.pages[page_url] = walk.client.get(page_url).text
    for form in re.findall(r"<form[^>]*>.*?</form>", walk.pages[page_url], flags=re.S):
        if f'action="{action}"' in form:
            return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', form))
    return None


@dataclass
class Caller:
    role: str
    headers: dict[str, str]  # a team-bound API token
    csrf: str  # from a real page of the caller's session


class Walk:
    def __init__(self, client, a: Team, b: Team, caller: Caller) -> None:
        self.client, self.a, self.b, self.caller = client, a, b, caller
        self.failures: list[str] = []
        self.attempts = 0
        self.last: dict[str, list[tuple]] = snapshot(b)  # type: ignore[type-arg]
        self.pages: dict[str, str] = {}

    def check(self, label: str, send, expect: tuple[int, ...], *, sent: str = "") -> Any:  # type: ignore[no-untyped-def]
        answer = send()
        self.attempts += 1
        who = f"{self.caller.role}: {label}"
        if answer.status_code not in expect:
            self.failures.append(f"{who} answered {answer.status_code}, expected {expect}: "
                                 f"{answer.text[:200]}")  # fmt: skip
        body = answer.text if not answer.headers.get("content-type", "").endswith("pdf") else ""
        shown = [s for s in self.b.secrets if s in body and s not in sent]
        if shown:
            self.failures.append(f"{who} showed team B's data: {shown}")
        self.compare(who)
        return answer

    def compare(self, who: str) -> None:
        """Team B's rows now against the last look (taken after the previous request)."""
        after = snapshot(self.b)
        changed = [k for k in after if after[k] != self.last.get(k)]
        if self.last and changed:
            self.failures.append(f"{who} changed team B's rows: {changed}")
        self.last = after

    def control(self, label: str, answer, *, page: bool) -> None:  # type: ignore[no-untyped-def]
        """With team A's ids the same request must get past the scope and the request's shape."""
        if answer.status_code == 404 or (
            not page and answer.status_code == 422 and isinstance(answer.json().get("detail"), list)
        ):
            self.failures.append(f"{self.caller.role}: control {label} answered "
                                 f"{answer.status_code}: {answer.text[:200]}")  # fmt: skip
        self.compare(f"{self.caller.role}: control {label}")


MISSING = {"ref": "NOPE-0", "code": "NOPE-0000"}  # ints: 999999


def _same_as_missing(walk: Walk, case: RouteCase, foreign: dict[str, Any], answer, kwargs) -> None:  # type: ignore[no-untyped-def]
    """Team B's id must answer exactly as an id that exists nowhere (modulo the id itself)."""
    scoped = [n for n in foreign if n in SCOPED_PARAMS]
    missing = {**foreign, **{n: MISSING.get(n, 999999) for n in scoped}}
    other = walk.client.request(case.method, _fill(case.path, missing), **kwargs)

    def plain(text: str, ids: dict[str, Any]) -> str:
        for n in scoped:
            text = text.replace(str(ids[n]), "<id>")
        return re.sub(r'name="csrf" value="[^"]*"', "", text)

    if (answer.status_code, plain(answer.text, foreign)) != (
        other.status_code,
        plain(other.text, missing),
    ):
        walk.failures.append(f"{walk.caller.role}: {case.method} {case.path} tells B's ids from "
                             f"missing ones: {answer.text[:120]} / {other.text[:120]}")  # fmt: skip


def _walk_path_routes(walk: Walk) -> None:
    client, caller = walk.client, walk.caller
    for case in ROUTES:
        if _classify(case) != "scoped":
            continue
        page = case.is_page
        may = all(allowed(caller.role, a) for a in case.actions)
        expect = (404,) if may else (403,)
        for foreign in _variants(case, walk.b):
            url = _fill(case.path, foreign)
            kwargs: dict[str, Any] = {"follow_redirects": False}
            if page:
                if case.method == "POST":
                    values = {"placement_ref": walk.a.placement_ref, **foreign}
                    form = {k: _fill(v, values) for k, v in PAGE_FORMS[case.id].items()}
                    kwargs["data"] = {"csrf": caller.csrf, **form}
            else:
                kwargs["headers"] = caller.headers
                if case.method in ("POST", "PUT", "PATCH") and API_BODIES.get(case.id):
                    kwargs["json"] = API_BODIES[case.id]
            answer = walk.check(f"{case.method} {url}",
                                lambda m=case.method, u=url, kw=kwargs: client.request(m, u, **kw),
                                expect, sent=url)  # fmt: skip
            _same_as_missing(walk, case, foreign, answer, kwargs)
        if case.method == "GET" or not may:
            continue
        own = _variants(case, walk.a)[0]
        url = _fill(case.path, own)
        kwargs = {"follow_redirects": False}
        if page:
            values = {"placement_ref": walk.a.placement_ref, **own}
            form = {k: _fill(v, values) for k, v in PAGE_FORMS[case.id].items()}
            page_url = (f"/youths/{walk.a.ref}" if "{ref}" in case.path
                        else f"/internships/{walk.a.internship_id}")  # fmt: skip
            rendered = _rendered_form(walk, page_url, url)
            kwargs["data"] = {**form, **(rendered or {}), "csrf": caller.csrf}
        else:
            kwargs["headers"] = caller.headers
            if API_BODIES.get(case.id):
                kwargs["json"] = API_BODIES[case.id]
        walk.control(f"{case.method} {url}", client.request(case.method, url, **kwargs), page=page)


def _csv(ref: str, team: str = "", name: str = "Mallory") -> str:
    header = "ref,gender,birth_year,district,interests,first_name,team,email"
    return f"{header}\n{ref},female,2008,Lundby,kapat av annat team,{name},{team},m@evil.example\n"


def _walk_body_routes(walk: Walk) -> None:
    client, caller, a, b = walk.client, walk.caller, walk.a, walk.b
    h = caller.headers
    new_youth = {"ref": "NEW-1", "birth_year": 2008, "interests": "x"}
    walk.check("POST /api/youths team B",
               lambda: client.post("/api/youths", json={**new_youth, "team": b.name}, headers=h),
               (403,))  # fmt: skip
    taken = walk.check("POST /api/youths with B's ref",
                       lambda: client.post("/api/youths", json={**new_youth, "ref": b.ref},
                                           headers=h), (409,))  # fmt: skip
    own_taken = client.post("/api/youths", json={**new_youth, "ref": a.ref}, headers=h)
    if taken.json() != own_taken.json() or taken.status_code != own_taken.status_code:
        walk.failures.append(f"{caller.role}: a taken ref answers differently for B's youth "
                             f"({taken.text}) and A's ({own_taken.text})")  # fmt: skip
    walk.check("POST /api/youths B's ref in team B",
               lambda: client.post("/api/youths", json={**new_youth, "ref": b.ref,
                                                        "team": b.name}, headers=h), (403,))  # fmt: skip
    walk.control("POST /api/youths", client.post("/api/youths", json=new_youth, headers=h),
                 page=False)  # fmt: skip
    for method in ("PATCH", "PUT"):
        walk.check(f"{method} /api/youths/A team=B", lambda m=method: client.request(
            m, f"/api/youths/{a.ref}", json={"team": b.name}, headers=h), (403,))  # fmt: skip
    start = {"placement": a.placement_ref, "start_date": str(TODAY + timedelta(days=30)),
             "end_date": str(TODAY + timedelta(days=60)), "supervisor_name": "Sara"}  # fmt: skip
    may_start = allowed(caller.role, "internship:write")
    walk.check("POST /api/internships youth B",
               lambda: client.post("/api/internships", json={**start, "youth": b.ref}, headers=h),
               (404,) if may_start else (403,))  # fmt: skip
    if may_start:
        walk.control("POST /api/internships", client.post(
            "/api/internships", json={**start, "youth": a.ref}, headers=h), page=False)  # fmt: skip
    listed = walk.check(
        "GET /api/youths?team=B",
        lambda: client.get(f"/api/youths?team={b.name}", headers=h),
        (200,),
    )
    if listed.json()["items"]:
        walk.failures.append(f"{caller.role}: ?team=B listed {listed.json()['items']}")
    listed = walk.check(
        "GET /api/internships?youth=B",
        lambda: client.get(f"/api/internships?youth={b.ref}", headers=h),
        (200,),
    )
    if listed.json()["items"]:
        walk.failures.append(f"{caller.role}: ?youth=B listed {listed.json()['items']}")
    # CSV rows: B's youth (any team cell), and a new youth for team B, in the page import.
    for text in (_csv(b.ref), _csv(b.ref, a.name), _csv(b.ref, b.name), _csv("NEW-2", b.name)):
        form = {"csrf": caller.csrf, "kind": "youths", "text": text}
        for step in ("/import", "/import/confirm"):
            answer = walk.check(f"POST {step} {text.splitlines()[1][:30]}",
                                lambda s=step, f=form: client.post(s, data=f, follow_redirects=False),
                                (422,), sent=text)  # fmt: skip
            if "preview-summary" in answer.text:
                walk.failures.append(f"{caller.role}: {step} previewed counts for B's row")
    walk.control(
        "POST /import",
        client.post(
            "/import",
            data={"csrf": caller.csrf, "kind": "youths", "text": _csv(a.ref, name="Alfons")},
        ),
        page=True,
    )
    # The no-id pages and lists: checked for B's data by Walk.check.
    for case in ROUTES:
        if _classify(case) == "none" and case.method == "GET" and "{" not in case.path:
            if all(allowed(caller.role, x) for x in case.actions):
                headers = {} if case.is_page else h
                walk.check(f"GET {case.path}", lambda p=case.path, hh=headers: client.get(
                    p, headers=hh, follow_redirects=False), (200,))  # fmt: skip
        if case.id == "GET /import/export.{fmt}" and all(
            allowed(caller.role, x) for x in case.actions
        ):
            for fmt in ("csv", "xlsx"):
                url = f"/import/export.{fmt}?kind=youths"
                answer = walk.check(f"GET {url}", lambda u=url: client.get(
                    u, follow_redirects=False), (200,))  # fmt: skip
                if fmt == "csv" and walk.a.ref not in answer.text:
                    walk.failures.append(f"{url}: the caller's own youth is missing")


def _walk_cli(walk: Walk, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from app.cli import main

    path = tmp_path / "youths.csv"

    def run() -> _CliAnswer:
        code = main(["import", "youths", str(path), "--team", walk.a.name])
        out = capsys.readouterr()
        return _CliAnswer(code, out.out + out.err)

    text = _csv(walk.b.ref) + _csv("NEW-3", walk.b.name).split("\n", 1)[1]
    path.write_text(text, encoding="utf-8")
    answer = walk.check("CLI import youths --team A", run, (1,), sent=text)
    for line in (2, 3):
        if f"line {line}, column 'ref': you may not import this ref" not in answer.text:
            walk.failures.append(f"CLI import gave no error on line {line}: {answer.text}")


@dataclass
class _CliAnswer:
    status_code: int
    text: str = ""
    headers: dict[str, str] = field(default_factory=dict)


@pytest.fixture
def teams(client, admin_headers, db_session) -> tuple[Team, Team]:
    a = build_team(client, admin_headers, db_session, 1, TEAM_A, PEOPLE[TEAM_A])
    b = build_team(client, admin_headers, db_session, 2, TEAM_B, PEOPLE[TEAM_B])
    return a, b


@pytest.mark.parametrize("role", ["coach", "recruiter"])
def test_team_a_cannot_reach_team_b_through_any_route(
    role, client, signed_in, auth_headers, teams, tmp_path, capsys, smtp_sink
):
    a, b = teams
    session_client, csrf = signed_in(role, TEAM_A)
    caller = Caller(role, auth_headers(role, team=TEAM_A), csrf)
    walk = Walk(session_client, a, b, caller)
    _walk_path_routes(walk)
    _walk_body_routes(walk)
    _walk_cli(walk, tmp_path, capsys)
    assert walk.attempts >= 60
    assert not walk.failures, "\n".join(walk.failures)
    mailed = {m["To"] for m in smtp_sink.messages}
    assert not mailed & set(b.secrets), "a link went to team B's people"


def test_the_walk_sees_a_change_to_team_b(client, admin_headers, teams):
    """The snapshot is not blind: admins' changes to B's rows, and moves into B, show up."""
    a, b = teams
    before = snapshot(b)
    client.post(f"/api/internships/{b.internship_id}/follow-ups",
                json={"held_date": str(TODAY), "note": "x"}, headers=admin_headers)  # fmt: skip
    after = snapshot(b)
    assert after["follow_up"] != before["follow_up"] and after["youth"] == before["youth"]
    client.patch(f"/api/youths/{a.ref}", json={"team": b.name}, headers=admin_headers)
    assert len(snapshot(b)["youth"]) == len(before["youth"]) + 1
