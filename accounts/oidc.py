"""Single sign-on with OpenID Connect (Authlib): authorization code + PKCE (S256), state and nonce.

`begin` stores state, nonce and the PKCE verifier server-side under the hash of the browser's
pre-session cookie and returns the provider's authorization URL. `finish` checks the returned
`state` against that row (single use), exchanges the code with the verifier, verifies the ID token
(signature against the provider's JWKS, iss, aud, exp, iat, nonce) and finds the staff account:

- by `sub` (StaffUser.oidc_subject);
- else, on first sign-in, an existing account without a subject whose e-mail the provider says is
  verified (it is linked to the subject);
- else a new account in the "pending" role: it exists so an admin can assign role and team
  (`praktikmatch user assign`), and it gets no session until then.

When PRAKTIKMATCH_OIDC_ROLE_CLAIM / _TEAM_CLAIM are set, a valid value in the ID token sets role
and team on every sign-in (the provider is then the source of truth); an invalid or missing value
changes nothing, so a new user stays pending. Team values must be one of PRAKTIKMATCH_OIDC_TEAMS
when that list is set.
"""

import hmac
import time
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import httpx
from authlib.common.security import generate_token
from authlib.integrations.httpx_client import OAuth2Client
from authlib.jose import JsonWebKey, jwt
from authlib.oidc.core import CodeIDToken
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from accounts.models import Role, StaffUser
from accounts.oidc_models import OidcSessionToken, OidcSignIn
from core import audit
from core.db import utcnow
from core.security import hash_token
from core.settings import get_settings

PENDING = "pending"  # StaffUser.role of an account that waits for an admin's assignment
FLOW_MINUTES = 10  # a sign-in left at the provider longer than this must start again
CALLBACK_PATH = "/sign-in/oidc/callback"
_DISCOVERY_SECONDS = 300
_discovery: dict[str, tuple[float, dict[str, Any]]] = {}


class OidcRefused(Exception):
    """The provider's answer is not accepted; `reason` is for the audit log, never the page."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class OidcResult:
    user: StaffUser
    id_token: str
    next_url: str


def enabled() -> bool:
    s = get_settings()
    return bool(s.oidc_issuer and s.oidc_client_id and s.oidc_client_secret)


def _issuer() -> str:
    return get_settings().oidc_issuer.rstrip("/")


def redirect_uri() -> str:
    return get_settings().base_url.rstrip("/") + CALLBACK_PATH


def provider_metadata() -> dict[str, Any]:
    """The issuer's discovery document, cached for a few minutes per process."""
    issuer = _issuer()
    cached = _discovery.get(issuer)
    if cached and time.monotonic() - cached[0] < _DISCOVERY_SECONDS:
        return cached[1]
    answer = httpx.get(f"{issuer}/.well-known/openid-configuration", timeout=10)
    answer.raise_for_status()
    meta = answer.json()
    if meta.get("issuer", "").rstrip("/") != issuer:  # OIDC Discovery 4.3
        raise OidcRefused("discovery issuer mismatch")
    _discovery[issuer] = (time.monotonic(), meta)
    return meta


def _client() -> OAuth2Client:
    s = get_settings()
    return OAuth2Client(
        client_id=s.oidc_client_id, client_secret=s.oidc_client_secret, scope=_scopes(),
        redirect_uri=redirect_uri(), code_challenge_method="S256",
        token_endpoint_auth_method="client_secret_basic", timeout=10,  # noqa: S106 - a method name
    )  # fmt: skip


def _scopes() -> str:
    s = get_settings()
    scopes = s.oidc_scopes.split()
    return " ".join(["openid", *[x for x in scopes if x != "openid"]])


def begin(*, db_session: Session, pre: str, next_url: str) -> str:
    """Stores a new sign-in for this pre-session cookie; returns the authorization URL."""
    meta = provider_metadata()
    now = utcnow()
    db_session.execute(
        delete(OidcSignIn).where(OidcSignIn.created_at < now - timedelta(minutes=FLOW_MINUTES))
    )
    state, nonce, verifier = generate_token(32), generate_token(32), generate_token(64)
    with _client() as client:
        url, _ = client.create_authorization_url(
            meta["authorization_endpoint"], state=state, nonce=nonce, code_verifier=verifier
        )
    db_session.add(
        OidcSignIn(pre_hash=hash_token(pre), state=state, nonce=nonce, code_verifier=verifier,
                   next_url=next_url, created_at=now)
    )  # fmt: skip
    db_session.flush()
    return url


def finish(*, db_session: Session, pre: str, params: dict[str, str]) -> OidcResult:
    """Checks the provider's answer and returns the account it signs in (maybe pending)."""
    if not pre:
        raise OidcRefused("no pre-session cookie")
    rows = db_session.scalars(
        select(OidcSignIn).where(OidcSignIn.pre_hash == hash_token(pre))
    ).all()
    returned = params.get("state", "")
    flow = next((r for r in rows if hmac.compare_digest(r.state, returned)), None)
    for row in rows:  # every started sign-in of this browser is used up by one answer
        db_session.delete(row)
    db_session.flush()
    if flow is None:
        raise OidcRefused("state mismatch")
    if flow.created_at < utcnow() - timedelta(minutes=FLOW_MINUTES):
        raise OidcRefused("sign-in too old")
    if params.get("error"):
        raise OidcRefused(f"provider error {params['error'][:50]}")
    meta = provider_metadata()
    if "iss" in params and params["iss"].rstrip("/") != _issuer():  # RFC 9207 mix-up defence
        raise OidcRefused("iss parameter mismatch")
    code = params.get("code", "")
    if not code:
        raise OidcRefused("no code")
    try:
        with _client() as client:
            token = client.fetch_token(
                meta["token_endpoint"], grant_type="authorization_code", code=code,
                code_verifier=flow.code_verifier,
            )  # fmt: skip
    except Exception as exc:  # the provider refused the code or could not be reached
        raise OidcRefused(f"token exchange failed: {type(exc).__name__}") from exc
    id_token = token.get("id_token")
    if not id_token:
        raise OidcRefused("no id_token")
    claims = verify_id_token(id_token, meta=meta, nonce=flow.nonce)
    user = _account(db_session=db_session, claims=claims)
    return OidcResult(user=user, id_token=id_token, next_url=flow.next_url)


