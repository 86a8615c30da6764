"""agentkit: an agent framework for Gemma 4, token-exact from prompt to sandbox.

The common names are importable from here (loaded on first use, so ``import agentkit`` stays cheap)::

    from agentkit import Agent, Limits, RunContext, Toolset
    from agentkit.tool import tool        # (``agentkit.tool`` is the module; the decorator lives in it)
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY: dict[str, str] = {
    "Agent": "agentkit.agent",
    "RunResult": "agentkit.agent",
    "LimitExceeded": "agentkit.agent",
    "Limits": "agentkit.limits",
    "ExitReason": "agentkit.events",
    "RunContext": "agentkit.context",
    "Tool": "agentkit.tool",
    "ToolError": "agentkit.tool",
    "ToolPolicy": "agentkit.tool",
    "Toolset": "agentkit.toolset",
    "SamplingParams": "agentkit.engines.base",
    "ReplayEngine": "agentkit.engines.replay",
    "SandboxConfig": "agentkit.sandbox.config",
    "SandboxPool": "agentkit.sandbox.pool",
}

__all__ = [
    "Agent",
    "ExitReason",
    "LimitExceeded",
    "Limits",
    "ReplayEngine",
    "RunContext",
    "RunResult",
    "SamplingParams",
    "SandboxConfig",
    "SandboxPool",
    "Tool",
    "ToolError",
    "ToolPolicy",
    "Toolset",
    "__version__",
]

if TYPE_CHECKING:
    from agentkit.agent import Agent, LimitExceeded, RunResult
    from agentkit.context import RunContext
    from agentkit.engines.base import SamplingParams
    from agentkit.engines.replay import ReplayEngine
    from agentkit.events import ExitReason
    from agentkit.limits import Limits
    from agentkit.sandbox.config import SandboxConfig
    from agentkit.sandbox.pool import SandboxPool
    from agentkit.tool import Tool, ToolError, ToolPolicy
    from agentkit.toolset import Toolset


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'agentkit' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
