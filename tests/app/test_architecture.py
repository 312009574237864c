"""The layout holds: packages form one line (no circle), core imports no other package, nothing
is loaded by a string name, and no module outgrows a screenful of screens."""

import ast
import itertools
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[2]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
    "importlinter"
]
PACKAGES: list[str] = CONFIG["root_packages"]
MAX_LINES = 450


def _package_edges() -> set[tuple[str, str]]:
    graph = grimp.build_graph(*PACKAGES)
    return {
        (a, b)
        for a, b in itertools.permutations(PACKAGES, 2)
        if graph.direct_import_exists(importer=a, imported=b, as_packages=True)
    }


def _circle(edges: set[tuple[str, str]]) -> list[str] | None:
    """A circle of packages if there is one (depth-first search), else None."""
    state: dict[str, str] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = "open"
        path.append(node)
        for a, b in sorted(edges):
            if a != node:
                continue
            if state.get(b) == "open":
                return path[path.index(b) :] + [b]
            if b not in state and (found := visit(b)):
                return found
        state[node] = "done"
        path.pop()
        return None

    for package in PACKAGES:
        if package not in state and (found := visit(package)):
            return found
    return None


def test_the_package_graph_has_no_circle():
    edges = _package_edges()
    assert edges, "grimp found no imports between packages: the graph was not built"
    assert _circle(edges) is None, f"packages import each other in a circle: {_circle(edges)}"


def test_the_circle_check_would_see_a_circle():
    assert _circle({("core", "youths"), ("youths", "matcher"), ("matcher", "core")}) is not None


def test_core_imports_no_other_package_of_the_project():
    assert {b for a, b in _package_edges() if a == "core"} == set()


def test_every_package_imports_only_packages_below_it():
    layers = list(reversed(CONFIG["contracts"][0]["layers"]))  # bottom first
    layer_of = {name.strip(): i for i, layer in enumerate(layers) for name in layer.split("|")}
    assert sorted(layer_of) == sorted(PACKAGES), "every package has a layer"
    wrong = sorted((a, b) for a, b in _package_edges() if layer_of[a] <= layer_of[b])
    assert wrong == [], f"imports that point up or sideways: {wrong}"


def _project_modules() -> list[Path]:
    return [
        path
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.relative_to(ROOT).parts
    ]


def test_no_module_loads_another_by_a_string_name():
    found = []
    for path in _project_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "importlib":
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} imports from importlib")
            elif isinstance(node, ast.Import) and any(a.name == "importlib" for a in node.names):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} imports importlib")
            elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "__import__":
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} calls __import__")
    assert found == []


def _set_authors_data(path: Path) -> bool:
    """An evaluation set's source file (demo/catalogue2/_placements_src.py): data written by
    the set's author as Python literals, kept as written, not code of ours."""
    rel = path.relative_to(ROOT).parts
    return rel[0] == "demo" and rel[1].startswith("catalogue") and rel[-1].startswith("_")


def test_no_module_is_longer_than_450_lines():
    long = {
        str(path.relative_to(ROOT)): n
        for path in [*_project_modules(), *sorted((ROOT / "bench").rglob("*.py"))]
        if not _set_authors_data(path)
        and (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_the_import_contracts_hold():
    command = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert command, "import-linter is installed with the test extras"
    result = subprocess.run([command], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:]
    assert "2 kept, 0 broken" in result.stdout


def test_the_image_copies_every_package_the_project_installs():
    # `pip install .` in the Dockerfile installs only what was copied: a package left out
    # builds an image whose `uvicorn app.main:app` cannot start.
    import re

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    installed = {p.rstrip("*") for p in config["tool"]["setuptools"]["packages"]["find"]["include"]}
    on_disk = {p.parent.name for p in ROOT.glob("*/__init__.py")} - {"tests", "bench"}
    assert on_disk <= installed, on_disk - installed
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    copied = set(re.findall(r"^COPY (\w+) \./\1$", dockerfile, re.M))
    assert copied == installed
