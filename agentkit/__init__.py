"""agentkit: an agent framework for Gemma 4, token-exact from prompt to sandbox.

The common names are importable from here (loaded on first use, so ``import agentkit`` stays cheap)::

    from agentkit import Agent, Limits, RunContext, Toolset, tool

Packages: ``agentkit.agent`` (the loop), ``agentkit.tool`` (the tool SDK), ``agentkit.gemma4`` (the
model format), ``agentkit.engines``, ``agentkit.sandbox``, ``agentkit.task``, ``agentkit.cli``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agentkit._lazy import lazy_exports
from agentkit._version import __version__

__all__ = [
    "Agent",
    "ContextPolicy",
    "ExitReason",
    "ImagePart",
    "LimitExceeded",
    "Limits",
    "ReplayEngine",
    "RunContext",
    "RunResult",
    "RunStream",
    "SamplingParams",
    "SandboxConfig",
    "SandboxPool",
    "ScriptedEngine",
    "TextPart",
    "Tool",
    "ToolError",
    "ToolPolicy",
    "Toolset",
    "VideoPart",
    "__version__",
    "tool",
]

if TYPE_CHECKING:
    from agentkit.agent.agent import Agent
    from agentkit.agent.context import ContextPolicy
    from agentkit.agent.events import ExitReason
    from agentkit.agent.limits import Limits
    from agentkit.agent.result import LimitExceeded, RunResult
    from agentkit.agent.stream import RunStream
    from agentkit.engines.base import SamplingParams
    from agentkit.engines.replay import ReplayEngine
    from agentkit.engines.scripted import ScriptedEngine
    from agentkit.messages import ImagePart, TextPart, VideoPart
    from agentkit.sandbox.config import SandboxConfig
    from agentkit.sandbox.pool import SandboxPool
    from agentkit.tool import tool
    from agentkit.tool.context import RunContext
    from agentkit.tool.core import Tool
    from agentkit.tool.policy import ToolPolicy
    from agentkit.tool.results import ToolError
    from agentkit.tool.toolset import Toolset

# ``tool`` is the subpackage agentkit.tool, which is callable as the decorator (see its docstring).
__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "Agent": "agentkit.agent.agent",
        "ContextPolicy": "agentkit.agent.context",
        "RunResult": "agentkit.agent.result",
        "LimitExceeded": "agentkit.agent.result",
        "RunStream": "agentkit.agent.stream",
        "Limits": "agentkit.agent.limits",
        "ExitReason": "agentkit.agent.events",
        "RunContext": "agentkit.tool.context",
        "Tool": "agentkit.tool.core",
        "ToolError": "agentkit.tool.results",
        "ToolPolicy": "agentkit.tool.policy",
        "Toolset": "agentkit.tool.toolset",
        "SamplingParams": "agentkit.engines.base",
        "ReplayEngine": "agentkit.engines.replay",
        "ScriptedEngine": "agentkit.engines.scripted",
        "TextPart": "agentkit.messages",
        "ImagePart": "agentkit.messages",
        "VideoPart": "agentkit.messages",
        "SandboxConfig": "agentkit.sandbox.config",
        "SandboxPool": "agentkit.sandbox.pool",
    },
)
