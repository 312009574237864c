"""Walks every route of the app and checks each answer against the role x action table.

A route must either declare its action with accounts.auth.require(action) or be listed in
core.permissions.PUBLIC_ROUTES with its reason; anything else fails here, so a new route
cannot ship unguarded.
"""

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from fastapi.routing import iter_route_contexts

from accounts.models import Role
from core.permissions import PERMISSIONS, allowed, public_reason
from tests.conftest import route_actions
from tests.factories import youth_payload

ROLES = [role.value for role in Role]
DENIED_BY_ROLE = "may not do this"  # accounts.auth.require's message, in JSON and on error pages


@dataclass(frozen=True)
class RouteCase:
    method: str
    path: str
    actions: frozenset[str]

    @property
    def id(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def is_page(self) -> bool:
        return not self.path.startswith("/api/")


def all_routes() -> list[RouteCase]:
    from app.factory import create_app

    cases = []
    for route in iter_route_contexts(create_app().routes):
        dependant = getattr(route, "dependant", None)
        actions = frozenset(route_actions(dependant)) if dependant is not None else frozenset()
        for method in sorted((route.methods or {"GET"}) - {"HEAD"}):
            cases.append(RouteCase(method, route.path, actions))
    return cases


ROUTES = all_routes()
GUARDED = [r for r in ROUTES if r.actions]


def _concrete(path: str) -> str:
    # Values that exist nowhere: an allowed caller gets 404/422, never 401/403.
    return re.sub(r"\{[^}]+\}", "999999", path)


def _call(client, case: RouteCase, headers: dict[str, str]):  # type: ignore[no-untyped-def]
    from core.csrf import csrf_token

    kwargs: dict[str, object] = {"headers": headers, "follow_redirects": False}
    if case.method in ("POST", "PUT", "PATCH") and case.is_page:
        # A bearer caller's form context is the anonymous one ("pre:"); a valid token keeps
        # the CSRF check from masking the role check.
        kwargs["data"] = {"csrf": csrf_token("pre:")}
    return client.request(case.method, _concrete(case.path), **kwargs)


def test_the_app_has_routes_to_check():
    assert len(GUARDED) >= 20
    assert any(r.path == "/api/audit" for r in GUARDED)


@pytest.mark.parametrize("case", ROUTES, ids=lambda c: c.id)
def test_route_declares_an_action_or_a_public_reason(case: RouteCase):
    reason = public_reason(case.path)
    assert case.actions or reason, (
        f"{case.id} neither uses accounts.auth.require(action) nor is listed in "
        "core.permissions.PUBLIC_ROUTES with a reason"
    )
    unknown = case.actions - set(PERMISSIONS)
    assert not unknown, f"{case.id} uses actions missing from the permissions table: {unknown}"


@pytest.mark.parametrize("case", GUARDED, ids=lambda c: c.id)
def test_guarded_route_answers_by_the_table(case: RouteCase, client, auth_headers):
    anonymous = _call(client, case, {})
    if case.is_page and anonymous.status_code in (302, 303):
        target = urlsplit(anonymous.headers["location"]).path
        assert public_reason(target), f"{case.id} redirects anonymous callers to {target}"
    else:
        assert anonymous.status_code == 401, f"{case.id} without credentials"
    for role in ROLES:
        response = _call(client, case, auth_headers(role, team="Hisingen"))
        if all(allowed(role, action) for action in case.actions):
            assert response.status_code != 401, f"{case.id} as {role}"
            assert not (response.status_code == 403 and DENIED_BY_ROLE in response.text), (
                f"{case.id} refused {role}, which the table allows"
            )
        else:
            assert response.status_code == 403, f"{case.id} as {role} should be refused"
            assert DENIED_BY_ROLE in response.text


def test_public_routes_answer_without_credentials(client):
    assert client.get("/health").status_code == 200
    assert client.get("/openapi.json").status_code == 200
    assert client.get("/static/app.css").status_code == 200


def test_unknown_action_is_denied_to_every_role():
    assert not any(allowed(role, "no-such:action") for role in ROLES)


# ---- scoping: which youths each role sees ----------------------------------------------


def _refs(response) -> list[str]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.text
    return sorted(y["ref"] for y in response.json()["items"])


@pytest.fixture
def three_teams(client, admin_headers):  # type: ignore[no-untyped-def]
    for ref, team in (("H1", "Hisingen"), ("H2", "Hisingen"), ("V1", "Väster")):
        payload = youth_payload(ref, team=team)
        assert client.post("/api/youths", json=payload, headers=admin_headers).status_code == 201


def test_admin_sees_every_youth(client, admin_headers, three_teams):
    assert _refs(client.get("/api/youths", headers=admin_headers)) == ["H1", "H2", "V1"]


def test_coach_sees_only_their_teams_youths_everywhere(client, auth_headers, three_teams):
    coach = auth_headers("coach", team="Väster")
    assert _refs(client.get("/api/youths", headers=coach)) == ["V1"]
    for path in ("/api/youths/H1", "/api/youths/H1/export.json"):
        assert client.get(path, headers=coach).status_code == 404
    assert client.patch("/api/youths/H1", json={"interests": "x"}, headers=coach).status_code == 404
    assert client.get("/api/youths/V1/export.json", headers=coach).status_code == 200


def test_team_bound_recruiter_token_sees_only_that_team(client, auth_headers, three_teams):
    recruiter = auth_headers("recruiter", team="Hisingen")
    assert _refs(client.get("/api/youths", headers=recruiter)) == ["H1", "H2"]
    assert client.get("/api/youths/V1", headers=recruiter).status_code == 404


def test_recruiter_sees_youths_assigned_to_them_or_their_team(db_session, three_teams):
    # Staff users (browser sessions) are scoped by assignment as well as by team.
    from sqlalchemy import update

    from accounts.auth import Principal
    from accounts.models import StaffUser
    from youths import service
    from youths.models import Youth

    user = StaffUser(email="r@example.se", name="R", role="recruiter", team="Väster")
    db_session.add(user)
    db_session.flush()
    db_session.execute(update(Youth).where(Youth.ref == "H2").values(recruiter_id=user.id))
    me = Principal(kind="user", id=user.id, role="recruiter", team="Väster")
    assert sorted(y.ref for y in db_session.scalars(service.visible_youths(me))) == ["H2", "V1"]
    alone = Principal(kind="user", id=user.id, role="recruiter", team=None)
    assert [y.ref for y in db_session.scalars(service.visible_youths(alone))] == ["H2"]
