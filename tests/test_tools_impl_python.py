"""The python snippet runner, run directly in real subprocesses on a temporary workspace (no Docker)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from agentkit.sandbox.runner.tools.common import PathOutsideWorkspace, ToolInputError
from agentkit.sandbox.runner.tools.pyexec import STDOUT_MAX_CHARS, run_python


def test_stdout_and_the_value_of_the_last_expression(tmp_path: Path) -> None:
    out = run_python(str(tmp_path), "print('hello')\nnumbers = [1, 2, 3]\nsum(numbers) * 7")
    assert out == {
        "stdout": "hello\n",
        "stderr": "",
        "value": "42",
        "error": None,
        "exit_code": 0,
        "timed_out": False,
    }
    assert run_python(str(tmp_path), "x = 1")["value"] is None
    assert run_python(str(tmp_path), "'text'")["value"] == "'text'"
    assert run_python(str(tmp_path), "print(__name__)")["stdout"] == "__main__\n"


def test_errors_come_back_with_the_snippet_traceback(tmp_path: Path) -> None:
    out = run_python(str(tmp_path), "def f(d):\n    return d['missing']\n\nprint('before')\nf({})")
    assert out["stdout"] == "before\n"
    error = out["error"]
    assert error.startswith("Traceback (most recent call last):")
    assert 'File "<snippet>", line 5, in <module>' in error
    assert 'File "<snippet>", line 2, in f' in error and "return d['missing']" in error
    assert error.rstrip().endswith("KeyError: 'missing'")
    assert "_CHILD" not in error and "exec(compile" not in error
    syntax = run_python(str(tmp_path), "def broken(:\n    pass")["error"]
    assert "SyntaxError" in syntax and 'File "<snippet>", line 1' in syntax
    assert run_python(str(tmp_path), "import sys\nsys.exit(3)")["error"] == "the snippet called sys.exit(3)"


def test_runs_in_the_workspace_and_can_import_its_modules(tmp_path: Path) -> None:
    (tmp_path / "helper.py").write_text("ANSWER = 41\n")
    (tmp_path / "sub").mkdir()
    out = run_python(str(tmp_path), "import helper, os\nprint(os.getcwd())\nhelper.ANSWER + 1")
    assert out["value"] == "42" and out["stdout"].strip() == str(tmp_path.resolve())
    assert run_python(str(tmp_path), "import os\nos.getcwd()", cwd="sub")["value"] == repr(
        str((tmp_path / "sub").resolve())
    )
    with pytest.raises(PathOutsideWorkspace):
        run_python(str(tmp_path), "1", cwd="..")


def test_timeout_kills_the_snippet_and_its_children(tmp_path: Path) -> None:
    code = (
        "import subprocess, time\n"
        "subprocess.Popen(['sh', '-c', 'sleep 1.5; touch survived'])\n"
        "print('started', flush=True)\n"
        "time.sleep(60)\n"
    )
    out = run_python(str(tmp_path), code, timeout=0.5)
    assert out["timed_out"] is True and out["exit_code"] == -9
    assert out["stdout"] == "started\n"
    assert "timed out after 0.5 seconds" in out["error"]
    time.sleep(2)
    assert not (tmp_path / "survived").exists()


def test_a_hard_crash_is_reported_not_raised(tmp_path: Path) -> None:
    out = run_python(str(tmp_path), "import os\nprint('bye', flush=True)\nos._exit(7)")
    assert out["exit_code"] == 7 and out["stdout"] == "bye\n"
    assert "ended with exit code 7 before the snippet finished" in out["error"]


def test_huge_output_keeps_head_and_tail(tmp_path: Path) -> None:
    out = run_python(str(tmp_path), "for i in range(200_000):\n    print('row', i)")
    text = out["stdout"]
    assert len(text) < STDOUT_MAX_CHARS + 300
    assert text.startswith("row 0\nrow 1\n") and text.endswith("row 199999\n")
    assert "omitted" in text
    small = run_python(str(tmp_path), "print('y' * 50_000)")["stdout"]
    assert small.startswith("yyy") and small.endswith("yyy\n") and "omitted from the middle" in small


def test_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(ToolInputError, match="code is empty"):
        run_python(str(tmp_path), "  \n")
    with pytest.raises(ToolInputError, match="timeout must be"):
        run_python(str(tmp_path), "1", timeout=0)
