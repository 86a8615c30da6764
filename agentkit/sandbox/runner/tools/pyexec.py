"""python: run a snippet in a fresh interpreter. Standard library only; runs inside the sandbox.

The snippet runs in a child process (so a hang, a crash or ``os._exit`` cannot take the runner
down) in its own process group, killed as a whole on timeout. Like a REPL cell, every statement
is executed and the value of a final bare expression is reported.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from typing import Any

from .common import ToolInputError, Workspace, truncate_middle

MAX_TIMEOUT_S = 600.0
STDOUT_MAX_CHARS = 30_000
STDERR_MAX_CHARS = 10_000
VALUE_MAX_CHARS = 10_000
SNIPPET_FILENAME = "<snippet>"

# The program the child interpreter runs: argv = [code path, result path, value limit].
# It registers the source with linecache so tracebacks show the snippet's lines, and drops its own
# frames from tracebacks so the model sees only its code.
_CHILD = r"""
import ast, json, linecache, sys, traceback
code_path, result_path, value_limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
del sys.argv[1:]
with open(code_path, encoding="utf-8") as handle:
    source = handle.read()
filename = "<snippet>"
linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
result = {"value": None, "error": None}
namespace = {"__name__": "__main__", "__builtins__": __builtins__}

def describe_error():
    kind, value, tb = sys.exc_info()
    while tb is not None and tb.tb_frame.f_code.co_filename != filename:
        tb = tb.tb_next
    return "".join(traceback.format_exception(kind, value, tb))

try:
    tree = ast.parse(source, filename)
    last = None
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = ast.Expression(tree.body.pop().value)
    exec(compile(tree, filename, "exec"), namespace)
    if last is not None:
        value = eval(compile(last, filename, "eval"), namespace)
        if value is not None:
            try:
                text = repr(value)
            except Exception:
                text = "<repr() failed: " + describe_error().strip().splitlines()[-1] + ">"
            if len(text) > value_limit:
                text = text[:value_limit] + " [... %d more characters]" % (len(text) - value_limit)
            result["value"] = text
except SystemExit as exc:
    if exc.code not in (None, 0):
        result["error"] = "the snippet called sys.exit(%r)" % (exc.code,)
except BaseException:
    result["error"] = describe_error()
sys.stdout.flush()
sys.stderr.flush()
with open(result_path, "w", encoding="utf-8") as handle:
    json.dump(result, handle)
"""


def _read_capped(path: str, limit: int, what: str) -> str:
    """A captured output file as text, head and tail kept when it is over the limit."""
    size = os.path.getsize(path)
    with open(path, "rb") as handle:
        if size <= 4 * limit:
            return truncate_middle(handle.read().decode("utf-8", errors="replace"), limit, what=what)[0]
        # Too big to load whole: read only the two ends, then cut them as usual.
        head = handle.read(limit).decode("utf-8", errors="replace")
        handle.seek(size - limit)
        tail = handle.read(limit).decode("utf-8", errors="replace")
    head_chars = limit * 2 // 5
    tail_text = tail[len(tail) - (limit - head_chars) :]
    return f"{head[:head_chars]}\n[... the middle of the {what} was omitted; {size} bytes in total ...]\n{tail_text}"


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass  # the group is already gone


def run_python(workspace: str, code: str, timeout: float = 30.0, cwd: str = ".") -> dict[str, Any]:
    ws = Workspace(workspace)
    workdir = ws.resolve(cwd, what="cwd")
    if not os.path.isdir(workdir.real):
        raise ToolInputError(f"cwd {workdir.shown} is not a directory")
    if not 0 < timeout <= MAX_TIMEOUT_S:
        raise ToolInputError(
            f"timeout must be more than 0 and at most {MAX_TIMEOUT_S:.0f} seconds, got {timeout}"
        )
    if code.strip() == "":
        raise ToolInputError("code is empty; give the Python statements to run")
    scratch = tempfile.mkdtemp(prefix="agentkit-python-")
    try:
        code_path = os.path.join(scratch, "snippet.py")
        result_path = os.path.join(scratch, "result.json")
        out_path = os.path.join(scratch, "stdout")
        err_path = os.path.join(scratch, "stderr")
        with open(code_path, "w", encoding="utf-8") as handle:
            handle.write(code)
        env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONDONTWRITEBYTECODE="1")
        timed_out = False
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            child = subprocess.Popen(
                [sys.executable, "-u", "-c", _CHILD, code_path, result_path, str(VALUE_MAX_CHARS)],
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                cwd=workdir.real,
                env=env,
                start_new_session=True,
            )
            try:
                exit_code = child.wait(timeout)
            except subprocess.TimeoutExpired:
                timed_out = True
                _kill_group(child.pid)
                exit_code = child.wait()
            # Background processes the snippet started die with it.
            _kill_group(child.pid)
        result: dict[str, Any] = {"value": None, "error": None}
        if os.path.exists(result_path):
            with open(result_path, encoding="utf-8") as handle:
                result = json.load(handle)
        elif timed_out:
            result["error"] = f"the snippet timed out after {timeout:g} seconds and was killed"
        else:
            result["error"] = (
                f"the Python process ended with exit code {exit_code} before the snippet finished "
                "(a crash, a signal or os._exit)"
            )
        return {
            "stdout": _read_capped(out_path, STDOUT_MAX_CHARS, "stdout"),
            "stderr": _read_capped(err_path, STDERR_MAX_CHARS, "stderr"),
            "value": result["value"],
            "error": result["error"],
            "exit_code": exit_code,
            "timed_out": timed_out,
        }
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
