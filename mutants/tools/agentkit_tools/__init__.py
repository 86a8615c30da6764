"""agentkit's built-in tool pack: shell, python, files, search, edit and patch tools.

Referable by short name from task.yaml (``tools: [shell, read_file, edit]``) through ``resolve``.

This module imports nothing from agentkit at import time: the in-sandbox implementations under
``agentkit_tools.impl`` are imported inside the sandbox, where only the standard library exists.
The host-side names below are loaded on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agentkit_tools.registry import BUILTIN_TOOLS, TOOL_NAMES, default_toolset, resolve

__all__ = ["BUILTIN_TOOLS", "TOOL_NAMES", "default_toolset", "resolve"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from agentkit_tools import registry

        return getattr(registry, name)
    raise AttributeError(f"module 'agentkit_tools' has no attribute {name!r}")
