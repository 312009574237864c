"""All configuration, read once from PRAKTIKMATCH_* environment variables."""

from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PRAKTIKMATCH_", extra="ignore")

    database_url: str = "sqlite:///./praktikmatch.db"
    # Public base URL used in links, e-mails and QR codes.
    base_url: str = "http://127.0.0.1:8000"
    secret_key: str = "change-me-in-production"  # noqa: S105 - overridden in production
    link_ttl_days: int = 30
    retention_months: int = 24
    smtp_host: str = "127.0.0.1"  # empty: no SMTP, e-mails are not sent (staff copy the link)
    smtp_port: int = 8025
    smtp_username: str = ""
    smtp_password: str = ""
    smtp_starttls: bool = False
    smtp_timeout_seconds: float = 10.0
    smtp_attempts: int = 2
    # Repeated unknown link tokens from one client address (per worker process).
    link_bad_token_limit: int = 20
    link_bad_token_window_seconds: int = 600
    # `praktikmatch remind`: re-send unanswered assessment links after N days, at most M times.
    remind_after_days: int = 7
    remind_max_times: int = 2
    mail_from: str = "praktikmatch@localhost"
    team_contact: str = "Ungdomsteamet, tel. 031-00 00 00"
    issuer_name: str = "Göteborgs Stad, ungdomsteamet"
    key_dir: str = "./keys"
    max_upload_bytes: int = 20 * 1024 * 1024
    max_request_bytes: int = 1024 * 1024  # any other body (JSON, forms)
    guess_limit: int = 20  # unknown codes on /verify/ per address and window
    guess_window_seconds: int = 300
    sign_in_limit_per_minute: int = 60  # sign-in POSTs per address, before any password check
    https: bool = False
    log_level: str = "INFO"
    warm_matcher: bool = True  # build the suggestion index at start-up, in the background
    # Staff web sessions (accounts.web_auth).
    session_idle_minutes: int = 60
    session_absolute_hours: int = 12
    login_max_failures: int = 5
    login_lockout_minutes: int = 15
    login_ip_limit: int = 30  # sign-in attempts per IP address per lockout window
    # Optional single sign-on (OpenID Connect); local accounts are used when issuer is empty.
    oidc_issuer: str = ""
    oidc_client_id: str = ""
    oidc_client_secret: str = ""
    oidc_scopes: str = "openid profile email"
    # Claims that carry role and team (empty: an admin assigns them; see accounts.oidc).
    oidc_role_claim: str = ""
    oidc_team_claim: str = ""
    oidc_teams: str = ""  # comma-separated team names a team claim may name (empty: any)
    password_sign_in: bool = True  # false: no password form, POST /sign-in refused


@lru_cache
def get_settings() -> Settings:
    """Returns the process-wide settings."""
    return Settings()
