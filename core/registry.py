"""Imports every model module so Base.metadata knows all tables (for Alembic and tests)."""

from importlib import import_module

MODEL_MODULES = (
    "core.models",
    "core.audit",
    "competences.models",
    "employers.models",
    "youths.models",
    "matcher.models",
)


def load_models() -> None:
    for name in MODEL_MODULES:
        try:
            import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
