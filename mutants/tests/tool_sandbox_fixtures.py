"""Sandboxed tools as a user writes them: a module of its own, standard library imports only.

Their module is shipped into the sandbox by the SDK (see agentkit.tool.shipping); the agentkit
imports below become stand-ins there. One host tool shares the module, as real code would.
"""

from __future__ import annotations

import importlib.util
import os
import time
from typing import Literal

from agentkit.tool import RunContext, ToolError, tool


@tool
def count_lines(path: str, skip_blank: bool = False) -> int:
    """Count the lines of a workspace file.

    Args:
        path: File path, relative to the workspace.
        skip_blank: Do not count empty lines.
    """
    with open(path, encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    return len([line for line in lines if line.strip()]) if skip_blank else len(lines)


@tool(read_only=True)
def where_am_i() -> dict[str, object]:
    """Report where this code runs."""
    return {
        "uid": os.getuid(),
        "cwd": os.getcwd(),
        "pydantic_importable": importlib.util.find_spec("pydantic") is not None,
        "module": __name__,
    }


@tool
def fail(kind: Literal["tool_error", "value_error"]) -> str:
    """Fail on purpose."""
    if kind == "tool_error":
        raise ToolError("no such record")
    raise ValueError("bad value")


@tool(timeout_s=1)
def sleepy(seconds: float) -> str:
    """Sleep."""
    time.sleep(seconds)
    return "woke"


@tool
async def async_double(x: int) -> int:
    """Double x, asynchronously."""
    return 2 * x


@tool(runs_in="host")
def host_helper(ctx: RunContext[None]) -> str:
    """A host tool in the same module: never shipped, and its RunContext is fine."""
    return ctx.run_id
