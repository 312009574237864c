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
    smtp_host: str = "127.0.0.1"
    smtp_port: int = 8025
    mail_from: str = "praktikmatch@localhost"
    team_contact: str = "Ungdomsteamet, tel. 031-00 00 00"
    issuer_name: str = "Göteborgs Stad, ungdomsteamet"
    key_dir: str = "./keys"
    max_upload_bytes: int = 20 * 1024 * 1024
    https: bool = False
    log_level: str = "INFO"


@lru_cache
def get_settings() -> Settings:
    """Returns the process-wide settings."""
    return Settings()
