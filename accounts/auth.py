"""Who is calling: bearer tokens for API clients (and, via the web package, staff sessions)."""

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from accounts.models import ApiToken, Role
from core.db import get_session, utcnow
from core.errors import Forbidden, Unauthorized
from core.permissions import allowed
from core.security import hash_token, new_token


@dataclass(frozen=True)
class Principal:
    """The authenticated caller. `team` scopes coaches; None means municipality-wide."""

    kind: str  # "token" or "user"
    id: int
    role: str
    team: str | None = None
    name: str = ""

    @property
    def actor(self) -> str:
        return f"{self.kind}:{self.id}"


def create_token(
    *,
    db_session: Session,
    name: str,
    role: str,
    team: str | None = None,
    user_id: int | None = None,
) -> tuple[ApiToken, str]:
    """Creates an API token and returns it with its plain value, which is never stored."""
    if role not in set(Role):
        raise ValueError(f"unknown role {role!r}; use one of {', '.join(Role)}")
    plain = new_token()
    token = ApiToken(name=name, role=role, team=team, user_id=user_id, token_hash=hash_token(plain))
    db_session.add(token)
    db_session.flush()
    return token, plain


def revoke_token(*, db_session: Session, token_id: int) -> bool:
    """Revokes a token; returns False when no such token exists."""
    token = db_session.get(ApiToken, token_id)
    if token is None:
        return False
    token.revoked_at = token.revoked_at or utcnow()
    return True


def principal_from_bearer(db_session: Session, header: str | None) -> Principal | None:
    """Returns the principal for an Authorization header, or None if it is not valid."""
    if not header or not header.lower().startswith("bearer "):
        return None
    plain = header[7:].strip()
    if not plain:
        return None
    token = db_session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(plain)))
    if token is None or token.revoked_at is not None:
        return None
    return Principal(kind="token", id=token.id, role=token.role, team=token.team, name=token.name)


def get_principal(
    request: Request, db_session: Annotated[Session, Depends(get_session)]
) -> Principal:
    """Authenticates the request by bearer token or staff session cookie; 401 otherwise."""
    principal = principal_from_bearer(db_session, request.headers.get("authorization"))
    if principal is None:
        principal = getattr(request.state, "staff_principal", None)
    if principal is None:
        raise Unauthorized("Sign in or send a valid bearer token.")
    return principal


def require(action: str):  # type: ignore[no-untyped-def]
    """Dependency factory: the caller's role must allow `action` (see core.permissions)."""

    def dependency(principal: Annotated[Principal, Depends(get_principal)]) -> Principal:
        if not allowed(principal.role, action):
            raise Forbidden(f"Your role ({principal.role}) may not do this ({action}).")
        return principal

    dependency.action = action  # type: ignore[attr-defined]
    return dependency
