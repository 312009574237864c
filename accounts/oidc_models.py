"""Server-side state of single sign-on (OpenID Connect): a started sign-in and a signed-in ID token.

The browser never carries `state`, `nonce` or the PKCE verifier in a cookie: it carries only the
random pre-session cookie, and these rows are found by its hash.
"""

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, utcnow


class OidcSignIn(Base):
    """One sign-in sent to the identity provider and not yet come back (single use)."""

    __tablename__ = "oidc_sign_in"

    id: Mapped[int] = mapped_column(primary_key=True)
    pre_hash: Mapped[str] = mapped_column(String(64), index=True)
    state: Mapped[str] = mapped_column(String(100))
    nonce: Mapped[str] = mapped_column(String(100))
    code_verifier: Mapped[str] = mapped_column(String(128))
    next_url: Mapped[str] = mapped_column(String(500), default="/")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class OidcSessionToken(Base):
    """The ID token of a session started by single sign-on, for RP-initiated logout's hint."""

    __tablename__ = "oidc_session_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_hash: Mapped[str] = mapped_column(String(64), unique=True)
    id_token: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
