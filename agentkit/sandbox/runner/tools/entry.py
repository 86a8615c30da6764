"""The single entry point the host calls inside the sandbox: ``call(op, args)``.

Errors the model can act on (a missing file, a path outside the workspace, an edit that does not
match, a failing hunk) come back as ``{"ok": false, "error": ...}`` values instead of exceptions, so
they cross the runner's JSON boundary intact. Anything else is a bug and propagates.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from . import edit, files, patch, pyexec, search
from .common import ToolInputError

OPERATIONS: dict[str, Callable[..., Any]] = {
    "read_file": files.read_file,
    "write_file": files.write_file,
    "list_dir": files.list_dir,
    "glob": files.glob,
    "grep": search.grep,
    "edit": edit.edit,
    "apply_patch": patch.apply_patch,
    "python": pyexec.run_python,
}


def call(op: str, args: Mapping[str, Any]) -> dict[str, Any]:
    function = OPERATIONS.get(op)
    if function is None:
        return {"ok": False, "error": f"unknown operation {op!r}; known: {', '.join(sorted(OPERATIONS))}"}
    try:
        return {"ok": True, "result": function(**args)}
    except ToolInputError as exc:
        return {"ok": False, "error": str(exc)}
    except OSError as exc:
        # Permission denied, read-only file system, disk full...: the model can choose another path.
        where = f" ({exc.filename})" if exc.filename else ""
        return {"ok": False, "error": f"{exc.strerror or exc}{where}"}
