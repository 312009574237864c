"""The one table of who may do what. Every route names an action from here."""

from core.models import Role

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


def allowed(role: str, action: str) -> bool:
    """Returns whether a role may perform an action; unknown actions are denied."""
    roles = PERMISSIONS.get(action)
    return roles is not None and role in roles
