"""agentkit/sandbox/runner is the one package for code that runs inside the container.

What the image build copies is exactly that package, the image tag hashes exactly that package, every
source agentkit installs into a sandbox (stand-ins, the argument adapter, the built-in tools) is a file
of it, and no Python program for the container hides in a string elsewhere.
"""

from __future__ import annotations

import ast
import io
import shutil
import tarfile
from pathlib import Path

import pytest
import tool_sandbox_fixtures as fixtures

from agentkit.sandbox import image
from agentkit.sandbox.image import RUNNER_DIR, build_context, runner_digest, runner_files

ROOT = Path(__file__).resolve().parent.parent


def package_files() -> dict[str, bytes]:
    return {
        path.relative_to(RUNNER_DIR).as_posix(): path.read_bytes()
        for path in RUNNER_DIR.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"
    }


def test_the_image_build_copies_exactly_the_package() -> None:
    files = package_files()
    assert {"agentkit_runner.py", "shipped/agentkit_standin.py", "tools/entry.py"} <= set(files)
    assert runner_files() == files
    with tarfile.open(fileobj=io.BytesIO(build_context("FROM scratch\n"))) as archive:
        copied = {
            member.name.removeprefix("runner/"): archive.extractfile(member).read()  # type: ignore[union-attr]
            for member in archive.getmembers()
            if member.name != "Dockerfile"
        }
    assert copied == files


def test_the_tag_changes_with_any_file_of_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "runner"
    shutil.copytree(RUNNER_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(image, "RUNNER_DIR", copy)
    digest = runner_digest.__wrapped__  # uncached
    assert digest() == runner_digest()
    for name in ("shipped/agentkit_standin.py", "tools/common.py", "akr_server.py"):
        before = digest()
        (copy / name).write_text((copy / name).read_text() + "\n# changed\n")
        assert digest() != before, name
    (copy / "tools" / "__pycache__").mkdir()
    (copy / "tools" / "__pycache__" / "common.cpython-312.pyc").write_bytes(b"cache")
    before = digest()
    assert digest() == before  # bytecode caches are not part of the image


def test_every_source_installed_by_agentkit_is_a_file_of_the_package() -> None:
    from agentkit_tools.shipping import impl_module

    files = {content.decode() for content in package_files().values()}
    module = fixtures.count_lines.sandbox_module
    assert module is not None
    own = {module.module, module.entry}  # the user's module, and the entry generated from its names
    shipped = [name for name, _ in module.modules if name not in own]
    assert shipped == ["agentkit", "agentkit.tool", "agentkit_user._arguments"]
    assert all(source in files for name, source in module.modules if name not in own)
    builtin = impl_module()
    assert builtin.modules[0][0] == "agentkit_tools.impl" and len(builtin.modules) > 5
    assert all(source in files for _, source in builtin.modules)


def container_programs_outside_the_package(base: Path, roots: list[Path]) -> list[str]:
    """String literals outside agentkit/sandbox/runner that are Python modules defining functions or
    classes: container code kept in a string instead of in the package."""
    found = []
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            if "runner" in path.relative_to(base).parts:
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                if not (
                    isinstance(node, ast.Constant) and isinstance(node.value, str) and "\n" in node.value
                ):
                    continue
                try:
                    body = ast.parse(node.value).body
                except SyntaxError:
                    continue
                if any(isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) for n in body):
                    found.append(f"{path.relative_to(base)}:{node.lineno}")
    return found


def test_no_container_program_hides_in_a_string_elsewhere() -> None:
    assert container_programs_outside_the_package(ROOT, [ROOT / "agentkit", ROOT / "tools"]) == []


def test_the_string_finder_finds_an_embedded_module(tmp_path: Path) -> None:
    (tmp_path / "ship.py").write_text('STUB = """\\nclass ToolError(Exception):\\n    pass\\n"""\n')
    (tmp_path / "doc.py").write_text('"""Prose.\n\nNot a program: def f(x).\n"""\n')
    assert container_programs_outside_the_package(tmp_path, [tmp_path]) == ["ship.py:1"]
