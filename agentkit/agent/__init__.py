"""The agent loop: `Agent` (configuration) and `Run` (one conversation, step by step).

Modules: agent (the Agent and its entry points), run (the step loop and resume), dispatch (running a
step's tool calls), limits, events (the typed event stream), result (RunResult and errors),
stream (RunStream: what run_stream returns), prompt_state (the exact prompt ids of a run), structured (output_type), trajectory (the write-ahead
log), media (the media a prompt carries), context (ContextPolicy: the window and when to compact),
compaction (making room between steps).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from agentkit._lazy import lazy_exports

if TYPE_CHECKING:
    from agentkit.agent.agent import Agent
    from agentkit.agent.context import ContextPolicy
    from agentkit.agent.events import ExitReason, RunEvent
    from agentkit.agent.limits import Limits
    from agentkit.agent.result import AgentError, LimitExceeded, ResumeError, RunResult, RunUsage
    from agentkit.agent.stream import RunStream

__all__ = [
    "Agent",
    "AgentError",
    "ContextPolicy",
    "ExitReason",
    "LimitExceeded",
    "Limits",
    "ResumeError",
    "RunEvent",
    "RunResult",
    "RunStream",
    "RunUsage",
]

__getattr__, __dir__ = lazy_exports(
    __name__,
    {
        "Agent": "agentkit.agent.agent",
        "AgentError": "agentkit.agent.result",
        "ContextPolicy": "agentkit.agent.context",
        "ExitReason": "agentkit.agent.events",
        "LimitExceeded": "agentkit.agent.result",
        "Limits": "agentkit.agent.limits",
        "ResumeError": "agentkit.agent.result",
        "RunEvent": "agentkit.agent.events",
        "RunResult": "agentkit.agent.result",
        "RunStream": "agentkit.agent.stream",
        "RunUsage": "agentkit.agent.result",
    },
)
