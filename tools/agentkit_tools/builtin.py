"""The built-in tools as the model sees them: declarations (JSON Schema with a description for every
parameter) and host-side handlers that do their work inside the run's sandbox.

``shell`` runs through ``Sandbox.exec``; every other tool is a call into its implementation
(``agentkit/sandbox/runner/tools``) inside the sandbox (see :mod:`agentkit_tools.shipping`). Failures the model can fix (a missing
file, a path outside the workspace, an edit that does not match, a failing hunk) come back as
error results whose text says what was wrong and what to do.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from typing import Any, Final

import pydantic_core

from agentkit.sandbox.runner.tools.common import truncate_middle
from agentkit.tool.context import RunContext
from agentkit.tool.core import Tool
from agentkit.tool.results import ToolError
from agentkit_tools.shipping import call_impl, sandbox_of

SHELL_DEFAULT_TIMEOUT_S: Final = 120.0
SHELL_MAX_TIMEOUT_S: Final = 1800.0
PYTHON_DEFAULT_TIMEOUT_S: Final = 60.0
PYTHON_MAX_TIMEOUT_S: Final = 600.0
FILE_TOOL_TIMEOUT_S: Final = 60.0
# Slack between the command's own timeout (enforced in the sandbox) and the tool's overall limit.
GRACE_S: Final = 30.0
SHELL_OUTPUT_CHARS: Final = 30_000  # stdout and stderr together, as the model sees them
SANDBOX_CAPTURE_BYTES: Final = 4 * 1024 * 1024  # what the sandbox keeps of each stream (head and tail)
ENV_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _schema(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


def _path_param(what: str) -> dict[str, Any]:
    return {
        "type": "string",
        "description": f"{what}, relative to the workspace root (e.g. 'src/app.py'); must stay inside the workspace",
    }


# ------------------------------------------------------------------------------------- shell


def _inside_workspace(workspace: str, cwd: str) -> str:
    """The absolute working directory for a command; the model's '..' may not leave the workspace."""
    target = posixpath.normpath(posixpath.join(workspace, cwd))
    if target != workspace and not target.startswith(workspace.rstrip("/") + "/"):
        raise ToolError(f"cwd {cwd!r} is outside the workspace {workspace}; give a directory inside it")
    return target


def _fit_streams(stdout: str, stderr: str, budget: int) -> tuple[str, str]:
    """Cut both streams (head and tail kept, with markers) so their JSON form fits the budget."""
    out_share, err_share = budget * 2 // 3, budget // 3
    while True:
        out, _ = truncate_middle(stdout, max(out_share, 200), what="stdout")
        err, _ = truncate_middle(stderr, max(err_share, 200), what="stderr")
        size = len(pydantic_core.to_json({"stdout": out, "stderr": err}))
        if size <= budget or (out_share <= 200 and err_share <= 200):
            return out, err
        # Escaping (newlines, quotes) made the JSON longer than the text: shrink and retry.
        out_share, err_share = out_share * 4 // 5, err_share * 4 // 5


async def _shell(arguments: dict[str, Any], ctx: RunContext[Any]) -> dict[str, Any]:
    sandbox = sandbox_of(ctx, "shell")
    command: str = arguments["command"]
    if command.strip() == "":
        raise ToolError("command is empty; give a bash command such as 'ls -la' or 'pytest -q'")
    env: Mapping[str, str] = arguments.get("env") or {}
    bad = [name for name in env if not ENV_NAME.fullmatch(name)]
    if bad:
        raise ToolError(f"env names must be letters, digits and '_' (not starting with a digit): {bad!r}")
    timeout = float(arguments["timeout"])
    cwd = _inside_workspace(sandbox.workspace, arguments["cwd"])
    result = await sandbox.exec(command, timeout=timeout, env=dict(env) or None, cwd=cwd)
    stdout, stderr = _fit_streams(result.stdout, result.stderr, SHELL_OUTPUT_CHARS)
    reply: dict[str, Any] = {"exit_code": result.exit_code, "stdout": stdout, "stderr": stderr}
    if result.timed_out:
        reply["timed_out"] = True
        reply["note"] = f"the command did not finish within {timeout:g} s and was killed with its processes"
    if result.oom_killed:
        reply["oom_killed"] = True
        reply["note"] = "the command ran out of memory and was killed"
    return reply


