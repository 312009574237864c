"""Public files that are not pages of the service: the favicon and the API documentation.

The documentation pages (Swagger UI at /docs, ReDoc at /redoc) load their scripts from the pinned
`fastapi-offline` package (see pyproject.toml), never from a CDN: they run on the same origin as
the staff session cookie, so a third party's script there could act as a signed-in user. The
pages have no inline script (Swagger UI starts from /static/api_docs.js) and get a CSP of their
own: scripts only from this site.
"""

import html
from functools import lru_cache
from pathlib import Path

import fastapi_offline
from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse, HTMLResponse, Response

router = APIRouter(include_in_schema=False)

DOCS_ASSETS = Path(fastapi_offline.__file__).parent / "static"
# Only these files are served from the package; the name is matched exactly.
DOCS_FILES = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
    "redoc.standalone.js": "text/javascript; charset=utf-8",
}
REDOC_CDN_LOGO = b"https://cdn.redoc.ly/redoc/logo-mini.svg"
FAVICON = Path(__file__).parent / "static" / "favicon.svg"

DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'none'; "
    "base-uri 'none'"
)
# ReDoc writes <style> elements from its script (styled-components), so its page allows inline
# styles, which cannot run code; and it runs its search in a worker it makes from a blob: URL,
# which only a script already running on the page can create. Scripts stay 'self' only.
REDOC_CSP = DOCS_CSP.replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'; worker-src blob:"
)
TITLE = html.escape("praktikmatch API")

SWAGGER_PAGE = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} – Swagger UI</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<main id="swagger-ui" data-openapi-url="/openapi.json"></main>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/static/api_docs.js"></script>
</body>
</html>
"""

REDOC_PAGE = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{TITLE} – ReDoc</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
</head>
<body>
<redoc spec-url="/openapi.json"></redoc>
<script src="/docs/assets/redoc.standalone.js"></script>
</body>
</html>
"""


def _headers(csp: str) -> dict[str, str]:
    return {"Content-Security-Policy": csp, "Cache-Control": "no-cache"}


@router.get("/docs")
def swagger_ui() -> HTMLResponse:
    """The interactive API documentation (Swagger UI)."""
    return HTMLResponse(SWAGGER_PAGE, headers=_headers(DOCS_CSP))


@router.get("/redoc")
def redoc() -> HTMLResponse:
    """The API documentation as one long page (ReDoc)."""
    return HTMLResponse(REDOC_PAGE, headers=_headers(REDOC_CSP))


@router.get("/docs/assets/{name}")
def docs_asset(name: str) -> Response:
    """A script or stylesheet of the documentation pages, from the pinned package."""
    media_type = DOCS_FILES.get(name)
    if media_type is None:
        raise HTTPException(status_code=404, detail="Not found")
    # The files change only with the package version, so browsers may keep them a day.
    return Response(_asset(name), media_type=media_type,
                    headers={"Cache-Control": "public, max-age=86400"})  # fmt: skip


@lru_cache
def _asset(name: str) -> bytes:
    data = (DOCS_ASSETS / name).read_bytes()
    # ReDoc draws its maker's logo from their CDN in the side menu, with no option to turn it
    # off; the CSP would block it (and log an error), so it shows our icon instead.
    return data.replace(REDOC_CDN_LOGO, b"/static/favicon.svg")


@router.get("/favicon.ico")
def favicon() -> Response:
    """The site icon, for browsers that ask before reading the page's <link rel="icon">."""
    return FileResponse(FAVICON, media_type="image/svg+xml",
                        headers={"Cache-Control": "public, max-age=86400"})  # fmt: skip
