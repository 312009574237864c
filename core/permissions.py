"""The one table of who may do what. Every route names an action from here."""

from enum import StrEnum


class Role(StrEnum):
    """A member of staff's role; every permission below names the roles that hold it."""

    admin = "admin"
    recruiter = "recruiter"
    coach = "coach"


ALL = frozenset(Role)
STAFF_WRITERS = frozenset({Role.admin, Role.recruiter, Role.coach})

PERMISSIONS: dict[str, frozenset[Role]] = {
    "deck:read": ALL,
    "deck:manage": frozenset({Role.admin}),
    "catalogue:read": ALL,
    "catalogue:write": frozenset({Role.admin, Role.recruiter}),
    "youth:read": ALL,
    "youth:write": STAFF_WRITERS,
    "youth:delete": frozenset({Role.admin}),
    "youth:export": frozenset({Role.admin, Role.coach}),
    "youth:erase": frozenset({Role.admin}),
    "suggestions:read": ALL,
    "suggestions:feedback": STAFF_WRITERS,
    "internship:read": ALL,
    "internship:write": frozenset({Role.admin, Role.recruiter}),
    "internship:follow_up": STAFF_WRITERS,
    "link:manage": frozenset({Role.admin, Role.recruiter, Role.coach}),
    "assessment:read": ALL,
    "assessment:reopen": frozenset({Role.admin, Role.recruiter}),
    "certificate:issue": frozenset({Role.admin, Role.recruiter}),
    "certificate:read": ALL,
    "stats:read": ALL,
    "audit:read": frozenset({Role.admin}),
    "users:manage": frozenset({Role.admin}),
}

# Routes that need no staff credentials, each with its reason. Every other route must declare
# its action through accounts.auth.require(action); tests/core/test_route_authorisation.py walks
# all routes and fails on any that does neither. A key covers its path and everything below it.
PUBLIC_ROUTES: dict[str, str] = {
    "/health": "liveness probe for the load balancer; answers only ok",
    "/openapi.json": "the API description; holds no data",
    "/docs": "the API documentation page",
    "/redoc": "the API documentation page",
    "/static": "stylesheets and scripts",
    "/favicon.ico": "the site icon",
    "/l": "capability link pages: the token in the URL is the credential",
    "/verify": "public certificate verification: anyone holding a certificate may check it",
    "/.well-known": "the issuer's public keys (JWKS) for verifying credentials",
    "/sign-in": "the staff sign-in page and form",
    "/sign-out": "ends the caller's own session, if any (CSRF-checked)",
    "/language": "stores the caller's language choice (CSRF-checked)",
}


def public_reason(path: str) -> str | None:
    """Returns why a route path is public, or None when it must declare an action."""
    for prefix, reason in PUBLIC_ROUTES.items():
        if path == prefix or path.startswith(prefix + "/"):
            return reason
    return None


def allowed(role: str, action: str) -> bool:
    """Returns whether a role may perform an action; unknown actions are denied."""
    roles = PERMISSIONS.get(action)
    return roles is not None and role in roles