SHELL: Final = Tool.from_schema(
    "shell",
    _schema(
        {
            "command": {
                "type": "string",
                "description": "The bash command line to run (run with bash -lc, so pipes, && and redirections work)",
            },
            "timeout": {
                "type": "number",
                "minimum": 1,
                "maximum": SHELL_MAX_TIMEOUT_S,
                "default": SHELL_DEFAULT_TIMEOUT_S,
                "description": "Seconds before the command and every process it started are killed",
            },
            "cwd": {
                "type": "string",
                "default": ".",
                "description": "Directory to run in, relative to the workspace root (e.g. 'src'); must stay inside it",
            },
            "env": {
                "type": "object",
                "additionalProperties": {"type": "string"},
                "description": "Extra environment variables for this command only, as name-to-value pairs",
            },
        },
        ["command"],
    ),
    _shell,
    description=(
        "Run a bash command in the sandbox (Debian with bash, coreutils, git, grep, patch, python3; no network), "
        "starting in the workspace. Returns exit_code, stdout and stderr; long output keeps its head and tail "
        "around a marker saying how much was cut. A command that outlives its timeout is killed and the result "
        "says timed_out. Each call is a fresh shell: cd and exported variables do not carry over."
    ),
    runs_in="sandbox",
    timeout_s=SHELL_MAX_TIMEOUT_S + GRACE_S,
    read_only=False,
    max_output_chars=SHELL_OUTPUT_CHARS + 2_000,
)


# ------------------------------------------------------------------------------------ python


async def _python(arguments: dict[str, Any], ctx: RunContext[Any]) -> dict[str, Any]:
    timeout = float(arguments["timeout"])
    result = await call_impl(
        ctx,
        "python",
        {"code": arguments["code"], "timeout": timeout, "cwd": arguments["cwd"]},
        timeout=timeout + GRACE_S,
    )
    reply: dict[str, Any] = {"stdout": result["stdout"]}
    for key in ("stderr", "value", "error"):
        if result.get(key):
            reply[key] = result[key]
    if result.get("timed_out"):
        reply["timed_out"] = True
    return reply


PYTHON: Final = Tool.from_schema(
    "python",
    _schema(
        {
            "code": {
                "type": "string",
                "description": "Python 3 source to run, one or more statements; a final bare expression is evaluated",
            },
            "timeout": {
                "type": "number",
                "minimum": 1,
                "maximum": PYTHON_MAX_TIMEOUT_S,
                "default": PYTHON_DEFAULT_TIMEOUT_S,
                "description": "Seconds before the snippet (and anything it started) is killed",
            },
            "cwd": {
                "type": "string",
                "default": ".",
                "description": "Working directory, relative to the workspace root; its modules are importable",
            },
        },
        ["code"],
    ),
    _python,
    description=(
        "Run a Python 3 snippet in a fresh interpreter in the sandbox (standard library only, no network). "
        "Returns stdout; value, the repr of the last line when it is an expression (like a REPL); stderr if any; "
        "and error, the traceback, if the snippet raised. Variables do not persist between calls: keep state in "
        "files."
    ),
    runs_in="sandbox",
    timeout_s=PYTHON_MAX_TIMEOUT_S + 2 * GRACE_S,
    read_only=False,
    max_output_chars=60_000,
)


# ------------------------------------------------------------------------------ file tools


def _file_handler(op: str, keys: tuple[str, ...]) -> Any:
    async def handler(arguments: dict[str, Any], ctx: RunContext[Any]) -> Any:
        passed = {key: arguments[key] for key in keys if arguments.get(key) is not None}
        return await call_impl(ctx, op, passed, timeout=FILE_TOOL_TIMEOUT_S)

    handler.__name__ = f"_{op}"
    return handler


def _file_tool(
    name: str,
    properties: dict[str, Any],
    required: list[str],
    description: str,
    *,
    read_only: bool,
    max_output_chars: int = 64_000,
) -> Tool:
    return Tool.from_schema(
        name,
        _schema(properties, required),
        _file_handler(name, tuple(properties)),
        description=description,
        runs_in="sandbox",
        timeout_s=FILE_TOOL_TIMEOUT_S + GRACE_S,
        read_only=read_only,
        idempotent=read_only,
        max_output_chars=max_output_chars,
    )


READ_FILE: Final = _file_tool(
    "read_file",
    {
        "path": _path_param("The text file to read"),
        "start_line": {
            "type": "integer",
            "minimum": 1,
            "default": 1,
            "description": "First line to show, counting from 1; use it to page through a long file",
        },
        "end_line": {
            "type": "integer",
            "minimum": 1,
            "description": "Last line to show (inclusive); leave it out to read to the end, within the output limit",
        },
    },
    ["path"],
    "Read a UTF-8 text file from the workspace. Returns a first line saying which lines are shown and how many "
    "the file has, then each line prefixed by its number and a tab (the prefix is not part of the file). At most "
    "2000 lines or about 50,000 characters per call: the last line then says which start_line continues. "
    "Binary and non-UTF-8 files are refused with an explanation.",
    read_only=True,
)

WRITE_FILE: Final = _file_tool(
    "write_file",
    {
        "path": _path_param("The file to create or overwrite"),
        "content": {
            "type": "string",
            "description": "The complete new text of the file, written exactly as given (UTF-8)",
        },
        "create_dirs": {
            "type": "boolean",
            "default": True,
            "description": "Create missing parent directories; when false a missing directory is an error",
        },
    },
    ["path", "content"],
    "Create a file, or replace all of an existing file's content, in the workspace. Returns what was written "
    "(bytes and lines). To change part of an existing file prefer edit or apply_patch.",
    read_only=False,
)

