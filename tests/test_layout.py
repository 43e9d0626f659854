"""House rules: the packages import only what the data flow allows, and they come from this repository."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

FORBIDDEN = {
    "nlp": {"scrapy", "sqlite_utils", "click", "crawler", "db", "portwatch", "twisted"},
    "db": {"scrapy", "spacy", "nlp", "crawler", "click", "portwatch"},  # datasette only in db/publish + plugin
    "crawler": {"spacy", "nlp", "click", "portwatch"},  # the CLI drives the crawler, never the reverse
}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_import_rules(package):
    for path in (ROOT / package).rglob("*.py"):
        bad = imports(path) & FORBIDDEN[package]
        assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"


SQL = re.compile(r"\.(execute|executescript|executemany|query)\(|\b(SELECT|INSERT|UPDATE|DELETE)\s+[\w*(]")


@pytest.mark.parametrize("package", ["nlp", "crawler", "portwatch"])
def test_sql_lives_only_in_db(package):
    for path in (ROOT / package).rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            assert not SQL.search(line), f"{path.relative_to(ROOT)}:{number} runs SQL outside db/: {line.strip()}"


@pytest.mark.parametrize("package", ["nlp", "db", "crawler", "portwatch"])
def test_packages_come_from_this_repository(package):
    module = __import__(package)
    assert Path(module.__file__).resolve().is_relative_to(ROOT)


def test_user_agent_names_the_installed_version():
    from crawler import settings
    from portwatch import __version__

    assert settings.__version__ == __version__
    assert f"portwatch/{__version__} (+" in settings.USER_AGENT


def test_scrapy_list_works_from_the_root():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "scrapy", "list"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert set(out.stdout.split()) == {"feeds", "sitemaps", "listings", "queries"}


def test_ci_installs_as_a_newcomer_does():
    """.ci/run: the pip a fresh venv brings, the README's demo before the tests, then ruff and mypy."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "--upgrade pip" not in ci and "-U pip" not in ci
    assert "pip install . && portwatch demo --no-serve" in ci
    steps = [line.strip() for line in ci.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    order = [next(i for i, line in enumerate(steps) if line.startswith(cmd))
             for cmd in ("pip install . && portwatch demo", "pip install '.[test]' && python -m pytest", "ruff check .", "mypy")]
    assert order == sorted(order)


def test_everything_the_code_imports_is_declared():
    """A third-party module the code imports comes from a declared dependency, not another package's extra."""
    import sys
    import tomllib
    from importlib.metadata import packages_distributions

    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    declared = {re.split(r"[<>=!~ ;\[]", d, maxsplit=1)[0].lower().replace("_", "-") for d in deps}
    providers = packages_distributions()
    ours = {"portwatch", "crawler", "nlp", "db"}
    for package in sorted(ours):
        for path in (ROOT / package).rglob("*.py"):
            for name in imports(path) - ours - set(sys.stdlib_module_names):
                dists = {d.lower().replace("_", "-") for d in providers.get(name, [])}
                assert dists & declared, f"{path.relative_to(ROOT)} imports {name} ({sorted(dists)}), not declared"
    # the readers' cleaner: justext asks for lxml[html_clean], an extra old pips do not resolve
    assert "lxml-html-clean" in declared
