"""Finds each domain's models, routers and CLI commands by file name, so packages plug in alone.

- models: `models.py` or `*_models.py` (plus core.audit)
- HTTP: `router.py`, `views.py`, `*_router.py`, `*_views.py`, each exposing `router`
- CLI: `cli_commands.py` exposing `register(subparsers)`
"""

from importlib import import_module
from pathlib import Path
from types import ModuleType

DOMAIN_PACKAGES = ("core", "competences", "employers", "youths", "matcher", "certificates")
ROOT = Path(__file__).resolve().parent.parent


def _modules(predicate) -> list[str]:  # type: ignore[no-untyped-def]
    names: list[str] = []
    for package in DOMAIN_PACKAGES:
        folder = ROOT / package
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.py")):
            if predicate(path.stem):
                names.append(f"{package}.{path.stem}")
    return names


def model_modules() -> list[str]:
    return ["core.audit", *_modules(lambda s: s == "models" or s.endswith("_models"))]


def router_modules() -> list[str]:
    def is_router(stem: str) -> bool:
        return stem in ("router", "views") or stem.endswith(("_router", "_views"))

    return ["core.health", *[m for m in _modules(is_router) if m != "core.health"]]


def cli_modules() -> list[ModuleType]:
    return [import_module(m) for m in _modules(lambda s: s == "cli_commands")]


def load_models() -> None:
    for name in model_modules():
        import_module(name)
