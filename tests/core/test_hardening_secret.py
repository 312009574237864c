"""Production (https) refuses to start with the default secret."""

import pytest


def test_https_without_a_secret_key_refuses_to_start(monkeypatch):
    from app.factory import create_app
    from core.settings import get_settings

    monkeypatch.setenv("PRAKTIKMATCH_HTTPS", "true")
    monkeypatch.delenv("PRAKTIKMATCH_SECRET_KEY", raising=False)
    get_settings.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="PRAKTIKMATCH_SECRET_KEY"):
            create_app()
        monkeypatch.setenv("PRAKTIKMATCH_SECRET_KEY", "a-long-random-value-for-this-test")
        get_settings.cache_clear()
        assert create_app() is not None
    finally:
        monkeypatch.undo()
        get_settings.cache_clear()
