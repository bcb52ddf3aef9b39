"""Every module imports in a fresh process, start-up stays light, and nothing imports the CLI.

The fresh process is the point: an install that lacks a package the code imports
(as ``lxml_html_clean`` once was) fails here, not on a user's first article.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"
MODULES = sorted(
    ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
    for path in PACKAGE.rglob("*.py")
)
# What `import X` may not load: each costs a tenth of a second or more, and --help needs none of them.
HEAVY = ["underthesea", "spacy", "trafilatura", "pyarrow", "dask", "rfc3987_syntax", "jsonschema", "lark"]

IMPORT_ALL = """
import importlib, json, sys, traceback
failures = {}
for name in sys.argv[1:]:
    try:
        importlib.import_module(name)
    except Exception:
        failures[name] = traceback.format_exc(limit=3)
print(json.dumps(failures))
"""

LOADED_AFTER = """
import importlib, json, sys
importlib.import_module(sys.argv[1])
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def run_python(code: str, *args: str) -> str:
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return result.stdout


def test_every_module_imports_in_a_fresh_process() -> None:
    assert len(MODULES) > 50
    assert json.loads(run_python(IMPORT_ALL, *MODULES)) == {}


@pytest.mark.parametrize("module", ["extractor", "extractor.cli"])
def test_start_up_loads_nothing_heavy(module: str) -> None:
    loaded = set(json.loads(run_python(LOADED_AFTER, module)))
    assert loaded.isdisjoint(HEAVY), sorted(loaded.intersection(HEAVY))


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("module", [m for m in MODULES if m != "extractor.cli"])
def test_no_module_imports_the_cli(module: str) -> None:
    path = PACKAGE.parent.joinpath(*module.split("."))
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    assert "extractor.cli" not in _imported_modules(path)
