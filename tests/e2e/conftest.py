"""Browser walks share one seeded data set per module (seeding takes seconds, walks minutes)."""

from collections.abc import Iterator

import pytest

from tests.e2e.pages import Site, seed_site


@pytest.fixture(autouse=True)
def _clean_database(prepared_database: str) -> Iterator[None]:
    """Overrides the per-test clean-up: a walk module's tests share `site`, which cleans up."""
    yield


@pytest.fixture(scope="module")
def site(live_server: str, prepared_database: str) -> Iterator[Site]:
    """The seeded data set and page inventory, on the session's live server."""
    from matcher import service as matcher_service
    from tests.conftest import _clean

    _clean(prepared_database)
    matcher_service.reset_cache()
    try:
        yield seed_site(live_server)
    finally:
        _clean(prepared_database)
        matcher_service.reset_cache()
