"""agentkit's built-in tool pack: shell, python, files, search, edit and patch tools.

Referable by short name from task.yaml (``tools: [shell, read_file, edit]``) through ``resolve``.

The host-side names below are loaded on first use (agentkit's one lazy-export helper).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agentkit._lazy import lazy_exports

if TYPE_CHECKING:
    from agentkit_tools.registry import BUILTIN_TOOLS, TOOL_NAMES, default_toolset, resolve

__all__ = ["BUILTIN_TOOLS", "TOOL_NAMES", "default_toolset", "resolve"]

__getattr__, __dir__ = lazy_exports(__name__, dict.fromkeys(__all__, "agentkit_tools.registry"))