def verify_id_token(id_token: str, *, meta: dict[str, Any], nonce: str) -> dict[str, Any]:
    """Signature (JWKS), iss, aud, exp, iat and nonce; a minute's leeway for clock drift."""
    jwks = httpx.get(meta["jwks_uri"], timeout=10)
    jwks.raise_for_status()
    client_id = get_settings().oidc_client_id
    try:
        claims = jwt.decode(
            id_token, JsonWebKey.import_key_set(jwks.json()), claims_cls=CodeIDToken,
            claims_options={"iss": {"essential": True, "value": meta["issuer"]},
                            "aud": {"essential": True, "value": client_id}},
            claims_params={"nonce": nonce, "client_id": client_id},
        )  # fmt: skip
        claims.validate(leeway=60)
    except Exception as exc:  # authlib.jose or, in newer Authlib, joserfc errors: all refuse
        raise OidcRefused(f"id_token refused: {type(exc).__name__}") from exc
    if not claims.get("sub"):
        raise OidcRefused("id_token without sub")
    return dict(claims)


def _claimed_role_team(claims: dict[str, Any]) -> tuple[str | None, str | None]:
    s = get_settings()
    role = claims.get(s.oidc_role_claim) if s.oidc_role_claim else None
    role = role if isinstance(role, str) and role in set(Role) else None
    team = claims.get(s.oidc_team_claim) if s.oidc_team_claim else None
    allowed = {t.strip() for t in s.oidc_teams.split(",") if t.strip()}
    if not isinstance(team, str) or not team.strip() or (allowed and team not in allowed):
        team = None
    return role, team


def _account(*, db_session: Session, claims: dict[str, Any]) -> StaffUser:
    subject = str(claims["sub"])
    user = db_session.scalar(select(StaffUser).where(StaffUser.oidc_subject == subject))
    email = str(claims.get("email") or "").strip().lower()
    if user is None and email and claims.get("email_verified") is True:
        user = db_session.scalar(
            select(StaffUser).where(
                func.lower(StaffUser.email) == email, StaffUser.oidc_subject.is_(None)
            )
        )
        if user is not None:
            user.oidc_subject = subject
    if user is None:
        user = StaffUser(
            email=email or f"{subject[:180]}@oidc.invalid", name=str(claims.get("name") or email
            or subject)[:200], role=PENDING, team=None, password_hash=None, oidc_subject=subject,
        )  # fmt: skip
        db_session.add(user)
        db_session.flush()
        audit.record(
            db_session, actor="oidc", action="user.pending", subject_type="staff_user",
            subject_id=user.id,
        )  # fmt: skip
    role, team = _claimed_role_team(claims)
    if role is not None and (role != user.role or (team is not None and team != user.team)):
        user.role = role
        if team is not None:
            user.team = team
        audit.record(
            db_session, actor="oidc", action="user.assign", subject_type="staff_user",
            subject_id=user.id, detail={"role": role, "team": user.team, "by": "claim"},
        )  # fmt: skip
    db_session.flush()
    return user


def remember_id_token(*, db_session: Session, session_plain: str, id_token: str) -> None:
    db_session.add(OidcSessionToken(session_hash=hash_token(session_plain), id_token=id_token))
    db_session.flush()


def logout_url(*, db_session: Session, session_plain: str) -> str | None:
    """RP-initiated logout URL when the session came from the provider and it offers logout."""
    if not session_plain or not enabled():
        return None
    row = db_session.scalar(
        select(OidcSessionToken).where(OidcSessionToken.session_hash == hash_token(session_plain))
    )
    if row is None:
        return None
    db_session.delete(row)
    try:
        endpoint = provider_metadata().get("end_session_endpoint")
    except (httpx.HTTPError, OidcRefused):
        return None
    if not endpoint:
        return None
    query = urlencode({
        "id_token_hint": row.id_token, "client_id": get_settings().oidc_client_id,
        "post_logout_redirect_uri": get_settings().base_url.rstrip("/") + "/sign-in",
    })  # fmt: skip
    return f"{endpoint}{'&' if '?' in endpoint else '?'}{query}"


def assign(
    *, db_session: Session, user: StaffUser, role: str, team: str | None, actor: str
) -> None:
    """An admin gives a (pending) account its role and team."""
    if role not in set(Role):
        raise ValueError(f"unknown role {role}; use admin, recruiter or coach")
    user.role, user.team = role, team
    audit.record(
        db_session, actor=actor, action="user.assign", subject_type="staff_user",
        subject_id=user.id, detail={"role": role, "team": team, "by": "admin"},
    )  # fmt: skip
    db_session.flush()