LIST_DIR: Final = _file_tool(
    "list_dir",
    {
        "path": {
            "type": "string",
            "default": ".",
            "description": "The directory to list, relative to the workspace root ('.' is the root itself)",
        },
        "depth": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "default": 1,
            "description": "How many directory levels to show; 1 lists only the directory's own entries",
        },
    },
    [],
    "List a workspace directory. Returns its entries sorted by name, one per line: directories end with '/', "
    "files show their size, symlinks show their target. Directories such as .git and node_modules are shown but "
    "not expanded. At most 1000 entries.",
    read_only=True,
)

GLOB: Final = _file_tool(
    "glob",
    {
        "pattern": {
            "type": "string",
            "description": "Glob relative to path: '*' and '?' stay within one directory, '**' spans any depth, "
            "'{a,b}' gives alternatives, e.g. '**/*.py' or 'src/**/*.{ts,tsx}'",
        },
        "path": {
            "type": "string",
            "default": ".",
            "description": "The directory the pattern starts from, relative to the workspace root",
        },
    },
    ["pattern"],
    "Find files and directories whose paths match a glob pattern. Returns matching paths relative to the "
    "workspace root, one per line, sorted (directories end with '/'); at most 1000. Does not look inside .git, "
    "node_modules and similar directories.",
    read_only=True,
)

GREP: Final = _file_tool(
    "grep",
    {
        "pattern": {
            "type": "string",
            "description": "Python regular expression to search for in each line, e.g. 'def \\w+_handler' or "
            "'TODO|FIXME'; escape literal ( [ . * + ? with a backslash",
        },
        "path": {
            "type": "string",
            "default": ".",
            "description": "A file, or a directory searched recursively, relative to the workspace root",
        },
        "include": {
            "type": "string",
            "description": "Only search files whose name matches this glob, e.g. '*.py' (with a '/', the glob "
            "is matched against the path below path instead)",
        },
        "ignore_case": {
            "type": "boolean",
            "default": False,
            "description": "Match letters regardless of case when true",
        },
        "max_results": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2000,
            "default": 200,
            "description": "Stop after this many matching lines; the output then says it stopped early",
        },
    },
    ["pattern"],
    "Search text files for a regular expression. Returns one 'path:line_number:line' per matching line, then "
    "a summary line. Skips .git (and node_modules and the like), binary files and files over 5 MiB.",
    read_only=True,
)

EDIT: Final = _file_tool(
    "edit",
    {
        "path": _path_param("The text file to change"),
        "old_string": {
            "type": "string",
            "description": "The exact text to replace, copied from the file with its indentation and without "
            "read_file's line-number prefixes; it must occur exactly once, so include enough lines around it",
        },
        "new_string": {
            "type": "string",
            "description": "The text to put in place of old_string (empty to delete it)",
        },
    },
    ["path", "old_string", "new_string"],
    "Replace one exact, unique occurrence of old_string in a file with new_string. Returns the changed region "
    "with line numbers. If old_string is not found, the error shows the most similar region of the file and a "
    "diff against it, so the next attempt can copy the text exactly; if it occurs several times, the error "
    "lists the line numbers.",
    read_only=False,
)

APPLY_PATCH: Final = _file_tool(
    "apply_patch",
    {
        "patch": {
            "type": "string",
            "description": "The patch text: a unified diff, or a '*** Begin Patch' ... '*** End Patch' block "
            "(formats in the tool description)",
        },
    },
    ["patch"],
    "Apply a patch to files in the workspace, all or nothing. Two formats are accepted. (1) A unified diff as "
    "made by 'git diff' or 'diff -u': '--- a/path' and '+++ b/path' lines ('/dev/null' to add or delete a "
    "file), then '@@ -start,count +start,count @@' hunks whose lines start with ' ' (context), '-' (remove) or "
    "'+' (add); several files may follow each other. (2) A block without line numbers: '*** Begin Patch', then "
    "for each file '*** Add File: path' followed by its lines each starting with '+', or '*** Delete File: "
    "path', or '*** Update File: path' (optionally '*** Move to: new_path') followed by hunks: an '@@' line "
    "(optionally '@@ <a line that comes before the change>') and ' ', '-', '+' lines; finally '*** End Patch'. "
    "A hunk applies where its context and '-' lines match the file, even if its line numbers are off. On "
    "Returns one line per file: M (modified), A (added), D (deleted) or R (renamed) with the lines added and "
    "removed. On failure nothing is written and each failing hunk is named with the first line that differs.",
    read_only=False,
)

#: Every built-in tool, in the order they are declared to the model.
ALL_TOOLS: Final[tuple[Tool, ...]] = (
    SHELL,
    PYTHON,
    READ_FILE,
    WRITE_FILE,
    LIST_DIR,
    GLOB,
    GREP,
    EDIT,
    APPLY_PATCH,
)
