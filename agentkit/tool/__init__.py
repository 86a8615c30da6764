"""The tool SDK: ``@tool``, `Tool`, their policies, `Toolset`, `RunContext` and tool results.

Modules: core (Tool and its two kinds FunctionTool and SchemaTool, the ``tool`` decorator), policy
(ToolPolicy, the options written once, and the DEFAULT sentinel), signature (a function's signature and
docstring to an argument model; argument problems), results (what a call produced), toolset,
context (RunContext), shipping (installing a sandboxed tool's module in the sandbox).

``from agentkit import tool`` gives this package, which is callable as the decorator, so both
``from agentkit import tool`` and ``from agentkit.tool import tool`` can decorate.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from agentkit.tool.context import RunContext
from agentkit.tool.core import FunctionTool, SchemaTool, Tool, tool
from agentkit.tool.policy import DEFAULT, PolicyOptions, RunsIn, ToolPolicy
from agentkit.tool.results import ToolError, ToolResult
from agentkit.tool.signature import ToolArgumentsInvalid, ToolDefinitionError
from agentkit.tool.toolset import Toolset

__all__ = [
    "DEFAULT",
    "FunctionTool",
    "PolicyOptions",
    "RunContext",
    "RunsIn",
    "SchemaTool",
    "Tool",
    "ToolArgumentsInvalid",
    "ToolDefinitionError",
    "ToolError",
    "ToolPolicy",
    "ToolResult",
    "Toolset",
    "tool",
]


class _CallablePackage(types.ModuleType):
    """This package, usable as the ``tool`` decorator (``from agentkit import tool`` yields the package)."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return tool(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
